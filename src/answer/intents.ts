/**
 * intents/*.yml → validated intents and the metric lexicon. Errors are Chinese and name the file
 * and the item; a broken intent is skipped and the rest keeps working.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { T2_ROWS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS } from '../report/format.js';
import { normalize } from '../understand/normalize.js';
import { SYNONYMS_FILE, type SynonymTable } from '../understand/synonyms.js';
import { validateSynonyms } from '../understand/synonyms-validate.js';
import { defaultIntentsDir, type IntentFile } from './intents-cache.js';

export const HANDLERS = ['figures', 'overview', 'litigation', 'section', 'problems', 'improvements', 'reports', 'help'] as const;
export type Handler = (typeof HANDLERS)[number];

/** Fields an answer template may name. */
export const TEMPLATE_FIELDS = [
  'office', 'year', 'title', 'period', 'published', 'pageSource', 'indexNo', 'fee', 'review',
  'contact.department', 'contact.address', 'contact.postcode', 'contact.phone', 'contact.email', 'contact.website', 'contact.download', 'contact.fax', 'contact.person', 'contact.hours',
] as const;

export interface Intent {
  id: string;
  title: string;
  topic: string;
  file: string;
  examples: string[];
  answer?: string;
  handler?: Handler;
  section?: string;
  match?: RegExp;
  /**
   * Words one of which the message must hold for the intent to be read at all (report.fee: 费, 钱, 收取 …): a message that
   * shares only the frame of its examples ("年报里写的多少") is not this intent.
   */
  asked?: RegExp;
  source?: string;
  /** Out-of-scope intents: a match means "give the fallback". */
  fallback?: boolean;
}

/** Lexicon group → part id → phrases (strings or RegExps), from figures.yml. */
export type Lexicon = Record<string, Record<string, (string | RegExp)[]>>;

export interface IntentSet {
  intents: Intent[];
  lexicon: Lexicon;
  errors: string[];
  /** Everyday word → the word the bot knows (intents/synonyms.yml). */
  synonyms?: SynonymTable;
}

export const LEXICON_PARTS: Record<string, string[]> = {
  't3.rows': T3_ROWS.map((r) => r.id),
  't3.columns': [...T3_COLUMNS.map((c) => c.id), 'org'],
  't2.rows': T2_ROWS.map((r) => r.id),
  't2.columns': [...new Set(T2_ROWS.flatMap((r) => Object.keys(r.cols)))],
  't4.groups': [...T4_GROUPS.map((g) => g.id), 'suit'],
  't4.columns': T4_COLUMNS.map((c) => c.id),
};

const IntentSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/, '编号只能用小写字母、数字、点和连字符，例如 contact.phone'),
    title: z.string().min(1, '缺少标题 title'),
    examples: z.array(z.string().min(1, '例句不能为空')).min(3, '例句（examples）至少要 3 条'),
    answer: z.string().min(1).optional(),
    handler: z.enum(HANDLERS).optional(),
    section: z.enum(['前言', '一', '二', '三', '四', '五', '六']).optional(),
    match: z.string().optional(),
    asked: z.string().optional(),
    source: z.string().optional(),
    fallback: z.boolean().optional(),
  })
  .strict();

const FileSchema = z
  .object({
    topic: z.string().min(1),
    intents: z.array(z.unknown()),
    lexicon: z.record(z.string(), z.record(z.string(), z.array(z.string()))).optional(),
  })
  .strict();

export { defaultIntentsDir } from './intents-cache.js';

function zodMessage(err: z.ZodError): string {
  return err.issues
    .map((i) => {
      const where = i.path.length ? `字段 ${i.path.join('.')}` : '';
      if (i.code === 'unrecognized_keys') return `未知字段：${i.keys.join('、')}（允许的字段：id、title、examples、answer、handler、section、match、asked、source、fallback）`;
      if (i.code === 'invalid_type') return `${where} 缺少或类型不对`;
      if (i.code === 'invalid_value') return `${where} 取值不对，可选：${(i as { values?: unknown[] }).values?.join('、') ?? ''}`;
      return `${where} ${i.message}`.trim();
    })
    .join('；');
}

function toPattern(s: string): string | RegExp {
  const m = /^\/(.+)\/$/.exec(s.trim());
  return m ? new RegExp(m[1]!) : normalize(s);
}

/** A pattern field of an intent compiled: undefined when absent, null when not a valid regular expression. */
function pattern(source: string | undefined): RegExp | undefined | null {
  if (!source) return undefined;
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}

