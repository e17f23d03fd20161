/**
 * Year-over-year figures of one office: which figure a question asks about, the series of its values
 * over the loaded years, the change and the percentage, and the Chinese wording.
 *
 * Used by the year-over-year answer (比去年多了多少 / 近三年申请数变化) and by the draft check's
 * comparison with the office's previous report. Pure functions: no I/O.
 */
import type { Report } from '../report/types.js';
import { t2Unit, T2_ROWS, T3_ROW_BY_ID, T4_GROUPS } from '../report/format.js';
import type { MetricQuery } from '../understand/metrics.js';
import { reportsOfOffice } from './office-index.js';

/** A figure staff and citizens compare across years. */
export interface TrendFigure {
  id: string;
  /** Chinese label, e.g. "本年新收申请". */
  label: string;
  unit: string;
  /** Words of a question that point at this figure (NFKC, spaces removed). */
  words: RegExp;
  /** How to read the value from a report (a metric id or a sum of several). */
  metrics: string[];
}

/**
 * The compared figures, most asked first. The first one whose words match a question wins; a question
 * naming none (比去年多了多少) means the first: the number of new requests.
 */
export const TREND_FIGURES: TrendFigure[] = [
  { id: 'requests', label: '本年新收政府信息公开申请', unit: '件', words: /申请|新收|受理/, metrics: ['t3.new.total'] },
  { id: 'granted', label: '予以公开', unit: '件', words: /予以公开|全部公开/, metrics: ['t3.granted.total'] },
  { id: 'partial', label: '部分公开', unit: '件', words: /部分公开/, metrics: ['t3.partial.total'] },
  { id: 'refused', label: '不予公开', unit: '件', words: /不予公开|拒绝/, metrics: ['t3.refused.total'] },
  { id: 'unable', label: '无法提供', unit: '件', words: /无法提供/, metrics: ['t3.unable.total'] },
  { id: 'rejected', label: '不予处理', unit: '件', words: /不予处理/, metrics: ['t3.rejected.total'] },
  { id: 'handled', label: '办理结果总计', unit: '件', words: /办结|办理|答复/, metrics: ['t3.total.total'] },
  // the column named wins over the row's default (制发): "现行有效规范性文件多了几件"
  { id: 'normative-valid', label: '现行有效行政规范性文件', unit: '件', words: /现行有效/, metrics: ['t2.normative.valid'] },
  { id: 'normative-repealed', label: '废止行政规范性文件', unit: '件', words: /规范性文件.{0,6}废止|废止.{0,6}规范性文件/, metrics: ['t2.normative.repealed'] },
  { id: 'normative', label: '制发行政规范性文件', unit: '件', words: /规范性文件/, metrics: ['t2.normative.issued'] },
  { id: 'review', label: '行政复议', unit: '件', words: /复议/, metrics: ['t4.review.total'] },
  { id: 'suits', label: '行政诉讼', unit: '件', words: /诉讼|起诉|官司/, metrics: ['t4.suit-direct.total', 't4.suit-after-review.total'] },
];

export const DEFAULT_FIGURE = TREND_FIGURES[0]!;

/** The figure a question names ("复议" → 行政复议), else the default (new requests). */
export function figureOf(question: string): TrendFigure {
  const q = question.normalize('NFKC').replace(/\s+/g, '');
  // "部分公开" also contains "公开": the more specific words are tried first by order of the table,
  // but 予以公开 must not catch 部分公开: test the specific ones before the broad 申请.
  const specific = TREND_FIGURES.slice(1).find((f) => f.words.test(q));
  return specific ?? DEFAULT_FIGURE;
}

/** The value of a figure in one report; null when the report does not give it. */
export function valueOf(report: Report, figure: TrendFigure): number | null {
  return sumOfCells(report, figure.metrics);
}

