/**
 * Bounded memos of frozen readings, one table per owner (a lexicon, a list of reports): citizens repeat
 * questions, and a reading depends only on the text and its owner. A full table starts afresh.
 */

/** Readings kept per owner before the table starts afresh. */
export const READING_MEMO_MAX = 10_000;

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
  const tables = new WeakMap<O, Map<string, V | null>>();
  return (owner: O, key: string, read: () => V | undefined): V | undefined => {
    let table = tables.get(owner);
    if (!table) tables.set(owner, (table = new Map()));
    let hit = table.get(key);
    if (hit === undefined) {
      const v = read();
      hit = v ? freezeReading(v) : null;
      if (table.size >= READING_MEMO_MAX) table.clear();
      table.set(key, hit);
    }
    return hit ?? undefined;
  };
}
