import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { mentionAsked } from '../../../src/core/policy/mention-asked.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

const textOf = (d: ReturnType<typeof mentionAsked.decide>) => (d && d.kind === 'passage' ? d.parts.head + d.parts.lines.join('') : '');

describe('mention-asked', () => {
  it('something the report never names, asked whether it is there: not mentioned, with the phone', () => {
    const text = textOf(mentionAsked.decide(u({ norm: '我是开店的,想了解养老院补贴的情况,这份报告里有吗?' }), {}, nangang));
    expect(text).toMatch(/没有提到“养老.{0,1}、补贴”/);
    expect(text).toContain('0451-82705546');
  });
  it('something the report names: the sentence that holds it', () => {
    const text = textOf(mentionAsked.decide(u({ norm: '年报里有没有提到新媒体' }), {}, nangang));
    expect(text).toContain('16个政务新媒体账号');
  });
  it('no such question, or a count asked: no decision', () => {
    for (const norm of ['养老院补贴的情况', '年报里有没有提到新媒体账号有几个'])
      expect(mentionAsked.decide(u({ norm }), {}, nangang), norm).toBeUndefined();
  });
});
