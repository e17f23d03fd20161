import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, u } from './helpers.js';
import { answeredFollowUp } from '../../../src/core/policy/all-answered.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh148-newa');
});

// 钢城区信访局 2025: "全年共受理政府信息公开申请1件,…申请内容主要涉及信访事项统计数据,已按规定时限和要求予以规范答复。"
const afterRequest = { intent: PASSAGE_INTENT, report: '济南市钢城区信访局-2025', text: '那件申请是啥内容' };

describe('answered-follow-up', () => {
  it('whether the request the text just told of was answered ("答复了没有"): the sentence telling its reply', () => {
    const d = answeredFollowUp.decide(u({ norm: '答复了没有' }), afterRequest, kn);
    expect(d?.kind).toBe('passage');
    expect(JSON.stringify(d)).toContain('予以规范答复');
    expect(answeredFollowUp.decide(u({ norm: '回复了吗' }), afterRequest, kn)?.kind).toBe('passage');
  });
  it('no passage before, a figure named, or more than the reply asked: no decision', () => {
    expect(answeredFollowUp.decide(u({ norm: '答复了没有' }), { ...afterRequest, intent: 'contact.phone' }, kn)).toBeUndefined();
    expect(answeredFollowUp.decide(u({ norm: '答复了没有', metric: metric({ rows: ['total'] }) }), afterRequest, kn)).toBeUndefined();
    expect(answeredFollowUp.decide(u({ norm: '一般多久答复' }), afterRequest, kn)).toBeUndefined();
  });
});
