import { describe, expect, it } from 'vitest';
import { extract as extractHtml } from '../../src/report/extract/html.js';
import { extract, fixText, layoutPages, type PdfItem, type PdfPage } from '../../src/report/extract/pdf.js';
import { ReportError } from '../../src/report/errors.js';
import type { Document } from '../../src/report/types.js';
import { fixture, labels, NAME, numbers, rowWith, tables, tableWith, texts } from './extract-helpers.js';

const squash = (s: string) => s.replace(/\s+/g, '');
const isNumber = (c: string) => /^\d+(\.\d+)?$/.test(c.trim());

async function read(name: string): Promise<{ doc: Document; ms: number }> {
  const { file, data } = fixture(name);
  const t0 = performance.now();
  const doc = await extract(file, data);
  return { doc, ms: performance.now() - t0 };
}

const html = await extractHtml(fixture(`${NAME}.html`).file, fixture(`${NAME}.html`).data);
/** Data rows (rows with numbers) of table 三 in the HTML form, spaces removed: the reference. */
const htmlT3 = tableWith(html, '予以公开').rows.filter((r) => r.some(isNumber)).map((r) => r.map(squash));

const FORMS = [
  { name: `${NAME}.pdf`, what: 'printed by Chromium (A4)' },
  { name: `${NAME}-paged.pdf`, what: 'narrow page, running header, page numbers, table 三 split over two pages' },
  { name: `${NAME}-writer.pdf`, what: 'the .docx converted by LibreOffice Writer (tight rows, labels wrapped every 3 characters)' },
];

describe.each(FORMS)('pdf extractor: $name ($what)', async ({ name }) => {
  const { doc, ms } = await read(name);

  it('has the title, the section headings and the paragraphs of the HTML form, in order', () => {
    // spaces between Chinese text and digits are dropped (the HTML has "办公室 2022 年")
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: '南岗区人民政府办公室2022年政府信息公开工作年度报告' });
    // every paragraph and heading of the page, wrapped lines joined, none split or merged
    expect(texts(doc).map(squash)).toEqual(texts(html).map(squash));
    expect(texts(doc).find((t) => t.includes('0451-82705546'))).toMatch(/邮编：150001。电话：0451-82705546。$/);
  });

  it('has three tables, no page furniture', () => {
    expect(tables(doc)).toHaveLength(3);
    const all = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [b.text]));
    expect(all.filter((t) => /^[-—–\s]*\d+[-—–\s]*$/.test(t) && !/^\d+$/.test(t))).toEqual([]);
    expect(all.filter((t) => t.includes('2022年政府信息公开工作年度报告'))).toHaveLength(1);
  });

  it('table 二: rows with their numbers, sub-headers and item rows', () => {
    const t = tableWith(doc, '行政规范性文件');
    expect(rowWith(t, '行政规范性文件')).toEqual(['行政规范性文件', '4', '1', '18']);
    expect(rowWith(t, '规章')).toEqual(['规章', '0', '0', '0']);
    expect(rowWith(t, '行政许可')).toEqual(['行政许可', '0', '', '']);
    expect(rowWith(t, '行政处罚')).toEqual(['行政处罚', '0', '0', '0']);
    expect(rowWith(t, '第二十条第（五）项')).toEqual(['第二十条第（五）项', '', '', '']);
    expect(rowWith(t, '本年收费金额')).toEqual(['信息内容', '本年收费金额（单位：万元）', '', '']);
  });

  it('table 三: every data row equals the HTML table (wrapped labels joined, spans on their first row)', () => {
    const t = tableWith(doc, '予以公开');
    const rows = t.rows.filter((r) => r.some(isNumber)).map((r) => r.map(squash));
    expect(rows).toEqual(htmlT3);
    expect(numbers(rowWith(t, '予以公开'))).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(labels(rowWith(t, '部分公开')).map(squash)).toEqual(['(二)部分公开(区分处理的,只计这一情形,不计其他情形)']);
    expect(labels(rowWith(t, '属于国家秘密')).map(squash)).toEqual(['(三)不予公开', '1.属于国家秘密']);
  });

  it('table 三: the applicant header sits over its columns', () => {
    const t = tableWith(doc, '予以公开');
    const header = t.rows.slice(0, t.rows.findIndex((r) => r.some(isNumber)));
    const first = t.rows.find((r) => r.some(isNumber))!;
    const col = (label: string) => header.map((r) => r.findIndex((c) => squash(c) === label)).find((i) => i >= 0);
    const numCols = first.map((c, i) => (isNumber(c) ? i : -1)).filter((i) => i >= 0);
    expect(['自然人', '商业企业', '科研机构', '社会组织', '法律服务机构', '其他', '总计'].map(col)).toEqual(numCols);
  });

  it('table 四: the 15 column headers', () => {
    const t = tableWith(doc, '复议后起诉');
    expect(t.rows.flat().filter((c) => c === '结果维持')).toHaveLength(3);
    expect(t.rows.flat().filter((c) => c === '总计')).toHaveLength(3);
    expect(t.rows.flat().some(isNumber)).toBe(false);
  });

  // speed is measured in the benchmark (npm run bench), never in a test
  it('reads the same document again', async () => {
    const again = await read(name);
    expect(again.doc).toEqual(doc);
  });
});

