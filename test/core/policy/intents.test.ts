import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import {
  closeCall, confidentIntent, noCandidate, noMatch, tentativeCloseCall, tentativeIntent, weakMatchPassage,
} from '../../../src/core/policy/intents.js';
import { cands, knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const ids = (d: unknown) => (d as { options?: { id: string }[] })?.options?.map((o) => o.id);

describe('no-candidate', () => {
  it('no candidate and no passage: the fallback', () => {
    expect(noCandidate.decide(u({ norm: 'qwertyuiop' }), {}, kn)).toEqual({ kind: 'fallback', reason: 'no-match', confidence: 0 });
  });
  it('no candidate but a passage covers it: the passage', () => {
    expect(noCandidate.decide(u({ norm: '线下政务公开专区建在哪' }), {}, kn)?.kind).toBe('passage');
  });
  it('a candidate: no decision', () => {
    expect(noCandidate.decide(u({ candidates: cands(kn, ['contact.phone', 0.1]) }), {}, kn)).toBeUndefined();
  });
});

describe('close-call', () => {
  it('two confident intents of different topics within the margin: clarify', () => {
    const d = closeCall.decide(u({ candidates: cands(kn, ['procedure.where', 0.6], ['contact.address', 0.58]) }), {}, kn);
    expect(d?.kind).toBe('clarify');
    expect(ids(d)).toEqual(['procedure.where', 'contact.address']);
  });
  it('a clear lead, the same topic, or small talk: no decision', () => {
    expect(closeCall.decide(u({ candidates: cands(kn, ['procedure.where', 0.6], ['contact.address', 0.5]) }), {}, kn)).toBeUndefined();
    expect(closeCall.decide(u({ candidates: cands(kn, ['contact.phone', 0.6], ['contact.address', 0.59]) }), {}, kn)).toBeUndefined();
    expect(closeCall.decide(u({ candidates: cands(kn, ['smalltalk.greeting', 0.6], ['contact.address', 0.59]) }), {}, kn)).toBeUndefined();
  });
});

describe('confident-intent', () => {
  it('who to ask read, one detail wanted beside it ("有疑问可以发邮件给谁？邮箱给我一下"): every detail with the department', () => {
    const d = confidentIntent.decide(u({ norm: '对年报有疑问可以发邮件给谁?邮箱给我一下', candidates: cands(kn, ['contact.department', 0.7]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.all' } });
    // (no detail named: the department)
    expect(confidentIntent.decide(u({ norm: '对年报有疑问找哪个单位', candidates: cands(kn, ['contact.department', 0.7]) }), {}, kn)).toMatchObject({ intent: { id: 'contact.department' } });
  });
  it('the best intent at or above the answer threshold', () => {
    expect(confidentIntent.decide(u({ candidates: cands(kn, ['procedure.time', 0.7]) }), {}, kn)).toEqual({ kind: 'intent', intent: kn.byId.get('procedure.time'), confidence: 0.7 });
  });
  it('two contact fields named: the whole contact block', () => {
    expect(confidentIntent.decide(u({ norm: '电话和地址', candidates: cands(kn, ['contact.phone', 0.7]) }), {}, kn)).toMatchObject({ intent: { id: 'contact.all' } });
  });
  it('a named report turns a close report-free answer into the report\'s own ("南岗区收信息处理费了吗")', () => {
    const d = confidentIntent.decide(u({ slots: slots({ offices: ['南岗区人民政府办公室'] }), candidates: cands(kn, ['procedure.fee', 0.5], ['report.fee', 0.47]) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'report.fee' }, confidence: 0.5 });
  });
  it('a weak follow-up read with the previous question', () => {
    const joined = cands(kn, ['procedure.time', 0.6]);
    const d = confidentIntent.decide(u({ candidates: cands(kn, ['contact.phone', 0.2]), followUp: { is: true, onlySlots: false, joined } }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'procedure.time' }, confidence: 0.6 });
  });
  it('below the answer threshold: no decision', () => {
    expect(confidentIntent.decide(u({ candidates: cands(kn, ['procedure.time', 0.4]) }), {}, kn)).toBeUndefined();
  });
});

describe('weak-match-passage', () => {
  it('a passage that covers the question', () => {
    expect(weakMatchPassage.decide(u({ norm: '线下政务公开专区建在哪', candidates: cands(kn, ['contact.address', 0.35]) }), {}, kn)?.kind).toBe('passage');
  });
  it('a how-long question is no question for a sentence that holds no length of time', () => {
    // (the question of the test above, read as a how-long one: its passage holds no length of time)
    const q = { norm: '线下政务公开专区建在哪', candidates: cands(kn, ['contact.address', 0.35]) };
    expect(weakMatchPassage.decide(u(q), {}, kn)?.kind).toBe('passage');
    expect(weakMatchPassage.decide(u({ ...q, duration: true }), {}, kn)).toBeUndefined();
  });
  it('no passage: no decision', () => {
    expect(weakMatchPassage.decide(u({ norm: '公积金', candidates: cands(kn, ['contact.address', 0.35]) }), {}, kn)).toBeUndefined();
  });
});

describe('tentative-close-call', () => {
  it('two plausible intents of different topics within the margin: clarify', () => {
    expect(ids(tentativeCloseCall.decide(u({ candidates: cands(kn, ['procedure.where', 0.35], ['contact.address', 0.34]) }), {}, kn))).toEqual([
      'procedure.where', 'contact.address',
    ]);
  });
  it('a clear lead or below the clarify threshold: no decision', () => {
    expect(tentativeCloseCall.decide(u({ candidates: cands(kn, ['procedure.where', 0.35], ['contact.address', 0.2]) }), {}, kn)).toBeUndefined();
    expect(tentativeCloseCall.decide(u({ candidates: cands(kn, ['procedure.where', 0.29], ['contact.address', 0.28]) }), {}, kn)).toBeUndefined();
  });
});

describe('tentative-intent', () => {
  it('a plausible intent answers', () => {
    expect(tentativeIntent.decide(u({ candidates: cands(kn, ['procedure.time', 0.35]) }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.time' } });
  });
  it('a how-long keeps the lead that knows its telling word (答复) over a near one whose example asks how long but knows none', () => {
    const norm = '递了申请,他们多长时间内得给我答复?';
    const [time, review] = cands(kn, ['procedure.time', 0.45], ['procedure.remedy-deadline', 0.41]);
    const candidates = [{ ...time!, example: '什么时候给我答复' }, { ...review!, example: '多长时间内可以申请复议' }];
    const d = tentativeIntent.decide(u({ norm, focus: '他们多长时间内得给我答复', kind: 'duration', candidates }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.time' } });
    // (a how-long naming the review is the review's)
    const d2 = tentativeIntent.decide(u({ norm: '多长时间内能申请复议?', focus: '多长时间内能申请复议', kind: 'duration', candidates }), {}, kn);
    expect(d2).toMatchObject({ kind: 'intent', intent: { id: 'procedure.remedy-deadline' } });
  });
  it('an out-of-scope intent or a weak one: no decision', () => {
    expect(tentativeIntent.decide(u({ candidates: cands(kn, ['out_of_scope', 0.35]) }), {}, kn)).toBeUndefined();
    expect(tentativeIntent.decide(u({ candidates: cands(kn, ['procedure.time', 0.2]) }), {}, kn)).toBeUndefined();
  });
});

describe('no-match', () => {
  it('always decides: the fallback with the best score', () => {
    expect(noMatch.decide(u({ candidates: cands(kn, ['procedure.time', 0.2]) }), {}, kn)).toEqual({ kind: 'fallback', reason: 'no-match', confidence: 0.2 });
    expect(noMatch.decide(u(), {}, kn)).toEqual({ kind: 'fallback', reason: 'no-match', confidence: 0 });
  });
});

describe('confident-intent: one contact detail named by its noun', () => {
  it('"报告里的电子邮箱" nearer to a phone example is still the e-mail', () => {
    const d = confidentIntent.decide(u({ norm: '报告里的电子邮箱', candidates: cands(kn, ['contact.phone', 0.63], ['contact.email', 0.62]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.email' } });
  });
  it('no detail named, or two (the whole block), or a department question: as ranked', () => {
    expect(confidentIntent.decide(u({ norm: '怎么联系你们', candidates: cands(kn, ['contact.phone', 0.6]) }), {}, kn)).toMatchObject({ intent: { id: 'contact.phone' } });
    expect(confidentIntent.decide(u({ norm: '电话和地址', candidates: cands(kn, ['contact.phone', 0.6]) }), {}, kn)).toMatchObject({ intent: { id: 'contact.all' } });
    expect(confidentIntent.decide(u({ norm: '哪个部门的电话', candidates: cands(kn, ['contact.department', 0.6]) }), {}, kn)).toMatchObject({ intent: { id: 'contact.department' } });
  });
});

describe('close-call: applying asked about', () => {
  it('"应该向哪个部门申请": the procedure option answers instead of a question back', () => {
    const d = closeCall.decide(u({ norm: '应该向哪个部门申请', candidates: cands(kn, ['contact.department', 0.52], ['procedure.where', 0.52]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.where' } });
  });
  it('the application form ("申请表") is not applying: still clarify', () => {
    const d = closeCall.decide(u({ norm: '申请表在哪', candidates: cands(kn, ['contact.address', 0.52], ['procedure.where', 0.52]) }), {}, kn);
    expect(d?.kind).toBe('clarify');
  });
});

describe('confident-intent: a report named and the question in the past', () => {
  it('"南岗区2022年信息公开收费了没": the report\'s own fee answer, not the fee rules', () => {
    const d = confidentIntent.decide(u({ norm: '2022年信息公开收费了没', slots: slots({ years: [2022] }), candidates: cands(kn, ['procedure.fee', 0.6]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'report.fee' } });
  });
  it('no report named, or asked in the present ("收费吗"): the fee rules', () => {
    expect(confidentIntent.decide(u({ norm: '信息公开收费了没', candidates: cands(kn, ['procedure.fee', 0.6]) }), {}, kn)).toMatchObject({ intent: { id: 'procedure.fee' } });
    expect(
      confidentIntent.decide(u({ norm: '2022年信息公开收费吗', slots: slots({ years: [2022] }), candidates: cands(kn, ['procedure.fee', 0.6]) }), {}, kn),
    ).toMatchObject({ intent: { id: 'procedure.fee' } });
  });
});

describe('close-call: a status asked', () => {
  it('"行政复议情况怎么样": the report\'s figures, not the procedure; "什么情况下" is a condition, not a status', () => {
    const c = cands(kn, ['figures.review', 0.62], ['procedure.remedy', 0.59]);
    expect(closeCall.decide(u({ norm: '行政复议情况怎么样', candidates: c }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'figures.review' } });
    expect(closeCall.decide(u({ norm: '什么情况下能申请行政复议', candidates: c }), {}, kn)?.kind).toBe('clarify');
  });
});

describe('confident-intent: asked where, no contact detail named', () => {
  it('"在哪办公" nearer to "办公电话" is the address', () => {
    const d = confidentIntent.decide(u({ norm: '在哪办公', kind: 'where', candidates: cands(kn, ['contact.phone', 0.53], ['contact.address', 0.52]) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'contact.address' } });
  });
});

describe('examples are read with the synonyms, as questions are', () => {
  it('"你都能干啥" (an example) meets "你能干什么" (a question)', () => {
    const top = kn.classifier.rank('你能干什么')[0];
    expect(top?.item.id).toBe('smalltalk.help');
  });
});

describe('confident-intent: the figures intent with no figure word', () => {
  it('"每个月几件以内不收费": 几件 alone barely leads the fee rules, which answer', () => {
    const d = confidentIntent.decide(u({ norm: '每个月几件以内不收费', candidates: cands(kn, ['figures.query', 0.46], ['procedure.fee', 0.43]) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'procedure.fee' } });
  });
  it('a clear lead, or a figure word in the question: the figures intent', () => {
    expect(confidentIntent.decide(u({ norm: '有几件', candidates: cands(kn, ['figures.query', 0.6], ['procedure.fee', 0.41]) }), {}, kn)).toMatchObject({ intent: { id: 'figures.query' } });
  });
});

describe('close-call: the rules and the report\'s own answer, asked in the past', () => {
  it('"信息处理费收了多少钱": the report\'s fee answer instead of a question back; "信息处理费" alone still asks', () => {
    const c = cands(kn, ['procedure.fee', 0.55], ['report.fee', 0.54]);
    expect(confidentIntent.decide(u({ norm: '信息处理费收了多少钱', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'report.fee' } });
    expect(closeCall.decide(u({ norm: '信息处理费收了多少钱', candidates: c }), {}, kn)).toBeUndefined();
    // asked in the present of no report, the bare noun included: the rules
    expect(closeCall.decide(u({ norm: '信息处理费', candidates: c }), {}, kn)).toBeUndefined();
    expect(confidentIntent.decide(u({ norm: '信息处理费', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.fee' } });
  });
  it('"什么情况下要收信息处理费": the rules, whichever of the two leads; a status asked stays the report\'s', () => {
    const c = cands(kn, ['report.fee', 0.61], ['procedure.fee', 0.6]);
    expect(closeCall.decide(u({ norm: '什么情况下要收信息处理费', candidates: c }), {}, kn)).toBeUndefined();
    expect(confidentIntent.decide(u({ norm: '什么情况下要收信息处理费', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.fee' } });
    expect(confidentIntent.decide(u({ norm: '信息处理费收取情况', candidates: c }), {}, kn)).not.toMatchObject({ intent: { id: 'procedure.fee' } });
  });
});

describe('close-call: one example holds more of the question\'s words', () => {
  it('"年报在哪下载": 怎么下载年报 (年报, 下载) over 申请表去哪下载 (下载); as many words each: still ask', () => {
    const web = { item: kn.byId.get('contact.website')!, score: 0.656, example: '怎么下载年报' };
    const form = { item: kn.byId.get('procedure.form')!, score: 0.63, example: '申请表去哪下载' };
    expect(closeCall.decide(u({ norm: '年报在哪下载', kind: 'where', candidates: [web, form] }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'contact.website' } });
    expect(closeCall.decide(u({ norm: '去哪下载', kind: 'where', candidates: [web, form] }), {}, kn)?.kind).toBe('clarify');
  });
  it('the same in a tentative close call', () => {
    const overview = { item: kn.byId.get('figures.overview')!, score: 0.4, example: '一共收到多少' };
    const time = { item: kn.byId.get('procedure.time')!, score: 0.38, example: '收到申请多少天内答复' };
    // (the time limit's example holds every telling word the overview's does, and 答复 besides)
    const q = u({ norm: '收到的申请按规定多少天以内必须答复', candidates: [overview, time] });
    expect(tentativeCloseCall.decide(q, {}, kn) ?? tentativeIntent.decide(q, {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.time' } });
    // as many words each: still ask
    expect(tentativeCloseCall.decide(u({ norm: '收到多少', candidates: [overview, time] }), {}, kn)?.kind).toBe('clarify');
  });
});

describe('things counted in a unit are never a contact detail', () => {
  it('"官网发布了多少条信息": the figures intent, not a question back about the website; "电话多少" is still the phone', () => {
    const c = cands(kn, ['figures.query', 0.48], ['contact.website', 0.46]);
    expect(closeCall.decide(u({ norm: '官网发布了多少条信息', quantity: true, candidates: c }), {}, kn)).toBeUndefined();
    expect(confidentIntent.decide(u({ norm: '官网发布了多少条信息', quantity: true, candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'figures.query' } });
    expect(confidentIntent.decide(u({ norm: '电话多少', candidates: cands(kn, ['contact.phone', 0.6]) }), {}, kn)).toMatchObject({ intent: { id: 'contact.phone' } });
  });
});

describe('confident-intent: a match that rests on no content word', () => {
  const cand = (id: string, score: number, example: string) => ({ item: kn.byId.get(id)!, score, example });
  let who: ReturnType<typeof cand>;
  let remedy: ReturnType<typeof cand>;
  beforeAll(() => {
    who = cand('procedure.who', 0.55, '我能申请吗');
    remedy = cand('procedure.remedy', 0.44, '怎么投诉');
  });
  it('"我能去哪投诉" ~ "我能申请吗" by 我能 alone: the near candidate that shares 投诉', () => {
    expect(confidentIntent.decide(u({ norm: '我能去哪投诉', kind: 'where', candidates: [who, remedy] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
    // the asking clause of a story decides which words count ("…申请，我能去哪投诉": not 申请)
    const story = '政府办不答复我的信息公开申请，我能去哪投诉';
    expect(confidentIntent.decide(u({ norm: story, focus: story, candidates: [who, remedy] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy' } });
  });
  it('the lead shares a content word, the other is too far or too weak: as ranked', () => {
    expect(confidentIntent.decide(u({ norm: '我能申请吗', candidates: [who, remedy] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.who' } });
    expect(confidentIntent.decide(u({ norm: '我能去哪投诉', candidates: [{ ...who, score: 0.7 }, remedy] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.who' } });
    expect(tentativeIntent.decide(u({ norm: '我能去哪投诉', candidates: [{ ...who, score: 0.35 }, { ...remedy, score: 0.25 }] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.who' } });
  });
  it('a word every near intent uses (申请, 信息公开) or a word inside another (依申请 ~ 申请) does not move the lead', () => {
    const content = { item: kn.byId.get('procedure.content')!, score: 0.45, example: '要带身份证吗' };
    const time = { item: kn.byId.get('procedure.time')!, score: 0.37, example: '申请信息公开要多久答复' };
    expect(tentativeIntent.decide(u({ norm: '申请信息公开要带什么材料', candidates: [content, time] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.content' } });
    const how = { item: kn.byId.get('procedure.how')!, score: 0.57, example: '如何依申请公开' };
    const who2 = { item: kn.byId.get('procedure.who')!, score: 0.54, example: '谁可以申请政府信息公开' };
    expect(confidentIntent.decide(u({ norm: '如何申请政府信息公开', kind: 'how', candidates: [how, who2] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.how' } });
  });
  it('a lead on the domain\'s own words alone (申请, 政府信息) gives way to the near candidate that holds the telling word', () => {
    const how = { item: kn.byId.get('procedure.how')!, score: 0.62, example: '申请公开政府信息的流程' };
    const fee = { item: kn.byId.get('procedure.fee')!, score: 0.46, example: '要收费吗' };
    expect(confidentIntent.decide(u({ norm: '申请公开政府信息收费吗', kind: 'yesno', candidates: [how, fee] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.fee' } });
    // wider than a match on question words, but still a margin: a lead of 0.25 stands
    const byPost = { item: kn.byId.get('procedure.mail')!, score: 0.46, example: '可以邮寄吗' };
    expect(confidentIntent.decide(u({ norm: '申请公开政府信息可以邮寄吗', kind: 'yesno', candidates: [{ ...how, score: 0.71 }, byPost] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.how' } });
    // (the fee named in the asking clause is the fee's, whatever the lead: choose() puts the fee first)
    expect(confidentIntent.decide(u({ norm: '申请公开政府信息收费吗', kind: 'yesno', candidates: [{ ...how, score: 0.71 }, fee] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.fee' } });
    // 依申请公开 and 政府信息公开 are the domain's words too
    const who = { item: kn.byId.get('procedure.who')!, score: 0.49, example: '谁可以申请政府信息公开' };
    const online = { item: kn.byId.get('procedure.online')!, score: 0.45, example: '网上能办吗' };
    expect(confidentIntent.decide(u({ norm: '网上能申请政府信息公开不?', candidates: [who, online] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.online' } });
  });
  it('a lead whose telling words the other intent also knows gives way to the one that knows one more ("能不能在网上提交申请")', () => {
    const inPerson = { item: kn.byId.get('procedure.in-person')!, score: 0.575, example: '现场能提交申请吗 zmetric' };
    const online = { item: kn.byId.get('procedure.online')!, score: 0.516, example: '能不能线上申请信息公开' };
    expect(confidentIntent.decide(u({ norm: '能不能在网上提交申请', kind: 'yesno', candidates: [inPerson, online] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.online' } });
    // the lead knows a word of the question the other does not (答复 for the time limit): as ranked
    const time = { item: kn.byId.get('procedure.time')!, score: 0.436, example: '申请后多久有结果' };
    const where = { item: kn.byId.get('procedure.where')!, score: 0.379, example: '到哪里提交申请 zmetric' };
    expect(tentativeIntent.decide(u({ norm: '提交申请后多长时间答复', kind: 'duration', candidates: [time, where] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.time' } });
  });
  it('a how-many question led by the figures intent keeps it (its count words are its content)', () => {
    const c = [
      { item: kn.byId.get('figures.query')!, score: 0.55, example: '多少条' },
      { item: kn.byId.get('contact.website')!, score: 0.48, example: '门户网站网址' },
    ];
    expect(confidentIntent.decide(u({ norm: '门户网站公开了多少条', quantity: true, kind: 'count', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'figures.query' } });
  });
});

describe('confident-intent: the kind of question between two near matches', () => {
  it('"怎么申请政府信息公开": the how example beats a slightly nearer who example', () => {
    const c = [
      { item: kn.byId.get('procedure.who')!, score: 0.72, example: '谁可以申请政府信息公开' },
      { item: kn.byId.get('procedure.how')!, score: 0.67, example: '申请政府信息公开怎么弄' },
    ];
    expect(confidentIntent.decide(u({ norm: '怎么申请政府信息公开', kind: 'how', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.how' } });
    // a clear lead, or a yes/no question (能不能 is politeness): as ranked
    const far = [{ ...c[0]!, score: 0.8 }, c[1]!];
    expect(confidentIntent.decide(u({ norm: '怎么申请政府信息公开', kind: 'how', candidates: far }), {}, kn)).toMatchObject({ intent: { id: 'procedure.who' } });
    expect(confidentIntent.decide(u({ norm: '能不能申请政府信息公开', kind: 'yesno', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.who' } });
  });
  it('a how-long question: only a time limit answers it, within the widest margin', () => {
    const how = { item: kn.byId.get('procedure.how')!, score: 0.47, example: '我要申请公开一份政府文件' };
    const time = { item: kn.byId.get('procedure.time')!, score: 0.34, example: '多久能收到答复' };
    expect(tentativeIntent.decide(u({ norm: '我要申请公开征地补偿的文件多久能答复', kind: 'duration', candidates: [how, time] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.time' } });
    expect(confidentIntent.decide(u({ norm: '我要申请公开征地补偿的文件怎么办', kind: 'how', candidates: [how, time] }), {}, kn)).toMatchObject({ intent: { id: 'procedure.how' } });
  });
  it('the lead\'s example asks another kind outright: a wider margin (0.09 apart still turns)', () => {
    const c = [
      { item: kn.byId.get('procedure.who')!, score: 0.72, example: '谁可以申请政府信息公开' },
      { item: kn.byId.get('procedure.where')!, score: 0.66, example: '去哪申请政府信息公开' },
      { item: kn.byId.get('procedure.how')!, score: 0.63, example: '申请政府信息公开怎么弄' },
    ];
    expect(confidentIntent.decide(u({ norm: '怎么申请政府信息公开', kind: 'how', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.how' } });
    // a lead whose example asks no kind of its own keeps the narrow margin
    const plain = [{ ...c[0]!, example: '政府信息公开申请' }, c[2]!];
    expect(confidentIntent.decide(u({ norm: '怎么申请政府信息公开', kind: 'how', candidates: plain }), {}, kn)).toMatchObject({ intent: { id: 'procedure.who' } });
  });
  it('a contact detail named settles a near call against another topic, and picks the detail over the whole block', () => {
    const c = cands(kn, ['contact.all', 0.37], ['procedure.online', 0.35]);
    expect(tentativeCloseCall.decide(u({ norm: '能不能告诉我他们的电话', candidates: c }), {}, kn)).toBeUndefined();
    expect(tentativeIntent.decide(u({ norm: '能不能告诉我他们的电话', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'contact.phone' } });
  });
});

describe('confident-intent: the contact details the asking clause names', () => {
  it('"有没有邮箱可以发过去？我不太想打电话": the e-mail (the phone is in a remark, not asked); both asked: the whole block', () => {
    const c = cands(kn, ['contact.email', 0.54], ['contact.phone', 0.39]);
    expect(confidentIntent.decide(u({ norm: '有没有邮箱可以发过去?我不太想打电话', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'contact.email' } });
    expect(confidentIntent.decide(u({ norm: '邮箱和电话都是多少?', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'contact.all' } });
  });
});

describe('confident-intent: an article of the regulation asked', () => {
  it('"条例哪一条规定了可以收取信息处理费": the rules, though the report\'s own account leads', () => {
    const c = cands(kn, ['report.fee', 0.48], ['procedure.fee', 0.25]);
    expect(confidentIntent.decide(u({ norm: '条例哪一条规定了行政机关可以收取信息处理费?', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.fee' } });
    expect(confidentIntent.decide(u({ norm: '收取信息处理费情况', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'report.fee' } });
  });
});

describe('signature-word', () => {
  it('a weak match of a question about applying that names a word only its intent uses: that intent', async () => {
    const { signatureIntent } = await import('../../../src/core/policy/intents.js');
    const { understand } = await import('../../../src/core/understanding.js');
    const q = understand(kn, '我这个月打算申请二十多件，会不会收费', {});
    expect(signatureIntent.decide(q, {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.fee' } });
    // about another matter: the signature word alone does not make it a question about applying
    expect(signatureIntent.decide(understand(kn, '我要投诉我们小区物业乱收费', {}), {}, kn)).toBeUndefined();
  });
  it('small talk signs nothing ("申请的时候有人帮忙吗" is no greeting like 有人吗)', async () => {
    const { signatureIntent } = await import('../../../src/core/policy/intents.js');
    expect(signatureIntent.decide(u({ norm: '申请的时候有人帮忙吗', focus: '申请的时候有人帮忙吗', candidates: cands(kn, ['smalltalk.greeting', 0.29]) }), {}, kn)).toBeUndefined();
  });
});

describe('the rules or the report\'s own answer (twins)', () => {
  it('what the rules require ("年报按规定应该什么时候前公布"): the rules\' deadline, not the report\'s own date', async () => {
    const { decide } = await import('../../../src/core/engine.js');
    expect(decide(kn, '政府部门的信息公开年报按规定应该什么时候前公布', {}).answer.text).toContain('1月31日');
    expect(decide(kn, '这份年报什么时候发布的', {}).answer.text).not.toContain('1月31日');
  });
});

describe('an amount the report states, quoted', () => {
  it('"沭阳那380元信息处理费是哪个部门收的": the report\'s fee statement, not a question back about departments', async () => {
    const { loadKnowledge } = await import('../../../src/core/bot.js');
    const { decide } = await import('../../../src/core/engine.js');
    const multi = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
    const a = decide(multi, '沭阳那380元信息处理费是哪个部门收的', {}).answer;
    expect(a.text).toContain('民政局');
    expect(a.kind).not.toBe('clarify');
  });
});
