/**
 * Issue 14, item 8: quiet failures made loud, each re-run: unreadable files listed at start, an unknown
 * DEFAULT_OFFICE is exit 2, the default office named when several are loaded, console logs to a file,
 * `npm start` builds only when sources changed, `ask --json` answers each line at once on a pipe,
 * a bare "\r" is no line break, `check DIR` checks every file, names escaped, symlinks refused.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { consoleLogFile } from '../../src/commands/start.js';
import { summariseLoad } from '../../src/commands/start-report.js';
import { inputLineBatches, inputLines, type LineReader } from '../../src/commands/lines.js';
import { escapeName } from '../../src/log.js';
import { loadReport } from '../../src/report/library.js';
// @ts-expect-error a plain .mjs script without types
import { needsBuild } from '../../scripts/build-if-changed.mjs';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const FIX = join(ROOT, 'test/fixtures/reports');
const NANGANG = join(FIX, '南岗区人民政府办公室-2022.txt');
const SHUYANG = join(FIX, '沭阳县人民政府-2025.md');
const tmp = mkdtempSync(join(tmpdir(), 'harden-quiet-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const EVIL = 'evil\n[INFO] 已启动\u001b[2J.pdf';

describe('start: what it says about the reports', () => {
  test('every unreadable file with its reason, names escaped; an empty folder said', async () => {
    const [good] = await Promise.all([loadReport(NANGANG)]);
    const s = summariseLoad([good!], [{ file: `/r/${EVIL}`, message: `${EVIL}：PDF 文件已损坏` }, { file: '/r/x.xls', message: 'x.xls：不支持的文件类型“.xls”' }], {});
    expect(s.exit).toBeUndefined();
    expect(s.lines[0]).toBe('有 2 个报告文件无法读取（其余报告照常使用）：');
    expect(s.lines.join('\n')).toContain('evil\\n[INFO] 已启动\\x1b[2J.pdf：PDF 文件已损坏');
    expect(s.lines.join('\n')).not.toMatch(/\u001b/);
    expect(s.lines).toHaveLength(3); // one line per file: a newline in a name cannot add one
    expect(summariseLoad([], [], { reportsDir: '/srv/empty' }).lines[0]).toMatch(/报告文件夹 \/srv\/empty 中没有可用的年度报告/);
  });

  test('DEFAULT_OFFICE matching no report → exit 2 naming the loaded offices; a short name of the office is fine', async () => {
    const reports = await Promise.all([loadReport(NANGANG), loadReport(SHUYANG)]);
    const bad = summariseLoad(reports, [], { defaultOffice: '北京市' });
    expect(bad.exit).toBe(2);
    expect(bad.lines.at(-1)).toMatch(/DEFAULT_OFFICE 的值“北京市”与已加载的报告都不符：已加载的单位有 南岗区人民政府办公室、沭阳县人民政府/);
    expect(summariseLoad(reports, [], { defaultOffice: '南岗区' }).exit).toBeUndefined();
  });

  test('several offices and no DEFAULT_OFFICE: which office is the default, and why', async () => {
    const reports = await Promise.all([loadReport(NANGANG), loadReport(SHUYANG)]);
    const s = summariseLoad(reports, [], {});
    expect(s.lines.join('\n')).toMatch(/未设置 DEFAULT_OFFICE：没有说明单位的问题按 沭阳县人民政府 回答（年份最新且有数据的报告：2025年）/);
    expect(summariseLoad([reports[0]!], [], {}).lines).toEqual([]); // one office: nothing to say
  });

  test('the real start: unknown DEFAULT_OFFICE is exit 2, the unreadable file and the symlink out are listed', () => {
    const dir = mkdtempSync(join(tmp, 'start-'));
    const rep = join(dir, 'reports');
    mkdirSync(rep);
    copyFileSync(NANGANG, join(rep, '南岗区人民政府办公室-2022.txt'));
    writeFileSync(join(rep, EVIL), 'not a pdf');
    symlinkSync('/etc/passwd', join(rep, 'passwd.txt'));
    const r = spawnSync(process.execPath, [CLI, 'start', '--reports', rep, '--db', join(dir, 'db.json'), '--channels', 'console'], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: dir, DEFAULT_OFFICE: '北京市', LOG_LEVEL: 'error' },
      input: '电话是多少\n',
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('有 2 个报告文件无法读取');
    expect(r.stderr).toContain('evil\\n[INFO] 已启动\\x1b[2J.pdf：');
    expect(r.stderr).toMatch(/passwd\.txt：是指向报告文件夹以外的链接/);
    expect(r.stderr).not.toContain('root:x:0:0');
    expect(r.stderr).not.toMatch(/\u001b/);
    expect(r.stderr).toContain('DEFAULT_OFFICE 的值“北京市”与已加载的报告都不符');
    expect(r.stdout).toBe('');
  }, 150_000);
});

describe('console logs, npm start, names', () => {
  test('console chat on a terminal: the log goes to a file next to the database (or LOG_FILE); otherwise stderr', () => {
    const cfg = { channels: ['console'] as Array<'console' | 'wechat' | 'telegram'>, db: '/srv/bot/db.json' };
    expect(consoleLogFile(cfg, true, {})).toBe('/srv/bot/bot.log');
    expect(consoleLogFile(cfg, true, { LOG_FILE: '/var/log/bot.log' })).toBe('/var/log/bot.log');
    expect(consoleLogFile(cfg, false, {})).toBeUndefined(); // piped: JSON lines on stderr as before
    expect(consoleLogFile({ ...cfg, channels: ['wechat'] }, true, {})).toBeUndefined();
  });

  test('npm start builds only when a source, tsconfig.json or package.json is newer than the last build', () => {
    const root = mkdtempSync(join(tmp, 'proj-'));
    mkdirSync(join(root, 'src/a'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    for (const f of ['src/a/x.ts', 'tsconfig.json', 'package.json', 'dist/cli.js']) writeFileSync(join(root, f), '');
    expect(needsBuild(root)).toBe(true); // never built
    writeFileSync(join(root, 'dist/.build-stamp'), '');
    const past = new Date(Date.now() - 60_000);
    for (const f of ['src/a/x.ts', 'tsconfig.json', 'package.json']) utimesSync(join(root, f), past, past);
    expect(needsBuild(root)).toBe(false);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/a/x.ts'), future, future);
    expect(needsBuild(root)).toBe(true);
  });

  test('escapeName: newlines, ANSI, NUL, bidi overrides become visible; Chinese stays', () => {
    expect(escapeName('a\nb\r\u001b[31m\u0000\u202e报告.pdf')).toBe('a\\nb\\r\\x1b[31m\\x00\\u202e报告.pdf');
  });
});

describe('batch contract', () => {
  test('a bare "\\r" is not a line break; "\\r\\n" is one', async () => {
    const lines: string[] = [];
    for await (const l of inputLines(Readable.from([Buffer.from('a\rb\nc\r\n'), Buffer.from('d')]))) lines.push(l);
    expect(lines).toEqual(['a\rb', 'c', 'd']);
  });

  test('lines come in the batches they arrived in (the last of a batch is the last received so far), never an empty batch', async () => {
    const batches: string[][] = [];
    const chunks = [Buffer.from('a\nb\r\nc'), Buffer.from('d'), Buffer.from('\ne\n'), Buffer.from('f')];
    for await (const b of inputLineBatches(Readable.from(chunks))) batches.push(b);
    expect(batches).toEqual([['a', 'b'], ['cd', 'e'], ['f']]);
    // a character split across chunks is decoded whole
    const han = Buffer.from('电话\n');
    const split: string[][] = [];
    for await (const b of inputLineBatches(Readable.from([han.subarray(0, 2), han.subarray(2)]))) split.push(b);
    expect(split).toEqual([['电话']]);
  });

  test('the line reader says whether another whole line has arrived (answers are held only then)', async () => {
    const seen: [string, boolean][] = [];
    const reader: LineReader = { buffered: false };
    for await (const l of inputLines(Readable.from([Buffer.from('a\nb\nc'), Buffer.from('d\ne\n')]), reader)) seen.push([l, reader.buffered]);
    expect(seen).toEqual([['a', true], ['b', false], ['cd', true], ['e', false]]);
  });

  test('ask --json on a pipe writes each answer as soon as it is ready (a tool waiting for line 1 gets it)', async () => {
    const child = spawn(process.execPath, [CLI, 'ask', '--json', '--reports', FIX], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.write('南岗区电话是多少\r行政复议有几起\n'); // one line with a bare \r inside
    const end = Date.now() + 120_000;
    while (!out.includes('\n') && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    const first = out; // arrived while stdin is still open
    child.stdin.end('不予公开的有多少\n');
    await new Promise((r) => child.on('close', r));
    expect(first.split('\n').filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(first).answer).toBeTypeOf('string');
    expect(out.split('\n').filter(Boolean)).toHaveLength(2); // two input lines, two answers
  }, 150_000);

  test('check DIR checks every file in it', () => {
    const dir = mkdtempSync(join(tmp, 'check-'));
    copyFileSync(NANGANG, join(dir, '南岗区人民政府办公室-2022.txt'));
    copyFileSync(SHUYANG, join(dir, '沭阳县人民政府-2025.md'));
    const r = spawnSync(process.execPath, [CLI, 'check', dir], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('南岗区人民政府办公室-2022.txt（南岗区人民政府办公室 2022）');
    expect(r.stdout).toContain('沭阳县人民政府-2025.md（沭阳县人民政府 2025）');
    expect(r.stdout + r.stderr).not.toContain('不支持的文件类型');
  }, 150_000);
});

describe('logger file', () => {
  test('setLogFile sends the shared logger to the file (scrubbed as ever)', async () => {
    const { log, setLogFile } = await import('../../src/log.js');
    const file = join(tmp, 'logs', 'bot.log');
    setLogFile(file);
    log.error('puppet_SECRETxxxxyyyy in a line');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('[redacted] in a line');
    expect(text).not.toContain('SECRET');
  });
});
