/**
 * Figures the narrative states for a table-二 row, by column: "集中公开现行有效行政规范性文件698件，动态
 * 更新本年度制发的规范性文件88件" → 现行有效 698, 制发 88. Used to choose among the splits of a
 * run-together row that has no sum rule (table 二).
 *
 * A sentence must name the row ("规范性文件" for 行政规范性文件); within it, a clause that names a
 * column's word (from the header: 本年制发件数 → 制发) followed by a count ("…698件") states that
 * column's figure. A clause that names another row of the table states nothing for this one.
 */
import { splitSentences } from './util.js';

/** The word of a column header the narrative uses: 本年制发件数 → 制发, 现行有效件数 → 现行有效. */
export function columnWord(header: string): string {
  return header.replace(/\s+/g, '').replace(/^本年度?|件数$|数量$|[（(].*?[）)]|总/g, '');
}

/** How the narrative names a row: 行政规范性文件 → 规范性文件 (the 行政 is often left out). */
export function rowWord(label: string): string {
  return label.replace(/^行政/, '');
}

const COUNT_AFTER = (word: string) => new RegExp(`${word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^\\d，,。；;、]*?(\\d+)\\s*(?:件|条|个|项)`);

/**
 * Per column (same order as `headers`), the figures the narrative `texts` state for the row named
 * `label`; `others` are the labels of the table's other rows.
 */
export function statedFigures(texts: string[], label: string, others: string[], headers: string[]): Set<number>[] {
  const words = headers.map(columnWord);
  const out = words.map(() => new Set<number>());
  const own = rowWord(label);
  const rivals = others.map(rowWord).filter((w) => w && !own.includes(w) && !w.includes(own));
  for (const sentence of texts.flatMap(splitSentences)) {
    if (!sentence.includes(own)) continue;
    for (const clause of sentence.split(/[，,、：:]/)) {
      if (rivals.some((w) => clause.includes(w))) continue;
      words.forEach((w, i) => {
        if (!w) return;
        const m = COUNT_AFTER(w).exec(clause);
        if (m) out[i]!.add(Number(m[1]));
      });
    }
  }
  return out;
}
