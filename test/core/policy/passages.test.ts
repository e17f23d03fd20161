import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { passageFollowUp, rareTermPassage, reportOnlyWords } from '../../../src/core/policy/passages.js';
import { cands, knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const q = { norm: '线下政务公开专区建在哪', reportOnlyWords: ['专区'] };

describe('report-only-words', () => {
  it('"…报告里有提到吗" asks whether the report says it: the passage of the thing asked, not of 报告/提到', () => {
    const norm = '南岗区政务服务中心在哪儿?报告里有提到吗';
    const d = reportOnlyWords.decide(u({ norm, classifierText: norm, focus: norm, reportOnlyWords: ['服务中心'], candidates: cands(kn, ['contact.address', 0.35]) }), {}, kn);
    expect(JSON.stringify(d)).toContain('中山路181号');
  });
  it('rare report words beside a template match: the passage that holds them', () => {
    const d = reportOnlyWords.decide(u({ ...q, candidates: cands(kn, ['contact.address', 0.5]) }), {}, kn);
    expect(d?.kind).toBe('passage');
    expect(d?.kind === 'passage' && d.parts.lines.join('')).toContain('中山路181号');
  });
  it('a strong match, a handler intent, or no report-only words: no decision', () => {
    expect(reportOnlyWords.decide(u({ ...q, candidates: cands(kn, ['contact.address', 0.85]) }), {}, kn)).toBeUndefined();
    expect(reportOnlyWords.decide(u({ ...q, candidates: cands(kn, ['report.platform', 0.5]) }), {}, kn)).toBeUndefined();
    expect(reportOnlyWords.decide(u({ ...q, reportOnlyWords: [], candidates: cands(kn, ['contact.address', 0.5]) }), {}, kn)).toBeUndefined();
  });
});

describe('a passage of the newest report for a relative year not loaded', () => {
  it('"今年南岗区的年度报告发了没有": says first that there is no such report', async () => {
    const { loadKnowledge } = await import('../../../src/core/bot.js');
    const { decide } = await import('../../../src/core/engine.js');
    const years = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-years', defaultOffice: '南岗区人民政府办公室' })).kn;
    const a = decide(years, '今年南岗区的年度报告发了没有', {}, new Date('2026-11-30T12:00:00+08:00')).answer;
    expect(a.text).toMatch(/^目前只有2023年及以前的报告，还没有2026年的/);
  });
});

describe('rare-term-passage', () => {
  it('a long word only the report uses, asked how it stands: its sentence and the next one about it', () => {
    const norm = '年报里说线下政务公开专区还没建起来,是卡在哪儿了?';
    const d = rareTermPassage.decide(u({ norm, classifierText: norm, focus: norm, reportOnlyWords: ['政务公开专区'], candidates: cands(kn, ['contact.address', 0.28]) }), {}, kn);
    expect(JSON.stringify(d)).toContain('中山路181号');
    expect(JSON.stringify(d)).toContain('专项资金');
  });
  it('where the thing is, over a strong match of the office address ("线下政务公开专区在哪"): the report\'s place for it', () => {
    const q2 = (norm: string, words: string[], score: number) => u({ norm, classifierText: norm, focus: norm, reportOnlyWords: words, candidates: cands(kn, ['contact.address', score]) });
    const d = rareTermPassage.decide(q2('线下政务公开专区在哪', ['政务公开专区'], 0.5), {}, kn);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('中山路181号');
  });
  it('a strong match of another intent, a day named, or no long report-only word: no decision', () => {
    const q2 = (norm: string, words: string[], score: number) => u({ norm, classifierText: norm, focus: norm, reportOnlyWords: words, candidates: cands(kn, ['contact.address', score]) });
    expect(rareTermPassage.decide(u({ norm: '政务公开专区电话多少', classifierText: '政务公开专区电话多少', focus: '政务公开专区电话多少', reportOnlyWords: ['政务公开专区'], candidates: cands(kn, ['contact.phone', 0.6]) }), {}, kn)).toBeUndefined();
    expect(rareTermPassage.decide(q2('今天政务公开专区开门吗', ['政务公开专区'], 0.2), {}, kn)).toBeUndefined();
    expect(rareTermPassage.decide(q2('专区在哪', ['专区'], 0.2), {}, kn)).toBeUndefined();
  });
});

describe('passage-follow-up', () => {
  it('a report word right after an answer from the text ("新增的是哪个单位的" after the accounts counted): its passage', () => {
    const state = { intent: 'report.passage', text: '全区政务新媒体账号有多少个' };
    const d = passageFollowUp.decide(u({ norm: '新增的是哪个单位的', reportOnlyWords: ['新增'] }), state, kn);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('南岗警事');
  });
  it('not after a template answer, not with a report named, not with no report word: no decision', () => {
    const state = { intent: 'report.passage', text: '全区政务新媒体账号有多少个' };
    expect(passageFollowUp.decide(u({ norm: '新增的是哪个单位的', reportOnlyWords: ['新增'] }), { ...state, intent: 'contact.phone' }, kn)).toBeUndefined();
    expect(passageFollowUp.decide(u({ norm: '电话多少', reportOnlyWords: [] }), state, kn)).toBeUndefined();
    expect(passageFollowUp.decide(u({ norm: '2021年新增的是哪个单位的', reportOnlyWords: ['新增'], slots: slots({ years: [2021] }) }), state, kn)).toBeUndefined();
  });
});
