import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide, THRESHOLDS, type ConvState } from '../../src/core/engine.js';
import { buildKnowledge, type Knowledge } from '../../src/core/knowledge.js';

let one: Knowledge;
let multi: Knowledge;
beforeAll(async () => {
  one = (await loadKnowledge({ reportsDir: 'data/reports' })).kn;
  multi = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
});

/** Runs a conversation through the pure decision, returning the answers. */
function talk(kn: Knowledge, ...texts: string[]) {
  let state: ConvState = {};
  return texts.map((t) => {
    const out = decide(kn, t, state, new Date('2026-06-01'));
    state = out.state;
    return out.answer;
  });
}

describe('thresholds', () => {
  it('a clear question answers with a confidence above the answer threshold', () => {
    const [a] = talk(one, '提交申请后多长时间答复');
    expect(a!.fallback).toBe(false);
    expect(a!.intent).toBe('procedure.time');
    expect(a!.confidence).toBeGreaterThanOrEqual(THRESHOLDS.answer);
    expect(a!.text).toContain('20个工作日');
    expect(a!.text).not.toMatch(/15个工作日内答复/);
  });
  it('off-topic questions fall back with the office phone, never the nearest intent', () => {
    for (const q of ['今天天气怎么样', '公积金怎么提取', '帮我订一张火车票', 'qwertyuiop', '😀😀😀', '']) {
      const [a] = talk(one, q);
      expect(a!.fallback, q).toBe(true);
      expect(a!.intent, q).toBeNull();
      expect(a!.text, q).toContain('0451-82705546');
    }
  });
});

describe('clarification', () => {
  it('offers numbered options and accepts "1" as the next message', () => {
    // force a clarification state, as decide() leaves it after two close candidates
    const state: ConvState = { clarify: { options: ['contact.address', 'procedure.where'], text: '材料寄到哪里' } };
    const out = decide(one, '1', state);
    expect(out.answer.intent).toBe('contact.address');
    expect(out.answer.text).toContain('大成街');
    expect(out.state.clarify).toBeUndefined();
  });
  it('two close candidates of different topics produce a question with options', () => {
    const mk = (id: string, topic: string, examples: string[]) => ({ id, title: id, topic, file: 't.yml', examples, answer: id });
    const kn = buildKnowledge(one.reports, [], {
      intents: [mk('a.where', 'a', ['材料送到哪里递交', '交到哪个窗口', '在哪里递交']), mk('b.where', 'b', ['材料送到哪里邮寄', '寄到哪个地址', '往哪里邮寄'])],
      lexicon: {},
      errors: [],
    });
    const out = decide(kn, '材料送到哪里', {});
    expect(out.answer.kind).toBe('clarify');
    expect(out.answer.text).toMatch(/您是想问：\n1\. .+\n2\. /);
    const next = decide(kn, '2', out.state);
    expect(next.answer.intent).toBe(out.state.clarify!.options[1]);
  });
});

describe('follow-ups', () => {
  it('a figure follow-up keeps the topic and changes the row', () => {
    const [a, b] = talk(one, '不予公开的申请有几件', '那无法提供的呢');
    expect(a!.text).toMatch(/不予公开.*2 件/);
    expect(b!.text).toMatch(/无法提供.*8 件/);
  });
  it('a contact follow-up', () => {
    const [, b] = talk(one, '你们电话多少', '地址呢');
    expect(b!.text).toContain('大成街 52 号');
  });
  it('a column alone takes the rows of the previous figure', () => {
    const [, b] = talk(multi, '沭阳县行政复议有多少', '其中维持的呢');
    expect(b!.text).toMatch(/结果维持 27/);
  });
  it('another report for the same question', () => {
    const [a, b] = talk(multi, '沭阳县予以公开多少件', '南岗区呢');
    expect(a!.text).toMatch(/294 件/);
    expect(b!.report).toBe('南岗区人民政府办公室-2022');
    expect(b!.text).toMatch(/4 件/);
  });
  it('a new topic resets the context', () => {
    const [, b] = talk(one, '不予公开的申请有几件', '邮编是多少');
    expect(b!.intent).toBe('contact.postcode');
    expect(b!.text).toContain('150001');
  });
});

