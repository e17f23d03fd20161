/**
 * Reports of other provinces as their web pages hold them (test/fixtures/reports-web, figures in
 * EXPECTED-web.md, read by hand): one cell per line, pipes without a leading pipe, split headers and
 * blank cells, junk trailing pipes. The stored pages are cut in table 三, so only what is there is
 * asserted, plus the findings that say the rest is missing.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinCellLines } from '../../src/report/extract/text.js';
import { loadReport } from '../../src/report/library.js';
import type { Report } from '../../src/report/types.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-web');
const v = (r: Report, id: string) => r.values[id]?.value;
const t2 = (r: Report) =>
  ['rules.issued', 'rules.repealed', 'rules.valid', 'normative.issued', 'normative.repealed', 'normative.valid', 'license.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.amount'].map((id) => v(r, `t2.${id}`));
const rules = (r: Report) => r.findings.map((f) => f.rule);

describe('区统计局-2023: one cell per line', () => {
  let r: Report;
  beforeAll(async () => {
    r = await loadReport(join(DIR, '区统计局-2023.txt'));
  });

  it('office and year', () => {
    expect([r.office, r.year]).toEqual(['区统计局', 2023]);
  });

  it('table 二: all zero ("/" for 规章, which a district bureau cannot make, is a dash: none)', () => {
    expect(t2(r)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('table 三: new and carried-over totals (applicant cells left empty)', () => {
    expect(v(r, 't3.new.total')).toBe(0);
    expect(v(r, 't3.carried.total')).toBe(0);
    expect(v(r, 't3.new.natural')).toBeNull();
  });

  it('the cut is reported, not hidden', () => {
    expect(rules(r)).toEqual(expect.arrayContaining(['truncated', 'missing-table', 'missing-rows']));
  });

  it('joinCellLines: the width is where every row starts with a label', () => {
    const lines = ['第二十条第(五)项 |', '|||', '信息内容 |', '本年处理决定数量 |', '||', '行政许可 |', '7 |', '||', '结束语'];
    expect(joinCellLines(lines)).toEqual(['第二十条第(五)项', '信息内容\t本年处理决定数量', '行政许可\t7', '结束语']);
    // a short run, or one where no width fits (a row would start with a number), is left as it is
    expect(joinCellLines(['a |', 'b |'])).toEqual(['a |', 'b |']);
    const noFit = ['1 |', 'a |', '2 |', 'b |', '3 |', 'c |', '4 |', 'd |'];
    expect(joinCellLines(noFit)).toEqual(noFit);
  });
});

describe('湛江市人民政府地方志办公室-2023: rows without a leading pipe', () => {
  let r: Report;
  beforeAll(async () => {
    r = await loadReport(join(DIR, '湛江市人民政府地方志办公室-2023.txt'));
  });

  it('office, year and period', () => {
    expect([r.office, r.year]).toEqual(['湛江市人民政府地方志办公室', 2023]);
    expect(r.period).toMatch(/2023年1月1日起到2023年12月31日止/);
  });

  it('tables 二 and 三 as far as the page goes', () => {
    expect(t2(r)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const row of ['new', 'carried', 'granted']) {
      expect(['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => v(r, `t3.${row}.${c}`))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    }
    expect(v(r, 't3.partial.total')).toBeNull(); // cut before it
  });
});

describe('徐闻县司法局: split header, blank cells, sub-rows', () => {
  let r: Report;
  beforeAll(async () => {
    r = await loadReport(join(DIR, '徐闻县司法局.txt'));
  });

  it('no year anywhere: unknown, with a warning', () => {
    expect([r.office, r.year]).toEqual(['徐闻县司法局', null]);
    expect(rules(r)).toContain('year');
  });

  it('table 二: 行政规范性文件 3 / 0 / 101', () => {
    expect(t2(r)).toEqual([0, 0, 0, 3, 0, 101, 0, 0, 0, 0]);
  });

  it('table 三: totals of the rows the page holds, 不予公开 reasons included', () => {
    expect(v(r, 't3.new.natural')).toBe(0);
    for (const id of ['new', 'carried', 'granted', 'partial', 'refused.secret', 'refused.law', 'refused.security', 'refused.third-party', 'refused.internal']) {
      expect([id, v(r, `t3.${id}.total`)]).toEqual([id, 0]);
    }
    expect(v(r, 't3.refused.process.total')).toBeNull(); // cut before 6.属于四类过程性信息
  });
});

describe('长春市退役军人事务局-2023: junk trailing pipes, no title', () => {
  let r: Report;
  beforeAll(async () => {
    r = await loadReport(join(DIR, '长春市退役军人事务局-2023.txt'));
  });

  it('office from the file name, year from the text', () => {
    expect([r.office, r.year]).toEqual(['长春市退役军人事务局', 2023]);
  });

  it('table 三: 新收 自然人 3, total 3; 上年结转 0', () => {
    expect(['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => v(r, `t3.new.${c}`))).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(v(r, 't3.carried.total')).toBe(0);
  });

  it('the text says 2 applications where the table says 3: the checker reports it', () => {
    const f = r.findings.find((x) => x.rule === 'prose');
    expect(f?.message).toMatch(/2 件.*3/);
  });
});
