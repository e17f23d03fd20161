/**
 * Rule carried-into-next: next year's carried-over row asked while that year's report is not loaded ("写2023年年报，
 * 表三“上年结转…”应该填多少" with 2022 loaded): it is the loaded year's 结转下年度继续办理, by the format's own link
 * between the two years — worked out, and said to be.
 */
import { reportLabel } from '../../answer/render.js';
import { proseFigure, sectionSource } from '../prose-figures.js';
import { pickReport, reportsOf } from '../select.js';
import type { Rule } from './types.js';

/** The row asked: requests carried over from the year before (table 三's 上年结转). */
const CARRIED_ROW = 'carried';
/** The cell it equals in the year before's report: 结转下年度继续办理, all applicants. */
const CARRY_OVER_CELL = 't3.carry-over.total';
/** The row of the year before that it equals: 结转下年度继续办理. */
const CARRY_OVER_ROW = 'carry-over';
/** A year written out ("2023年报", "2023年度"). */
const YEAR_IN_TEXT = /((?:19|20)\d{2})\s*年/g;
/** Asked as what it should be ("应该填多少", "该写几件"), not what a report says. */
const SHOULD_BE = /应该|应当|应|该(?:填|写)|要填|要写|填多少|填几|写多少|写几/;

export const carriedIntoNext: Rule = {
  name: 'carried-into-next',
  doc: 'The carried-over row (上年结转) of the year after a loaded report, asked as what it should be, that year not loaded: the loaded year\'s 结转下年度继续办理, worked out by the format\'s link between the years.',
  decide: (u, state, kn) => {
    const m = u.metric;
    if (m?.table !== '三' || !m.rows.includes(CARRIED_ROW) || u.slots.years.length !== 1 || !SHOULD_BE.test(u.norm)) return undefined;
    const office = u.slots.offices[0] ?? pickReport(kn, { ...u.slots, years: [] }, state).report?.office;
    if (!office) return undefined;
    const reports = reportsOf(kn, office);
    // (the year of the draft set aside, the loaded year named as the one to go by: "2023年报草稿，…按2022年的情况应该写多少")
    const named = u.slots.years[0]!;
    const draft = [...u.norm.matchAll(YEAR_IN_TEXT)].map((x) => Number(x[1])).find((y) => y === named + 1 && !reports.some((r) => r.year === y));
    const year = draft ?? named;
    const before = reports.find((r) => r.year === year - 1);
    if (!before || reports.some((r) => r.year === year)) return undefined;
    const v = before.values[CARRY_OVER_CELL]?.value;
    const tail = `（${year}年的报告还没有加载，这是按上一年报告推出的）`;
    if (typeof v === 'number') {
      const line = `${year}年报告表三的“上年结转政府信息公开申请数量”应等于${reportLabel(before)}报告表三的“结转下年度继续办理”：${v} 件${tail}。`;
      return { kind: 'passage', report: before, parts: { head: '', lines: [line], source: sectionSource('三'), labelled: true } };
    }
    // (no table 三, the text telling what was carried into next year or still being handled at its end: that sentence)
    const told = proseFigure(before, { ...m, rows: [CARRY_OVER_ROW], cols: [], vague: false }, kn);
    if (!told || !/\d/.test(told.text)) return undefined;
    const line = `${year}年报告表三的“上年结转政府信息公开申请数量”应等于${reportLabel(before)}年底结转下年度继续办理的件数${tail}。该报告正文写道：${told.text}`;
    return { kind: 'passage', report: before, parts: { head: '', lines: [line], source: told.source, labelled: true } };
  },
};
