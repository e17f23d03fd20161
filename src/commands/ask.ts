/**
 * Batch contract (tools depend on it; keep it stable):
 *   node dist/cli.js ask --json [--reports DIR] [--db PATH]
 * stdin: one JSON object a line, {"user": "...", "text": "..."}; a plain-text line is a message from
 * a new user. stdout: exactly one JSON line per input line, in order, and nothing else:
 *   {"answer": string, "fallback": boolean, "intent": string|null, "confidence": number, "report": string|null, "rule": string|null}
 * ("rule": the policy rule that decided the answer, see src/core/policy/index.ts)
 * Without --json, answers are printed as plain text, one per line.
 */
import { parseArgs } from 'node:util';
import { createCore } from '../core/bot.js';
import { escapeName } from '../escape.js';
import { inputLineBatches, stdinIsFile } from './lines.js';
import { tuneForBatch } from './batch-v8.js';
import type { Store } from '../store/types.js';

/** Answers written out together at most (one write each). */
const BATCH = 256;

export async function run(args: string[]): Promise<number> {
  tuneForBatch();
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, reports: { type: 'string' }, db: { type: 'string' }, 'default-office': { type: 'string' } },
    allowPositionals: true,
  });
  let store: Store;
  const dbPath = values.db ?? process.env.DISCLOSURE_DB_BATCH;
  const { databaseUrl } = await import('../store/open.js');
  const url = databaseUrl();
  if (url && !dbPath) {
    // shared with the running instances: conversations continue across batch runs and bots
    const { openSharedStore } = await import('../store/open.js');
    try {
      store = await openSharedStore(url);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return (err as { exitCode?: number }).exitCode ?? 1;
    }
  } else if (dbPath) {
    const opened = await openBatchDb(dbPath);
    if (typeof opened === 'number') return opened;
    store = opened;
  } else {
    // no database: follow-ups within the run, no turn log
    const { createSessionStore } = await import('../store/memory.js');
    store = createSessionStore();
  }
  const core = await createCore({
    reportsDir: values.reports ?? process.env.DISCLOSURE_REPORTS_DIR,
    store,
    defaultOffice: values['default-office'] ?? process.env.DEFAULT_OFFICE,
  });
  for (const e of core.loadErrors()) process.stderr.write(`报告读取失败：${escapeName(e.file)}：${escapeName(e.message)}\n`);

  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  let anon = 0;
  // a file: batches of 256 answers (throughput); a TTY or a pipe: the answers to the lines received so
  // far, as soon as they are ready (a tool that sends one line and waits for its answer never waits on
  // us), at most 256 at a time
  const fromFile = stdinIsFile();
  for await (const lines of inputLineBatches(process.stdin)) {
    for (let k = 0; k < lines.length; k++) {
      const { user, text } = readLine(lines[k]!, ++anon);
      let a;
      try {
        a = await core.reply({ user: `batch:${user}`, text, channel: 'batch' });
      } catch (e) {
        process.stderr.write(`处理失败：${(e as Error).message}\n`);
        a = { text: '抱歉，处理您的问题时出错了。', fallback: true, intent: null, confidence: 0, report: null, rule: null as string | null };
      }
      out.push(
        values.json
          ? JSON.stringify({ answer: a.text, fallback: a.fallback, intent: a.intent, confidence: a.confidence, report: a.report, rule: a.rule ?? null }) + '\n'
          : a.text.replace(/\n/g, ' ') + '\n',
      );
      // the last line received so far: nobody waits on an answer held back
      if (out.length >= BATCH || (!fromFile && k === lines.length - 1)) flush();
    }
  }
  flush();
  await core.close();
  return 0;
}

/** The sender and text of an input line: a JSON object {"user", "text"}, else plain text from user line-N. */
function readLine(line: string, n: number): { user: string; text: string } {
  let user = `line-${n}`;
  let text = line;
  const t = line.trim();
  if (t.startsWith('{')) {
    try {
      const obj = JSON.parse(t) as { user?: unknown; text?: unknown };
      if (obj && typeof obj === 'object') {
        user = obj.user === undefined || obj.user === null ? user : String(obj.user);
        text = typeof obj.text === 'string' ? obj.text : String(obj.text ?? '');
      }
    } catch {
      // not JSON after all: a plain-text message
    }
  }
  return { user, text };
}

/** The lowdb file of `--db`, refused while a bot or another command holds it (exit 1 with the reason). */
async function openBatchDb(dbPath: string): Promise<Store | number> {
  // one writer per database: a running bot on the same file would lose turns to this process or vice versa
  const { runningBot } = await import('../store/pid.js');
  const { resolve } = await import('node:path');
  const bot = runningBot(dbPath);
  if (bot && resolve(bot.db) === resolve(dbPath)) {
    process.stderr.write(`数据库 ${resolve(dbPath)} 正由运行中的机器人（pid ${bot.pid}）使用，请换一个 --db 文件，或先停止机器人。\n`);
    return 1;
  }
  const { openStore } = await import('../store/lowdb.js');
  try {
    return await openStore({ db: dbPath });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
}
