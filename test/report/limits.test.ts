/**
 * Input limits of the non-PDF extractors (issue 14 item 2): every hostile kind is refused with a
 * Chinese reason naming the file, from small generated files (no committed bombs). Speed and memory
 * before/after are measured outside the tests (notes/forms.md); no timing assertions here.
 */
import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipEntries } from '../../src/report/extract/docx-zip.js';
import { buildGrid, documentFromHtml, nestingDepth } from '../../src/report/extract/html.js';
import { textToDocument } from '../../src/report/extract/text.js';
import { loadReport } from '../../src/report/library.js';
import {
  checkDocument,
  MAX_COLSPAN,
  MAX_DOCX_PART_BYTES,
  MAX_FILE_BYTES,
  MAX_JOINED_CHARS,
  MAX_PARAGRAPH_CHARS,
  MAX_TABLE_CELLS,
} from '../../src/report/limits.js';
import { refusalOf, scratch } from './refusal-helpers.js';
import { deflated, deflatedRepeat, DOCUMENT_CLOSE, DOCUMENT_OPEN, documentXml, docxParts, zip } from './limits-files.js';

const NANGANG = join(import.meta.dirname, '..', 'fixtures', 'reports', '南岗区人民政府办公室-2022.txt');

const { put } = scratch('disclosure-limits-');
const refusal = async (file: string): Promise<string> => (await refusalOf(file)).reason;

describe('bytes per file', () => {
  it('a text file over its limit is refused unread (a sparse file: nothing is written)', async () => {
    const p = put('巨大-2023.txt', '');
    truncateSync(p, MAX_FILE_BYTES.text! + 1);
    expect(await refusal(p)).toMatch(/^文件过大（8 MB，此类文件上限 8 MB）/);
  });

  it('an HTML page over its limit', async () => {
    const p = put('巨大-2023.html', '');
    truncateSync(p, MAX_FILE_BYTES.html! + 1024 * 1024);
    expect(await refusal(p)).toMatch(/^文件过大（17 MB，此类文件上限 16 MB）/);
  });
});

