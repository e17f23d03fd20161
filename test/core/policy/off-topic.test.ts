import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { mostlyUnknown, outOfScope } from '../../../src/core/policy/off-topic.js';
import { cands, knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('out-of-scope', () => {
  it('an out-of-scope example matched above the clarify threshold: the fallback', () => {
    expect(outOfScope.decide(u({ candidates: cands(kn, ['out_of_scope', 0.5]) }), {}, kn)).toEqual({ kind: 'fallback', reason: 'off-topic', confidence: 0.5 });
  });
  it('a weak out-of-scope match, or an in-scope best match: no decision', () => {
    expect(outOfScope.decide(u({ candidates: cands(kn, ['out_of_scope', 0.2]) }), {}, kn)).toBeUndefined();
    expect(outOfScope.decide(u({ candidates: cands(kn, ['contact.phone', 0.5], ['out_of_scope', 0.45]) }), {}, kn)).toBeUndefined();
  });
  it('a short follow-up naming a word only the report uses, right after an answer from its text ("领导简介呢"): no decision', () => {
    const followUp = u({ norm: '领导简介呢', followUp: { is: true, onlySlots: false }, reportOnlyWords: ['简介'], candidates: cands(kn, ['out_of_scope', 0.49]) });
    expect(outOfScope.decide(followUp, { intent: 'report.passage', text: '人事变动信息公开了几条' }, kn)).toBeUndefined();
    // (after another kind of answer, or with no word only the report uses: the fallback)
    expect(outOfScope.decide(followUp, { intent: 'contact.phone' }, kn)).toMatchObject({ kind: 'fallback' });
  });
});

describe('mostly-unknown', () => {
  it('most words unknown and a weak match: the fallback', () => {
    const d = mostlyUnknown.decide(u({ norm: '今天天气怎么样', unknown: { share: 1, count: 2 }, candidates: cands(kn, ['procedure.how', 0.2]) }), {}, kn);
    expect(d).toEqual({ kind: 'fallback', reason: 'unknown', confidence: 0.2 });
  });
  it('…unless the report holds those words: its passage', () => {
    const d = mostlyUnknown.decide(u({ norm: '线下政务公开专区建在哪', unknown: { share: 0.6, count: 2 }, candidates: cands(kn, ['contact.address', 0.3]) }), {}, kn);
    expect(d?.kind).toBe('passage');
  });
  it('…but not a passage that shares only the domain\'s own words (能撤回申请吗: 撤回 unknown, 申请 everywhere)', () => {
    const d = mostlyUnknown.decide(u({ norm: '能撤回申请吗', unknown: { share: 0.5, count: 1 }, candidates: cands(kn, ['procedure.who', 0.3]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'fallback', reason: 'unknown' });
  });
  it('a strong match, or one stray unknown word beside a good match: no decision', () => {
    expect(mostlyUnknown.decide(u({ unknown: { share: 1, count: 3 }, candidates: cands(kn, ['procedure.time', 0.6]) }), {}, kn)).toBeUndefined();
    expect(mostlyUnknown.decide(u({ norm: '着急,答复要多久', focus: '着急,答复要多久', unknown: { share: 0.5, count: 1 }, candidates: cands(kn, ['procedure.time', 0.5]) }), {}, kn)).toBeUndefined();
    expect(mostlyUnknown.decide(u({ unknown: { share: 0.4, count: 2 }, candidates: cands(kn, ['procedure.time', 0.2]) }), {}, kn)).toBeUndefined();
  });
});

describe('mostly-unknown: a follow-up of the intent just answered', () => {
  const followUp = { is: true, onlySlots: false };
  it('its best reading the intent just answered, as sure as an answer: no decision (the words unknown are the asker\'s case)', () => {
    const q = { norm: '那他们要是说情况复杂要延长呢,最多能延长多久', unknown: { share: 0.5, count: 2 }, candidates: cands(kn, ['procedure.time', 0.49]) };
    expect(mostlyUnknown.decide(u({ ...q, followUp: followUp as never }), { intent: 'procedure.time' }, kn)).toBeUndefined();
    // (another intent before, or a weaker reading: the fallback as before)
    expect(mostlyUnknown.decide(u({ ...q, followUp: followUp as never }), { intent: 'contact.address' }, kn)?.kind).toBe('fallback');
    expect(mostlyUnknown.decide(u({ ...q, candidates: cands(kn, ['procedure.time', 0.3]), followUp: followUp as never }), { intent: 'procedure.time' }, kn)?.kind).toBe('fallback');
  });
});

describe('mostly-unknown: the asking clause all known words', () => {
  it('the unknown words in a clause of the asker\'s own, the asking clause known and read well enough: no decision', () => {
    const q = { norm: '网址是多少,我侄仔话要上网查下', classifierText: '网址是多少,我侄仔话要上网查下', focus: '网址是多少,我侄仔话要上网查下', unknown: { share: 0.6, count: 3 } };
    expect(mostlyUnknown.decide(u({ ...q, candidates: cands(kn, ['contact.website', 0.47]) }), {}, kn)).toBeUndefined();
    // (read too weakly, or one clause only: the fallback as before)
    expect(mostlyUnknown.decide(u({ ...q, candidates: cands(kn, ['contact.website', 0.2]) }), {}, kn)?.kind).toBe('fallback');
  });
});

describe('official-person', () => {
  it('asks about an official by title: the fallback', async () => {
    const { officialPerson } = await import('../../../src/core/policy/off-topic.js');
    for (const norm of ['南岗区的区长叫什么名字', '你们局长是谁', '区长电话多少', '县长的手机号码', '信息公开工作的负责人是谁']) {
      expect(officialPerson.decide(u({ norm, candidates: cands(kn, ['smalltalk.identity', 0.7]) }), {}, kn)?.kind).toBe('fallback');
    }
  });
  it('the office itself, or a leading group the report describes: no decision', async () => {
    const { officialPerson } = await import('../../../src/core/policy/off-topic.js');
    for (const norm of ['你们电话多少', '你是谁', '领导小组组长是谁', '信息公开办的地址']) {
      expect(officialPerson.decide(u({ norm, candidates: cands(kn, ['contact.phone', 0.7]) }), {}, kn)).toBeUndefined();
    }
  });
});

describe('mostly-unknown, a lone unknown topic word', () => {
  it('the only content word unknown and no word an intent knows: the fallback even above the answer threshold', () => {
    const d = mostlyUnknown.decide(u({ norm: '社保怎么交', focus: '社保怎么交', unknown: { share: 1, count: 1 }, candidates: cands(kn, ['procedure.how', 0.45]) }), {}, kn);
    expect(d?.kind).toBe('fallback');
  });
  it('half the words unknown and the match resting on when-words alone ("花木节什么时候开"): the fallback', () => {
    const d = mostlyUnknown.decide(u({ norm: '花木节什么时候开', focus: '花木节 什么时候开', unknown: { share: 0.5, count: 1 }, candidates: cands(kn, ['report.period', 0.421]) }), {}, kn);
    expect(d?.kind).toBe('fallback');
  });
  it('a how-much with no unit of a word the report does not know ("财政收入是多少"): the fallback, never a passage about 财政', () => {
    const d = mostlyUnknown.decide(u({ norm: '财政收入是多少?', focus: '财政收入是多少?', quantity: true, unknown: { share: 0.5, count: 1 }, candidates: cands(kn, ['contact.phone', 0.22]) }), {}, kn);
    expect(d?.kind).toBe('fallback');
  });
  it('…but not when a word the intents know is there (信息处理费)', () => {
    const d = mostlyUnknown.decide(
      u({ norm: '收没收信息处理费', focus: '收没收信息处理费', unknown: { share: 1, count: 1 }, candidates: cands(kn, ['report.fee', 0.45]) }),
      {},
      kn,
    );
    expect(d).toBeUndefined();
  });
});

describe('unknown-topic', () => {
  it('an unknown word and no word of the domain, nothing else to go on: the fallback, even beside a strong frame match', async () => {
    const { unknownTopic } = await import('../../../src/core/policy/off-topic.js');
    const d = unknownTopic.decide(u({ norm: '离婚需要准备什么材料', unknown: { share: 0.25, count: 1 }, candidates: cands(kn, ['procedure.content', 0.67]) }), {}, kn);
    expect(d).toEqual({ kind: 'fallback', reason: 'unknown', confidence: 0.67 });
  });
  it('a word of the domain, a figure, a named report or a conversation to continue: no decision', async () => {
    const { unknownTopic } = await import('../../../src/core/policy/off-topic.js');
    const base = { unknown: { share: 0.25, count: 1 }, candidates: cands(kn, ['procedure.content', 0.67]) };
    expect(unknownTopic.decide(u({ ...base, norm: '申请需要准备什么材料 着急' }), {}, kn)).toBeUndefined();
    expect(unknownTopic.decide(u({ ...base, norm: '寄挂号信的话从哪天开始算' }), {}, kn)).toBeUndefined();
    expect(unknownTopic.decide(u({ ...base, norm: '俺不会写字能去现场口头说不' }), {}, kn)).toBeUndefined();
    expect(unknownTopic.decide(u({ ...base, norm: '离婚需要准备什么材料' }), { intent: 'procedure.content' }, kn)).toBeUndefined();
    expect(unknownTopic.decide(u({ ...base, norm: '需要准备什么材料', unknown: { share: 0, count: 0 } }), {}, kn)).toBeUndefined();
  });
});

describe('mostly-unknown, a day named', () => {
  it('a day named ("今天…"): the fallback, never a passage of the annual report', () => {
    const base = { unknown: { share: 0.6, count: 2 }, candidates: cands(kn, ['contact.address', 0.3]) };
    expect(mostlyUnknown.decide(u({ ...base, norm: '线下政务公开专区建在哪' }), {}, kn)?.kind).toBe('passage');
    expect(mostlyUnknown.decide(u({ ...base, norm: '今天线下政务公开专区建在哪' }), {}, kn)).toEqual({ kind: 'fallback', reason: 'unknown', confidence: 0.3 });
  });
});

describe('off-topic-word', () => {
  it('a word only out-of-scope examples use, nothing of the domain: the fallback ("办护照去哪儿办")', async () => {
    const { offTopicWord } = await import('../../../src/core/policy/off-topic.js');
    expect(offTopicWord.decide(u({ norm: '办护照去哪儿办', candidates: cands(kn, ['contact.address', 0.39]) }), {}, kn)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
    // a word of the domain beside it ("护照复印件能用来申请信息公开吗"), or a figure: no decision
    expect(offTopicWord.decide(u({ norm: '护照能用来申请信息公开吗' }), {}, kn)).toBeUndefined();
    expect(offTopicWord.decide(u({ norm: '地址在哪' }), {}, kn)).toBeUndefined();
  });
});

describe('money-of-another-matter', () => {
  it('a price asked of another matter, its words unknown or out of scope: the fallback, not the fee rules', async () => {
    const { moneyOfAnotherMatter } = await import('../../../src/core/policy/off-topic.js');
    const q = (norm: string) => u({ norm, classifierText: norm, focus: '多少钱', candidates: cands(kn, ['procedure.fee', 0.8]) });
    expect(moneyOfAnotherMatter.decide(q('我阿爸卖羊要交什么税?多少钱?'), {}, kn)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
    expect(moneyOfAnotherMatter.decide(q('房价多少钱一平'), {}, kn)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
  });
  it('a price of the domain, in its words or everyday ones, or the asker paying for materials: no decision', async () => {
    const { moneyOfAnotherMatter } = await import('../../../src/core/policy/off-topic.js');
    const q = (norm: string) => u({ norm, classifierText: norm, focus: norm });
    expect(moneyOfAnotherMatter.decide(q('申请信息公开要多少钱'), {}, kn)).toBeUndefined();
    expect(moneyOfAnotherMatter.decide(q('查个东西要多少钱'), {}, kn)).toBeUndefined();
    expect(moneyOfAnotherMatter.decide(q('问气象局要资料要花钱否?要多少钱?我俫小本生意'), {}, kn)).toBeUndefined();
  });
});

describe('other-matter-contact', () => {
  it('a phone asked for another matter told before the question: the fallback, not this office\'s phone', async () => {
    const { otherMatterContact } = await import('../../../src/core/policy/off-topic.js');
    const norm = '楼上漏水物业不管,打哪个电话投诉能管用';
    expect(otherMatterContact.decide(u({ norm, classifierText: norm, focus: '打哪个电话投诉能管用', candidates: cands(kn, ['contact.phone', 0.56]) }), {}, kn)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
  });
  it('the domain named, one unknown word, a conversation going on, or no contact asked: no decision', async () => {
    const { otherMatterContact } = await import('../../../src/core/policy/off-topic.js');
    const q = (norm: string) => u({ norm, classifierText: norm, focus: norm });
    expect(otherMatterContact.decide(q('我想申请拆迁补偿的文件,打哪个电话'), {}, kn)).toBeUndefined();
    expect(otherMatterContact.decide(q('你们的电话是多少'), {}, kn)).toBeUndefined();
    expect(otherMatterContact.decide(q('楼上漏水物业不管,打哪个电话投诉能管用'), { intent: 'contact.phone' }, kn)).toBeUndefined();
    expect(otherMatterContact.decide(q('楼上漏水物业不管怎么办'), {}, kn)).toBeUndefined();
    // the office's own phone, however many unknown words around it ("我在外地，打你们电话要加区号吗")
    expect(otherMatterContact.decide(q('我在外地出差,打你们电话要加什么吗,完整号码是多少'), {}, kn)).toBeUndefined();
  });
});

describe('official-person: a staff member asked by name or age', () => {
  it('"兼职搞公开的同志叫啥名字，多大岁数了": not in any report, the fallback (never the bot\'s own identity)', async () => {
    const { decide } = await import('../../../src/core/engine.js');
    const a = decide(kn, '信息科那个兼职搞公开的同志叫啥名字，多大岁数了？', {}).answer;
    expect(a.fallback).toBe(true);
    expect(a.rule).toBe('official-person');
  });
});

describe('other-matter-complaint', () => {
  it('a complaint about a neighbour, noise or a property manager, no word of disclosure: the fallback', async () => {
    const { otherMatterComplaint } = await import('../../../src/core/policy/off-topic.js');
    expect(otherMatterComplaint.decide(u({ norm: '楼上邻居天天半夜装修吵死了,我要投诉他,你们管不管' }), {}, kn)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
    expect(otherMatterComplaint.decide(u({ norm: '我要投诉我们小区物业乱收费' }), {}, kn)).toMatchObject({ kind: 'fallback' });
  });
  it('a complaint about an office\'s answer, or no complaint: no decision', async () => {
    const { otherMatterComplaint } = await import('../../../src/core/policy/off-topic.js');
    expect(otherMatterComplaint.decide(u({ norm: '我申请小区规划文件他们不答复,我要投诉' }), {}, kn)).toBeUndefined();
    expect(otherMatterComplaint.decide(u({ norm: '小区物业电话多少' }), {}, kn)).toBeUndefined();
  });
});
