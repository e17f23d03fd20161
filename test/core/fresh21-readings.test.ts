// Readings added after the twenty-first blind round (test/fixtures/reports-fresh21-new: five offices' pages
// cut at ~2,000 bytes).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh21-new' })).kn;
});
const ask = (q: string) => decide(kn, q, {}).answer;

describe('counts told in the text', () => {
  it('a breakdown sentence ("其中,…305条,…") comes after the total it breaks down ("全州主动公开各类政府信息55236条")', () => {
    const t = ask('大里州23年公开了多少条信息啊').text;
    expect(t).toContain('55236条');
    expect(t.indexOf('55236')).toBeLessThan(t.indexOf('其中'));
  });
  it('"有人找镇里申请信息公开吗": the requests received, told in the text', () => {
    expect(ask('大云镇24年有人找镇里申请信息公开吗').text).toContain('收到依申请公开件1件');
  });
  it('"银川经开区" names the zone\'s 管委会', () => {
    expect(ask('银川经开区2021年主动公开了多少条').text).toContain('1528条');
  });
});
