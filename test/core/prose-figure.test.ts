// A figure the tables do not give (a page cut short, a table left out): the sentence of the report's text
// that states it, said to come from the text; and an office's own name is never a figure word.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import { understand } from '../../src/core/understanding.js';

let kn: Knowledge;
beforeAll(async () => {
  ({ kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-forms' }));
});

describe('a figure only the text gives', () => {
  it('通州信访办 2019 (table 三 cut off): the text\'s "接受依申请公开1条", said to be the text\'s', () => {
    const t = decide(kn, '通州信访办19年依申请公开一共收到几件', {}).answer.text;
    expect(t).toContain('统计表中查不到这项数字，报告正文写道');
    expect(t).toContain('接受依申请公开1条');
  });
  it('asked with the office\'s full name and 收到几件信息公开申请: the text\'s clause, the office\'s name no row of its own', () => {
    expect(decide(kn, '通州区信访办2019年收到几件信息公开申请', {}).answer.text).toContain('接受依申请公开1条');
  });
  it('a figure neither the tables nor the text give: not listed, no number made up', () => {
    // (the text says no request was received at all: that sentence is the answer, and the 0 it implies, said as our reading
    // — never a count of its own)
    const t = decide(kn, '驼峰路街道办2020年不予公开几件', {}).answer.text;
    expect(t).toMatch(/报告未列出|未接到提出公开政府信息的申请/);
    expect(t).toContain('即没有收到申请');
    expect(t).not.toMatch(/不予公开.{0,12}[1-9]\d*\s*件/);
  });
});

describe('the office\'s own name is not a figure word', () => {
  it('"通州信访办…收到几件" asks the new requests, not the 信访 row', () => {
    expect(understand(kn, '通州信访办19年依申请公开一共收到几件').metric?.rows).toEqual(['new']);
  });
});

describe('whether every case had one result', () => {
  it('"都维持了吗" after the cases of table 四: every result shown, the cases not yet closed among them', () => {
    const first = decide(kn, '上海市政府办公厅2019年因信息公开被申请行政复议和提起诉讼各多少件', {});
    expect(decide(kn, '都维持了吗', first.state).answer.text).toContain('尚未审结 2');
  });
});

describe('toldFigure: a count with its breakdown after 其中', () => {
  it('"收到…申请12件，其中自然人申请件12件，法人…0件" is 12; "14件(其中信件申请10件" is 14', async () => {
    const { toldFigure } = await import('../../src/core/prose-figures.js');
    const years = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh28-years' })).kn;
    const told = toldFigure(years);
    const m = { table: '三' as const, rows: ['new'], cols: [], spans: [], rowsExplicit: true };
    expect(told(years.reports.find((r) => r.id === '高平市人民政府办公室-2022')!, m)?.v).toBe(12);
    expect(told(years.reports.find((r) => r.id === '龙游县人民政府办公室-2023')!, m)?.v).toBe(14);
  });
});
