/**
 * disclosure-bot reload [--db PATH] [--reports DIR] [--json]
 * A bot running on this database (its pid in <db dir>/bot.pid) gets SIGHUP and reloads its reports.
 * Without a running bot, the reports folder is checked: exit 0 when every file loads, 1 otherwise.
 */
import { resolveDbPath } from '../store/paths.js';
import { pidFilePath, runningBot } from '../store/pid.js';
import { formatReports } from '../staff.js';
import { loadLibrary, resolveReportsDir } from '../report/library.js';
import { commandArgs, reportSummary } from './store-args.js';

const USAGE = `用法 / usage: disclosure-bot reload [--db PATH] [--reports DIR] [--json]
  通知正在运行的机器人（数据库所在文件夹的 bot.pid）重新加载报告；没有运行中的机器人时，检查报告文件夹能否全部加载`;

export async function run(args: string[]): Promise<number> {
  const opts = commandArgs(args, USAGE);
  if (typeof opts === 'number') return opts;
  const db = resolveDbPath(opts.db);
  const bot = runningBot(db);
  if (bot) {
    process.kill(bot.pid, 'SIGHUP');
    if (opts.json) console.log(JSON.stringify({ signalled: bot.pid, db }));
    else console.log(`已通知正在运行的机器人（pid ${bot.pid}）重新加载报告。结果见机器人日志，或在工作群发送 /报告 查看。`);
    return 0;
  }
  const dir = resolveReportsDir(args);
  const { reports, errors } = await loadLibrary(dir);
  if (opts.json) {
    console.log(JSON.stringify({ signalled: null, db, dir, reports: reports.map(reportSummary), errors }, null, 2));
  } else {
    console.log(
      [
        `没有正在运行的机器人（未找到有效的 ${pidFilePath(db)}），已检查报告文件夹 ${dir}：`,
        formatReports(reports, errors),
        errors.length ? '有文件无法加载：请修正后再启动机器人（启动时会跳过这些文件）。' : '全部文件均可加载。',
      ].join('\n'),
    );
  }
  return errors.length ? 1 : 0;
}
