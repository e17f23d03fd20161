/**
 * Headings of sections 一–六 a character or two off the national format's (国办公开办函〔2021〕30号): "四、政务信息公开行政复议、
 * 行政诉讼情况" for 政府信息公开…, "六、其他报告的事项" for 其他需要报告的事项. Noted for staff checking a report; a heading
 * worded in its own way (more than a slip off) is the office's choice and no finding.
 */
import { SECTION_TITLES } from '../format.js';
import type { Finding } from '../types.js';

/** At most this many characters added, dropped or changed for a heading to be a slip of the national one. */
const MAX_SLIP_EDITS = 2;

/** The Chinese characters only: numerals' marks, spaces and punctuation are no slip. */
const hanOnly = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '');

/** Edit distance of two short strings, stopped early once past `max` (returns max + 1 then). */
function editsWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** One finding per heading printed a slip off the national format's. */
export function headingSlips(headings: Record<string, string>): Finding[] {
  const out: Finding[] = [];
  for (const [id, printed] of Object.entries(headings)) {
    const standard = SECTION_TITLES[id];
    if (!standard) continue;
    const own = hanOnly(printed.replace(/^[一二三四五六七八九十]+\s*[、.．，,]?/, ''));
    const edits = editsWithin(own, hanOnly(standard), MAX_SLIP_EDITS);
    if (edits === 0 || edits > MAX_SLIP_EDITS) continue;
    out.push({ rule: 'heading-slip', severity: 'info', message: `第${id}部分标题原文“${printed}”，与国家格式“${id}、${standard}”不同` });
  }
  return out;
}
