/**
 * Intent classifier: TF-IDF over jieba words plus character bigrams, nearest example per intent
 * (cosine). Few-shot friendly, typo tolerant (bigrams), and its score is already a 0…1 confidence.
 * Chosen by measurement against natural's BayesClassifier (see `npm run eval`).
 */
import { BoundedMemo, READING_MEMO_MAX } from './memo.js';
import { IdList } from './id-list.js';
import { PairEnds } from './pair-ends.js';
import { cut } from './segment.js';

export type Vector = Map<string, number>;

/** Words that carry no topic. Question words (多少, 怎么, 哪里 …) are kept: they tell intents apart. */
export const STOPWORDS = new Set(
  '的 了 吗 呢 吧 啊 呀 哦 嘛 么 哈 嗯 噢 喔 哎 唉 请问 请 问 问问 问哈 想 想问 想问一下 一下 下 我 我们 咱们 您 你 你们 他 她 它 他们 这 那 这个 那个 这份 那份 这件 那件 这些 那些 就 也 还 都 又 再 和 与 及 跟 或 或者 是 在 给 把 被 让 对 向 从 帮 帮忙 麻烦 知道 告诉 一 个 些 呗 嘞 啦 哇 喃 噻 唠唠 唠一唠 么样 俺 额 咱 咋 啥 哈 呐 问问 下子 请教 的话 要是 如果 假如 然后 就是 其实 比如 这样 那样 还是 这边 那边 咱们 人家 一般 通常 顺便 顺带 具体 里面 里头 里边 这块 那块 这一块 那一块 往后'.split(' '),
);
export const QUESTION_WORDS = new Set(
  '多少 几 几个 几件 几次 多久 多长 怎么 怎样 怎么样 如何 什么 啥 哪 哪里 哪儿 哪些 哪个 谁 为什么 为啥 是否 有没有 能不能 可不可以 可以 能 会 吗 咋办 怎么办 咋弄 咋整 是不是 要不要 行不行 对不对 需不需要 用不用 会不会 能否 可否'.split(' '),
);

/**
 * A pronoun jieba glues to a modal verb ("我能", "我要", "我会"; "你能" is cut apart): the modal alone is
 * the word, as when it is cut apart, so that "我能去哪告他们" is not read as "我能申请吗" on 我能 alone.
 */
const PRONOUN_MODAL = /^(?:我|你|他|她|咱)们?(能|要|会|该|想|得)$/;

/** A limit word jieba glues to a modal verb ("最多能", "最长可以"): the two words. */
const LIMIT_MODAL = /^(最多|最少|至少|最长|最快|最晚|最迟)(能|可以|可)$/;

/**
 * The asker's own plan before the step he will take ("打算申请二十多件", "准备去查"): the plan word says
 * nothing of the subject, so it is no match for an intent that plans ("打算如何改进工作" is the report's plan).
 */
const PLAN_WORD = /^(?:打算|准备|计划)$/;
/** Steps an asker plans (the word after a plan word). */
const ASKER_STEP = /^(?:申请|提出|提交|去|来|查|找|问|起诉|复议|要)$/;

/** jieba's words of a text as the classifier reads them (a pronoun glued to a modal verb, a plan word before the asker's step, dropped). */
function wordsOf(text: string): string[] {
  const cutWords = cut(text);
  const words = cutWords.some((w, i) => PLAN_WORD.test(w) && ASKER_STEP.test(cutWords[i + 1] ?? '')) ? cutWords.filter((w, i) => !(PLAN_WORD.test(w) && ASKER_STEP.test(cutWords[i + 1] ?? ''))) : cutWords;
  const modal = words.some((w) => PRONOUN_MODAL.test(w)) ? words.map((w) => PRONOUN_MODAL.exec(w)?.[1] ?? w) : words;
  // (a limit word glued to its modal, "最多能": the two words, as when cut apart)
  return modal.some((w) => LIMIT_MODAL.test(w)) ? modal.flatMap((w) => LIMIT_MODAL.exec(w)?.slice(1, 3) ?? [w]) : modal;
}

