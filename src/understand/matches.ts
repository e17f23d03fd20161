/**
 * The matches of a global regular expression in a text, as text.matchAll(re) gives them, without
 * matchAll's cost when there are none. matchAll makes a copy of the expression (through its species
 * constructor) before it looks at the text, ~0.1 µs a call (measured, Node 20); most of the patterns a
 * question is read with find nothing in it, and a test() first is ~4× cheaper than a fruitless matchAll.
 */

const NONE: readonly RegExpMatchArray[] = [];

/**
 * `re` must be global and used only through matchAll (or this): its lastIndex is 0 before and after,
 * as matchAll leaves it, so the matches are the ones matchAll would find.
 */
export function matchesOf(text: string, re: RegExp): Iterable<RegExpMatchArray> {
  re.lastIndex = 0;
  const any = re.test(text);
  re.lastIndex = 0;
  return any ? text.matchAll(re) : NONE;
}
