/** Which report a question is about: named office/year, the conversation's report, or the default. */
import type { Report } from '../report/types.js';
import { type ReportSlots } from '../understand/slots.js';
import { officeNames } from '../understand/office-names.js';
import type { ConvState } from './engine.js';
import type { Knowledge } from './knowledge.js';

/**
 * Whether a report's tables gave any figure (a page cut before them gives none). A fact of the loaded
 * report, asked per question by the text-arithmetic rule: read once per table of values (keyed by the
 * values object, which parsing fills and nothing changes afterwards) instead of an Object.values copy
 * of a few hundred cells on every question.
 */
export function hasTableFigures(r: Report): boolean {
  let has = tableFigures.get(r.values);
  if (has === undefined) tableFigures.set(r.values, (has = Object.values(r.values).some((v) => v.value !== null)));
  return has;
}
const tableFigures = new WeakMap<Report['values'], boolean>();

/** The report of the latest year (a report without a year counts as year 0); the first such in list order. */
export function newest(reports: readonly Report[]): Report | undefined {
  // (what a stable sort by year, latest first, puts first: one pass instead of a sorted copy, which with
  // 1,000 reports loaded was a sort of 1,000 per question that names a year alone)
  let best: Report | undefined;
  let bestYear = -Infinity;
  for (const r of reports) {
    const y = r.year ?? 0;
    if (y > bestYear) (best = r), (bestYear = y);
  }
  return best;
}

/**
 * The reports of a Knowledge by office and by id, built once: the per-question look-ups (the report of
 * the conversation, the reports of the office named) cost the same with 1 or 1,000 reports loaded.
 * Lists keep the order of kn.reports, so every result is the one a scan would give.
 */
interface ReportIndex {
  byOffice: Map<string, Report[]>;
  byId: Map<string, Report>;
  /** The reports of each year, in load order. */
  byYear: Map<number, Report[]>;
}
const indexes = new WeakMap<Knowledge, ReportIndex>();

function reportIndex(kn: Knowledge): ReportIndex {
  let idx = indexes.get(kn);
  if (!idx) {
    idx = { byOffice: new Map(), byId: new Map(), byYear: new Map() };
    for (const r of kn.reports) {
      const list = idx.byOffice.get(r.office);
      if (list) list.push(r);
      else idx.byOffice.set(r.office, [r]);
      if (r.year !== null) {
        const ofYear = idx.byYear.get(r.year);
        if (ofYear) ofYear.push(r);
        else idx.byYear.set(r.year, [r]);
      }
      if (!idx.byId.has(r.id)) idx.byId.set(r.id, r); // the first, as find() gives
    }
    indexes.set(kn, idx);
  }
  return idx;
}

/** The report with this id (the first such, in load order). */
export function reportById(kn: Knowledge, id: string | undefined): Report | undefined {
  return id === undefined ? undefined : reportIndex(kn).byId.get(id);
}

/** The reports of one office, in load order (a shared list: never change it). */
export function reportsOf(kn: Knowledge, office: string): readonly Report[] {
  return reportIndex(kn).byOffice.get(office) ?? [];
}

/** The reports of one year, in load order (a shared list: never change it). */
export function reportsOfYear(kn: Knowledge, year: number): readonly Report[] {
  return reportIndex(kn).byYear.get(year) ?? [];
}

/** The reports of the offices named, in load order. */
function reportsOfAll(kn: Knowledge, offices: string[]): Report[] {
  if (offices.length === 1) return [...reportsOf(kn, offices[0]!)];
  return kn.reports.filter((r) => offices.includes(r.office));
}

const defaults = new WeakMap<Knowledge, Report | undefined>();

export function defaultReport(kn: Knowledge): Report | undefined {
  if (defaults.has(kn)) return defaults.get(kn);
  const r = findDefault(kn);
  defaults.set(kn, r);
  return r;
}

function findDefault(kn: Knowledge): Report | undefined {
  const office = kn.defaultOffice;
  // DEFAULT_OFFICE may be any name of the office ("南岗区政府", "南岗区")
  const mine = office ? kn.reports.filter((r) => r.office === office || r.office.includes(office) || officeNames(r.office).includes(office)) : [];
  return newest(mine.length ? mine : kn.reports.filter(hasTableFigures)) ?? newest(kn.reports);
}

