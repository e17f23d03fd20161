/**
 * An answered turn is durable within DURABILITY_BOUND_MS (1 s) even under sustained load: a writer logging
 * 100 and 3,000 turns a second is SIGKILLed; every turn it acknowledged more than 1 s before the kill is
 * in the journal, and the reopened store counts it. (Turns acknowledged within the last second may be lost:
 * that is the stated bound, not a timing assertion.)
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { DURABILITY_BOUND_MS, journalDir, openLowdbStore } from '../../src/store/lowdb.js';
import { captureLogger, tempDir } from './helpers.js';

const WRITER = fileURLToPath(new URL('./fixtures/durable-writer.mjs', import.meta.url));

async function killUnderLoad(file: string, rate: number, runMs: number): Promise<{ acks: Map<number, number>; killedAt: number }> {
  const child = spawn(process.execPath, [WRITER, file, String(rate)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acks = new Map<number, number>();
  let buf = '';
  let stderr = '';
  let readyAt = 0;
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, s) => r(s)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        if (l === 'ready') {
          readyAt = Date.now();
          continue;
        }
        const [n, at] = l.split(' ').map(Number);
        acks.set(n!, at!);
      }
      if (readyAt && Date.now() - readyAt >= runMs) resolve();
    });
    child.on('exit', () => reject(new Error(`writer ended early: ${stderr}`)));
  });
  const killedAt = Date.now();
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return { acks, killedAt };
}

async function journalTexts(file: string): Promise<Set<string>> {
  const texts = new Set<string>();
  for (const name of await readdir(journalDir(file))) {
    for (const line of (await readFile(join(journalDir(file), name), 'utf8')).split('\n')) {
      try {
        const r = JSON.parse(line) as { k: string; turn?: { text: string } };
        if (r.k === 't') texts.add(r.turn!.text);
      } catch {
        // a line cut by the kill
      }
    }
  }
  return texts;
}

test.each([100, 3_000])('SIGKILL at %i turns/s: every turn acknowledged more than 1 s before the kill is kept', async (rate) => {
  const file = join(await tempDir(), 'db.json');
  const { acks, killedAt } = await killUnderLoad(file, rate, 2_500);
  const due = [...acks].filter(([, at]) => at <= killedAt - DURABILITY_BOUND_MS).map(([n]) => n);
  expect(due.length).toBeGreaterThan(rate / 10); // the writer did run under load
  const kept = await journalTexts(file);
  const lost = due.filter((n) => !kept.has(`q${n}`));
  expect(lost).toEqual([]);
  // the reopened store (stale lock taken over) counts at least every acknowledged turn that was due
  const store = await openLowdbStore(file, { logger: captureLogger().logger });
  const stats = await store.stats();
  expect(stats.total).toBeGreaterThanOrEqual(due.length);
  expect(stats.total).toBe(kept.size);
  await store.close();
  console.log(`SIGKILL at ${rate}/s: ${acks.size} acknowledged in ${(2.5).toFixed(1)} s, ${due.length} due, ${kept.size} on disk, lost of due: ${lost.length}`);
}, 120_000);
