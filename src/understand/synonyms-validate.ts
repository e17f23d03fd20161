/**
 * Validation of intents/synonyms.yml (see synonyms.ts), apart from the replacement itself so that zod is
 * loaded only when the intents are validated (a changed file), not on every start.
 */
import { z } from 'zod';
import type { SynonymTable } from './synonyms.js';

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

