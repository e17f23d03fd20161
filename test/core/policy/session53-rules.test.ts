// Rules added in session 53, on hand-built readings and the reports they were added for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';
import { cands, knowledge, metric, slots, u } from './helpers.js';
import { beforeChangeInLastAnswer, clauseOfLastPassage, howDoneInLastAnswer, restInLastAnswer } from '../../../src/core/policy/last-answer-count.js';
import { judgementAsked } from '../../../src/core/policy/off-topic.js';
import { proactiveAreasAsked } from '../../../src/core/policy/proactive-areas.js';
import { complaintsNotCounted, noneInText } from '../../../src/core/policy/none-in-text.js';
import { whyOfNamedReportAction } from '../../../src/core/policy/why-report-says.js';
import { ownRecordWrong } from '../../../src/core/policy/own-record.js';
import { whyOfToldCountOverStory } from '../../../src/core/policy/quoted-count-why.js';

let tianjin: Knowledge;
let tieling: Knowledge;
let weiyuan: Knowledge;
let mudanjiang: Knowledge;
let haikou: Knowledge;
let zongyang: Knowledge;
let shenjiting: Knowledge;
let nangang: Knowledge;
let xiangan: Knowledge;
beforeAll(async () => {
  tianjin = await knowledge('test/fixtures/reports-fresh205-newa');
  tieling = await knowledge('test/fixtures/reports-fresh205-newb');
  weiyuan = await knowledge('test/fixtures/reports-fresh207-newa');
  mudanjiang = xiangan = await knowledge('test/fixtures/reports-fresh207-newb');
  haikou = await knowledge('test/fixtures/reports-fresh208-newb');
  zongyang = await knowledge('test/fixtures/reports-fresh209-newb');
  shenjiting = await knowledge('test/fixtures/reports-fresh211-newa');
  nangang = await knowledge('data/reports');
});

const lines = (d: Decision | undefined): string => (d?.kind === 'passage' ? d.parts.lines.join('') : '');

describe('rest-in-last-answer', () => {
  const state = { intent: PASSAGE_INTENT, report: '天津市人民政府-2020', text: '天津2020年市长信箱收到多少留言' };
  it('the rest asked right after a passage that tells what became of it: that clause', () => {
    expect(lines(restInLastAnswer.decide(u({ norm: '没办完的那些怎么处理了' }), state, tianjin))).toContain('结转2021年度');
  });
  it('the same words with no passage before, or a question of its own: no decision', () => {
    expect(restInLastAnswer.decide(u({ norm: '没办完的那些怎么处理了' }), {}, tianjin)).toBeUndefined();
    expect(restInLastAnswer.decide(u({ norm: '剩下的申请为什么没有答复,我该怎么投诉' }), state, tianjin)).toBeUndefined();
  });
});

describe('judgement-asked', () => {
  it('the bot\'s judgement of which office does better: the fallback', () => {
    expect(judgementAsked.decide(u({ norm: '你觉得哪个单位信息公开做得更好' }), {}, tieling)?.kind).toBe('fallback');
    expect(judgementAsked.decide(u({ norm: '哪家干得最差' }), {}, tieling)?.kind).toBe('fallback');
  });
  it('a count ranked ("哪个单位收到的申请最多"), or a figure read: not this rule\'s', () => {
    expect(judgementAsked.decide(u({ norm: '哪个单位收到的申请最多' }), {}, tieling)).toBeUndefined();
    expect(judgementAsked.decide(u({ norm: '你觉得哪个好', metric: metric() }), {}, tieling)).toBeUndefined();
  });
});

