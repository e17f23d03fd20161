/**
 * Rule for a change between years of one office whose reports tell the figure in their text (tables cut off or
 * never there): "2023年的申请比2022年少了几件", "主动公开的信息2023年比2021年多了多少条", "比2022年多还是少"
 * after a count of 2023. Each year's sentence, and the difference computed when every year states one number.
 */
import { contentWords } from '../../answer/retrieve.js';
import { TREND_MAX_YEARS, TREND_WORDS, yearsOf } from '../../answer/trend-answer.js';
import { DEFAULT_FIGURE, figureOf, figureOfMetric, officeYears, valueOf, type TrendFigure } from '../../answer/trend.js';
import { cutSpans, findReportSlots } from '../../understand/slots.js';
import type { MetricQuery } from '../../understand/metrics.js';
import type { ConvState } from '../engine.js';
import type { Knowledge } from '../knowledge.js';
import { DIFFERENCE_ASKED, SUM_ASKED } from '../patterns.js';
import { defaultReport, hasTableFigures, reportById } from '../select.js';
import { changeLine, countOverYears, decimalsAsked, rowCounts, sumLine, textCounts, type YearCount } from '../told-over-years.js';
import type { Understanding } from '../understanding.js';
import { withoutSlots } from './helpers.js';
import { toldCount, type Told } from '../../answer/text-arith.js';
import type { CountAsked } from '../../answer/retrieve.js';
import { NO_CASES_STATED } from '../told-cases.js';
import { casesFigure } from '../prose-figures.js';
import type { Report } from '../../report/types.js';
import { questionKinds } from '../../understand/kind.js';
import type { Rule } from './types.js';

/** How the answer says that the reports state the counts but not why they changed. */
export const NO_REASON_GIVEN = '报告只写了各年的数字，没有说明变化的原因。';
/** Measure words a count told in the text is tried in when the question names none ("哪一年多"). */
const MEASURES = ['条', '件', '篇', '个', '次', '场', '份', '部', '项'];
/** Which year had more asked ("多还是少", "增加还是减少", "多了还是少了"). */
const WHICH_MORE = /多(?:了)?还是少|少(?:了)?还是多|增加了?还是减少|减少了?还是增加|增(?:了)?还是减|升(?:了)?还是降|降(?:了)?还是升|涨(?:了)?还是跌|跌(?:了)?还是涨|哪(?:一)?年(?:的|度)?[^，。？?多少]{0,3}(?:更|比较)?(?:多|少)/;
/** The rate of a change asked ("增长了百分之几", "涨幅多少", "降了几个百分点"): a change in whatever unit the texts count in. */
const CHANGE_RATE_ASKED = /变化率|变动率|增减率|变化幅度|变化百分比|百分之几|百分之多少|百分比|增幅|涨幅|降幅|增长率|增速|几个百分点|多少个百分点|多少%|几成/;
/** The same words, every one of them (to leave them out of the thing counted). */
const CHANGE_RATE_ALL = new RegExp(CHANGE_RATE_ASKED.source, 'g');
/** How much it changed, no way asked ("变化多大", "有没有变化", "变动大不大"): a change in whatever unit the texts count in. */
const CHANGE_SIZE_ASKED = /变化(?:多大|大不大|大吗|有多大|如何|怎么样)|有(?:没有)?变化|变了多少|变动/;
/** Whether it went up or down, asked yes or no ("是不是比2023年少了", "比去年多了吗"). */
const CHANGED_YES_NO = /比[^，。？?]{1,10}(?:多|少|增加|减少|下降|上升)了?(?:吗|么|没有|不)?[?？]?$|(?:是不是|是否)[^，。？?]{0,12}比[^，。？?]{1,10}(?:多|少|增加|减少|下降|上升)/;
/** A change quoted to be checked ("比2023年少了250条", "比去年增加了5件"): its way and its size. */
const QUOTED_CHANGE = /比[^，。？?\d]{0,10}?(?:(?:19|20)?\d{2}年)?[^，。？?\d]{0,6}?(多|少|增加|减少|下降|上升|增长|降低)了?\s*(\d+)\s*(?=[条件个篇项次])/;
const UP = /多|增加|上升|增长/;
/** How a computation is asked for, not what is counted ("帮我算一下", "保留两位小数"). */
const WORKING_ASKED = /(?:帮我|请|麻烦)?(?:算|计算|核算)一下|保留(?:到)?[0-4零一二两三四]位小数|(?:精确|准确)到(?:小数点后)?[0-4一二两三四]位/g;

