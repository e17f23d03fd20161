/**
 * 平潭综合实验区 2022 as a web archive captured it (test/fixtures/reports-stretch, figures read by hand
 * in EXPECTED-stretch.md): a capture header, the whole report on one line, tables 二 and 三 with their
 * cells run together ("713000074"), table 四 space separated. Every cell of tables 二, 三 and 四, the
 * contact, and what staff are told.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS } from '../../src/report/format.js';
import { loadLibrary, loadReport } from '../../src/report/library.js';
import type { Report } from '../../src/report/types.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-stretch');
const FILE = join(DIR, '平潭综合实验区-2022.web-text.txt');
const v = (r: Report, id: string) => r.values[id]?.value;

const zero = [0, 0, 0, 0, 0, 0, 0];
/** Table 三 by hand (EXPECTED-stretch.md): 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
const T3: Record<string, number[]> = {
  new: [71, 3, 0, 0, 0, 0, 74],
  carried: [1, 0, 0, 0, 0, 0, 1],
  granted: [21, 0, 0, 0, 0, 0, 21],
  partial: [8, 1, 0, 0, 0, 0, 9],
  'refused.secret': zero,
  'refused.law': zero,
  'refused.security': zero,
  'refused.third-party': zero,
  'refused.internal': [1, 0, 0, 0, 0, 0, 1],
  'refused.process': [2, 0, 0, 0, 0, 0, 2],
  'refused.enforcement': [1, 0, 0, 0, 0, 0, 1],
  'refused.query': zero,
  'unable.not-held': [37, 0, 0, 0, 0, 0, 37],
  'unable.need-create': zero,
  'unable.unclear': zero,
  'rejected.petition': zero,
  'rejected.repeat': zero,
  'rejected.publication': zero,
  'rejected.excessive': zero,
  'rejected.confirm': zero,
  'other.no-correction': [2, 0, 0, 0, 0, 0, 2],
  'other.no-fee': zero,
  'other.other': [0, 2, 0, 0, 0, 0, 2],
  total: [72, 3, 0, 0, 0, 0, 75],
  'carry-over': zero,
  // derived subtotals
  refused: [4, 0, 0, 0, 0, 0, 4],
  unable: [37, 0, 0, 0, 0, 0, 37],
  rejected: zero,
  other: [2, 2, 0, 0, 0, 0, 4],
};

let r: Report;
beforeAll(async () => {
  r = await loadReport(FILE);
});

describe('平潭综合实验区 2022 (web-archive text, cells run together)', () => {
  it('identity from the capture header\'s 标题 and the period', () => {
    expect([r.office, r.year, r.title]).toEqual(['平潭综合实验区', 2022, '平潭综合实验区2022年度政府信息公开工作年度报告']);
    expect(r.period).toBe('2022年1月1日至2022年12月31日');
  });

  it('contact: phone, address, postcode, department — and not the capture\'s page address', () => {
    expect(r.contact).toEqual({
      department: '平潭综合实验区管委会办公室保密与电子政务处',
      address: '平潭综合实验区金井湾商务营运中心7号楼14层',
      postcode: '350400',
      phone: '0591-23165385',
    });
  });

  it('table 二: every cell (行政规范性文件 8855698 split 88 / 55 / 698 by the narrative)', () => {
    const ids = ['rules.issued', 'rules.repealed', 'rules.valid', 'normative.issued', 'normative.repealed', 'normative.valid', 'license.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.amount'];
    expect(ids.map((id) => v(r, `t2.${id}`))).toEqual([0, 0, 0, 88, 55, 698, 10690, 2113, 0, 9116.36]);
  });

  it('table 三: every cell of the 25 printed rows and the four derived subtotals', () => {
    expect(Object.keys(T3).sort()).toEqual(T3_ROWS.map((x) => x.id).sort());
    for (const [row, cells] of Object.entries(T3)) {
      expect(T3_COLUMNS.map((c) => v(r, `t3.${row}.${c.id}`)), row).toEqual(cells);
    }
    expect([v(r, 't3.new.org'), v(r, 't3.total.org')]).toEqual([3, 3]);
  });

  it('table 四: all 15 cells', () => {
    const got = T4_GROUPS.map((g) => T4_COLUMNS.map((c) => v(r, `t4.${g.id}.${c.id}`)));
    expect(got).toEqual([
      [0, 1, 1, 0, 2],
      [1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
    ]);
  });

  it('the fee statement of section 六 and the section 一 prose', () => {
    expect(r.feeStatement).toBe('2022年，无收取信息处理费情况。');
    expect(r.passages.some((p) => p.section === '一' && p.text.includes('主动公开政府信息14571条'))).toBe(true);
    expect(r.passages.some((p) => /原文链接|本地目录|links\.tsv|=====/.test(p.text))).toBe(false);
  });

  it('staff see how the tables were split; no rule is broken, nothing left unknown, nothing derived by the balance', () => {
    const split = r.findings.filter((f) => f.rule === 'split');
    expect(split.map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info']);
    expect(split.find((f) => f.row === '行政规范性文件')?.message).toMatch(/8855698.*制发 88.*现行有效 698.*本年废止件数 55/);
    expect(split.find((f) => /^表三/.test(f.message))?.message).toMatch(/共 25 行，25 行由本行规则唯一确定/);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(Object.values(r.values).some((x) => x.by === 'balance')).toBe(false);
  });

  it('loads through the folder loader, next to its EXPECTED file (which is refused)', async () => {
    const { reports, errors } = await loadLibrary(DIR);
    expect(reports.map((x) => x.id)).toEqual(['平潭综合实验区-2022']);
    expect(errors.map((e) => e.file)).toEqual([expect.stringMatching(/EXPECTED-stretch\.md$/)]);
  });
});
