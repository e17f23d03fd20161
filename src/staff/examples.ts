/**
 * "Add as example": appends a question to an intent's examples in intents/*.yml, keeping the file's
 * comments and layout (yaml Document API), validated exactly as at load (validateIntentFile and the
 * cross-file duplicate check of loadIntents) BEFORE the file is replaced (atomically, tmp + rename).
 * The caller reloads the core afterwards: intents change without a restart.
 */
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { loadIntents, validateIntentFile } from '../answer/intents.js';
import { normalize } from '../understand/normalize.js';

/** Longest example accepted (a question, not a paragraph). */
export const EXAMPLE_MAX_CHARS = 100;

export class ExampleError extends Error {}

export interface IntentChoice {
  id: string;
  title: string;
  file: string;
}

/** The intents one may add examples to (fallback intents included: "this is out of scope" is a choice too). */
export async function intentChoices(dir: string): Promise<IntentChoice[]> {
  const set = await loadIntents(dir);
  return set.intents.map((i) => ({ id: i.id, title: i.title, file: i.file })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Appends `text` to the examples of intent `id`. Returns the file changed. Throws ExampleError (Chinese). */
export async function addExample(dir: string, id: string, text: string): Promise<string> {
  const example = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!example) throw new ExampleError('例句不能为空');
  if (example.length > EXAMPLE_MAX_CHARS) throw new ExampleError(`例句太长（${example.length} 字，最多 ${EXAMPLE_MAX_CHARS} 字）`);
  const before = await loadIntents(dir);
  const intent = before.intents.find((i) => i.id === id);
  if (!intent) throw new ExampleError(`没有编号为 ${id} 的意图`);
  const key = normalize(example);
  const owner = before.intents.find((i) => i.examples.some((e) => normalize(e) === key));
  if (owner) {
    throw new ExampleError(owner.id === id ? `“${example}”已是 ${id} 的例句` : `“${example}”已是 ${owner.file} 意图 ${owner.id} 的例句，不能重复`);
  }
  const files = (await readdir(dir)).filter((f) => f === intent.file);
  if (!files.length) throw new ExampleError(`找不到意图文件 ${intent.file}`);
  const path = join(dir, intent.file);
  const source = await readFile(path, 'utf8');
  const doc = parseDocument(source);
  const list = doc.get('intents');
  if (!isSeq(list)) throw new ExampleError(`${intent.file}：文件结构不对（缺少 intents 列表）`);
  const node = (list as YAMLSeq).items.find((it) => isMap(it) && (it as YAMLMap).get('id') === id) as YAMLMap | undefined;
  const examples = node?.get('examples');
  if (!node || !isSeq(examples)) throw new ExampleError(`${intent.file}：意图 ${id} 没有 examples 列表`);
  (examples as YAMLSeq).add(doc.createNode(example));
  const out = doc.toString({ lineWidth: 0 });
  // validated as at load: this file alone, then the whole folder with this file replaced
  const one = validateIntentFile(intent.file, parseDocument(out).toJS());
  if (one.errors.length) throw new ExampleError(`修改后的 ${intent.file} 未通过校验：${one.errors.join('；')}`);
  const tmp = join(dir, `.${intent.file}.${process.pid}.tmp`);
  await writeFile(tmp, out, 'utf8');
  await rename(tmp, path);
  const after = await loadIntents(dir);
  const newErrors = after.errors.filter((e) => !before.errors.includes(e));
  if (newErrors.length) {
    await writeFile(tmp, source, 'utf8');
    await rename(tmp, path);
    throw new ExampleError(`添加后意图校验出错，已撤销：${newErrors.join('；')}`);
  }
  return intent.file;
}