describe('report selection', () => {
  it('a named office or year goes to that report', () => {
    expect(talk(multi, '2025年收到多少申请')[0]!.report).toBe('沭阳县人民政府-2025');
    expect(talk(multi, '南岗区收到多少申请')[0]!.text).toMatch(/15 件/);
    expect(talk(multi, '沐阳县收到多少申请')[0]!.text).toMatch(/713 件/);
  });
  it('a year or office that is not loaded gets "我只有…", never another report\'s figure', () => {
    for (const q of ['2019年收到多少申请', '道里区2022年收到多少申请', '南岗区2025年新收了多少申请']) {
      const [a] = talk(multi, q);
      expect(a!.text, q).toMatch(/我只有/);
      expect(a!.text, q).not.toMatch(/713|15 件/);
    }
  });
  it('lists the loaded reports', () => {
    const [a] = talk(multi, '你们有哪几年的报告');
    expect(a!.text).toMatch(/2022/);
    expect(a!.text).toMatch(/2025/);
  });
  it('answers say which report they come from', () => {
    const [a] = talk(one, '予以公开的申请有几件');
    expect(a!.report).toBe('南岗区人民政府办公室-2022');
    expect(a!.text).toContain('南岗区人民政府办公室2022年');
  });
  it('a table with no data row says it is blank, never 0', () => {
    const [a] = talk(one, '行政复议有多少起');
    expect(a!.text).toMatch(/表格是空白的/);
    expect(a!.text).not.toMatch(/复议 0/);
  });
});

describe('figures true to the report', () => {
  it('every number in a figure answer appears in the report values or its text', () => {
    const report = one.reports[0]!;
    const known = new Set<string>(Object.values(report.values).flatMap((v) => (v.value === null ? [] : [String(v.value)])));
    const text = report.passages.map((p) => p.text).join('');
    for (const q of ['收到多少申请', '不予公开的有多少', '企业申请了几次', '现行有效的规范性文件有多少件', '全年上传了多少条信息', '申请的办理结果怎么样']) {
      const [a] = talk(one, q);
      const body = a!.text.replace(/（来源：[^）]*）/g, '').replace(/南岗区人民政府办公室2022年/g, '');
      for (const n of body.match(/\d+(\.\d+)?/g) ?? []) expect(known.has(n) || text.includes(n), `${q}: ${n}`).toBe(true);
    }
  });
});

describe('answers that need care', () => {
  it('courtesy does not decide the intent', () => {
    expect(talk(one, '喂你好我想问一下那个政府信息公开怎么申请啊')[0]!.intent).toBe('procedure.how');
    expect(talk(one, '一般多久能答复啊，着急用，谢谢')[0]!.intent).toBe('procedure.time');
    expect(talk(one, '谢谢你啊，帮大忙了')[0]!.intent).toBe('smalltalk.thanks');
  });
  it('a share is answered with the row and the total', () => {
    const [a] = talk(one, '予以公开率是多少');
    expect(a!.text).toMatch(/予以公开.*4 件/);
    expect(a!.text).toMatch(/总计 15 件/);
  });
  it('今年 before this year\'s report: the newest report, saying so', () => {
    const [a] = talk(one, '今年收到多少申请');
    expect(a!.text).toMatch(/还没有2026年/);
    expect(a!.text).toMatch(/15 件/);
  });
  it('a year that is not loaded in a comparison is named', () => {
    const [a] = talk(one, '2022年比2021年申请多了还是少了');
    expect(a!.text).toMatch(/没有2021年/);
  });
  it('durations are procedure, not figures', () => {
    expect(talk(one, '通知补正一般是在收到申请后几天内')[0]!.text).toMatch(/7 ?个工作日/);
    expect(talk(one, '第三方有多长时间提意见')[0]!.text).toMatch(/15 ?个工作日/);
  });
  it('a contact field the report lacks is said to be missing, nothing invented', async () => {
    const other = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
    const [a] = talk(other, '沭阳县的电话是多少');
    expect(a!.text).toMatch(/未写明/);
    expect(a!.text).not.toContain('82705546');
  });
});

