/**
 * Year-over-year answers ("比去年多了多少", "近三年申请数变化"): when the office asked about has two or more
 * loaded years, the figure for each year, the change and the percentage, each year labelled, plus the
 * data of a small chart that channels able to show images render (src/chart).
 *
 * Until the policy table takes it as a named rule, the core asks this module first (trendAnswer returns
 * null for every question that is not a comparison over years, so other answers are untouched).
 */
import { BoundedMemo, READING_MEMO_MAX } from '../understand/memo.js';
import type { Report } from '../report/types.js';
import { officesNamedIn } from './office-index.js';
import type { MetricQuery } from '../understand/metrics.js';
import { change, DEFAULT_FIGURE, figureOf, figureOfMetric, officeYears, series, wordChange, wordSeries, type TrendFigure, type YearValue } from './trend.js';

/** Words that ask for a change over years (not a single year's figure). */
export const TREND_WORDS =
  /比(?:去|上一?|前)年|较(?:去|上一?|前)年|较(?:19|20)\d\d年?|同比|与(?:去|上)年|和(?:去|上)年比|比(?:19|20)\d\d年?|(?:和|与|跟|同)(?:19|20)?\d\d年?(?:相)?比|[多少]了几|变化|趋势|走势|历年|逐年|近[两二三四五六七八九十几\d]+年|这[两二三四五几\d]+年|(?:增长|增加|减少|下降|上升)了?多少|[多少]了多少|增幅|降幅|对比|相比|比较|(?:增长|增加|减少|下降|上升|降低|降|涨|减|增|跌)了?(?:百分之|几个百分点|多少个百分点|几成|多少%)/;
/** "近三年" → 3; "近几年" → every loaded year. */
const LAST_N = /[近这]([两二三四五六七八九十几]|\d+)年/;
const CN_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** "比去年"/"同比" with no other years: the newest year and the one before. */
const AGAINST_LAST = /比(?:去|上)年|较(?:去|上)年|同比|与(?:去|上)年|和(?:去|上)年比|[多少]了多少|(?:增长|增加|减少|下降|上升)了?多少/;
/** Most years shown in one answer (a long series stays readable in chat). */
export const TREND_MAX_YEARS = 6;

export interface TrendChart {
  title: string;
  unit: string;
  series: { label: string; points: { x: string; y: number | null }[] }[];
}

export interface TrendResult {
  text: string;
  office: string;
  figure: TrendFigure;
  points: YearValue[];
  /** The newest report of the answer (for the turn log). */
  report: string;
  chart: TrendChart;
}

function norm(q: string): string {
  return q.normalize('NFKC').replace(/\s+/g, '');
}


/** The years to show: named years, "近N年", "比去年" (newest two), else every loaded year. */
export function yearsOf(q: string, loaded: number[]): number[] {
  const named = [...q.matchAll(/((?:19|20)\d\d)年?/g)].map((m) => Number(m[1])).filter((y) => loaded.includes(y));
  // (a span, "2021到2023": the loaded years between are meant too)
  const span = /((?:19|20)\d\d)年?度?\s*(?:到|至|-|—|–|~|～)\s*((?:19|20)\d\d)/.exec(q);
  if (span) named.push(...loaded.filter((y) => y > Number(span[1]) && y < Number(span[2])));
  const uniq = [...new Set(named)].sort((a, b) => a - b);
  if (uniq.length >= 2) return uniq;
  if (uniq.length === 1 && AGAINST_LAST.test(q)) {
    const before = loaded.filter((y) => y < uniq[0]!).at(-1);
    return before ? [before, uniq[0]!] : [];
  }
  const n = LAST_N.exec(q);
  if (n) {
    const k = n[1] === '几' ? loaded.length : (CN_DIGIT[n[1]!] ?? Number(n[1]));
    return loaded.slice(-Math.max(2, k));
  }
  if (AGAINST_LAST.test(q)) return loaded.slice(-2);
  return loaded.slice(-TREND_MAX_YEARS);
}

