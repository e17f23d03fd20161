import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { remedyAsked, reviewDecisionContested } from '../../../src/core/policy/remedy.js';
import { cands, knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('remedy-asked', () => {
  it('a reply or the information that may never come, asked as what if ("要是他们一直拖着不回呢", "他们要是不给呢"): the remedies', () => {
    const c = cands(kn, ['procedure.time', 0.36], ['procedure.remedy', 0.1]);
    for (const norm of ['要是他们一直延长着不回呢', '他们要是不给呢', '如果拒绝了呢', '要是到时候不给我公开呢', '要是他们说不公开呢']) {
      expect(remedyAsked.decide(u({ norm, candidates: c }), {}, kn), norm).toMatchObject({ kind: 'intent', intent: { id: 'procedure.remedy' } });
    }
    expect(remedyAsked.decide(u({ norm: '要是他们同意了呢', candidates: c }), {}, kn)).toBeUndefined();
  });
  it('the reply not accepted ("不服", "有异议"), then what to do: the remedies, not the kinds of reply', () => {
    const c = cands(kn, ['procedure.outcomes', 0.43], ['procedure.remedy', 0.42]);
    for (const norm of ['收到的答复我不服该怎么办', '对他们给的结果有异议能怎么办']) {
      expect(remedyAsked.decide(u({ norm, candidates: c }), {}, kn), norm).toMatchObject({ kind: 'intent', intent: { id: 'procedure.remedy' } });
    }
  });
  it('the asker\'s own step after a story naming a result: the remedies, even on a weak match', () => {
    const c = cands(kn, ['figures.overview', 0.42], ['procedure.remedy', 0.2]);
    const d = remedyAsked.decide(u({ norm: '南岗区政府办答复说不掌握,我觉得他们在糊弄人!我能去哪起诉他们', candidates: c }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.remedy' } });
  });
  it('"这种情况我应该怎么办能起诉他们吗" (a run-on story): the asker\'s step — 这种情况 asks for no count of cases', () => {
    const c = cands(kn, ['figures.query', 0.42], ['procedure.remedy', 0.3]);
    const d = remedyAsked.decide(u({ norm: '过了二十多个工作日了一点消息都没有这种情况我应该怎么办能起诉他们吗', candidates: c }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.remedy' } });
    expect(remedyAsked.decide(u({ norm: '被起诉的情况怎么样', candidates: c }), {}, kn)).toBeUndefined();
  });
  it('"回复说本机关不掌握…我接下来还能怎么办", or "要是过了时间也不答复我呢": the remedies, whatever the candidates', () => {
    const c = cands(kn, ['procedure.exempt', 0.15]);
    expect(remedyAsked.decide(u({ norm: '回复说本机关不掌握相关政府信息,就这么一句话,我接下来还能怎么办', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
    expect(remedyAsked.decide(u({ norm: '要是过了时间也不答复我呢', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
  });
  it('"能否直接（向法院）提起行政诉讼" after a refusal: the remedies (review first), not a count of suits', () => {
    const c = cands(kn, ['figures.review', 0.5], ['procedure.remedy', 0.4]);
    for (const norm of ['对不予公开答复不服,当事人能否直接向法院提起行政诉讼?', '作出不予公开决定,我能否直接提起行政诉讼?']) {
      expect(remedyAsked.decide(u({ norm, candidates: c }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.remedy' } });
    }
  });
  it('refused, then what to do', () => {
    const c = cands(kn, ['procedure.exempt', 0.52], ['procedure.remedy', 0.46]);
    expect(remedyAsked.decide(u({ norm: '要是不给我公开,我能怎么办', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
  });
  it('the deadline intent when it ranks first among the remedy intents', () => {
    const c = cands(kn, ['procedure.remedy-deadline', 0.6], ['procedure.remedy', 0.5]);
    expect(remedyAsked.decide(u({ norm: '可以起诉吗,期限是多久', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy-deadline' } });
  });
  it('a count of cases is a figure, not the asker\'s step', () => {
    const c = cands(kn, ['figures.query', 0.5], ['procedure.remedy', 0.44]);
    expect(remedyAsked.decide(u({ norm: '有人起诉过你们吗', candidates: c }), {}, kn)).toBeUndefined();
    expect(remedyAsked.decide(u({ norm: '因为信息公开被人起诉了几次', candidates: c, quantity: true }), {}, kn)).toBeUndefined();
  });
  it('no remedy words: no decision; the step asked in so many words: the remedies, even when no remedy intent is a candidate', () => {
    expect(remedyAsked.decide(u({ norm: '我能去哪起诉他们', candidates: cands(kn, ['procedure.who', 0.5]) }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
    expect(remedyAsked.decide(u({ norm: '我能申请吗', candidates: cands(kn, ['procedure.who', 1], ['procedure.remedy', 0.3]) }), {}, kn)).toBeUndefined();
  });
  it('the message ends saying the asker will sue ("…这合法吗，我要去告你们"); 我要投诉 of anything else is not enough', () => {
    const c = cands(kn, ['procedure.third-party', 0.4], ['procedure.remedy', 0.3]);
    expect(remedyAsked.decide(u({ norm: '你们回复说涉及第三方合法权益不予公开,凭什么?这合法吗,我要去起诉你们!', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
    expect(remedyAsked.decide(u({ norm: '我要投诉我们小区物业乱收费', candidates: c }), {}, kn)).toBeUndefined();
  });
  it('going to court without review ("我能不经复议直接去法院起诉吗"), whatever year the story names', () => {
    const c = cands(kn, ['procedure.remedy', 0.7]);
    expect(remedyAsked.decide(u({ norm: '去年(2025年)区政府办对我的申请不予公开,我能不经复议直接去法院起诉吗?', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
    expect(remedyAsked.decide(u({ norm: '南岗区有人去法院起诉过吗', candidates: c }), {}, kn)).toBeUndefined();
  });
  it('the remedy after its clause ("想投诉，应该找谁"): a short asking clause is read with the one before it', () => {
    const c = cands(kn, ['procedure.where', 0.7], ['procedure.remedy', 0.33]);
    expect(remedyAsked.decide(u({ norm: '觉得他们办得不对想投诉,应该找谁', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
    expect(remedyAsked.decide(u({ norm: '想投诉楼下饭店油烟,应该找谁', candidates: c }), {}, kn)).toBeUndefined();
    // 举报 of anything else, no remedy candidate: not the office's remedies
    expect(remedyAsked.decide(u({ norm: '我家楼下噪音扰民能举报吗', candidates: cands(kn, ['procedure.who', 0.3]) }), {}, kn)).toBeUndefined();
  });
  it('where the review goes, asked in so many words: the review body, even when it is not a candidate', () => {
    const c = cands(kn, ['procedure.remedy', 0.6]);
    expect(remedyAsked.decide(u({ norm: '对答复不服,行政复议该向谁申请', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.review-body' } });
    expect(remedyAsked.decide(u({ norm: '不给公开,去哪个政府申请复议', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.review-body' } });
    expect(remedyAsked.decide(u({ norm: '对答复不服可以申请复议吗', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
  });
  it('whether anyone sued (有没有人…去法院告) is a count of cases, not the asker\'s remedy', () => {
    expect(remedyAsked.decide(u({ norm: '南岗区2021年有没有人因为这个去法院告过政府', candidates: cands(kn, ['procedure.remedy', 0.6]) }), {}, kn)).toBeUndefined();
  });
  it('no reply past the limit, then what to do ("…还没回复我，咋办"): the remedies', () => {
    const d = remedyAsked.decide(u({ norm: '寄过去一个多月了还没回复我,咋办', candidates: cands(kn, ['procedure.time', 0.39], ['procedure.remedy', 0.32]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.remedy' } });
  });
});


describe('review-decision-contested', () => {
  it('the review\'s outcome still contested ("复议结果我还是不服呢"): the suit within 15 days of the decision (《行政诉讼法》第四十五条)', () => {
    for (const norm of ['复议结果我还是不服呢?', '对复议决定不满意怎么办', '不服行政复议决定能起诉吗']) {
      const d = reviewDecisionContested.decide(u({ norm }), {}, kn);
      expect(d, norm).toMatchObject({ kind: 'intent', intent: { id: 'procedure.after-review' } });
      expect(JSON.stringify(d)).toContain('15 日内');
    }
  });
  it('a count of reviews, or a review not contested: no decision', () => {
    expect(reviewDecisionContested.decide(u({ norm: '复议结果不服的有几件' }), {}, kn)).toBeUndefined();
    expect(reviewDecisionContested.decide(u({ norm: '复议结果维持了几件' }), {}, kn)).toBeUndefined();
    expect(reviewDecisionContested.decide(u({ norm: '对答复不服怎么办' }), {}, kn)).toBeUndefined();
  });
});
