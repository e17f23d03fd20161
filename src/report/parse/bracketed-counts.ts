/**
 * Counts a page prints in brackets, as a form filled in ("发布政务信息(1386)条", "共有(232818)人次浏览", "提案共(29)件"):
 * the count as the report means it, "1386条". Left bracketed they are no count of their measure word, and a
 * question asking it finds a sentence that "states no number". Only a bracketed number inside a sentence (after a
 * Han character or a comma, colon or 、) with a measure word right after it is one; list marks ("(1)", "（二）") stay.
 */
import type { Block, Document } from '../types.js';

/** A bracketed number inside a sentence with a measure word right after it. */
const BRACKETED_COUNT = /(?<=[\p{Script=Han}:：,，、])[(（]\s*(\d+(?:\.\d+)?)\s*[)）](?=\s*(?:人次|万元|[条件个篇次期项家场人名份户宗所批封部元]))/gu;

const unbracket = (s: string) => (s.includes('(') || s.includes('（') ? s.replace(BRACKETED_COUNT, '$1') : s);

/** The document with its bracketed counts read as counts (the same object when it has none). */
export function withoutBracketedCounts(doc: Document): Document {
  let changed = false;
  const blocks: Block[] = doc.blocks.map((b) => {
    if (b.kind === 'table') return b;
    const text = unbracket(b.text);
    if (text !== b.text) changed = true;
    return { ...b, text };
  });
  return changed ? { ...doc, blocks } : doc;
}
