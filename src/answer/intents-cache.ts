/**
 * Validated intents kept on disk between starts: the IntentSet of intents/*.yml (synonyms.yml
 * included) as JSON, under a key that is the hash of every file of the folder and of the code that reads
 * and validates them. A start with unchanged files reads one JSON file and never imports yaml or zod
 * (about a third of the start-up CPU); a changed file, or a changed validator, misses the cache and is
 * read, validated and explained by src/answer/intents.ts as before.
 *
 * Where: node_modules/.cache/disclosure-bot/intents of the package (the usual place for tool caches;
 * the report cache keeps its entries beside it, in …/reports), or the system's temporary folder when
 * that is not writable; DISCLOSURE_CACHE=0 turns it off. A cache that cannot be read or written is
 * never an error: the intents are then loaded the slow way. An entry is ~40 KB; the newest 8 are kept.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashCodeAndPackages, keepNewest, toolCacheDirs, writeFirst } from '../cache-dirs.js';
import { normalize, primeNormalize } from '../understand/normalize.js';
import type { IntentSet } from './intents.js';

/** Default intents folder of the package (works from src/ and dist/). */
export function defaultIntentsDir(): string {
  return fileURLToPath(new URL('../../intents', import.meta.url));
}

/** Bump when the cached JSON changes shape. */
const FORMAT = 2;
const PREFIX = 'intents-';

/**
 * The code whose output is cached: the loader and validator, the synonym validator and table, normalize() (it
 * rewrites lexicon phrases and example keys, and asks pinyin-syllables.ts whether a text is pinyin) and the report format (the allowed lexicon parts), each
 * next to this file; and the packages they use.
 */
const CODE = ['./intents-cache.js', './intents.js', '../understand/synonyms-validate.js', '../understand/synonyms.js', '../understand/normalize.js', '../understand/pinyin-syllables.js', '../report/format.js'];
const PACKAGES = ['yaml', 'zod', 'opencc-js'];

let codeKey: string | undefined;

function codeHash(): string {
  if (codeKey) return codeKey;
  const h = hashCodeAndPackages(createHash('sha256').update(`format ${FORMAT}\n`), import.meta.url, CODE, PACKAGES);
  return (codeKey = h.digest('hex'));
}

/** The folders tried for the cache, in order; none when DISCLOSURE_CACHE=0 (as for the report cache). */
export function cacheDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  // off under vitest unless asked for (tests load their own intents folders; the cache test passes its folders)
  return toolCacheDirs('intents', env);
}

// ---------------------------------------------------------------- JSON form

/**
 * The IntentSet as JSON, exactly: regular expressions, the synonym Map and members that are present but
 * undefined (an intent's `match`) are written as tagged objects, so the set read back has the same
 * members in the same order. Validated content never holds objects with these tags.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function encode(v: unknown): Json {
  if (v === undefined) return { $undefined: true };
  if (v instanceof RegExp) return { $regexp: [v.source, v.flags] };
  if (v instanceof Map) return { $map: [...v].map(([k, x]) => [encode(k), encode(x)]) };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') {
    const out: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) out[k] = encode(x);
    return out;
  }
  return v as Json;
}

function decode(v: Json): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    if ('$undefined' in v) return undefined;
    if ('$regexp' in v) {
      const [source, flags] = v.$regexp as [string, string];
      return new RegExp(source, flags);
    }
    if ('$map' in v) return new Map((v.$map as [Json, Json][]).map(([k, x]) => [decode(k), decode(x)]));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = decode(x);
    return out;
  }
  return v;
}

// ---------------------------------------------------------------- load

export interface IntentFile {
  name: string;
  text: string;
}

/** The folder's *.yml / *.yaml files, sorted by name; null when the folder cannot be read. */
export async function readIntentFiles(dir: string): Promise<IntentFile[] | null> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch {
    return null;
  }
  const files: IntentFile[] = [];
  for (const name of names) {
    try {
      files.push({ name, text: await readFile(join(dir, name), 'utf8') });
    } catch {
      return null; // unreadable: the loader says which and why
    }
  }
  return files;
}

function keyOf(dir: string, files: IntentFile[]): string {
  // the folder too: its name is part of some messages
  const h = createHash('sha256').update(codeHash()).update(`\u0000${dir}`);
  for (const f of files) h.update(`\u0000${f.name}\u0000${f.text.length}\u0000${f.text}`);
  return h.digest('hex').slice(0, 32);
}

/**
 * The texts start-up normalises (examples, titles, answers: knowledge.ts) with their normal form: kept
 * with the set, they are put back into normalize()'s memo instead of being converted again.
 */
function normalForms(set: IntentSet): [string, string][] {
  const texts = new Set<string>();
  for (const it of set.intents) for (const t of [...it.examples, it.title, it.answer ?? '']) texts.add(t);
  return [...texts].map((t) => [t, normalize(t)]);
}

function readCache(key: string, dirs: string[]): IntentSet | undefined {
  for (const dir of dirs) {
    try {
      const c = JSON.parse(readFileSync(join(dir, `${PREFIX}${key}.json`), 'utf8')) as { format: number; set: Json; normal?: [string, string][] };
      if (c.format !== FORMAT) continue;
      const set = decode(c.set) as IntentSet;
      primeNormalize(c.normal ?? []);
      return set;
    } catch {
      // not there (or unreadable): the next folder, else a miss
    }
  }
  return undefined;
}

/** Entries kept per folder (several intents folders, e.g. the package's and a deployment's; older versions go). */
const MAX_ENTRIES = 8;

function writeCache(key: string, set: IntentSet, dirs: string[]): void {
  const body = JSON.stringify({ format: FORMAT, set: encode(set), normal: normalForms(set) });
  writeFirst(dirs, `${PREFIX}${key}.json`, body, (dir) => keepNewest(dir, PREFIX, '.json', MAX_ENTRIES));
}

/**
 * The validated intents of a folder: from the cache when neither the files nor the validator changed,
 * else loaded by src/answer/intents.ts (yaml and zod imported then) and cached. Same result either way.
 */
export async function loadIntentsCached(dir = defaultIntentsDir(), opts: { cacheDirs?: string[] } = {}): Promise<IntentSet> {
  const dirs = opts.cacheDirs ?? cacheDirs();
  const files = dirs.length ? await readIntentFiles(dir) : null;
  const key = files ? keyOf(dir, files) : undefined;
  const hit = key ? readCache(key, dirs) : undefined;
  if (hit) return hit;
  const { loadIntents } = await import('./intents.js');
  const set = await loadIntents(dir, files ?? undefined);
  if (key) writeCache(key, set, dirs);
  return set;
}
