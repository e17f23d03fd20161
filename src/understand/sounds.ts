/**
 * The sounds the typo pass compares (typos.ts), from pinyin-pro: every toneless reading of a character
 * (长 → chang, zhang) and the toneless syllables of each domain term, read as a word (银行 → yin hang).
 *
 * pinyin-pro holds its dictionaries in the heap (~8 MB, ~20 MB of the batch path's peak RSS), so what
 * the typo pass needs from it is kept on disk, as two plain files under the pinyin-pro version:
 *   - readings: every Han character whose readings are not just itself, one line each ("长chang zhang",
 *     ~160 KB, made once in ~0.3 s);
 *   - the syllables of one list of terms, under the hash of the list (terms change with the intents and
 *     the reports' office names).
 * A process that finds both never loads pinyin-pro; one that misses loads it, answers from it and writes
 * the files. The answers are the same either way: the files hold exactly what pinyin-pro returns.
 *
 * Where: node_modules/.cache/disclosure-bot/sounds of the package, or the system's temporary folder when
 * that is not writable (cache-dirs.ts); DISCLOSURE_CACHE=0 turns it off (pinyin-pro is then used directly).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { keepNewest, toolCacheDirs, writeFirst } from '../cache-dirs.js';
import { inCodePointOrder, lineOf } from './readings-search.js';

type PinyinFn = (text: string, opts: Record<string, unknown>) => string[] | string;

/** Bump when a file's content or layout changes. */
const FORMAT = 1;
/** Term lists kept per folder (a few intents folders or report sets in turn). */
const MAX_TERM_FILES = 8;

const require = createRequire(import.meta.url);
let pinyinFn: PinyinFn | undefined;
let loads = 0;

/** pinyin-pro costs ~0.1 s to load: only when a sound is needed and the files do not have it. */
function pinyin(): PinyinFn {
  if (!pinyinFn) {
    pinyinFn = (require('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
    loads++;
  }
  return pinyinFn;
}

/** Times pinyin-pro was loaded in this process (0 or 1; tests: the files spare it). */
export function pinyinLoads(): number {
  return loads;
}

let version: string | undefined;
function pinyinVersion(): string {
  try {
    version ??= (require('pinyin-pro/package.json') as { version: string }).version;
  } catch {
    version = '?';
  }
  return version;
}

/** Every toneless reading of one character, straight from pinyin-pro (itself when it has none). */
function readingsFromPinyin(ch: string): string[] {
  const out = pinyin()(ch, { toneType: 'none', type: 'array', multiple: true }) as string[];
  return [...new Set(out.length ? out : [ch])];
}

const HAN = /^\p{Script=Han}$/u;

/** The readings file: "\n" + one line per Han character whose readings are not just itself. */
export function makeReadingsTable(): string {
  const lines: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (!HAN.test(ch)) continue;
    const r = readingsFromPinyin(ch);
    if (r.length === 1 && r[0] === ch) continue;
    lines.push(ch + r.join(' '));
  }
  return `\n${lines.join('\n')}\n`;
}

/** A file of the folders, or undefined. */
function readFirst(dirs: string[], name: string): string | undefined {
  for (const dir of dirs) {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      // not there (or unreadable): the next folder
    }
  }
  return undefined;
}

/** The newest MAX_TERM_FILES term files of a folder stay. */
function pruneTerms(dirs: string[]): void {
  for (const dir of dirs) {
    try {
      keepNewest(dir, 'terms-', '.json', MAX_TERM_FILES);
    } catch {
      // nothing to prune
    }
  }
}

/**
 * Where the sounds come from for one TypoIndex: the files in `dirs` (made when missing), or pinyin-pro
 * itself when `dirs` is empty (cache off).
 */
export class Sounds {
  private table: string | undefined;
  /** The table is in code point order (as made): looked up by binary search (readings-search.ts). */
  private sorted: boolean | undefined;
  private memo = new Map<string, string[]>();

  constructor(private dirs: string[] = toolCacheDirs('sounds')) {}

  private readingsFile(): string {
    return `readings-${FORMAT}-${pinyinVersion()}.txt`;
  }

  /** The readings table: read, or made (and written) when missing; undefined when the cache is off. */
  private readingsTable(): string | undefined {
    if (this.table !== undefined || !this.dirs.length) return this.table;
    const name = this.readingsFile();
    let table = readFirst(this.dirs, name);
    if (table === undefined || !table.startsWith('\n')) {
      table = makeReadingsTable();
      writeFirst(this.dirs, name, table);
    }
    return (this.table = table);
  }

  /** Every toneless reading of one character (長 → chang, zhang); the character itself when it has none. */
  readings(ch: string): string[] {
    let r = this.memo.get(ch);
    if (r) return r;
    const table = this.readingsTable();
    if (table === undefined) r = readingsFromPinyin(ch);
    else {
      // a lone surrogate (half of a rare character) has no reading: pinyin-pro returns it as is
      const lone = ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff;
      const cp = ch.codePointAt(0) ?? 0;
      const oneChar = ch.length === (cp > 0xffff ? 2 : 1);
      this.sorted ??= inCodePointOrder(table);
      const at = lone ? -1 : oneChar && this.sorted ? lineOf(table, cp) : table.indexOf(`\n${ch}`);
      r = at < 0 ? [ch] : table.slice(at + 1 + ch.length, table.indexOf('\n', at + 1)).split(' ');
    }
    this.memo.set(ch, r);
    return r;
  }

  /** The toneless syllables of each term read as a word, in order. */
  syllables(terms: string[]): string[][] {
    const compute = () => terms.map((t) => pinyin()(t, { toneType: 'none', type: 'array' }) as string[]);
    if (!this.dirs.length) return compute();
    const key = createHash('sha256').update(`${FORMAT}\u0000${pinyinVersion()}\u0000${terms.join('\u0000')}`).digest('hex').slice(0, 32);
    const name = `terms-${key}.json`;
    const text = readFirst(this.dirs, name);
    if (text !== undefined) {
      try {
        const kept = JSON.parse(text) as unknown;
        if (Array.isArray(kept) && kept.length === terms.length && kept.every((s) => Array.isArray(s) && s.every((x) => typeof x === 'string'))) {
          return kept as string[][];
        }
      } catch {
        // a broken file is made again below
      }
    }
    const out = compute();
    writeFirst(this.dirs, name, JSON.stringify(out));
    pruneTerms(this.dirs);
    this.readingsTable(); // pinyin-pro is loaded now: the table too, if it is missing
    return out;
  }
}