export function features(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) if (!STOPWORDS.has(w)) out.push(`w:${w}`);
  for (const run of text.match(/[\p{Script=Han}]+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(`b:${run.slice(i, i + 2)}`);
    if (run.length === 1) out.push(`b:${run}`);
    for (const ch of run) out.push(`u:${ch}`);
  }
  return out;
}

/** Particles and auxiliaries jieba glues to a neighbour ("交了", "天能", "一趟"). */
/** (喃 and 噻 are south-western speech's 呢 and 啊: "申请得多喃", "要得噻") */
export const PARTICLE_CHARS = '的了着过地得呢吗吧啊呀哦嘛么能会要想给把被让一个些点喃噻';
/** An unknown word that is one character plus particles is a cut artefact, not an unknown topic: no penalty. */
const particleGlued = (f: string) => f.startsWith('w:') && gluedWord(f.slice(2));
/** Question words jieba glues to a verb ("干什么", "做什么", "咋办"). */
const GLUED_QUESTION = /什么|怎么|多少|哪里|哪儿|为什么/g;
/** A word that is one character plus particles or a question word ("交了", "天能", "干什么"): says nothing either way. */
export function gluedWord(w: string): boolean {
  return DEICTIC.test(w) || [...w.replace(GLUED_QUESTION, '').replace(DIRECTIONAL, '')].filter((ch) => !PARTICLE_CHARS.includes(ch)).length < 2;
}
/** Directional complements jieba glues to a verb ("交上去", "寄过去", "拿回来"), and 到 after a one-character verb ("拖到"): the verb alone is the word. */
const DIRECTIONAL = /(?:上去|下去|过去|过来|进去|出来|上来|下来|回来|回去|起来)$|(?<=^\p{Script=Han})到$/u;
/** Pointing words, alone or glued to 那/像 ("这种", "那像", "像这样"): they say what kind, not what about. */
const DEICTIC = /^(?:那|这|像|此)*(?:种|类|样|般|些|个|像)?$/;

