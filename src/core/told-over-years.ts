/**
 * A count the reports of one office tell in their text, read for each year asked, and the change between the
 * years when every year states one number for it: "2023年比2022年减少3件（12件→9件，按报告数字计算）".
 *
 * The count of a year is the number its sentence attaches to the thing asked, in the unit asked (the clause
 * holding most of the question's words; a tie, an approximate "600余条" or no number: none), or for a figure of
 * table 三 the table's cell, else the one number the text tells for that row (toldFigure). Never a figure
 * the text does not state; when a year gives none, no change is computed.
 */
import { contentWords, countAsked, unitsAlike, type CountAsked } from '../answer/retrieve.js';
import type { TrendFigure } from '../answer/trend.js';
import { valueOf } from '../answer/trend.js';
import type { Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';
import { narrative } from './narrative.js';
import type { Knowledge } from './knowledge.js';
import { toldFigure } from './prose-figures.js';
import { POLICY } from './thresholds.js';

/** One year's count and the words that state it. */
export interface YearCount {
  report: Report;
  value: number;
  /** The sentence (or table cell) it was read from. */
  evidence: string;
}

/** The end of a text after the last mark that ends a clause: the clause a number stands in. */
const CLAUSE_TAIL = /[^，,；;。、：:（(]*$/;
/** What follows the last count with its measure word in a clause ("13条及其他…" → "及其他…"). */
const AFTER_LAST_COUNT = /(?<=\d\s*[条件个篇项次份家人])(?:(?!\d\s*[条件个篇项次份家人]).)*$|^(?!.*\d\s*[条件个篇项次份家人]).*$/;

/**
 * How many of the question's words a clause holds: a word whole counts 1, a word of three or more
 * characters with two of them in the clause ½ (as countFit reads "attached").
 */
function nounsHeld(clause: string, nouns: readonly string[]): number {
  return nouns.reduce((s, n) => s + (clause.includes(n) ? 1 : n.length >= 3 && [...n].filter((c) => clause.includes(c)).length >= 2 ? 0.5 : 0), 0);
}

/**
 * The number a sentence states for the thing asked: among its numbers in the unit asked (digits only), the one
 * whose clause holds most of the question's words (whole words at least one); undefined on a tie, for an
 * approximate count ("600余条") or when none is attached.
 */
export function statedCount(text: string, asked: CountAsked): number | undefined {
  return statedFit(text, asked)?.v;
}

/** The one count a text states of the thing asked, with how many of the question's nouns its clause holds. */
function statedFit(text: string, asked: CountAsked): { v: number; score: number } | undefined {
  const re = new RegExp(`(\\d+)\\s*(余|多)?\\s*[${unitsAlike(asked.unit)}]([^，。；,;、（(]{0,10})`, 'g');
  const scored: { v: number; score: number; approx: boolean }[] = [];
  // (the rest asked itself, "“其他政府信息”…少了多少条": its clause counts it)
  const askedRest = asked.nouns.some((w) => /^(?:其他|其它)/.test(w));
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index!);
    // (a count ends the clause before it too: "财政信息13条及其他主动公开内容668条" holds two)
    const tail = before.slice(before.search(CLAUSE_TAIL));
    const clause = `${tail.slice(tail.search(AFTER_LAST_COUNT))}${m[3] ?? ''}`;
    // ("其他主动公开内容432条" is the rest of a list, no count of 主动公开 — unless 其他 is asked)
    const rest = !askedRest && asked.nouns.some((w) => new RegExp(`(?:其他|其它)${w}`).test(clause) && !/^(?:其他|其它)/.test(w));
    scored.push({ v: Number(m[1]), score: rest ? 0 : nounsHeld(clause, asked.nouns), approx: !!m[2] });
  }
  if (!scored.length) return undefined;
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  // (the same count said twice is one count)
  const values = new Set(top.map((s) => s.v));
  if (best < 1 || values.size !== 1 || top.some((s) => s.approx)) return undefined;
  return { v: top[0]!.v, score: best };
}

/** Words of a change question that are not the thing counted ("比", "多了", "还是少", "差了"). */
const CHANGE_WORDS = /对比|相比|比较|比|变化|增加|减少|增长|下降|上升|还是|多了|少了|差了?|差距|相差|各是|分别是?|[两二三四五几\d]+年|每年|数量|总数|总量/g;

/** Verbs that say how things were counted out (published, posted, handled), not which things. */
const COUNTING_VERBS = /^(?:发布|公开|发表|刊发|推送|更新|上传|发出|印发|办理|办结|累计|共计)$/;

/** 量 after a noun: its amount ("信息量"). */
const AMOUNT_SUFFIX = '量';

/** What a count question asks, its change words left out of the thing counted. */
export function countOverYears(text: string): CountAsked | undefined {
  const asked = countAsked(text);
  if (!asked) return undefined;
  // ("信息量", "发布量": the amount of a thing is counted as the thing, "发布信息36973条")
  const words = contentWords(text.replace(CHANGE_WORDS, ' '))
    .map((w) => (w.length >= 3 && w.endsWith(AMOUNT_SUFFIX) ? w.slice(0, -1) : w))
    .filter((w) => w.length >= 2);
  // (the verb of publishing names no thing counted: "网站发布的信息" is counted by 网站, not by 发布, which the
  // sentence's other counts share — "微信公众号发布信息251条")
  const nouns = words.some((w) => !COUNTING_VERBS.test(w)) ? words.filter((w) => !COUNTING_VERBS.test(w)) : words;
  return nouns.length ? { ...asked, nouns } : undefined;
}

/**
 * The one passage that holds every noun asked and states a count of them, when the passage found for the
 * question states none ("网站发布信息" found "…网站信息发布考评…推送431条" first; "区政府网站共发布信息36973条" is
 * the one that counts them).
 */
