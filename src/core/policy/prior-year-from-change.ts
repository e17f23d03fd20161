/**
 * Rule prior-year-from-change: a count of a year not loaded, asked of an office whose next year's report states the count
 * and its change against that year ("行政许可事项13项,比2019年减少3项" → 2019年 16项): the next report's sentence and the
 * count worked out from it, said as worked out — never a figure of a report we do not have, stated as its own.
 */
import { NUMBERED_YEAR } from '../patterns.js';
import { reportLabel } from '../../answer/render.js';
import { contentWords, sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { reportById, reportsOf } from '../select.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** A count and its change against a year, in one clause run ("事项40项,比2019年增加8项"). */
// (or the year before said as such, "0条,与去年相比减少4条", "比上年增加2件": the report's own year less one)
const COUNT_THEN_CHANGE = /(\d+)\s*([项件条个次])\s*[,，]?\s*(?:(?:比|较)(\d{4}|去|上一?)年度?|与(\d{4}|去|上一?)年度?相比[,，]?)(增加|减少|多|少|增长|下降)(?:了)?\s*(\d+)\s*([项件条个次])/g;
/** A change upwards, as reports word it ("增加", "多", "增长"). */
export const CHANGE_UP = /增加|多|增长|上升/;
/** The year before's count, from this year's and its change stated against it ("20件,比去年减少27件" → 47). */
export function countBefore(now: number, change: string, by: number): number {
  return CHANGE_UP.test(change) ? now - by : now + by;
}

/** Words of a question that name no thing ("那2019年是多少项", "跟…比有变化吗"). */
// (nor words any count has, "事项", "数量": "行政强制事项" must find 行政强制, never 行政许可事项)
const PLAIN = /^(?:多少|是多少|应该|变化|数量|那|年|比|跟|有|的|事项|情况|信息|工作|项目)$|\d/;

/** A count or its change asked ("多少", "几条", "有变化吗"). */
const HOW_MANY_ASKED = /多少|几|变化|增加|减少|多了|少了/;

export const priorYearFromChange: Rule = {
  name: 'prior-year-from-change',
  doc: 'A count of a year not loaded whose next year\'s report states the count and its change against it ("…13项,比2019年减少3项"): that sentence and the count worked out (16项), said as worked out.',
  decide: (u, state, kn) => {
    if (!u.slots.years.length || u.slots.years.length > 2) return undefined;
    const office = u.slots.offices[0] ?? reportById(kn, state.report)?.office;
    if (!office || u.slots.offices.length > 1) return undefined;
    const reports = reportsOf(kn, office);
    // (the year not loaded; the other year named, if any, is the one after it: "2020年…比2019年增加8项，那2019年是多少")
    const missing = u.slots.years.filter((y) => !reports.some((r) => r.year === y));
    if (missing.length !== 1) return undefined;
    const year = missing[0]!;
    if (u.slots.years.some((y) => y !== year && y !== year + 1)) return undefined;
    const next = reports.find((r) => r.year === year + 1);
    // (a how-many asked, or a year alone asked right after one: "乳山城区街道2025年受理了几条" … "去年呢")
    const asked = HOW_MANY_ASKED.test(u.norm) || (u.followUp.onlySlots && !!state.text && HOW_MANY_ASKED.test(state.text));
    if (!next || !asked) return undefined;
    // the thing counted: the question's own words, or, for a bare "那2019年是多少项", the question before
    const own = contentWords(withoutSlots(u)).filter((w) => w.length >= 2 && !PLAIN.test(w));
    const words = own.length ? own : state.text ? contentWords(state.text).filter((w) => w.length >= 2 && !PLAIN.test(w)) : [];
    if (!words.length) return undefined;
    let best: { line: string; section: string; m: RegExpMatchArray; n: number } | undefined;
    for (const s of sentencesOf(next)) {
      for (const clause of s.text.split(/[;；。]/)) {
        for (const m of clause.matchAll(COUNT_THEN_CHANGE)) {
          // (the change may be printed in another measure word, "行政强制事项3件,比2019年增加1项": the count's is kept)
          const against = m[3] ?? m[4]!;
          if ((/^\d/.test(against) ? Number(against) : next.year! - 1) !== year) continue;
          const before = clause.slice(Math.max(0, m.index! - 16), m.index!);
          const n = words.filter((w) => before.includes(w)).length;
          if (n && (!best || n > best.n)) best = { line: clause.trim(), section: s.section, m, n };
        }
      }
    }
    if (!best) return undefined;
    const [, now, unit, , , dir, by] = best.m;
    const up = CHANGE_UP.test(dir!);
    const then = countBefore(Number(now), dir!, Number(by));
    if (then < 0) return undefined;
    const lines = [
      `没有加载${year}年的报告；${next.year}年报告写道：${best.line}。`,
      `按此推算，${year}年为 ${then}${unit}（${now} ${up ? '−' : '+'} ${by} = ${then}，按报告数字计算）。`,
    ];
    return { kind: 'passage', report: next, parts: { head: `${reportLabel(next)}：`, lines, source: sectionSource(best.section), labelled: true } };
  },
};

/**
 * Rule prior-year-follow-up: a year alone asked right after a count ("去年呢" after 2025's), a year whose report is not loaded
 * while the next year's report states the count's change against it: prior-year-from-change's answer, before the slot-only
 * follow-up says only that the year is not loaded.
 */
export const priorYearFollowUp: Rule = {
  name: 'prior-year-follow-up',
  doc: 'A year alone asked right after a count ("去年呢"), its report not loaded, the next report stating the change against it: the count worked out, as prior-year-from-change does.',
  decide: (u, state, kn) => {
    if (!u.followUp.onlySlots) return undefined;
    const own = priorYearFromChange.decide(u, state, kn);
    if (own) return own;
    // ("去年呢" right after a question that named its year by number, "泰安高新区2023年收到多少申请": 去年 counts from
    // today, but when its report is not loaded the asker means the year before the one talked about — worked out from
    // the report talked about, and said to be read so)
    const talked = reportById(kn, state.report);
    const asked = u.slots.years[0];
    if (u.slots.relativeYear === undefined || u.slots.years.length !== 1 || asked === undefined || !talked?.year || !state.text || !NUMBERED_YEAR.test(state.text)) return undefined;
    if (asked === talked.year - 1 || reportsOf(kn, talked.office).some((r) => r.year === asked)) return undefined;
    const d = priorYearFromChange.decide({ ...u, slots: { ...u.slots, years: [talked.year - 1], relativeYear: undefined } }, state, kn);
    if (d?.kind !== 'passage' || !('head' in d.parts)) return d;
    return { ...d, parts: { ...d.parts, note: `没有加载${asked}年的报告；以下按${talked.year}年的前一年（${talked.year - 1}年）理解。\n` } };
  },
};