export interface Scored<T> {
  readonly item: T;
  readonly score: number;
  /** The example that matched best. */
  readonly example: string;
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

/** A word read as two known words has 4 to 8 characters (two words of at least two; longer runs are phrases). */
const COMPOUND_MIN_CHARS = 4;
const COMPOUND_MAX_CHARS = 8;

/** Scored results kept per classifier: citizens repeat questions, and a long message ranks several clauses (as many as the other readings, memo.ts). */
const RANK_MEMO_MAX = READING_MEMO_MAX;
/**
 * Once the rank memo is full, rankings are no longer kept; after this many texts ranked and not kept, the
 * memo starts afresh (so new questions get in). Starting afresh at once, as before, missed on every
 * question when a little more than RANK_MEMO_MAX distinct questions came in turn (the bench's load:
 * 10,218); kept until half a table of misses, they hit ≈98 % of the time there, and a changed stream of
 * questions still replaces the table. (The rankings live in one arena, so the other memos' random
 * replacement, memo.ts, would leave holes of different sizes.)
 */
const RANK_MISSES_WHEN_FULL = RANK_MEMO_MAX / 2;
/** Words read as two known words (partsOf), by text. */
const PARTS_MEMO_MAX = READING_MEMO_MAX;
/** Slots of the kept rankings' arena at first (it doubles when full; ~44 entries a ranking). */
const KEPT_SLOTS_START = 1 << 16;

/** Feature kinds: the prefix of a feature string (w: word, b: character bigram, u: character). */
const KIND_W = 0;
const KIND_B = 1;
const KIND_U = 2;
const KIND_WEIGHT = [1, 0.6, 0.2];
const kindOf = (f: string) => (f.startsWith('w:') ? KIND_W : f.startsWith('u:') ? KIND_U : KIND_B);
/** Feature id of a known feature too common to score (see the constructor). */
const IGNORED = -1;
/** Query feature ids below IGNORED: unknown words, bigrams, characters (-2 - kind); a particle-glued word. */
const UNKNOWN = (kind: number) => -2 - kind;
const GLUED = -5;

const offTopic = (item: { fallback?: boolean; answer?: string }) => Boolean(item.fallback && !item.answer);

export class Classifier<T extends { id: string; fallback?: boolean; answer?: string }> {
  private docs: { item: T; example: string }[] = [];
  /**
   * Known features (prefix and text) → id into the tables below, IGNORED for the common characters that
   * are left out; one lookup per feature of a question, with the word, bigram and character tables apart
   * so that no "w:…" strings are built at query time.
   */
  private ids: [Map<string, number>, Map<string, number>, Map<string, number>] = [new Map(), new Map(), new Map()];
  /** The bigram table by the bigram's two UTF-16 code units (first → second → id), for featureIds(). */
  private bigramIds = new Map<number, Map<number, number>>();
  /** The character table by code point, for featureIds(). */
  private charIds = new Map<number, number>();
  /** Per feature id: WEIGHT × idf, and its square (the query's norm terms). */
  private fx = new Float64Array(0);
  private fx2 = new Float64Array(0);
  /** Per feature id: only off-topic examples have it. */
  private offTopicOnly = new Uint8Array(0);
  /** Postings (feature id → examples and their weights) as one flat table: offsets, doc indexes, weights. */
  private postStart = new Int32Array(1);
  private postDoc = new Int32Array(0);
  private postW = new Float64Array(0);
  /** Scratch sums, one per example, reset after each rank(). */
  private dots = new Float64Array(0);
  /** Scratch sums of the off-topic-only features, per example. */
  private own = new Float64Array(0);
  /** Scratch query vector, one slot per feature id, reset after each rank(). */
  private qv = new Float64Array(0);
  /** Scratch lists for compute(): the text's feature ids, and its known ids once each in the order first met. */
  private feats = new IdList();
  private order = new IdList();
  /** Per example: the index of its item (examples of one item id share it). */
  private itemOf = new Int32Array(0);
  /**
   * Scratch per item, for compute(): its best example and score, its second best score, and whether
   * it was met in this ranking (flat arrays instead of a Map of objects by item id: the same sums, in
   * the same order, without an object per item and ranking).
   */
  private bestDoc = new Int32Array(0);
  private bestScore = new Float64Array(0);
  private secondScore = new Float64Array(0);
  private met = new Uint8Array(0);
  /**
   * Scratch lists for compute(), filled from the start on each ranking: the examples met, and the items
   * met, each in the order first met (typed arrays kept between rankings: growing a new array of ~200
   * examples per ranking was most of the classifier's garbage).
   */
  private touched = new Int32Array(0);
  private items = new Int32Array(0);
  /** Scratch lists for compute()'s sort: the ranking's examples (doc index) and scores, best first. */
  private sortedDocs = new Int32Array(0);
  private sortedScores = new Float64Array(0);
  /** Per example: its item is off-topic (offTopic(), read once instead of from the item per ranking). */
  private offTopicDoc = new Uint8Array(0);
  /** (WEIGHT × default idf)² of an unknown feature, by kind. */
  private unknownSq = [0, 0, 0];
  /**
   * Ranked results by text, compactly: where the ranking starts in the arena below. Kept as objects,
   * ~2,200 texts held ~6 MB (a quarter of the batch path's live heap); as two arrays a ranking
   * (docs and scores, ~44 entries) was still ~1.3 KB on the heap, 10,000 of them ~13 MB, a third of the
   * batch path's live heap, which V8 multiplies in the old generation's size (issue 15, peak RSS). In
   * the arena they are 12 bytes an entry, outside the heap. Entries are made again from it on each call.
   */
  private memo = new Map<string, number>();
  /**
   * The arena of kept rankings, from `at` (the memo's value): keptDocs[at] is the number n of entries,
   * keptDocs[at + 1 + i] and keptScores[at + 1 + i] the example (doc index) and score of entry i, best
   * first. Filled from the start again when the memo starts afresh.
   */
  private keptDocs = new Int32Array(0);
  private keptScores = new Float64Array(0);
  private keptUsed = 0;
  /** Texts ranked and not kept since the memo filled up (RANK_MISSES_WHEN_FULL). */
  private missesWhenFull = 0;

