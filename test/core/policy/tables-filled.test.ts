import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { tableFourNoneFilled, tablesFilledAsked } from '../../../src/core/policy/tables-filled.js';

let blank: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  blank = await knowledge('test/fixtures/reports-fresh122-newb');
  nangang = await knowledge('data/reports');
});

const textOf = (d: ReturnType<typeof tablesFilledAsked.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('tables-filled-asked', () => {
  it('whether the tables hold figures, of a report whose tables hold none: that they hold none', () => {
    const d = tablesFilledAsked.decide(u({ norm: '背荫河镇年报第三部分的统计表有数字吗' }), {}, blank);
    expect(textOf(d)).toContain('没有任何数字');
  });
  it('a report whose tables hold figures: no decision (the figures\' rules answer)', () => {
    expect(tablesFilledAsked.decide(u({ norm: '年报第三部分的表格里有数据吗' }), {}, nangang)).toBeUndefined();
  });
  it('why one table is empty, of the table just asked about or named: it holds headers only, not reported, no 0 claimed', () => {
    const d = tablesFilledAsked.decide(u({ norm: '为啥那个表一个数都没有?' }), { metric: { table: '四', rows: ['review'], cols: [], spans: [] } }, nangang);
    expect(textOf(d)).toContain('表四');
    expect(textOf(d)).toContain('只有表头');
    expect(textOf(d)).toContain('不能据此认定为0件');
    // (a table that holds figures is not empty: the figures' rules answer)
    expect(tablesFilledAsked.decide(u({ norm: '为什么那张表是空的' }), { metric: { table: '三', rows: ['new'], cols: [], spans: [] } }, nangang)).toBeUndefined();
    // (one named by its number: the load's finding about it, consistency-asked)
    expect(tablesFilledAsked.decide(u({ norm: '为什么表四是空的' }), {}, nangang)).toBeUndefined();
  });
  it('no table named, or nothing asked of its figures: no decision', () => {
    for (const norm of ['年报有数据吗', '统计表是什么格式']) expect(tablesFilledAsked.decide(u({ norm }), {}, blank), norm).toBeUndefined();
  });
});

describe('table-four-none-filled', () => {
  it('a year with no review or suit, how to fill table 四 asked: every cell 0, headers never left alone', async () => {
    const kn = await knowledge();
    const d = tableFourNoneFilled.decide(u({ norm: '明年要是也没发生复议诉讼,表四该怎么填' }), {}, kn);
    const t = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(t).toContain('每一格填 0');
    expect(t).toContain('行政诉讼（复议后起诉）：结果维持 0');
    expect(t).toContain('尚未审结 0');
  });
  it('the figures of table 四 asked, or how to fill another table: no decision', async () => {
    const kn = await knowledge();
    expect(tableFourNoneFilled.decide(u({ norm: '表四复议有几件' }), {}, kn)).toBeUndefined();
    expect(tableFourNoneFilled.decide(u({ norm: '表三没发生的该怎么填' }), {}, kn)).toBeUndefined();
  });
});
