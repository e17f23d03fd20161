/**
 * Bounded memos of frozen readings, one table per owner (a lexicon, a list of reports): citizens repeat
 * questions, and a reading depends only on the text and its owner. A full table makes room by random
 * replacement (BoundedMemo).
 */

/**
 * Readings kept per owner (and by each memo of a pure function of a text): a full table replaces one at random.
 * Sized with room above the distinct questions of the question sets (13,410, and up to ~30,000 pieces of them
 * for the segmenter): with 10,000, the bench's in-process load (every memo expected to hit) missed on about a
 * quarter of the questions at every step, ranking and jieba cuts included (in-process p50 0.25 ms → 0.09 ms, issue
 * 15). Costs ~8 MB more heap when the sets' questions are all kept.
 */
export const READING_MEMO_MAX = 40_000;

/**
 * A map of at most `max` entries. When it is full, a new key takes the place of an entry picked by a fixed
 * pseudo-random sequence (random replacement). Starting afresh when full, or dropping the oldest entry
 * (FIFO, LRU), misses on every question once the distinct questions asked in turn outnumber the table even
 * slightly (10,218 questions asked in a loop over 10,000 entries: no hit at all); random replacement keeps
 * most of them (≈96 % hits there, simulated), and a question asked often is soon back after it is dropped.
 * The sequence is fixed (xorshift32 from a constant seed), so a run is reproducible; the values are pure
 * functions of their keys, so which entry goes never changes an answer.
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();
  /** The keys in their slots: the one in a slot picked at random makes room. */
  private readonly keys: K[] = [];
  private seed = 0x9e3779b9;

  constructor(readonly max: number) {
    if (!(max >= 1)) throw new RangeError(`BoundedMemo: max must be at least 1 (got ${max})`);
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): this {
    if (!this.map.has(key)) {
      if (this.keys.length < this.max) this.keys.push(key);
      else {
        const slot = this.next() % this.max;
        this.map.delete(this.keys[slot]!);
        this.keys[slot] = key;
      }
    }
    this.map.set(key, value);
    return this;
  }

  clear(): void {
    this.map.clear();
    this.keys.length = 0;
  }

  /** xorshift32: a fixed sequence of 32-bit values. */
  private next(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (this.seed = x >>> 0);
  }
}

/** Freezes an object and the arrays it holds, and the objects in those arrays (spans). */
export function freezeReading<T extends object>(value: T): T {
  for (const v of Object.values(value)) {
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') Object.freeze(x);
      Object.freeze(v);
    }
  }
  return Object.freeze(value);
}

/** A memo keyed by owner and text: `read` runs on a miss, and its result (undefined included) is kept, frozen. */
export function readingMemo<O extends object, V extends object>() {
  const tables = new WeakMap<O, BoundedMemo<string, V | null>>();
  return (owner: O, key: string, read: () => V | undefined): V | undefined => {
    let table = tables.get(owner);
    if (!table) tables.set(owner, (table = new BoundedMemo(READING_MEMO_MAX)));
    let hit = table.get(key);
    if (hit === undefined) {
      const v = read();
      hit = v ? freezeReading(v) : null;
      table.set(key, hit);
    }
    return hit ?? undefined;
  };
}
