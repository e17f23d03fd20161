/**
 * The figure asked when a year or an office's name splits its words ("瓜沥镇信息公开申请24年有多少": 申请 …
 * 有多少 with 24年 between): the message read with those names and years taken out, the figure's spans given
 * back in the message's own positions (a span that crossed a name covers it too).
 */
import { findMetric, lexiconHits, type MetricQuery } from '../understand/metrics.js';
import type { Lexicon } from '../answer/intents.js';

export function metricAcrossSlots(norm: string, spans: readonly { start: number; end: number }[], lexicon: Lexicon): MetricQuery | undefined {
  if (!spans.length) return undefined;
  // kept[k]: the message position of the k-th character left
  const kept: number[] = [];
  let text = '';
  for (let i = 0; i < norm.length; i++) {
    if (spans.some((s) => i >= s.start && i < s.end)) continue;
    kept.push(i);
    text += norm[i];
  }
  if (!text.trim()) return undefined;
  // (a phrase mistyped only where the names were cut out is no phrase: "有没有昌隆镇的信息公开年报", read without the
  // name, "没有的信息", is one character from 没有该信息 — the gap made that neighbour, not the asker)
  const joins = kept.flatMap((p, k) => (k > 0 && p - kept[k - 1]! > 1 ? [k] : []));
  if (lexiconHits(text, lexicon).some((h) => h.near && joins.some((j) => h.start < j && j < h.end))) return undefined;
  const m = findMetric(text, lexicon);
  if (!m) return undefined;
  const back = (s: { start: number; end: number }) => ({ start: kept[s.start] ?? norm.length, end: (kept[s.end - 1] ?? norm.length - 1) + 1 });
  return Object.freeze({ ...m, spans: Object.freeze(m.spans.map(back)) }) as MetricQuery;
}
