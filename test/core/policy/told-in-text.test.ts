// Figures an unseen office's page tells only in its text (tables cut off): the sentence found through the
// real understanding and policy, on the fresh27-new fixtures (pages of offices the project never tuned on).
import { beforeAll, describe, expect, it } from 'vitest';
import { decide, type ConvState } from '../../../src/core/engine.js';
import { loadKnowledge } from '../../../src/core/bot.js';
import type { Knowledge } from '../../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh27-new' })).kn;
});

function ask(text: string) {
  const state: ConvState = {};
  return decide(kn, text, state, new Date('2026-06-01T10:00:00Z')).answer;
}

describe('figure-question: a table-三 figure the text tells in a sentence of its own', () => {
  it('"政府信息公开申请办了多少件": the words every report holds left out, the count is found ("全年累计办理申请29件")', () => {
    const a = ask('彭阳县2022年政府信息公开申请办了多少件?');
    expect(a.rule).toBe('figure-question');
    expect(a.text).toContain('全年累计办理申请29件');
  });
});

describe('count-in-text-over-row: a table word with its how-many words', () => {
  it('"重大项目批复公开了几件": the text\'s count of 重大项目批复, not table 三\'s 予以公开', () => {
    const a = ask('天津市发展改革委2021年重大项目批复公开了几件?');
    expect(a.rule).toBe('count-in-text-over-row');
    expect(a.text).toContain('重大项目批复105件');
  });
  it('"予以公开了几件": 予以 is part of the row\'s name, the table row stays', () => {
    expect(ask('天津市发展改革委2021年予以公开了几件?').rule).not.toBe('count-in-text-over-row');
  });
});

describe('figure-question: requests counted in 例 (fresh28-newa, 金华市市场监管局)', () => {
  it('"受理依申请公开多少件" when the text says "共受理依申请政府信息公开事项17例": that sentence', async () => {
    const jh = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh28-newa' })).kn;
    const a = decide(jh, '金华市市场监督管理局22年受理依申请公开多少件？', {}, new Date('2026-06-01T10:00:00Z')).answer;
    expect(a.text).toContain('17例');
  });
});

describe('vague-figure-report-words: a passage without a count answers no how-many', () => {
  it('"全县一共收到多少件…申请" on a page cut before its figures: never the preface listing six sections', async () => {
    const da = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh28-newa' })).kn;
    const a = decide(da, '东阿县2023年全县一共收到多少件政府信息公开申请？', {}, new Date('2026-06-01T10:00:00Z')).answer;
    expect(a.rule).not.toBe('vague-figure-report-words');
    expect(a.text).not.toContain('六个部分');
  });
});
