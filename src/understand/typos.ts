/**
 * Typos by sound: 申清 → 申请, 公凯 → 公开, 提共 → 提供, 陆松教育局 → 芦淞教育局. Citizens type with pinyin
 * input methods, so a wrong character nearly always has the same pinyin as the right one.
 *
 * The domain vocabulary (intent words, figure words, office names) is indexed by its toneless pinyin
 * (pinyin-pro) once, the first time a message could hold a typo. A stretch of a message is corrected
 * only when it sounds exactly like a domain term and every changed character stands alone in the
 * dictionary cut: a character that belongs to a real word (事 in 事业单位, 几 in 几个) is never touched,
 * and a stretch that is itself a word or a known word is left as typed.
 */
import { createRequire } from 'node:module';
import { cutExact } from './segment.js';

/** Terms this long or shorter are looked up (office names run to about 8 characters). */
const MAX_TERM = 8;
/** A 2–3 character stretch may differ from its term in one character; a longer one in two. */
const maxDiffs = (len: number) => (len <= 3 ? 1 : 2);
/** From this length a term is specific enough to correct a character inside a dictionary word. */
const LONG_TERM = 4;

type PinyinFn = (text: string, opts: Record<string, unknown>) => string[] | string;
let pinyinFn: PinyinFn | undefined;
/** pinyin-pro costs ~0.1 s to load: only when a message could hold a typo. */
function pinyin(): PinyinFn {
  pinyinFn ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
  return pinyinFn;
}

const charMemo = new Map<string, string[]>();
/** Every toneless reading of one character (长 → chang, zhang). */
function readings(ch: string): string[] {
  let r = charMemo.get(ch);
  if (!r) {
    const out = pinyin()(ch, { toneType: 'none', type: 'array', multiple: true }) as string[];
    r = [...new Set(out.length ? out : [ch])];
    charMemo.set(ch, r);
  }
  return r;
}

const HAN = /^\p{Script=Han}+$/u;

export interface Correction {
  /** The text with typos replaced. */
  text: string;
  /** What was changed, in order: [typed, term]. */
  changes: [string, string][];
}

export interface TypoOptions {
  /** Words that are right as typed even if jieba's dictionary lacks them (report words, intent words). */
  known?: (word: string) => boolean;
}

export class TypoIndex {
  private terms: string[];
  private known: (w: string) => boolean;
  private byKey: Map<string, { term: string; syllables: string[] }[]> | undefined;
  private termSet: Set<string>;
  private memo = new Map<string, Correction>();

  constructor(terms: Iterable<string>, opts: TypoOptions = {}) {
    const seen = new Set<string>();
    for (const t of terms) {
      const w = t.trim();
      if (w.length >= 2 && w.length <= MAX_TERM && HAN.test(w)) seen.add(w);
    }
    this.terms = [...seen];
    this.termSet = seen;
    this.known = opts.known ?? (() => false);
  }

  /**
   * Terms by "length:position:character" (a stretch must keep at least one character of its term in
   * place, so only those terms are compared), with each term's toneless syllables. Built on first use.
   */
  private index(): Map<string, { term: string; syllables: string[] }[]> {
    if (this.byKey) return this.byKey;
    const map = new Map<string, { term: string; syllables: string[] }[]>();
    for (const term of this.terms) {
      const syllables = pinyin()(term, { toneType: 'none', type: 'array' }) as string[];
      if (syllables.length !== term.length) continue;
      const entry = { term, syllables };
      [...term].forEach((ch, k) => {
        const key = `${term.length}:${k}:${ch}`;
        const list = map.get(key);
        if (!list) map.set(key, [entry]);
        else list.push(entry);
      });
    }
    this.byKey = map;
    return map;
  }

  /** Replaces sound-alike typos of domain terms. Memoised: citizens repeat questions. */
  correct(text: string): Correction {
    const hit = this.memo.get(text);
    if (hit) return hit;
    const out = this.compute(text);
    if (this.memo.size >= 5000) this.memo.clear();
    this.memo.set(text, out);
    return out;
  }

  private compute(text: string): Correction {
    const none = { text, changes: [] };
    if (!this.terms.length || !/\p{Script=Han}{2}/u.test(text)) return none;
    // which characters stand alone in the dictionary cut (only those may be changed)
    const tokens = cutExact(text);
    const alone: boolean[] = [];
    const tokenAt: number[] = [];
    let pos = 0;
    tokens.forEach((tok, k) => {
      const at = text.indexOf(tok, pos);
      if (at < 0) return;
      for (let i = 0; i < tok.length; i++) {
        alone[at + i] = tok.length === 1 && HAN.test(tok);
        tokenAt[at + i] = k;
      }
      pos = at + tok.length;
    });
    if (!alone.some(Boolean)) return none;
    const index = this.index();
    const changes: [string, string][] = [];
    let result = '';
    let i = 0;
    while (i < text.length) {
      let best: { len: number; term: string; diffs: number } | undefined;
      {
        for (let len = Math.min(MAX_TERM, text.length - i); len >= 2; len--) {
          const span = text.slice(i, i + len);
          if (!HAN.test(span)) continue;
          // a stretch must start and end at token edges: never half of a word
          if (i > 0 && tokenAt[i - 1] === tokenAt[i]) continue;
          if (i + len < text.length && tokenAt[i + len - 1] === tokenAt[i + len]) continue;
          if (this.termSet.has(span) || this.known(span)) continue;
          const found = this.match(span, alone, i, index);
          if (found && (!best || found.diffs < best.diffs)) best = { len, ...found };
          if (best?.diffs === 1) break;
        }
      }
      if (best) {
        changes.push([text.slice(i, i + best.len), best.term]);
        result += best.term;
        i += best.len;
      } else {
        result += text[i];
        i++;
      }
    }
    return changes.length ? { text: result, changes } : none;
  }

  /** A term that sounds like the stretch, differing only in characters that stand alone. */
  private match(span: string, alone: boolean[], at: number, index: Map<string, { term: string; syllables: string[] }[]>): { term: string; diffs: number } | undefined {
    let best: { term: string; diffs: number } | undefined;
    const tried = new Set<string>();
    for (let p = 0; p < span.length; p++) {
      for (const { term, syllables } of index.get(`${span.length}:${p}:${span[p]}`) ?? []) {
        if (tried.has(term)) continue;
        tried.add(term);
        let diffs = 0;
        let ok = true;
        for (let k = 0; k < span.length && ok; k++) {
          if (span[k] === term[k]) continue;
          diffs++;
          // same sound, any reading of the typed character (长 reads chang and zhang)
          if (!readings(span[k]!).includes(syllables[k]!)) ok = false;
          // a character inside a dictionary word changes only within a long term that differs in that one
          // character (行政附议 → 行政复议): a short stretch would turn real words into domain words
          else if (!alone[at + k] && !(span.length >= LONG_TERM && diffs === 1)) ok = false;
        }
        // at least one character as typed, and only a few changed
        if (!ok || diffs === 0 || diffs > maxDiffs(span.length) || diffs >= span.length) continue;
        if (!best || diffs < best.diffs) best = { term, diffs };
      }
    }
    return best;
  }
}
