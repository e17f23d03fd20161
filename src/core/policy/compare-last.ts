/** Rule for comparing the last two answers of one figure ("临朐…新收多少" → "那丁蜀镇呢" → "两个差多少"). */
import { reportLabel } from '../../answer/render.js';
import { PASSAGE_INTENT } from '../respond.js';
import { contentWords } from '../../answer/retrieve.js';
import { figureOfMetric, valueOf } from '../../answer/trend.js';
import { DIFFERENCE_ASKED, SUM_ASKED } from '../patterns.js';
import { reportById } from '../select.js';
import { toldFigure } from '../prose-figures.js';
import type { Decision, Rule } from './types.js';
import { APPROX_NOTE, totalBefore } from './text-arith.js';
import type { Knowledge } from '../knowledge.js';
import type { Report } from '../../report/types.js';
import type { ConvState } from '../engine.js';
import { countOverYears, decimalsAsked, textCounts, type YearCount } from '../told-over-years.js';
import { cutSpans, findReportSlots } from '../../understand/slots.js';
import { residualLabel, toldCount, type Told } from '../../answer/text-arith.js';

/** Words of adding up and pointing at the two ("两个", "加起来", "一共"): nothing of a thing of its own. */
const SUM_WORDS = /^(?:两个|两项|两者|二者|这俩|这两个|这两项|它们|他们|一共|总共|合计|加起来|加在一起|加一块|一块|起来|合起来|总数|总计|相加|之和|多少|几|大概|大约|大致|一下|等于|报告|年报|说的|写的|是不是|对不对)$/;

/** Which of the two is larger or smaller ("这两个哪个多", "谁少", "哪家多一些"). */
// (or with the doing between, "哪个发得多", "谁办得少")
const WHICH_MORE = /(?:哪个|哪一个|哪家|哪边|谁|哪年|哪一年)(?:的)?(?:[发办收回答公推]得|(?:发布|办理|收到|答复|公开|推送)得)?(?:更)?(多|少|高|低|大|小)/;

