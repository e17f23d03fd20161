/** Stage 3 — table regions: runs of tabular lines and the narrow lines around them. */
import { NUMBERED, SECTION, median } from './text.js';
import { lineText } from './lines.js';
import type { Line } from './types.js';


export function findTables(lines: Line[], m: { left: number; right: number }): { start: number; end: number }[] {
  const width = m.right - m.left;
  const tabular = lines.map((l) => !l.grid && l.segs.length >= 2 && l.maxGap >= 1.0);
  const regions: { start: number; end: number }[] = [];
  const headingLike = (l: Line, g: number) =>
    SECTION.test(lineText(l)) && l.segs.length === 1 && Math.abs(l.x0 - m.left) <= 1.5 * l.size && g > 1.9 * l.size;
  let i = 0;
  while (i < lines.length) {
    if (!tabular[i]) {
      i++;
      continue;
    }
    let start = i;
    let end = i + 1;
    const size = () => median(lines.slice(start, end).map((l) => l.size));
    // grow downwards: tabular lines, and narrow lines close to the region
    for (;;) {
      const next = lines[end];
      if (!next || next.grid) break;
      const prev = lines[end - 1]!;
      const gap = next.y - prev.y;
      if (tabular[end] && gap <= 3.5 * size()) {
        end++;
        continue;
      }
      if (joins(next, gap, size(), width, m) && !headingLike(next, gap)) {
        // a narrow line is kept only if a tabular line follows closely (else the table ended)
        let k = end + 1;
        while (k < lines.length && !tabular[k] && !lines[k]!.grid && joins(lines[k]!, lines[k]!.y - lines[k - 1]!.y, size(), width, m) && k - end < 6) k++;
        if (k < lines.length && tabular[k] && lines[k]!.y - lines[k - 1]!.y <= 3.5 * size()) {
          end = k + 1;
          continue;
        }
        // narrow lines right under the rows, starting where cells of the table start (rows with
        // blank cells, a wrapped last label)
        const starts = lines.slice(start, end).flatMap((l) => l.segs.map((g) => g.x0));
        const aligned = starts.some((x) => Math.abs(x - next.x0) <= 0.5 * next.size);
        if (aligned || (gap <= 1.6 * size() && !NUMBERED.test(lineText(next)))) {
          end++;
          continue;
        }
      }
      break;
    }
    // grow upwards: header lines above the first tabular line
    while (start > 0) {
      const prev = lines[start - 1]!;
      if (prev.grid) break;
      const gap = lines[start]!.y - prev.y;
      if (regions.length && start - 1 < regions[regions.length - 1]!.end) break;
      if (!joins(prev, gap, size(), width, m) || headingLike(prev, gap)) break;
      // the last line of a paragraph ("…情况如下：") right above the table is not a header
      const above = lines[start - 2];
      if (above && above.x1 - above.x0 > 0.7 * width && prev.y - above.y <= 1.6 * prev.size && Math.abs(prev.x0 - above.x0) < prev.size) break;
      start--;
    }
    const last = regions[regions.length - 1];
    // a table interrupted by a run of narrow lines (rows with blank cells) is one table
    if (last && last.end === start && lines[start]!.y - lines[start - 1]!.y <= 2.4 * size()) last.end = end;
    else regions.push({ start, end });
    i = end;
  }
  return regions;
}

/** Whether a non-tabular line can belong to a table next to it. */
export function joins(l: Line, gap: number, size: number, width: number, m: { left: number; right: number }): boolean {
  if (Math.abs(l.size - size) > 0.15 * size) return false;
  if (gap > 2.4 * size) return false;
  const w = l.x1 - l.x0;
  // a full-width line is running text, not a cell (unless its characters stand in separate cells)
  if (w > 0.7 * width && Math.abs(l.x0 - m.left) < 2.5 * size && l.cjkGaps < 3) return false;
  return true;
}
