/**
 * opencc-js keeps each dictionary as a trie of Maps, one Map per character of every key: its tw→cn and
 * twp→cn converters hold ~4.5 MB of heap that way, for ~15,000 short keys. flattenTrie() gives its Trie
 * class a flat store instead — one Map from key to value per dictionary, and the key lengths by first
 * character —
 * with the same matchPrefix(): the longest key that starts at the position, or null. segment() and
 * convert() are opencc-js's own and unchanged, so every conversion is the library's (test: the
 * converters with and without the flat store agree on every dictionary key and every question).
 * Applied before the first converter is built (normalize.ts).
 */

interface TrieLike {
  prototype: {
    addWord(key: string, value: string): void;
    matchPrefix(text: string, start: number): { end: number; value: string } | null;
  };
}

interface Flat {
  flat?: Map<string, string>;
  /**
   * The lengths of the keys starting with each code unit, longest first (UTF-16 code units). Keyed by
   * the code unit's number: `text[i]` of a Chinese character is a new string to hash at every position.
   */
  lengths?: Map<number, number[]>;
  /**
   * By UTF-16 code unit: 1 when some key starting with it was given a value other than itself. At any
   * other character the longest key, if there is one, maps to itself (leavesUnchanged() skips it).
   */
  changing?: Uint8Array;
}

/** One flag per UTF-16 code unit. */
const CODE_UNITS = 0x10000;

const done = new WeakSet<object>();

/** While triesMadeBy() runs: the tries that got their first word, in order. */
let collecting: Flat[] | undefined;

export function flattenTrie(Trie: TrieLike): void {
  if (done.has(Trie)) return;
  done.add(Trie);
  const proto = Trie.prototype as TrieLike['prototype'] & Flat;
  proto.addWord = function addWord(this: Flat, key: string, value: string): void {
    // the trie sets a value on the node of the key's last character: the root for "", which
    // matchPrefix never returns (it needs one character at least)
    if (key === '') return;
    if (!this.flat) collecting?.push(this);
    (this.flat ??= new Map()).set(key, value);
    // (a key set again keeps its flag: at worst a character is looked at that need not be)
    if (value !== key) (this.changing ??= new Uint8Array(CODE_UNITS))[key.charCodeAt(0)] = 1;
    const lengths = (this.lengths ??= new Map<number, number[]>());
    const list = lengths.get(key.charCodeAt(0));
    if (!list) lengths.set(key.charCodeAt(0), [key.length]);
    else if (!list.includes(key.length)) {
      list.push(key.length);
      list.sort((a, b) => b - a);
    }
  };
  proto.matchPrefix = function matchPrefix(this: Flat, text: string, start: number): { end: number; value: string } | null {
    const flat = this.flat;
    const lengths = this.lengths?.get(text.charCodeAt(start));
    if (!flat || !lengths) return null;
    // the trie walks the text character by character and keeps the last key it passed: the longest
    // key that starts here (a cut through a surrogate pair is never a key: keys are whole characters)
    for (const len of lengths) {
      if (start + len > text.length) continue;
      const value = flat.get(text.slice(start, start + len));
      if (value !== undefined) return { end: start + len, value };
    }
    return null;
  };
}

/** The value `build()` returns, and the flattened tries that got words while it ran (a converter's dictionaries). */
export function triesMadeBy<T>(build: () => T): { value: T; tries: readonly object[] } {
  const outer = collecting;
  const tries: Flat[] = (collecting = []);
  try {
    return { value: build(), tries };
  } finally {
    collecting = outer;
    outer?.push(...tries);
  }
}

/**
 * True when converting `text` through `tries` (a converter's dictionaries, applied in turn) would give
 * `text` back: at no character (every code point: a superset of the places opencc-js's convert() looks
 * at) does the longest key map to anything but itself, so every trie of the chain sees `text` unchanged.
 * False means only "may change": the converter must run. About half the cost of converting to compare
 * while the code is still cold (each question is converted once; ~7 vs ~13 µs, measured), and most
 * questions are simplified Chinese already. Only the characters some changing key starts with are
 * looked up (`changing`): over the bench's questions 2.0 → 0.7 µs a question, warm.
 */
export function leavesUnchanged(tries: readonly object[], text: string): boolean {
  for (const t of tries) {
    const trie = t as TrieLike['prototype'];
    const { flat, changing } = t as Flat;
    // a flattened dictionary whose keys all map to themselves changes nothing
    if (flat && !changing) continue;
    for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) {
      // only where a key that changes starts: elsewhere the longest key, if any, is the text itself
      if (changing?.[text.charCodeAt(i)] === 0) continue;
      const m = trie.matchPrefix(text, i);
      if (m && m.value !== text.slice(i, m.end)) return false;
    }
  }
  return true;
}
