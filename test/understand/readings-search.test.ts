/**
 * The readings table looked up by binary search (readings-search.ts) finds exactly the line that
 * `indexOf("\n" + ch)` finds, and is used only on a table in code point order.
 */
import { describe, expect, it } from 'vitest';
import { inCodePointOrder, lineOf } from '../../src/understand/readings-search.js';
import { makeReadingsTable } from '../../src/understand/sounds.js';

describe('readings table search', () => {
  const table = makeReadingsTable();

  it('the table as made is in code point order; a shuffled one is not', () => {
    expect(inCodePointOrder(table)).toBe(true);
    expect(inCodePointOrder('\n长chang zhang\n乙yi\n')).toBe(false);
    expect(inCodePointOrder('\n乙yi\n长chang zhang\n')).toBe(true);
  });

  it('finds the same line as indexOf for every character of the table, its neighbours and a sample of the rest', () => {
    const cps = new Set<number>();
    for (const line of table.split('\n').filter(Boolean)) {
      const cp = line.codePointAt(0)!;
      cps.add(cp).add(cp - 1).add(cp + 1);
    }
    for (let cp = 0; cp <= 0x10ffff; cp += 997) cps.add(cp);
    let differ = 0;
    for (const cp of cps) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (table.indexOf(`\n${String.fromCodePoint(cp)}`) !== lineOf(table, cp)) differ++;
    }
    expect(cps.size).toBeGreaterThan(20_000);
    expect(differ).toBe(0);
  });

  it('a table of one line, and none', () => {
    expect(lineOf('\n长chang zhang\n', '长'.codePointAt(0)!)).toBe(0);
    expect(lineOf('\n长chang zhang\n', '乙'.codePointAt(0)!)).toBe(-1);
    expect(lineOf('\n', '乙'.codePointAt(0)!)).toBe(-1);
  });
});
