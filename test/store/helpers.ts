import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { afterEach } from 'vitest';

const dirs: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'disclosure-store-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A pino logger whose JSON lines are kept in `lines`. */
export function captureLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), lines };
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-28T04:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advanceDays(days: number) {
      t += days * 86_400_000;
    },
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

export const turn = (user: string, text: string, extra: Partial<{ intent: string | null; fallback: boolean; time: string; confidence: number; report: string | null }> = {}) => ({
  user,
  channel: 'console',
  text,
  intent: extra.intent ?? (extra.fallback ? null : 'contact.phone'),
  confidence: extra.confidence ?? (extra.fallback ? 0.1 : 0.9),
  fallback: extra.fallback ?? false,
  report: extra.report ?? null,
  ...(extra.time ? { time: extra.time } : {}),
});
