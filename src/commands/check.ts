/** `disclosure-bot check FILE... [--json]`: consistency findings of report files; exit 1 when one cannot be read. */
import { parseArgs } from 'node:util';
import { checkLibrary } from '../report/check.js';
import { loadReport } from '../report/library.js';
import type { LoadError, Report } from '../report/types.js';
import { formatErrors, formatFindings } from './kb.js';

const USAGE = '用法：disclosure-bot check FILE... [--json]\n读取每个报告文件，列出勾稽关系（R1–R4）、正文与表格、年度等检查结果；有文件无法读取时退出码为 1。';

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
  const results = await Promise.all(
    files.map(async (file): Promise<Report | LoadError> => {
      try {
        return await loadReport(file);
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
      out.push(`${r.file}（${r.office} ${r.year ?? '年度未知'}）：错误 ${counts[0]}，警告 ${counts[1]}，提示 ${counts[2]}`);
      out.push(...formatFindings(r.findings), '');
    }
    if (errors.length) out.push('无法读取的文件：', ...formatErrors(errors));
    console.log(out.join('\n').trimEnd());
  }
  return errors.length ? 1 : 0;
}
