/**
 * Pinyin readings some mirror sites put after characters ("根據(jù)", "鳳凰鎮(zhèn)", "數(shù)據(jù)"): not the report's
 * words. They break names and labels apart ("凤凰镇(zhèn)人民政府"), so they are taken out before anything is read.
 * Only a bracketed syllable with a tone mark right after a Han character is a reading; "(二)" and "(单位:万元)" stay.
 */
import type { Block, Document } from '../types.js';

/** A pinyin syllable with a tone mark, in brackets, right after a Han character. */
const READING = /(?<=\p{Script=Han})[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/gu;

const strip = (s: string) => (s.includes('(') || s.includes('（') ? s.replace(READING, '') : s);

/** The document without pinyin readings (the same object when it has none). */
export function withoutPinyinReadings(doc: Document): Document {
  let changed = false;
  const blocks: Block[] = doc.blocks.map((b) => {
    if (b.kind === 'table') {
      const rows = b.rows.map((r) => r.map(strip));
      if (rows.some((r, i) => r.some((c, j) => c !== b.rows[i]![j]))) changed = true;
      return { kind: 'table', rows };
    }
    const text = strip(b.text);
    if (text !== b.text) changed = true;
    return { ...b, text };
  });
  return changed ? { ...doc, blocks } : doc;
}
