// The decision trace and the eval floors: every question of eval/heldout-*.jsonl and test/conversations.yml
// runs once, in-process through the core with a fixed clock.
//  - trace: which rule and intent answer each turn must match test/decision-trace.tsv (a reviewed file);
//    after an intended change: `npm run trace:update` (or UPDATE_TRACE=1 npx vitest run test/decision-trace.test.ts),
//    then review `git diff test/decision-trace.tsv`.
//  - floors: each eval set scores at least its floor in eval/floors.json (scoring as ../shared/eval/score.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { questionSets } from '../scripts/eval-cases.mjs';
import { FLOORS_FILE, readFloors, runSets, scoreRun, TRACE_FILE, traceText } from '../scripts/trace-lib.mjs';
import { createCore } from '../src/core/bot.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sets = questionSets(ROOT) as { label: string }[];
let runs: { set: { label: string }; turns: unknown[] }[];

beforeAll(async () => {
  runs = await runSets(createCore, ROOT, { sets });
}, 900_000);

describe('decision trace', () => {
  it(`every question is decided by the rule and intent recorded in ${TRACE_FILE}`, () => {
    const now = traceText(runs) as string;
    const file = join(ROOT, TRACE_FILE);
    if (process.env.UPDATE_TRACE) writeFileSync(file, now);
    const was = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (now === was) return;
    const before = new Set(was.split('\n'));
    const after = new Set(now.split('\n'));
    const gone = [...before].filter((l) => !after.has(l));
    const added = [...after].filter((l) => !before.has(l));
    const show = [...gone.slice(0, 20).map((l) => `- ${l}`), ...added.slice(0, 20).map((l) => `+ ${l}`)].join('\n');
    expect.fail(
      `${gone.length} trace lines changed (first 20 shown). If intended: npm run trace:update, then review git diff ${TRACE_FILE}\n${show}`,
    );
  });
});

describe('eval floors', () => {
  const floors = readFloors(ROOT) as Record<string, number>;
  for (const set of sets.filter((s) => s.label.startsWith('heldout-'))) {
    it(`${set.label} scores at least its floor in ${FLOORS_FILE}`, () => {
      const floor = floors[set.label];
      expect(floor, `no floor for ${set.label}: add one to ${FLOORS_FILE} (its current score, rounded down)`).toBeTypeOf('number');
      const run = runs.find((r) => r.set.label === set.label)!;
      const s = scoreRun(run) as { ok: number; n: number; failures: string[] };
      const pct = (100 * s.ok) / s.n;
      expect(pct, `${set.label}: ${s.ok}/${s.n} (${pct.toFixed(1)}%) < floor ${floor}%\n${s.failures.join('\n')}`).toBeGreaterThanOrEqual(floor);
    });
  }
});
