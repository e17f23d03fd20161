/**
 * The splitter of run-together rows: the splits of one run (digit-split.ts) and the choice among
 * them by the balances across rows (split-search.ts) — a unique split, a split only the balance
 * settles, an ambiguous split left unknown, and both search limits.
 */
import { describe, expect, it } from 'vitest';
import { groupsOfFiveSum, MAX_SPLIT_STEPS, sixSumToTotal, splitRun } from '../../src/report/parse/digit-split.js';
import { MAX_SEARCH_STEPS, resolveSplits, type Balance } from '../../src/report/parse/split-search.js';

describe('splitRun: the splits of one run', () => {
  it('a unique split: 713000074 is 71, 3, 0, 0, 0, 0, 74 (the six sum to the total)', () => {
    expect(splitRun(['713000074'], 7, sixSumToTotal)).toEqual({ splits: [[71, 3, 0, 0, 0, 0, 74]], complete: true });
    expect(splitRun(['723000075'], 7, sixSumToTotal).splits).toEqual([[72, 3, 0, 0, 0, 0, 75]]);
  });

  it('no cell starts with 0 unless it is 0', () => {
    expect(splitRun(['100'], 2).splits).toEqual([[10, 0]]);
    expect(splitRun(['0200002'], 7).splits).toEqual([[0, 2, 0, 0, 0, 0, 2]]);
    expect(splitRun(['000'], 2).splits).toEqual([]);
  });

  it('a space is a cut that stays; a decimal is one cell', () => {
    expect(splitRun(['12', '3'], 3).splits).toEqual([[1, 2, 3]]);
    expect(splitRun(['0', '1', '1', '0', '2'], 5, groupsOfFiveSum).splits).toEqual([[0, 1, 1, 0, 2]]);
    expect(splitRun(['9116.36'], 1).splits).toEqual([[9116.36]]);
    expect(splitRun(['9116.36'], 2).splits).toEqual([]);
  });

  it('without a row rule a run splits many ways (8855698 into 3 cells: 15), with one it may split none', () => {
    const s = splitRun(['8855698'], 3);
    expect(s.splits).toHaveLength(15);
    expect(s.splits).toContainEqual([88, 55, 698]);
    expect(splitRun(['1234567'], 7, sixSumToTotal).splits).toEqual([]);
    expect(splitRun(['101000011'], 7, sixSumToTotal).splits).toEqual([
      [1, 0, 10, 0, 0, 0, 11],
      [10, 1, 0, 0, 0, 0, 11],
    ]);
  });

  it('the step limit stops a run with too many ways and says so', () => {
    const long = '1234567891'.repeat(4);
    const s = splitRun([long], 7, () => true, 500);
    expect(s.complete).toBe(false);
    expect(splitRun(['713000074'], 7, sixSumToTotal, 500).complete).toBe(true);
    expect(MAX_SPLIT_STEPS).toBeGreaterThan(1000);
  });

  it('table 四\'s rule: each group of five sums to its total', () => {
    expect(groupsOfFiveSum([0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0])).toBe(true);
    expect(groupsOfFiveSum([0, 1, 1, 0, 3])).toBe(false);
  });
});

// 一 + 二 = (七)总计 + 四 and (七)总计 = 予以公开 + 部分公开, for a table of five rows.
const BALANCES: Balance[] = [
  { left: ['new', 'carried'], right: ['total', 'carry-over'] },
  { left: ['total'], right: ['granted', 'partial'] },
];
const GRANTED = splitRun(['101000011'], 7, sixSumToTotal).splits; // 自然人 1 and 科研机构 10, or 自然人 10 and 商业企业 1
const z = [0, 0, 0, 0, 0, 0, 0];
/** 予以公开 settled by the balance: (七)总计 20 + 1 less 部分公开 10 leaves 自然人 10, 商业企业 1. */
const SETTLED = new Map([
  ['new', [[20, 1, 0, 0, 0, 0, 21]]],
  ['carried', [z]],
  ['granted', GRANTED],
  ['partial', [[10, 0, 0, 0, 0, 0, 10]]],
  ['total', [[20, 1, 0, 0, 0, 0, 21]]],
  ['carry-over', [z]],
]);

