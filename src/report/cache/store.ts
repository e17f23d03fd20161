/**
 * The cache of parsed reports (issue 15: 1,000 reports start in seconds, not minutes). An entry is the
 * outcome of loading one file — its Report, or the lasting reason it was refused (not a report, a
 * template, a scan…) — keyed by the file's content hash, its name (the name can give the office and
 * year) and the parser version (version.ts). Transient refusals (time limits, unreadable files) are
 * never stored.
 *
 * Where: $DISCLOSURE_CACHE_DIR, else node_modules/.cache/disclosure-bot/reports of the package, else
 * (not writable) a folder in the system's temp dir. DISCLOSURE_CACHE=0 turns it off; under vitest it
 * is off unless a test turns it on (setReportCache), so tests always parse.
 *
 * An entry is read only when it parses, names the same hash, name and version, and has the shape of
 * an outcome (shape.ts); anything else is deleted and rebuilt. Entries are written to a temp file and
 * renamed, so a reader never sees half an entry. The folder is kept under MAX_CACHE_BYTES: entries of
 * other parser versions go first, then the oldest.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { basename, join } from 'node:path';
import type { LoadOutcome } from '../load.js';
import { isCachedOutcome } from './shape.js';
import { CACHE_FORMAT, packageRoot, parserVersion } from './version.js';

/**
 * Bytes of the whole cache folder. An entry is 10–60 KB (a report's passages and figures), so 1,000
 * reports are ~50 MB; the bound leaves room for a few parser versions and refused files while a
 * folder of junk can never fill the disk.
 */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

export interface CacheSettings {
  /** Folder of the entries; null: no cache. */
  dir: string | null;
  maxBytes: number;
}

interface Entry {
  format: number;
  version: string;
  hash: string;
  name: string;
  outcome: LoadOutcome;
}

function defaultSettings(env: NodeJS.ProcessEnv = process.env): CacheSettings {
  const off = env.DISCLOSURE_CACHE === '0' || (!!env.VITEST && !env.DISCLOSURE_CACHE_DIR && env.DISCLOSURE_CACHE !== '1');
  const dir = env.DISCLOSURE_CACHE_DIR || join(packageRoot(), 'node_modules', '.cache', 'disclosure-bot', 'reports');
  return { dir: off ? null : dir, maxBytes: MAX_CACHE_BYTES };
}

let settings: CacheSettings = defaultSettings();
let usable: Promise<string | null> | undefined;

/** Changes where (or whether) the cache is kept (tests, bench). Returns the settings before. */
export function setReportCache(next: Partial<CacheSettings>): CacheSettings {
  const before = { ...settings };
  settings = { ...settings, ...next };
  usable = undefined;
  return before;
}

/** The folder entries of this parser version go to: the configured one, else the temp dir; null: none. */
async function versionDir(): Promise<string | null> {
  usable ??= (async () => {
    if (!settings.dir) return null;
    const version = parserVersion();
    const tmp = join(os.tmpdir(), `disclosure-bot-cache-${process.getuid?.() ?? 'user'}`, 'reports');
    for (const root of settings.dir === tmp ? [tmp] : [settings.dir, tmp]) {
      try {
        const dir = join(root, version);
        await mkdir(dir, { recursive: true });
        await access(dir, constants.W_OK);
        return dir;
      } catch {
        // not writable (a read-only install): try the next place
      }
    }
    return null;
  })();
  return usable;
}

function keyOf(hash: string, name: string): string {
  return createHash('sha256').update(`${hash}\0${name}`).digest('hex').slice(0, 40);
}

/** The cached outcome of the file named `file` holding bytes of `hash`, or undefined (a miss). */
export async function cacheGet(hash: string, file: string): Promise<LoadOutcome | undefined> {
  const dir = await versionDir();
  if (!dir) return undefined;
  const name = basename(file);
  const path = join(dir, `${keyOf(hash, name)}.json`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const e = JSON.parse(text) as Partial<Entry>;
    if (e.format === CACHE_FORMAT && e.version === parserVersion() && e.hash === hash && e.name === name && isCachedOutcome(e.outcome)) {
      return e.outcome.ok ? { ok: true, report: { ...e.outcome.report, file } } : e.outcome;
    }
  } catch {
    // not JSON: a cut-short or foreign file
  }
  await unlink(path).catch(() => undefined); // never trusted: rebuilt on this load
  return undefined;
}

/**
 * Serialises an outcome for the cache now (before the library adds its findings to the report);
 * undefined when it is not to be kept (a transient refusal).
 */
export function cacheText(hash: string, file: string, outcome: LoadOutcome): string | undefined {
  if (!outcome.ok && outcome.transient) return undefined;
  const entry: Entry = { format: CACHE_FORMAT, version: parserVersion(), hash, name: basename(file), outcome };
  return JSON.stringify(entry);
}

/** Writes an entry made by cacheText (errors ignored: a cache that cannot be written is no cache). */
export async function cachePut(hash: string, file: string, text: string): Promise<void> {
  const dir = await versionDir();
  if (!dir) return;
  const path = join(dir, `${keyOf(hash, basename(file))}.json`);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch {
    await rm(tmp, { force: true }).catch(() => undefined);
  }
}

/** Keeps the cache folder under maxBytes: other parser versions' entries first, then the oldest. */
export async function pruneCache(): Promise<void> {
  const dir = await versionDir();
  if (!dir) return;
  const root = join(dir, '..');
  const current = basename(dir);
  const files: Array<{ path: string; size: number; mtime: number; other: boolean }> = [];
  try {
    for (const v of await readdir(root)) {
      const vdir = join(root, v);
      let names: string[];
      try {
        names = await readdir(vdir);
      } catch {
        continue; // not a folder
      }
      for (const n of names) {
        try {
          const s = await stat(join(vdir, n));
          if (s.isFile()) files.push({ path: join(vdir, n), size: s.size, mtime: s.mtimeMs, other: v !== current });
        } catch {
          // gone meanwhile
        }
      }
    }
  } catch {
    return;
  }
  let total = files.reduce((a, f) => a + f.size, 0);
  if (total <= settings.maxBytes) return;
  files.sort((a, b) => Number(b.other) - Number(a.other) || a.mtime - b.mtime);
  for (const f of files) {
    if (total <= settings.maxBytes) break;
    await unlink(f.path).catch(() => undefined);
    total -= f.size;
  }
}