export const compareLastTwo: Rule = {
  name: 'compare-last-two',
  doc: 'A difference, a sum or which is more asked right after the same figure of two reports ("那丁蜀镇呢" then "两个差多少", or one answer giving both: "沭阳和南岗各多少件" then "差几件"): both figures and their difference, sum or the larger, from the reports\' own cells.',
  decide: (u, state, kn) => {
    const sum = SUM_ASKED.test(u.norm) && !DIFFERENCE_ASKED.test(u.norm);
    // (the decimals asked of a rate: "保留两位小数")
    const decimals = decimalsAsked(u.norm);
    // ("降了百分之几", "增长了多少": the change from the first answer to the second, with its rate)
    const change = !sum && CHANGE_FOLLOW_UP.test(u.norm);
    const which = !sum && !change && !DIFFERENCE_ASKED.test(u.norm) ? WHICH_MORE.exec(u.norm) : null;
    // (the two reports: the one before the last and the last, or the two of one answer)
    const pair = state.previousReport ? [state.previousReport, state.report] : state.reports?.length === 2 ? state.reports : undefined;
    // (the two offices named again, "广州比巴南多多少件" right after both were answered: still the two)
    const pairOffices = (pair ?? []).map((id) => reportById(kn, id)?.office);
    const namesPair = u.slots.offices.length >= 2 && u.slots.offices.every((o) => pairOffices.includes(o));
    // (the two set against the total the text tells before them, "年报总数写的是多少，对得上吗": their sum beside it)
    const againstTotal = !pair && !state.metric && TOTAL_NAMED.test(u.norm) && MATCH_ASKED.test(u.norm);
    if (againstTotal && !u.metric && !u.slots.offices.length && !u.slots.years.length && state.text && state.previousText) return toldItemsOfOne(kn, state, u.norm, true, null, false, decimals, true);
    if (u.metric || (u.slots.offices.length && !namesPair) || u.slots.years.length || !(DIFFERENCE_ASKED.test(u.norm) || sum || which || change)) return undefined;
    // (a thing of its own named with the sum, "现行有效的一共多少件" after 制发 and 废止: that thing's count, not the two added)
    // (a word of the report's, not of the two or of how much: "两年", "大概" name no thing)
    const shown = state.report ? reportById(kn, state.report) : undefined;
    const ownThing = (w: string) => w.length >= 2 && !SUM_WORDS.test(w) && !/^[两三四几这那俩]/.test(w) && !(state.text ?? '').includes(w) && !(state.previousText ?? '').includes(w) && !!shown?.passages.some((p) => p.text.includes(w));
    // (a third thing added to the two asked one after the other, "再加上财政信息，三项一共多少条": the three counts added)
    const three = sum && !pair && !state.metric && state.text && state.previousText ? toldThreeOfOne(kn, state, u.norm) : undefined;
    if (three) return three;
    if (sum && contentWords(u.norm).some(ownThing)) return undefined;
    // (or two counts of one report's text asked one after the other: "微信公众号发布了多少条" then "那微博呢")
    // (not a thing of its own named in words only the report uses: "收费那块一共上缴了多少" asks the fee's sum, not the two before)
    if (!pair) return !state.metric && state.text && state.previousText && !u.reportOnlyWords.length ? toldItemsOfOne(kn, state, u.norm, sum, which, change, decimals) : undefined;
    // (a count the texts tell, asked of both: each one's sentence, from the number it attaches to the thing asked)
    if (!state.metric) return state.text ? (toldPair(kn, state.text, pair, sum, which, change, decimals) ?? toldByWords(kn, state.text, pair, sum, which, change, decimals)) : undefined;
    // (a row of table 二 kept from a passage of a report with no table: the texts' counts first)
    const fromText = state.intent === PASSAGE_INTENT && state.text ? (toldPair(kn, state.text, pair, sum, which, change, decimals) ?? toldByWords(kn, state.text, pair, sum, which, change, decimals)) : undefined;
    if (fromText) return fromText;
    const figure = figureOfMetric(state.metric);
    const [a, b] = [reportById(kn, pair[0]), reportById(kn, pair[1])];
    if (!figure || !a || !b) return undefined;
    // (a figure of table 三 a report tells only in its text, "全年新收到政府信息公开申请13件": its one number)
    const told = toldFigure(kn);
    const of = (r: typeof a) => valueOf(r, figure) ?? (state.metric!.table === '三' ? told(r, state.metric!)?.v ?? null : null);
    // (a figure a table leaves out, told in the text in words of its own: "现行有效行政规范性文件7个", "答复依申请公开17件")
    const label = state.text ? residualLabel(cutSpans(state.text, findReportSlots(state.text, kn.refs, new Date()).spans)) : '';
    // (in the measure asked, "发布了几部政府规章": 部, not the 件 of the documents beside them)
    const askedUnit = state.text ? /(?:多少|几)\s*([条件个篇项份部])/.exec(state.text)?.[1] : undefined;
    const byWords = (r: Report) => (label ? toldCount(r, label, askedUnit)?.value ?? null : null);
    const [x, y] = [of(a) ?? byWords(a), of(b) ?? byWords(b)];
    if (x === null || y === null) return undefined;
    const named = of(a) === null || of(b) === null ? label : figure.label;
    // ("两年加起来多少": their sum instead)
    // (a change over the years of one office reads from the earlier year to the later, whichever was asked first)
    const back = change && a.office === b.office && (a.year ?? 0) > (b.year ?? 0);
    const result = back ? compared(y, x, [reportLabel(b), reportLabel(a)], ` ${figure.unit}`, sum, which, change, decimals) : compared(x, y, [reportLabel(a), reportLabel(b)], ` ${figure.unit}`, sum, which, change, decimals);
    const lines = [`${reportLabel(a)}：${x} ${figure.unit}；${reportLabel(b)}：${y} ${figure.unit}。`, result];
    return { kind: 'passage', report: b, parts: { head: `“${named}”：`, lines, labelled: true } };
  },
};