/** The sum of some cells of a report (one cell: its value); null when the report does not give one of them. */
export function sumOfCells(report: Report, ids: readonly string[]): number | null {
  let sum = 0;
  for (const id of ids) {
    const v = report.values[id]?.value;
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

export interface YearValue {
  year: number;
  value: number | null;
  report: string;
}

/** The office's reports with a year, oldest first (one per year). */
export function officeYears(reports: Report[], office: string): Report[] {
  const byYear = new Map<number, Report>();
  for (const r of reportsOfOffice(reports, office)) if (r.year !== null && !byYear.has(r.year)) byYear.set(r.year, r);
  return [...byYear.values()].sort((a, b) => a.year! - b.year!);
}

export function series(reports: Report[], office: string, figure: TrendFigure): YearValue[] {
  return officeYears(reports, office).map((r) => ({ year: r.year!, value: valueOf(r, figure), report: r.id }));
}

export interface Change {
  from: YearValue;
  to: YearValue;
  /** to − from; null when either is not reported. */
  delta: number | null;
  /** Percentage change, one decimal; null when not computable (a figure missing, or from = 0). */
  pct: number | null;
}

export function change(from: YearValue, to: YearValue): Change {
  if (from.value === null || to.value === null) return { from, to, delta: null, pct: null };
  const delta = to.value - from.value;
  const pct = from.value === 0 ? null : Math.round((delta / from.value) * 1000) / 10;
  return { from, to, delta, pct };
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "增加 31 件（+206.7%）", "减少 12 件（−44.4%）", "持平", "增加 5 件（上年为 0，无法计算百分比）". */
export function wordChange(c: Change, unit: string): string {
  if (c.delta === null) return '无法比较（有一年未报告该项）';
  if (c.delta === 0) return '持平';
  const verb = c.delta > 0 ? '增加' : '减少';
  const pct = c.pct === null ? '（上年为 0，无法计算百分比）' : `（${signed(c.pct)}%）`;
  return `${verb} ${Math.abs(c.delta)} ${unit}${pct}`;
}

/** The same inside brackets: "增加 31 件，+206.7%" (no nested brackets). */
export function wordChangeInline(c: Change, unit: string): string {
  if (c.delta === null) return '无法比较，有一年未报告该项';
  if (c.delta === 0) return '持平';
  const verb = c.delta > 0 ? '增加' : '减少';
  return `${verb} ${Math.abs(c.delta)} ${unit}，${c.pct === null ? '上年为 0，无法计算百分比' : `${signed(c.pct)}%`}`;
}

const valueText = (v: YearValue, unit: string) => (v.value === null ? '未报告' : `${v.value} ${unit}`);

/** Lines "2021年：27 件 / 2022年：15 件（比2021年减少 12 件，−44.4%）…" for a series. */
export function wordSeries(points: YearValue[], figure: TrendFigure): string[] {
  return points.map((p, i) => {
    const line = `${p.year}年：${valueText(p, figure.unit)}`;
    if (i === 0) return line;
    const c = change(points[i - 1]!, p);
    return `${line}（比${points[i - 1]!.year}年${wordChangeInline(c, figure.unit)}）`;
  });
}

/** Short comparison of two reports of one office on every figure both give (the draft check's). */
export function compareReports(prev: Report, cur: Report, figures = TREND_FIGURES): string[] {
  const out: string[] = [];
  for (const f of figures) {
    const a = valueOf(prev, f);
    const b = valueOf(cur, f);
    if (a === null && b === null) continue;
    const c = change({ year: prev.year ?? 0, value: a, report: prev.id }, { year: cur.year ?? 0, value: b, report: cur.id });
    out.push(`${f.label}：${a ?? '未报告'} → ${b ?? '未报告'}${c.delta === null ? '' : `，${wordChange(c, f.unit)}`}`);
  }
  return out;
}

/**
 * A figure of the tables named by the question's figure words (its metric), when none of TREND_FIGURES is
 * named: one row and at most one column ("行政许可决定" → 行政许可, 本年处理决定数量). Undefined otherwise.
 */
export function figureOfMetric(m: MetricQuery | undefined): TrendFigure | undefined {
  if (!m || m.rows.length !== 1 || m.cols.length > 1) return undefined;
  const row = m.rows[0]!;
  if (m.table === '三') {
    const r = T3_ROW_BY_ID[row];
    const col = m.cols[0] ?? 'total';
    return r ? { id: `t3.${row}.${col}`, label: r.label, unit: '件', words: /$^/, metrics: [`t3.${row}.${col}`] } : undefined;
  }
  if (m.table === '二') {
    const r = T2_ROWS.find((x) => x.id === row);
    const cols = r ? Object.keys(r.cols) : [];
    const col = m.cols[0] ?? (cols.length === 1 ? cols[0] : undefined);
    if (!r || !col || !(col in r.cols)) return undefined;
    return { id: `t2.${row}.${col}`, label: `${r.label}${r.cols[col]!.replace(/（单位：万元）/, '')}`, unit: t2Unit(r, col), words: /$^/, metrics: [`t2.${row}.${col}`] };
  }
  const g = T4_GROUPS.find((x) => x.id === row);
  return g ? { id: `t4.${row}.total`, label: g.label, unit: '件', words: /$^/, metrics: [`t4.${row}.total`] } : undefined;
}