/** The verdict on a change quoted: right, or the change the reports' figures give. */
function quotedChangeCheck(u: Understanding, counts: readonly YearCount[], unit: string): string | undefined {
  const q = QUOTED_CHANGE.exec(u.norm);
  if (!q || counts.length !== 2) return undefined;
  const [from, to] = counts as [YearCount, YearCount];
  const d = to.value - from.value;
  // (said of the earlier year against the later, "2023年比2025年多了…": the way turned round)
  // (the year before 比 is the one said to have more or fewer; unnamed, it is the later: "比去年少了5件")
  const [at, atFrom] = [u.norm.indexOf(String(to.report.year)), u.norm.indexOf(String(from.report.year))];
  const earlierFirst = atFrom >= 0 && (at < 0 || atFrom < at);
  const said = (UP.test(q[1]!) ? 1 : -1) * Number(q[2]) * (earlierFirst ? -1 : 1);
  const right = said === d;
  return right
    ? `核对：对，按报告数字计算，${to.report.year}年比${from.report.year}年${d > 0 ? '增加' : '减少'}${Math.abs(d)}${unit}。`
    : `核对：不对，您说的“${q[1]}${q[2]}${unit}”与报告数字不一致：按报告数字计算，${to.report.year}年比${from.report.year}年${d === 0 ? '持平' : `${d > 0 ? '增加' : '减少'}${Math.abs(d)}${unit}`}。`;
}

/** How many times one year's count is the other's ("是2023年的几倍", "翻了几番"). */
const TIMES_ASKED = /几倍|多少倍|翻了?几番/;
const TIMES_ALL = new RegExp(TIMES_ASKED.source, 'g');

/** "2024年是2025年的 4 倍（28 ÷ 7，按报告数字计算）": the year said first in the question over the other. */
function timesLine(norm: string, counts: readonly YearCount[], unit: string): string | undefined {
  const [x, y] = counts as [YearCount, YearCount];
  const [ax, ay] = [norm.indexOf(String(x.report.year)), norm.indexOf(String(y.report.year))];
  const [num, den] = ax >= 0 && (ay < 0 || ax < ay) ? [x, y] : [y, x];
  if (den.value <= 0) return undefined;
  const ratio = (num.value / den.value).toFixed(decimalsAsked(norm) ?? 2).replace(/\.?0+$/, '');
  return `${num.report.year}年是${den.report.year}年的 ${ratio} 倍（${num.value}${unit} ÷ ${den.value}${unit}，按报告数字计算）。`;
}

/** One year named as the base of the comparison ("比2022年", "跟2021年比"). */
const YEAR_AS_BASE = /(?:比|较|跟|和|与|同)(?:19|20)\d\d/;
/** A change question's own words, none of which names the thing counted. */
const ONLY_CHANGE = /[这那两俩]|比|较|跟|和|与|同|年|[多少]|还是|了|呢|吗|啊|增加|减少|下降|上升|增长|降低|[涨跌降升增减]|变化|差|几|[件条个篇项次]|[?？!！,，。\s\d]/g;

