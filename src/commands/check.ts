/** `disclosure-bot check FILE... [--json]`: consistency findings of report files; exit 1 when one cannot be read. */
import { parseArgs } from 'node:util';
import { checkLibrary } from '../report/check.js';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeName } from '../log.js';
import { confineToFolder } from '../report/worker/confine.js';
import { loadReportIsolated } from '../report/worker/isolated.js';
import type { LoadError, Report } from '../report/types.js';
import { formatErrors, formatFindings } from './kb.js';

const USAGE = '用法：disclosure-bot check FILE|DIR... [--json]\n读取每个报告文件（给文件夹时检查其中每个文件），列出勾稽关系（R1–R4）、正文与表格、年度等检查结果；有文件无法读取时退出码为 1。';

export async function run(args: string[]): Promise<number> {
  let parsed: { values: { json?: boolean; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (err) {
    console.error(`参数错误：${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!files.length) {
    console.error(`请指定要检查的报告文件。\n${USAGE}`);
    return 2;
  }
  const targets = (await Promise.all(files.map(expand))).flat();
  const results = await Promise.all(
    targets.map(async ({ file, dir }): Promise<Report | LoadError> => {
      try {
        if (dir) await confineToFolder(dir, file);
        return await loadReportIsolated(file);
      } catch (err) {
        return { file, message: err instanceof Error ? err.message : String(err) };
      }
    }),
  );
  const reports = results.filter((r): r is Report => 'values' in r);
  const errors = results.filter((r): r is LoadError => !('values' in r));
  for (const [id, list] of checkLibrary(reports)) reports.find((r) => r.id === id)?.findings.push(...list);

  if (values.json) {
    console.log(
      JSON.stringify(
        { reports: reports.map((r) => ({ file: r.file, id: r.id, office: r.office, year: r.year, findings: r.findings })), errors },
        null,
        2,
      ),
    );
  } else {
    const out: string[] = [];
    for (const r of reports) {
      const counts = (['error', 'warning', 'info'] as const).map((s) => r.findings.filter((f) => f.severity === s).length);
      out.push(`${escapeName(r.file)}（${r.office} ${r.year ?? '年度未知'}）：错误 ${counts[0]}，警告 ${counts[1]}，提示 ${counts[2]}`);
      out.push(...formatFindings(r.findings), '');
    }
    if (errors.length) out.push('无法读取的文件：', ...formatErrors(errors.map((e) => ({ file: escapeName(e.file), message: escapeName(e.message) }))));
    if (!targets.length) out.push('没有找到要检查的文件。');
    console.log(out.join('\n').trimEnd());
  }
  return errors.length ? 1 : 0;
}

/** A file as given; a folder → every file in it (hidden and Office lock files skipped), in name order. */
async function expand(path: string): Promise<Array<{ file: string; dir?: string }>> {
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    return [{ file: path }]; // the loader words the error (文件不存在 …)
  }
  if (!isDir) return [{ file: path }];
  const names = (await readdir(path)).filter((n) => !n.startsWith('.') && !n.startsWith('~$')).sort();
  const out: Array<{ file: string; dir: string }> = [];
  for (const n of names) {
    const file = join(path, n);
    if ((await stat(file).catch(() => undefined))?.isDirectory()) continue;
    out.push({ file, dir: path });
  }
  return out;
}
