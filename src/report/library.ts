/** A folder of report files → Report[] with per-file errors. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLibrary } from './check.js';
import { ReportError } from './errors.js';
import { readDocument } from './extract/index.js';
import { checkDocument } from './limits.js';
import { parseReport } from './parse.js';
import { preferred, refuseNotReport, refuseUnreadable } from './refuse.js';
import { markImpossible } from './sanity.js';
import { confineToFolder } from './worker/confine.js';
import { loadReportIsolated } from './worker/isolated.js';
import { drainPool } from './worker/pool.js';
import type { LoadError, Report } from './types.js';

/**
 * Read, parse and check one report file. Throws ReportError naming the file: unreadable, over a
 * limit (limits.ts), no readable Chinese text (a scan, garbled fonts), or no report (refuse.ts).
 */
export async function loadReport(file: string): Promise<Report> {
  const doc = await readDocument(file);
  checkDocument(doc);
  refuseUnreadable(doc);
  let report: Report;
  try {
    report = markImpossible(parseReport(doc));
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw new ReportError(file, `解析失败（${err instanceof Error ? err.message : String(err)}）`);
  }
  refuseNotReport(doc, report);
  return report;
}

function skipName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^readme/i.test(name) || /~$/.test(name);
}

/**
 * Load every report file of a folder, concurrently. A file that cannot be read becomes a LoadError;
 * it never stops the others. Reports come back sorted by office, then year (newest last).
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
  const results = await Promise.all(
    files.map(async (file): Promise<Report | LoadError | null> => {
      try {
        await confineToFolder(dir, file); // symlinks out of the folder are refused
        if (!(await stat(file)).isFile()) return null;
        return await loadReportIsolated(file); // a worker with a memory cap and a time limit
      } catch (err) {
        return { file, message: err instanceof Error ? err.message : String(err) };
      }
    }),
  );
  await drainPool(); // the load is over: end the idle report workers
  const reports = results.filter((r): r is Report => !!r && 'values' in r);
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

