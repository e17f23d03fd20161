/**
 * Typos by sound: 申清 → 申请, 公凯 → 公开, 提共 → 提供, 陆松教育局 → 芦淞教育局. Citizens type with pinyin
 * input methods, so a wrong character nearly always has the same pinyin as the right one.
 *
 * The domain vocabulary (intent words, figure words, office names) is indexed by its toneless pinyin
 * (pinyin-pro, through sounds.ts) once, the first time a message could hold a typo. A stretch of a message is corrected
 * only when it sounds exactly like a domain term and every changed character stands alone in the
 * dictionary cut: a character that belongs to a real word (事 in 事业单位, 几 in 几个) is never touched,
 * and a stretch that is itself a word or a known word is left as typed.
 */
import { cut, cutExact } from './segment.js';
import { Sounds } from './sounds.js';

/** Terms this long or shorter are looked up (office names run to about 8 characters). */
const MAX_TERM = 8;
/** A 2–3 character stretch may differ from its term in one character; a longer one in two. */
const maxDiffs = (len: number) => (len <= 3 ? 1 : 2);
/** A whole dictionary word up to this length may be a sound-alike of a domain term (电化 → 电话). */
const MAX_WHOLE_WORD = 3;
/** From this length a term is specific enough to correct a character inside a dictionary word. */
const LONG_TERM = 4;

const HAN = /^\p{Script=Han}+$/u;

/**
 * Near sounds, as pinyin input methods' fuzzy-sound settings (模糊音) know them: flat and retroflex
 * initials (z/zh, c/ch, s/sh), l/n, f/h, and front and back nasals (an/ang, en/eng, in/ing). Plus one
 * vowel typed for another inside a final of two or more letters (hua/huo: 电活 → 电话), the commonest
 * slip on a full pinyin keyboard. A near sound is tried only when no exact sound fits.
 */
const INITIAL_PAIRS: [string, string][] = [['zh', 'z'], ['ch', 'c'], ['sh', 's'], ['n', 'l'], ['h', 'f']];
function splitSyllable(s: string): [string, string] {
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/.exec(s)!;
  return [m[1]!, m[2]!];
}
function nearInitial(a: string, b: string): boolean {
  return a === b || INITIAL_PAIRS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}
function nearFinal(a: string, b: string): boolean {
  if (a === b) return true;
  if (a + 'g' === b || b + 'g' === a) return /[aei]n$/.test(a.length < b.length ? a : b);
  if (a.length !== b.length || a.length < 2) return false;
  let diff = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) diff += /[aeiouv]/.test(a[k]!) && /[aeiouv]/.test(b[k]!) ? 1 : 2;
  return diff === 1;
}
/** Does the typed syllable sound near the term's (never equal: that is an exact match)? */
export function nearSound(typed: string, term: string): boolean {
  if (typed === term) return false;
  const [ti, tf] = splitSyllable(typed);
  const [ri, rf] = splitSyllable(term);
  // one change at a time: the initial or the final
  return (ti === ri && nearFinal(tf, rf)) || (tf === rf && nearInitial(ti, ri));
}

const NO_TERMS: readonly TermSound[] = [];

/** Whether a term (its characters as indexed) is listed under a position of `span` before `p`. */
function keepsCharBefore(span: string, chars: string[], p: number): boolean {
  for (let q = 0; q < p; q++) if (span[q] === chars[q]) return true;
  return false;
}

/** Characters that stand alone in every question (particles, pronouns, question words): no typo by themselves. */
/** Particles and modals jieba glues to a neighbour ("能办", "交了"): a term made of one character and these is no term. */
const GLUE_CHARS = '的了着呢吗吧啊呀哦嘛么能';
const FUNCTION_CHARS = '的了吗呢吧啊呀哦嘛么是在有个这那就都也还会能可以把被给让得着过下上要来去说到和与及或又再很太更最才只而但却什怎样哪谁几多少咋啥俺们你我他她它请问想一点儿对从向跟为';

export interface Correction {
  /** The text with typos replaced. */
  text: string;
  /** What was changed, in order: [typed, term]. */
  changes: [string, string][];
}

