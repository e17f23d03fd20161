/**
 * Choosing among the splits of run-together rows (digit-split.ts) by the table's balances across
 * rows: Σ of some rows = Σ of others, cell by cell (表三: 一 + 二 = (七)总计 + 四; (七)总计 = the sum of
 * the outcome rows). Backtracking over the rows that can be split more than one way, pruned by the
 * range each balance can still reach, bounded by MAX_SEARCH_STEPS.
 *
 * A cell is known when every split of its row agrees on it ('row'); else when every combination
 * that satisfies all balances agrees on it ('balance'); else it is not determined (null) — never
 * a guess.
 */
import { commonValue } from './digit-split.js';

/**
 * Rows assigned during the search. A real table has a handful of rows with more than one split,
 * each with two or three: a few hundred steps. The limit bounds a table of many ambiguous rows
 * (20 rows of 3 splits: 3·10⁹ combinations); its ambiguous cells then stay unknown.
 */
export const MAX_SEARCH_STEPS = 200_000;

/** Σ of the `left` rows = Σ of the `right` rows, for every cell position. */
export interface Balance {
  left: string[];
  right: string[];
}

export type CellSource = 'row' | 'balance' | null;

export interface Resolved {
  /** Row id → its cells; null where not determined. */
  cells: Map<string, (number | null)[]>;
  /** Row id → how each cell was determined (null: not determined). */
  sources: Map<string, CellSource[]>;
  /** Combinations found that satisfy every balance (the search may stop early once nothing more can be learnt). */
  solutions: number;
  /** false when MAX_SEARCH_STEPS stopped the search: cells that their own row does not fix stay unknown. */
  complete: boolean;
}

/**
 * Resolve the cells of `rows` (row id → its possible splits, each `width` cell values; a row with no
 * split gets `width` unknown cells) under `balances` (only balances whose rows all have splits are used).
 */
export function resolveSplits(rows: Map<string, number[][]>, balances: Balance[], width: number, maxSteps = MAX_SEARCH_STEPS): Resolved {
  const usable = balances.filter((b) => [...b.left, ...b.right].every((id) => (rows.get(id)?.length ?? 0) > 0));
  const ids = [...rows.keys()].filter((id) => rows.get(id)!.length > 0);
  const balanced = new Set(usable.flatMap((b) => [...b.left, ...b.right]));
  // rows to search: more than one split, and under some balance that can tell them apart
  const open = ids.filter((id) => rows.get(id)!.length > 1 && balanced.has(id)).sort((a, b) => rows.get(a)!.length - rows.get(b)!.length);

  // per row and cell, the least and the most any split gives
  const lo = new Map<string, number[]>();
  const hi = new Map<string, number[]>();
  for (const id of ids) {
    const low = new Array<number>(width).fill(Infinity);
    const high = new Array<number>(width).fill(-Infinity);
    for (const split of rows.get(id)!) {
      for (let i = 0; i < width; i++) {
        low[i] = Math.min(low[i]!, split[i] ?? 0);
        high[i] = Math.max(high[i]!, split[i] ?? 0);
      }
    }
    lo.set(id, low);
    hi.set(id, high);
  }
  const chosen = new Map<string, number[]>();
  for (const id of ids) if (rows.get(id)!.length === 1) chosen.set(id, rows.get(id)![0]!);

  /** Can balance `b` still hold, given the rows chosen so far? */
  const feasible = (b: Balance): boolean => {
    for (let i = 0; i < width; i++) {
      let lMin = 0;
      let lMax = 0;
      let rMin = 0;
      let rMax = 0;
      for (const id of b.left) {
        const c = chosen.get(id);
        lMin += c ? c[i]! : lo.get(id)![i]!;
        lMax += c ? c[i]! : hi.get(id)![i]!;
      }
      for (const id of b.right) {
        const c = chosen.get(id);
        rMin += c ? c[i]! : lo.get(id)![i]!;
        rMax += c ? c[i]! : hi.get(id)![i]!;
      }
      if (lMin > rMax || lMax < rMin) return false;
    }
    return true;
  };
  const touching = new Map(open.map((id) => [id, usable.filter((b) => b.left.includes(id) || b.right.includes(id))]));

  // per open row and cell: the value every solution so far gives, NaN once two solutions differ
  const seen = new Map(open.map((id) => [id, new Array<number | undefined>(width).fill(undefined)]));
  const undecided = () => open.some((id) => seen.get(id)!.some((v, i) => !Number.isNaN(v) && commonValue(rows.get(id)!, i) === undefined));
  let solutions = 0;
  let steps = 0;
  let complete = true;
  let done = false;

  const search = (k: number): void => {
    if (done) return;
    if (k === open.length) {
      solutions++;
      for (const id of open) {
        const s = seen.get(id)!;
        const c = chosen.get(id)!;
        for (let i = 0; i < width; i++) s[i] = s[i] === undefined ? c[i] : s[i] === c[i] ? s[i] : NaN;
      }
      // once every cell the rows leave open has two different values, more solutions teach nothing
      if (!undecided()) done = true;
      return;
    }
    const id = open[k]!;
    for (const split of rows.get(id)!) {
      if (++steps > maxSteps) {
        complete = false;
        done = true;
        return;
      }
      chosen.set(id, split);
      if (touching.get(id)!.every(feasible)) search(k + 1);
      chosen.delete(id);
      if (done) return;
    }
  };
  if (open.length && usable.every(feasible)) search(0);

  const cells = new Map<string, (number | null)[]>();
  const sources = new Map<string, CellSource[]>();
  for (const [id, splits] of rows) {
    const vals: (number | null)[] = [];
    const src: CellSource[] = [];
    for (let i = 0; i < width; i++) {
      const own = commonValue(splits, i);
      const bal = seen.get(id)?.[i];
      if (own !== undefined) {
        vals.push(own);
        src.push('row');
      } else if (complete && solutions > 0 && bal !== undefined && !Number.isNaN(bal)) {
        vals.push(bal);
        src.push('balance');
      } else {
        vals.push(null);
        src.push(null);
      }
    }
    cells.set(id, vals);
    sources.set(id, src);
  }
  return { cells, sources, solutions, complete };
}
