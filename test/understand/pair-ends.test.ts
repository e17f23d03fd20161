import { describe, expect, it } from 'vitest';
import { PairEnds } from '../../src/understand/pair-ends.js';

/** Brute force: some split of `w` into two known words of two characters or more. */
const isPair = (w: string, known: Set<string>) => {
  for (let i = 2; i <= w.length - 2; i++) if (known.has(w.slice(0, i)) && known.has(w.slice(i))) return true;
  return false;
};

describe('PairEnds', () => {
  const words = ['复议', '期限', '身份', '证明', '申请', '政府信息', '电', '公开'];
  const ends = new PairEnds();
  for (const w of words) ends.add(w);
  const known = new Set(words);

  it('may join two known words', () => {
    for (const w of ['复议期限', '身份证明', '申请政府信息', '政府信息公开']) expect(ends.mayJoin(w), w).toBe(true);
  });

  it('rules out words whose start or end no known word has, and short words', () => {
    for (const w of ['天气预报', '复议天气', '天气期限', '复议', '电期限', '']) expect(ends.mayJoin(w), w).toBe(false);
  });

  it('never rules out a real pair (every word of four to eight characters over a small alphabet)', () => {
    const chars = [...'复议期限身份证明申请电'];
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) % chars.length;
    for (let k = 0; k < 20_000; k++) {
      const len = 4 + (k % 5);
      const w = Array.from({ length: len }, () => chars[rnd()]).join('');
      if (isPair(w, known)) expect(ends.mayJoin(w), w).toBe(true);
    }
  });
});
