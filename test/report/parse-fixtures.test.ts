/** The two real fixtures and the blank template parse to every figure of EXPECTED.md. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/report/extract/index.js';
import { loadReport } from '../../src/report/library.js';
import { parseReport } from '../../src/report/parse.js';
import type { Report } from '../../src/report/types.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports');
const COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;

function row(r: Report, id: string): (number | null)[] {
  return COLS.map((c) => r.values[`t3.${id}.${c}`]!.value);
}
function t4(r: Report, g: string): (number | null)[] {
  return ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => r.values[`t4.${g}.${c}`]!.value);
}
const zeros = [0, 0, 0, 0, 0, 0, 0];
const only = (natural: number) => [natural, 0, 0, 0, 0, 0, natural];

describe('南岗区人民政府办公室-2022.txt', () => {
  let r: Report;
  beforeAll(async () => {
    r = await loadReport(join(DIR, '南岗区人民政府办公室-2022.txt'));
  });

  it('identity and period', () => {
    expect(r.id).toBe('南岗区人民政府办公室-2022');
    expect(r.office).toBe('南岗区人民政府办公室');
    expect(r.year).toBe(2022);
    expect(r.title).toBe('南岗区人民政府办公室 2022 年政府信息公开工作年度报告');
    expect(r.period).toBe('自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止');
    expect(r.aliases).toBeUndefined();
  });

  it('contact block', () => {
    expect(r.contact.department).toBe('哈尔滨市南岗区人民政府办公室信息科');
    expect(r.contact.address).toBe('哈尔滨市南岗区大成街 52 号');
    expect(r.contact.postcode).toBe('150001');
    expect(r.contact.phone).toBe('0451-82705546');
    expect(r.contact.website).toBe('http://xxgk.harbin.gov.cn');
    expect(r.contact.download).toContain('政府信息公开年报专栏');
    expect(r.contact.email).toBeUndefined();
  });

  it('table 二, taking the first of "行政处罚 0 0 0"', () => {
    const v = (id: string) => r.values[id]!.value;
    expect([v('t2.rules.issued'), v('t2.rules.repealed'), v('t2.rules.valid')]).toEqual([0, 0, 0]);
    expect([v('t2.normative.issued'), v('t2.normative.repealed'), v('t2.normative.valid')]).toEqual([4, 1, 18]);
    expect(v('t2.license.decisions')).toBe(0);
    expect(v('t2.penalty.decisions')).toBe(0);
    expect(v('t2.enforcement.decisions')).toBe(0);
    expect(v('t2.fees.amount')).toBe(0);
    const penalty = r.table2Raw.find((x) => x.label === '行政处罚')!;
    expect(penalty.item).toBe('第二十条第（六）项');
    expect(penalty.cells['本年处理决定数量']).toBe('0');
  });

  it('table 三, every row and column', () => {
    expect(row(r, 'new')).toEqual(only(15));
    expect(row(r, 'carried')).toEqual(zeros);
    expect(row(r, 'granted')).toEqual(only(4));
    expect(row(r, 'partial')).toEqual(zeros);
    for (const id of ['secret', 'law', 'security', 'process', 'enforcement', 'query']) expect(row(r, `refused.${id}`)).toEqual(zeros);
    expect(row(r, 'refused.third-party')).toEqual(only(1));
    expect(row(r, 'refused.internal')).toEqual(only(1));
    expect(row(r, 'unable.not-held')).toEqual(only(6));
    expect(row(r, 'unable.need-create')).toEqual(only(2));
    expect(row(r, 'unable.unclear')).toEqual(zeros);
    expect(row(r, 'rejected.petition')).toEqual(only(1));
    for (const id of ['repeat', 'publication', 'excessive', 'confirm']) expect(row(r, `rejected.${id}`)).toEqual(zeros);
    // "3. 其他" shifted to column 1 is still other.other; "(七) 总计" with 8 numbers.
    for (const id of ['no-correction', 'no-fee', 'other']) expect(row(r, `other.${id}`)).toEqual(zeros);
    expect(row(r, 'total')).toEqual(only(15));
    expect(row(r, 'carry-over')).toEqual(zeros);
  });

  it('derived subtotals and org column', () => {
    expect(row(r, 'refused')).toEqual(only(2));
    expect(row(r, 'unable')).toEqual(only(8));
    expect(row(r, 'rejected')).toEqual(only(1));
    expect(row(r, 'other')).toEqual(zeros);
    for (const g of ['refused', 'unable', 'rejected', 'other']) expect(r.values[`t3.${g}.total`]!.derived).toBe(true);
    expect(r.values['t3.new.org']).toMatchObject({ value: 0, derived: true });
    expect(r.values['t3.new.total']!.derived).toBeUndefined();
    expect(r.values['t3.granted.total']!.source).toBe('三、收到和处理政府信息公开申请情况');
  });

  it('table 四 has headers but no data row: all 15 values null, with a finding', () => {
    for (const g of ['review', 'suit-direct', 'suit-after-review']) expect(t4(r, g)).toEqual([null, null, null, null, null]);
    expect(r.findings.some((f) => f.rule === 'missing-data' && f.message.includes('表四'))).toBe(true);
  });

  it('section 六 fee statement', () => {
    expect(r.feeStatement).toBe('本年度无收取信息费情况。');
  });

  it('flags the 2021 years in the prose (intro and 一) and nothing else of that kind', () => {
    const years = r.findings.filter((f) => f.rule === 'year');
    expect(years.map((f) => f.row)).toEqual(['前言.1', '一.1']);
    expect(years.every((f) => f.numbers?.[0] === 2021 && f.numbers?.[1] === 2022)).toBe(true);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'prose')).toEqual([]); // 15/4/2/8/1 agree with table 三
  });

  it('passages keep numbers, sections and sub-headings', () => {
    const p = r.passages.find((x) => x.text.includes('600 余条'))!;
    expect(p.id).toMatch(/^一\.\(一\)\.\d+$/);
    expect(p.heading).toBe('（一）主动公开情况');
    const q = r.passages.find((x) => x.id === '一.(二).1')!;
    expect(q.text).toContain('接到政府信息公开申请数量 15 条');
    // The sentence split by a blank line is rejoined.
    expect(r.passages.some((x) => x.text.includes('有效提升了政府信息公开工作质量'))).toBe(true);
    expect(r.passages.some((x) => x.id === '五.(一).1')).toBe(true);
    expect(r.passages.some((x) => x.section === '前言' && x.text.includes('150001'))).toBe(true);
    expect(new Set(r.passages.map((x) => x.id)).size).toBe(r.passages.length);
  });
});

describe('沭阳县人民政府-2025.md (OCR markdown, fragment tables)', () => {
  let r: Report;
  beforeAll(async () => {
    r = await loadReport(join(DIR, '沭阳县人民政府-2025.md'));
  });

  it('identity: an OCR slip in the title (沐阳) gives way to the file name, kept as an alias', () => {
    expect(r.office).toBe('沭阳县人民政府');
    expect(r.aliases).toEqual(['沐阳县人民政府']);
    expect(r.year).toBe(2025);
    expect(r.id).toBe('沭阳县人民政府-2025');
    expect(r.period).toBe('从2025年1月1日至2025年12月31日止');
  });

  it('no contact block is invented', () => {
    expect(r.contact).toEqual({});
  });

  it('table 二', () => {
    const v = (id: string) => r.values[id]!.value;
    expect([v('t2.rules.issued'), v('t2.rules.repealed'), v('t2.rules.valid')]).toEqual([0, 0, 0]);
    expect([v('t2.normative.issued'), v('t2.normative.repealed'), v('t2.normative.valid')]).toEqual([6, 1, 32]);
    expect(v('t2.license.decisions')).toBe(517645);
    expect(v('t2.penalty.decisions')).toBe(693957);
    expect(v('t2.enforcement.decisions')).toBe(2154);
    expect(v('t2.fees.amount')).toBe(4068.208);
  });

  it('table 三 from fragments with fake headers', () => {
    expect(row(r, 'new')).toEqual([705, 3, 0, 0, 5, 0, 713]);
    expect(row(r, 'carried')).toEqual(only(36));
    expect(row(r, 'granted')).toEqual([290, 1, 0, 0, 3, 0, 294]);
    expect(row(r, 'partial')).toEqual([99, 0, 0, 0, 2, 0, 101]);
    expect(row(r, 'refused.secret')).toEqual(zeros);
    expect(row(r, 'refused.law')).toEqual(zeros);
    expect(row(r, 'refused.security')).toEqual(only(2));
    expect(row(r, 'refused.third-party')).toEqual(only(2));
    expect(row(r, 'refused.internal')).toEqual(only(13));
    expect(row(r, 'refused.process')).toEqual(only(2));
    expect(row(r, 'refused.enforcement')).toEqual(only(4));
    expect(row(r, 'refused.query')).toEqual(only(9));
    expect(row(r, 'unable.not-held')).toEqual(only(111));
    expect(row(r, 'unable.need-create')).toEqual(only(2));
    expect(row(r, 'unable.unclear')).toEqual(zeros);
    expect(row(r, 'rejected.petition')).toEqual(only(12));
    expect(row(r, 'rejected.repeat')).toEqual([6, 1, 0, 0, 0, 0, 7]);
    expect(row(r, 'rejected.publication')).toEqual(zeros);
    expect(row(r, 'rejected.excessive')).toEqual(zeros);
    expect(row(r, 'rejected.confirm')).toEqual(zeros);
    expect(row(r, 'other.no-correction')).toEqual(only(9));
    expect(row(r, 'other.no-fee')).toEqual(only(7));
    expect(row(r, 'other.other')).toEqual([142, 1, 0, 0, 0, 0, 143]);
    expect(row(r, 'total')).toEqual([710, 3, 0, 0, 5, 0, 718]);
    expect(row(r, 'carry-over')).toEqual(only(31));
  });

  it('derived subtotals', () => {
    expect(r.values['t3.refused.total']).toMatchObject({ value: 32, derived: true });
    expect(r.values['t3.unable.total']).toMatchObject({ value: 113, derived: true });
    expect(r.values['t3.rejected.total']).toMatchObject({ value: 19, derived: true });
    expect(r.values['t3.rejected.business']).toMatchObject({ value: 1, derived: true });
    expect(r.values['t3.other.total']).toMatchObject({ value: 159, derived: true });
    expect(r.values['t3.new.org']).toMatchObject({ value: 8, derived: true });
    expect(r.values['t3.total.org']!.value).toBe(8);
  });

  it('table 四 from three small tables', () => {
    expect(t4(r, 'review')).toEqual([27, 10, 9, 15, 61]);
    expect(t4(r, 'suit-direct')).toEqual([3, 0, 0, 0, 3]);
    expect(t4(r, 'suit-after-review')).toEqual([8, 0, 1, 1, 10]);
  });

  it('fee statement is the sentence with the amount', () => {
    expect(r.feeStatement).toBe('全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。');
  });

  it('consistent: no rule, prose or year finding (749/741/8/718/31/74 agree with the tables)', () => {
    expect(r.findings).toEqual([]);
  });

  it('section 六 found although not marked as a heading; signature lines are not passages', () => {
    expect(r.passages.filter((p) => p.section === '六').map((p) => p.text)).toHaveLength(2);
    expect(r.passages.some((p) => p.text === '沐阳县人民政府' || p.text.includes('2026年1月23日'))).toBe(false);
    expect(r.passages.find((p) => p.text.includes('受理政府信息公开申请 749 件'))?.id).toMatch(/^一\.\(二\)\.\d+$/);
  });
});

describe('blank national template (.tsv)', () => {
  it('is refused by loadReport: a blank template is no report for citizens', async () => {
    await expect(loadReport(join(DIR, '年度报告格式模板-国办公开办函2021-30号.tsv'))).rejects.toThrow(
      /^年度报告格式模板-国办公开办函2021-30号\.tsv：这是空白的年度报告格式模板/,
    );
  });

  it('parses with every figure null and no error', async () => {
    const r = parseReport(await readDocument(join(DIR, '年度报告格式模板-国办公开办函2021-30号.tsv')));
    expect(r.year).toBeNull();
    expect(r.office).toBe('年度报告格式模板-国办公开办函2021-30号');
    expect(r.title).toBe('政府信息公开工作年度报告格式模板');
    const vals = Object.values(r.values);
    expect(vals.length).toBeGreaterThan(250);
    expect(vals.every((v) => v.value === null)).toBe(true);
    expect(r.findings.some((f) => f.severity === 'error')).toBe(false);
    expect(r.findings.some((f) => f.rule === 'empty')).toBe(true);
    expect(r.feeStatement).toBeUndefined();
    expect(r.table2Raw.map((x) => x.label)).toEqual(['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费']);
  });
});
