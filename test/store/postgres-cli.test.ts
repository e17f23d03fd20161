/** The commands on DATABASE_URL (built CLI, real server): ask, stats, unanswered, start's exit 2. */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { dropSchema, pgUrl, schemaUrl, uniqueSchema } from './pg-helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = fileURLToPath(new URL('../fixtures/reports', import.meta.url));

function cli(args: string[], env: Record<string, string>, input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'error', DISCLOSURE_REPORTS_DIR: REPORTS, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe.skipIf(!pgUrl)('commands on PostgreSQL', () => {
  const schema = uniqueSchema('cli');
  const env = () => ({ DATABASE_URL: schemaUrl(schema) });
  afterAll(() => dropSchema(schema));

  test('ask: batch runs share conversations; stats and unanswered read the same database and agree', async () => {
    const a = await cli(['ask', '--json'], env(), '{"user":"p1","text":"2022年收到多少申请"}\n{"user":"p2","text":"停车场在哪里"}\n');
    expect(a.code).toBe(0);
    // a second run continues p1's conversation
    const b = await cli(['ask', '--json'], env(), '{"user":"p1","text":"那不予公开的呢"}\n{"user":"p3","text":"停车场在哪里？"}\n');
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout.split('\n')[0]!).answer).toMatch(/不予公开.*2 件/);
    const s = await cli(['stats', '--json'], env());
    expect(s.code).toBe(0);
    const stats = JSON.parse(s.stdout) as { total: number; days: Array<{ fallback: number }> };
    expect(stats.total).toBe(4);
    const u = await cli(['unanswered', '--json'], env());
    const items = JSON.parse(u.stdout) as Array<{ text: string; count: number }>;
    expect(items).toEqual([expect.objectContaining({ text: '停车场在哪里', count: 2 })]);
    expect(stats.days.at(-1)!.fallback).toBe(2);
  }, 180_000);

  test('an unreachable database: start, ask and stats exit 2 with one line', async () => {
    const url = `postgres://postgres@127.0.0.1:${await closedPort()}/test`;
    for (const args of [['start', '--channels', 'console'], ['ask', '--json'], ['stats']]) {
      const r = await cli(args, { DATABASE_URL: url });
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('无法连接数据库');
    }
  }, 180_000);
});
