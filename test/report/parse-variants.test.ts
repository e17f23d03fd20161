/** Synthetic variants of real-world layouts: the parser generalises beyond the two fixtures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../src/report/extract/text.js';
import { parseReport } from '../../src/report/parse.js';
import type { Report } from '../../src/report/types.js';

const COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;
const row = (r: Report, id: string) => COLS.map((c) => r.values[`t3.${id}.${c}`]!.value);
const parseText = (name: string, text: string) => parseReport(textToDocument(name, text));

// Pipe tables (junk trailing `| ||`, separator rows), full-width brackets, `1、` numbering,
// year-first title, blank cells meaning 0, a blank 总计 cell, a blank 自然人 cell under a real header.
const PIPE = `# 2023年青山市交通运输局政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有任何疑问，请与青山市交通运输局办公室联系（地址：青山市人民路 8 号，邮政编码：310000，联系电话：0571 - 8888 1234，电子邮箱：gk@qs.gov.cn）。

一、总体情况

2023年，我局共收到政府信息公开申请 12 件，其中予以公开 5 件、不予处理 3 件。全年共办理 11 件，结转下年度 2 件。与2022年相比，申请量有所增加。

二、主动公开政府信息情况

| 第二十条第（一）项 | | | ||
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 (历史累计) | ||
| 规章 | | | | ||
| 行政规范性文件 | 3 | | 20 | ||
| 第二十条第（五）项 | | | | ||
| 信息内容 | 本年处理决定数量 | | | ||
| 行政许可 | 1,234 | | | ||
| 第二十条第（六）项 | | | | ||
| 信息内容 | 本年处理决定数量 | | | ||
| 行政处罚 | 56 | | | ||
| 第二十条第（八）项 | | | | ||
| 信息内容 | 本年收费金额（单位：万元） | | | ||
| 行政事业性收费 | 12.5 | | | ||

三、收到和处理政府信息公开申请情况

| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | | ||
|---|---|---|---|---|---|---|---|---|---|
| | | | 自然人 | 法人或其他组织 | | | | | 总计 |
| | | | | 商业 企业 | 科研机构 | 社会组织 | 法律服务机构 | 其他 | |
| 一、本年新收政府信息公开申请数量 | | | 10 | 2 | | | | | 12 | ||
| 二、上年结转政府信息公开申请数量 | | | 1 | | | | | | 1 |
| 三、本年度办理结果 | （一）予以公开 | | 4 | 1 | | | | | | ||
| | （二）部分公开（区分处理的，只计这一情况，不计其他情况） | | 1 | | | | | | 1 |
| | （三）不予公开 | 1、属于国家秘密 | | | | | | | |
| | | 2、其他法律行政法规禁止公开 | | | | | | | |
| | | 3、危及“三安全一稳定” | | | | | | | |
| | | 4、保护第三方合法权益 | 1 | | | | | | 1 |
| | | 5、属于三类内容事务信息 | | | | | | | |
| | | 6、属于四类过程性信息 | | | | | | | |
| | | 7、属于行政执法案卷 | | | | | | | |
| | | 8、属于行政查询事项 | | | | | | | |
| | （四）无法提供 | 1、本机关不掌握相关政府信息 | 2 | | | | | | 2 |
| | | 2、没有现成信息需要另行制作 | | | | | | | |
| | | 3、补正后申请内容仍不明确 | | | | | | | |
| | （五）不予处理 | 1、信访举报投诉类申请 | | | | | | | |
| | | 2、重复申请 | | 1 | | | | | 1 |
| | | 3、要求提供公开出版物 | | | | | | | |
| | | 4、无正当理由大量反复申请 | | | | | | | |
| | | 5、要求行政机关确认或重新出具已获取信息 | | | | | | | |
| | （六）其他处理 | 1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | | | | | | 1 |
| | | 2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | | | | | | | |
| | | 3、其他 | | | | | | | |
| | （七）总计 | | 9 | 2 | | | | | 11 |
| 四、结转下年度继续办理 | | | 2 | | | | | | 2 | ||

四、政府信息公开行政复议、行政诉讼情况

| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | ||

五、存在的主要问题及改进情况

（一）存在的问题。信息发布的及时性有待提高。

（二）改进措施。加强审核，按时发布。

六、其他需要报告的事项

本机关2023年度未收取信息处理费。
`;

// Space-separated columns, the old 2019 format (本年新制作数量…, (九) 政府集中采购, single-row (六)其他处理),
// "XX局2019年度…" title, 社会组织, 三类内容事务, section 四/六 title variants, 六 not a heading.
const SPACED = `某某市某某局2019年度政府信息公开工作年度报告

本报告由某某市某某局根据《中华人民共和国政府信息公开条例》要求编制，统计期限为2019年1月1日至2019年12月31日。

一、总体情况

2019年，我局收到政府信息公开申请 9 件，其中予以公开 3 件，不予处理 2 件。较2018年，申请量有所下降。2018年，我局共发布信息 30 条。2020年我局将进一步做好公开工作。

二、主动公开政府信息情况

第二十条第（一）项
信息内容  本年新制作数量  本年新公开数量  对外公开总数量
规章  0  0  0
规范性文件  2  2  15
第二十条第（五）项
信息内容  上一年项目数量  本年增/减  处理决定数量
行政许可  10  1  321
其他对外管理服务事项  3  0  5
第二十条第（六）项
信息内容  上一年项目数量  本年增/减  处理决定数量
行政处罚  4  0  56
行政强制  1  0  2
第二十条第（八）项
信息内容  上一年项目数量  本年增/减
行政事业性收费  2  0
第二十条第（九）项
信息内容  采购项目数量  采购总金额
政府集中采购  6  120.5

三、收到和处理政府信息公开申请情况

本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和
申请人情况
               自然人  商业企业  科研机构  社会组织  法律服务机构  其他  总计
一、本年新收政府信息公开申请数量  8  1  0  0  0  0  9
二、上年结转政府信息公开申请数量  0  0  0  0  0  0  0
三、本年度办理结果
（一）予以公开  3  0  0  0  0  0  3
（二）部分公开（区分处理的，只计这一情形，不计其他情形）  1  0  0  0  0  0  1
（三）不予公开
1．属于国家秘密  0  0  0  0  0  0  0
2．其他法律行政法规禁止公开  0  0  0  0  0  0  0
3．危及“三安全一稳定”  0  0  0  0  0  0  0
4．保护第三方合法权益  1  0  0  0  0  0  1
5．属于三类内容事务信息  0  0  0  0  0  0  0
6．属于四类过程性信息  0  0  0  0  0  0  0
7．属于行政执法案卷  0  0  0  0  0  0  0
8．属于行政查询事项  0  0  0  0  0  0  0
（四）无法提供
1．本机关不掌握相关政府信息  2  0  0  0  0  0  2
2．没有现成信息需要另行制作  0  0  0  0  0  0  0
3．补正后申请内容仍不明确  0  0  0  0  0  0  0
（五）不予处理
1．信访举报投诉类申请  0  1  0  0  0  0  1
2．重复申请  0  0  0  0  0  0  0
3．要求提供公开出版物  0  0  0  0  0  0  0
4．无正当理由大量反复申请  0  0  0  0  0  0  0
5．要求行政机关确认或重新出具已获取信息  0  0  0  0  0  0  0
（六）其他处理  1  0  0  0  0  0  1
（七）总计  8  1  0  0  0  0  9
四、结转下年度继续办理  0  0  0  0  0  0  0

四、因政府信息公开工作被申请行政复议、提起行政诉讼情况

行政复议  行政诉讼
结果维持  结果纠正  其他结果  尚未审结  总计  未经复议直接起诉  复议后起诉
1  1  0  0  3  0  0  0  0  0  0  0  0  0  0

五、政府信息公开工作存在的主要问题及改进情况

存在的主要问题是公开内容不够全面。下一步将加以改进。

六、其他需要报告的事项
本机关2019年度收取信息处理费 0 元。
`;

describe('pipe tables, full-width brackets, 1、 numbering, year-first title', () => {
  const r = parseText('/x/青山交通-2023.md', PIPE);

  it('identity from a year-first title; file-name office becomes an alias', () => {
    expect(r.office).toBe('青山市交通运输局');
    expect(r.year).toBe(2023);
    expect(r.id).toBe('青山市交通运输局-2023');
    expect(r.aliases).toEqual(['青山交通']);
  });

  it('contact block in brackets: 请与…联系, 邮政编码, 联系电话 with spaces, 电子邮箱', () => {
    expect(r.contact).toMatchObject({
      department: '青山市交通运输局办公室',
      address: '青山市人民路 8 号',
      postcode: '310000',
      phone: '0571-88881234',
      email: 'gk@qs.gov.cn',
    });
    expect(r.contact.website).toBeUndefined();
  });

  it('table 二: blank cells of present rows are 0, an absent row is null, 1,234 and 12.5 read', () => {
    const v = (id: string) => r.values[id]!.value;
    expect([v('t2.rules.issued'), v('t2.rules.repealed'), v('t2.rules.valid')]).toEqual([0, 0, 0]);
    expect([v('t2.normative.issued'), v('t2.normative.repealed'), v('t2.normative.valid')]).toEqual([3, 0, 20]);
    expect(v('t2.license.decisions')).toBe(1234);
    expect(v('t2.penalty.decisions')).toBe(56);
    expect(v('t2.enforcement.decisions')).toBeNull();
    expect(v('t2.fees.amount')).toBe(12.5);
  });

  it('table 三 by header position: blank cells 0, blank 总计 computed (derived)', () => {
    expect(row(r, 'new')).toEqual([10, 2, 0, 0, 0, 0, 12]);
    expect(row(r, 'granted')).toEqual([4, 1, 0, 0, 0, 0, 5]);
    expect(r.values['t3.granted.total']!.derived).toBe(true);
    expect(r.values['t3.new.total']!.derived).toBeUndefined();
    expect(row(r, 'partial')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(r, 'refused.secret')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(r, 'refused.third-party')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(r, 'refused.internal')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(r, 'rejected.repeat')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row(r, 'other.no-correction')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(r, 'other.other')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(r, 'total')).toEqual([9, 2, 0, 0, 0, 0, 11]);
    expect(row(r, 'carry-over')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(r, 'rejected')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(r.values['t3.new.org']!.value).toBe(2);
  });

  it('table 四 from one data row of 15 numbers', () => {
    const g = (id: string) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => r.values[`t4.${id}.${c}`]!.value);
    expect(g('review')).toEqual([1, 0, 0, 1, 2]);
    expect(g('suit-direct')).toEqual([0, 0, 0, 1, 1]);
    expect(g('suit-after-review')).toEqual([0, 0, 0, 0, 0]);
  });

  it('findings: no rule breach; the prose "不予处理 3 件" disagrees with the table; "与2022年相比" is not a wrong year', () => {
    expect(r.findings.filter((f) => /^R\d$/.test(f.rule))).toEqual([]);
    const prose = r.findings.filter((f) => f.rule === 'prose');
    expect(prose).toHaveLength(1);
    expect(prose[0]!.numbers).toEqual([3, 1]);
    expect(prose[0]!.message).toContain('不予处理');
    expect(r.findings.filter((f) => f.rule === 'year')).toEqual([]);
    expect(r.feeStatement).toBe('本机关2023年度未收取信息处理费。');
    expect(r.passages.find((p) => p.id === '五.(二).1')?.text).toBe('加强审核，按时发布。');
  });
});

describe('space-separated columns and the 2019 format', () => {
  const r = parseText('/x/某某市某某局-2019.txt', SPACED);

  it('identity from "XX局2019年度…" title (no markdown heading)', () => {
    expect(r.office).toBe('某某市某某局');
    expect(r.year).toBe(2019);
    expect(r.aliases).toBeUndefined();
    expect(r.period).toBe('2019年1月1日至2019年12月31日');
  });

  it('old table 二 columns are kept as printed; standard figures only where the header says so', () => {
    const v = (id: string) => r.values[id]!.value;
    expect(v('t2.normative.issued')).toBe(2); // 本年新制作数量
    expect(v('t2.normative.repealed')).toBeNull(); // 60号 has no 废止 column
    expect(v('t2.normative.valid')).toBe(15); // 对外公开总数量 = the cumulative 现行有效件数
    expect(v('t2.rules.valid')).toBe(0);
    // rows only the 2019 format prints
    expect(v('t2.other-services.decisions')).toBe(5);
    expect(v('t2.procurement.count')).toBe(6);
    expect(v('t2.procurement.amount')).toBe(120.5);
    expect(v('t2.license.decisions')).toBe(321);
    expect(v('t2.penalty.decisions')).toBe(56);
    expect(v('t2.enforcement.decisions')).toBe(2);
    expect(v('t2.fees.amount')).toBeNull();
    const norm = r.table2Raw.find((x) => x.label === '规范性文件')!;
    expect(norm.cells).toEqual({ 本年新制作数量: '2', 本年新公开数量: '2', 对外公开总数量: '15' });
    const buy = r.table2Raw.find((x) => x.label === '政府集中采购')!;
    expect(buy.item).toBe('第二十条第（九）项');
    expect(buy.cells).toEqual({ 采购项目数量: '6', 采购总金额: '120.5' });
    expect(r.table2Raw.some((x) => x.label === '其他对外管理服务事项')).toBe(true);
  });

  it('table 三: single-row (六)其他处理 goes to t3.other.* (printed), sub-rows null', () => {
    expect(row(r, 'new')).toEqual([8, 1, 0, 0, 0, 0, 9]);
    expect(row(r, 'other')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(r.values['t3.other.total']!.derived).toBeFalsy();
    expect(row(r, 'other.no-correction')).toEqual([null, null, null, null, null, null, null]);
    expect(row(r, 'refused.internal')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(r, 'rejected')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row(r, 'total')).toEqual([8, 1, 0, 0, 0, 0, 9]);
    expect(r.findings.some((f) => f.rule === 'missing-rows')).toBe(false);
  });

  it('R4 breach in table 四 is reported with the numbers', () => {
    const r4 = r.findings.filter((f) => f.rule === 'R4');
    expect(r4).toHaveLength(1);
    expect(r4[0]).toMatchObject({ row: 'review', column: 'total', numbers: [1, 1, 0, 0, 3] });
  });

  it('section 六 as a plain line, fee statement, prose and year checks', () => {
    expect(r.feeStatement).toBe('本机关2019年度收取信息处理费 0 元。');
    expect(r.passages.some((p) => p.section === '五')).toBe(true);
    const prose = r.findings.filter((f) => f.rule === 'prose');
    expect(prose.map((f) => f.numbers)).toEqual([[2, 1]]);
    // "较2018年" is a comparison and "2020年我局将…" a plan: not flagged; "2018年，我局共发布…" is.
    const years = r.findings.filter((f) => f.rule === 'year').map((f) => `${f.row}:${f.numbers![0]}`);
    expect(years).toEqual(['一.3:2018']);
  });
});

describe('truncated report', () => {
  const full = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reports', '南岗区人民政府办公室-2022.txt'), 'utf8');
  const cut = full.slice(0, full.indexOf('\t\t2. 没有现成信息需要另行制作'));
  const r = parseText('/x/南岗区人民政府办公室-2022.txt', cut);

  it('keeps what it has, says what is missing', () => {
    expect(r.year).toBe(2022);
    expect(row(r, 'granted')).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(r.values['t3.unable.not-held.total']!.value).toBe(6);
    expect(r.values['t3.unable.need-create.total']!.value).toBeNull();
    expect(r.values['t3.total.total']!.value).toBeNull();
    expect(r.values['t4.review.total']!.value).toBeNull();
    const missing = r.findings.find((f) => f.rule === 'missing-rows')!;
    expect(missing.message).toContain('（七）总计');
    expect(missing.message).toContain('没有现成信息需要另行制作');
    expect(r.findings.some((f) => f.rule === 'truncated' && f.message.includes('第三部分之后中断'))).toBe(true);
    expect(r.findings.some((f) => f.rule === 'missing-table' && f.message.includes('表四'))).toBe(true);
  });
});

describe('label and layout variants', () => {
  it('a row "行政处罚 0 0 0" in one cell, 不在处理, 8 numbers in 总计, shifted "3. 其他"', () => {
    const text = `# 甲区人民政府办公室2022年政府信息公开工作年度报告

统计期限自2022年1月1日起至2022年12月31日止。

## 三、收到和处理政府信息公开申请情况

\t\t自然人\t商业企业\t科研机构\t社会公益\t法律服务机构\t其他\t总计
一、本年新收政府信息公开申请数量\t\t5\t0\t0\t0\t0\t0\t5
二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0
三、本年度办理结果\t(一) 予以公开\t1\t0\t0\t0\t0\t0\t1
\t(六) 其他处理\t1. 申请人无正当理由逾期不补正, 行政机关不在处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1
\t\t2. 申请人逾期未按收费通知要求缴纳费用, 行政机关不在处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
3. 其他\t\t3\t0\t0\t0\t0\t0\t3\t
(七) 总计 5 0 0 0 0 0 0 5
四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0
`;
    const r = parseText('/x/甲区人民政府办公室-2022.txt', text);
    expect(row(r, 'other.no-correction')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(r, 'other.other')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(row(r, 'other')).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(row(r, 'total')).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(r.findings.some((f) => f.rule === 'columns' && f.numbers?.length === 8)).toBe(true);
  });

  it('a title without an office falls back to the signature line; year from the period', () => {
    const text = `政府信息公开工作年度报告

本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。

一、总体情况

本年度依法公开政府信息。

六、其他需要报告的事项

本年度未收取信息处理费。

乙县住房和城乡建设局
2025年1月20日
`;
    const r = parseText('/x/untitled.txt', text);
    expect(r.office).toBe('乙县住房和城乡建设局');
    expect(r.year).toBe(2024);
    expect(r.id).toBe('乙县住房和城乡建设局-2024');
    expect(r.passages.some((p) => p.text.includes('乙县住房'))).toBe(false);
    expect(r.findings.some((f) => f.rule === 'year' && f.numbers?.[0] === 2025)).toBe(false);
  });

  it('R1/R3 breaches are reported per column with the numbers', () => {
    const text = `# 丙局2022年政府信息公开工作年度报告

## 三、收到和处理政府信息公开申请情况

一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t6
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
（一）予以公开\t5\t0\t0\t0\t0\t0\t5
（七）总计\t5\t0\t0\t0\t0\t0\t5
四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0
`;
    const r = parseText('/x/丙局-2022.txt', text);
    const r3 = r.findings.filter((f) => f.rule === 'R3');
    expect(r3).toHaveLength(1);
    expect(r3[0]).toMatchObject({ row: 'new', numbers: [5, 0, 0, 0, 0, 0, 6] });
    const r1 = r.findings.filter((f) => f.rule === 'R1');
    expect(r1.map((f) => f.column)).toEqual(['total']);
    expect(r1[0]!.numbers).toEqual([6, 0, 5, 0]);
  });

  it('one cell per line (text copied from a web page table)', () => {
    const cells = (xs: (string | number)[]) => xs.join('\n');
    const text = `# 丁镇人民政府2023年政府信息公开工作年度报告

## 二、主动公开政府信息情况

${cells(['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', 0, 0, 0, '行政规范性文件', 2, 1, 9])}
${cells(['第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', 7])}

## 三、收到和处理政府信息公开申请情况

${cells(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'])}
${cells(['一、本年新收政府信息公开申请数量', 3, 0, 0, 0, 0, 0, 3])}
${cells(['三、本年度办理结果', '（一）予以公开', 2, 0, 0, 0, 0, 0, 2])}
${cells(['（三）不予公开', '4.保护第三方合法权益', 1, 0, 0, 0, 0, 0, 1])}

## 四、政府信息公开行政复议、行政诉讼情况

${cells(['行政复议', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'])}
${cells([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])}
`;
    const r = parseText('/x/丁镇-2023.txt', text);
    const v = (id: string) => r.values[id]!.value;
    expect([v('t2.normative.issued'), v('t2.normative.repealed'), v('t2.normative.valid')]).toEqual([2, 1, 9]);
    expect(v('t2.license.decisions')).toBe(7);
    expect(v('t2.penalty.decisions')).toBeNull();
    expect(row(r, 'new')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(row(r, 'granted')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(r, 'refused.third-party')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(v('t4.review.upheld')).toBe(1);
    expect(v('t4.review.total')).toBe(1);
    expect(v('t4.suit-after-review.total')).toBe(0);
  });

  it('the 2019 format one cell per line: headers wrapped over two lines ("本年新" / "制作数量") and row names with their notes in brackets', () => {
    const cells = (xs: (string | number)[]) => xs.join('\n\n');
    const text = `拖市镇2020年政府信息公开工作年度报告

一、总体情况

本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。

二、行政机关主动公开政府信息情况

${cells(['第二十条第(一)项', '信息内容', '本年新', '制作数量', '本年新', '公开数量', '对外公开总数量', '规章(设区的市、自治州人民政府应提供相关数据)', 0, 0, 0, '规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,一般情况下属于规范性文件)', 34, 4, 47])}
`;
    const r = parseText('/x/拖市镇-2020.txt', text);
    expect(r.values['t2.normative.issued']!.value).toBe(34);
    expect(r.values['t2.normative.valid']!.value).toBe(47);
    expect(r.values['t2.rules.issued']!.value).toBe(0);
    // (本年新公开数量 has no catalogue column: kept as printed)
    expect(r.table2Raw.find((x) => x.label === '规范性文件')?.cells).toEqual({ 本年新制作数量: '34', 本年新公开数量: '4', 对外公开总数量: '47' });
  });

  it('a title printed over two lines (office above, year and title below)', () => {
    const text = `戊市生态环境局

2024年政府信息公开工作年度报告

本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。

一、总体情况

2024年，本局依法公开政府信息。
`;
    const r = parseText('/x/a.txt', text);
    expect(r.title).toBe('戊市生态环境局 2024年政府信息公开工作年度报告');
    expect(r.office).toBe('戊市生态环境局');
    expect(r.id).toBe('戊市生态环境局-2024');
    expect(r.passages.some((p) => p.text.includes('戊市生态环境局'))).toBe(false);
    const split = parseText('/x/b.txt', `己县人民政府2024年政府信息公开

工作年度报告

一、总体情况

2024年，本县依法公开政府信息。
`);
    expect(split.title).toBe('己县人民政府2024年政府信息公开 工作年度报告');
    expect(split.office).toBe('己县人民政府');
  });
});