/** The same count two reports' texts tell: both sentences and the sum, the difference or which is more. */
function toldPair(kn: Knowledge, question: string, pair: readonly (string | undefined)[], sum: boolean, which: RegExpExecArray | null, change = false, decimals?: number): Decision | undefined {
  const reports = pair.map((id) => reportById(kn, id)).filter((r): r is Report => !!r);
  const query = cutSpans(question, findReportSlots(question, kn.refs, new Date()).spans);
  const asked = countOverYears(query);
  if (reports.length !== 2 || !asked) return undefined;
  const counts = textCounts(reports, query, asked);
  if (!counts.every((c): c is YearCount => c !== undefined)) return undefined;
  const [x, y] = [counts[0]!.value, counts[1]!.value];
  const result = chronological(reports, x, y, asked.unit, sum, which, change, decimals);
  const lines = [...counts.map((c) => `${reportLabel(c.report)}：${c.evidence.trim()}`), result];
  return { kind: 'passage', report: reports[1]!, parts: { head: '据各报告：', lines, labelled: true } };
}

/**
 * The thing the last question counted, found in each text by its words (src/answer/text-arith.ts): the two
 * counts and the sum, the difference or which is more — or nothing unless both texts tell it.
 */
function toldByWords(kn: Knowledge, question: string, pair: readonly (string | undefined)[], sum: boolean, which: RegExpExecArray | null, change = false, decimals?: number): Decision | undefined {
  const reports = pair.map((id) => reportById(kn, id)).filter((r): r is Report => !!r);
  const label = residualLabel(cutSpans(question, findReportSlots(question, kn.refs, new Date()).spans));
  if (reports.length !== 2 || !label) return undefined;
  const unit = /(?:多少|几)\s*([条件个篇项份部])/.exec(question)?.[1];
  const counts = reports.map((r) => toldCount(r, label, unit));
  if (!counts.every((c): c is Told => c !== undefined)) return undefined;
  const [x, y] = [counts[0]!.value, counts[1]!.value];
  const u = unit ?? counts.find((c) => c.unit)?.unit ?? '';
  const result = chronological(reports, x, y, u, sum, which, change, decimals);
  const lines = [...reports.map((r, i) => `${reportLabel(r)}：${counts[i]!.value}${counts[i]!.unit || u}（报告正文：“${counts[i]!.clause}”）\n`), result];
  return { kind: 'passage', report: reports[1]!, parts: { head: '据各报告正文：\n', lines, labelled: true } };
}

/** The total named ("总数", "总共写的"). */
const TOTAL_NAMED = /总数|总量|总计|总共写|一共写/;
/** Whether two figures agree, asked ("对得上吗", "一致吗"). */
const MATCH_ASKED = /对得上|对不上|一致|相符|吻合|等于|等不等/;

/** More than two things pointed at ("三项", "这四个", "3类"). */
const MORE_THAN_TWO = /[三四五六七八九十3-9]\s*(?:项|个|类|样|种|者)/;

/** Two things one report's text counts, asked one after the other: both counts and their sum, difference or the larger. */
/** The share of a sum in a whole quoted after 占 ("合计占目录102条的百分之几", "占总数188条的比例"): the count, and what it names. */
const SUM_SHARE_OF_QUOTED = /占\s*(?:了)?([^\d，,。？?]{0,8}?)(\d+)\s*[条件个篇项份]的?(?:百分之几|百分比|比例|比重|占比|多少)/;
/** Decimals of a share (as the reports print them: 24.48%). */
const SHARE_DECIMALS = 2;

