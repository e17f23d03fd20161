/**
 * Impossible figures (issue 14, item 7): a count that is negative, not a whole number, or of an absurd
 * magnitude (1e+30 件), and an amount that is negative or absurd, is never stated to citizens.
 *
 * markImpossible(report) flags each such value (Value.invalid: the reason, Chinese) and adds one
 * staff finding per value (rule "sanity", severity error: shown by /check, `check` and at start).
 * Rendering refuses a flagged value: the citizen gets the honest "报告数据有误" answer with the phone
 * number (impossibleFigureText). The value stays in the report for staff (kb, /check).
 */
import { METRIC_BY_ID } from './format.js';
import type { Finding, Report } from './types.js';

/** No office counts more than this many of anything in a year (the largest cities' 行政处罚 stay below 10^7). */
export const MAX_COUNT = 100_000_000;
/** 万元: ten trillion yuan, beyond any office's fees or purchases. */
export const MAX_AMOUNT_WAN = 1_000_000_000;

/** Why `value` cannot be a figure of metric `id` (Chinese), or undefined when it can. */
export function impossibleReason(id: string, value: number): string | undefined {
  const unit = METRIC_BY_ID[id]?.unit ?? '件';
  const isAmount = unit === '万元';
  if (!Number.isFinite(value)) return '不是有效数字';
  if (value < 0) return '为负数';
  if (!isAmount && !Number.isInteger(value)) return '件数不是整数';
  if (value > (isAmount ? MAX_AMOUNT_WAN : MAX_COUNT)) return '数值大得不合常理';
  return undefined;
}

/** Printed like the report would (no 1e+30 surprises for staff). */
function show(n: number): string {
  return Number.isFinite(n) && Math.abs(n) < 1e15 ? String(n) : n.toExponential(2);
}

/** Flags impossible values in place and adds a staff finding for each. Returns the report. */
export function markImpossible(report: Report): Report {
  const found: Finding[] = [];
  for (const [id, v] of Object.entries(report.values)) {
    if (typeof v?.value !== 'number') continue;
    const why = impossibleReason(id, v.value);
    if (!why) continue;
    v.invalid = why;
    const label = METRIC_BY_ID[id]?.label ?? id;
    found.push({
      rule: 'sanity',
      severity: 'error',
      message: `数据不合理：${label} 为 ${show(v.value)}（${why}）。该项不会回答给市民，市民问到时会被告知报告数据有误并给出咨询电话；请核对报告原文后更正。`,
      row: id,
      numbers: [v.value],
    });
  }
  report.findings.push(...found);
  return report;
}

/** Ids of the flagged values of a report (for staff summaries). */
export function impossibleIds(report: Report): string[] {
  return Object.entries(report.values).filter(([, v]) => v?.invalid).map(([id]) => id);
}

/** Thrown by rendering when an answer would state a flagged value. */
export class ImpossibleFigure extends Error {
  constructor(readonly report: Report, readonly id: string) {
    super(`impossible figure ${id} in ${report.id}`);
    this.name = 'ImpossibleFigure';
  }
}

/** The honest answer instead of an impossible figure: the report's data is wrong; call the office. */
export function impossibleFigureText(r: Report, label: string): string {
  const who = r.contact.department ?? r.office;
  const phone = r.contact.phone ? `如需了解准确数据，请致电${who} ${r.contact.phone}。` : `如需了解准确数据，请联系${who}。`;
  return `${label}报告数据有误：您问的这项数据在报告中填写得不合理（例如为负数或大得不合常理），我不能据此回答。${phone}`;
}
