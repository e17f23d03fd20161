import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document as DocxDocument, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { extract } from '../../src/report/extract/docx.js';
import { ReportError } from '../../src/report/errors.js';
import { fixture, labels, NAME, numbers, REPORTS, rowWith, tables, tableWith, texts } from './extract-helpers.js';

describe('docx extractor: generated report', async () => {
  const { file, data } = fixture(`${NAME}.docx`);
  const t0 = performance.now();
  const doc = await extract(file, data);
  const ms = performance.now() - t0;

  it('keeps styled headings as headings and the paragraphs in order', () => {
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 1, text: '南岗区人民政府办公室 2022 年政府信息公开工作年度报告' });
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 2, text: '一、总体情况' });
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 3, text: '三、收到和处理政府信息公开申请情况' });
    const t = texts(doc);
    expect(t.findIndex((s) => s.includes('0451-82705546'))).toBe(1); // contact in the opening paragraph
    expect(t).toContain('本年度无收取信息费情况。');
    expect(t.indexOf('一、总体情况')).toBeLessThan(t.findIndex((s) => s.startsWith('（一）主动公开情况')));
  });

  it('table 二 with its merged (colspan) item rows', () => {
    const t = tableWith(doc, '行政规范性文件');
    expect(rowWith(t, '行政规范性文件')).toEqual(['行政规范性文件', '4', '1', '18']);
    expect(rowWith(t, '第二十条第（五）项')).toEqual(['第二十条第（五）项', '', '', '']);
    expect(rowWith(t, '行政许可')).toEqual(['行政许可', '0', '', '']);
  });

  it('table 三 with rowspans (vMerge) expanded', () => {
    const t = tableWith(doc, '予以公开');
    expect(new Set(t.rows.map((r) => r.length))).toEqual(new Set([10]));
    expect(rowWith(t, '予以公开')).toEqual(['三、本年度办理结果', '(一) 予以公开', '', '4', '0', '0', '0', '0', '0', '4']);
    expect(rowWith(t, '属于国家秘密').slice(0, 3)).toEqual(['', '(三) 不予公开', '1. 属于国家秘密']);
    expect(numbers(rowWith(t, '保护第三方合法权益'))).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(numbers(rowWith(t, '没有现成信息'))).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(labels(rowWith(t, '信访举报投诉类申请'))).toEqual(['(五) 不予处理', '1. 信访举报投诉类申请']);
    expect(t.rows[1]).toEqual(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
  });

  it('table 四 header', () => {
    expect(tableWith(doc, '未经复议直接起诉').rows).toHaveLength(3);
  });
});

describe('docx extractor: blank national template', async () => {
  const file = `${REPORTS}年度报告格式模板-国办公开办函2021-30号.docx`;
  const doc = await extract(file, new Uint8Array(readFileSync(file)));

  it('extracts all three tables with their labels and no numbers', () => {
    const ts = tables(doc);
    expect(ts).toHaveLength(3);
    const t3 = tableWith(doc, '予以公开');
    expect(t3.rows.length).toBeGreaterThanOrEqual(28);
    for (const label of ['本年新收政府信息公开申请数量', '属于国家秘密', '补正后申请内容仍不明确', '结转下年度继续办理']) {
      expect(labels(rowWith(t3, label)).join('')).toContain(label);
    }
    expect(ts.flatMap((t) => t.rows.flatMap(numbers))).toEqual([]);
    expect(texts(doc)).toContain('一、总体情况');
    expect(texts(doc)).toContain('六、其他需要报告的事项');
  });
});

describe('docx extractor: errors', () => {
  const expectReportError = async (p: Promise<unknown>, re: RegExp) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).message).toMatch(/^bad\.docx：/);
    expect((err as ReportError).message).toMatch(re);
  };

  it('random bytes → ReportError', async () => {
    await expectReportError(extract('/x/bad.docx', new Uint8Array(randomBytes(4096))), /损坏|不是/);
  });

  it('a truncated docx (zip without its directory) → ReportError', async () => {
    const { data } = fixture(`${NAME}.docx`);
    await expectReportError(extract('/x/bad.docx', data.subarray(0, data.length >> 1)), /损坏/);
  });

  it('an old .doc / encrypted (OLE) file → ReportError saying so', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectReportError(extract('/x/bad.docx', ole), /\.doc|加密/);
  });

  it('an empty file and a docx without text → ReportError', async () => {
    await expectReportError(extract('/x/bad.docx', new Uint8Array(0)), /空/);
    const blank = await Packer.toBuffer(new DocxDocument({ sections: [{ children: [new Paragraph({ text: '' })] }] }));
    await expectReportError(extract('/x/bad.docx', new Uint8Array(blank)), /没有文字/);
  });
});

describe('docx extractor: merged cells made with the docx package', () => {
  it('columnSpan and rowSpan come out as a rectangular grid', async () => {
    const cell = (text: string, o: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...o });
    const buf = await Packer.toBuffer(
      new DocxDocument({
        sections: [
          {
            children: [
              new Paragraph({ text: '四、政府信息公开行政复议、行政诉讼情况', heading: HeadingLevel.HEADING_2 }),
              new Table({
                rows: [
                  new TableRow({ children: [cell('行政复议', { columnSpan: 2 }), cell('行政诉讼', { columnSpan: 2 })] }),
                  new TableRow({ children: [cell('结果维持'), cell('总计', { rowSpan: 2 }), cell('直接起诉', { columnSpan: 2 })] }),
                  new TableRow({ children: [cell('1'), cell('2'), cell('3')] }),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const doc = await extract('m.docx', new Uint8Array(buf));
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 2, text: '四、政府信息公开行政复议、行政诉讼情况' });
    expect(tables(doc)[0]!.rows).toEqual([
      ['行政复议', '', '行政诉讼', ''],
      ['结果维持', '总计', '直接起诉', ''],
      ['1', '', '2', '3'],
    ]);
  });
});