  constructor(items: { item: T; examples: string[] }[]) {
    const raw = items.flatMap(({ item, examples }) => examples.map((example) => ({ item, example, feats: features(example) })));
    const df = new Map<string, number>();
    for (const d of raw) for (const f of new Set(d.feats)) df.set(f, (df.get(f) ?? 0) + 1);
    const n = raw.length || 1;
    // single characters found in more than a tenth of the examples carry almost no weight but cost the
    // most to score (long posting lists): leave them out
    const idf = new Map<string, number>();
    for (const [f, c] of df) {
      if (f.startsWith('u:') && c > n / 10) this.ids[KIND_U].set(f.slice(2), IGNORED);
      else idf.set(f, Math.log(1 + n / c));
    }
    const defaultIdf = Math.log(1 + n);
    this.unknownSq = KIND_WEIGHT.map((w) => (w * defaultIdf) ** 2);
    // off-topic: a fallback intent without an answer of its own (an honest limit such as 办公时间 is in scope)
    const inScope = new Set<string>();
    for (const d of raw) if (!offTopic(d.item)) for (const f of d.feats) inScope.add(f);
    this.fx = new Float64Array(idf.size);
    this.fx2 = new Float64Array(idf.size);
    this.offTopicOnly = new Uint8Array(idf.size);
    const names: string[] = [];
    for (const [f, x] of idf) {
      const id = names.length;
      names.push(f);
      this.ids[kindOf(f)].set(f.slice(2), id);
      if (kindOf(f) === KIND_W) this.wordEnds.add(f.slice(2));
      this.fx[id] = KIND_WEIGHT[kindOf(f)]! * x;
      this.fx2[id] = this.fx[id]! ** 2;
    }
    for (const d of raw) if (offTopic(d.item)) for (const f of d.feats) if (!inScope.has(f) && idf.has(f)) this.offTopicOnly[this.idOf(f)!] = 1;
    this.docs = raw.map((d) => ({ item: d.item, example: d.example }));
    this.qv = new Float64Array(names.length);
    // each example's vector (ids and weights), then the postings laid out flat: counts, offsets, fill
    const vecs = raw.map((d) => this.vectorIds(d.feats));
    const start = new Int32Array(names.length + 1);
    for (const v of vecs) for (const id of v.ids) start[id + 1]!++;
    for (let id = 0; id < names.length; id++) start[id + 1]! += start[id]!;
    const at = start.slice(0, names.length);
    this.postDoc = new Int32Array(start[names.length]!);
    this.postW = new Float64Array(start[names.length]!);
    vecs.forEach((v, i) => {
      for (let k = 0; k < v.ids.length; k++) {
        const pos = at[v.ids[k]!]!++;
        this.postDoc[pos] = i;
        this.postW[pos] = v.ws[k]!;
      }
    });
    this.postStart = start;
    this.dots = new Float64Array(this.docs.length);
    this.own = new Float64Array(this.docs.length);
    const itemIndex = new Map<string, number>();
    this.itemOf = Int32Array.from(this.docs, (d) => {
      let k = itemIndex.get(d.item.id);
      if (k === undefined) itemIndex.set(d.item.id, (k = itemIndex.size));
      return k;
    });
    // the bigram and character tables again, by code units (a bigram of two) and by code point
    for (const [b, id] of this.ids[KIND_B]) {
      if (b.length !== 2) continue;
      const first = b.charCodeAt(0);
      let seconds = this.bigramIds.get(first);
      if (!seconds) this.bigramIds.set(first, (seconds = new Map()));
      seconds.set(b.charCodeAt(1), id);
    }
    for (const [ch, id] of this.ids[KIND_U]) if ([...ch].length === 1) this.charIds.set(ch.codePointAt(0)!, id);
    this.bestDoc = new Int32Array(itemIndex.size);
    this.bestScore = new Float64Array(itemIndex.size);
    this.secondScore = new Float64Array(itemIndex.size);
    this.met = new Uint8Array(itemIndex.size);
    this.items = new Int32Array(itemIndex.size);
    this.sortedDocs = new Int32Array(itemIndex.size);
    this.sortedScores = new Float64Array(itemIndex.size);
    // (an example is met once per ranking; the postings bound it whatever the sums)
    this.touched = new Int32Array(this.postDoc.length);
    this.offTopicDoc = Uint8Array.from(this.docs, (d) => (offTopic(d.item) ? 1 : 0));
  }

