// Report workers are reused within a load (one start per slot, not per file) and none is left idle after it.
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/report/library.js';
import { poolStats } from '../../src/report/worker/pool.js';

describe('report worker pool', () => {
  it('a folder of five files starts fewer workers than files, and ends them when the load is over', async () => {
    const before = poolStats().started;
    const { reports, errors } = await loadLibrary('test/fixtures/reports-other');
    expect(reports.length).toBe(4);
    expect(errors.length).toBe(1); // EXPECTED-other.md is no report
    const started = poolStats().started - before;
    expect(started).toBeGreaterThan(0); // the files really went through workers
    expect(started).toBeLessThan(reports.length + errors.length);
    expect(poolStats().idle).toBe(0);
  });
});