describe('proactive-areas-asked', () => {
  const tieling2024 = slots({ offices: ['铁岭市人民政府'], years: [2024], spans: [{ start: 0, end: 7 }] });
  it('which areas were published: the points of the 主动公开 part, each by its opening sentence', () => {
    const d = proactiveAreasAsked.decide(u({ norm: '铁岭市2024年主动公开了哪几方面的信息', slots: tieling2024 }), {}, tieling);
    expect(lines(d)).toContain('一是优化营商环境信息。');
    expect(lines(d)).toContain('五是政策发布解读。');
  });
  it('why so much asked: said first that the report gives no reason of its own', () => {
    const d = proactiveAreasAsked.decide(u({ norm: '铁岭市2024年公开的信息为什么这么多', slots: tieling2024 }), {}, tieling);
    expect(d?.kind === 'passage' ? d.parts.head : '').toContain('没有专门解释');
  });
  it('a report with no list of points: its one sentence listing the kinds published, when the report is named (session 58)', () => {
    const d = proactiveAreasAsked.decide(u({ norm: '景德镇公路中心主动公开了哪些方面', slots: slots({ offices: ['景德镇市公路事业发展中心'] }) }), {}, tieling);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('机构职能、领导信息、工作动态');
    // (no report named: no decision — the law's list is another rule's)
    expect(proactiveAreasAsked.decide(u({ norm: '主动公开了哪些方面' }), {}, tieling)).toBeUndefined();
  });
});

describe('none-in-text', () => {
  const weiyuanSlots = slots({ offices: ['互助土族自治县威远镇人民政府'], spans: [{ start: 0, end: 3 }] });
  it('how many complaints, the text saying none came: that sentence, so none', () => {
    const d = noneInText.decide(u({ norm: '威远镇收到过几次投诉', kind: 'count', quantity: true, slots: weiyuanSlots }), {}, weiyuan);
    expect(lines(d)).toContain('全年未收到');
    expect(lines(d)).toContain('0');
  });
  it('how to complain, or the requests the tables count: not none-in-text\'s', () => {
    expect(noneInText.decide(u({ norm: '威远镇怎么投诉', kind: 'how', slots: weiyuanSlots }), {}, weiyuan)).toBeUndefined();
    expect(noneInText.decide(u({ norm: '威远镇收到几件申请', kind: 'count', quantity: true, slots: weiyuanSlots, metric: metric({ rows: ['new'] }) }), {}, weiyuan)).toBeUndefined();
  });
});

describe('complaints-not-counted', () => {
  it('complaints counted of a report whose text counts none: the fallback, not the requests', () => {
    expect(complaintsNotCounted.decide(u({ norm: '南岗区收到过几次投诉', metric: metric({ rows: ['new'], vague: true }) }), {}, nangang)?.kind).toBe('fallback');
  });
  it('complaints named as a row of table 三 (信访举报投诉类), or with 申请: not this rule\'s', () => {
    expect(complaintsNotCounted.decide(u({ norm: '信访举报投诉类有几件', metric: metric({ rows: ['not-handled.complaint'] }) }), {}, nangang)).toBeUndefined();
    expect(complaintsNotCounted.decide(u({ norm: '投诉申请有多少件' }), {}, nangang)).toBeUndefined();
  });
});

describe('why-of-named-report-action', () => {
  const mudanjiang2019 = slots({ offices: ['牡丹江市人民政府办公室'], years: [2019], spans: [{ start: 0, end: 6 }, { start: 6, end: 11 }] });
  it('why an office did a thing in a year, both named: the one sentence holding the thing', () => {
    const d = whyOfNamedReportAction.decide(u({ norm: '牡丹江市政府办2019年为什么修订公开指南', kind: 'why', slots: mudanjiang2019 }), {}, mudanjiang);
    expect(lines(d)).toContain('及时修订完善公开指南');
  });
  it('no year named, or one word of the thing only: no decision', () => {
    expect(whyOfNamedReportAction.decide(u({ norm: '牡丹江市政府办为什么修订公开指南', kind: 'why', slots: slots({ offices: ['牡丹江市人民政府办公室'], spans: [{ start: 0, end: 6 }] }) }), {}, mudanjiang)).toBeUndefined();
    expect(whyOfNamedReportAction.decide(u({ norm: '牡丹江市政府办2019年为什么公开', kind: 'why', slots: mudanjiang2019 }), {}, mudanjiang)).toBeUndefined();
  });
});

