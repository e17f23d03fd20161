/**
 * The embedded store's load test (scripts/load-embedded.mjs) at a small scale: correctness, not timing —
 * every question is counted, the snapshot stays small while thousands of users keep their context.
 * The timing figures (20 msg/s with 100,000 users) come from running the script itself.
 */
import { expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script
import { loadEmbedded } from '../../scripts/load-embedded.mjs';

test('load script: 5,000 users then 200 messages from random users; every question counted; the snapshot holds no per-user state', async () => {
  const r = (await loadEmbedded({ users: 5_000, rate: 100, seconds: 2 })) as Record<string, number>;
  expect(r.questions).toBe(r.expected);
  expect(r.expected).toBe(5_200);
  expect(r.journalAppends).toBeGreaterThan(0);
  expect(r.snapshotBytes).toBeLessThan(1_000_000); // bounded: last turns, counters, unanswered; no users
  expect(r.journalBytes).toBeGreaterThan(r.snapshotBytes);
}, 120_000);
