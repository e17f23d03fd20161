/**
 * A lean jieba dictionary (issue 15, peak RSS): jieba's own dictionary has 349,045 words and costs
 * ~35–40 MB of native memory in the process; most of them never meet a question about a disclosure
 * report. The lean dictionary keeps
 *   1. the LEAN_TOP most frequent words and every single character (a character's own frequency
 *      weighs in every cut it is part of), and the words that jieba cuts into single characters even
 *      when they stand alone (问下, 7,800 of them): never a token themselves, they still keep jieba's
 *      guessing of unknown words from gluing those characters together (问/下, not 问下);
 *   2. every word of jieba's dictionary that occurs in the bot's own material — intents, domain terms,
 *      the reports it loaded — found with the full dictionary's full-mode cut;
 *   3. one placeholder word that never occurs in text and carries the frequency of every word left
 *      out, so the dictionary's total, and with it every word's weight, is the full dictionary's.
 * A text that holds no left-out word (every word the reports and intents use) is cut exactly as with
 * the full dictionary: its candidate words and their weights are the same. A question with a rare word
 * of its own (通讯录, 拜拜) may be cut differently.
 *
 * Both parts are kept on disk (cache-dirs.ts, "jieba"): the base (1 and 3, ~0.9 MB, made in ~0.9 s
 * with the full dictionary) under the jieba version, and the material words under the hash of the
 * material (made in ~0.3 s with the full dictionary). The full dictionary is then dropped. DISCLOSURE_CACHE=0 makes both
 * each time; DISCLOSURE_JIEBA=full keeps the whole dictionary (for comparison).
 */
