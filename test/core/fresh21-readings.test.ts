// Readings added after the twenty-first blind round (test/fixtures/reports-fresh21-new: five offices' pages
// cut at ~2,000 bytes).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
let other: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh21-new' })).kn;
  other = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-other' })).kn;
});
const ask = (q: string) => decide(kn, q, {}).answer;

describe('counts told in the text', () => {
  it('a breakdown sentence ("其中,…305条,…") comes after the total it breaks down ("全州主动公开各类政府信息55236条")', () => {
    const t = ask('大里州23年公开了多少条信息啊').text;
    expect(t).toContain('55236条');
    // (the year's total clause alone since session 15 — proactive-total-told —, or the total before its breakdown)
    if (t.includes('其中')) expect(t.indexOf('55236')).toBeLessThan(t.indexOf('其中'));
    expect(t).not.toMatch(/^[^5]*305条/);
  });
  it('"结转上年…0件" (the words the other way round) is the carried row; the balance checked from the text', () => {
    expect(ask('大理州2023年上年结转多少件').text).toContain('结转上年政府信息公开申请0件');
    expect(ask('大理州2023年依申请公开:新收加上年结转,是否等于办理完成加结转下年?把数字列出来').text).toContain('本年新收 354 + 上年结转 0 = 354 件；办理结果总计 353 + 结转下年度 1 = 354 件；两边相等');
  });
  it('"有人找镇里申请信息公开吗": the requests received, told in the text', () => {
    expect(ask('大云镇24年有人找镇里申请信息公开吗').text).toContain('收到依申请公开件1件');
  });
  it('"银川经开区" names the zone\'s 管委会', () => {
    expect(ask('银川经开区2021年主动公开了多少条').text).toContain('1528条');
  });
});

describe('four offices loaded (reports-other)', () => {
  it('"这四个单位哪个不予处理的申请最多": ranked (单位 names the offices), then its reasons, then another office\'s figure', () => {
    const first = decide(other, '这四个单位哪个不予处理的申请最多', {});
    expect(first.answer.rule).toBe('across-offices');
    expect(first.answer.text).toContain('最多的是临朐县人民政府办公室2024年');
    const why = decide(other, '它那10件都是啥理由', first.state);
    expect(why.answer.rule).toBe('reasons-follow-up');
    expect(why.answer.text).toContain('信访举报投诉类申请 5 件');
    const next = decide(other, '绵阳呢', why.state);
    expect(next.answer.text).toMatch(/绵阳市生态环境局2020年：办理结果为“不予处理”的申请 5 件/);
  });
  it('"让我补正申请材料 我一直没管 会咋样": what happens after 补正, not how to apply', () => {
    expect(decide(other, '芦淞教育局让我补正申请材料 我一直没管 会咋样？', {}).answer.intent).toBe('procedure.correction');
  });
  it('"还有几件申请没办完转到第二年了": the carry-over row', () => {
    expect(decide(other, '绵阳生态环境局2020年还有几件申请没办完转到第二年了', {}).answer.text).toContain('结转下年度继续办理的申请 3 件');
  });
  it('"行政事业性收费是多少？这个是信息公开申请收的费吗": the amount, and that it is not the information-processing fee', () => {
    const t = decide(other, '临朐县政府办2024年表二里行政事业性收费是多少？这个是信息公开申请收的费吗？', {}).answer.text;
    expect(t).toContain('356.42 万元');
    expect(t).toContain('不是政府信息公开申请的信息处理费');
    expect(decide(other, '临朐县政府办2024年行政事业性收费是多少', {}).answer.text).not.toContain('信息处理费');
  });
  it('"行政处罚罚款总金额多少钱": the count, and that the row gives no amount', () => {
    const t = decide(other, '芦淞教育局2023年行政处罚罚款总金额多少钱', {}).answer.text;
    expect(t).toContain('只列出件数，没有金额');
    expect(t).not.toMatch(/\d+\s*万元/);
  });
});

