/**
 * Finding a character's line in the readings table (sounds.ts: "\n" + one line per character,
 * "长chang zhang", written in code point order by makeReadingsTable()) by binary search.
 *
 * Why: `table.indexOf("\n" + ch)` scans the ~160 KB table; each character the typo pass meets for the
 * first time cost ~57 µs that way (~560 characters over the bench's 2,273 questions, measured), a
 * binary search a few µs. The search is used only on a table checked once to be in strictly increasing
 * code point order, and only for one whole character: it finds exactly the line indexOf finds.
 */

/** Whether every line starts with a character of a higher code point than the line before. */
export function inCodePointOrder(table: string): boolean {
  let prev = -1;
  for (let at = table.indexOf('\n'); at >= 0 && at + 1 < table.length; at = table.indexOf('\n', at + 1)) {
    const cp = table.codePointAt(at + 1)!;
    if (cp <= prev) return false;
    prev = cp;
  }
  return true;
}

/**
 * The offset of the "\n" that starts the line of `cp` in a table in code point order (that starts and
 * ends with "\n"), or -1.
 */
export function lineOf(table: string, cp: number): number {
  // invariant: the line sought, if any, starts at a "\n" at an offset in [lo, hi); `hi` is a "\n" too
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = table.lastIndexOf('\n', (lo + hi) >>> 1); // a line start in [lo, the middle]
    const c = table.codePointAt(mid + 1)!;
    if (c === cp) return mid;
    if (c < cp) lo = table.indexOf('\n', mid + 1);
    else hi = mid;
  }
  return -1;
}
