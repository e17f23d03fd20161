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
/** What 办 ends as an office's short name (政府办, 党政办, 县府办). */
const OFFICE_BEFORE_BAN = /(?:政府|党政|[区县市]府)$/;
/** A whole dictionary word up to this length may be a sound-alike of a domain term (电化 → 电话). */
const MAX_WHOLE_WORD = 3;
/** From this length a term is specific enough to correct a character inside a dictionary word. */
const LONG_TERM = 4;

const HAN = /^\p{Script=Han}+$/u;
/** Two Chinese characters in a row: the least a typo of a term needs. */
const TWO_HAN = /\p{Script=Han}{2}/u;

/** "0"–"9" (what \d matches without the u flag). */
const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * compute()'s lists by position (whether a token ends there, the length of the token that starts there),
 * kept between calls and zeroed up to `n` on each: a typed list made per question cost ~2 % of the typo
 * pass (CPU profile), most of it making the Int32Array.
 */
let scratch = { ends: new Uint8Array(64), tokenAt: new Int32Array(64) };
function edgeScratch(n: number): { ends: Uint8Array; tokenAt: Int32Array } {
  if (scratch.ends.length < n) scratch = { ends: new Uint8Array(n * 2), tokenAt: new Int32Array(n * 2) };
  scratch.ends.fill(0, 0, n);
  scratch.tokenAt.fill(0, 0, n);
  return scratch;
}

/**
 * Near sounds, as pinyin input methods' fuzzy-sound settings (模糊音) know them: flat and retroflex
 * initials (z/zh, c/ch, s/sh), l/n, f/h, and front and back nasals (an/ang, en/eng, in/ing). Plus one
 * vowel typed for another inside a final of two or more letters (hua/huo: 电活 → 电话), the commonest
 * slip on a full pinyin keyboard. A near sound is tried only when no exact sound fits.
 */
const INITIAL_PAIRS: [string, string][] = [['zh', 'z'], ['ch', 'c'], ['sh', 's'], ['n', 'l'], ['h', 'f']];
function splitSyllable(s: string): readonly [string, string] {
  let parts = syllableParts.get(s);
  if (!parts) {
    const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/.exec(s)!;
    syllableParts.set(s, (parts = [m[1]!, m[2]!]));
  }
  return parts;
}
/**
 * Syllables split into initial and final, kept: there are a few hundred toneless syllables, and the
 * near-sound test splits two of them for every changed character it weighs.
 */
const syllableParts = new Map<string, readonly [string, string]>();
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

/** Whether a term (its characters' code units as indexed) is listed under a position of `span` before `p`. */
function keepsCharBefore(span: string, codes: readonly number[], p: number): boolean {
  for (let q = 0; q < p; q++) if (span.charCodeAt(q) === codes[q]) return true;
  return false;
}

/** Whether `term` (as long as `span`) differs from it in more than `limit` code units. */
function changedMoreThan(span: string, term: string, limit: number): boolean {
  let diffs = 0;
  for (let k = 0; k < span.length; k++) if (span.charCodeAt(k) !== term.charCodeAt(k) && ++diffs > limit) return true;
  return false;
}

/** A term found for a stretch, with the number of characters changed. */
interface Found {
  term: string;
  diffs: number;
}

/** Characters that stand alone in every question (particles, pronouns, question words): no typo by themselves. */
/** Particles and modals jieba glues to a neighbour ("能办", "交了"): a term made of one character and these is no term. */
const GLUE_CHARS = '的了着呢吗吧啊呀哦嘛么能到';
const FUNCTION_CHARS = '的了吗呢吧啊呀哦嘛么是在有个这那就都也还会能可以把被给让得着过下上要来去说到和与及或又再很太更最才只而但却什怎样哪谁几多少咋啥俺们你我他她它请问想一点儿对从向跟为';
/** FUNCTION_CHARS by UTF-16 code unit (each is one unit): a character of a text is looked up without a string made for it. */
const FUNCTION_UNITS = new Uint8Array(0x10000);
for (let i = 0; i < FUNCTION_CHARS.length; i++) FUNCTION_UNITS[FUNCTION_CHARS.charCodeAt(i)] = 1;

/** Words of place after a noun ("申请里", "表中"): function characters to the guard on changes of two or more. */
const PLACE_WORDS_AFTER = '里中内外';

