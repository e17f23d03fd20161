/** CLI commands over the store and the reports folder: stats, unanswered, reports, reload. */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb.js';
import { pidFilePath } from '../../src/store/pid.js';
import { run as stats } from '../../src/commands/stats.js';
import { run as unanswered } from '../../src/commands/unanswered.js';
import { run as reports } from '../../src/commands/reports.js';
import { run as reload } from '../../src/commands/reload.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/reports/南岗区人民政府办公室-2022.txt', import.meta.url));

let dir: string;
let out: MockInstance;
let err: MockInstance;
const stdout = () => out.mock.calls.map((c) => c.join(' ')).join('\n');
const stderr = () => err.mock.calls.map((c) => c.join(' ')).join('\n');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'disclosure-cmd-'));
  out = vi.spyOn(console, 'log').mockImplementation(() => {});
  err = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function seed(file: string): Promise<void> {
  const store = await openLowdbStore(file);
  const ask = (text: string, fallback: boolean) =>
    store.logTurn({ user: 'u', channel: 'console', text, intent: fallback ? null : 'contact.phone', confidence: 0.5, fallback, report: null });
  await ask('电话多少', false);
  await ask('停车场在哪？', true);
  await ask('停车场在哪', true);
  await ask('食堂几点开门', true);
  await store.close();
}

describe('stats and unanswered', () => {
  test('stats prints the summary; --json the Stats object', async () => {
    const db = join(dir, 'db.json');
    await seed(db);
    expect(await stats(['--db', db])).toBe(0);
    expect(stdout()).toContain('记录内共 4 条');
    expect(stdout()).toContain('已回答 25%，未能回答 75%');
    out.mockClear();
    expect(await stats(['--db', db, '--json'])).toBe(0);
    expect(JSON.parse(stdout())).toMatchObject({ total: 4, fallbackPct: 75, topIntents: [{ intent: 'contact.phone', count: 1 }] });
  });

  test('DISCLOSURE_DB is used without --db', async () => {
    const db = join(dir, 'env.json');
    await seed(db);
    vi.stubEnv('DISCLOSURE_DB', db);
    try {
      expect(await stats(['--json'])).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(JSON.parse(stdout()).total).toBe(4);
  });

  test('unanswered [N]', async () => {
    const db = join(dir, 'db.json');
    await seed(db);
    expect(await unanswered(['1', '--db', db])).toBe(0);
    expect(stdout()).toMatch(/共 2 条，按次数列出前 1 条/);
    expect(stdout()).toContain('1. 停车场在哪 ×2');
    expect(stdout()).not.toContain('食堂');
    out.mockClear();
    expect(await unanswered(['--db', db, '--json'])).toBe(0);
    expect(JSON.parse(stdout()).map((u: { text: string; count: number }) => [u.text, u.count])).toEqual([
      ['停车场在哪', 2],
      ['食堂几点开门', 1],
    ]);
    expect(await unanswered(['abc', '--db', db])).toBe(2);
  });

  test('a database path that does not exist is an error naming it (a typo never prints empty statistics); no file is created', async () => {
    const db = join(dir, 'none', 'db.json');
    expect(await stats(['--db', db])).toBe(1);
    expect(stderr()).toContain(`数据库文件不存在：${db}`);
    expect(await unanswered(['--db', db])).toBe(1);
    expect(stdout()).not.toContain('记录中暂无问答');
    expect(await readdir(dir)).toEqual([]);
  });

  test('a corrupt database: exit 1 naming the file, and the file is left as it is', async () => {
    const db = join(dir, 'db.json');
    await writeFile(db, '{"broken');
    expect(await stats(['--db', db])).toBe(1);
    expect(stderr()).toContain(db);
    expect(await unanswered(['--db', db])).toBe(1);
    expect(await readdir(dir)).toEqual(['db.json']);
  });

  test('an unknown option: usage, exit 2', async () => {
    expect(await stats(['--bogus'])).toBe(2);
    expect(stderr()).toContain('用法');
  });
});

describe('reports', () => {
  test('lists the loaded reports; a broken file makes the exit code 1 and is listed', async () => {
    const folder = join(dir, 'reports');
    await mkdir(folder);
    await copyFile(FIXTURE, join(folder, '南岗区人民政府办公室-2022.txt'));
    expect(await reports(['--reports', folder])).toBe(0);
    expect(stdout()).toMatch(/1\. 南岗区人民政府办公室 2022年 — 南岗区人民政府办公室-2022\.txt；数据 \d+ 项，核对发现 \d+ 条/);

    await writeFile(join(folder, '坏文件.txt'), '这不是一份报告');
    out.mockClear();
    expect(await reports(['--reports', folder, '--json'])).toBe(1);
    const json = JSON.parse(stdout());
    expect(json.reports.map((r: { id: string }) => r.id)).toEqual(['南岗区人民政府办公室-2022']);
    expect(json.reports[0].values).toBeGreaterThan(50);
    expect(json.errors.map((e: { file: string }) => e.file)).toEqual([join(folder, '坏文件.txt')]);
  });
});

describe('reload', () => {
  test('no bot running: checks the reports folder (0 when all load, 1 listing a broken file)', async () => {
    const db = join(dir, 'db.json');
    const folder = join(dir, 'reports');
    await mkdir(folder);
    await copyFile(FIXTURE, join(folder, 'a.txt'));
    expect(await reload(['--db', db, '--reports', folder])).toBe(0);
    expect(stdout()).toContain('没有正在运行的机器人');
    expect(stdout()).toContain('全部文件均可加载');
    await writeFile(join(folder, '坏文件.txt'), '这不是一份报告');
    out.mockClear();
    expect(await reload(['--db', db, '--reports', folder])).toBe(1);
    expect(stdout()).toContain('坏文件.txt');
    expect(stdout()).toContain('有文件无法加载');
  });

  test('a running bot (pid in <db dir>/bot.pid) gets SIGHUP', async () => {
    const db = join(dir, 'db.json');
    const bot = spawn(process.execPath, ['-e', 'process.on("SIGHUP", () => { process.stdout.write("reloading\\n"); process.exit(0); }); process.stdout.write("ready\\n"); setInterval(() => {}, 1e6);'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let said = '';
    const ready = new Promise((r) => bot.stdout.once('data', r));
    bot.stdout.on('data', (d: Buffer) => (said += d));
    const exit = new Promise<[number | null, string | null]>((r) => bot.on('exit', (code, signal) => r([code, signal])));
    await ready;
    await writeFile(pidFilePath(db), JSON.stringify({ pid: bot.pid, started: new Date().toISOString(), db }));
    expect(await reload(['--db', db])).toBe(0);
    expect(stdout()).toContain(`pid ${bot.pid}`);
    expect(await exit).toEqual([0, null]); // handled SIGHUP, did not die of it
    expect(said).toContain('reloading');
  });
});
