// Readings added after the twenty-third blind round (test/fixtures/reports-real: 淮安市 2024, 洪泽区 2023/2024).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-real', defaultOffice: '淮安市人民政府' })).kn;
});

describe('fresh23 readings', () => {
  it('"淮安市政府同一年呢" after a figure of 洪泽区 2024: the same figure, same year, for 淮安市', () => {
    const a = decide(kn, '洪泽区2024年本机关不掌握相关政府信息的有多少件', {});
    const b = decide(kn, '淮安市政府同一年呢', a.state);
    expect(b.answer.rule).toBe('slot-only-follow-up');
    expect(b.answer.text).toContain('淮安市人民政府2024年');
    expect(b.answer.text).toContain('769 件');
  });
  it('a breakdown going on from a sentence about requests ("全年受理依申请信息公开21件…。其中予以公开10件,部分公开2件。")', async () => {
    const pages = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh23-new' })).kn;
    const t = decide(pages, '济宁人社局2020年予以公开几件，部分公开几件？', {}).answer.text;
    expect(t).toContain('予以公开10件');
    expect(t).toContain('部分公开2件');
  });
  it('rows told in the text asked added up ("新收加上年结转一共要办理多少件"): both clauses and their sum', async () => {
    const pages = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh23-new' })).kn;
    const t = decide(pages, '井研县自然资源局2025年新收加上年结转一共要办理多少件申请？', {}).answer.text;
    expect(t).toContain('合计：12 + 2 = 14件（按报告数字计算）');
    expect(decide(pages, '井研县自然资源局2025年新收多少件', {}).answer.text).not.toContain('合计');
  });
});