export interface TypoOptions {
  /** Words that are right as typed even if jieba's dictionary lacks them (report words, intent words). */
  known?: (word: string) => boolean;
  /** Where the sounds come from (default: the files kept on disk, else pinyin-pro: sounds.ts). */
  sounds?: Sounds;
}

/** A domain term with its toneless syllables. */
interface TermSound {
  term: string;
  syllables: string[];
  /** The term's characters, as indexed (by code point). */
  chars: string[];
}

/**
 * Terms by length, then by position, then by the character at that position: `byPlace[len][k].get(ch)`.
 * (Nested rather than one map keyed by "len:k:ch": building and hashing that string for every lookup
 * was ~70% of the typo pass's own time, measured; a one-character string is already hashed.)
 */
type TermsByPlace = Map<string, TermSound[]>[][];

export class TypoIndex {
  private terms: string[];
  private known: (w: string) => boolean;
  private byPlace: TermsByPlace | undefined;
  private termSet: Set<string>;
  private memo = new Map<string, Correction>();
  private sounds: Sounds;

  constructor(terms: Iterable<string>, opts: TypoOptions = {}) {
    const seen = new Set<string>();
    for (const t of terms) {
      const w = t.trim();
      if (w.length >= 2 && w.length <= MAX_TERM && HAN.test(w)) seen.add(w);
    }
    // a "term" that is one character glued to function characters ("能办", "在哪") is no domain word a typo
    // could be meant for: "能帮我…" must not become "能办我…"
    this.terms = [...seen].filter((w) => [...w].filter((ch) => !GLUE_CHARS.includes(ch)).length >= 2);
    this.termSet = seen;
    this.known = opts.known ?? (() => false);
    this.sounds = opts.sounds ?? new Sounds();
  }

