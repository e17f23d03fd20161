// Report workers are reused within a load (one start per slot, not per file) and by the next load; an
// idle worker ends after its idle time, and a worker is recycled after recycleAfterJobs jobs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/report/library.js';
import { setIsolation, warmPdfWorkers } from '../../src/report/worker/isolated.js';
import { drainPool, poolStats } from '../../src/report/worker/pool.js';

const defaults = setIsolation({});
afterAll(async () => {
  setIsolation(defaults);
  await drainPool();
});

describe('report worker pool', () => {
  it('a folder of five files starts fewer workers than files; a second load starts none', async () => {
    await drainPool();
    setIsolation({ idleMs: 60_000 });
    const before = poolStats().started;
    const { reports, errors } = await loadLibrary('test/fixtures/reports-other');
    expect(reports.length).toBe(4);
    expect(errors.length).toBe(1); // EXPECTED-other.md is no report
    const started = poolStats().started - before;
    expect(started).toBeGreaterThan(0); // the files really went through workers
    expect(started).toBeLessThan(reports.length + errors.length);
    expect(poolStats().idle).toBe(started); // kept, waiting for the next load

    const again = await loadLibrary('test/fixtures/reports-other');
    expect(again.reports.map((r) => r.id)).toEqual(reports.map((r) => r.id));
    expect(poolStats().started - before).toBe(started); // warm workers reused
  });

  it('a warmed worker (pdfjs imported ahead) takes the first PDF: no other worker starts', async () => {
    await drainPool();
    setIsolation({ idleMs: 60_000 });
    const dir = mkdtempSync(join(tmpdir(), 'pool-warm-'));
    const pdf = readdirSync('test/fixtures/reports-real').find((f) => f.endsWith('.pdf'))!;
    copyFileSync(join('test/fixtures/reports-real', pdf), join(dir, pdf));
    try {
      const before = poolStats().started;
      warmPdfWorkers(1);
      warmPdfWorkers(1); // already one idle: no second
      expect(poolStats()).toEqual({ started: before + 1, idle: 1 });
      const { reports, errors } = await loadLibrary(dir);
      expect(errors).toEqual([]);
      expect(reports).toHaveLength(1);
      expect(poolStats().started).toBe(before + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('idle workers end after their idle time', async () => {
    await drainPool();
    setIsolation({ idleMs: 200 });
    await loadLibrary('test/fixtures/reports-other');
    expect(poolStats().idle).toBeGreaterThan(0);
    for (let i = 0; i < 100 && poolStats().idle > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(poolStats().idle).toBe(0);
  });

  it('a worker is recycled after recycleAfterJobs jobs', async () => {
    await drainPool();
    setIsolation({ idleMs: 60_000, recycleAfterJobs: 2, concurrency: 1 });
    const before = poolStats().started;
    const { reports } = await loadLibrary('test/fixtures/reports-other');
    expect(reports.length).toBe(4);
    expect(poolStats().started - before).toBe(3); // 5 files, one at a time, 2 per worker
    expect(poolStats().idle).toBe(1); // the third ran 1 job of 2 and is kept; the first two were ended
  });

  it('with no idle time, workers end as soon as their job is done', async () => {
    await drainPool();
    setIsolation({ idleMs: 0 });
    const before = poolStats().started;
    await loadLibrary('test/fixtures/reports-other');
    expect(poolStats().idle).toBe(0);
    expect(poolStats().started - before).toBe(5); // one per file: nothing kept
  });

  it('a bot started with a flag a worker refuses (node --expose-gc) still loads its reports in workers', () => {
    const lib = new URL('../../dist/report/library.js', import.meta.url).href;
    const code = `const { loadLibrary } = await import(${JSON.stringify(lib)}); const r = await loadLibrary('test/fixtures/reports'); console.log(JSON.stringify([r.reports.length, r.errors.length]));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, DISCLOSURE_CACHE: '0' } });
    expect(run.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
    expect(JSON.parse(run.stdout.trim())).toEqual([2, 3]);
  }, 60_000);
});
