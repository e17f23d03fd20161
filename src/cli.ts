#!/usr/bin/env node
/** Entry point: dispatches to one command module, loaded lazily so each path starts fast. */
const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number | void> }>> = {
  start: () => import('./commands/start.js'),
  ask: () => import('./commands/ask.js'),
  kb: () => import('./commands/kb.js'),
  check: () => import('./commands/check.js'),
  stats: () => import('./commands/stats.js'),
  unanswered: () => import('./commands/unanswered.js'),
  reports: () => import('./commands/reports.js'),
  reload: () => import('./commands/reload.js'),
};

const USAGE = `用法 / usage: disclosure-bot <command> [options]
  start        启动机器人（默认控制台对话） / run the bot (console by default)
  ask          批处理问答：stdin 每行一个 JSON / batch Q&A (JSON lines on stdin)
  kb           显示已加载的报告与全部数据 / print the knowledge base
  check FILE…  检查报告文件的勾稽关系 / consistency findings of report files
  stats        问答统计 / questions per day, answered %, top intents, satisfaction
  unanswered   未能回答的问题 / questions that fell back
  reports      已加载的报告 / loaded reports
  reload       让运行中的机器人重新加载报告和意图 / make the running bot reload
通用选项 / common options: --reports DIR  --db PATH  --json`;

async function main(): Promise<number> {
  const [name = 'start', ...args] = process.argv.slice(2);
  if (name === '-h' || name === '--help' || name === 'help') {
    console.log(USAGE);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`未知命令 / unknown command: ${name}\n${USAGE}`);
    return 2;
  }
  const mod = await load();
  return (await mod.run(args)) ?? 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