describe('pdf extractor: blank national template (converted by LibreOffice)', async () => {
  const { doc } = await read('年度报告格式模板-writer.pdf');
  it('keeps the tables, their labels and no numbers', () => {
    const t3 = tableWith(doc, '予以公开');
    for (const label of ['本年新收政府信息公开申请数量', '属于国家秘密', '补正后申请内容仍不明确', '（七）总计']) {
      expect(t3.rows.some((r) => r.some((c) => squash(c).includes(label)))).toBe(true);
    }
    expect(tables(doc).flatMap((t) => t.rows.flat()).some(isNumber)).toBe(false);
    expect(texts(doc)).toContain('六、其他需要报告的事项');
    expect(tableWith(doc, '本年制发件数').rows).toContainEqual(['规章', '', '', '']);
  });
});

// ------------------------------------------------------------------ synthetic pages

/** A text item; width = one em per CJK character, half an em per other character. */
function item(str: string, x: number, y: number, size = 10): PdfItem {
  const w = [...str].reduce((s, ch) => s + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.5) * size, 0);
  return { str, x, y, w, size };
}
const page = (items: PdfItem[]): PdfPage => ({ width: 600, height: 800, items });
const BODY = '这是一段用于测试的正文文字，长度足以占满整整一行的宽度，共有四十个汉字组成的内容。'; // 40 chars = 400 units

