import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import { findReportSlots } from '../../src/understand/slots.js';

let kn: Knowledge;
beforeAll(async () => {
  ({ kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-years', defaultOffice: '南岗区人民政府办公室' }));
});

describe('a span of years', () => {
  it('means the years between too ("21年到23年", "2021至2023年")', () => {
    const now = new Date('2026-11-30');
    expect([...findReportSlots('21年到23年新收多少', [], now).years].sort()).toEqual([2021, 2022, 2023]);
    expect([...findReportSlots('2021至2023年新收多少', [], now).years].sort()).toEqual([2021, 2022, 2023]);
    expect([...findReportSlots('2021年和2023年新收多少', [], now).years].sort()).toEqual([2021, 2023]);
  });
  it('each year\'s figure, and their sum when one is asked ("加起来一共")', () => {
    const sum = decide(kn, '21年到23年三年加起来一共新收多少申请', {}).answer.text;
    expect(sum).toContain('合计 88 件（2021—2023年，3份报告相加）');
    expect(decide(kn, '21年到23年新收多少申请', {}).answer.text).not.toContain('合计');
  });
});

describe('a contact detail asked whether it changed', () => {
  it('every loaded year of the office, so the change shows ("联系电话是不是换了")', () => {
    const t = decide(kn, '南岗区政府办的联系电话是不是换了', {}).answer.text;
    expect(t).toContain('2021年');
    expect(t).toContain('82705546');
    expect(t).toContain('86631278');
    // asked plainly: the newest report's only
    expect(decide(kn, '南岗区政府办的联系电话', {}).answer.text).not.toContain('82705546');
  });
});

describe('a figure asked of no office, several offices loaded, no default office', () => {
  it('each office answers, labelled; with a default office or a report in the conversation, that one', async () => {
    const multi = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
    const t = decide(multi, '信息公开申请一年收到多少件', {}).answer.text;
    expect(t).toContain('南岗区人民政府办公室2022年：本年新收政府信息公开申请 15 件');
    expect(t).toContain('沭阳县人民政府2025年：本年新收政府信息公开申请 713 件');
    const withDefault = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi', defaultOffice: '南岗区人民政府办公室' })).kn;
    expect(decide(withDefault, '信息公开申请一年收到多少件', {}).answer.text).not.toContain('沭阳');
    expect(decide(multi, '信息公开申请一年收到多少件', { report: '沭阳县人民政府-2025' }).answer.text).not.toContain('南岗');
  });
});

describe('a year named and no office, several offices having that year', () => {
  it('the conversation\'s office of that year, else the default office\'s ("2024年其他处理多少件")', async () => {
    const real = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-real', defaultOffice: '淮安市人民政府' })).kn;
    expect(decide(real, '2024年其他处理一共多少件', {}).answer.text).toContain('淮安市人民政府2024年');
    // a conversation about 洪泽区 2023 that asks for 2024 keeps 洪泽区
    expect(decide(real, '2024年其他处理一共多少件', { report: '淮安市洪泽区人民政府-2023' }).answer.text).toContain('淮安市洪泽区人民政府2024年');
  });
});

describe('a contact asked whether it is still the same, naming the asker\'s old report', () => {
  it('"我手上2021年的报告写电话…现在还是这个号吗": every loaded year, so the newest number shows', () => {
    const t = decide(kn, '我手上2021年的报告写电话0451-82705546，现在还是这个号吗？最新的是多少', {}).answer.text;
    expect(t).toContain('86631278');
  });
});

describe('a year alone with a default office set', () => {
  it('"去年收到多少申请" (2025): the default office has no 2025 report, so it says so (then its newest, labelled); never 沭阳县\'s 2025 figure', () => {
    const out = decide(kn, '去年收到多少申请', {}, new Date('2026-11-30T12:00:00+08:00')).answer;
    expect(out.text).not.toContain('713');
    expect(out.text).toMatch(/^目前没有加载2025年的报告，最新的是2023年的报告/);
    // 沭阳县 named, or the conversation on 沭阳县: its 2025 report
    expect(decide(kn, '沭阳县2025年收到多少申请', {}).answer.text).toContain('713');
    expect(decide(kn, '2025年收到多少申请', { report: '沭阳县人民政府-2025' }).answer.text).toContain('713');
  });
});

describe('years compared and added up', () => {
  it('"这三年新收申请加起来一共多少": each year and their sum', () => {
    expect(decide(kn, '2021、2022、2023这三年新收申请加起来一共多少', {}).answer.text).toContain('3年合计 88 件（27 + 15 + 46');
  });
  it('"2022年和2021年比，现行有效规范性文件多了几件": the 现行有效 column, not 制发, and the change', () => {
    const t = decide(kn, '2022年和2021年比，现行有效规范性文件多了几件', {}).answer.text;
    expect(t).toContain('现行有效行政规范性文件');
    expect(t).toContain('增加 3 件');
  });
});

describe('a figure asked of no office on a platform with many offices', () => {
  it('more offices than POLICY.eachOfficeMax: asks which office instead of listing them all', async () => {
    const { POLICY } = await import('../../src/core/thresholds.js');
    const multi = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
    const many = { ...multi, officeNames: Array.from({ length: POLICY.eachOfficeMax + 1 }, (_, i) => (i ? `甲${i}区人民政府` : multi.officeNames[0]!)) };
    const t = decide(many, '信息公开申请一年收到多少件', {}).answer.text;
    expect(t).toMatch(/请说明是哪个单位/);
    expect(t).not.toMatch(/\d+ 件/);
  });
});