describe('several reports in one question', () => {
  it('two offices named: the figure of each, each labelled', () => {
    const [a] = talk(multi, '南岗区和沭阳县哪个收到的申请多');
    expect(a!.text).toMatch(/南岗区人民政府办公室2022年：本年新收政府信息公开申请 15 件/);
    expect(a!.text).toMatch(/沭阳县人民政府2025年：本年新收政府信息公开申请 713 件/);
  });
  it('a count asked of a named report is a figure even when the words sound like procedure', () => {
    expect(talk(multi, '沭阳县有多少申请因为涉及国家秘密没公开')[0]!.text).toMatch(/国家秘密.*0 件/);
  });
});

describe('several years of one office', () => {
  let years: Knowledge;
  beforeAll(async () => {
    years = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-years', defaultOffice: '南岗区人民政府办公室' })).kn;
  });
  it('a figure word with a named year is that report\'s figure, not procedure', () => {
    expect(talk(years, '2021年有行政复议吗')[0]!.text).toMatch(/行政复议 3 件/);
  });
  it('a contact field asked of two years: both, each labelled', () => {
    const [a] = talk(years, '2022年和2023年报告上的联系电话一样吗');
    expect(a!.text).toContain('82705546');
    expect(a!.text).toContain('86631278');
  });
  it('"现在的呢" goes back to the newest report', () => {
    const [a, b] = talk(years, '2022年的电话多少', '现在的呢');
    expect(a!.text).toContain('82705546');
    expect(b!.text).toContain('86631278');
  });
  it('今年 with a default office: that office\'s newest report, with a note', () => {
    const [a] = talk(years, '今年收到多少申请');
    expect(a!.report).toBe('南岗区人民政府办公室-2023');
    expect(a!.text).toMatch(/还没有2026年/);
  });
  it('大前年 is three years back', () => {
    expect(talk(years, '大前年收到多少申请')[0]!.report).toBe('南岗区人民政府办公室-2023');
  });
  it('a question-like figure phrase beside words only the report uses reads the report text', () => {
    expect(talk(years, '2023年办理了多少件人大代表建议')[0]!.intent).toBe('report.passage');
  });
});

describe('review findings', () => {
  it('a count of something the report does not have is no figure of table 三', () => {
    expect(talk(one, '收到多少件人大代表建议')[0]!.fallback).toBe(true);
  });
  it('counts and spans are not years', () => {
    expect(talk(one, '是不是收到了15件申请')[0]!.text).toMatch(/15 件/);
    expect(talk(one, '近10年收到多少申请')[0]!.text).not.toMatch(/2010/);
  });
  it('a year-only follow-up keeps the office when it has that year, and says so when it switches', () => {
    const [, b] = talk(multi, '南岗区收到多少申请', '2025年呢');
    expect(b!.text).toMatch(/南岗区人民政府办公室没有2025年的报告/);
    expect(b!.text).toMatch(/713 件/);
  });
  it('two offices and one year: each office\'s report of that year', () => {
    const [a] = talk(multi, '南岗区和沭阳县2025年收到多少申请');
    expect(a!.text).toMatch(/713 件/);
  });
});

describe('after "no such report"', () => {
  it('the question is kept: naming a report we have answers it ("我问的是南岗", "那2022年的呢")', () => {
    const [a, b] = talk(one, '道里区收到多少申请', '我问的是南岗');
    expect(a!.fallback).toBe(true);
    expect(b!.text).toMatch(/本年新收政府信息公开申请 15 件/);
    const [c, d] = talk(one, '2023年度收了多少件申请', '那2022年的呢');
    expect(c!.text).toMatch(/2022/);
    expect(d!.text).toMatch(/15 件/);
  });
});