function toldItemsOfOne(kn: Knowledge, state: ConvState, question: string, sum: boolean, which: RegExpExecArray | null, change = false, decimals?: number, againstTotal = false): Decision | undefined {
  const r = reportById(kn, state.report);
  // (more than two things named to add, "三项加起来是多少": not the last two alone)
  if (!r || MORE_THAN_TWO.test(question)) return undefined;
  const labelOf = (q: string) => residualLabel(cutSpans(q, findReportSlots(q, kn.refs, new Date()).spans).replace(/^那|呢$/g, ''));
  const labels = [labelOf(state.previousText!), labelOf(state.text!)];
  if (labels.some((l) => !l) || labels[0] === labels[1]) return undefined;
  const unit = /(?:多少|几)\s*([条件个篇项份部])/.exec(state.previousText!)?.[1];
  const counts = labels.map((l) => toldCount(r, l, unit));
  if (!counts.every((c): c is Told => c !== undefined) || counts[0]!.clause === counts[1]!.clause) return undefined;
  const [x, y] = [counts[0]!.value, counts[1]!.value];
  const u = unit ?? counts[0]!.unit;
  const result = about(compared(x, y, [labels[0]!, labels[1]!], u, sum, which, change, decimals), counts);
  const lines = [...labels.map((l, i) => `${l}：${counts[i]!.value}${counts[i]!.approx ? '余' : ''}${counts[i]!.unit || u}（报告正文：“${counts[i]!.clause}”）\n`), result];
  // (the sum's share of a whole the asker quotes, "这两项合计占目录102条的百分之几": worked out from the two and that count)
  const whole = sum ? SUM_SHARE_OF_QUOTED.exec(question) : null;
  if (whole && Number(whole[2]) >= x + y && Number(whole[2]) > 0 && !counts.some((c) => c.approx)) {
    const total = Number(whole[2]);
    lines.push(`\n占${whole[1] ?? ''}${total}${u}的 ${(((x + y) / total) * 100).toFixed(decimals ?? SHARE_DECIMALS)}%（${x + y} ÷ ${total}，总数按您给的数字）。`);
  }
  if (againstTotal) {
    // (the total its parts are of, told before the first: "共发布各类动态信息约2500条,其中网站2100余条")
    const total = totalBefore(counts[0]!, r);
    if (!total || total.value < Math.max(x, y)) return undefined;
    const roughly = counts.some((c) => c.approx) || /约|余|多/.test(total.clause);
    const verdict = total.value === x + y ? '相等，一致' : roughly ? `相差约 ${Math.abs(total.value - x - y)}${u}（报告用的是约数，无法精确核对）` : `不一致，相差 ${Math.abs(total.value - x - y)}${u}`;
    lines.push(`\n报告写的总数：${total.value}${total.unit}（报告正文：“${total.clause}”）；与两者之和${verdict}。`);
  }
  return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：\n`, lines, labelled: true } };
}

/** A result worked from a count the text says with 余 ("2100余条"): said as about, and why. */
function about(line: string, counts: readonly Told[]): string {
  if (!counts.some((c) => c.approx)) return line;
  return line.replace(/(合计|多|少) (\d)/, '$1约 $2').replace(/，按报告数字计算）。$/, `，按报告数字计算；${APPROX_NOTE}）。`);
}

/** A third thing added ("再加上财政信息", "加上工作公告呢"). */
const ADDED_THIRD = /加上([^\s，,。？?、]{2,8}?)(?:的|呢)?(?:[，,。？?]|一共|总共|合计|共|$)/;
/** The things the asker says are added ("三项", "3个"). */
const THREE_NAMED = /([两二三四五六七八九3-9])\s*(?:项|个|类|样|种)/;

/** The two things of one report's text asked one after the other, and a third named to add: the three counts added. */
function toldThreeOfOne(kn: Knowledge, state: ConvState, question: string): Decision | undefined {
  const r = reportById(kn, state.report);
  const third = ADDED_THIRD.exec(question)?.[1];
  const named = THREE_NAMED.exec(question)?.[1];
  if (!r || !third || (named && named !== '三' && named !== '3')) return undefined;
  const labelOf = (q: string) => residualLabel(cutSpans(q, findReportSlots(q, kn.refs, new Date()).spans).replace(/^那|呢$/g, ''));
  const labels = [labelOf(state.previousText!), labelOf(state.text!), third];
  if (labels.some((l) => !l) || new Set(labels).size !== 3) return undefined;
  const unit = /(?:多少|几)\s*([条件个篇项份部])/.exec(state.previousText!)?.[1];
  const counts = labels.map((l) => toldCount(r, l, unit));
  if (!counts.every((c): c is Told => c !== undefined) || new Set(counts.map((c) => c.clause)).size !== 3) return undefined;
  const u = unit ?? counts[0]!.unit;
  const total = counts.reduce((a, c) => a + c.value, 0);
  const lines = [...labels.map((l, i) => `${l}：${counts[i]!.value}${counts[i]!.approx ? '余' : ''}${counts[i]!.unit || u}（报告正文：“${counts[i]!.clause}”）\n`), about(`三项合计 ${total}${u}（${counts.map((c) => c.value).join(' + ')}，按报告数字计算）。`, counts)];
  return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：\n`, lines, labelled: true } };
}

