import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { applyingItselfAsked, waysToApplyAsked } from '../../../src/core/policy/story.js';
import { understand } from '../../../src/core/understanding.js';
import { knowledge } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

const decideOf = (q: string, state = {}) => applyingItselfAsked.decide(understand(kn, q, state), state, kn);

describe('applying-itself-asked', () => {
  it('how to apply and nothing else, however it is said: how to apply (not the review that "怎么申请行政复议" would match)', () => {
    for (const q of ['怎么申请', '咋申请', '那要如何去申请呢', '申请要怎么弄']) expect(decideOf(q), q).toMatchObject({ kind: 'intent', intent: { id: 'procedure.how' } });
  });
  it('after a story about a document wanted, the last clause bare ("…申请公开采伐许可的资料，怎么申请？"): how to apply, the figure word of the story asks no figure', () => {
    expect(decideOf('我想向会同县林业局申请公开采伐许可的资料,怎么申请?')).toMatchObject({ intent: { id: 'procedure.how' } });
    expect(decideOf('我是婚礼摄影师，想向南岗区政府办申请公开公园拍摄管理的文件，该怎么申请？')).toMatchObject({ intent: { id: 'procedure.how' } });
  });
  it('another matter or another step in the story, something named in the question, or a review asked just before: no decision', () => {
    expect(decideOf('我想申请低保，怎么申请')).toBeUndefined();
    expect(decideOf('不给我公开，我想复议，怎么申请')).toBeUndefined();
    expect(decideOf('在线怎么申请')).toBeUndefined();
    expect(decideOf('怎么申请', { intent: 'procedure.remedy' })).toBeUndefined();
  });
  it('a story that only says the asker would apply to the office talked about ("那我想找他们申请，怎么申请"): how to apply', () => {
    const d = applyingItselfAsked.decide(understand(kn, '那我想找他们申请，咋申请', {}), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.how' } });
  });
});

describe('ways-to-apply-asked', () => {
  it('the ways of handing in a request asked: how to apply, not the remedies\' 途径', () => {
    for (const q of ['申请政府信息公开有哪些途径可以交申请', '申请可以通过什么渠道提交']) {
      expect(waysToApplyAsked.decide(understand(kn, q, {}), {}, kn), q).toMatchObject({ kind: 'intent', intent: { id: 'procedure.how' } });
    }
  });
  it('the ways of a remedy, or no ways asked: no decision', () => {
    for (const q of ['不服的话有哪些途径可以申请复议', '维权途径有哪些', '怎么申请']) expect(waysToApplyAsked.decide(understand(kn, q, {}), {}, kn), q).toBeUndefined();
  });
});
