// New rules of session 46, on the reports they were written for (test/fixtures/reports-fresh170-*).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { renderMetric, textOf } from '../../../src/answer/render.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { actionTold } from '../../../src/core/policy/action-told.js';
import { oldFormatColumnFollowUp } from '../../../src/core/policy/old-format-column-follow-up.js';
import { citedTimeLimitChecked, currentLawAsked } from '../../../src/core/policy/current-law.js';
import { figureConfirmed } from '../../../src/core/policy/figure-confirmed.js';
import { whyOfLastPassage } from '../../../src/core/policy/why-follow-up.js';
import { priorYearFromChange } from '../../../src/core/policy/prior-year-from-change.js';
import { improvementsFollowUp } from '../../../src/core/policy/shortcoming-why.js';
import { sumInLastAnswer } from '../../../src/core/policy/last-answer-count.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';
import { reportById } from '../../../src/core/select.js';

let newa170: Knowledge;
let newb170: Knowledge;
beforeAll(async () => {
  newa170 = await knowledge('test/fixtures/reports-fresh170-newa');
  newb170 = await knowledge('test/fixtures/reports-fresh170-newb');
});
const said = (d: Decision | undefined) => (d && d.kind === 'passage' ? textOf(d.parts) : '');

describe('action-told', () => {
  const lizhou = { report: '广元市利州区人民政府-2023' };
  const henan = { report: '河南省环境保护厅-2016' };
  it('what a thing the report did was for: its sentence, with the purpose that follows it', () => {
    const text = said(actionTold.decide(u({ norm: '利州区把网站邮寄现场几种受理渠道畅通起来,目的是啥?' }), lizhou, newa170));
    expect(text).toContain('受理渠道');
    expect(text).toContain('提高申请件办理率');
  });
  it('which document a thing followed: the sentence naming the document', () => {
    const text = said(actionTold.decide(u({ norm: '环保厅那个政务公开工作实施方案依据的是哪个文件' }), henan, newa170));
    expect(text).toMatch(/86[号號]/);
  });
  it('the report itself, nothing of the kind asked, or words the report lacks: no decision', () => {
    expect(actionTold.decide(u({ norm: '这份年报是按照哪个文件编制的' }), henan, newa170)).toBeUndefined();
    expect(actionTold.decide(u({ norm: '利州区受理渠道有哪些' }), lizhou, newa170)).toBeUndefined();
    expect(actionTold.decide(u({ norm: '建设智慧停车场是为了什么' }), lizhou, newa170)).toBeUndefined();
  });
});

describe('old-format-column-follow-up', () => {
  const after = { report: '武湖街-2020', metric: metric({ table: '二', rows: ['normative'], cols: ['issued'] }) };
  it('a column of the 2019 format only printed, right after a figure of its row: the row as printed', () => {
    const d = oldFormatColumnFollowUp.decide(u({ norm: '那本年新公开的呢', followUp: { is: true, onlySlots: false } }), after, newb170);
    expect(d?.kind).toBe('figure');
    const r = reportById(newb170, '武湖街-2020')!;
    const text = d && d.kind === 'figure' ? textOf(renderMetric(r, d.metric)) : '';
    expect(text).toContain('本年新公开数量 0');
  });
  it('a column the catalogue holds, no figure before, or a long message: no decision', () => {
    expect(oldFormatColumnFollowUp.decide(u({ norm: '对外公开总数量呢' }), after, newb170)).toBeUndefined();
    expect(oldFormatColumnFollowUp.decide(u({ norm: '新公开的呢' }), { report: '武湖街-2020' }, newb170)).toBeUndefined();
    expect(oldFormatColumnFollowUp.decide(u({ norm: '武湖街道办事处规范性文件本年新公开的有多少件请告诉我' }), after, newb170)).toBeUndefined();
  });
});

describe('current-law-asked', () => {
  it('the old regulation named and asked whether it holds now: the regulation in force', async () => {
    const kn = await knowledge();
    const d = currentLawAsked.decide(u({ norm: '那个492号的老条例现在还有效吗' }), {}, kn);
    expect(d && d.kind === 'intent' ? d.intent.id : '').toBe('procedure.law');
    const back = currentLawAsked.decide(u({ norm: '现在申请还按这个吗' }), { text: '年报是根据哪个条例编的' }, kn);
    expect(back && back.kind === 'intent' ? back.intent.id : '').toBe('procedure.law');
  });
  it('no old regulation, nothing pointed back at, or not asked of now: no decision', async () => {
    const kn = await knowledge();
    expect(currentLawAsked.decide(u({ norm: '现在申请还按这个吗' }), { text: '电话多少' }, kn)).toBeUndefined();
    expect(currentLawAsked.decide(u({ norm: '老条例是哪年公布的' }), {}, kn)).toBeUndefined();
  });
});

describe('cited-time-limit-checked', () => {
  it('an article and a limit to answer cited, asked whether right: the time limit in force', async () => {
    const kn = await knowledge();
    const d = citedTimeLimitChecked.decide(u({ norm: '文书里写依据条例第二十条,10个工作日内答复,对吗' }), {}, kn);
    expect(d && d.kind === 'intent' ? d.intent.id : '').toBe('procedure.time');
  });
  it('a review\'s or a correction\'s limit, or nothing checked: no decision', async () => {
    const kn = await knowledge();
    expect(citedTimeLimitChecked.decide(u({ norm: '行政复议法第二十条,60日内答复复议申请,对吗' }), {}, kn)).toBeUndefined();
    expect(citedTimeLimitChecked.decide(u({ norm: '第三十三条规定20个工作日内答复' }), {}, kn)).toBeUndefined();
  });
});

