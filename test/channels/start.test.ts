/**
 * The start command: graceful shutdown (replies in flight finish, then core and store close), and the
 * real CLI (`node dist/cli.js start`) with the console channel: piped input, SIGTERM → exit 0, SIGHUP →
 * reload, EOF → exit 0, no wechaty/grammY on the console path.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { Guard, type ChannelHandle } from '../../src/channels/guard.js';
import { openStore, shutdown } from '../../src/commands/start.js';
import { memoryLogger, until } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

describe('shutdown()', () => {
  test('finishes the reply in flight, then closes the core, then the store', async () => {
    const events: string[] = [];
    const guard = new Guard();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    guard.submit('u', async () => {
      events.push('reply started');
      await gate;
      events.push('reply sent');
    });
    await new Promise((r) => setImmediate(r));
    const channel: ChannelHandle = {
      name: 'console',
      async stop() {
        events.push('channel stopping');
        await guard.close();
        events.push('channel stopped');
      },
    };
    setTimeout(release, 30);
    await shutdown(
      {
        channels: [channel],
        core: { close: async () => void events.push('core closed'), reload: async () => ({ ok: true, message: '' }) },
        store: { close: async () => void events.push('store closed') },
        release: () => events.push('released'),
      },
      memoryLogger().log,
    );
    expect(events).toEqual(['reply started', 'channel stopping', 'reply sent', 'channel stopped', 'core closed', 'store closed', 'released']);
    // nothing is admitted after the stop
    expect(guard.submit('v', async () => {}).ok).toBe(false);
  });

  test('a channel that fails to stop does not keep the store open', async () => {
    const events: string[] = [];
    const { log, lines } = memoryLogger();
    await shutdown(
      {
        channels: [{ name: 'telegram', stop: async () => Promise.reject(new Error('network down')) }],
        store: { close: async () => void events.push('store closed') },
      },
      log,
    );
    expect(events).toEqual(['store closed']);
    expect(lines().some((l) => l.msg === 'channel stop failed')).toBe(true);
  });
});

describe('openStore()', () => {
  test('opens the lowdb store at the given path with a pid file, released on demand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const db = join(dir, 'db.json');
    const opened = await openStore(db, memoryLogger().log);
    try {
      expect(opened.store).toBeDefined();
      expect(opened.dbPath).toBe(db);
      await opened.store!.logTurn({ user: 'tg:1', channel: 'telegram', text: '你好', intent: null, confidence: 0, fallback: true, report: null });
    } finally {
      await opened.store?.close();
      opened.release?.();
    }
    expect(existsSync(db)).toBe(true);
    expect(existsSync(join(dir, 'bot.pid'))).toBe(false);
  });
});

/* ---------------------------------------------------------------- */
/* The real CLI                                                      */
/* ---------------------------------------------------------------- */

/** Builds dist/ when it is missing or older than the sources this file tests. */
function ensureBuilt(): boolean {
  const sources = ['src/cli.ts', 'src/commands/start.ts', 'src/channels/console.ts', 'src/channels/guard.ts', 'src/config.ts', 'src/log.ts'];
  const outputs = sources.map((s) => join(ROOT, s.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')));
  const stale = outputs.some((o, i) => !existsSync(o) || statSync(o).mtimeMs < statSync(join(ROOT, sources[i]!)).mtimeMs);
  if (stale) {
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT], { stdio: 'ignore', timeout: 120_000 });
    } catch {
      // type errors elsewhere in the tree do not stop tsc from emitting
    }
  }
  return existsSync(CLI);
}

interface Child {
  proc: ChildProcessWithoutNullStreams;
  out: () => string;
  err: () => string;
  exit: Promise<number | null>;
  dir: string;
}