import { createHash } from 'node:crypto';
import { readFileSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { keepNewest, toolCacheDirs, writeFirst } from '../cache-dirs.js';

/**
 * Most frequent words kept whatever the material: 50,000 keep the everyday words of questions that
 * the material lacks (its words come back with part 2). With the material words this dictionary is
 * ~62,000 words, ~6 MB of native memory instead of ~35 MB.
 */
export const LEAN_TOP = 50_000;
/** A word no text holds (private-use characters): the frequency of the words left out. */
export const PLACEHOLDER = '\uE000\uE001';
/** Bump when a file's content or layout changes. */
const FORMAT = 1;
/**
 * Material files kept per folder, the least recently used going first (a file is touched when read):
 * each report folder and intents folder in use has one (a few KB; ~100 KB for 1,000 reports), and a
 * miss loads the full dictionary for a moment, so the sets in turn (tests, eval, several bots) stay.
 */
const MAX_MATERIAL_FILES = 32;

const require = createRequire(import.meta.url);

/** The files depend on the jieba package and the material alone: kept under tests too (each would take ~1 s). */
const jiebaCacheDirs = () => toolCacheDirs('jieba', process.env, { underTests: true });

function jiebaPackage(): { dir: string; version: string } {
  const dir = dirname(require.resolve('@node-rs/jieba'));
  let version = '?';
  try {
    version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // unknown version: the dictionary's size still keys the files
  }
  return { dir, version };
}

/**
 * jieba's dictionary read directly (the package's dict.js also reads the 6 MB idf.txt, which we never
 * use).
 */
export function fullDictionary(): Buffer {
  return readFileSync(join(jiebaPackage().dir, 'dict.txt'));
}

/** "word freq tag" lines of dict.txt, with the parsed word and frequency. */
function* entries(dict: string): Generator<{ line: string; word: string; freq: number }> {
  let at = 0;
  while (at < dict.length) {
    let end = dict.indexOf('\n', at);
    if (end < 0) end = dict.length;
    const line = dict.slice(at, end).trim();
    at = end + 1;
    if (!line) continue;
    const [word = '', freq = '0'] = line.split(' ');
    yield { line, word, freq: Number(freq) || 0 };
  }
}

function readFirst(dirs: string[], name: string): string | undefined {
  for (const dir of dirs) {
    try {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      try {
        const now = new Date();
        utimesSync(file, now, now); // recently used: pruned last
      } catch {
        // a read-only cache still serves
      }
      return text;
    } catch {
      // not there: the next folder
    }
  }
  return undefined;
}

export interface LeanBase {
  /** Dictionary lines: the top words and single characters, in dict.txt order, then the placeholder. */
  text: string;
  /** Sum of the frequencies of the whole dictionary. */
  total: number;
  /** Sum of the frequencies of the words kept. */
  kept: number;
}

/** Part 1 and 3 from dict.txt (see the module comment). */
export function makeBase(dict: string, top = LEAN_TOP, cutAlone?: (word: string) => string[]): LeanBase {
  const freqs: number[] = [];
  let total = 0;
  for (const e of entries(dict)) {
    total += e.freq;
    if ([...e.word].length > 1) freqs.push(e.freq);
  }
  // the frequency of the top-th word; words at it are kept in dict.txt order until `top` are
  const sorted = freqs.sort((a, b) => b - a);
  const cut = sorted[Math.min(top, sorted.length) - 1] ?? 0;
  let above = 0;
  for (const f of sorted) if (f > cut) above++;
  let atCut = top - above;
  const lines: string[] = [];
  let kept = 0;
  for (const e of entries(dict)) {
    const single = [...e.word].length <= 1;
    const frequent = e.freq > cut || (e.freq === cut && atCut-- > 0);
    const keep = single || frequent || (cutAlone !== undefined && cutAlone(e.word).every((w) => [...w].length === 1));
    if (!keep) continue;
    lines.push(e.line);
    kept += e.freq;
  }
  lines.push(`${PLACEHOLDER} ${total - kept} x`);
  return { text: lines.join('\n') + '\n', total, kept };
}

/** The base, from the folders or made (and kept) from dict.txt. */
export function leanBase(dirs: string[] = jiebaCacheDirs()): LeanBase {
  const { version } = jiebaPackage();
  const name = `base-${FORMAT}-${version}-${LEAN_TOP}.txt`;
  const kept = readFirst(dirs, name);
  if (kept !== undefined) {
    const nl = kept.indexOf('\n');
    const head = /^# total (\d+) kept (\d+)$/.exec(kept.slice(0, nl));
    if (head) return { text: kept.slice(nl + 1), total: Number(head[1]), kept: Number(head[2]) };
  }
  const dict = fullDictionary();
  const full = Jieba.withDict(dict);
  const base = makeBase(dict.toString('utf8'), LEAN_TOP, (w) => full.cut(w, false));
  writeFirst(dirs, name, `# total ${base.total} kept ${base.kept}\n${base.text}`);
  return base;
}

/** Hashes of material arrays already hashed (knowledge.ts keys its example texts by the same material: hashed once). */
const materialKeys = new WeakMap<readonly string[], string>();

/** The material's key (with the jieba version and the lean dictionary's size): what the lean dictionary is made from. */
export function materialKey(material: readonly string[]): string {
  let key = materialKeys.get(material);
  if (key === undefined) {
    const h = createHash('sha256').update(`${FORMAT}\u0000${jiebaPackage().version}\u0000${LEAN_TOP}`);
    for (const t of material) h.update('\u0000').update(t);
    materialKeys.set(material, (key = h.digest('hex').slice(0, 32)));
  }
  return key;
}

/**
 * Part 2: the lines of dict.txt ("word freq tag") for the words of jieba's dictionary that occur in
 * `material` and are not in the base (several characters), from the folders or found with the full
 * dictionary (and kept).
 */
export function materialWords(material: string[], base: () => LeanBase, dirs: string[] = jiebaCacheDirs()): string[] {
  const name = `material-${materialKey(material)}.txt`;
  const kept = readFirst(dirs, name);
  if (kept !== undefined && kept.startsWith('# material\n')) return kept.split('\n').slice(1).filter(Boolean);
  const dict = fullDictionary();
  const full = Jieba.withDict(dict);
  const found = new Set<string>();
  for (const t of material) for (const w of full.cutAll(t)) if (w.length > 1) found.add(w);
  const inBase = new Set<string>();
  for (const e of entries(base().text)) inBase.add(e.word);
  const lines: string[] = [];
  for (const e of entries(dict.toString('utf8'))) if (found.has(e.word) && !inBase.has(e.word)) lines.push(e.line);
  writeFirst(dirs, name, `# material\n${lines.join('\n')}\n`, (dir) => keepNewest(dir, 'material-', '', MAX_MATERIAL_FILES));
  return lines;
}
