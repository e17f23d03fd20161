/**
 * Intent classifier: TF-IDF over jieba words plus character bigrams, nearest example per intent
 * (cosine). Few-shot friendly, typo tolerant (bigrams), and its score is already a 0…1 confidence.
 * Chosen by measurement against natural's BayesClassifier (see `npm run eval`).
 */
import { cut } from './segment.js';

export type Vector = Map<string, number>;

/** Words that carry no topic. Question words (多少, 怎么, 哪里 …) are kept: they tell intents apart. */
export const STOPWORDS = new Set(
  '的 了 吗 呢 吧 啊 呀 哦 嘛 么 哈 嗯 噢 喔 哎 唉 请问 请 问 问问 想 想问 想问一下 一下 下 我 我们 咱们 您 你 你们 他 她 它 他们 这 那 这个 那个 这些 那些 就 也 还 都 又 再 和 与 及 跟 或 或者 是 在 给 把 被 让 对 向 从 帮 帮忙 麻烦 知道 告诉 一 个 些 呗 嘞 啦 哇 么样 俺 咱 咋 啥 哈 呐 问问 下子 请教 的话 要是 如果 假如 然后 就是 其实 比如 这样 那样 还是 这边 那边 咱们 人家 一般 通常'.split(' '),
);
export const QUESTION_WORDS = new Set(
  '多少 几 几个 几件 几次 多久 多长 怎么 怎样 怎么样 如何 什么 啥 哪 哪里 哪儿 哪些 哪个 谁 为什么 为啥 是否 有没有 能不能 可不可以 可以 能 会 吗 咋办 怎么办 咋弄 咋整'.split(' '),
);