/** Validates one parsed YAML document. Pure: used by the loader and by tests. */
export function validateIntentFile(file: string, data: unknown): IntentSet {
  const name = basename(file);
  const errors: string[] = [];
  const parsed = FileSchema.safeParse(data);
  if (!parsed.success) return { intents: [], lexicon: {}, errors: [`${name}：文件结构不对（需要 topic 和 intents 两项）：${zodMessage(parsed.error)}`] };
  const { topic } = parsed.data;
  const intents: Intent[] = [];
  parsed.data.intents.forEach((raw, k) => {
    const label = `${name} 第 ${k + 1} 个意图${raw && typeof raw === 'object' && 'id' in raw ? `（${String((raw as { id: unknown }).id)}）` : ''}`;
    const r = IntentSchema.safeParse(raw);
    if (!r.success) return errors.push(`${label}：${zodMessage(r.error)}`);
    const it = r.data;
    if (!it.answer && !it.handler && !it.fallback) return errors.push(`${label}：需要 answer（答案模板）或 handler（程序处理）`);
    if (it.handler === 'section' && !it.section) return errors.push(`${label}：handler 为 section 时需要 section（如 五）`);
    if (it.answer) {
      const unknown = [...it.answer.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!).filter((f) => !(TEMPLATE_FIELDS as readonly string[]).includes(f));
      if (unknown.length) return errors.push(`${label}：答案模板用了不存在的字段 {${unknown.join('}、{')}}（可用：${TEMPLATE_FIELDS.join('、')}）`);
    }
    const match = pattern(it.match);
    if (match === null) return errors.push(`${label}：match 不是有效的正则表达式：${it.match}`);
    const asked = pattern(it.asked);
    if (asked === null) return errors.push(`${label}：asked 不是有效的正则表达式：${it.asked}`);
    // (every example must hold one of the asked words, or the intent could never be read from its own examples)
    const without = asked ? it.examples.filter((e) => !asked.test(e)) : [];
    if (without.length) return errors.push(`${label}：例句“${without[0]}”不含 asked 要求的词（${it.asked}）`);
    intents.push({ ...it, match, asked, topic, file: name });
  });
  const lexicon: Lexicon = {};
  for (const [group, parts] of Object.entries(parsed.data.lexicon ?? {})) {
    const allowed = LEXICON_PARTS[group];
    if (!allowed) {
      errors.push(`${name}：lexicon 中的未知分组 ${group}（可用：${Object.keys(LEXICON_PARTS).join('、')}）`);
      continue;
    }
    lexicon[group] = {};
    for (const [part, words] of Object.entries(parts)) {
      if (!allowed.includes(part)) {
        errors.push(`${name}：lexicon.${group} 中的未知编号 ${part}（可用：${allowed.join('、')}）`);
        continue;
      }
      try {
        lexicon[group]![part] = words.map(toPattern);
      } catch (e) {
        errors.push(`${name}：lexicon.${group}.${part} 中有无效的正则表达式：${(e as Error).message}`);
      }
    }
  }
  return { intents, lexicon, errors };
}

/** Cross-file checks: duplicate ids, the same example in two intents. Mutates nothing; returns errors and a cleaned set. */
function crossCheck(set: IntentSet): IntentSet {
  const errors = [...set.errors];
  const seenId = new Map<string, Intent>();
  const seenExample = new Map<string, Intent>();
  const intents: Intent[] = [];
  for (const it of set.intents) {
    const prev = seenId.get(it.id);
    if (prev) {
      errors.push(`${it.file}：意图编号 ${it.id} 重复（已在 ${prev.file} 中定义），后者被忽略`);
      continue;
    }
    seenId.set(it.id, it);
    const examples: string[] = [];
    for (const ex of it.examples) {
      const key = normalize(ex);
      const other = seenExample.get(key);
      if (other && other.id !== it.id) {
        errors.push(`${it.file} 意图 ${it.id}：例句“${ex}”与 ${other.file} 意图 ${other.id} 重复，已从 ${it.id} 中去掉`);
        continue;
      }
      if (other) continue;
      seenExample.set(key, it);
      examples.push(ex);
    }
    intents.push({ ...it, examples });
  }
  return { intents, lexicon: set.lexicon, errors, synonyms: set.synonyms };
}

/**
 * Loads every *.yml / *.yaml file of a folder (or the given contents of its files, already read).
 * Per-file errors never stop the others. Start-up goes through loadIntentsCached (intents-cache.ts).
 */
export async function loadIntents(dir = defaultIntentsDir(), contents?: IntentFile[]): Promise<IntentSet> {
  let files: string[];
  try {
    files = contents ? contents.map((c) => c.name) : (await readdir(dir)).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch {
    return { intents: [], lexicon: {}, errors: [`意图目录不存在或无法读取：${dir}`] };
  }
  const all: IntentSet = { intents: [], lexicon: {}, errors: [], synonyms: new Map() };
  for (const [k, f] of files.entries()) {
    let data: unknown;
    try {
      data = parseYaml(contents ? contents[k]!.text : await readFile(join(dir, f), 'utf8'));
    } catch (e) {
      all.errors.push(`${f}：YAML 格式错误：${yamlErrorInChinese((e as Error).message.split('\n')[0]!)}`);
      continue;
    }
    if (f === SYNONYMS_FILE) {
      // not intents: the synonym table
      const syn = validateSynonyms(f, data);
      all.synonyms = syn.table;
      all.errors.push(...syn.errors);
      continue;
    }
    const one = validateIntentFile(f, data);
    all.intents.push(...one.intents);
    all.errors.push(...one.errors);
    for (const [g, parts] of Object.entries(one.lexicon)) all.lexicon[g] = { ...all.lexicon[g], ...parts };
  }
  if (!files.some((f) => f !== SYNONYMS_FILE)) all.errors.push(`意图目录中没有 .yml 文件：${dir}`);
  return crossCheck(all);
}

/** The YAML parser's commonest messages in the staff's words (the parser's own text kept after it, for the line and column). */
const YAML_ERRORS_ZH: readonly [RegExp, string][] = [
  [/^Map keys must be unique/, '同一层里有重复的名称（例如同义词表里同一个标准词写了两组，请合并成一组）'],
  [/^Nested mappings are not allowed in compact mappings/, '冒号后面的内容需要加引号'],
  [/^Implicit keys need to be on a single line/, '某一行缺少冒号或缩进不对'],
  [/^All collection items must start at the same column/, '列表各项的缩进不一致'],
];

export function yamlErrorInChinese(message: string): string {
  const hit = YAML_ERRORS_ZH.find(([re]) => re.test(message));
  return hit ? `${hit[1]}（${message}）` : message;
}

