import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pidFilePath, readPidFile, removePidFile, runningBot, writePidFile } from '../../src/store/pid.js';
import { packageRoot, resolveDbPath } from '../../src/store/paths.js';
import { tempDir } from './helpers.js';

/** A long-running node process that is not this one. */
function sleeper(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("ready\\n"); setInterval(() => {}, 1e6)'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve) => child.stdout!.once('data', () => resolve(child)));
}
const exited = (c: ChildProcess) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once('exit', r)));

describe('pid file', () => {
  test('written next to the database, read back, removed only by its owner', async () => {
    const db = join(await tempDir(), 'db.json');
    const file = writePidFile(db);
    expect(file).toBe(join(dirname(db), 'bot.pid'));
    expect(pidFilePath(db)).toBe(file);
    const info = readPidFile(db)!;
    expect(info).toMatchObject({ pid: process.pid, db });
    expect(runningBot(db)?.pid).toBe(process.pid);
    writePidFile(db); // the same process may write it again

    await writeFile(file, JSON.stringify({ ...info, pid: 999_999_999 }));
    removePidFile(db); // not ours: left alone
    expect(existsSync(file)).toBe(true);
    writePidFile(db);
    removePidFile(db);
    expect(existsSync(file)).toBe(false);
    expect(readPidFile(db)).toBeNull();
  });

  test('refuses a second bot on the same database while the first is alive; a dead one’s file is taken over', async () => {
    const db = join(await tempDir(), 'db.json');
    const other = await sleeper();
    await writeFile(pidFilePath(db), JSON.stringify({ pid: other.pid, started: new Date().toISOString(), db }));
    expect(() => writePidFile(db)).toThrow(`另一个机器人进程（pid ${other.pid}）正在使用`);
    other.kill('SIGKILL');
    await exited(other);
    expect(runningBot(db)).toBeNull();
    writePidFile(db);
    expect(readPidFile(db)?.pid).toBe(process.pid);
  });

  test('a recorded process start time that does not match means the pid was reused: not our bot', async () => {
    const db = join(await tempDir(), 'db.json');
    writePidFile(db);
    const info = JSON.parse(await readFile(pidFilePath(db), 'utf8'));
    expect(info.procStart).toMatch(/^\d+$/); // Linux
    await writeFile(pidFilePath(db), JSON.stringify({ ...info, procStart: '1' }));
    expect(runningBot(db)).toBeNull();
  });

  test('garbage in the pid file reads as no bot', async () => {
    const db = join(await tempDir(), 'db.json');
    await writeFile(pidFilePath(db), 'not json');
    expect(readPidFile(db)).toBeNull();
    expect(runningBot(db)).toBeNull();
  });
});

describe('database path', () => {
  test('--db, else DISCLOSURE_DB, else data/db.json of the package', () => {
    expect(resolveDbPath('x/db.json', { DISCLOSURE_DB: '/elsewhere/db.json' })).toBe(join(process.cwd(), 'x/db.json'));
    expect(resolveDbPath(undefined, { DISCLOSURE_DB: '/elsewhere/db.json' })).toBe('/elsewhere/db.json');
    expect(resolveDbPath(undefined, {})).toBe(join(packageRoot(), 'data', 'db.json'));
    expect(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).name).toBe('disclosure-bot');
  });
});
