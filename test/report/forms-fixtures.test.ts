/**
 * Real reports of other offices, years and page forms (test/fixtures/reports-forms, figures read by
 * hand in EXPECTED-forms.md): every cell each page holds, the contact, and the general mechanisms
 * they exposed, each also on a small made-up input:
 *   - HTML grids drop a sliver column (a column no cell occupies alone);
 *   - one cell per line: a line holding only "|" ends the (wrapped) cell above it; rows by labels
 *     when no one width fits; a width must give labels-then-figures rows; a cut last figure is a cell;
 *   - table 二 one header cell per line after "信息内容" is one header row (2019 columns by name);
 *   - table 二 misprinted row labels by similarity; table 三's blank 2019 (六)其他处理 row is 0;
 *     table 四's 15-cell row with blank groups; "予以公开及部分公开N件" against the two together;
 *     the contact from the enquiry paragraph wherever it stands.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachBarePipes, joinCellLines, rowsByLabels } from '../../src/report/extract/cell-lines.js';
import { buildGrid, documentFromHtml } from '../../src/report/extract/html.js';
import { textToDocument } from '../../src/report/extract/text.js';
import { loadLibrary, loadReport } from '../../src/report/library.js';
import { enquiryText } from '../../src/report/parse/contact.js';
import { parseReport } from '../../src/report/parse.js';
import type { Report } from '../../src/report/types.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-forms');
const v = (r: Report, id: string) => r.values[id]?.value;
const derived = (r: Report, id: string) => r.values[id]?.derived === true;
const COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
const row3 = (r: Report, row: string) => COLS.map((c) => v(r, `t3.${row}.${c}`));
const T2 = ['rules.issued', 'rules.repealed', 'rules.valid', 'normative.issued', 'normative.repealed', 'normative.valid', 'license.decisions', 'other-services.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.amount', 'procurement.count', 'procurement.amount'];
const t2 = (r: Report) => Object.fromEntries(T2.map((id) => [id, v(r, `t2.${id}`)]));
const t4 = (r: Report, g: string) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => v(r, `t4.${g}.${c}`));
const rules = (r: Report) => r.findings.map((f) => f.rule);
const load = (f: string) => loadReport(join(DIR, f));

/** 2019 table 二 mapped onto the catalogue: issued ← 本年新制作数量, valid ← 对外公开总数量, no repealed, no fee amount. */
const old2 = (rules: [number, number], normative: [number, number], decisions: number, procurement: [number, number] | [null, null], otherServices: number | null = decisions) => ({
  'rules.issued': rules[0], 'rules.repealed': null, 'rules.valid': rules[1],
  'normative.issued': normative[0], 'normative.repealed': null, 'normative.valid': normative[1],
  'license.decisions': decisions, 'other-services.decisions': otherServices, 'penalty.decisions': decisions, 'enforcement.decisions': decisions,
  'fees.amount': null, 'procurement.count': procurement[0], 'procurement.amount': procurement[1],
});

