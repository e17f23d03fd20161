import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { reportDeadline, timeLimitOf } from '../../../src/core/policy/time-limit.js';
import { cands, knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('time-limit-of', () => {
  it('another\'s trade secret in what is asked, and whether it lengthens the wait ("对答复期限有何影响"): the third party\'s time limit', () => {
    const d = timeLimitOf.decide(u({ norm: '申请的资料中含有另一家企业的商业秘密,数据局会如何处理?对答复期限有何影响?' }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.third-party' } });
    // (a review's time limit named beside the secret stays the review's)
    expect(timeLimitOf.decide(u({ norm: '说涉及商业秘密不给公开,多久内可以申请复议?', kind: 'duration' }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy-deadline' } });
  });
  it('from which day the limit counts after a correction ("补正以后答复时间从哪天开始算"): the correction\'s rule (第三十条)', () => {
    expect(timeLimitOf.decide(u({ norm: '补正以后答复时间从哪天开始算?' }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.correction' } });
    expect(timeLimitOf.decide(u({ norm: '那我补完以后,20个工作日从哪天开始算?' }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.correction' } });
    // (no correction: the day a request is received is another intent's)
    expect(timeLimitOf.decide(u({ norm: '答复期限从哪天开始算?' }), {}, kn)).toBeUndefined();
  });
  it('the last clause asks how long a reply takes, the story matched another intent: the general limit; an average asked: no', () => {
    const c = cands(kn, ['procedure.online', 0.65], ['procedure.how', 0.3]);
    const d = timeLimitOf.decide(u({ norm: '在线申请了临朐县政府的信息公开,都半个多月了还没回复正常吗他们最迟多久要答复我啊', kind: 'duration', candidates: c }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'procedure.time' } });
    expect(timeLimitOf.decide(u({ norm: '你们2022年答复一件申请平均用了几天', kind: 'duration', candidates: c }), {}, kn)).toBeUndefined();
  });
  it('a how-long question naming its step: that step\'s limit, whatever the general limit scored', () => {
    const c = cands(kn, ['procedure.time', 0.42], ['procedure.correction', 0.27]);
    expect(timeLimitOf.decide(u({ norm: '申请内容写得不够明确,机关应当在几个工作日内一次性告诉我怎么补正?', kind: 'duration', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.correction' } });
    expect(timeLimitOf.decide(u({ norm: '机关去征求那个人的意见,对方要在多长时间内回复?', kind: 'duration', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.third-party' } });
    expect(timeLimitOf.decide(u({ norm: '直接向法院起诉,期限是多长?', kind: 'duration', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.remedy-deadline' } });
    expect(timeLimitOf.decide(u({ norm: '哪些信息必须主动公开,形成以后多久要挂出来?', kind: 'duration', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.proactive' } });
  });
  it('a row of table 三 counted beside a step\'s words ("补正过了期限没补的…有几件"): a figure, no time limit', () => {
    const m = { table: '三' as const, rows: ['other.no-correction'], cols: [], spans: [], rowsExplicit: true };
    expect(timeLimitOf.decide(u({ norm: '通知补正过了期限没补的,这种不再处理的有几件', kind: 'duration', metric: m }), {}, kn)).toBeUndefined();
  });
  it('no step named, or no how-long asked: no decision', () => {
    expect(timeLimitOf.decide(u({ norm: '一般多久能办好', kind: 'duration' }), {}, kn)).toBeUndefined();
    expect(timeLimitOf.decide(u({ norm: '补正是什么意思', kind: 'what' as never }), {}, kn)).toBeUndefined();
  });
  it('a story, then how long, the story\'s words ranked first: the general time limit when it is a candidate of its own', () => {
    const c = cands(kn, ['procedure.how', 0.49], ['procedure.time', 0.23]);
    const d = timeLimitOf.decide(u({ norm: '我想申请公开征地补偿的文件,递上去以后多少天内要答复我', kind: 'duration', candidates: c }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.time' } });
    // too weak a candidate, a figure asked, or the how-long words not in the last clause: no decision
    expect(timeLimitOf.decide(u({ norm: '我想申请公开征地补偿的文件,递上去以后多少天内能办好', kind: 'duration', candidates: cands(kn, ['procedure.how', 0.49], ['procedure.time', 0.1]) }), {}, kn)).toBeUndefined();
    expect(timeLimitOf.decide(u({ norm: '多久能答复,申请怎么写', kind: 'how' as never, candidates: c }), {}, kn)).toBeUndefined();
  });
  it('a story of a reply not come, the time rule asked, the time limit only a weak best reading: the time limit', () => {
    const q = { norm: '材料寄出去快两个月了一直没有回复,法律上对答复有没有时间规定', kind: 'duration' as const };
    expect(timeLimitOf.decide(u({ ...q, candidates: cands(kn, ['procedure.time', 0.26], ['procedure.where', 0.2]) }), {}, kn)).toMatchObject({ intent: { id: 'procedure.time' } });
    // read clearly (the other rules answer it), or no reply waited for: no decision
    expect(timeLimitOf.decide(u({ ...q, candidates: cands(kn, ['procedure.time', 0.6]) }), {}, kn)).toBeUndefined();
    expect(timeLimitOf.decide(u({ norm: '办公有没有时间规定', kind: 'duration', candidates: cands(kn, ['procedure.time', 0.26]) }), {}, kn)).toBeUndefined();
  });
});


describe('report-deadline', () => {
  it('the deadline for annual reports asked in so many words: the regulation\'s dates, whatever the report\'s own date scored', () => {
    const c = cands(kn, ['report.published', 0.39], ['procedure.annual-report', 0.27]);
    for (const norm of ['年报最晚哪天前要公布', '政府信息公开年度报告按规定应该什么时候前公布', '年报每年几号之前要公布']) {
      expect(reportDeadline.decide(u({ norm, candidates: c }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.annual-report' } });
    }
  });
  it('this report\'s own date asked, no deadline asked, or the rule no candidate: no decision', () => {
    const c = cands(kn, ['report.published', 0.39], ['procedure.annual-report', 0.27]);
    expect(reportDeadline.decide(u({ norm: '这份年报是哪天发布的', candidates: c }), {}, kn)).toBeUndefined();
    expect(reportDeadline.decide(u({ norm: '年报是什么时候公布的', candidates: c }), {}, kn)).toBeUndefined();
    expect(reportDeadline.decide(u({ norm: '年报的期限是多久', candidates: cands(kn, ['report.published', 0.39]) }), {}, kn)).toBeUndefined();
  });
  it('the report, a deadline and publishing it in one run ("下一份年报最晚什么时候要公开"): the rule, even when the classifier read the reply time limit', () => {
    const c = cands(kn, ['procedure.time', 0.48], ['report.published', 0.24]);
    expect(reportDeadline.decide(u({ norm: '我们办下一份年报最晚什么时候要公开?依据哪条?', candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.annual-report' } });
    expect(reportDeadline.decide(u({ norm: '年报里答复期限最晚多久', candidates: c }), {}, kn)).toBeUndefined();
  });
});
