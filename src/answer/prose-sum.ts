/**
 * A report's own sum told in words, checked: "全州主动公开各类政府信息55236条。其中,指南信息305条,…其他信息14160条"
 * — the parts after 其中 added up and set against the total before it (and against a total the asker quotes).
 * For pages whose tables were cut, or figures no table holds (主动公开 by kind of information).
 */
import { reportLabel, type Rendered } from './render.js';
import type { Report } from '../report/types.js';

/** A count with its measure word; 余/多 marks an approximate one ("20余条"). */
const COUNT = /(\d+(?:\.\d+)?)\s*(余|多)?\s*([条件个篇项份期])/g;
/** Where the breakdown starts. */
const BREAKDOWN = /其中|包括|分别为|具体为/;
/** Fewer parts than this are no breakdown worth adding up. */
const MIN_PARTS = 2;

export interface ProseSum {
  text: string;
  total: number;
  unit: string;
  parts: number[];
  approximate: boolean;
}

/** The total and its parts in a text ("…共1528条,其中,…1380条,…5条"), when it has both in one unit. */
export function sumInText(text: string): ProseSum | undefined {
  const at = text.search(BREAKDOWN);
  if (at < 0) return undefined;
  const head = [...text.slice(0, at).matchAll(COUNT)];
  const last = head.at(-1);
  if (!last) return undefined;
  const unit = last[3]!;
  // (a part's own breakdown in brackets, "通知公告29条(其中行政处罚27条)", is no part of its own)
  const tail = [...text.slice(at).replace(/[（(][^（()）]*[）)]/g, '').matchAll(COUNT)].filter((m) => m[3] === unit);
  if (tail.length < MIN_PARTS) return undefined;
  return { text, total: Number(last[1]), unit, parts: tail.map((m) => Number(m[1])), approximate: tail.some((m) => !!m[2]) };
}

/** The answer: the text, the parts added up and set against its total (and a quoted one). */
export function proseSumAnswer(r: Report, s: ProseSum, quoted: readonly number[], source: string): Rendered {
  const sum = s.parts.reduce((a, b) => a + b, 0);
  const verdict =
    sum === s.total ? `与报告所写的总数 ${s.total} ${s.unit}相等，一致` : `与报告所写的总数 ${s.total} ${s.unit}不相等，相差 ${Math.abs(s.total - sum)} ${s.unit}`;
  const lines = [`报告正文写道：${s.text}`, `其中各项相加：${s.parts.join(' + ')} = ${sum} ${s.unit}，${verdict}（按报告数字计算${s.approximate ? '，约数按所写数字计' : ''}）。`];
  const other = quoted.find((q) => q !== s.total && q !== sum && !s.parts.includes(q) && q >= Math.max(...s.parts));
  if (other !== undefined) lines.push(`您说的 ${other} ${s.unit}与报告的数字不同。`);
  return { head: `${reportLabel(r)}：`, lines, source, labelled: true };
}
