/** disclosure-bot unanswered [N] [--db PATH] [--json]: the questions the bot could not answer, most asked first. */
import { formatUnanswered, parseCount } from '../staff.js';
import { commandArgs, openReadOnly, usageFailure } from './store-args.js';

const USAGE = `用法 / usage: disclosure-bot unanswered [N] [--db PATH] [--json]
  未能回答的问题，按次数排列，列出前 N 条（默认 10，最多 50；--json 时默认全部）`;

export async function run(args: string[]): Promise<number> {
  const opts = commandArgs(args, USAGE, { limit: { type: 'string', short: 'n' } });
  if (typeof opts === 'number') return opts;
  const n = (opts.values.limit as string | undefined) ?? opts.positionals[0];
  if (n !== undefined && !/^\d+$/.test(n)) return usageFailure(`N 应为正整数：${n}`, USAGE);
  const store = await openReadOnly(opts.db);
  if (typeof store === 'number') return store;
  try {
    const items = await store.unanswered();
    if (opts.json) console.log(JSON.stringify(n === undefined ? items : items.slice(0, Number(n)), null, 2));
    else console.log(formatUnanswered(items, parseCount(n), store.timeZone));
    return 0;
  } finally {
    await store.close();
  }
}
