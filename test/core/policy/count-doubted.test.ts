import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { countDoubted } from '../../../src/core/policy/count-doubted.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh233-newa');
});
// (the police department's text counts 招录招聘信息26条 in one clause)
const after = { intent: 'report.passage', report: '云南省公安厅-2023', text: '公安厅招录招聘信息2023年公开了几条' };
const lines = (d: ReturnType<typeof countDoubted.decide>) => (d?.kind === 'passage' ? d.parts.lines.join('\n') : '');

describe('count-doubted', () => {
  it('another number said in doubt right after a count the text told: the text\'s count again, and that the number is not it', () => {
    const d = countDoubted.decide(u({ norm: '不是26吧,我记得是36条' }), after, kn);
    expect(lines(d)).toContain('招录招聘信息26条');
    expect(lines(d)).toContain('报告写的是 26条，不是 36条');
  });
  it('the number told, asked to be confirmed: yes', () => {
    expect(lines(countDoubted.decide(u({ norm: '是26条对吗' }), after, kn))).toContain('是的，报告写的是 26条');
  });
  it('no count told just before, another thing named, a figure of the tables or a long message: no decision', () => {
    expect(countDoubted.decide(u({ norm: '不是26吧,我记得是36条' }), { ...after, intent: 'figures.query' }, kn)).toBeUndefined();
    expect(countDoubted.decide(u({ norm: '那建议提案是36条吗' }), after, kn)).toBeUndefined();
    expect(countDoubted.decide(u({ norm: '不是26吧', metric: metric({ rows: ['new'] }) }), after, kn)).toBeUndefined();
    expect(countDoubted.decide(u({ norm: '不是26吧', slots: slots({ offices: ['云南省公安厅'] }) }), after, kn)).toBeUndefined();
    expect(countDoubted.decide(u({ norm: '不是26吧,我记得去年公安厅发布的招录招聘信息好像是36条' }), after, kn)).toBeUndefined();
  });
});