/**
 * The year-over-year answer, or null when the question is not a comparison over years or the office has
 * fewer than two loaded years.
 */
/** The years' figures asked added up ("加起来一共多少", "合计"), not "一共收到多少" of one year. */
const ADDED_UP = /加起来|加在一起|加一起|合起来|相加|合计|总和|之和|累计/;

/**
 * `metric`: the question's figure words as the policy read them (a figure of the tables no TREND_FIGURES entry
 * names: "行政许可决定比2023年多了多少"); `previous`: the figure of the conversation, for a follow-up that names
 * none ("多了多少件").
 */
/** A follow-up that names no figure of its own ("多了多少件", "比去年呢"). */
const NO_FIGURE_WORDS = /^[那就]?(?:比(?:去|上|前)年)?(?:[多少]了?(?:多少|几)[件个条项]?|呢|变化|增减|增加了?多少|减少了?多少)[呢吗啊?？]*$/;

/** Questions kept in `asked` (as the other memos of a text; a full table replaces one at random). */
const ASKED_MAX = READING_MEMO_MAX;
/** Questions read by trendAnswer: their normal form when it holds a change word, null when not (most questions). */
const asked = new BoundedMemo<string, string | null>(ASKED_MAX);

/**
 * The question's normal form when it holds a change word, else null. Memoised by text: the policy asks it
 * of every question once two reports are loaded, and String.normalize('NFKC') costs ~2 µs a question.
 */
function trendText(question: string): string | null {
  let q = asked.get(question);
  if (q === undefined) {
    const n = norm(question);
    q = TREND_WORDS.test(n) ? n : null;
    asked.set(question, q);
  }
  return q;
}

export function trendAnswer(question: string, reports: Report[], defaultOffice?: string, metric?: MetricQuery, previous?: MetricQuery): TrendResult | null {
  const q = trendText(question);
  if (q === null) return null;
  // two offices compared ("南岗区和沭阳县") are not a trend of one office
  const found = officesNamedIn(q, reports);
  if (found.named.length > 1) return null;
  // the office a question names (its longest name), else the default office
  const office = found.longest ?? defaultOffice;
  if (!office) return null;
  const loaded = officeYears(reports, office).map((r) => r.year!);
  if (loaded.length < 2) return null;
  const years = yearsOf(q, loaded);
  if (years.length < 2) return null;
  const named = figureOf(q);
  const figure = named !== DEFAULT_FIGURE ? named : figureOfMetric(metric) ?? (NO_FIGURE_WORDS.test(q) ? figureOfMetric(previous) : undefined) ?? named;
  const points = series(reports, office, figure).filter((p) => years.includes(p.year));
  if (points.every((p) => p.value === null)) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  const lines = [`${office}“${figure.label}”${points.length > 2 ? `（${first.year}—${last.year}年）` : ''}：`, ...wordSeries(points, figure)];
  if (points.length > 2) lines.push(`${last.year}年比${first.year}年${wordChange(change(first, last), figure.unit)}。`);
  // "这三年加起来一共多少": their sum, when every year gives the figure
  if (ADDED_UP.test(q) && points.every((p) => p.value !== null)) {
    lines.push(`${points.length}年合计 ${points.reduce((a, p) => a + (p.value as number), 0)} ${figure.unit}（${points.map((p) => p.value).join(' + ')}，按各年度报告数字相加）。`);
  }
  lines.push('（数据来自各年度报告，百分比以前一年为基数）');
  const report = reports.find((r) => r.office === office && r.year === last.year)!.id;
  return {
    text: lines.join('\n'),
    office,
    figure,
    points,
    report,
    chart: {
      title: `${office} ${figure.label}`,
      unit: figure.unit,
      series: [{ label: figure.label, points: points.map((p) => ({ x: String(p.year), y: p.value })) }],
    },
  };
}