/** Particles that end a question ("…吗？", "…呢"). */
const ENDING_PARTICLES = '吗呢吧嘛啊呀';
/** Whether the term changes a particle of the text that ends the sentence (last, or before punctuation). */
function endingParticleChanged(text: string, at: number, span: string, term: string): boolean {
  for (let k = 0; k < span.length && k < term.length; k++) {
    if (span[k] === term[k] || !ENDING_PARTICLES.includes(span[k]!)) continue;
    const next = text[at + k + 1];
    if (next === undefined || /[\s,.?!;:，。？！；：、~～]/.test(next)) return true;
  }
  return false;
}

/** The particle de, written three ways (的, 得, 地) that read alike: no typo of one another. */
const DE_PARTICLES = '的得地';
/** Verbs that begin what a citizen says next ("想问", "要查", "去办"): never the typo of a short domain term. */
const COMMON_VERBS = '想要说问去来看做让给是有会能写填';
/** A common verb and the character it is written for in every kind of text (做 for 作, the commonest slip of all). */
const CONFUSED_WITH: Readonly<Record<string, string>> = { 做: '作' };
/** Demonstratives (那, 这) and the question words they sound like (哪): never one for the other. */
const DEMONSTRATIVES = '那这';
const QUESTION_CHARS = '哪';
/** 那里, 这儿: a demonstrative of place (那嘎达, said for 哪嘎达 too, is left to the reading as before). */
const PLACE_AFTER_DEMONSTRATIVE = /^[里儿边]$/;
/** What ends a question: nothing, a particle, a mark. */
const QUESTION_END = /^(?:[呀啊呢吗嘛啦哦]|[?？。!！\s])*$/;
/** Negations: with FUNCTION_CHARS, the characters of words no typo is worth restoring ("不会", "没有"); never read as another character of the same sound. */
const NEGATIONS = '不没别未无非';

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
  /**
   * The UTF-16 code unit of each of the term's characters (by code point), -1 for a character of two
   * units: a stretch is looked up by its code units (never a two-unit string, so such a character is
   * never met under a place, as before).
   */
  codes: number[];
}

/**
 * Terms by length, then by position, then by the character's code unit at that position:
 * `byPlace[len][k].get(code)`. (Nested rather than one map keyed by "len:k:ch": building and hashing
 * that string for every lookup was ~70% of the typo pass's own time, measured. By number rather than
 * by one-character string: a Chinese character taken out of a text is a new two-byte string, hashed
 * again at every lookup.)
 */
type TermsByPlace = Map<number, TermSound[]>[][];

/** Measure words of counts ("272条", "5件"). */
const MEASURE_AFTER_NUMBER = /[条件个篇项份次期家名人场]/;

/**
 * Characters of one shape, one typed for the other by readers who see them alike (dyslexia, a hurried eye): the typed
 * character → the domain's (pairs of one sound too, 冈/岗 and 苻/府, need no entry: the sound finds them). Used like a same sound, so only where a domain term results ("信息公幵申诘" → 信息公开申请,
 * "子以公开" → 予以公开).
 */
const SHAPE_ALIKE: Readonly<Record<string, string>> = {
  幵: '开', 诘: '请', 子: '予', 曰: '日', 己: '已', 巳: '已', 攻: '政', 夏: '复', 末: '未', 朱: '未',
  // (handwriting input's slips: 申谓 for 申请, 公升 for 公开, 时问 for 时间, 电舌 for 电话, 提拱 for 提供)
  谓: '请', 升: '开', 问: '间', 舌: '话', 拱: '供',
  // (and pairs of one component: 新媒休 for 新媒体, 邮偏 for 邮编, 帐号 for 账号)
  休: '体', 偏: '编', 帐: '账', 扯: '址',
};

/** The level of a place ("省", "市", "县"), said alone before an organ: never a typo of another character. */
const PLACE_LEVEL_CHAR = /[省市县区州镇乡]/;

/**
 * Everyday verbs of doing ("搞过政府开放日", "弄了几次", "整个材料"): what people type for any action, never a slip for a
 * term's character (搞过 is no 告过, to sue).
 */
const DOING_VERB_CHAR = /[搞弄整]/;

/** A word led by a numeral and a measure or one more character ("一版", "一次", "两个"): a quantity. */
const NUMERAL_LED = /^[一二两三四五六七八九十几]\p{Script=Han}$/u;

