import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { riseReasonTold } from '../../../src/core/policy/rise-reason.js';

let coast: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  coast = await knowledge('test/fixtures/reports-fresh122-newa');
  nangang = await knowledge('data/reports');
});

const SHENSHAN = slots({ offices: ['深圳市深汕特别合作区管理委员会'] });
const textOf = (d: ReturnType<typeof riseReasonTold.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('rise-reason-told', () => {
  it('why the requests rose so much, the report giving the reason with the change: that sentence', () => {
    const d = riseReasonTold.decide(u({ norm: '深汕的申请为什么一下多了这么多', slots: SHENSHAN }), {}, coast);
    expect(textOf(d)).toContain('土地整备');
  });
  it('a report that gives no reason for a change: no decision', () => {
    expect(riseReasonTold.decide(u({ norm: '为什么申请增加了' }), {}, nangang)).toBeUndefined();
  });
  it('no change asked, or no requests named: no decision', () => {
    for (const norm of ['深汕的申请为什么不给公开', '深汕为什么涨价']) expect(riseReasonTold.decide(u({ norm, slots: SHENSHAN }), {}, coast), norm).toBeUndefined();
  });
});