/** The years asked of the office: named, "比去年", "近三年"; one named as the base of a comparison: it and the year answered before (else the newest). */
function yearsAsked(u: Understanding, loaded: readonly number[], conversationYear: number | undefined): number[] {
  const named = u.slots.years.filter((y) => loaded.includes(y));
  if (named.length === 1 && YEAR_AS_BASE.test(u.norm)) {
    const other = conversationYear !== undefined && conversationYear !== named[0] ? conversationYear : loaded.filter((y) => y !== named[0]).at(-1);
    return other === undefined ? [] : [named[0]!, other].sort((a, b) => a - b);
  }
  return yearsOf(u.norm, [...loaded]);
}

/** The figure of table 三 a question names ("申请", "部分公开"), with its metric; undefined for any other. */
function rowFigure(u: Understanding): { figure: TrendFigure; m: MetricQuery } | undefined {
  const named = figureOf(u.norm);
  // (a row of table 三 named outright is that row, whatever word of it the trend's figures know: "结转下年度继续办理"
  // is no 办理结果总计)
  const explicit = u.metric?.table === '三' && u.metric.rowsExplicit && u.metric.rows.length === 1 ? figureOfMetric(u.metric) : undefined;
  const figure = explicit ?? (named !== DEFAULT_FIGURE || DEFAULT_FIGURE.words.test(u.norm) ? named : u.metric?.table === '三' ? figureOfMetric(u.metric) : undefined);
  const id = figure?.metrics.length === 1 ? /^t3\.([\w-]+)\.total$/.exec(figure.metrics[0]!)?.[1] : undefined;
  // (the requests "办理" — handled, not 办结 — are asked vaguely: the text's clause that counts them, "办理申请74件")
  // (or asked vaguely, "依申请件数", "申请量": each text's sentence that counts the requests, 受理 or 办理)
  const vague = (id === 'total' || id === 'new') && ((/办理/.test(u.norm) && !/办结|答复/.test(u.norm)) || (!!u.metric?.vague && !/新收|收到|受理|办结|答复/.test(u.norm)));
  return figure && id ? { figure, m: { table: '三', rows: [id], cols: [], spans: [], rowsExplicit: true, ...(vague ? { vague } : {}) } } : undefined;
}

/** The question counted, or (a follow-up naming nothing, "比2022年多还是少") the one answered before it. */
/** A thing named by its measure and 数 ("主动公开条数", "申请件数"), not 数据 or 数量 words. */
const COUNT_OF_MEASURE = /(?<=\p{Script=Han})([条件篇项])数(?![据字额])/gu;

/** Each year's count of the one item the question names, read by its words from a list of counts (text-arith's toldCount). */
function listedCounts(reports: readonly Report[], query: string, asked: CountAsked): { asked: CountAsked; counts: YearCount[] } | undefined {
  // (every word of the thing, brackets too: "行政规范性文件(市政府、市政府办公室的)" tells 34 from 部门…68)
  const cleaned = query.replace(CHANGE_WORDS_ASKED, ' ').replace(/(?:多少|几)[条件个篇项份部]?|比|少了|多了|[吗呢吧]/g, ' ');
  // (the question's nouns, else every word left)
  const nouns = countOverYears(`${cleaned}多少${asked.unit}`)?.nouns ?? [];
  const label = nouns.length ? nouns.join('') : (cleaned.match(/\p{Script=Han}+/gu) ?? []).join('');
  if (label.length < 2) return undefined;
  const told = reports.map((r) => toldCount(r, label));
  if (!told.every((t): t is Told => !!t && !t.approx) || new Set(told.map((t) => t.unit)).size !== 1) return undefined;
  return { asked: { ...asked, unit: told[0]!.unit }, counts: told.map((t, i) => ({ report: reports[i]!, value: t.value, evidence: `${t.clause}。` })) };
}
/** The message without the office and years named (spans of a digit or four characters and more), the rest kept. */
function namedText(u: Understanding): string {
  return cutSpans(u.norm, u.slots.spans.filter((sp) => sp.end - sp.start >= 4 || /\d/.test(u.norm.slice(sp.start, sp.end))));
}

