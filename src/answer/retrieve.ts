/**
 * Passage retrieval (BM25 over jieba words) for what the tables do not hold: narrative figures
 * ("全年累计上传各类信息 600 余条") and facts such as where the 政务公开专区 is being built.
 */
import type { Passage, Report } from '../report/types.js';
import { cut } from '../understand/segment.js';
import { QUESTION_WORDS, STOPWORDS } from '../understand/classifier.js';

interface Doc {
  passage: Passage;
  tf: Map<string, number>;
  len: number;
}

export interface PassageIndex {
  docs: Doc[];
  df: Map<string, number>;
  avgLen: number;
  vocab: Set<string>;
}

/** Words that say "how many / what" but not what about. */
const GENERIC = new Set('数量 数据 情况 一共 总共 共 全年 累计 本年 本年度 今年 年 件 条 个 次 项 家 多 少 有 没有 是 做 进行 开展 工作'.split(' '));

export function contentWords(text: string): string[] {
  return cut(text).filter(
    (w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !GENERIC.has(w) && !/^\d+(\.\d+)?$/.test(w) && !/^(几|多少|哪)\p{Script=Han}?$/u.test(w),
  );
}

const cache = new WeakMap<Report, PassageIndex>();

export function passageIndex(report: Report): PassageIndex {
  const hit = cache.get(report);
  if (hit) return hit;
  const df = new Map<string, number>();
  const vocab = new Set<string>();
  const docs = report.passages.map((passage) => {
    const words = contentWords(passage.text);
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) {
      df.set(w, (df.get(w) ?? 0) + 1);
      vocab.add(w);
    }
    return { passage, tf, len: words.length };
  });
  const avgLen = docs.reduce((s, d) => s + d.len, 0) / (docs.length || 1);
  const index = { docs, df, avgLen, vocab };
  cache.set(report, index);
  return index;
}

const used = new WeakMap<PassageIndex, Map<string, boolean>>();

/** Does the report use this word, alone or inside a longer one? (memoised per index) */
function usedByReport(index: PassageIndex, w: string): boolean {
  let memo = used.get(index);
  if (!memo) used.set(index, (memo = new Map()));
  let yes = memo.get(w);
  if (yes === undefined) {
    yes = index.df.has(w);
    if (!yes) for (const k of index.df.keys()) if (k.includes(w) || w.includes(k)) { yes = true; break; }
    if (memo.size < 50_000) memo.set(w, yes);
  }
  return yes;
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Share (IDF-weighted) of the question's content words found in the passage, 0…1. */
  coverage: number;
  /** Some word of the question that the report rarely uses (≤ 3 passages) is in this passage. */
  rare: boolean;
  /** Some word of two or more characters of the question is in this passage (whole or inside a longer word). */
  word: boolean;
}

export function searchPassages(index: PassageIndex, query: string[], opts: { needNumber?: boolean } = {}): Hit[] {
  const n = index.docs.length;
  if (!n || !query.length) return [];
  const words = [...new Set(query)];
  // a word the report never uses weighs like its rarest word, not more
  const idf = (w: string) => {
    const df = Math.max(index.df.get(w) ?? 0, 1);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  // a single character, or a word the report never uses, is weaker evidence either way
  const weight = (w: string) => (w.length < 2 ? 0.5 : 1) * (usedByReport(index, w) ? 1 : 0.5);
  const weights = new Map(words.map((w) => [w, idf(w) * weight(w)]));
  const totalIdf = words.reduce((s, w) => s + weights.get(w)!, 0) || 1;
  const k1 = 1.2;
  const b = 0.75;
  const hits: Hit[] = [];
  for (const d of index.docs) {
    if (opts.needNumber && !/\d/.test(d.passage.text)) continue;
    let score = 0;
    let covered = 0;
    let rare = false;
    let word = false;
    for (const w of words) {
      let tf = d.tf.get(w) ?? 0;
      let quality = tf ? 1 : 0;
      if (!tf && w.length >= 2) {
        // a word inside a longer one (专区 in 政务公开专区), or its characters in the text (建在 ~ 建设…在)
        for (const [k, c] of d.tf) if (k.length >= 2 && (k.includes(w) || w.includes(k))) {
          tf = Math.max(tf, c * 0.5);
          quality = 0.6;
        }
        if (!tf && [...w].every((ch) => d.passage.text.includes(ch))) {
          tf = 0.3;
          quality = 0.4;
        }
      }
      if (!tf) continue;
      if (quality >= 0.6 && w.length >= 2) word = true;
      if (quality >= 0.6 && w.length >= 2 && (index.df.get(w) ?? 1) <= 3) rare = true;
      covered += weights.get(w)! * quality;
      score += (idf(w) * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * d.len) / (index.avgLen || 1)));
    }
    if (score > 0) hits.push({ passage: d.passage, score, coverage: covered / totalIdf, rare, word });
  }
  return hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
}