/** listReports() per Knowledge: with 1,000 reports the list is ~1,000 offices joined, asked for by every "which reports" question. */
const lists = new WeakMap<Knowledge, string>();

export function listReports(kn: Knowledge): string {
  let list = lists.get(kn);
  if (list === undefined) lists.set(kn, (list = reportList(kn)));
  return list;
}

function reportList(kn: Knowledge): string {
  const byOffice = new Map<string, number[]>();
  for (const r of kn.reports) byOffice.set(r.office, [...(byOffice.get(r.office) ?? []), ...(r.year ? [r.year] : [])]);
  // a report that does not say its year is listed as such ("徐闻县司法局（报告未注明年份）")
  return [...byOffice].map(([o, ys]) => `${o}${ys.length ? ` ${ys.sort().join('、')}年` : '（报告未注明年份）'}`).join('；');
}

/** `missing`: a year counted back from today ("前年") that is not loaded, the newest report given instead (with `note`). */
export type Pick = { report?: Report; problem?: string; note?: string; missing?: number };

/** The newest report of each office named, when two or more offices (or years of one office) are named. */
export function namedReports(kn: Knowledge, slots: ReportSlots): Report[] {
  if (slots.unknownOffices.length) return [];
  if (slots.offices.length >= 2) {
    // each office's report of the year named (or its newest); an office without that year is left out
    return slots.offices
      .map((o) => {
        const mine = reportsOf(kn, o);
        return slots.years.length ? mine.find((r) => r.year !== null && slots.years.includes(r.year)) : newest(mine);
      })
      .filter((r): r is Report => !!r);
  }
  if (slots.years.length >= 2) {
    const pool = slots.offices.length ? reportsOfAll(kn, slots.offices) : kn.reports;
    const hits = pool.filter((r) => r.year !== null && slots.years.includes(r.year));
    return hits.length === slots.years.length ? hits.sort((a, b) => (a.year ?? 0) - (b.year ?? 0)) : [];
  }
  return [];
}

