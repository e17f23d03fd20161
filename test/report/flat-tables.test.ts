/**
 * Reports whose text lost its line and cell breaks, made up here: the pieces that read them (capture
 * header, headings inside a paragraph, labelled digit runs) and whole reports where a row is settled
 * only by the table's balance (derived, said so), or not at all (unknown, a `split` warning naming the
 * row, and no figure stated to a citizen).
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/engine.js';
import { buildKnowledge } from '../../src/core/knowledge.js';
import { loadIntents } from '../../src/answer/intents.js';
import { dropCaptureHeader } from '../../src/report/extract/capture-header.js';
import { textToDocument } from '../../src/report/extract/text.js';
import { parseReport } from '../../src/report/parse.js';
import { labelledRuns } from '../../src/report/parse/flat-runs.js';
import { t3Number } from '../../src/report/parse/flat-table3.js';
import { splitInlineSections } from '../../src/report/parse/inline-sections.js';
import type { Report } from '../../src/report/types.js';

const v = (r: Report, id: string) => r.values[id]?.value;
const COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
const row = (r: Report, id: string) => COLS.map((c) => v(r, `t3.${id}.${c}`));
const Z = '0000000';

/** Table 三's labels in print order, each with its row id (null: a label without figures). */
const T3_LABELS: [string, string | null][] = [
  ['一、本年新收政府信息公开申请数量 ', 'new'],
  ['二、上年结转政府信息公开申请数量 ', 'carried'],
  ['三、本年度办理结果 （一）予以公开 ', 'granted'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形） ', 'partial'],
  ['（三）不予公开 1.属于国家秘密', 'refused.secret'],
  ['2.其他法律行政法规禁止公开 ', 'refused.law'],
  ['3.危及“三安全一稳定” ', 'refused.security'],
  ['4.保护第三方合法权益 ', 'refused.third-party'],
  ['5.属于三类内部事务信息 ', 'refused.internal'],
  ['6.属于四类过程性信息 ', 'refused.process'],
  ['7.属于行政执法案卷 ', 'refused.enforcement'],
  ['8.属于行政查询事项 ', 'refused.query'],
  ['（四）无法提供 1.本机关不掌握相关政府信息 ', 'unable.not-held'],
  ['2.没有现成信息需要另行制作 ', 'unable.need-create'],
  ['3.补正后申请内容仍不明确 ', 'unable.unclear'],
  ['（五）不予处理 1.信访举报投诉类申请 ', 'rejected.petition'],
  ['2.重复申请 ', 'rejected.repeat'],
  ['3.要求提供公开出版物 ', 'rejected.publication'],
  ['4.无正当理由大量反复申请 ', 'rejected.excessive'],
  ['5.要求行政机关确认或重新出具已获取信息 ', 'rejected.confirm'],
  ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 ', 'other.no-correction'],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ', 'other.no-fee'],
  ['3.其他 ', 'other.other'],
  ['（七）总计 ', 'total'],
  ['四、结转下年度继续办理 ', 'carry-over'],
];

/** A whole report on one line, as a web capture leaves it; `t3` gives the digit runs of table 三 (0000000 elsewhere). */
function flatReport(t3: Record<string, string>, opts: { t2?: string; narrative?: string } = {}): string {
  const table3 = T3_LABELS.map(([label, id]) => `${label}${id ? (t3[id] ?? Z) : ''}`).join('');
  return [
    '标题: 某某区人民政府2022年政府信息公开工作年度报告',
    '发布时间: 2023-01-30 10:00',
    '原文链接: https://www.example.gov.cn/a/b.htm',
    '==================== 正文 ====================',
    '本报告中所列数据统计期限为2022年1月1日至2022年12月31日。如有疑问请与某某区政府办公室联系（电话：0000-1234567）。 一、总体情况 ' +
      (opts.narrative ?? '2022年，我区扎实推进政务公开工作。') +
      ' 二、主动公开政府信息情况第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 ' +
      (opts.t2 ?? '规章000行政规范性文件000') +
      '第二十条第（五）项信息内容本年处理决定数量行政许可5第二十条第（六）项信息内容本年处理决定数量行政处罚2行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0' +
      ' 三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 社会公益组织 法律服务机构 其他 ' +
      table3 +
      ' 四、政府信息公开行政复议、行政诉讼情况行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 未经复议直接起诉 复议后起诉 结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0' +
      ' 五、存在的主要问题及改进情况 一是公开深度不够。 六、其他需要报告的事项 本年度未收取信息处理费。',
  ].join('\n');
}
const parseFlat = (text: string) => parseReport(textToDocument('某某区人民政府-2022.txt', text));