describe('上海市人民政府办公厅-2019: HTML with rowspan/colspan, a sliver column, blank cells (2019 format)', () => {
  let r: Report;
  beforeAll(async () => {
    r = await load('上海市人民政府办公厅-2019.html');
  });

  it('office, year, no contact but the download sentence', () => {
    expect([r.office, r.year]).toEqual(['上海市人民政府办公厅', 2019]);
    expect(r.contact.phone).toBeUndefined();
    expect(r.contact.address).toBeUndefined();
    expect(r.contact.download).toMatch(/www\.shanghai\.gov\.cn/);
  });

  it('table 二: the 2019 columns by their headers although value and header cells span different columns', () => {
    expect(t2(r)).toEqual(old2([13, 524], [60, 368], 0, [6, 25.1]));
    const raw = r.table2Raw.find((x) => x.label === '行政许可')!;
    expect(raw.cells).toEqual({ 上一年项目数量: '0', '本年增/减': '0', 处理决定数量: '0' });
  });

  it('table 三: every printed cell, blanks as 0, blank 总计 cells computed', () => {
    const expected: Record<string, (number)[]> = {
      new: [821, 35, 0, 0, 2, 1, 859],
      carried: [18, 0, 0, 0, 0, 0, 18],
      granted: [258, 12, 0, 0, 1, 1, 272],
      partial: [3, 0, 0, 0, 0, 0, 3],
      'refused.secret': [14, 0, 0, 0, 0, 0, 14],
      'refused.law': [0, 0, 0, 0, 0, 0, 0],
      'refused.security': [0, 0, 0, 0, 0, 0, 0],
      'refused.third-party': [0, 0, 0, 0, 0, 0, 0],
      'refused.internal': [5, 0, 0, 0, 0, 0, 5],
      'refused.process': [3, 1, 0, 0, 0, 0, 4],
      'refused.enforcement': [0, 0, 0, 0, 0, 0, 0],
      'refused.query': [10, 2, 0, 0, 0, 0, 12],
      'unable.not-held': [252, 12, 0, 0, 1, 0, 265],
      'unable.need-create': [44, 3, 0, 0, 0, 0, 47],
      'unable.unclear': [25, 0, 0, 0, 0, 0, 25],
      'rejected.petition': [148, 1, 0, 0, 0, 0, 149],
      'rejected.repeat': [5, 4, 0, 0, 0, 0, 9],
      'rejected.publication': [0, 0, 0, 0, 0, 0, 0],
      'rejected.excessive': [0, 0, 0, 0, 0, 0, 0],
      'rejected.confirm': [0, 0, 0, 0, 0, 0, 0],
      total: [767, 35, 0, 0, 2, 1, 805],
      'carry-over': [72, 0, 0, 0, 0, 0, 72],
    };
    for (const [row, cells] of Object.entries(expected)) expect([row, ...row3(r, row)]).toEqual([row, ...cells]);
    expect(derived(r, 't3.granted.total')).toBe(true); // blank on the page
    expect(derived(r, 't3.new.total')).toBe(false); // printed
  });

  it('table 三 subtotals; the 2019 (六)其他处理 row, all blank, is 0', () => {
    expect(row3(r, 'refused')).toEqual([32, 3, 0, 0, 0, 0, 35]);
    expect(row3(r, 'unable')).toEqual([321, 15, 0, 0, 1, 0, 337]);
    expect(row3(r, 'rejected')).toEqual([153, 5, 0, 0, 0, 0, 158]);
    expect(row3(r, 'other')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(v(r, 't3.new.org')).toBe(38);
  });

  it('table 四: blanks are 0, the all-blank third group too', () => {
    expect(t4(r, 'review')).toEqual([5, 0, 0, 2, 7]);
    expect(t4(r, 'suit-direct')).toEqual([8, 0, 0, 1, 9]);
    expect(t4(r, 'suit-after-review')).toEqual([0, 0, 0, 0, 0]);
  });

  it('the tables balance (no R1–R4 finding); the two real prose inconsistencies are reported, read right', () => {
    expect(rules(r).filter((x) => /^R\d$/.test(x))).toEqual([]);
    const prose = r.findings.filter((f) => f.rule === 'prose').map((f) => f.numbers);
    expect(prose).toEqual([
      [258, 275], // 予以公开及部分公开258件: the two together are 272 + 3
      [265, 337], // 无法提供265件
    ]);
  });
});

describe('北京市通州区信访办-2019: one cell per line with blank lines, 2019 table 二', () => {
  let r: Report;
  beforeAll(async () => {
    r = await load('北京市通州区信访办-2019.txt');
  });

  it('office and year from the title', () => {
    expect([r.office, r.year]).toEqual(['北京市通州区信访办', 2019]);
    expect(r.contact).toEqual({});
  });

  it('table 二 by its own 2019 headers (本年新公开数量 is no 本年废止件数); 其他对外管理服务事项 given only as sub-items', () => {
    expect(t2(r)).toEqual(old2([0, 0], [0, 0], 0, [0, 0], null));
    expect(r.table2Raw.map((x) => x.label)).toEqual(['规章', '规范性文件', '行政许可', '行政检查', '行政确认', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购']);
  });

  it('the cut is reported', () => {
    expect(rules(r)).toEqual(expect.arrayContaining(['missing-table', 'truncated']));
  });
});

describe('驼峰路街道办事处-2020: a 街道, blank cells as runs of empty lines', () => {
  let r: Report;
  beforeAll(async () => {
    r = await load('驼峰路街道办事处-2020.txt');
  });

  it('office and year (from the text)', () => {
    expect([r.office, r.year]).toEqual(['驼峰路街道办事处', 2020]);
    expect(r.contact).toEqual({});
  });

  it('table 二 (2019 format)', () => {
    expect(t2(r)).toEqual(old2([0, 0], [0, 0], 0, [0, 0]));
  });

  it('table 三: only the 总计 printed; the blank applicant cells stay not reported', () => {
    expect(row3(r, 'new')).toEqual([null, null, null, null, null, null, 0]);
    expect(row3(r, 'carried')).toEqual([null, null, null, null, null, null, 0]);
    expect(v(r, 't3.granted.total')).toBeNull(); // the copy ends in its blank cells
  });
});

describe('会仪镇人民政府-2021: a 乡镇, pipes one cell per line, 总计 header after 其他, misprints', () => {
  let r: Report;
  beforeAll(async () => {
    r = await load('会仪镇人民政府-2021.txt');
  });

  it('office, year, period', () => {
    expect([r.office, r.year]).toEqual(['会仪镇人民政府', 2021]);
    expect(r.period).toMatch(/2021年1月1日起至2021年12月31日止/);
  });

  it('table 二, with 行政事业型收费 read as 行政事业性收费 and said to be a misprint', () => {
    expect(t2(r)).toEqual({
      'rules.issued': 0, 'rules.repealed': 0, 'rules.valid': 0,
      'normative.issued': 2, 'normative.repealed': 0, 'normative.valid': 2,
      'license.decisions': 213, 'other-services.decisions': null, 'penalty.decisions': 5, 'enforcement.decisions': 2,
      'fees.amount': 0, 'procurement.count': null, 'procurement.amount': null,
    });
    expect(r.findings.find((f) => f.rule === 'misprint')?.message).toMatch(/行政事业型收费.*行政事业性收费/);
  });

  it('table 三 as printed, the label whose pipe is on the next line and the cut last figure included', () => {
    expect(row3(r, 'new')).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(row3(r, 'carried')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row3(r, 'granted')).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(derived(r, 't3.granted.total')).toBe(false);
    expect(rules(r)).not.toContain('unknown-row');
  });

  it("the report's own misprint (法律服务机构 1, 总计 0) is reported, not fixed", () => {
    const r3 = r.findings.filter((f) => f.rule === 'R3').map((f) => f.row);
    expect(r3).toHaveLength(2);
  });
});

describe('桃江县审计局-2020: cells ended by a line holding only "|", contact at the end of section 一', () => {
  let r: Report;
  beforeAll(async () => {
    r = await load('桃江县审计局-2020.txt');
  });

  it('loads (it was refused as having no tables); office from the file name, year from the text', () => {
    expect([r.office, r.year]).toEqual(['桃江县审计局', 2020]);
  });

  it('the contact from the enquiry paragraph and the phone line after it', () => {
    expect(r.contact).toEqual({ department: '桃江县审计局办公室', phone: '0737-2691838' });
  });

  it('table 二 (2019 format, header cells wrapped over two lines)', () => {
    expect(t2(r)).toEqual(old2([0, 0], [2, 2], 0, [0, 0]));
    expect(Object.keys(r.table2Raw[0]!.cells)).toEqual(['本年新制作数量', '本年新公开数量', '对外公开总数量']);
  });

  it('table 三 as far as the page goes', () => {
    for (const row of ['new', 'carried', 'granted', 'partial']) expect([row, ...row3(r, row)]).toEqual([row, 0, 0, 0, 0, 0, 0, 0]);
    expect(v(r, 't3.refused.secret.total')).toBeNull();
  });
});

describe('和平区发展改革委-2019: pipe rows with junk trailing pipes, headers cut to "本年新"', () => {
  let r: Report;
  beforeAll(async () => {
    r = await load('和平区发展改革委-2019.txt');
  });

  it('office and year', () => {
    expect([r.office, r.year]).toEqual(['和平区发展改革委', 2019]);
  });

  it('table 二: 对外公开总数量 read; the two "本年新" columns say nothing (issued not reported)', () => {
    expect(t2(r)).toEqual({ ...old2([0, 0], [0, 0], 0, [null, null]), 'rules.issued': null, 'normative.issued': null });
    expect(Object.keys(r.table2Raw[0]!.cells)).toEqual(['本年新', '本年新#2', '对外公开总数量']);
  });
});

describe('the folder', () => {
  it('loads the six reports and names EXPECTED-forms.md as the one error', async () => {
    const lib = await loadLibrary(DIR);
    expect(lib.reports.map((x) => x.office).sort()).toEqual(['上海市人民政府办公厅', '会仪镇人民政府', '北京市通州区信访办', '和平区发展改革委', '桃江县审计局', '驼峰路街道办事处'].sort());
    expect(lib.errors.map((e) => e.file.split('/').pop())).toEqual(['EXPECTED-forms.md']);
  });
});

describe('the mechanisms on small inputs', () => {
  it('buildGrid drops a sliver column: header over columns 2–3, value under it over 1–2', () => {
    const c = (text: string, colspan = 1) => ({ text, rowspan: 1, colspan });
    const grid = buildGrid([
      [c('信息内容'), c('上一年'), c('本年增/减', 2), c('处理决定')],
      [c('行政许可'), c('1', 2), c('2'), c('3')],
    ]);
    expect(grid).toEqual([
      ['信息内容', '上一年', '本年增/减', '处理决定'],
      ['行政许可', '1', '2', '3'],
    ]);
    // a column some cell occupies alone is kept
    expect(buildGrid([[c('a'), c('b'), c('c')], [c('x', 2), c('y')]])).toEqual([['a', 'b', 'c'], ['x', '', 'y']]);
  });

  it('documentFromHtml: a table 四 row of 15 cells with a blank group reads the group as 0', () => {
    const head = '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>';
    const cells = [1, '', '', '', 1, 2, '', '', '', 2, '', '', '', '', ''].map((x) => `<td>${x === '' ? '&nbsp;' : x}</td>`).join('');
    const html = `<p>四、政府信息公开行政复议、行政诉讼情况</p><table>${head}<tr><td>结果维持</td></tr><tr>${cells}</tr></table>`;
    const doc = documentFromHtml('x.html', `<p>某局2023年政府信息公开工作年度报告</p>${html}`);
    const r = parseReport(doc);
    expect(t4(r, 'review')).toEqual([1, 0, 0, 0, 1]);
    expect(t4(r, 'suit-after-review')).toEqual([0, 0, 0, 0, 0]);
  });

  it('attachBarePipes: a wrapped cell inside a run is joined; a run’s first cell is its last line; a section title stays out', () => {
    expect(attachBarePipes(['说明文字。', '第二十条第(一)项', '|', '本年新', '制作数量', '|', '0', '|', '三、收到和处理政府信息公开申请情况', '(本列数据)', '|'])).toEqual([
      '说明文字。',
      '第二十条第(一)项 |',
      '本年新制作数量 |',
      '0 |',
      '三、收到和处理政府信息公开申请情况',
      '(本列数据) |',
    ]);
  });

  it('joinCellLines: each row opened by a bare pipe under a section title (连生乡 2025): the title and the pads are no cells', () => {
    const lines = ['二、主动公开政府信息情况', '|', '第二十条第(一)项 |', '|||', '|', '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |', '|', '规章 |', '3 |', '1 |', '9 |'];
    expect(joinCellLines(lines)).toEqual(['二、主动公开政府信息情况', '第二十条第(一)项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t3\t1\t9']);
  });

  it('rowsByLabels: figures go with the label before them; item lines stand alone; the rest of the labels is a header', () => {
    expect(rowsByLabels(['第二十条第(五)项', '信息内容', '上一年项目数量', '处理决定数量', '行政许可', '0', '+3', '其他', '', '1'])).toEqual([
      ['第二十条第(五)项'],
      ['信息内容', '上一年项目数量', '处理决定数量'],
      ['行政许可', '0', '+3'],
      ['其他', '', '1'],
    ]);
    expect(rowsByLabels(['1', 'a'])).toBeNull();
  });

  it('joinCellLines: no width when a row would have a label after a figure; a cut last figure is kept', () => {
    const lines = ['第二十条第(一)项 |', '信息内容 |', '本年制发件数 |', '规章 |', '1 |', '规范性文件 |', '2 |', '第二十条第(五)项 |', '信息内容 |', '本年处理决定数量 |', '行政许可 |', '7 '];
    expect(joinCellLines(lines)).toEqual(['第二十条第(一)项', '信息内容\t本年制发件数', '规章\t1', '规范性文件\t2', '第二十条第(五)项', '信息内容\t本年处理决定数量', '行政许可\t7']);
  });

  it('one header cell per line after 信息内容 is one header row: a 2019 table 二 is read by its column names', () => {
    const text = ['某局2019年政府信息公开工作年度报告', '', '二、主动公开政府信息情况', '', '第二十条第(一)项', '', '信息内容', '', '本年新制作数量', '', '本年新公开数量', '', '对外公开总数量', '', '规章', '', '1', '', '2', '', '3'].join('\n');
    const r = parseReport(textToDocument('/x/某局-2019.txt', text));
    expect([v(r, 't2.rules.issued'), v(r, 't2.rules.repealed'), v(r, 't2.rules.valid')]).toEqual([1, null, 3]);
  });

  it('enquiryText: the paragraph that invites questions, with a short one after it', () => {
    expect(enquiryText(['一段。', '如对本报告有任何疑问,请联系某局办公室。', '联系电话:0737-1234567。', '其他'])).toBe('如对本报告有任何疑问,请联系某局办公室。\n联系电话:0737-1234567。');
    expect(enquiryText(['没有联系方式。'])).toBe('');
  });
});