describe('before-change-in-last-answer', () => {
  const state = { intent: PASSAGE_INTENT, report: '海口市人民政府-2009', text: '海口市2009年政府信息公开主管部门是哪个' };
  it('what came before a change told in the last passage: the old one', () => {
    expect(lines(beforeChangeInLastAnswer.decide(u({ norm: '之前是哪个部门管' }), state, haikou))).toContain('调整前是市政务公开协调小组');
  });
  it('no passage before, or no before asked: no decision', () => {
    expect(beforeChangeInLastAnswer.decide(u({ norm: '之前是哪个部门管' }), {}, haikou)).toBeUndefined();
    expect(beforeChangeInLastAnswer.decide(u({ norm: '现在是哪个部门管' }), state, haikou)).toBeUndefined();
  });
});

describe('how-done-in-last-answer', () => {
  const state = { intent: 'figures.query', report: '枞阳县信访局-2020', text: '枞阳县信访局2020年收到几件信息公开申请' };
  it('how they were answered, right after the count: the clause that tells it', () => {
    expect(lines(howDoneInLastAnswer.decide(u({ norm: '他们是怎么回复的' }), state, zongyang))).toContain('电子邮件或纸质信件');
  });
  it('how to do it oneself ("我怎么申请"), or nothing before: no decision', () => {
    expect(howDoneInLastAnswer.decide(u({ norm: '我怎么申请' }), state, zongyang)).toBeUndefined();
    expect(howDoneInLastAnswer.decide(u({ norm: '他们是怎么回复的' }), {}, zongyang)).toBeUndefined();
  });
});

describe('clause-of-last-passage', () => {
  const state = { intent: PASSAGE_INTENT, report: '吉林省审计厅-2017', text: '领导小组办公室设在哪个部门' };
  it('a short follow-up whose words stand in one clause of the passage spoken of: that clause', () => {
    expect(lines(clauseOfLastPassage.decide(u({ norm: '调整情况报哪里备案' }), state, shenjiting))).toContain('省政务公开办备案');
  });
  it('a question of the procedure read confidently: the rules, not a clause of the report', () => {
    const norm = '申请答复多久';
    expect(clauseOfLastPassage.decide(u({ norm, candidates: cands(shenjiting, ['procedure.time', 0.8]) }), state, shenjiting)).toBeUndefined();
  });
});