export class TypoIndex {
  private terms: string[];
  private known: (w: string) => boolean;
  private byPlace: TermsByPlace | undefined;
  private termSet: Set<string>;
  private sounds: Sounds;
  /** Lengths (code units) of the indexed terms that hold a character of two code units. */
  private wideLengths = new Set<number>();
  /**
   * `placed[len][code]`: bit k set when some term of that length is listed under position k and that
   * code unit (byPlace has a list there). A stretch none of whose looked-at positions has its bit set fits
   * no term: it is passed over before it is cut out of the text, looked up as a known word and matched
   * (most stretches of a question: those steps were ~40 % of the typo pass, measured in a batch run).
   */
  private placed: Uint8Array[] = [];

  constructor(terms: Iterable<string>, opts: TypoOptions = {}) {
    const seen = new Set<string>();
    for (const t of terms) {
      const w = t.trim();
      if (w.length >= 2 && w.length <= MAX_TERM && HAN.test(w)) seen.add(w);
    }
    // a "term" that is one character glued to function characters ("能办", "在哪") is no domain word a typo
    // could be meant for: "能帮我…" must not become "能办我…"
    // and one made only of function words and negations ("不会", "没有", "可以") carries no domain meaning to
    // restore: "没去补会怎么样" keeps its 补 (a word of 补正), never becomes "没去不会…"
    // and one led by a numeral ("一版" of "条例是哪一版", "一次") is a quantity, no domain word: "只公开一半" keeps its 一半
    this.terms = [...seen].filter(
      (w) => [...w].filter((ch) => !GLUE_CHARS.includes(ch)).length >= 2 && ![...w].every((ch) => FUNCTION_CHARS.includes(ch) || NEGATIONS.includes(ch)) && !NUMERAL_LED.test(w),
    );
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
    const all = this.syllables();
    this.terms.forEach((term, i) => {
      const syllables = all[i]!;
      if (syllables.length !== term.length) return;
      const codes = [...term].map((ch) => (ch.length === 1 ? ch.charCodeAt(0) : -1));
      if (codes.length !== term.length) this.wideLengths.add(term.length);
      const entry = { term, syllables, codes };
      codes.forEach((code, k) => {
        const places = (byPlace[term.length] ??= []);
        const map = (places[k] ??= new Map());
        if (code < 0) return;
        (this.placed[term.length] ??= new Uint8Array(65536))[code]! |= 1 << k;
        const list = map.get(code);
        if (!list) map.set(code, [entry]);
        else list.push(entry);
      });
    });
    this.byPlace = byPlace;
    return byPlace;
  }

  /** Each term's toneless syllables, read once (from the files on disk or pinyin-pro) for the index and the initials. */
  private termSyllables: string[][] | undefined;
  private syllables(): string[][] {
    return (this.termSyllables ??= this.sounds.syllables(this.terms));
  }

  /** Terms by the first letters of their syllables ("zdgk" → 主动公开), built on first use from the same syllables. */
  private initialsMap: Map<string, string[]> | undefined;

  /**
   * The domain terms whose syllables start with these letters, in the order they were given ("gzh" → 公众号; "jd" →
   * 街道, 决定 …): a term typed by its pinyin initials, as people do on a phone (zdgk, gfxwj).
   */
  byInitials(letters: string): readonly string[] {
    if (!this.initialsMap) {
      const map = new Map<string, string[]>();
      const all = this.syllables();
      this.terms.forEach((term, i) => {
        const syllables = all[i]!;
        if (syllables.length !== term.length || !syllables.every((x) => /^[a-z]+$/.test(x))) return;
        const key = syllables.map((x) => x[0]).join('');
        const list = map.get(key);
        if (!list) map.set(key, [term]);
        else list.push(term);
      });
      this.initialsMap = map;
    }
    return this.initialsMap.get(letters) ?? [];
  }