export function features(text: string): string[] {
  const out: string[] = [];
  for (const w of cut(text)) if (!STOPWORDS.has(w)) out.push(`w:${w}`);
  for (const run of text.match(/[\p{Script=Han}]+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(`b:${run.slice(i, i + 2)}`);
    if (run.length === 1) out.push(`b:${run}`);
    for (const ch of run) out.push(`u:${ch}`);
  }
  return out;
}

/** Particles and auxiliaries jieba glues to a neighbour ("交了", "天能", "一趟"). */
export const PARTICLE_CHARS = '的了着过地得呢吗吧啊呀哦嘛么能会要想给把被让一个些';
/** An unknown word that is one character plus particles is a cut artefact, not an unknown topic: no penalty. */
const particleGlued = (f: string) => f.startsWith('w:') && gluedWord(f.slice(2));
/** Question words jieba glues to a verb ("干什么", "做什么", "咋办"). */
const GLUED_QUESTION = /什么|怎么|多少|哪里|哪儿|为什么/g;
/** A word that is one character plus particles or a question word ("交了", "天能", "干什么"): says nothing either way. */
export function gluedWord(w: string): boolean {
  return [...w.replace(GLUED_QUESTION, '')].filter((ch) => !PARTICLE_CHARS.includes(ch)).length < 2;
}

const WEIGHT = (f: string) => (f.startsWith('w:') ? 1 : f.startsWith('u:') ? 0.2 : 0.6);

export interface Scored<T> {
  item: T;
  score: number;
  /** The example that matched best. */
  example: string;
}

/** Weight of an intent's second-best example in its score. */
export const SUPPORT = 0.25;

/**
 * An out-of-scope example must match on its own words: the share of its match that must come from
 * features no in-scope example has, for the match to count in full. "区长电话多少" shares only 电话/多少
 * with "你们电话多少" (both in-scope words: no evidence of off-topic), while "南岗区的区长叫什么名字"
 * shares 区长. Below this share the score shrinks in proportion. 0.5: half the evidence off-topic.
 */
export const OFF_TOPIC_OWN_SHARE = 0.5;

const offTopic = (item: { fallback?: boolean; answer?: string }) => Boolean(item.fallback && !item.answer);

export class Classifier<T extends { id: string; fallback?: boolean; answer?: string }> {
  private idf = new Map<string, number>();
  private docs: { item: T; example: string; vec: Vector }[] = [];
  /** feature → doc indexes and weights: scoring touches only examples that share a feature. */
  private postings = new Map<string, { docs: Int32Array; weights: Float64Array }>();
  /** Scratch sums, one per example, reset after each rank(). */
  private dots = new Float64Array(0);
  /** Scratch sums of the off-topic-only features, per example. */
  private own = new Float64Array(0);
  /** Features that only out-of-scope (fallback) examples have. */
  private offTopicOnly = new Set<string>();
  private defaultIdf = 1;
  /** Known but too common to score (see the constructor). */
  private ignored = new Set<string>();

  constructor(items: { item: T; examples: string[] }[]) {
    const raw = items.flatMap(({ item, examples }) => examples.map((example) => ({ item, example, feats: features(example) })));
    const df = new Map<string, number>();
    for (const d of raw) for (const f of new Set(d.feats)) df.set(f, (df.get(f) ?? 0) + 1);
    const n = raw.length || 1;
    // single characters found in more than a tenth of the examples carry almost no weight but cost the
    // most to score (long posting lists): leave them out
    for (const [f, c] of df) {
      if (f.startsWith('u:') && c > n / 10) this.ignored.add(f);
      else this.idf.set(f, Math.log(1 + n / c));
    }
    this.defaultIdf = Math.log(1 + n);
    const inScope = new Set<string>();
    // off-topic: a fallback intent without an answer of its own (an honest limit such as 办公时间 is in scope)
    for (const d of raw) if (!offTopic(d.item)) for (const f of d.feats) inScope.add(f);
    for (const d of raw) if (offTopic(d.item)) for (const f of d.feats) if (!inScope.has(f)) this.offTopicOnly.add(f);
    this.docs = raw.map((d) => ({ item: d.item, example: d.example, vec: this.vector(d.feats) }));
    const lists = new Map<string, [number, number][]>();
    this.docs.forEach((d, i) => {
      for (const [f, w] of d.vec) {
        let list = lists.get(f);
        if (!list) lists.set(f, (list = []));
        list.push([i, w]);
      }
    });
    for (const [f, list] of lists) this.postings.set(f, { docs: Int32Array.from(list, (x) => x[0]), weights: Float64Array.from(list, (x) => x[1]) });
    this.dots = new Float64Array(this.docs.length);
    this.own = new Float64Array(this.docs.length);
  }

  /** Known feature? (used to tell in-domain words from unknown ones) */
  knows(feature: string): boolean {
    return this.idf.has(feature) || this.ignored.has(feature);
  }

  vector(feats: string[]): Vector {
    const v: Vector = new Map();
    for (const f of feats) {
      const idf = this.idf.get(f);
      if (idf === undefined) continue;
      v.set(f, (v.get(f) ?? 0) + WEIGHT(f) * idf);
    }
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (const [k, x] of v) v.set(k, x / norm);
    return v;
  }

  /** Ranked items that share a feature with the text (best example per item), best first. Unknown features lower the score. */
  rank(text: string): Scored<T>[] {
    const feats = features(text).filter((f) => !this.ignored.has(f));
    if (!feats.length) return [];
    // unknown features count in the norm: a question full of unknown words is a weak match
    let unknown = 0;
    for (const f of feats) if (!this.idf.has(f) && !particleGlued(f)) unknown += (WEIGHT(f) * this.defaultIdf) ** 2;
    const q = this.vector(feats);
    let known = 0;
    for (const f of feats) if (this.idf.has(f)) known += (WEIGHT(f) * this.idf.get(f)!) ** 2;
    const shrink = known + unknown > 0 ? Math.sqrt(known / (known + unknown)) : 0;
    // only examples that share a feature can score above zero
    const dots = this.dots;
    const own = this.own;
    const touched: number[] = [];
    for (const [f, x] of q) {
      const p = this.postings.get(f);
      if (!p) continue;
      const offTopic = this.offTopicOnly.has(f);
      for (let k = 0; k < p.docs.length; k++) {
        const i = p.docs[k]!;
        if (dots[i] === 0) touched.push(i);
        dots[i]! += x * p.weights[k]!;
        if (offTopic) own[i]! += x * p.weights[k]!;
      }
    }
    // an intent's score: its best example, plus a little for a second supporting example
    const best = new Map<string, Scored<T> & { second: number }>();
    for (const i of touched) {
      const d = this.docs[i]!;
      let score = dots[i]! * shrink;
      // an off-topic example counts only as far as its own words matched
      if (offTopic(d.item)) score *= Math.min(1, own[i]! / (dots[i]! * OFF_TOPIC_OWN_SHARE));
      dots[i] = 0;
      own[i] = 0;
      const prev = best.get(d.item.id);
      if (!prev) best.set(d.item.id, { item: d.item, score, example: d.example, second: 0 });
      else if (score > prev.score) best.set(d.item.id, { item: d.item, score, example: d.example, second: prev.score });
      else if (score > prev.second) prev.second = score;
    }
    for (const b of best.values()) b.score = Math.min(1, b.score + SUPPORT * b.second);
    return [...best.values()].sort((a, b) => b.score - a.score);
  }
}
