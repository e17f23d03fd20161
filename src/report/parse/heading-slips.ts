/**
 * Headings of sections 一–六 a character or two off the national format's (国办公开办函〔2021〕30号): "四、政务信息公开行政复议、
 * 行政诉讼情况" for 政府信息公开…, "六、其他报告的事项" for 其他需要报告的事项. Noted for staff checking a report; a heading
 * worded in its own way (more than a slip off) is the office's choice and no finding.
 */
import { SECTION_TITLES } from '../format.js';
import type { Finding } from '../types.js';
import { lcs } from './similar.js';
import { hanOnly } from './util.js';

/** At most this many characters beyond those the two share in order (added, dropped or changed) for a heading to be a slip of the national one. */
const MAX_SLIP_EDITS = 2;

/** One finding per heading printed a slip off the national format's. */
export function headingSlips(headings: Record<string, string>): Finding[] {
  const out: Finding[] = [];
  for (const [id, printed] of Object.entries(headings)) {
    const standard = SECTION_TITLES[id];
    if (!standard) continue;
    const own = hanOnly(printed.replace(/^[一二三四五六七八九十]+\s*[、.．，,]?/, ''));
    const format = hanOnly(standard);
    const edits = Math.max(own.length, format.length) - lcs([...own], [...format]);
    if (edits === 0 || edits > MAX_SLIP_EDITS) continue;
    out.push({ rule: 'heading-slip', severity: 'info', message: `第${id}部分标题原文“${printed}”，与国家格式“${id}、${standard}”不同` });
  }
  return out;
}
