/**
 * Domain synonyms as data (intents/synonyms.yml): the everyday words citizens use (号码, 门牌, 范本, 驳回)
 * are read as the word the intents and the figure lexicon know (电话, 地址, 申请表, 不予公开). Staff edit
 * the file without code; it is validated at load with Chinese errors naming the file and the item
 * (synonyms-validate.ts: zod is loaded only when the intents are validated, not on every start).
 *
 * Only whole words are replaced (jieba's cut of the message), so 号码 is read as 电话 but 电话号码 stays
 * as it is (the word the bot knows is already there).
 */
import { cut } from './segment.js';

/** File name of the synonym table inside the intents folder. */
export const SYNONYMS_FILE = 'synonyms.yml';

/** everyday word → the word the bot knows */
export type SynonymTable = Map<string, string>;

/** Whole-word replacement; a word whose replacement is already said next to it is left alone. */
export function applySynonyms(text: string, table: SynonymTable): string {
  if (!table.size) return text;
  const tokens = cut(text);
  if (!tokens.some((t) => table.has(t))) return text;
  let out = '';
  let pos = 0;
  for (const tok of tokens) {
    const at = text.indexOf(tok, pos);
    if (at < 0) continue;
    out += text.slice(pos, at);
    const canonical = table.get(tok);
    const near = canonical ? text.slice(Math.max(0, at - canonical.length), at + tok.length + canonical.length) : '';
    out += canonical && !near.includes(canonical) ? canonical : tok;
    pos = at + tok.length;
  }
  return out + text.slice(pos);
}
