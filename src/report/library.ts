/** A folder of report files → Report[] with per-file errors; picking a report by office/year. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLibrary } from './check.js';
import { ReportError } from './errors.js';
import { readDocument } from './extract/index.js';
import { parseReport } from './parse.js';
import type { LoadError, Report } from './types.js';

/** Read, parse and check one report file. Throws ReportError naming the file. */
export async function loadReport(file: string): Promise<Report> {
  const doc = await readDocument(file);
  try {
    return parseReport(doc);
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw new ReportError(file, `解析失败（${err instanceof Error ? err.message : String(err)}）`);
  }
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
        if (!(await stat(file)).isFile()) return null;
        return await loadReport(file);
      } catch (err) {
        return { file, message: err instanceof Error ? err.message : String(err) };
      }
    }),
  );
  const reports = results.filter((r): r is Report => !!r && 'values' in r);
  const errors = results.filter((r): r is LoadError => !!r && !('values' in r));

  // The same report loaded twice (e.g. .docx and .pdf of one report): keep the first, report the other.
  const byId = new Map<string, Report>();
  const unique: Report[] = [];
  for (const r of reports) {
    const dup = byId.get(r.id);
    if (dup) {
      errors.push({ file: r.file, message: `${basename(r.file)}：与 ${basename(dup.file)} 是同一份报告（${r.id}），已忽略` });
      continue;
    }
    byId.set(r.id, r);
    unique.push(r);
  }
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

function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Does `report` match an office name as a citizen or staff might write it (part of the name, alias)? */
export function officeMatches(report: Report, office: string): boolean {
  const q = compact(office);
  if (!q) return true;
  return [report.office, ...(report.aliases ?? [])].some((n) => {
    const name = compact(n);
    return name === q || name.includes(q) || q.includes(name);
  });
}

/** The report of an office and/or year; with no year, the newest one. Undefined when none matches. */
export function findReport(reports: Report[], query: { office?: string; year?: number | null } = {}): Report | undefined {
  let pool = reports;
  if (query.office) {
    const exact = pool.filter((r) => [r.office, ...(r.aliases ?? [])].some((n) => compact(n) === compact(query.office!)));
    pool = exact.length ? exact : pool.filter((r) => officeMatches(r, query.office!));
  }
  if (query.year !== undefined && query.year !== null) return pool.find((r) => r.year === query.year);
  return newest(pool);
}

function newest(pool: Report[]): Report | undefined {
  return [...pool].sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity))[0];
}

/**
 * The office answering questions that name none: `defaultOffice` if given and loaded, else the office
 * of the newest report with figures.
 */
export function defaultReport(reports: Report[], defaultOffice?: string): Report | undefined {
  if (defaultOffice) {
    const r = findReport(reports, { office: defaultOffice });
    if (r) return r;
  }
  const withYear = reports.filter((r) => r.year !== null);
  return newest(withYear.length ? withYear : reports);
}
