/**
 * A list of 32-bit integers kept between uses: emptied, not made again. The classifier fills two for every
 * text it ranks (the feature ids of the text, and each known id once in the order first met); as arrays
 * made per ranking they were ~6 % of the bytes a first-seen reply allocates (allocation sampling).
 */
export class IdList {
  /** The items, valid up to `length`. */
  items = new Int32Array(INITIAL_CAPACITY);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(id: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = id;
  }
}

/** Room for the features of a question of ~40 characters (words, bigrams and characters) before growing. */
const INITIAL_CAPACITY = 256;