/** Every noun the question counts stands in a count's own clause. */
function nounsIn(clause: string, query: string, unit: string): boolean {
  const nouns = countOverYears(/(?:多少|几)/.test(query) ? query : `${query}多少${unit}`)?.nouns ?? [];
  const longest = [...nouns].sort((a, b) => b.length - a.length)[0];
  return !!longest && clause.includes(longest);
}

/** Words of the change asked, no part of the thing ("是增加还是减少", "增长百分之几", "有没有变化"). */
const CHANGE_WORDS_ASKED = /是?增加还是减少|是?减少还是增加|有没有变化|有无变化|变化|增长|下降|增加|减少|增幅|降幅|涨|降|百分之几|百分比|多少倍|几倍|保留[^，。？?]{0,6}小数|到/g;

/** The measure a case count is written in ("131宗"). */
const caseMeasure = (c: YearCount) => /\d\s*(件|起|宗|次)/.exec(c.evidence)?.[1];

/** Review or suit cases of each year told in the text: the count of that kind, or 0 where the text says none arose. */
function caseCounts(reports: readonly Report[], m: MetricQuery): (YearCount | undefined)[] | undefined {
  const review = m.rows.every((x) => x === 'review');
  const suit = m.rows.every((x) => x.startsWith('suit'));
  if (review === suit) return undefined;
  const counted = review ? /复议[^，,；;。\d]{0,8}?(\d+)\s*(件|起|宗|次)/ : /(?:诉讼|起诉)[^，,；;。\d]{0,8}?(\d+)\s*(件|起|宗|次)/;
  return reports.map((r) => {
    const told = casesFigure(r, m);
    const n = told ? counted.exec(told.text) : null;
    if (told && n) return { report: r, value: Number(n[1]), evidence: told.text };
    const none = r.passages.find((p) => NO_CASES_STATED.test(p.text) && (review ? /复议/ : /诉讼/).test(p.text));
    return none ? { report: r, value: 0, evidence: none.text.trim() } : undefined;
  });
}

/** The one measure word every year's evidence writes right after its count, if they agree. */
function measureAfter(counts: readonly (YearCount | undefined)[]): string | undefined {
  const units = counts.map((c) => (c ? new RegExp(`(?<![\\d.])${c.value}\\s*(?:余|多)?\\s*([条件篇个次场份部项])`).exec(c.evidence)?.[1] : undefined));
  return units.every((x) => x && x === units[0]) ? units[0] : undefined;
}

function countQuestion(u: Understanding, state: ConvState, kn: Knowledge): string | undefined {
  // (the rate asked is no unit of the thing counted: "增长了百分之几" counts in 条 or 件 like the texts)
  // (a change quoted to check, "比2023年少了250条，对不对": asked as how many, then checked)
  // (and how it is to be worked out is no part of it: "帮我算一下", "保留两位小数")
  const own = withoutSlots(u).replace(CHANGE_RATE_ALL, ' ').replace(TIMES_ALL, ' ').replace(WORKING_ASKED, ' ').replace(QUOTED_CHANGE, (m, _v, n: string) => m.replace(n, '多少'))
    // (the thing counted named by its measure, "主动公开条数…下降了百分之多少": how many 条 of it, when a change is asked)
    .replace(COUNT_OF_MEASURE, (m, unit: string) => (CHANGE_RATE_ASKED.test(u.norm) || CHANGE_SIZE_ASKED.test(u.norm) || DIFFERENCE_ASKED.test(u.norm) ? `多少${unit}` : m));
  if (countOverYears(own) || ((WHICH_MORE.test(own) || CHANGE_RATE_ASKED.test(u.norm) || CHANGE_SIZE_ASKED.test(u.norm) || CHANGED_YES_NO.test(u.norm) || TIMES_ASKED.test(u.norm)) && contentWords(own.replace(ONLY_CHANGE, ' ')).length)) return own;
  // (a figure of the tables asked before is the trend's — unless that report has no table figures, its answer told
  // from the text: "处罚强制信息公开了几条" read as 行政处罚 of a page cut before table 二)
  const before = state.report ? reportById(kn, state.report) : undefined;
  if ((state.metric && (!before || hasTableFigures(before))) || !state.text || contentWords(own.replace(ONLY_CHANGE, ' ')).length) return undefined;
  return cutSpans(state.text, findReportSlots(state.text, kn.refs, u.now).spans);
}