  /** vector() by feature id, in order of first occurrence (the same sums in the same order). */
  private vectorIds(feats: string[]): { ids: number[]; ws: number[] } {
    const qv = this.qv;
    const ids: number[] = [];
    for (const f of feats) {
      const id = this.idOf(f);
      if (id === undefined || id === IGNORED) continue;
      if (qv[id] === 0) ids.push(id);
      qv[id]! += this.fx[id]!;
    }
    let norm = 0;
    for (const id of ids) norm += qv[id]! * qv[id]!;
    norm = Math.sqrt(norm) || 1;
    const ws = ids.map((id) => {
      const w = qv[id]! / norm;
      qv[id] = 0;
      return w;
    });
    return { ids, ws };
  }

  private idOf(f: string): number | undefined {
    return this.ids[kindOf(f)].get(f.slice(2));
  }

  /** A word only out-of-scope examples use (护照, 社保): evidence of another matter. */
  offTopicWord(word: string): boolean {
    const id = this.ids[KIND_W].get(word);
    return id !== undefined && id >= 0 && this.offTopicOnly[id] === 1;
  }

  /** Known feature? (used to tell in-domain words from unknown ones; a word made of two known words is known) */
  knows(feature: string): boolean {
    return this.idOf(feature) !== undefined || (feature.startsWith('w:') && this.partsOf(feature.slice(2)) !== undefined);
  }

  /** Words made of two known words, by text: their two ids, or null. */
  private parts = new BoundedMemo<string, readonly [number, number] | null>(PARTS_MEMO_MAX);
  /** The starts and ends of the known words: most words are no pair by these alone (partsOf). */
  private wordEnds = new PairEnds();

  /**
   * A word no example has that is two words examples have ("复议期限" = 复议 + 期限, "身份证明" = 身份 + 证明:
   * jieba keeps such domain terms whole): the two words' ids, so the question is read by them; undefined
   * when the word is not such a pair.
   */
  private partsOf(w: string): readonly [number, number] | undefined {
    if (w.length < COMPOUND_MIN_CHARS || w.length > COMPOUND_MAX_CHARS || !this.wordEnds.mayJoin(w)) return undefined;
    let hit = this.parts.get(w);
    if (hit === undefined) {
      hit = null;
      const words = this.ids[KIND_W];
      for (let i = 2; i <= w.length - 2 && !hit; i++) {
        const a = words.get(w.slice(0, i));
        const b = words.get(w.slice(i));
        if (a !== undefined && b !== undefined && a >= 0 && b >= 0) hit = [a, b];
      }
      this.parts.set(w, hit);
    }
    return hit ?? undefined;
  }

  /** knows(`w:${word}`) without building and cutting that string (asked for every stretch the typo pass reads). */
  knowsWord(word: string): boolean {
    return this.ids[KIND_W].get(word) !== undefined || this.partsOf(word) !== undefined;
  }

  /** The normalised TF-IDF vector of some features (unknown ones left out), in order of first occurrence. */
  vector(feats: string[]): Vector {
    const v: Vector = new Map();
    for (const f of feats) {
      const id = this.idOf(f);
      if (id === undefined || id === IGNORED) continue;
      v.set(f, (v.get(f) ?? 0) + this.fx[id]!);
    }
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (const [k, x] of v) v.set(k, x / norm);
    return v;
  }

  /**
   * Ranked items that share a feature with the text (best example per item), best first. Unknown
   * features lower the score. Memoised by text (compactly, see `memo`); the array and its entries are
   * built afresh for every call and typed readonly, so a caller that re-scores builds new entries, as
   * understand() does. (Not frozen at run time: nothing shared to protect, and Object.freeze on the
   * ~36 entries of a ranking cost ~1.2 µs a call, measured.)
   */
  rank(text: string): readonly Scored<T>[] {
    const at = this.ranking(text);
    const { keptDocs, keptScores, docs } = this;
    const n = keptDocs[at]!;
    const out: Scored<T>[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const d = docs[keptDocs[at + 1 + i]!]!;
      out[i] = { item: d.item, score: keptScores[at + 1 + i]!, example: d.example };
    }
    return out;
  }

