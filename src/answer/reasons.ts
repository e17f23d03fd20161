/**
 * "为什么不予公开" / "部分公开多少": questions about one row of table 三 that the report's own figures
 * answer — a count of the row, or the reasons behind it (the rows under 不予公开, 无法提供, 不予处理,
 * 其他处理, with their counts), never the general rules of the regulation.
 */
import { T3_ROW_BY_ID, T3_ROWS } from '../report/format.js';
import type { QuestionKinds } from '../understand/kind.js';
import type { MetricQuery } from '../understand/metrics.js';

/** Rows of table 三 whose sub-rows are reasons (不予公开 → 国家秘密, 第三方 …). */
export const REASON_GROUPS = new Set(T3_ROWS.filter((r) => T3_ROWS.some((c) => c.parent === r.id)).map((r) => r.id));

/** Does the question ask the report for a named row: its count, or (for a group of reasons) why? */
export function asksTableRow(metric: MetricQuery | undefined, kinds: QuestionKinds): boolean {
  if (!metric || !metric.rows.length || metric.vague) return false;
  // an applicant named without a result row ("律师递交过申请没有") implies new requests: a count or yes/no of them
  if (!metric.rowsExplicit) return metric.table === '三' && metric.cols.length > 0 && (kinds.count || kinds.exists);
  // "起诉有没有时间限制" asks a time limit, not whether there were suits
  if (kinds.duration) return false;
  if (kinds.count || kinds.exists) return true;
  // a why about one reason ("信访举报投诉类的申请凭啥不予处理"): its count and its legal basis
  // (or its legal basis asked in so many words: "被说是过程性信息不给公开，这有法律依据吗")
  if (metric.basis && metric.table === '三' && metric.rows.some((r) => T3_ROW_BY_ID[r]?.basis)) return true;
  return (kinds.why || kinds.breakdown) && metric.table === '三' && metric.rows.some((r) => REASON_GROUPS.has(r) || (kinds.why && T3_ROW_BY_ID[r]?.basis));
}
