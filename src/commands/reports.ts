/** disclosure-bot reports [--reports DIR] [--json]: the reports the bot would load, and files that fail. */
import { formatReports } from '../staff.js';
import { loadLibrary, resolveReportsDir } from '../report/library.js';
import { commandArgs, reportSummary } from './store-args.js';

const USAGE = `用法 / usage: disclosure-bot reports [--reports DIR] [--json]
  列出报告文件夹中的报告（机构、年度、文件、数据项数、核对发现数）及无法加载的文件；有文件加载失败时退出码为 1`;

export async function run(args: string[]): Promise<number> {
  const opts = commandArgs(args, USAGE);
  if (typeof opts === 'number') return opts;
  const dir = resolveReportsDir(args);
  const { reports, errors } = await loadLibrary(dir);
  if (opts.json) console.log(JSON.stringify({ dir, reports: reports.map(reportSummary), errors }, null, 2));
  else console.log(`报告文件夹：${dir}\n${formatReports(reports, errors)}`);
  return errors.length ? 1 : 0;
}