  /**
   * The first entry of rank(text), without the rest of the list: a caller that weighs several texts (the
   * clauses of a message) and keeps one needs only the best of each (each whole list was ~40 entries made
   * and dropped, ~2 % of a batch answer's CPU profile). Memoised with rank(): rank(text) after it is a hit.
   */
  best(text: string): Scored<T> | undefined {
    const at = this.ranking(text);
    if (this.keptDocs[at] === 0) return undefined;
    const d = this.docs[this.keptDocs[at + 1]!]!;
    return { item: d.item, score: this.keptScores[at + 1]!, example: d.example };
  }

  /** Where the text's ranking starts in the arena: from the memo, else computed and kept. */
  private ranking(text: string): number {
    let at = this.memo.get(text);
    if (at === undefined) {
      const n = this.compute(text);
      if (this.memo.size >= RANK_MEMO_MAX && ++this.missesWhenFull >= RANK_MISSES_WHEN_FULL) {
        this.memo.clear();
        this.keptUsed = 0;
        this.missesWhenFull = 0;
      }
      if (this.memo.size >= RANK_MEMO_MAX) return this.keep(n, false);
      at = this.keep(n, true);
      this.memo.set(text, at);
    }
    return at;
  }

  /**
   * Copies the ranking compute() left in sortedDocs / sortedScores (n entries) into the arena: where it
   * starts. Not kept (`keep` false: the memo is full): written past the kept ones and overwritten by the
   * next ranking, which is soon enough for rank() and best(), which read it at once.
   */
  private keep(n: number, keep: boolean): number {
    const at = this.keptUsed;
    if (at + 1 + n > this.keptDocs.length) {
      let size = Math.max(KEPT_SLOTS_START, this.keptDocs.length);
      while (at + 1 + n > size) size *= 2;
      const docs = new Int32Array(size);
      const scores = new Float64Array(size);
      docs.set(this.keptDocs.subarray(0, at));
      scores.set(this.keptScores.subarray(0, at));
      this.keptDocs = docs;
      this.keptScores = scores;
    }
    // copied element by element: subarray() makes a typed-array view object for every call, and the two
    // views per ranking cost more than the copy of a few dozen entries (~2 % of a first-seen batch answer,
    // CPU profile)
    const { keptDocs, keptScores, sortedDocs, sortedScores } = this;
    keptDocs[at] = n;
    for (let i = 0; i < n; i++) {
      keptDocs[at + 1 + i] = sortedDocs[i]!;
      keptScores[at + 1 + i] = sortedScores[i]!;
    }
    if (keep) this.keptUsed = at + 1 + n;
    return at;
  }

  /** Feature ids of the text in the order of features(): known ones as ids, the others as UNKNOWN(kind) or GLUED. */
  private featureIds(text: string, out: IdList): void {
    const [words, bigrams] = this.ids;
    for (const w of wordsOf(text)) {
      if (STOPWORDS.has(w)) continue;
      const id = words.get(w);
      if (id !== undefined) out.push(id);
      else if (particleGlued(`w:${w}`)) out.push(GLUED);
      else {
        const two = this.partsOf(w);
        if (two) {
          out.push(two[0]);
          out.push(two[1]);
        }
        else out.push(UNKNOWN(KIND_W));
      }
    }
    const { bigramIds, charIds } = this;
    for (const run of text.match(/[\p{Script=Han}]+/gu) ?? []) {
      // by code units and code points: no one- and two-character strings made and hashed per feature
      for (let i = 0; i + 1 < run.length; i++) out.push(bigramIds.get(run.charCodeAt(i))?.get(run.charCodeAt(i + 1)) ?? UNKNOWN(KIND_B));
      if (run.length === 1) out.push(bigrams.get(run) ?? UNKNOWN(KIND_B));
      for (let i = 0; i < run.length; ) {
        const cp = run.codePointAt(i)!;
        out.push(charIds.get(cp) ?? UNKNOWN(KIND_U));
        i += cp > 0xffff ? 2 : 1;
      }
    }
  }

