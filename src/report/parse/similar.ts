/**
 * Labels that tolerate misprints: a printed table label is matched to the national catalogue by
 * similarity of its characters and of their sound (pinyin), for labels no pattern recognises —
 * "2.其他法律行政止公开" (法规禁 dropped) is 2.其他法律行政法规禁止公开, "不在处理" is 不再处理.
 *
 * pinyin-pro (≈ 0.4 s to load) is loaded only when a label needs it.
 */
import { createRequire } from 'node:module';

/** A candidate must score at least this (0–1) to be taken. */
export const MIN_SIMILARITY = 0.62;
/** …and beat the next candidate by this much: two near labels are not guessed between. */
export const MIN_MARGIN = 0.08;
/** Sound counts a little less than the characters themselves (a homophone is still a different character). */
const SOUND_WEIGHT = 0.95;

type Pinyin = (s: string, o: { toneType: 'none'; type: 'array'; nonZh: 'removed' }) => string[];
let pinyinFn: Pinyin | null = null;
function pinyin(s: string): string[] {
  if (!pinyinFn) pinyinFn = (createRequire(import.meta.url)('pinyin-pro') as { pinyin: Pinyin }).pinyin;
  return pinyinFn(s, { toneType: 'none', type: 'array', nonZh: 'removed' });
}

/** Length of the longest common subsequence. */
export function lcs<T>(a: T[], b: T[]): number {
  const prev = Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}

const dice = <T>(a: T[], b: T[]) => (a.length + b.length ? (2 * lcs(a, b)) / (a.length + b.length) : 0);

/** Only the Chinese characters and letters of a label (numbering and punctuation are matched apart). */
const core = (s: string) => [...s.replace(/[^\p{Script=Han}A-Za-z]/gu, '')];

/** Similarity of two labels, 0–1: the better of characters and sound. */
export function similarity(a: string, b: string): number {
  const ca = core(a);
  const cb = core(b);
  if (!ca.length || !cb.length) return 0;
  const chars = dice(ca, cb);
  if (chars === 1) return 1;
  const sound = dice(pinyin(ca.join('')), pinyin(cb.join('')));
  return Math.max(chars, SOUND_WEIGHT * sound);
}

export interface Match<T> {
  item: T;
  score: number;
}

/** The candidate most like `label`, when it is clearly the one (see MIN_SIMILARITY, MIN_MARGIN). */
export function bestMatch<T>(label: string, candidates: T[], text: (t: T) => string, bonus: (t: T) => number = () => 0): Match<T> | null {
  const scored = candidates
    .map((item) => ({ item, score: similarity(label, text(item)) + bonus(item) }))
    .sort((p, q) => q.score - p.score);
  const [first, second] = scored;
  if (!first || first.score < MIN_SIMILARITY) return null;
  if (second && first.score - second.score < MIN_MARGIN) return null;
  return first;
}