function soleStating(r: Report, asked: CountAsked): string | undefined {
  const stating = r.passages.filter((p) => asked.nouns.every((w) => p.text.includes(w)) && statedCount(p.text, asked) !== undefined);
  return stating.length === 1 ? stating[0]!.text.trim() : undefined;
}

/** Each year's count in its text: the passage that answers the question, and the number it attaches to the thing asked. */
export function textCounts(years: readonly Report[], query: string, asked: CountAsked): (YearCount | undefined)[] {
  return years.map((r) => {
    const n = narrative(r, query, true, POLICY.countedPassageCoverage);
    // (a breakdown comes after its total, "…300条。" "其中…预决算信息2条": the line whose clause holds more of the thing asked)
    const fits = (n?.parts.lines ?? []).map((l) => ({ l, fit: statedFit(l, asked) })).filter((x) => x.fit);
    const line = fits.reduce<(typeof fits)[number] | undefined>((a, b) => (!a || b.fit!.score > a.fit!.score ? b : a), undefined)?.l ?? soleStating(r, asked);
    const value = line === undefined ? undefined : statedCount(line, asked);
    return line !== undefined && value !== undefined ? { report: r, value, evidence: line } : undefined;
  });
}

/** Each year's figure of table 三: the table's cell, else the one number the text tells for that row. */
/** The requests named by a plain word, no verb of a row ("申请数", "申请量", "依申请件数"). */
const PLAIN_REQUESTS = /申请(?:数|量|件数|数量)|依申请件数|依申请公开(?:数|量|件数)/;

export function rowCounts(kn: Knowledge, years: readonly Report[], figure: TrendFigure, m: MetricQuery, asked?: string): (YearCount | undefined)[] {
  const told = toldFigure(kn);
  return years.map((r) => {
    const cell = valueOf(r, figure);
    if (cell !== null) return { report: r, value: cell, evidence: `表三“${figure.label}”${cell} ${figure.unit}` };
    // (the requests asked by a plain word, "申请数": the sentence that counts them, 受理 or 办理, its words quoted)
    const t = told(r, m) ?? (!m.vague && m.rows.length === 1 && (m.rows[0] === 'new' || m.rows[0] === 'total') && PLAIN_REQUESTS.test(asked ?? '') ? told(r, { ...m, vague: true }) : undefined);
    return t ? { report: r, value: t.v, evidence: t.text } : undefined;
  });
}

/** Decimals of a rate of change (44.9%): as the trend answers give it. */
/** Decimals of a change rate ("增长12.5%"); a whole per cent is said without ".0" ("增长12%"). */
const CHANGE_RATE_DECIMALS = 1;

/** The decimals asked of a computed rate ("保留两位小数"), if any: 0–4. */
export function decimalsAsked(text: string): number | undefined {
  // (or the last place written out, "精确到0.01%", "保留到0.1")
  const place = /(?:精确|准确|保留)到?\s*0\.(0{0,3})1(?!\d)/.exec(text);
  if (place) return place[1]!.length + 1;
  // (or the places alone, "（两位小数）", "小数点后两位")
  // (or "保留两位" at the end of a share asked, 小数 left out)
  const m = /保留(?:到)?([0-4零一二两三四])位(?:小数|(?=\s*$|[，,。？?]))|(?:精确|准确)到(?:小数点后)?([0-4一二两三四])位|(?:^|[（(，,\s])([一二两三四])位小数|小数点后([一二两三四])位/.exec(text);
  const d = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
  return d === undefined ? undefined : Number(d.replace(/[零一二两三四]/, (c) => String('零一二三四'.indexOf(c === '两' ? '二' : c))));
}

/** A count at least this many times the earlier year's is also said as a multiple ("是2024年的4倍"). */
const TIMES_FROM = 2;
/** Decimals of a multiple (5.75 倍), trailing zeros dropped (4 倍). */
const TIMES_DECIMALS = 2;

/** "2023年比2022年减少3件（12件→9件，下降25.0%，按报告数字计算）", "持平". */
export function changeLine(from: YearCount, to: YearCount, unit: string, decimals = CHANGE_RATE_DECIMALS): string {
  const [a, b] = [from.report.year, to.report.year];
  const d = to.value - from.value;
  const how = d === 0 ? '持平' : `${d > 0 ? '增加' : '减少'}${Math.abs(d)}${unit}`;
  // (the rate of change beside it, as staff and journalists ask "降了百分之几", "增幅多少")
  // (to the decimals asked, "保留两位小数": as asked, trailing zeros kept)
  const pct = ((Math.abs(d) / from.value) * 100).toFixed(decimals);
  const rate = d !== 0 && from.value > 0 ? `，${d > 0 ? '增长' : '下降'}${decimals === CHANGE_RATE_DECIMALS ? pct.replace(/\.0$/, '') : pct}%` : '';
  // (at least doubled: how many times the earlier year's, as "翻了几倍" asks)
  const times = from.value > 0 && to.value >= TIMES_FROM * from.value ? `，是${a}年的${(to.value / from.value).toFixed(TIMES_DECIMALS).replace(/\.?0+$/, '')}倍` : '';
  return `${b}年比${a}年${how}（${from.value}${unit}→${to.value}${unit}${rate}${times}，按报告数字计算）。`;
}

/** "2023、2024年合计 1274条（675条 + 599条，按报告数字计算）。" */
export function sumLine(counts: readonly YearCount[], unit: string): string {
  const total = counts.reduce((a, c) => a + c.value, 0);
  return `${counts.map((c) => c.report.year).join('、')}年合计 ${total}${unit}（${counts.map((c) => `${c.value}${unit}`).join(' + ')}，按报告数字计算）。`;
}
