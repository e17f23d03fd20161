/**
 * The embedded store under a busy office and hostile timing: one writer per file (O_EXCL lock, taken by
 * `start` and `ask --db`, refused with the holder's pid and command), a stale temp file cleaned at open,
 * exact stats after 50,000 questions, and a non-zero exit when the final save fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { acquireDbLock, lockPath } from '../../src/store/lock.js';
import { openLowdbStore } from '../../src/store/lowdb.js';
import { captureLogger, manualClock, tempDir, turn } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = fileURLToPath(new URL('../fixtures/reports', import.meta.url));
const TAKER = fileURLToPath(new URL('./fixtures/lock-taker.mjs', import.meta.url));

function cli(args: string[], env: Record<string, string> = {}): ChildProcess & { out: () => string; err: () => string; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['dist/cli.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', DISCLOSURE_REPORTS_DIR: REPORTS, DATABASE_URL: '', ...env },
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d));
  child.stderr!.on('data', (d: Buffer) => (err += d));
  const done = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return Object.assign(child, { out: () => out, err: () => err, done });
}

async function until(cond: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('one writer per database', () => {
  test('two `ask --db` on one file: the second is refused naming the first (pid, command); nothing is lost', async () => {
    const db = join(await tempDir(), 'same.json');
    const a = cli(['ask', '--json', '--db', db]);
    a.stdin!.write('{"user":"a","text":"电话是多少"}\n');
    await until(() => existsSync(lockPath(db)), 'the first process to hold the file');
    const b = cli(['ask', '--json', '--db', db]);
    b.stdin!.end('{"user":"b","text":"地址在哪里"}\n');
    expect(await b.done).toBe(1);
    expect(b.err()).toContain(`正由另一个进程使用（pid ${a.pid}，命令 ask`);
    a.stdin!.end('{"user":"a","text":"那地址呢"}\n');
    expect(await a.done).toBe(0);
    const store = await openLowdbStore(db, { readOnly: true });
    expect((await store.stats()).total).toBe(2);
    expect(existsSync(lockPath(db))).toBe(false); // released at exit
  }, 180_000);

  test('`ask --db` while `start` uses the file is refused; two `start` on two files of one folder both run', async () => {
    const dir = await tempDir();
    const db = join(dir, 'db.json');
    const bot = cli(['start', '--channels', 'console', '--db', db]);
    bot.stdin!.write('电话是多少\n');
    await until(() => existsSync(lockPath(db)) && bot.out().length > 0, 'the bot');
    const ask = cli(['ask', '--json', '--db', db]);
    ask.stdin!.end('{"user":"x","text":"电话"}\n');
    expect(await ask.done).toBe(1);
    expect(ask.err()).toMatch(/正由(另一个进程|运行中的机器人)/);
    // another file in the same folder is another database
    const other = cli(['start', '--channels', 'console', '--db', join(dir, 'other.json')]);
    other.stdin!.end('电话是多少\n');
    expect(await other.done).toBe(0);
    bot.stdin!.end();
    expect(await bot.done).toBe(0);
  }, 180_000);

  test('12 processes racing for one lock: exactly one gets it (O_EXCL), every other is refused with the message', async () => {
    for (let round = 0; round < 2; round++) {
      const db = join(await tempDir(), 'db.json');
      const at = Date.now() + 1_500;
      const kids = Array.from({ length: 12 }, () => spawn(process.execPath, [TAKER, db, String(at)]));
      const results = await Promise.all(
        kids.map(
          (c) =>
            new Promise<string>((r) => {
              let out = '';
              c.stdout.on('data', (d: Buffer) => {
                out += d;
                if (out.endsWith('\n')) r(out.trim());
              });
            }),
        ),
      );
      for (const c of kids) c.kill('SIGTERM');
      await Promise.all(kids.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))));
      expect(results.filter((r) => r === 'got')).toHaveLength(1);
      expect(results.filter((r) => r === 'refused ok')).toHaveLength(11);
    }
  }, 180_000);

  test('a lock left by a killed process is taken over; a live one is not', async () => {
    const db = join(await tempDir(), 'db.json');
    await writeFile(lockPath(db), JSON.stringify({ pid: 999_999_999, command: 'start', started: '2026-01-01T00:00:00Z' }));
    const lock = acquireDbLock(db);
    expect(() => acquireDbLock(db)).toThrow(/正由另一个进程使用（pid \d+/);
    lock.release();
    expect(existsSync(lockPath(db))).toBe(false);
  });
});

test('a temp file left by an unfinished write (ENOSPC, kill) is removed at open; the store opens', async () => {
  const dir = await tempDir();
  const db = join(dir, 'db.json');
  await writeFile(join(dir, '.db.json.tmp'), '{"version":1,"us');
  const { logger, lines } = captureLogger();
  const store = await openLowdbStore(db, { logger });
  expect(existsSync(join(dir, '.db.json.tmp'))).toBe(false);
  expect(lines.some((l) => String(l.msg).includes('临时文件'))).toBe(true);
  await store.logTurn(turn('u', '电话'));
  await store.close();
});

test('stats are exact after 50,000 questions in a day and agree with the unanswered list, also after a restart', async () => {
  const db = join(await tempDir(), 'db.json');
  const clock = manualClock('2026-11-28T01:00:00.000Z');
  const store = await openLowdbStore(db, { now: clock.now, timeZone: 'Asia/Shanghai' });
  for (let i = 0; i < 50_000; i++) {
    if (i % 100 === 0) clock.set(new Date(Date.parse('2026-11-28T01:00:00.000Z') + i * 100).toISOString());
    await store.logTurn(turn(`u${i % 5000}`, i % 10 === 0 ? `停车场${i % 7}在哪` : '电话', { fallback: i % 10 === 0, intent: i % 10 === 0 ? null : 'contact.phone' }));
  }
  const check = async (s: typeof store) => {
    const stats = await s.stats();
    expect(stats.total).toBe(50_000);
    expect(stats.days.at(-1)).toEqual({ day: '2026-11-28', questions: 50_000, answered: 45_000, fallback: 5_000 });
    const open = await s.unanswered();
    expect(open.reduce((n, u) => n + u.count, 0)).toBe(stats.days.at(-1)!.fallback);
  };
  await check(store);
  await store.close();
  const again = await openLowdbStore(db, { now: clock.now, timeZone: 'Asia/Shanghai', readOnly: true });
  await check(again);
}, 180_000);

test('the final save fails (the temp file cannot be written): `start` exits non-zero and says so', async () => {
  const dir = await tempDir();
  const db = join(dir, 'db.json');
  const bot = cli(['start', '--channels', 'console', '--db', db]);
  bot.stdin!.write('电话是多少\n');
  await until(() => existsSync(lockPath(db)) && bot.out().length > 0, 'the first answer');
  await mkdir(join(dir, '.db.json.tmp')); // like a read-only or full disk: the snapshot cannot be written
  bot.stdin!.end('地址在哪里\n'); // a change that only the final save would write
  expect(await bot.done).not.toBe(0);
  expect(bot.err()).toContain('最后一次保存数据失败');
}, 180_000);
