/**
 * Memos of pure functions of a report and a key (a question's words, its normalised text): the policy's rules
 * scan a report's passages for nearly every question, and the same scan gives the same result for the same key
 * (issue 15). One bounded table per report (BoundedMemo, random replacement), dropped with the report.
 */
import { BoundedMemo, READING_MEMO_MAX } from '../understand/memo.js';
import type { Report } from '../report/types.js';

/** A memo of `compute` per report and key; undefined results are kept too. Results are shared: callers must not change them. */
export function reportMemo<V>(max = READING_MEMO_MAX) {
  const tables = new WeakMap<Report, BoundedMemo<string, V>>();
  return (r: Report, key: string, compute: () => V): V => {
    let table = tables.get(r);
    if (!table) tables.set(r, (table = new BoundedMemo<string, V>(max)));
    if (table.has(key)) return table.get(key) as V;
    const v = compute();
    table.set(key, v);
    return v;
  };
}