const HOOK = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(spec, ctx, next) {
  if (/^(wechaty|grammy|@grammyjs|pino-pretty)/.test(spec)) process.stderr.write('HEAVY-IMPORT ' + spec + '\\\\n');
  return next(spec, ctx);
}\`));
`)}`;

function startCli(env: Record<string, string> = {}, opts: { traceImports?: boolean } = {}): Child {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  const args = [...(opts.traceImports ? ['--import', HOOK] : []), CLI, 'start'];
  const proc = spawn(process.execPath, args, {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', CHANNELS: 'console', DISCLOSURE_DB: join(dir, 'db.json'), ...env },
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  proc.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exit = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return { proc, out: () => out, err: () => err, exit, dir };
}

async function exitWithin(child: Child, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)));
  const r = await Promise.race([child.exit, timeout]);
  clearTimeout(timer);
  if (r === 'timeout') {
    child.proc.kill('SIGKILL');
    throw new Error(`the CLI did not exit within ${ms} ms; stderr: ${child.err()}`);
  }
  return r;
}

describe('the CLI: node dist/cli.js start (console)', () => {
  let built = false;
  beforeAll(() => {
    built = ensureBuilt();
  }, 180_000);

  test('SIGTERM while stdin is still open → answers written, store flushed, exit 0', async () => {
    expect(built).toBe(true);
    const child = startCli({ LOG_LEVEL: 'info' });
    child.proc.stdin.write('你好\n');
    await until(() => child.out().trim().length > 0, 20_000, 'the first answer');
    child.proc.kill('SIGTERM');
    const code = await exitWithin(child, 8_000);
    expect(code).toBe(0);
    expect(child.err()).toContain('stopping');
    // the store was flushed and the pid file removed
    const db = JSON.parse(readFileSync(join(child.dir, 'db.json'), 'utf8')) as { turns?: unknown[] };
    expect(db.turns?.length).toBeGreaterThan(0);
    expect(existsSync(join(child.dir, 'bot.pid'))).toBe(false);
  }, 40_000);

  test('piped stdin: every line answered in order, exit 0 at EOF; no wechaty or grammY loaded', async () => {
    expect(built).toBe(true);
    const child = startCli({}, { traceImports: true });
    child.proc.stdin.end('你好\n\n你好\n');
    const code = await exitWithin(child, 20_000);
    expect(code).toBe(0);
    const answers = child.out().trim().split('\n').filter(Boolean);
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(child.err()).not.toContain('HEAVY-IMPORT');
  }, 40_000);

  test('SIGHUP reloads and the bot keeps running', async () => {
    expect(built).toBe(true);
    const child = startCli({ LOG_LEVEL: 'info' });
    child.proc.stdin.write('你好\n');
    await until(() => child.out().trim().length > 0, 20_000, 'the first answer');
    child.proc.kill('SIGHUP');
    await until(() => /reload/i.test(child.err()), 10_000, 'the reload log line');
    expect(child.proc.exitCode).toBeNull();
    child.proc.stdin.end();
    expect(await exitWithin(child, 8_000)).toBe(0);
  }, 40_000);

  test('a .env file in the working directory configures the start (quietly)', async () => {
    expect(built).toBe(true);
    const child = (() => {
      const dir = mkdtempSync(join(tmpdir(), 'cli-'));
      writeFileSync(join(dir, '.env'), `CHANNELS=console\nDISCLOSURE_DB=${join(dir, 'from-env.json')}\nLOG_LEVEL=silent\n`);
      const proc = spawn(process.execPath, [CLI, 'start'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
      let out = '';
      let err = '';
      proc.stdout.on('data', (d: Buffer) => (out += d));
      proc.stderr.on('data', (d: Buffer) => (err += d));
      const exit = new Promise<number | null>((r) => proc.on('exit', (c) => r(c)));
      return { proc, out: () => out, err: () => err, exit, dir };
    })();
    child.proc.stdin.end('你好\n');
    expect(await exitWithin(child, 20_000)).toBe(0);
    expect(existsSync(join(child.dir, 'from-env.json'))).toBe(true);
    expect(child.err()).toBe('');
    expect(child.out()).not.toMatch(/dotenv/);
  }, 40_000);
});
