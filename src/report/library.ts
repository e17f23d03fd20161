/** A folder of report files → Report[] with per-file errors. */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLibrary } from './check.js';
import { ReportError } from './errors.js';
import { cacheGet, cachePut, cacheText, pruneCache } from './cache/store.js';
import { readFileBytes } from './extract/index.js';
import { hashBytes, type LoadOutcome } from './load.js';
import { preferred } from './refuse.js';
import { confineToFolder } from './worker/confine.js';
import { loadCopiesIsolated, warmPdfWorkers } from './worker/isolated.js';
import type { LoadError, Report } from './types.js';

export { loadReport } from './load.js';
import { oneNamePerOffice } from './one-name.js';

/** Files read (for their content hash) or looked up in the cache at once: bounds the bytes held. */
const READ_CONCURRENCY = 8;
/** Workers warmed beyond the PDFs missed so far: the next miss is likely, and a slot is cheap to fill. */
const WARM_AHEAD = 1;

/** fn over xs, at most `limit` at a time; results in order. */
async function mapLimit<T, R>(xs: T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(xs.length);
  let next = 0;
  const run = async () => {
    while (next < xs.length) {
      const i = next++;
      out[i] = await fn(xs[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, xs.length) }, run));
  return out;
}

function skipName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^readme/i.test(name) || /~$/.test(name);
}

/**
 * Load every report file of a folder, concurrently. A file that cannot be read becomes a LoadError;
 * it never stops the others. Reports come back sorted by office, then year (newest last).
 *
 * Each file is hashed first: a file whose bytes, name and parser code are those of a cached outcome
 * is not parsed again (cache/store.ts); the others load in workers, byte-identical copies extracted
 * once (load.ts: loadCopies).
 */
export async function loadLibrary(dir: string): Promise<{ reports: Report[]; errors: LoadError[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      reports: [],
      errors: [{ file: dir, message: code === 'ENOENT' ? `报告文件夹不存在：${dir}` : `无法读取报告文件夹 ${dir}（${code ?? String(err)}）` }],
    };
  }
  const files = names.filter((n) => !skipName(n)).sort().map((n) => join(dir, n));

  // 1. the files to load, their content hashes (read here, a few at a time; bytes not kept) and the
  // cache of parsed reports (cache/store.ts: same bytes, same name, same parser code). The first PDF
  // not in the cache starts the report workers, so their start and pdfjs import overlap the rest.
  const outcomes = new Map<string, LoadOutcome>();
  const pdfs = files.filter((f) => extname(f).toLowerCase() === '.pdf').length;
  let pdfMisses = 0;
  const found = await mapLimit(files, READ_CONCURRENCY, async (file): Promise<{ file: string; hash: string } | LoadError | null> => {
    let hash: string;
    try {
      await confineToFolder(dir, file); // symlinks out of the folder are refused
      if (!(await stat(file)).isFile()) return null;
      hash = hashBytes(await readFileBytes(file));
    } catch (err) {
      return { file, message: err instanceof Error ? err.message : String(err) };
    }
    const hit = await cacheGet(hash, file);
    if (hit) outcomes.set(file, hit);
    else if (extname(file).toLowerCase() === '.pdf') warmPdfWorkers(Math.min(pdfs, ++pdfMisses + WARM_AHEAD));
    return { file, hash };
  });
  const toLoad = found.filter((f): f is { file: string; hash: string } => !!f && 'hash' in f);

  // 3. the rest in workers; byte-identical copies of one type are read and extracted once
  const groups = new Map<string, { hash: string; files: string[] }>();
  for (const { file, hash } of toLoad) {
    if (outcomes.has(file)) continue;
    const key = `${hash}${extname(file).toLowerCase()}`;
    const g = groups.get(key) ?? { hash, files: [] };
    g.files.push(file);
    groups.set(key, g);
  }
  const entries: Array<{ hash: string; file: string; text: string }> = [];
  await Promise.all(
    [...groups.values()].map(async ({ hash, files: copies }) => {
      const r = await loadCopiesIsolated(copies); // a worker with a memory cap and a time limit
      copies.forEach((file, i) => {
        const outcome = r.outcomes[i]!;
        outcomes.set(file, outcome);
        const text = r.hash === hash ? cacheText(hash, file, outcome) : undefined; // the bytes changed meanwhile: not cached
        if (text) entries.push({ hash, file, text });
      });
    }),
  );
  if (entries.length) {
    await mapLimit(entries, READ_CONCURRENCY, (e) => cachePut(e.hash, e.file, e.text));
    await pruneCache();
  }

  const results = found.map((f): Report | LoadError | null => {
    if (!f || !('hash' in f)) return f;
    const o = outcomes.get(f.file)!;
    return o.ok ? o.report : { file: f.file, message: new ReportError(f.file, o.reason).message };
  });
  // (one office named with and without its county in different years: one name, src/report/one-name.ts)
  const reports = oneNamePerOffice(results.filter((r): r is Report => !!r && 'values' in r));
  const errors = results.filter((r): r is LoadError => !!r && !('values' in r));

  // The same report loaded twice (a copy "副本.TXT", or the .docx and .pdf of one report): keep the
  // file whose name agrees with its content (refuse.ts: preferred), report the other.
  const byId = new Map<string, Report>();
  for (const r of reports) {
    const dup = byId.get(r.id);
    const keep = dup ? preferred(dup, r) : r;
    const drop = dup && (keep === r ? dup : r);
    if (drop) errors.push({ file: drop.file, message: `${basename(drop.file)}：与 ${basename(keep.file)} 是同一份报告（${r.id}），已忽略，使用 ${basename(keep.file)}` });
    byId.set(r.id, keep);
  }
  const unique = [...byId.values()];
  for (const [id, list] of checkLibrary(unique)) byId.get(id)?.findings.push(...list);
  unique.sort((a, b) => a.office.localeCompare(b.office, 'zh') || (a.year ?? 0) - (b.year ?? 0));
  return { reports: unique, errors };
}

/** Folder of reports: `--reports DIR`, else $DISCLOSURE_REPORTS_DIR, else data/reports of the package. */
export function resolveReportsDir(args: string[] = [], env: NodeJS.ProcessEnv = process.env): string {
  let fromArgs: string | undefined;
  try {
    const { values } = parseArgs({ args, options: { reports: { type: 'string' } }, strict: false, allowPositionals: true });
    if (typeof values.reports === 'string') fromArgs = values.reports;
  } catch {
    fromArgs = undefined;
  }
  if (fromArgs) return resolve(fromArgs);
  if (env.DISCLOSURE_REPORTS_DIR) return resolve(env.DISCLOSURE_REPORTS_DIR);
  return defaultReportsDir();
}

/** data/reports of the package, from this module's location (src/report or dist/report). */
export function defaultReportsDir(): string {
  return fileURLToPath(new URL('../../data/reports/', import.meta.url)).replace(/[\\/]$/, '');
}

// Picking a report for a question (office, year, default office) is the core's job: src/core/select.ts.

