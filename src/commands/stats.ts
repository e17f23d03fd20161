/** disclosure-bot stats [--db PATH] [--json]: questions per day, answered %, top intents, satisfaction. */
import { formatStats } from '../staff.js';
import { commandArgs, openReadOnly } from './store-args.js';

const USAGE = `用法 / usage: disclosure-bot stats [--db PATH] [--json]
  近 7 天问答量、回答率、热门问题、满意度（只读数据库，不影响正在运行的机器人）`;

export async function run(args: string[]): Promise<number> {
  const opts = commandArgs(args, USAGE);
  if (typeof opts === 'number') return opts;
  const store = await openReadOnly(opts.db);
  if (typeof store === 'number') return store;
  try {
    const stats = await store.stats();
    console.log(opts.json ? JSON.stringify(stats, null, 2) : formatStats(stats, store.timeZone));
    return 0;
  } finally {
    await store.close();
  }
}
