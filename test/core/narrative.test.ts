import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { narrative } from '../../src/core/narrative.js';
import { decide } from '../../src/core/engine.js';
import { textOf } from '../../src/answer/render.js';
import type { Report } from '../../src/report/types.js';

let r: Report;
beforeAll(async () => {
  const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-years' });
  r = kn.reports.find((x) => x.year === 2023 && x.office.startsWith('南岗'))!;
});

describe('narrative passages', () => {
  it('a character glued to the final particles ("好了吗") is not searched for: the passage answers', () => {
    const n = narrative(r, '政务公开专区建好了吗', false);
    expect(n && textOf(n.parts)).toContain('建成并投入使用');
  });
});

describe('a figure found in the text', () => {
  it('is looked for without the office and year named ("湛江方志办2023年各栏目一共刊发了多少篇")', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-web' });
    const out = decide(kn, '湛江方志办2023年各栏目一共刊发了多少篇', {});
    expect(out.answer.text).toContain('44篇');
    expect(out.answer.fallback).toBe(false);
  });
  it('a department asked and no contact block naming one: the sentence that says who is in charge', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-web' });
    expect(decide(kn, '区统计局由哪个部门负责信息公开工作', {}).answer.text).toContain('局办公室负责政府信息公开工作');
    // a report whose contact block names it keeps the contact answer
    const home = await loadKnowledge({ reportsDir: 'data/reports' });
    expect(decide(home.kn, '由哪个部门负责信息公开工作', {}).answer.text).toContain('信息科');
  });
});

describe('a passage that speaks of a website', () => {
  it('comes with the next sentence when that gives the address ("网址是：http://…")', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    const n = narrative(kn.reports[0]!, '年度报告电子版在哪下载', false);
    expect(n && textOf(n.parts)).toMatch(/查阅下载。[\s\S]*网址是：http:\/\/xxgk\.harbin\.gov\.cn/);
  });
});

describe('two questions in one message', () => {
  it('each gets its sentence ("专区打算建在哪，建几个功能区")', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    const t = textOf(narrative(kn.reports[0]!, '线下政务公开专区打算建在哪，建几个功能区', true)!.parts);
    expect(t).toContain('4个功能区');
    expect(t).toContain('中山路181号');
    // one question: one sentence
    expect(textOf(narrative(kn.reports[0]!, '线下政务公开专区建几个功能区', true)!.parts)).not.toContain('中山路181号');
  });
});

describe('a stock asked', () => {
  it('the passage stating it comes first, the change beside it ("管着多少个…新媒体账号": 16, new 4)', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    const t = textOf(narrative(kn.reports[0]!, '你们管着多少个公众号抖音号什么的，就是新媒体账号', true)!.parts);
    expect(t.indexOf('16个政务新媒体账号')).toBeGreaterThan(-1);
    expect(t.indexOf('16个政务新媒体账号')).toBeLessThan(t.indexOf('4个新媒体账号'));
  });
});
