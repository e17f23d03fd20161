import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
// (helpers first: it loads the engine and its rule table before this rule, which calls the engine back)
import { knowledge, u } from './helpers.js';
import { tableFollowUp } from '../../../src/core/policy/table-follow-up.js';

let nangang: Knowledge;
let id: string;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  id = nangang.reports[0]!.id;
});

const linesOf = (d: ReturnType<typeof tableFollowUp.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('table-follow-up', () => {
  it('after a check of one table\'s rows named in quotation marks: the other table checked as a whole', () => {
    const state = { report: id, text: '表三“本年新收+上年结转”和“办理结果总计+结转下年”平不平?' };
    const d = tableFollowUp.decide(u({ norm: '表四呢' }), state, nangang);
    expect(d).toMatchObject({ kind: 'passage', asked: '核对一下表四' });
    expect(linesOf(d)).toContain('没有数据行');
  });
  it('another table named alone after a check of one table: the check again, of that table', () => {
    const state = { report: id, text: '南岗区2022年报表三的数字对得上吗?' };
    const d = tableFollowUp.decide(u({ norm: '表四呢' }), state, nangang);
    expect(d).toMatchObject({ kind: 'passage', asked: '南岗区2022年报表四的数字对得上吗?' });
    expect(linesOf(d)).toContain('表四');
    expect(linesOf(d)).toContain('没有数据行');
    // the report's part by its number is the same table
    expect(tableFollowUp.decide(u({ norm: '那第四部分呢' }), state, nangang)).toMatchObject({ asked: '南岗区2022年报表四的数字对得上吗?' });
  });
  it('the last question named no table, or this one says more than a table: no decision', () => {
    expect(tableFollowUp.decide(u({ norm: '表四呢' }), { report: id, text: '南岗区2022年收到几件申请' }, nangang)).toBeUndefined();
    expect(tableFollowUp.decide(u({ norm: '表四里复议几件' }), { report: id, text: '南岗区2022年报表三的数字对得上吗?' }, nangang)).toBeUndefined();
    expect(tableFollowUp.decide(u({ norm: '表四呢' }), {}, nangang)).toBeUndefined();
  });
});
