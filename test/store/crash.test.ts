/**
 * A process killed with SIGKILL in the middle of a burst of writes leaves a valid database: lowdb writes a
 * temp file and renames it, so db.json is always a whole old or a whole new version.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb.js';
import { captureLogger, tempDir, turn } from './helpers.js';

const WRITER = fileURLToPath(new URL('./fixtures/write-burst.mjs', import.meta.url));
const TURNS_PER_WRITE = 50;

/**
 * Runs the writer; once it has reported `writes` completed writes, SIGKILLs it the moment its next temp
 * file appears (fs.watch), i.e. while that write is under way.
 */
function killDuringWrite(dir: string, writes: number): Promise<{ signal: NodeJS.Signals | null; reported: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, join(dir, 'db.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let reported = 0;
    let stderr = '';
    const watcher = watch(dir, (_event, name) => {
      if (reported >= writes && name === '.db.json.tmp' && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => (reported += String(d).split('\n').length - 1));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      if (signal !== 'SIGKILL') reject(new Error(`writer ended with code ${code}: ${stderr}`));
      else resolve({ signal, reported });
    });
  });
}

test('SIGKILL during a write leaves a db.json that parses and that the store opens', async () => {
  let killedMidWrite = 0;
  // Each run kills the writer while a write is under way; a run where the rename still won the race
  // proves nothing, so up to 5 runs until one leaves its temp file behind.
  for (let run = 0; run < 5 && !killedMidWrite; run++) {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    const { signal, reported } = await killDuringWrite(dir, 20);
    expect(signal).toBe('SIGKILL');
    const interrupted = await access(join(dir, '.db.json.tmp')).then(() => true, () => false);
    if (interrupted) killedMidWrite++;

    const data = JSON.parse(await readFile(file, 'utf8')) as { turns: unknown[] };
    expect(data.turns.length).toBeGreaterThanOrEqual(reported * TURNS_PER_WRITE); // every reported write is there
    expect(data.turns.length % TURNS_PER_WRITE).toBe(0); // whole writes only

    const { logger, lines } = captureLogger();
    const store = await openLowdbStore(file, { logger });
    expect((await store.stats()).total).toBe(data.turns.length);
    expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect((await readdir(dir)).filter((n) => n.includes('corrupt'))).toEqual([]);
    await store.logTurn(turn('u', '重启后的第一个问题'));
    await store.close();
    expect((await readdir(dir)).sort()).toEqual(['db.json', 'db.json.journal']); // the stale temp file was removed at open
    const again = await openLowdbStore(file, { logger });
    expect((await again.stats()).total).toBe(data.turns.length + 1);
    await again.close();
  }
  expect(killedMidWrite).toBe(1);
});
