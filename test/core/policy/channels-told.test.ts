import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { channelsToldFollowUp } from '../../../src/core/policy/channels-told.js';
import { knowledge, metric, u } from './helpers.js';

let yiwu: Knowledge;
beforeAll(async () => {
  yiwu = await knowledge('test/fixtures/reports-fresh132-newa');
});
const counted = { intent: 'figures.query', metric: metric({ rows: ['new'], vague: true }), report: '伊吾县人民政府-2023' };

describe('channels-told-follow-up', () => {
  it('how those just counted came in: the text\'s clause with their count', () => {
    const d = channelsToldFollowUp.decide(u({ norm: '这些申请是通过什么方式提交的' }), counted, yiwu);
    const t = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(t).toContain('4件');
    expect(t).toContain('互联网申请');
  });
  it('how to apply, asked without pointing at those counted, or with no count before: no decision', () => {
    expect(channelsToldFollowUp.decide(u({ norm: '通过什么方式提交申请' }), counted, yiwu)).toBeUndefined();
    expect(channelsToldFollowUp.decide(u({ norm: '他们都是怎么提交申请的' }), {}, yiwu)).toBeUndefined();
  });
});
