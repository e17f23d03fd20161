// Reports saved short from web pages (test/fixtures/reports-fresh10-new): no title line, no tables, the
// figures told in the text. Each is kept for what its text gives, under the name staff gave the file.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/report/library.js';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import type { Report } from '../../src/report/types.js';
import { isTitle } from '../../src/report/parse/sections.js';

const DIR = 'test/fixtures/reports-fresh10-new';
let reports: Report[];
let kn: Knowledge;
beforeAll(async () => {
  reports = (await loadLibrary(DIR)).reports;
  kn = (await loadKnowledge({ reportsDir: DIR })).kn;
});
const byOffice = (s: string) => reports.find((r) => r.office.includes(s))!;

describe('reports without a title line or tables', () => {
  it('an opening sentence that names the report is its title ("…2022年政府信息公开工作年度报告(以下简称年报)是根据…")', () => {
    const r = byOffice('资阳');
    expect(r.office).toBe('资阳市同城化发展工作局');
    expect(r.year).toBe(2022);
    expect(r.contact.phone).toContain('26272135');
  });
  it('a page that opens on "一、总体情况", in a file named office-year, is a report of that office and year', () => {
    const r = byOffice('武昌');
    expect(r.office).toBe('武昌区行政审批局');
    expect(r.year).toBe(2025);
    expect(r.findings.map((f) => f.rule)).toContain('no-tables');
  });
  it('a sentence that names the report is no title line', () => {
    expect(isTitle('1.2025年,我局根据要求,编制和公开了2025年度信息公开年度报告')).toBe(false);
    expect(isTitle('武昌区行政审批局2025年政府信息公开工作年度报告')).toBe(true);
  });
  it('the file\'s fuller name wins over the title\'s ("杨凌" + "示范区教育局")', () => {
    expect(byOffice('示范区教育局').office).toBe('杨凌示范区教育局');
  });
  it('a sentence of a table section that tells figures is a passage; table cells are not', () => {
    const r = byOffice('杨凌');
    expect(r.passages.some((p) => p.section === '三' && p.text.includes('收到依申请公开2件'))).toBe(true);
    expect(r.passages.some((p) => p.section === '二')).toBe(false);
  });
});

describe('figures told in the text', () => {
  it('the clause of the row asked, from the sentence about disclosure requests (never 行政许可\'s 受理114730件)', () => {
    const a = decide(kn, '武昌区行政审批局2025年收到多少信息公开申请', {}).answer.text;
    expect(a).toContain('42件');
    expect(a).not.toContain('114730');
    expect(a).toContain('报告正文写道');
    const b = decide(kn, '武昌区行政审批局无法提供的有几件', {}).answer.text;
    expect(b).toContain('无法提供21件');
    expect(b).not.toContain('予以公开4件');
  });
  it('the results asked as a whole: the sentence that tells them', () => {
    expect(decide(kn, '武昌区行政审批局依申请公开办理情况怎么样', {}).answer.text).toMatch(/报告正文写道：.*42件.*无法提供21件/);
  });
  it('"本年度，我局未收到政府信息申请": the requests and their results are answered by that sentence', () => {
    const t = decide(kn, '资阳市同城化发展工作局2022年收到多少政府信息公开申请', {}).answer.text;
    expect(t).toContain('未收到政府信息申请');
  });
  it('a count in Chinese numerals and another measure word ("几个人" ~ "一名人员专门负责")', () => {
    expect(decide(kn, '杨凌示范区教育局有几个人专门负责信息公开', {}).answer.text).toContain('一名人员专门负责');
  });
  it('a sound-alike typo of the office\'s place with the name shortened (五昌区审批局 → 武昌区)', () => {
    expect(decide(kn, '五昌区审批局结转下年度几件', {}).answer.text).toMatch(/^武昌区行政审批局/);
  });
  it('a 2019-format row\'s own columns, as printed, when the catalogue\'s cell is not given (行政事业性收费: 上一年项目数量, 本年增/减)', () => {
    expect(decide(kn, '杨凌教育局的行政事业性收费那一栏填的什么', {}).answer.text).toContain('一行印的是：上一年项目数量 1288，本年增/减 591');
  });
  it('offices ranked with the figures some tell only in their text, each said to come from the text', () => {
    const t = decide(kn, '你这几个单位里谁收到的信息公开申请最多', {}).answer.text;
    expect(t).toMatch(/^最多的是武昌区行政审批局2025年/);
    expect(t).toContain('（报告正文）2019年度收到依申请公开2件');
    expect(t).toContain('（报告正文）本年度,我局未收到政府信息申请');
  });
  it('a figure the text does not tell stays "not listed"', () => {
    expect(decide(kn, '武昌区行政审批局被申请行政复议几件', {}).answer.text).not.toMatch(/\d+\s*件/);
  });
});

describe('pages whose opening names the report loosely (session 11, fresh30)', () => {
  it('"…发布本年度报告" and "…2024年度政府信息工作年度报告予以公开" (公开 left out), then 一、总体情况: loaded under the file\'s name', async () => {
    const a = (await loadLibrary('test/fixtures/reports-fresh30-newa')).reports.map((r) => r.office);
    const b = (await loadLibrary('test/fixtures/reports-fresh30-newb')).reports.map((r) => r.office);
    expect(a).toContain('徐水区安肃镇人民政府');
    expect(b).toContain('莲湖区西关街道办事处');
  });
});
