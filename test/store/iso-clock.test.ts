/** The turn log's clock writes the time exactly as Date.prototype.toISOString does, millisecond by millisecond. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoClock } from '../../src/store/iso-clock.js';

describe('isoClock', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives toISOString of Date.now() across milliseconds, seconds, days and years', () => {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const clock = isoClock();
    // (the epoch, a day's last second, a year's end, the last second of year 9999, and repeated reads)
    for (const base of [0, 1_764_567_487_000, 946_684_799_000, 1_703_980_799_500, 253_402_300_799_000]) {
      for (let k = 0; k < 2_500; k += 7) {
        now = base + k;
        expect(clock()).toBe(new Date(now).toISOString());
        expect(clock()).toBe(new Date(now).toISOString());
      }
    }
  });
});