describe('own-record-wrong', () => {
  it('a record about oneself said wrong, its correction asked: 第四十一条\'s intent', () => {
    const d = ownRecordWrong.decide(u({ norm: '关于我的记录写错了能让他们改吗' }), {}, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.correct-record');
  });
  it('an application of one\'s own said wrong ("申请表写错了"), or no correction asked: no decision', () => {
    expect(ownRecordWrong.decide(u({ norm: '申请表写错了怎么办' }), {}, nangang)).toBeUndefined();
    expect(ownRecordWrong.decide(u({ norm: '我的信息写错了是谁的责任' }), {}, nangang)).toBeUndefined();
  });
});

describe('why-of-told-count-over-story', () => {
  const xianganSlots = slots({ offices: ['厦门市翔安区人民政府办公室'], years: [2021], spans: [{ start: 0, end: 6 }, { start: 6, end: 11 }] });
  it('one count quoted with a why, a procedure read confidently: the sentence that holds the count, no reason given', () => {
    const norm = '翔安区政府办2021年主动公开的文件里国土资源城乡建设类为啥有285份';
    const d = whyOfToldCountOverStory.decide(u({ norm, kind: 'why', slots: xianganSlots, candidates: cands(xiangan, ['procedure.proactive', 0.7]) }), {}, xiangan);
    expect(lines(d)).toContain('国土资源城乡建设类285份');
    expect(lines(d)).toContain('报告没有说明原因');
  });
  it('no procedure read, or two counts quoted: left to the rules after it', () => {
    const norm = '翔安区政府办2021年主动公开的文件里国土资源城乡建设类为啥有285份';
    expect(whyOfToldCountOverStory.decide(u({ norm, kind: 'why', slots: xianganSlots, candidates: cands(xiangan, ['figures.query', 0.7]) }), {}, xiangan)).toBeUndefined();
    const two = '翔安区政府办2021年主动公开334份文件为啥国土资源城乡建设类有285份';
    expect(whyOfToldCountOverStory.decide(u({ norm: two, kind: 'why', slots: xianganSlots, candidates: cands(xiangan, ['procedure.proactive', 0.7]) }), {}, xiangan)).toBeUndefined();
  });
});

describe('official-in-report', () => {
  let maoming: Knowledge;
  beforeAll(async () => {
    maoming = await knowledge('test/fixtures/reports-fresh212-newa');
  });
  const maomingSlots = slots({ offices: ['茂名市人民政府'], years: [2016], spans: [{ start: 0, end: 3 }, { start: 3, end: 8 }] });
  it('the official who leads the work, of a report naming one: that sentence', async () => {
    const { officialInReport } = await import('../../../src/core/policy/official-named.js');
    expect(lines(officialInReport.decide(u({ norm: '茂名市2016年由哪位领导分管政务公开', slots: maomingSlots }), {}, maoming))).toContain('吴刚强');
  });
  it('of a report naming none (南岗), no decision: the fallback for officials stays', async () => {
    const { officialInReport } = await import('../../../src/core/policy/official-named.js');
    expect(officialInReport.decide(u({ norm: '南岗区由哪位领导分管政务公开' }), {}, nangang)).toBeUndefined();
  });
});

describe('unit-in-report', () => {
  let maoming: Knowledge;
  beforeAll(async () => {
    maoming = await knowledge('test/fixtures/reports-fresh212-newa');
  });
  const beichenSlots = slots({ offices: ['天津市北辰区人民政府'], spans: [{ start: 0, end: 3 }] });
  it('the section that does the work, of a report naming one: that sentence; a report naming none: no decision', async () => {
    const { unitInReport } = await import('../../../src/core/policy/official-named.js');
    expect(lines(unitInReport.decide(u({ norm: '北辰区具体是哪个科在办', slots: beichenSlots }), {}, maoming))).toContain('政务信息科');
    expect(unitInReport.decide(u({ norm: '哪个科在办' }), {}, tianjin)).toBeUndefined();
  });
});

describe('remedy-of-same-kind', () => {
  it('the other remedy named alone right after an answer on one: the same intent again', async () => {
    const { remedyOfSameKind } = await import('../../../src/core/policy/remedy-follow-up.js');
    const d = remedyOfSameKind.decide(u({ norm: '那申请复议呢' }), { intent: 'procedure.remedy-deadline' }, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.remedy-deadline');
  });
  it('after a figure, or a remedy asked with more words: no decision (table 四, or the remedy rules read it)', async () => {
    const { remedyOfSameKind } = await import('../../../src/core/policy/remedy-follow-up.js');
    expect(remedyOfSameKind.decide(u({ norm: '那申请复议呢' }), { intent: 'figures.query' }, nangang)).toBeUndefined();
    expect(remedyOfSameKind.decide(u({ norm: '那申请复议要准备什么材料' }), { intent: 'procedure.remedy-deadline' }, nangang)).toBeUndefined();
  });
});

describe('none-in-text: complaints read as table 三\'s petitions row (session 65)', () => {
  it('"举报投诉" run together, no request named, the row unfilled: the sentence saying none came', async () => {
    const tai = (await import('../../../src/core/bot.js')).loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh246-newa' });
    const kn = (await tai).kn;
    const d = noneInText.decide(u({ norm: '泰安高新区有没有人举报投诉过', kind: 'yesno', slots: slots({ offices: ['泰安高新区'] }), metric: metric({ rows: ['rejected.petition'] }) }), {}, kn);
    expect(lines(d)).toContain('未出现举报或投诉');
  });
  it('the row asked with 申请: the table rules\', not this one', async () => {
    const kn = (await (await import('../../../src/core/bot.js')).loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh246-newa' })).kn;
    expect(noneInText.decide(u({ norm: '泰安高新区信访举报投诉类申请有几件', kind: 'count', quantity: true, slots: slots({ offices: ['泰安高新区'] }), metric: metric({ rows: ['rejected.petition'] }) }), {}, kn)).toBeUndefined();
  });
});