describe('docx: unpacked bytes per part, checked before mammoth', () => {
  it('a small zip whose document.xml unpacks to 100 MB (sizes declared honestly) is refused from the central directory', async () => {
    const chunk = '<w:t>政府信息公开</w:t>'.padEnd(100, ' ');
    const data = await deflatedRepeat(chunk, 1_000_000, DOCUMENT_OPEN, DOCUMENT_CLOSE);
    const size = Buffer.byteLength(DOCUMENT_OPEN) + Buffer.byteLength(chunk) * 1_000_000 + Buffer.byteLength(DOCUMENT_CLOSE);
    const file = zip(docxParts({ name: 'word/document.xml', data, method: 8, size }));
    expect(file.length).toBeLessThan(500 * 1024);
    expect(await refusal(put('炸弹-2023.docx', file))).toMatch(/^Word 文件的部件 word\/document\.xml 解压后过大（106\.8 MB，上限 32 MB），可能是恶意构造的压缩文件/);
  });

  it('the same bomb with sizes that lie (declared 1 KB) is stopped while inflating, at the cap', async () => {
    const data = await deflatedRepeat(' '.repeat(1024), 40 * 1024, DOCUMENT_OPEN, DOCUMENT_CLOSE); // 40 MB
    const p = put('说谎的炸弹-2023.docx', zip(docxParts({ name: 'word/document.xml', data, method: 8, size: 1000 })));
    expect(await refusal(p)).toMatch(/^Word 文件的部件 word\/document\.xml 解压后过大（超过 32 MB/);
    expect(MAX_DOCX_PART_BYTES).toBe(32 * 1024 * 1024);
  });

  it('a well-formed small docx still loads through the checks', async () => {
    const lines = readFileSync(NANGANG, 'utf8').split('\n').filter((l) => l.trim() && !l.includes('\t'));
    const p = put('小文件-2022.docx', zip(docxParts(deflated('word/document.xml', documentXml(lines)))));
    expect(zipEntries(p, new Uint8Array(readFileSync(p))).map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    // no tables: kept for its text with a warning, i.e. it got past the size checks and mammoth
    const r = await loadReport(p);
    expect(r.findings.map((f) => f.rule)).toContain('no-tables');
    expect(r.contact.phone).toContain('82705546');
  });

  it('a zip without a central directory is a broken Word file', async () => {
    expect(await refusal(put('坏的-2023.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)])))).toMatch(/^Word 文件已损坏或不是 \.docx 文件（找不到 zip 目录）/);
  });
});

describe('HTML tables: spans and cells', () => {
  it('600 rows of <td rowspan=0 colspan=1000> (25 KB) is refused, not expanded', async () => {
    const html = '<h1>某县2023年政府信息公开工作年度报告</h1><table>' + '<tr><td rowspan=0 colspan=1000>x</td></tr>'.repeat(600) + '</table>';
    expect(html.length).toBeLessThan(30 * 1024);
    expect(await refusal(put('跨行炸弹-2023.html', html))).toMatch(/^第 1 个表格过大（展开合并单元格后超过 50000 个单元格）/);
  });

  it(`colspan is clamped at ${MAX_COLSPAN}`, () => {
    // the cell after the span starts at column MAX_COLSPAN (a row of single cells keeps every column:
    // a column no cell occupies alone would be dropped as a sliver)
    const singles = '<td>b</td>'.repeat(MAX_COLSPAN + 1);
    const doc = documentFromHtml('x.html', `<table><tr><td colspan=5000>a</td><td>z</td></tr><tr>${singles}</tr></table>`);
    const t = doc.blocks.find((b) => b.kind === 'table');
    expect(t?.kind === 'table' && t.rows[0]!.indexOf('z')).toBe(MAX_COLSPAN);
    expect(t?.kind === 'table' && t.rows[0]!.length).toBe(MAX_COLSPAN + 1);
  });

  it('buildGrid counts cells before it grows', () => {
    let taken = 0;
    expect(() =>
      buildGrid([[{ text: 'a', rowspan: 1, colspan: 10 }]], (n) => {
        taken += n;
        if (taken > 5) throw new Error('too many');
      }),
    ).toThrow('too many');
  });

  it('elements nested 100,000 deep are refused, not a stack overflow', async () => {
    const html = '<p>某县2023年政府信息公开工作年度报告</p>' + '<span>'.repeat(100_000) + '文字' + '</span>'.repeat(100_000);
    expect(await refusal(put('嵌套-2023.html', html))).toBe('网页结构嵌套过深（超过 1000 层），不像一份年度报告，未读取');
    expect(nestingDepth('<div><p>a<p>b<br><img src=x><span>c</span></div>')).toBe(2); // <p>, <br>, <img> do not nest
  });
});

describe('text: table cells, paragraph length, hard wraps', () => {
  it('a tab-separated table over the cell limit is refused', async () => {
    const rows = Array.from({ length: MAX_TABLE_CELLS / 10 + 1 }, (_, i) => [`行${i}`, ...Array(9).fill('1')].join('\t'));
    const text = '# 某县2023年政府信息公开工作年度报告\n\n' + rows.join('\n') + '\n';
    expect(await refusal(put('大表-2023.txt', text))).toMatch(/^第 1 个表格过大/);
  });

  it('a paragraph over the length limit is refused', async () => {
    const text = '# 某县2023年政府信息公开工作年度报告\n\n' + '政府信息公开工作'.repeat(MAX_PARAGRAPH_CHARS / 8 + 10) + '\n';
    expect(await refusal(put('长段-2023.txt', text))).toMatch(/^第 2 段文字过长（100080 字，上限 100000 字）/); // 1: the title
  });

  it('checkDocument passes a real report', () => {
    expect(() => checkDocument(textToDocument(NANGANG, readFileSync(NANGANG, 'utf8')))).not.toThrow();
  });

  const hardWrapped = (prose: string) => {
    const report = readFileSync(NANGANG, 'utf8');
    const wrapped = prose.match(/.{1,30}/gu)!.join('\n');
    return report.replace('一、总体情况\n', `一、总体情况\n${wrapped}\n`);
  };

  it('a 2 MB report hard-wrapped every 30 characters loads with its figures and its text', async () => {
    const sentence = '本机关认真贯彻落实政府信息公开条例，持续加强政府信息公开工作，有效提升了公开质量和实效。';
    const prose = sentence.repeat(Math.ceil(700_000 / sentence.length));
    const text = hardWrapped(prose);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2_000_000);
    const r = await loadReport(put('南岗区人民政府办公室-2022.txt', text));
    expect(r.values['t3.total.total']!.value).toBe(15);
    expect(r.passages.some((p) => p.text === sentence)).toBe(true); // lines rejoined into the sentence
  });

  it('2 MB of hard-wrapped text with no sentence end at all loads in paragraphs of at most MAX_JOINED_CHARS (joining was quadratic: 25 s)', async () => {
    const prose = '政府信息公开工作有效提升了，'.repeat(50_000); // 700,000 characters, one endless sentence
    const doc = textToDocument('/x/a.txt', hardWrapped(prose));
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(Math.max(...paras.map((p) => p.length))).toBeLessThanOrEqual(MAX_JOINED_CHARS);
    expect(paras.filter((p) => /^[政府信息公开工作有效提升了，]+$/u.test(p)).join('')).toBe(prose); // nothing lost
    const r = await loadReport(put('南岗区人民政府办公室-2022.txt', hardWrapped(prose)));
    expect(r.values['t3.total.total']!.value).toBe(15);
  });
});