/**
 * The sum, the difference or the larger of two counts, said as the answer's last line (names: what each count is of;
 * unit: as the counts are said, with a space before it or not).
 */
/** A change asked right after two answers ("降了百分之几？", "少了多少条", "增幅多少"): from the first to the second. */
const CHANGE_FOLLOW_UP = /^(?:那)?(?:这|那)?(?:两年|两个|两家|俩)?(?:一比|相比|比一比|对比|比较)?(?:一共|总共)?(?:少了|多了|降了|涨了|增加了?|减少了?|下降了?|增长了?|上升了?|变化了?)(?:多少|几)|增幅|降幅|变化率|(?:增长|下降|降|涨|减少|增加|少|多)了?(?:百分之几|百分之多少|多少%|几个百分点|几成)/;

/** compared() of two reports' counts; a change over one office's years reads from the earlier year to the later. */
function chronological(reports: Report[], x: number, y: number, unit: string, sum: boolean, which: RegExpExecArray | null, change: boolean, decimals?: number): string {
  const [a, b] = reports as [Report, Report];
  // (two years of one office differ by a change, said from the earlier to the later: "2025年比2023年减少 3条")
  const asChange = change || (!sum && !which && a.office === b.office && a.year !== null && b.year !== null && a.year !== b.year);
  if (asChange && a.office === b.office && (a.year ?? 0) > (b.year ?? 0)) return compared(y, x, [reportLabel(b), reportLabel(a)], unit, sum, which, asChange, decimals);
  return compared(x, y, [reportLabel(a), reportLabel(b)], unit, sum, which, asChange, decimals);
}

/** Decimals of a rate of change (9.7%). */
const RATE_DECIMALS = 1;

function compared(x: number, y: number, names: [string, string], unit: string, sum: boolean, which: RegExpExecArray | null, change = false, decimals?: number): string {
  if (sum) return `两者合计 ${x + y}${unit}（${x} + ${y}，按报告数字计算）。`;
  if (change) {
    const d = y - x;
    if (d === 0) return `${names[1]}与${names[0]}持平（按报告数字计算）。`;
    const rate = x > 0 ? `，${d > 0 ? '增长' : '下降'}${(decimals === undefined ? ((Math.abs(d) / x) * 100).toFixed(RATE_DECIMALS).replace(/\.0$/, '') : ((Math.abs(d) / x) * 100).toFixed(decimals))}%` : '';
    return `${names[1]}比${names[0]}${d > 0 ? '增加' : '减少'} ${Math.abs(d)}${unit}（${x}${unit.trim()}→${y}${unit.trim()}${rate}，按报告数字计算）。`;
  }
  if (!which) return `两者相差 ${Math.abs(x - y)}${unit}（按报告数字计算）。`;
  const more = /多|高|大/.test(which[1]!);
  if (x === y) return '两者一样多（按报告数字计算）。';
  const larger = (x > y) === more ? names[0] : names[1];
  return `${larger}${more ? '更多' : '更少'}，两者相差 ${Math.abs(x - y)}${unit}（按报告数字计算）。`;
}
