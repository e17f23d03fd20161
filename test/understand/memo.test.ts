import { describe, expect, it } from 'vitest';
import { READING_MEMO_MAX, readingMemo } from '../../src/understand/memo.js';

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
  it('starts afresh when full', () => {
    const memo = readingMemo<object, { n: number }>();
    const owner = {};
    for (let i = 0; i <= READING_MEMO_MAX; i++) memo(owner, String(i), () => ({ n: i }));
    let again = 0;
    memo(owner, '0', () => (again++, { n: 0 }));
    expect(again).toBe(1);
  });
});
