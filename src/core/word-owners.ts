/**
 * Which items use each word, built once from every item's words: "does another item use this word?" is
 * one look-up instead of a scan of every item's words (signatureWord in src/core/policy/helpers.ts asks it
 * for each word of a question its lead intent knows).
 */
export class WordOwners<T> {
  private readonly owners = new Map<string, T[]>();

  /** `wordsOf(item)` gives each word once (a Set), or an item is listed twice under it (harmless). */
  constructor(items: readonly T[], wordsOf: (item: T) => Iterable<string>) {
    for (const item of items) {
      for (const w of wordsOf(item)) {
        const list = this.owners.get(w);
        if (list) list.push(item);
        else this.owners.set(w, [item]);
      }
    }
  }

  /** No item but `owner` uses `w` (true too when no item does). */
  onlyBy(w: string, owner: T): boolean {
    const list = this.owners.get(w);
    return !list || list.every((x) => x === owner);
  }
}