describe('resolveSplits: the balances across rows', () => {
  it('a row the balance settles: its differing cells are known, marked as from the balance', () => {
    const r = resolveSplits(SETTLED, BALANCES, 7);
    expect(r.complete).toBe(true);
    expect(r.solutions).toBe(1);
    expect(r.cells.get('granted')).toEqual([10, 1, 0, 0, 0, 0, 11]);
    expect(r.sources.get('granted')).toEqual(['balance', 'balance', 'balance', 'row', 'row', 'row', 'row']);
    expect(r.sources.get('new')).toEqual(new Array(7).fill('row'));
  });

  it('an ambiguous split is left unknown: two whole tables satisfy every balance', () => {
    const rows = new Map([
      ['new', GRANTED],
      ['carried', [z]],
      ['granted', GRANTED],
      ['partial', [z]],
      ['total', GRANTED],
      ['carry-over', [z]],
    ]);
    const r = resolveSplits(rows, BALANCES, 7);
    expect(r.complete).toBe(true);
    expect(r.solutions).toBe(2);
    for (const id of ['new', 'granted', 'total']) {
      expect(r.cells.get(id), id).toEqual([null, null, null, 0, 0, 0, 11]); // the total column all splits agree on
      expect(r.sources.get(id), id).toEqual([null, null, null, 'row', 'row', 'row', 'row']);
    }
  });

  it('a row under no balance keeps only what its splits agree on; a row without a split, nothing', () => {
    const r = resolveSplits(new Map([['granted', GRANTED], ['partial', []]]), BALANCES, 7);
    expect(r.cells.get('granted')).toEqual([null, null, null, 0, 0, 0, 11]);
    expect(r.cells.get('partial')).toEqual(new Array(7).fill(null)); // no split at all: every cell unknown
  });

  it('a table no combination balances: only the cells each row fixes by itself', () => {
    const rows = new Map([
      ['new', [[5, 0, 0, 0, 0, 0, 5]]],
      ['carried', [z]],
      ['granted', GRANTED],
      ['partial', [z]],
      ['total', [[20, 1, 0, 0, 0, 0, 21]]],
      ['carry-over', [z]],
    ]);
    const r = resolveSplits(rows, BALANCES, 7);
    expect(r.solutions).toBe(0);
    expect(r.cells.get('granted')).toEqual([null, null, null, 0, 0, 0, 11]);
    expect(r.cells.get('total')).toEqual([20, 1, 0, 0, 0, 0, 21]);
  });

  it('the search limit: stopped early, the cells only the balance could settle stay unknown', () => {
    const r = resolveSplits(SETTLED, BALANCES, 7, 1);
    expect(r.complete).toBe(false);
    expect(r.cells.get('granted')).toEqual([null, null, null, 0, 0, 0, 11]);
    expect(r.cells.get('new')).toEqual([20, 1, 0, 0, 0, 0, 21]);
    expect(MAX_SEARCH_STEPS).toBeGreaterThan(1000);
  });

  it('many ambiguous rows: the balance ranges prune the search far below the 2^18 combinations', () => {
    // 18 outcome rows of two splits each; only "自然人 10, 商业企业 1" in every row gives the printed total
    const ids = Array.from({ length: 18 }, (_, i) => `r${i}`);
    const rows = new Map<string, number[][]>([['total', [[180, 18, 0, 0, 0, 0, 198]]], ...ids.map((id) => [id, GRANTED] as [string, number[][]])]);
    expect(2 ** 18).toBeGreaterThan(MAX_SEARCH_STEPS);
    const r = resolveSplits(rows, [{ left: ['total'], right: ids }], 7);
    expect(r.complete).toBe(true);
    expect(r.solutions).toBe(1);
    for (const id of ids) expect(r.cells.get(id), id).toEqual([10, 1, 0, 0, 0, 0, 11]);
  });
});
