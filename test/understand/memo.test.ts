import { describe, expect, it } from 'vitest';
import { BoundedMemo, READING_MEMO_MAX, readingMemo } from '../../src/understand/memo.js';

describe('readingMemo', () => {
  it('reads once per owner and key, keeps misses too, and freezes the reading with its lists and spans', () => {
    const memo = readingMemo<object, { rows: string[]; spans: { start: number }[] }>();
    const owner = {};
    let reads = 0;
    const read = () => (reads++, { rows: ['a'], spans: [{ start: 0 }] });
    const a = memo(owner, 'x', read)!;
    expect(memo(owner, 'x', read)).toBe(a);
    expect(reads).toBe(1);
    expect(Object.isFrozen(a) && Object.isFrozen(a.rows) && Object.isFrozen(a.spans[0])).toBe(true);
    expect(memo({}, 'x', read)).not.toBe(a); // another owner reads again
    let misses = 0;
    expect(memo(owner, 'none', () => (misses++, undefined))).toBeUndefined();
    memo(owner, 'none', () => (misses++, undefined));
    expect(misses).toBe(1);
  });
  it('stays bounded when full, dropping one entry for each new one', () => {
    const memo = readingMemo<object, { n: number }>();
    const owner = {};
    let reads = 0;
    for (let i = 0; i <= READING_MEMO_MAX; i++) memo(owner, String(i), () => (reads++, { n: i }));
    // one of the first READING_MEMO_MAX made room for the last; the rest are still there
    let again = 0;
    for (let i = 0; i <= READING_MEMO_MAX; i++) memo(owner, String(i), () => (again++, { n: i }));
    expect(reads).toBe(READING_MEMO_MAX + 1);
    expect(again).toBeGreaterThanOrEqual(1);
    expect(again).toBeLessThan(READING_MEMO_MAX / 100);
  });
});

describe('BoundedMemo', () => {
  it('keeps at most max entries, updates a key in place and clears', () => {
    const m = new BoundedMemo<string, number>(3);
    m.set('a', 1).set('b', 2).set('c', 3);
    m.set('a', 10);
    expect(m.size).toBe(3);
    expect(m.get('a')).toBe(10);
    m.set('d', 4);
    expect(m.size).toBe(3);
    expect(m.get('d')).toBe(4);
    expect(['a', 'b', 'c'].filter((k) => m.has(k))).toHaveLength(2);
    m.clear();
    expect(m.size).toBe(0);
    expect(m.get('d')).toBeUndefined();
  });
  it('still hits most keys when a loop of keys slightly outnumbers it (clearing or dropping the oldest would hit none)', () => {
    const max = 1000;
    const m = new BoundedMemo<number, number>(max);
    const loop = Math.round(max * 1.02);
    let hits = 0;
    let asked = 0;
    for (let round = 0; round < 4; round++) {
      for (let k = 0; k < loop; k++) {
        if (round > 0) asked++;
        if (m.get(k) !== undefined) {
          if (round > 0) hits++;
        } else m.set(k, k);
      }
    }
    expect(m.size).toBe(max);
    expect(hits / asked).toBeGreaterThan(0.9);
  });
  it('refuses a size below one', () => {
    expect(() => new BoundedMemo(0)).toThrow(RangeError);
  });
});