/** A count quoted with its measure word ("58条"). */
const TWO_COUNTS_QUOTED = /(?<![\d.])\d+\s*[条件个篇项份](?!\s*(?:年|月))/g;

export const toldChangeOverYears: Rule = {
  name: 'told-change-over-years',
  doc: 'A change between years of one office (比2022年少了几件, 多还是少, 差了多少条), or the years named added up (23、24两年合计多少条), whose reports tell the figure in their text: each year\'s sentence and the difference or sum computed when every year states one number for it; a table figure all years give is the trend\'s.',
  decide: (u, state, kn) => {
    if (u.empty || kn.reports.length < 2 || u.slots.offices.length >= 2) return undefined;
    // (or the years named added up: "23、24两年网站发布信息合计多少条")
    const sum = u.slots.years.length >= 2 && SUM_ASKED.test(u.norm) && !DIFFERENCE_ASKED.test(u.norm);
    if (!(TREND_WORDS.test(u.norm) || DIFFERENCE_ASKED.test(u.norm) || WHICH_MORE.test(u.norm) || TIMES_ASKED.test(u.norm) || sum)) return undefined;
    // (two things quoted with their counts and set side by side, one year named: "部门规范性文件58条是市政府文件13条的多少倍" — the
    // two things, no change over the years)
    if (u.slots.years.length <= 1 && (u.norm.match(TWO_COUNTS_QUOTED) ?? []).length >= 2) return undefined;
    const conv = state.report ? reportById(kn, state.report) : undefined;
    const office = u.slots.offices[0] ?? conv?.office ?? defaultReport(kn)?.office;
    if (!office) return undefined;
    const loaded = officeYears(kn.reports, office);
    const years = yearsAsked(u, loaded.map((r) => r.year!), conv?.office === office ? (conv.year ?? undefined) : undefined);
    const reports = loaded.filter((r) => years.includes(r.year!));
    if (reports.length < 2 || reports.length > TREND_MAX_YEARS) return undefined;
    let counts: (YearCount | undefined)[] = [];
    let unit = '';
    const row = rowFigure(u);
    if (row) {
      // every year's table gives it: the trend's answer
      if (reports.every((r) => valueOf(r, row.figure) !== null)) return undefined;
      counts = rowCounts(kn, reports, row.figure, row.m, u.norm);
      unit = row.figure.unit;
    }
    // (a row no year's table gives and whose text the row's reading misses — "全年共办理政府信息公开申请74件,办结71件"
    // for 办理: the number each sentence attaches to the question's own words)
    const untold = row && !counts.every((c) => c !== undefined) && reports.every((r) => valueOf(r, row.figure) === null);
    if (!row || untold) {
      // a figure of the tables the years give is theirs
      const tableFigure = figureOfMetric(u.metric);
      // (a row of table 二 none of the years' tables gives — a page cut before it — is read from the texts:
      // "公开行政处罚决定106件" → "…36件")
      const untoldT2 = u.metric?.table === '二' && reports.every((r) => Object.entries(r.values).every(([k, v]) => !u.metric!.rows.some((row) => k.startsWith(`t2.${row}.`)) || v.value === null));
      // (review and suit cases no year's table 四 gives, told in the text: "因政府信息公开提起行政复议8件")
      const untoldT4 = u.metric?.table === '四' && reports.every((r) => Object.entries(r.values).every(([k, v]) => !k.startsWith('t4.') || v.value === null));
      if (u.metric && !untoldT2 && !untoldT4 && (!tableFigure || reports.some((r) => valueOf(r, tableFigure) !== null))) return undefined;
      // (one kind of case, each year's text counting it or saying none arose: "行政复议1件" and "未收到…行政复议…")
      const cases = untoldT4 ? caseCounts(reports, u.metric!) : undefined;
      const query = countQuestion(u, state, kn);
      if (cases && cases.every((c) => c !== undefined)) {
        counts = cases;
        // (in the texts' own measure, "21宗 → 131宗")
        unit = cases.map((c) => caseMeasure(c!)).find(Boolean) ?? '件';
      } else {
      // ("…哪一年多": no measure word asked — the one every year's text states the thing in)
      const tries = query === undefined ? [] : countOverYears(query) ? [countOverYears(query)!] : WHICH_MORE.test(u.norm) || CHANGE_RATE_ASKED.test(u.norm) || CHANGE_SIZE_ASKED.test(u.norm) || CHANGED_YES_NO.test(u.norm) || TIMES_ASKED.test(u.norm) ? MEASURES.map((m) => countOverYears(`${query}多少${m}`)!).filter(Boolean) : [];
      // (the thing asked inside a list of several counts, "主动发布市政府文件9条,市政府办公室文件14条,…": the count
      // each text attaches to the question's own words)
      const listed = tries[0] ? listedCounts(reports, namedText(u), tries[0]) : undefined;
      const bySentence = tries.map((asked) => ({ asked, counts: textCounts(reports, query!, asked) })).find((t) => t.counts.every((c) => c !== undefined));
      // (a sentence's count in another measure than the thing's own, "政策文件46条" for 政策解读 of "发布政策解读49件": the
      // list's count of the thing named in full)
      const namedInFull = listed && bySentence && listed.counts.some((c, i) => c.value !== bySentence.counts[i]?.value) && listed.counts.every((c) => nounsIn(c.evidence, query!, listed.asked.unit));
      const found = (namedInFull ? listed : undefined) ?? bySentence ?? listed ?? (tries[0] ? { asked: tries[0], counts: [undefined] } : undefined);
      if (!query || !found) return undefined;
      if (!untold || found.counts.every((c) => c !== undefined)) {
        counts = found.counts;
        // (the measure the texts write after the count, "新闻通稿138篇", over the one tried)
        unit = measureAfter(found.counts) ?? found.asked.unit;
      }
      }
    }
    if (!counts.every((c): c is YearCount => c !== undefined)) return undefined;
    const check = quotedChangeCheck(u, counts, unit);
    // (how many times the other year's, "2024年是2025年的几倍": the year said first over the other)
    const times = TIMES_ASKED.test(u.norm) && counts.length === 2 ? timesLine(u.norm, counts, unit) : undefined;
    const lines = [
      ...(check ? [check] : []),
      // (each year's words on a line of their own, ended: a page cut mid-sentence runs on into the next year's otherwise)
      ...counts.map((c) => `${c.report.year}年报告：${c.evidence.trim()}${/[。；;！!？?]$/.test(c.evidence.trim()) ? '' : '。'}\n`),
      ...(sum ? [sumLine(counts, unit)] : counts.slice(1).map((c, i) => changeLine(counts[i]!, c, unit, decimalsAsked(u.norm)))),
      ...(times ? [times] : []),
      // (why it changed, when asked: the reports give counts, not their causes)
      ...(!sum && questionKinds(u.norm).why ? [NO_REASON_GIVEN] : []),
    ];
    // (a question that named nothing counted went on from the last one: the next follow-up goes on from that one too)
    const own = withoutSlots(u).replace(CHANGE_RATE_ALL, ' ').replace(WORKING_ASKED, ' ');
    const goesOn = !row && state.text && !countOverYears(own) && contentWords(own.replace(ONLY_CHANGE, ' ')).length === 0;
    return { kind: 'passage', report: reports.at(-1)!, parts: { head: `${office}各年度报告的说法：`, lines, labelled: true }, ...(goesOn ? { asked: state.text } : {}) };
  },
};