  /**
   * Replaces sound-alike typos of domain terms. Not memoised here: its one caller, the rewriter
   * (rewrite.ts), keeps its own result by the same text, so a table here only doubled the look-ups and
   * the memory kept per new question.
   */
  correct(text: string): Correction {
    const first = this.compute(text);
    if (!first.changes.length) return first;
    // (a slip that hid another from the dictionary cut, "申清政府信息公凯": read again once the first is mended)
    const second = this.compute(first.text);
    return second.changes.length ? { text: second.text, changes: [...first.changes, ...second.changes] } : first;
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
        const particle = FUNCTION_UNITS[tok.charCodeAt(0)] === 1;
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
    if (!this.terms.length || !TWO_HAN.test(text) || !this.suspicious(text)) return none;
    // which characters stand alone in the dictionary cut (only those may be changed), and token edges
    const tokens = cutExact(text);
    const alone: boolean[] = [];
    const starts: number[] = [];
    // by position: whether a token ends there, and the length of the token that starts there (0: none)
    const { ends, tokenAt } = edgeScratch(text.length + 1);
    let pos = 0;
    for (const tok of tokens) {
      const at = text.indexOf(tok, pos);
      if (at < 0) continue;
      tokenAt[at] = tok.length;
      for (let i = 0; i < tok.length; i++) alone[at + i] = tok.length === 1 && HAN.test(tok);
      starts.push(at);
      ends[at + tok.length] = 1;
      pos = at + tok.length;
    }
    // a lone character that is not a particle: the only place a typo can start from
    // (nor a place's level said alone, "我在省市场监管局": the level meant, never 在审)
    const content = alone.map((a, k) => a && FUNCTION_UNITS[text.charCodeAt(k)] !== 1 && !PLACE_LEVEL_CHAR.test(text[k]!) && !DOING_VERB_CHAR.test(text[k]!));
    this.text = text;
    const index = this.index();
    const changes: [string, string][] = [];
    let result = '';
    let done = 0;
    // a stretch starts and ends at token edges: never half of a word
    for (const i of starts) {
      if (i < done) continue;
      // a measure word right after a number starts no typo ("272条里" is 272 items in, never 条例)
      // (nor after a how-many, "开展了几期线上访谈": 几期 is a count, never 期限)
      if (i > 0 && (isAsciiDigit(text.charCodeAt(i - 1)) || text[i - 1] === '几' || text.slice(i - 2, i) === '多少') && MEASURE_AFTER_NUMBER.test(text[i]!)) continue;
      // (nor the 办 of an office's name, "区政府办地只在哪": 政府办, never 办地 → 本地)
      if (text[i] === '办' && OFFICE_BEFORE_BAN.test(text.slice(Math.max(0, i - 2), i))) continue;
      let best: { len: number; term: string; diffs: number } | undefined;
      for (let len = Math.min(MAX_TERM, text.length - i); len >= 2; len--) {
        if (!ends[i + len]) continue;
        // only a stretch with a lone character, or a long one, can be a typo
        let lone = false;
        for (let k = i; k < i + len && !lone; k++) lone = !!content[k];
        if (!lone && len < LONG_TERM && !(tokenAt[i] === len && len <= MAX_WHOLE_WORD)) continue;
        if (!this.mayFit(text, i, len)) continue;
        const span = text.slice(i, i + len);
        if (!HAN.test(span) || this.termSet.has(span) || this.known(span)) continue;
        // a whole dictionary word the domain does not know, sounding exactly like a domain term of its length
        // (电化 → 电话, 南港区 → 南岗区): a rare word typed for a common one by the input method
        const whole = tokenAt[i] === len && len <= MAX_WHOLE_WORD;
        const matched = this.match(span, alone, i, index, whole);
        // (a question particle ending the sentence is the particle, never a slip: "限号吗" is no 限号码)
        const found = matched && !endingParticleChanged(text, i, span, matched.term) ? matched : undefined;
        // (a longer stretch wins when its share of changed characters is no larger: 棉阳市生太环境局 → 绵阳市生态环境局
        // as a whole, not 棉阳市 → 绵阳市 with 生太 left over)
        if (found && (!best || found.diffs / len < best.diffs / best.len)) best = { len, ...found };
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

  /**
   * Whether match() could find a term for the stretch of `len` code units at `at`: some position it looks
   * at (as match() does) holds the character some term of that length has there.
   */
  private mayFit(text: string, at: number, len: number): boolean {
    const placed = this.placed[len];
    if (!placed) return false;
    const last = this.wideLengths.has(len) ? len - 1 : Math.min(Math.max(Math.min(maxDiffs(len), len - 1), 1), len - 1);
    for (let p = 0; p <= last; p++) if (placed[text.charCodeAt(at + p)]! & (1 << p)) return true;
    return false;
  }

  /**
   * A term that sounds like the stretch, differing only in characters that stand alone: the best by the
   * same sound, else the best by a near sound (one lone character). Both are read in one pass over the
   * candidates, in the same order, so each is the one a pass of its own would find.
   */
  /** The text being corrected (match() looks at what follows a stretch). */
  private text = '';

  private match(span: string, alone: boolean[], at: number, index: TermsByPlace, whole: boolean): Found | undefined {
    const places = index[span.length];
    if (!places) return undefined;
    let exact: Found | undefined;
    let near: Found | undefined;
    // at least one character as typed, and only a few changed (a near sound: only one)
    const most = Math.min(maxDiffs(span.length), span.length - 1);
    const long = span.length >= LONG_TERM;
    // a term changing more characters than this is neither a same-sound (most) nor a near-sound (1) fit
    const limit = Math.max(most, 1);
    // a term first met at position p differs in every character before p: from p > limit on, none fits
    // (a term with a character of two code units is indexed by code point: all positions are looked at)
    const last = this.wideLengths.has(span.length) ? span.length - 1 : Math.min(limit, span.length - 1);
    for (let p = 0; p <= last; p++) {
      for (const { term, syllables, codes } of places[p]?.get(span.charCodeAt(p)) ?? NO_TERMS) {
        // each term once: one that also keeps an earlier character in place was met there
        if (keepsCharBefore(span, codes, p)) continue;
        // too many characters changed: no fit, whatever they sound like (counted before any reading is looked up)
        if (changedMoreThan(span, term, limit)) continue;
        let diffs = 0;
        let functionChanged = 0;
        let sameOk = true;
        let nearOk = true;
        for (let k = 0; k < span.length && (sameOk || nearOk); k++) {
          if (span.charCodeAt(k) === term.charCodeAt(k)) continue;
          diffs++;
          const ch = span[k]!;
          if (FUNCTION_CHARS.includes(ch) || PLACE_WORDS_AFTER.includes(ch)) functionChanged++;
          const inWord = !alone[at + k];
          // same sound, any reading of the typed character (长 reads chang and zhang)
          const r = this.sounds.readings(ch);
          // (or a character of the same shape, typed by a reader who sees them alike: 幵 for 开, 诘 for 请, 子 for 予)
          const same = r.includes(syllables[k]!) || SHAPE_ALIKE[ch] === term[k];
          // a character inside a dictionary word changes only within a long term that differs in that one
          // character (行政附议 → 行政复议): a short stretch would turn real words into domain words
          if (sameOk && (!same || (inWord && !(long && diffs === 1) && !(whole && diffs === 1)) || diffs > most)) sameOk = false;
          // (nor a common verb in a short stretch: "事想问" is no 事项, though 想 sounds as 项)
          // (but a verb written for the character it is confused with everywhere, 做 for 作: "工做日" is 工作日)
          if (!long && COMMON_VERBS.includes(ch) && CONFUSED_WITH[ch] !== term[k]) sameOk = nearOk = false;
          // (nor a negation: "干脆不办" is no 补办 — 不 typed means not)
          // (nor 的/得/地 for one another: the same particle to a reader)
          if (NEGATIONS.includes(ch) || DE_PARTICLES.includes(ch)) sameOk = nearOk = false;
          // (nor a measure word after a how-many inside the stretch: "开了多场发布会" counts meetings, no 多长)
          const before = k > 0 ? span[k - 1]! : this.text[at - 1] ?? '';
          if (MEASURE_AFTER_NUMBER.test(ch) && (before === '多' || before === '几' || isAsciiDigit(before.charCodeAt(0)))) sameOk = nearOk = false;
          // (nor a demonstrative for a question word: "卫健委那里我邻居的…" says there, no 哪里)
          // (but at the question's end it is the question word mistyped: "南岗区政府在那里")
          if (DEMONSTRATIVES.includes(ch) && QUESTION_CHARS.includes(term[k]!) && PLACE_AFTER_DEMONSTRATIVE.test(span[k + 1] ?? '') && !QUESTION_END.test(this.text.slice(at + span.length))) sameOk = nearOk = false;
          // a near sound only for one lone character of a stretch that is not a word (电活), by its
          // commonest reading only, and never a particle (和 also reads huo, which is near hua)
          if (nearOk && ((!same && (inWord || FUNCTION_CHARS.includes(ch) || !nearSound(r[0]!, syllables[k]!))) || (inWord && !(long && diffs === 1)) || diffs > 1)) nearOk = false;
        }
        if (diffs === 0) continue;
        // (two characters or more changed, every one of them a function character: words as typed — "申请里有6件" is no 申请理由)
        if (diffs >= 2 && functionChanged === diffs) continue;
        if (sameOk && (!exact || diffs < exact.diffs)) exact = { term, diffs };
        if (nearOk && (!near || diffs < near.diffs)) near = { term, diffs };
      }
    }
    return exact ?? near;
  }
}
