/**
 * A row whose cells were printed without separators ("713000074" for 71, 3, 0, 0, 0, 0, 74): every
 * way to cut its digits into the row's cells. A cell never starts with 0 unless it is 0; a space in
 * the run is a cut that must be kept (each piece between spaces holds at least one cell); a number
 * with a decimal point ("9116.36") is one cell. A row rule (the six applicant columns sum to the
 * 总计) keeps only the splits it accepts.
 */
import { MAX_COUNT } from '../sanity.js';

/**
 * Cut positions tried for one row. A real row (seven counts, most of them 0, the largest a few
 * thousand) takes well under a thousand; the limit stops a misread or crafted run (40 digits into 7
 * cells can be cut 3·10⁶ ways), whose row is then left unread.
 */
export const MAX_SPLIT_STEPS = 100_000;

/** Digits of the largest count a cell can hold (sanity.ts: no office counts 10⁸ of anything). */
const MAX_CELL_DIGITS = String(MAX_COUNT).length;

export interface RowSplits {
  /** The accepted splits, each one number per cell, in the order found. */
  splits: number[][];
  /** false when MAX_SPLIT_STEPS stopped the enumeration: the splits found are not all there are. */
  complete: boolean;
}

const DIGITS = /^\d+$/;
const DECIMAL = /^\d+\.\d+$/;

/** Can `piece` be one cell? */
function isCell(piece: string): boolean {
  if (DECIMAL.test(piece)) return !/^0\d/.test(piece);
  return DIGITS.test(piece) && (piece === '0' || piece[0] !== '0') && piece.length <= MAX_CELL_DIGITS;
}

/**
 * Every split of `tokens` (the run's pieces between spaces, e.g. ["713000074"] or ["0", "1", "1"])
 * into `cells` numbers that `accept` takes, up to `maxSteps` cut positions tried.
 */
export function splitRun(tokens: string[], cells: number, accept: (values: number[]) => boolean = () => true, maxSteps = MAX_SPLIT_STEPS): RowSplits {
  const splits: number[][] = [];
  const pieces = tokens.filter((t) => t !== '');
  if (!pieces.length || pieces.some((t) => !DIGITS.test(t) && !DECIMAL.test(t))) return { splits, complete: true };
  // most cells the pieces from index i on can still give (a decimal is one cell, a digit one at most)
  const most: number[] = new Array(pieces.length + 1).fill(0);
  for (let i = pieces.length - 1; i >= 0; i--) most[i] = most[i + 1]! + (DECIMAL.test(pieces[i]!) ? 1 : pieces[i]!.length);
  let steps = 0;
  let complete = true;
  const cur: number[] = [];

  // fill from piece `p`, character `at`, with `left` cells still to place
  const walk = (p: number, at: number, left: number): void => {
    if (!complete) return;
    if (p === pieces.length) {
      if (left === 0 && accept(cur)) splits.push([...cur]);
      return;
    }
    const piece = pieces[p]!;
    const rest = piece.length - at;
    // this piece's remaining characters give at least 1 and at most `rest` cells; later pieces at least 1 each
    const later = pieces.length - p - 1;
    const restMost = (DECIMAL.test(piece) ? 1 : rest) + most[p + 1]!;
    if (left < 1 + later || left > restMost) return;
    const lengths = DECIMAL.test(piece) ? [rest] : Array.from({ length: rest }, (_, i) => i + 1);
    for (const len of lengths) {
      if (++steps > maxSteps) {
        complete = false;
        return;
      }
      const cell = piece.slice(at, at + len);
      if (!isCell(cell)) {
        if (cell.length > 1) break; // a leading 0 or too many digits: longer cells are no better
        continue;
      }
      cur.push(Number(cell));
      if (at + len === piece.length) walk(p + 1, 0, left - 1);
      else walk(p, at + len, left - 1);
      cur.pop();
    }
  };
  walk(0, 0, cells);
  return { splits, complete };
}

/** The value every split gives cell `i`, or undefined when they differ (or there is no split). */
export function commonValue(splits: number[][], i: number): number | undefined {
  const v = splits[0]?.[i];
  return v !== undefined && splits.every((s) => s[i] === v) ? v : undefined;
}

/** Table 三's row rule (R3): the six applicant columns sum to the 总计 (the seventh cell). */
export function sixSumToTotal(values: number[]): boolean {
  return values.length === 7 && values.slice(0, 6).reduce((a, b) => a + b, 0) === values[6];
}

/** Table 四's row rule (R4): in each group of five, 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
export function groupsOfFiveSum(values: number[]): boolean {
  if (values.length % 5 !== 0) return false;
  for (let g = 0; g < values.length; g += 5) {
    if (values[g]! + values[g + 1]! + values[g + 2]! + values[g + 3]! !== values[g + 4]) return false;
  }
  return true;
}
