/**
 * The classifier's texts of the intent examples (knowledge.ts: classifierText of each example, synonyms
 * applied), kept on disk between starts (issue 15, cold start: making them is ~80 ms of a ~650 ms start,
 * ~3,000 examples each read for report names, years and figure words).
 *
 * The texts are a function of the examples, the synonym table and the lexicon, the reports' names and
 * years (refs), the day (relative years: 去年), jieba's dictionary (the lean dictionary is the base plus the
 * words of the bot's material, so the material keys it) and the code that reads them (src/understand, or
 * dist/understand, with knowledge.ts, patterns.ts and the report format beside it, and the packages they
 * use). The key is a hash of all of these, so a hit gives exactly the texts a miss would make.
 *
 * Where: node_modules/.cache/disclosure-bot/examples (cache-dirs.ts), off under tests unless asked for and
 * with DISCLOSURE_CACHE=0. A cache that cannot be read or written is never an error: the texts are made.
 * An entry is ~150 KB; the newest 8 are kept.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashCodeAndPackages, keepNewest, toolCacheDirs, writeFirst } from '../cache-dirs.js';
import type { IntentSet } from '../answer/intents.js';
import { materialKey } from '../understand/lean-dict.js';
import type { ReportRef } from '../understand/slots.js';

/** Bump when an entry's shape changes. */
const FORMAT = 1;
const PREFIX = 'examples-';
/** Entries kept per folder (a deployment's reports change a few times a year; tests and tools add more). */
const MAX_ENTRIES = 8;

/** Code besides the understand folder that the texts depend on (relative to this module). */
const CODE = ['./knowledge.js', './patterns.js', './example-texts.js', '../report/format.js'];
/** Packages whose output the texts depend on (segmentation, sounds, traditional → simplified). */
const PACKAGES = ['@node-rs/jieba', 'pinyin-pro', 'opencc-js'];
const CODE_FILE = /\.(?:js|ts)$/;

let codeKey: string | undefined;

/** Hash of the understand folder, the files of CODE and the packages' versions (once per process). */
function codeHash(): string {
  if (codeKey) return codeKey;
  const h = createHash('sha256').update(`format ${FORMAT}\n`);
  const understand = fileURLToPath(new URL('../understand/', import.meta.url));
  for (const f of readdirSync(understand).filter((x) => CODE_FILE.test(x) && !x.endsWith('.d.ts')).sort()) {
    h.update(`${f}\n`).update(readFileSync(join(understand, f)));
  }
  hashCodeAndPackages(h, import.meta.url, CODE, PACKAGES);
  return (codeKey = h.digest('hex'));
}

/** The day as the reading of relative years sees it (local date). */
function dayOf(now: Date): string {
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/** JSON with regular expressions and Maps written out (the lexicon holds both). */
function stable(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x instanceof RegExp ? `/${x.source}/${x.flags}` : x instanceof Map ? [...x] : x));
}

export function exampleTextsKey(set: IntentSet, refs: ReportRef[], now: Date, material: string[]): string {
  const h = createHash('sha256').update(codeHash()).update(`\u0000${dayOf(now)}\u0000${process.env.DISCLOSURE_JIEBA ?? ''}`);
  h.update(`\u0000${stable(set.intents.map((i) => i.examples))}`);
  h.update(`\u0000${stable(set.synonyms ?? null)}\u0000${stable(set.lexicon)}\u0000${stable(refs)}`);
  h.update(`\u0000${materialKey(material)}`);
  return h.digest('hex').slice(0, 32);
}

function cacheDirs(): string[] {
  return toolCacheDirs('examples');
}

/** The kept texts, when they fit the set (one list per intent, one text per example). */
function readKept(key: string, set: IntentSet, dirs: string[]): string[][] | undefined {
  for (const dir of dirs) {
    try {
      const c = JSON.parse(readFileSync(join(dir, `${PREFIX}${key}.json`), 'utf8')) as { format: number; texts: string[][] };
      if (c.format !== FORMAT || c.texts.length !== set.intents.length) continue;
      if (c.texts.some((t, i) => !Array.isArray(t) || t.length !== set.intents[i]!.examples.length || t.some((x) => typeof x !== 'string'))) continue;
      return c.texts;
    } catch {
      // not there (or unreadable): the next folder, else a miss
    }
  }
  return undefined;
}

/**
 * The classifier texts of every intent's examples: kept ones when the key matches, else `make`'s (then
 * kept). `material` is what the lean jieba dictionary was made from (knowledge.ts: materialOf).
 */
export function exampleTexts(
  set: IntentSet,
  refs: ReportRef[],
  now: Date,
  material: string[],
  make: () => string[][],
  dirs: string[] = cacheDirs(),
): string[][] {
  if (!dirs.length) return make();
  const key = exampleTextsKey(set, refs, now, material);
  const kept = readKept(key, set, dirs);
  if (kept) return kept;
  const texts = make();
  writeFirst(dirs, `${PREFIX}${key}.json`, JSON.stringify({ format: FORMAT, texts }), (dir) => keepNewest(dir, PREFIX, '.json', MAX_ENTRIES));
  return texts;
}