export function pickReport(kn: Knowledge, slots: ReportSlots, state: ConvState): Pick {
  if (!kn.reports.length) return { problem: '目前没有加载任何年度报告，请联系工作人员。' };
  // an office loaded named beside one that is not ("南岗和道里区政府办…对比一下"): the loaded one's answer, saying
  // first that there is no report of the other
  if (slots.offices.length && slots.unknownOffices.length) {
    const known = pickReport(kn, { ...slots, unknownOffices: [] }, state);
    if (!known.report) return known;
    const said = `目前没有${slots.unknownOffices.join('、')}的报告；以下是${known.report.office}${known.report.year ? `${known.report.year}年` : ''}的数据。\n`;
    return { ...known, note: said + (known.note ?? '') };
  }
  let pool = kn.reports;
  if (slots.offices.length) pool = reportsOfAll(kn, slots.offices);
  else if (slots.unknownOffices.length) {
    return { problem: `我只有${listReports(kn)}的报告，没有${slots.unknownOffices.join('、')}的报告。` };
  }
  // a year alone with a default office set (and no other office in the conversation): that office's years
  // ("去年收到多少申请" is the default office's 2025, which may not exist — never another office's 2025)
  const home = !slots.offices.length && slots.years.length && kn.defaultOffice ? defaultReport(kn)?.office : undefined;
  const prevOffice = state.report ? reportById(kn, state.report)?.office : undefined;
  // (and a year counted back from today, or one said of "them", in a conversation about one office — "他们去年的
  // 年报有吗": that office's years, never another office's report of that year; a year said as a number alone
  // may mean whichever office has it)
  const theirs = prevOffice && !slots.offices.length && !slots.unknownOffices.length && slots.years.length && (slots.relativeYear !== undefined || slots.pointed);
  const anchor = theirs ? prevOffice : home && (!prevOffice || prevOffice === home) ? home : undefined;
  if (anchor) pool = [...reportsOf(kn, anchor)];
  // (every report loaded, a year named: the year's own list, as the scans over every report give it)
  const everyReport = pool === kn.reports;
  if (slots.years.length) {
    const inYear =
      everyReport && slots.years.length === 1 ? [...reportsOfYear(kn, slots.years[0]!)] : pool.filter((r) => r.year !== null && slots.years.includes(r.year));
    const missing = slots.years.filter((y) => (everyReport ? !reportsOfYear(kn, y).length : !pool.some((r) => r.year === y)));
    // "今年…" before this year's report exists: the newest report (of the default office), saying so
    if (!inYear.length && slots.thisYear && slots.years.length === 1) {
      const r = slots.offices.length ? newest(pool) : defaultReport(kn);
      if (r?.year) return { report: r, note: `目前只有${r.year}年及以前的报告，还没有${slots.thisYear}年的；以下是${r.year}年的数据。\n` };
    }
    // "去年…", "前年…" counted back from today to a year not loaded: said so, then the newest report's answer, labelled
    // (issue 9) — the newest report is what the asker most likely means by the last year's report (and a year before
    // the newest, "前年" when 2025 is loaded but not 2024, is said missing the same way, the newest given)
    if (!inYear.length && slots.relativeYear !== undefined && slots.years.length === 1) {
      const r = slots.offices.length ? newest(pool) : anchor ? newest(pool) : defaultReport(kn);
      if (r?.year) return { report: r, note: `目前没有加载${slots.relativeYear}年的报告，最新的是${r.year}年的报告；以下是${r.year}年的数据。\n`, missing: slots.relativeYear };
    }
    if (!inYear.length || missing.length) {
      const have = pool.map((r) => r.year).filter(Boolean);
      const who = slots.offices.length ? slots.offices.join('、') : anchor;
      return {
        problem: `我只有${who ? `${who} ${[...new Set(have)].sort().join('、')}年` : listReports(kn)}的报告，没有${(missing.length ? missing : slots.years).join('、')}年的报告。您可以问已有年份的数据。`,
      };
    }
    pool = inYear;
  }
  if (!slots.offices.length && !slots.years.length) {
    const prev = state.report ? reportById(kn, state.report) : undefined;
    // "现在还在那吗" in a conversation about one office: that office's newest report, not the newest of all
    if (slots.latest && prev) return { report: newest(reportsOf(kn, prev.office)) ?? prev };
    return { report: (slots.latest ? undefined : prev) ?? defaultReport(kn) };
  }
  if (!slots.years.length && slots.offices.length) {
    // the same office as the conversation keeps its year ("南岗区2022年…" then "南岗区的地址呢")
    const prev = !slots.latest && state.report ? pool.find((r) => r.id === state.report) : undefined;
    return { report: prev ?? newest(pool) };
  }
  if (!slots.offices.length) {
    // a year alone, and several offices have it ("2024年其他处理多少件"): the conversation's office, else
    // the default office, as when nothing is named
    const prev = state.report ? reportById(kn, state.report)?.office : undefined;
    const home = defaultReport(kn)?.office;
    // (of every report loaded, the office's own list: its first report of a year named is the pool's first of that office)
    const ownOf = (office: string) => (everyReport ? reportsOf(kn, office).find((r) => r.year !== null && slots.years.includes(r.year)) : pool.find((r) => r.office === office));
    const own = (prev && ownOf(prev)) || (home && ownOf(home));
    if (own) return { report: own };
  }
  return { report: newest(pool) };
}

/**
 * The office a fallback or a greeting speaks for: the office named, the conversation's, the default
 * office, or the only office loaded. None when several offices are loaded and nothing says which.
 */
export function homeReport(kn: Knowledge, slots?: ReportSlots, state?: ConvState): Report | undefined {
  if (slots?.offices.length === 1) return newest(reportsOf(kn, slots.offices[0]!));
  if (slots?.unknownOffices.length) return undefined;
  const prev = state?.report ? reportById(kn, state.report) : undefined;
  if (prev) return prev;
  if (kn.defaultOffice || reportIndex(kn).byOffice.size <= 1) return defaultReport(kn);
  return undefined;
}