describe('figure-confirmed', () => {
  const after = { metric: metric({ rows: ['new'], cols: [] }), report: '南岗区人民政府办公室-2022' };
  it('the figure just given said back with a doubt: that figure again', async () => {
    const kn = await knowledge();
    for (const norm of ['是15件吧', '你说的是十五个吧?不是五十个?']) {
      const d = figureConfirmed.decide(u({ norm }), after, kn);
      expect(d?.kind).toBe('figure');
      expect(d && d.kind === 'figure' ? d.metric.rows : []).toEqual(['new']);
    }
  });
  it('no figure before, another thing named, or a long message: no decision', async () => {
    const kn = await knowledge();
    expect(figureConfirmed.decide(u({ norm: '是15件吧' }), {}, kn)).toBeUndefined();
    expect(figureConfirmed.decide(u({ norm: '那自然人是15件吧' }), after, kn)).toBeUndefined();
    expect(figureConfirmed.decide(u({ norm: '我记得以前听人说过好像是15件吧' }), after, kn)).toBeUndefined();
  });
});

describe('why-of-last-passage', () => {
  const after = { intent: PASSAGE_INTENT, report: '南岗区人民政府办公室-2022', text: '南岗区线下政务公开专区准备建几个功能区?' };
  it('a bare why or done-yet right after a passage that tells a wait: that passage again', async () => {
    const kn = await knowledge();
    for (const norm of ['为啥还没建好', '现在建成了吗']) {
      const text = said(whyOfLastPassage.decide(u({ norm, kind: norm.startsWith('为') ? 'why' : 'yesno' }), after, kn));
      expect(text).toContain('待资金批复');
    }
  });
  it('no passage before, a long message, or the procedure named: no decision', async () => {
    const kn = await knowledge();
    expect(whyOfLastPassage.decide(u({ norm: '为啥还没建好' }), {}, kn)).toBeUndefined();
    expect(whyOfLastPassage.decide(u({ norm: '为什么不给我公开' }), after, kn)).toBeUndefined();
    expect(whyOfLastPassage.decide(u({ norm: '为什么这个专区到现在都还没有建好呢请说明' }), after, kn)).toBeUndefined();
  });
});

describe('improvements-follow-up', () => {
  it('how it will be put right, right after the problems: the improvements', async () => {
    const kn = await knowledge();
    const d = improvementsFollowUp.decide(u({ norm: '那怎么办', text: '那咋改', followUp: { is: true, onlySlots: false } }), { intent: 'report.problems' }, kn);
    expect(d && d.kind === 'intent' ? d.intent.id : '').toBe('report.improvements');
  });
  it('not after the problems, or no fixing asked: no decision', async () => {
    const kn = await knowledge();
    expect(improvementsFollowUp.decide(u({ norm: '那咋改', followUp: { is: true, onlySlots: false } }), { intent: 'procedure.how' }, kn)).toBeUndefined();
    expect(improvementsFollowUp.decide(u({ norm: '还有呢', followUp: { is: true, onlySlots: false } }), { intent: 'report.problems' }, kn)).toBeUndefined();
  });
});

describe('prior-year-from-change', () => {
  const shanghai = { report: '上海市生态环境局-2020' };
  it('a count of the year before the one loaded, which that report states with its change: worked out, said as worked out', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh175-newa');
    const text = said(priorYearFromChange.decide(u({ norm: '2019年行政处罚事项有几项', slots: slots({ years: [2019] }) }), shanghai, kn));
    expect(text).toContain('没有加载2019年的报告');
    expect(text).toContain('35项');
  });
  it('a year that is loaded, a thing the sentence does not name, or two years back: no decision', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh175-newa');
    expect(priorYearFromChange.decide(u({ norm: '2020年行政处罚事项有几项', slots: slots({ years: [2020] }) }), shanghai, kn)).toBeUndefined();
    expect(priorYearFromChange.decide(u({ norm: '2019年信访件有几件', slots: slots({ years: [2019] }) }), shanghai, kn)).toBeUndefined();
    expect(priorYearFromChange.decide(u({ norm: '2018年行政处罚事项有几项', slots: slots({ years: [2018] }) }), shanghai, kn)).toBeUndefined();
  });
});

describe('sum-in-last-answer', () => {
  const after = { intent: PASSAGE_INTENT, report: '咸宁市咸安区汀泗桥镇人民政府-2023', text: '汀泗桥镇机关在职人员有几个?' };
  it('a bare sum right after a passage: the counts of the clause the question before named, added', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh175-newa');
    const text = said(sumInLastAnswer.decide(u({ norm: '这两个加起来多少' }), after, kn));
    expect(text).toContain('34 + 2 = 36人');
    expect(text).not.toContain('39');
  });
  it('no passage before, or something named of its own: no decision', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh175-newa');
    expect(sumInLastAnswer.decide(u({ norm: '加起来是多少' }), {}, kn)).toBeUndefined();
    expect(sumInLastAnswer.decide(u({ norm: '退休和遗属加起来是多少' }), after, kn)).toBeUndefined();
  });
});