  /**
   * Terms by length, position and character (a stretch must keep at least one character of its term in
   * place, so only those terms are compared), with each term's toneless syllables. Built on first use.
   */
  private index(): TermsByPlace {
    if (this.byPlace) return this.byPlace;
    const byPlace: TermsByPlace = [];
    const all = this.sounds.syllables(this.terms);
    this.terms.forEach((term, i) => {
      const syllables = all[i]!;
      if (syllables.length !== term.length) return;
      const chars = [...term];
      const entry = { term, syllables, chars };
      chars.forEach((ch, k) => {
        const places = (byPlace[term.length] ??= []);
        const map = (places[k] ??= new Map());
        const list = map.get(ch);
        if (!list) map.set(ch, [entry]);
        else list.push(entry);
      });
    });
    this.byPlace = byPlace;
    return byPlace;
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

  /**
   * Could the text hold a typo? Only when jieba (with its guessing of unknown words) leaves a word that
   * nobody knows (申清, 陆松, 附议) or two single characters side by side (申/清): most questions are
   * made of known words only, and skip the dictionary cut and the sound lookup entirely.
   */
  private suspicious(text: string): boolean {
    // the previous token was a single character: a particle (true) or not (false); undefined otherwise
    let prev: boolean | undefined;
    for (const tok of cut(text)) {
      if (!HAN.test(tok)) {
        prev = undefined;
        continue;
      }
      if (tok.length === 1) {
        // 在/哪, 是/多/少: particles side by side are ordinary; 申/清, 地/只 are not
        const particle = FUNCTION_CHARS.includes(tok);
        if (prev !== undefined && !(prev && particle)) return true;
        prev = particle;
        continue;
      }
      prev = undefined;
      if (!this.termSet.has(tok) && !this.known(tok)) return true;
    }
    return false;
  }

  private compute(text: string): Correction {
    const none = { text, changes: [] };
    if (!this.terms.length || !/\p{Script=Han}{2}/u.test(text) || !this.suspicious(text)) return none;
    // which characters stand alone in the dictionary cut (only those may be changed), and token edges
    const tokens = cutExact(text);
    const alone: boolean[] = [];
    const starts: number[] = [];
    const ends = new Set<number>();
    let pos = 0;
    const tokenAt = new Map<number, number>();
    for (const tok of tokens) {
      const at = text.indexOf(tok, pos);
      if (at < 0) continue;
      tokenAt.set(at, tok.length);
      for (let i = 0; i < tok.length; i++) alone[at + i] = tok.length === 1 && HAN.test(tok);
      starts.push(at);
      ends.add(at + tok.length);
      pos = at + tok.length;
    }
    // a lone character that is not a particle: the only place a typo can start from
    const content = alone.map((a, k) => a && !FUNCTION_CHARS.includes(text[k]!));
    const index = this.index();
    const changes: [string, string][] = [];
    let result = '';
    let done = 0;
    // a stretch starts and ends at token edges: never half of a word
    for (const i of starts) {
      if (i < done) continue;
      let best: { len: number; term: string; diffs: number } | undefined;
      for (let len = Math.min(MAX_TERM, text.length - i); len >= 2; len--) {
        if (!ends.has(i + len)) continue;
        // only a stretch with a lone character, or a long one, can be a typo
        let lone = false;
        for (let k = i; k < i + len && !lone; k++) lone = !!content[k];
        if (!lone && len < LONG_TERM && !(tokenAt.get(i) === len && len <= MAX_WHOLE_WORD)) continue;
        const span = text.slice(i, i + len);
        if (!HAN.test(span) || this.termSet.has(span) || this.known(span)) continue;
        // a whole dictionary word the domain does not know, sounding exactly like a domain term of its length
        // (电化 → 电话, 南港区 → 南岗区): a rare word typed for a common one by the input method
        const whole = tokenAt.get(i) === len && len <= MAX_WHOLE_WORD;
        const found = this.match(span, alone, i, index, false, whole) ?? this.match(span, alone, i, index, true);
        if (found && (!best || found.diffs < best.diffs)) best = { len, ...found };
        if (best?.diffs === 1) break;
      }
      if (best) {
        changes.push([text.slice(i, i + best.len), best.term]);
        result += text.slice(done, i) + best.term;
        done = i + best.len;
      }
    }
    result += text.slice(done);
    return changes.length ? { text: result, changes } : none;
  }

  /** A term that sounds like the stretch, differing only in characters that stand alone. */
  private match(
    span: string,
    alone: boolean[],
    at: number,
    index: TermsByPlace,
    near: boolean,
    whole = false,
  ): { term: string; diffs: number } | undefined {
    let best: { term: string; diffs: number } | undefined;
    const places = index[span.length];
    if (!places) return undefined;
    for (let p = 0; p < span.length; p++) {
      for (const { term, syllables, chars } of places[p]?.get(span[p]!) ?? NO_TERMS) {
        // each term once: one that also keeps an earlier character in place was met there
        if (keepsCharBefore(span, chars, p)) continue;
        let diffs = 0;
        let ok = true;
        for (let k = 0; k < span.length && ok; k++) {
          if (span[k] === term[k]) continue;
          diffs++;
          // same sound, any reading of the typed character (长 reads chang and zhang); a near sound only
          // for one lone character of a stretch that is not a word (电活)
          const r = this.sounds.readings(span[k]!);
          // (its commonest reading only, and never a particle: 和 also reads huo, which is near hua)
          if (!r.includes(syllables[k]!) && !(near && alone[at + k] && !FUNCTION_CHARS.includes(span[k]!) && nearSound(r[0]!, syllables[k]!))) ok = false;
          // a character inside a dictionary word changes only within a long term that differs in that one
          // character (行政附议 → 行政复议): a short stretch would turn real words into domain words
          else if (!alone[at + k] && !(span.length >= LONG_TERM && diffs === 1) && !(whole && diffs === 1)) ok = false;
        }
        // at least one character as typed, and only a few changed (a near sound: only one)
        if (!ok || diffs === 0 || diffs > (near ? 1 : maxDiffs(span.length)) || diffs >= span.length) continue;
        if (!best || diffs < best.diffs) best = { term, diffs };
      }
    }
    return best;
  }
}
