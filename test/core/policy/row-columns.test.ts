import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { rowColumnsAsked } from '../../../src/core/policy/row-columns.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const text = (d: ReturnType<typeof rowColumnsAsked.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('row-columns-asked', () => {
  it('a row of 第二十条第（六）项 with three cells said: one column, 本年处理决定数量, and the cells said do not fit', () => {
    const d = rowColumnsAsked.decide(u({ norm: '行政强制那一行我们填了三个0,格式上对吗', metric: metric({ table: '二', rows: ['enforcement'], cols: [] }) }), {}, kn);
    expect(text(d)).toContain('共 1 列：本年处理决定数量');
    expect(text(d)).toContain('您说填了 3 个数，与格式不符');
  });
  it('the documents row: three columns', () => {
    const d = rowColumnsAsked.decide(u({ norm: '规范性文件那一行模板是几列', metric: metric({ table: '二', rows: ['normative'], cols: [] }) }), {}, kn);
    expect(text(d)).toContain('共 3 列：本年制发件数、本年废止件数、现行有效件数');
  });
  it('a figure asked, or a row of table 三: no decision', () => {
    expect(rowColumnsAsked.decide(u({ norm: '行政强制有几件', metric: metric({ table: '二', rows: ['enforcement'], cols: [] }) }), {}, kn)).toBeUndefined();
    expect(rowColumnsAsked.decide(u({ norm: '不予公开那行几列', metric: metric() }), {}, kn)).toBeUndefined();
  });
});

describe('row-columns-asked: table 四', () => {
  it('how many figures table 四 holds: its groups times its columns, 15', async () => {
    const kn = await knowledge();
    const d = rowColumnsAsked.decide(u({ norm: '表四按格式一共要填几个数' }), {}, kn);
    const t = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(t).toContain('3 组 × 5 列 = 15 个数');
  });
});
