/**
 * Domain synonyms as data (intents/synonyms.yml): the everyday words citizens use (号码, 门牌, 范本, 驳回)
 * are read as the word the intents and the figure lexicon know (电话, 地址, 申请表, 不予公开). Staff edit
 * the file without code; it is validated at load with Chinese errors naming the file and the item.
 *
 * Only whole words are replaced (jieba's cut of the message), so 号码 is read as 电话 but 电话号码 stays
 * as it is (the word the bot knows is already there).
 */
import { z } from 'zod';
import { cut } from './segment.js';

/** File name of the synonym table inside the intents folder. */
export const SYNONYMS_FILE = 'synonyms.yml';

/** everyday word → the word the bot knows */
export type SynonymTable = Map<string, string>;

const FileSchema = z
  .object({
    synonyms: z.record(z.string(), z.unknown()),
  })
  .strict();

/** Validates a parsed synonyms.yml. Pure; errors name the file and the group. */
export function validateSynonyms(file: string, data: unknown): { table: SynonymTable; errors: string[] } {
  const table: SynonymTable = new Map();
  const errors: string[] = [];
  const parsed = FileSchema.safeParse(data);
  if (!parsed.success) return { table, errors: [`${file}：文件结构不对（需要 synonyms 一项，每组写成“标准词: [同义词, …]”）`] };
  const owner = new Map<string, string>();
  Object.entries(parsed.data.synonyms).forEach(([canonical, raw], k) => {
    const label = `${file} 第 ${k + 1} 组（${canonical}）`;
    const words = z.array(z.string()).safeParse(raw);
    if (!words.success || !words.data.length) return errors.push(`${label}：需要一个同义词列表，例如 ${canonical}: [词1, 词2]`);
    if (canonical.trim().length < 1 || /\s/.test(canonical.trim())) return errors.push(`${label}：标准词不能为空或含空格`);
    for (const w of words.data) {
      const word = w.trim();
      if (!word || /\s/.test(word)) {
        errors.push(`${label}：同义词“${w}”为空或含空格，已忽略`);
        continue;
      }
      if (word === canonical) {
        errors.push(`${label}：同义词“${word}”和标准词相同，已忽略`);
        continue;
      }
      const prev = owner.get(word);
      if (prev && prev !== canonical) {
        errors.push(`${label}：同义词“${word}”已在“${prev}”组中出现，已忽略`);
        continue;
      }
      owner.set(word, canonical);
      table.set(word, canonical.trim());
    }
  });
  for (const canonical of new Set(table.values())) {
    if (table.has(canonical)) errors.push(`${file}：标准词“${canonical}”又是“${table.get(canonical)}”的同义词，会被连续替换，请只写一处`);
  }
  return { table, errors };
}

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
