import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, u } from './helpers.js';
import { siblingRows } from '../../../src/core/policy/sibling-rows.js';

let nangang: Knowledge;
let id: string;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  id = nangang.reports[0]!.id;
});

// 南岗 2022, table 三: 无法提供 8 = 本机关不掌握 6 + 没有现成信息需要另行制作 2
const afterNotHeld = () => ({ report: id, metric: metric({ rows: ['unable.not-held'] }) });

describe('sibling-rows', () => {
  it('the rest of a group pointed at after one of its rows: the group\'s other filled rows', () => {
    const d = siblingRows.decide(u({ norm: '那另外2件呢' }), afterNotHeld(), nangang);
    expect(d).toMatchObject({ kind: 'figure', metric: { table: '三', rows: ['unable.need-create'] } });
    expect(siblingRows.decide(u({ norm: '剩下的是什么情况' }), afterNotHeld(), nangang)).toMatchObject({ kind: 'figure' });
  });
  it('a count quoted that the other rows do not add up to: no decision', () => {
    expect(siblingRows.decide(u({ norm: '那另外5件呢' }), afterNotHeld(), nangang)).toBeUndefined();
  });
  it('no row of a group before, or a question of its own: no decision', () => {
    expect(siblingRows.decide(u({ norm: '那另外2件呢' }), { report: id, metric: metric({ rows: ['new'] }) }, nangang)).toBeUndefined();
    expect(siblingRows.decide(u({ norm: '那另外2件呢' }), { report: id }, nangang)).toBeUndefined();
    expect(siblingRows.decide(u({ norm: '另外我想问一下复议要多少天才能有结果呢' }), afterNotHeld(), nangang)).toBeUndefined();
  });
});
