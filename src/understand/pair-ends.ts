/**
 * The two code units a set of words starts with and the two they end with (words of two code units or
 * more). A word made of two known words (Classifier.partsOf: 复议期限 = 复议 + 期限, each part two characters
 * or more) starts as some known word starts and ends as some known word ends, so a word whose start or end
 * is in neither set is no such pair: decided from four char codes, without slicing the word into every
 * split and looking each half up (the typo pass asks this of every stretch it reads).
 */
export class PairEnds {
  private readonly heads = new Set<number>();
  private readonly tails = new Set<number>();

  /** Two code units as one small integer (a Set of numbers, not of two-character strings built per look-up). */
  private static key(a: number, b: number): number {
    return (a << 16) | b;
  }

  add(word: string): void {
    const n = word.length;
    if (n < 2) return;
    this.heads.add(PairEnds.key(word.charCodeAt(0), word.charCodeAt(1)));
    this.tails.add(PairEnds.key(word.charCodeAt(n - 2), word.charCodeAt(n - 1)));
  }

  /** False when `w` cannot be two of the words added; true when it may be (the halves must still be looked up). */
  mayJoin(w: string): boolean {
    const n = w.length;
    return n >= 4 && this.heads.has(PairEnds.key(w.charCodeAt(0), w.charCodeAt(1))) && this.tails.has(PairEnds.key(w.charCodeAt(n - 2), w.charCodeAt(n - 1)));
  }
}