describe('the pieces', () => {
  it('a capture header gives the title and nothing else; without its separator the lines stay', () => {
    const lines = ['标题: 某局2022年政府信息公开工作年度报告', '文号: ', '页面链接与图片详见 links.tsv(同目录)', '===== 正文 =====', '正文第一段。'];
    expect(dropCaptureHeader(lines)).toEqual(['# 某局2022年政府信息公开工作年度报告', '', '正文第一段。']);
    expect(dropCaptureHeader(lines.filter((l) => !/正文 =/.test(l)))).toHaveLength(4);
    const prose = ['这是第一段说明文字，没有冒号也不是字段', '第二段说明文字', '===== 正文 =====', 'x'];
    expect(dropCaptureHeader(prose)).toBe(prose);
  });

  it('headings inside one paragraph are cut out only when three or more stand in it, in order', () => {
    const one = { kind: 'paragraph' as const, text: '详见三、收到和处理政府信息公开申请情况。本年度共收到申请5件。' };
    expect(splitInlineSections([one])).toEqual([one]);
    const flat = { kind: 'paragraph' as const, text: '前言。 一、总体情况 甲。 二、主动公开政府信息情况规章000 三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 1000001' };
    expect(splitInlineSections([flat]).map((b) => (b.kind === 'heading' ? `#${b.text}` : b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '前言。',
      '#一、总体情况',
      '甲。',
      '#二、主动公开政府信息情况',
      '规章000',
      '#三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 1000001',
    ]);
  });

  it('labelled runs: a sub-row number glued to the run before it goes back to its label; prose numbers are no runs', () => {
    const text = '（三）不予公开 1.属于国家秘密00000002.其他法律行政法规禁止公开 10000013.危及“三安全一稳定” 0000000';
    expect(labelledRuns(text, t3Number)).toEqual([
      { label: '（三）不予公开 1.属于国家秘密', tokens: ['0000000'] },
      { label: '2.其他法律行政法规禁止公开', tokens: ['1000001'] },
      { label: '3.危及“三安全一稳定”', tokens: ['0000000'] },
    ]);
    expect(labelledRuns('2022年共主动公开信息14571条，行政许可10690第二十条')).toEqual([{ label: '2022年共主动公开信息14571条，行政许可', tokens: ['10690'] }]);
    expect(labelledRuns('行政复议 0 1 1 0 2 行政事业性收费9116.36')).toEqual([
      { label: '行政复议', tokens: ['0', '1', '1', '0', '2'] },
      { label: '行政事业性收费', tokens: ['9116.36'] },
    ]);
  });
});

describe('a row only the balance settles', () => {
  // 予以公开 101000011: 自然人 1 + 科研机构 10, or 自然人 10 + 商业企业 1 — both sum to 11.
  // (七)总计 = 予以公开 + 部分公开 (10 by 自然人) = 20 + 1 by 商业企业: only the second.
  const r = parseFlat(flatReport({ new: '201000021', granted: '101000011', partial: '100000010', total: '201000021' }));

  it('the split the balance allows, its cells derived by the balance', () => {
    expect(row(r, 'granted')).toEqual([10, 1, 0, 0, 0, 0, 11]);
    expect(['natural', 'business', 'research'].map((c) => r.values[`t3.granted.${c}`]!.by)).toEqual(['balance', 'balance', 'balance']);
    expect(r.values['t3.granted.total']!.by).toBeUndefined(); // 11 is the row's own total whichever split
    expect(r.values['t3.granted.org']!.by).toBe('balance'); // built on a balance cell
    expect(row(r, 'partial')).toEqual([10, 0, 0, 0, 0, 0, 10]);
  });

  it('staff are told which row and how', () => {
    const f = r.findings.find((x) => x.rule === 'split' && x.row === '（一）予以公开');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/101000011.*2 种拆分.*只有一种成立.*自然人 10，商业企业 1，科研机构 0/);
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('the answer says the figure was inferred from the table\'s totals', async () => {
    const kn = buildKnowledge([r], [], await loadIntents());
    const a = decide(kn, '自然人申请予以公开了几件', {}, new Date('2026-06-01')).answer;
    expect(a.text).toMatch(/自然人.*10 件.*根据表内合计推算/);
  });
});

describe('a row no rule settles: unknown, never guessed', () => {
  // 一, 予以公开 and (七)总计 all 101000011: the two splits balance alike (一 = 总计 = 予以公开).
  const r = parseFlat(flatReport({ new: '101000011', granted: '101000011', total: '101000011' }));

  it('the cells the splits disagree on are null; the ones they share are kept', () => {
    for (const id of ['new', 'granted', 'total']) expect(row(r, id), id).toEqual([null, null, null, 0, 0, 0, 11]);
    expect(v(r, 't3.new.org')).toBeNull();
  });

  it('a warning names each row and the cells left unknown', () => {
    const warned = r.findings.filter((x) => x.rule === 'split' && x.severity === 'warning');
    expect(warned.map((x) => x.row)).toEqual(['一、本年新收政府信息公开申请数量', '（一）予以公开', '（七）总计']);
    expect(warned[0]!.message).toMatch(/101000011.*2 种拆分.*无法确定自然人、商业企业、科研机构.*视为未报告/);
  });

  it('a citizen gets the total, never a guessed column', async () => {
    const kn = buildKnowledge([r], [], await loadIntents());
    const total = decide(kn, '收到多少申请', {}, new Date('2026-06-01')).answer.text;
    expect(total).toMatch(/11 件/);
    expect(total).not.toMatch(/自然人/);
    // (the row's total comes first; the column itself is not guessed)
    const natural = decide(kn, '自然人申请了多少件', {}, new Date('2026-06-01')).answer.text;
    expect(natural).toMatch(/报告未列出自然人/);
    expect(natural).not.toMatch(/自然人[^。（]{0,20}\d+ 件/);
  });
});

describe('table 二 has no sum rule', () => {
  const t2 = '规章000行政规范性文件8855698';
  it('the narrative\'s figures choose the split', () => {
    const r = parseFlat(flatReport({}, { t2, narrative: '集中公开现行有效行政规范性文件698件，本年度制发规范性文件88件。' }));
    expect(['issued', 'repealed', 'valid'].map((c) => v(r, `t2.normative.${c}`))).toEqual([88, 55, 698]);
  });

  it('without them the row stays unknown, with a warning', () => {
    const r = parseFlat(flatReport({}, { t2 }));
    expect(['issued', 'repealed', 'valid'].map((c) => v(r, `t2.normative.${c}`))).toEqual([null, null, null]);
    expect(['issued', 'repealed', 'valid'].map((c) => v(r, `t2.rules.${c}`))).toEqual([0, 0, 0]);
    expect(r.findings.find((x) => x.rule === 'split' && x.row === '行政规范性文件')?.message).toMatch(/8855698.*15 种拆分.*无法确定本年制发件数、本年废止件数、现行有效件数/);
  });

  it('one stated figure settles only what it settles', () => {
    const r = parseFlat(flatReport({}, { t2, narrative: '现行有效行政规范性文件698件。' }));
    expect(['issued', 'repealed', 'valid'].map((c) => v(r, `t2.normative.${c}`))).toEqual([null, null, 698]);
  });
});

describe('a run-together table none of whose rows can be split', () => {
  // 12345678: eight digits into seven cells, and no way makes the six sum to the seventh
  const r = parseFlat(flatReport(Object.fromEntries(T3_LABELS.flatMap(([, id]) => (id ? [[id, '12345678']] : [])))));

  it('is still a table: every row is named in a warning, no figure is read, no "missing table"', () => {
    expect(row(r, 'new')).toEqual(new Array(7).fill(null));
    const warned = r.findings.filter((x) => x.rule === 'split' && x.severity === 'warning');
    expect(warned).toHaveLength(25);
    expect(warned[0]!.message).toMatch(/12345678.*无法拆分成 7 格并符合本行规则/);
    expect(r.findings.some((x) => x.rule === 'missing-table' && /表三/.test(x.message))).toBe(false);
  });
});