  /**
   * The ranking of a text: the example each intent matched best (its doc index) and the intent's score,
   * best first (ties in the order the intents were first met), left in sortedDocs / sortedScores; returns
   * the number of entries.
   */
  private compute(text: string): number {
    const feats = this.feats;
    feats.clear();
    this.featureIds(text, feats);
    const ids = feats.items;
    // unknown features count in the norm: a question full of unknown words is a weak match
    // (the same sums, in the same order, as over the feature strings)
    let unknown = 0;
    let known = 0;
    let any = false;
    const qv = this.qv;
    const order = this.order;
    order.clear();
    for (let f = 0; f < feats.length; f++) {
      const id = ids[f]!;
      if (id === IGNORED) continue;
      any = true;
      if (id < 0) {
        if (id !== GLUED) unknown += this.unknownSq[-2 - id]!;
        continue;
      }
      if (qv[id] === 0) order.push(id);
      qv[id]! += this.fx[id]!;
    }
    if (!any) return 0;
    for (let f = 0; f < feats.length; f++) if (ids[f]! >= 0) known += this.fx2[ids[f]!]!;
    let norm = 0;
    for (let o = 0; o < order.length; o++) norm += qv[order.items[o]!]! * qv[order.items[o]!]!;
    norm = Math.sqrt(norm) || 1;
    const shrink = known + unknown > 0 ? Math.sqrt(known / (known + unknown)) : 0;
    // only examples that share a feature can score above zero
    const { dots, own, touched, postStart, postDoc, postW, offTopicOnly } = this;
    let nTouched = 0;
    for (let o = 0; o < order.length; o++) {
      const id = order.items[o]!;
      const x = qv[id]! / norm;
      qv[id] = 0;
      const offTopic = offTopicOnly[id] === 1;
      for (let k = postStart[id]!, end = postStart[id + 1]!; k < end; k++) {
        const i = postDoc[k]!;
        if (dots[i] === 0) touched[nTouched++] = i;
        dots[i]! += x * postW[k]!;
        if (offTopic) own[i]! += x * postW[k]!;
      }
    }
    // an intent's score: its best example, plus a little for a second supporting example
    const { itemOf, bestDoc, bestScore, secondScore, met, items, offTopicDoc } = this;
    let nItems = 0; // items in the order first met (the order among equal scores)
    for (let t = 0; t < nTouched; t++) {
      const i = touched[t]!;
      let score = dots[i]! * shrink;
      // an off-topic example counts only as far as its own words matched
      if (offTopicDoc[i] === 1) score *= Math.min(1, own[i]! / (dots[i]! * OFF_TOPIC_OWN_SHARE));
      dots[i] = 0;
      own[i] = 0;
      const it = itemOf[i]!;
      if (!met[it]) {
        met[it] = 1;
        items[nItems++] = it;
        bestDoc[it] = i;
        bestScore[it] = score;
        secondScore[it] = 0;
      } else if (score > bestScore[it]!) {
        secondScore[it] = bestScore[it]!;
        bestDoc[it] = i;
        bestScore[it] = score;
      } else if (score > secondScore[it]!) secondScore[it] = score;
    }
    // best first, stably: each item placed after every earlier one of an equal or higher score (the
    // order of a stable sort by score; an insertion sort of a few dozen numbers in place, where
    // Array.prototype.sort with a comparator over objects was a fifth of the ranking's time)
    const { sortedDocs, sortedScores } = this;
    for (let k = 0; k < nItems; k++) {
      const it = items[k]!;
      met[it] = 0;
      const score = Math.min(1, bestScore[it]! + SUPPORT * secondScore[it]!);
      let j = k;
      for (; j > 0 && sortedScores[j - 1]! < score; j--) {
        sortedScores[j] = sortedScores[j - 1]!;
        sortedDocs[j] = sortedDocs[j - 1]!;
      }
      sortedScores[j] = score;
      sortedDocs[j] = bestDoc[it]!;
    }
    return nItems;
  }
}