describe('pdf layout: synthetic pages', () => {
  it('drops page numbers and running headers, joins a paragraph across pages', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        item('某区人民政府2022年政府信息公开工作年度报告', 150, 40, 9),
        item(BODY, 100, 100),
        item(n === 3 ? '最后一行。' : BODY, 100, 115),
        item(n === 1 ? `— ${n} —` : n === 2 ? `第 ${n} 页` : `-${n}-`, 290, 770, 9),
      ]),
    );
    const blocks = layoutPages(pages);
    expect(blocks).toEqual([{ kind: 'paragraph', text: `${BODY.repeat(5)}最后一行。` }]);
  });

  it('keeps a lone number that is not in the page margin', () => {
    const blocks = layoutPages([page([item(BODY, 100, 100), item('2022', 100, 400)])]);
    expect(blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual([BODY, '2022']);
  });

  it('starts paragraphs at indented lines and numbered items, detects larger-font headings', () => {
    const blocks = layoutPages([
      page([
        item('某区2022年政府信息公开工作年度报告', 150, 60, 18),
        item('一、总体情况', 100, 100, 14),
        item(BODY.slice(0, 38), 120, 130),
        item(BODY, 100, 145),
        item('短行。', 100, 160),
        item(BODY.slice(0, 36) + '内容。', 120, 175), // a full line ending a paragraph
        item('（一）主动公开情况。', 100, 190),
      ]),
    ]);
    expect(blocks).toEqual([
      { kind: 'heading', text: '某区2022年政府信息公开工作年度报告', level: 1 },
      { kind: 'heading', text: '一、总体情况', level: 2 },
      { kind: 'paragraph', text: `${BODY.slice(0, 38)}${BODY}短行。` },
      { kind: 'paragraph', text: `${BODY.slice(0, 36)}内容。` },
      { kind: 'paragraph', text: '（一）主动公开情况。' },
    ]);
  });

  it('rebuilds a table: wrapped label with numbers on the middle line, wrapped header letters', () => {
    const N = [300, 340, 380]; // numeric column x
    const blocks = layoutPages([
      page([
        item(BODY, 100, 80),
        // header: "商 业 企" / "业" (one item per character), "总计"
        item('商', 336, 100), item('业', 347, 100), item('企', 358, 100),
        item('业', 336, 114),
        item('其他', 376, 107), item('自然人', 292, 107),
        // row 1: one-line label
        item('（一）予以公开', 100, 140), ...[4, 0, 4].map((v, i) => item(String(v), N[i]!, 141)),
        // row 2: label on two lines, numbers between them (baselines 160 / 174, numbers at 167)
        item('（二）部分公开（区分处理的，', 100, 160), item('只计这一情形）', 100, 174),
        ...[0, 1, 1].map((v, i) => item(String(v), N[i]!, 167)),
        // row 3: a label whose text sits 2 units off the numbers' baseline
        item('（七）总计', 100, 192), ...[15, 0, 15].map((v, i) => item(String(v), N[i]! - 2, 194)),
        // row 4: a dash cell and a blank total cell
        item('（八）其他', 100, 212), item('—', N[0]!, 212), item('3', N[1]!, 212),
        // row 5: the three numbers in one item, separated by spaces
        item('（九）合计', 100, 230), { str: '7   8   9', x: N[0]!, y: 230, w: N[2]! + 5 - N[0]!, size: 10 },
        item(BODY, 100, 270),
      ]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const rows = (blocks[1] as { rows: string[][] }).rows;
    expect(rows).toEqual([
      ['', '自然人', '商业企业', '其他'],
      ['（一）予以公开', '4', '0', '4'],
      ['（二）部分公开（区分处理的，只计这一情形）', '0', '1', '1'],
      ['（七）总计', '15', '0', '15'],
      ['（八）其他', '—', '3', ''],
      ['（九）合计', '7', '8', '9'],
    ]);
  });

  it('keeps the last line of a paragraph above a table in the paragraph', () => {
    const blocks = layoutPages([
      page([
        item(BODY, 100, 100),
        item('情况如下：', 100, 115),
        item('规章', 100, 132), item('0', 300, 132), item('1', 350, 132),
        item('行政规范性文件', 100, 148), item('4', 300, 148), item('18', 350, 148),
      ]),
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: `${BODY}情况如下：` },
      { kind: 'table', rows: [['规章', '0', '1'], ['行政规范性文件', '4', '18']] },
    ]);
  });

  it('maps radicals that some fonts use for ordinary characters', () => {
    expect(fixText('南岗区⼈⺠政府办公室⼯作')).toBe('南岗区人民政府办公室工作');
    expect(fixText('（一）\u3000予以公开')).toBe('（一） 予以公开');
  });
});

// ------------------------------------------------------------------ errors

/** A minimal valid PDF with one empty page (no text at all, like a scan without OCR). */
function emptyPdf(): Uint8Array {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('pdf extractor: errors', () => {
  const fails = async (data: Uint8Array, re: RegExp) => {
    const err = await extract('/reports/坏文件.pdf', data).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).file).toBe('/reports/坏文件.pdf');
    expect((err as ReportError).message).toMatch(/^坏文件\.pdf：/);
    expect((err as ReportError).message).toMatch(re);
  };

  it('a corrupt PDF → ReportError', async () => {
    const { data } = fixture(`${NAME}.pdf`);
    const broken = new Uint8Array(data.length);
    broken.set(data.subarray(0, 2048)); // header kept, the rest zeroed
    await fails(broken, /损坏|无法读取|没有可提取的文字/);
    await fails(new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(100)), /损坏|无法读取|没有可提取的文字/);
  });

  it('not a PDF at all, or empty → ReportError', async () => {
    await fails(new TextEncoder().encode('<html>not a pdf</html>'), /不是 PDF|损坏/);
    await fails(new Uint8Array(0), /空/);
  });

  it('a password-protected PDF → ReportError saying it is encrypted', async () => {
    await fails(fixture('encrypted.pdf').data, /加密/);
  });

  it('a PDF without any text (a scan) → ReportError', async () => {
    await fails(emptyPdf(), /没有可提取的文字/);
  });
});
