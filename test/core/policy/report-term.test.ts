import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { reportTermAsked } from '../../../src/core/policy/report-term.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh242-newa');
});

// 鹰潭市市场监督管理局 2024: "…全力推进决策、执行、管理、服务、结果“五公开”…" and "严格执行信息公开“三审三校”制度".
describe('report-term-asked', () => {
  const yingtan = slots({ offices: ['鹰潭市市场监督管理局'] });
  it('a numbered slogan asked what it is made of: the report\'s sentence that holds it', () => {
    const d = reportTermAsked.decide(u({ norm: '五公开具体是哪几个', slots: yingtan }), {}, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('决策、执行、管理、服务、结果');
  });
  it('a term in quotes', () => {
    const d = reportTermAsked.decide(u({ norm: '“三审三校”指什么', slots: yingtan }), {}, kn);
    expect(JSON.stringify(d && 'parts' in d ? d.parts : d)).toContain('三审三校');
  });
  it('a term the report does not hold, or nothing asked of it: no decision', () => {
    expect(reportTermAsked.decide(u({ norm: '“两微一端”指什么', slots: yingtan }), {}, kn)).toBeUndefined();
    expect(reportTermAsked.decide(u({ norm: '五公开做得好', slots: yingtan }), {}, kn)).toBeUndefined();
  });
});
