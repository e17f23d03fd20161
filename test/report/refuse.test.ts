/**
 * Not a report (issue 10 item 4): the blank national template, a scanned PDF, a PDF whose fonts give
 * no readable Chinese, a title without tables — each refused with a reason naming the file. And
 * duplicates: the file whose name agrees with its content wins over a copy.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary, loadReport } from '../../src/report/library.js';
import { nameAgreement, preferred, refuseUnreadable } from '../../src/report/refuse.js';
import { gbk, onePagePdf } from './limits-files.js';
import { refusalOf, scratch } from './refusal-helpers.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'reports');
const NANGANG = join(FIX, '南岗区人民政府办公室-2022.txt');
const TEMPLATE_DOCX = join(FIX, '年度报告格式模板-国办公开办函2021-30号.docx');

const tmp = scratch('disclosure-refuse-');
const put = tmp.put;
const refusal = refusalOf;

const REPORT_LINES = [
  '某某县人民政府2023年政府信息公开工作年度报告',
  '本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自2023年1月1日起至2023年12月31日止。',
  '一、总体情况',
  '2023年，本县坚持以公开为常态、不公开为例外，全面推进政务公开工作，主动公开政府信息一千余条。',
  '三、收到和处理政府信息公开申请情况',
  '本年新收政府信息公开申请数量 12 3 0 0 0 0 15',
];

describe('not a report: refused with a reason naming the file', () => {
  it('the blank national template (.docx) is no report "年份未知" for citizens', async () => {
    const e = await refusal(TEMPLATE_DOCX);
    expect(e.reason).toMatch(/^这是空白的年度报告格式模板（没有填写任何数字）/);
  });

  it('a scanned PDF (an image, no text layer)', async () => {
    const e = await refusal(put('扫描件-2023.pdf', onePagePdf({ image: true })));
    expect(e.reason).toMatch(/没有可提取的文字.*扫描件/);
  });

  it('a scanned PDF whose only text is the scanner app\'s stamp', async () => {
    const e = await refusal(put('扫描件带水印-2023.pdf', onePagePdf({ image: true, lines: [gbk('Scanned by CamScanner')] })));
    expect(e.reason).toMatch(/几乎没有可提取的文字（只有 0 个汉字），可能是扫描件或图片/);
  });

  it('a PDF whose font gives no readable Chinese (GBK bytes shown as Latin-1 letters)', async () => {
    const e = await refusal(put('乱码-2023.pdf', onePagePdf({ lines: REPORT_LINES.map(gbk) })));
    expect(e.reason).toMatch(/^读出的文字是乱码（如“[^”]*[À-ÿ][^”]*”），没有可读的中文：PDF 的字体缺少文字编码映射/);
  });

  it('text in private-use characters (a font mapped to its own code points)', () => {
    const pua = (s: string) => [...s].map((c) => (/\p{Script=Han}/u.test(c) ? String.fromCharCode(0xe000 + (c.charCodeAt(0) % 0x1000)) : c)).join('');
    const doc = { file: '/x/私用区-2023.pdf', blocks: REPORT_LINES.map((t) => ({ kind: 'paragraph' as const, text: pua(t) })) };
    expect(() => refuseUnreadable(doc)).toThrow(/^私用区-2023\.pdf：读出的文字是乱码/);
    // the same text in real characters passes
    expect(() => refuseUnreadable({ file: '/x/a.pdf', blocks: REPORT_LINES.map((text) => ({ kind: 'paragraph' as const, text })) })).not.toThrow();
  });

  it('a file with a report title but no tables', async () => {
    const text = readFileSync(NANGANG, 'utf8')
      .split('\n')
      .filter((l) => !l.includes('\t'))
      .join('\n');
    // kept: its contact, its account and the figures its text states; staff are told the tables are missing
    const r = await loadReport(put('南岗区人民政府办公室-2022.txt', text));
    expect(r.findings.find((f) => f.rule === 'no-tables')?.message).toMatch(/^有报告标题和正文，但没有统计表/);
    expect(r.contact.phone).toContain('82705546');
    expect(Object.values(r.values).every((v) => v.value === null || v.derived)).toBe(true);
  });

  it('a report whose text names a template the office issued ("印发…答复文书格式模板") is no blank template', async () => {
    const text = readFileSync(NANGANG, 'utf8')
      .split('\n')
      .filter((l) => !l.includes('\t'))
      .map((l) => (l.startsWith('(一)') ? `${l}进一步规范办理程序，印发办理程序规范细则和答复文书格式模板，为各部门提供遵循指导。` : l))
      .join('\n');
    const r = await loadReport(put('南岗区人民政府办公室-2022.txt', text));
    expect(r.office).toContain('南岗区');
    expect(r.passages.some((p) => p.text.includes('答复文书格式模板'))).toBe(true);
  });

  it('a title with hardly any text and no tables is still refused', async () => {
    const e = await refusal(put('某局-2023.txt', `某局2023年政府信息公开工作年度报告\n一、总体情况\n${'本年度我局认真贯彻落实政府信息公开条例，各项工作正常开展。'.repeat(4)}`));
    expect(e.reason).toMatch(/^有报告标题，但没有统计表/);
  });

  it('a report whose tables are all left empty', async () => {
    const text = readFileSync(NANGANG, 'utf8').replace(/\t\d+/g, '\t');
    const e = await refusal(put('空表-2022.txt', text));
    expect(e.reason).toMatch(/^报告的统计表都没有填写数字/);
  });

  it('a page saved short inside its first table: kept for its text, the tables told missing', async () => {
    // (南岗's text up to table 二's header rows, as a page cut off there is saved)
    const lines = readFileSync(NANGANG, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('\t'));
    const cut = [...lines.slice(0, at + 2).map((l) => l.replace(/\t\d+/g, '\t'))].join('\n');
    const r = await loadReport(put('南岗区人民政府办公室-2022.txt', cut));
    expect(r.findings.find((f) => f.rule === 'no-tables')?.message).toMatch(/^有报告标题和正文，但没有统计表/);
    // the same rows followed by more text are a blank draft's tables, still refused
    const e = await refusal(put('空表草稿-2022.txt', `${cut}\n三、收到和处理政府信息公开申请情况\n本年度依申请公开工作正常开展。`));
    expect(e.reason).toMatch(/^报告的统计表都没有填写数字/);
  });

  it('a folder with the template and a report: the template is an error, never a report', async () => {
    const lib = join(tmp.dir, 'lib');
    mkdirSync(lib);
    copyFileSync(TEMPLATE_DOCX, join(lib, basename(TEMPLATE_DOCX)));
    copyFileSync(NANGANG, join(lib, basename(NANGANG)));
    const { reports, errors } = await loadLibrary(lib);
    expect(reports.map((r) => r.id)).toEqual(['南岗区人民政府办公室-2022']);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^年度报告格式模板-国办公开办函2021-30号\.docx：这是空白的年度报告格式模板/)]);
  });
});

describe('duplicates: the file whose name and content agree wins', () => {
  const libWith = (name: string, files: Record<string, string>) => {
    const lib = join(tmp.dir, name);
    mkdirSync(lib);
    for (const [f, src] of Object.entries(files)) copyFileSync(src, join(lib, f));
    return lib;
  };

  it('a copy named 副本.TXT does not win over the correctly named original', async () => {
    const lib = libWith('dup1', { '副本.TXT': NANGANG, '南岗区人民政府办公室-2022.txt': NANGANG });
    const { reports, errors } = await loadLibrary(lib);
    expect(reports.map((r) => basename(r.file))).toEqual(['南岗区人民政府办公室-2022.txt']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('副本.TXT：与 南岗区人民政府办公室-2022.txt 是同一份报告（南岗区人民政府办公室-2022），已忽略，使用 南岗区人民政府办公室-2022.txt');
  });

  it('Windows\' "… - 副本.txt" (sorted first) does not win either', async () => {
    const lib = libWith('dup2', { '南岗区人民政府办公室-2022 - 副本.txt': NANGANG, '南岗区人民政府办公室-2022.txt': NANGANG });
    const { reports } = await loadLibrary(lib);
    expect(reports.map((r) => basename(r.file))).toEqual(['南岗区人民政府办公室-2022.txt']);
  });

  it('a file named for another year loses to the one whose name agrees', async () => {
    const lib = libWith('dup3', { '南岗区人民政府办公室-2021.txt': NANGANG, '南岗区人民政府办公室-2022(1).txt': NANGANG, 'nangang-2022.txt': NANGANG });
    const { reports, errors } = await loadLibrary(lib);
    expect(reports.map((r) => basename(r.file))).toEqual(['nangang-2022.txt']);
    expect(errors).toHaveLength(2);
  });

  it('nameAgreement and preferred rank names', async () => {
    const r = await loadReport(NANGANG);
    const as = (file: string) => ({ ...r, file: join(tmp.dir, file) });
    expect(nameAgreement(as('南岗区人民政府办公室-2022.txt'))).toBe(4);
    expect(nameAgreement(as('副本.TXT'))).toBe(-3);
    expect(nameAgreement(as('复制 南岗区人民政府办公室-2022.txt'))).toBeLessThan(4);
    expect(basename(preferred(as('副本.TXT'), as('南岗区人民政府办公室-2022.txt')).file)).toBe('南岗区人民政府办公室-2022.txt');
    expect(basename(preferred(as('b.txt'), as('a.txt')).file)).toBe('a.txt'); // nothing to tell them apart: first by name
  });
});
