#!/usr/bin/env node
// Lists the failing cases of the eval sets (in-process, clock fixed): node scripts/fails.mjs [SET-LABEL-SUBSTRING ...]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSets, scoreRun } from './trace-lib.mjs';
import { questionSets } from './eval-cases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const want = process.argv.slice(2);
const { createCore } = await import(join(root, 'dist/core/bot.js'));
const sets = questionSets(root).filter((s) => s.label.startsWith('heldout-') && (!want.length || want.some((w) => s.label.includes(w))));
const runs = await runSets(createCore, root, { sets });
for (const run of runs) {
  const s = scoreRun(run);
  if (!s.failures.length) continue;
  console.log(`## ${s.label} ${s.ok}/${s.n}`);
  for (const f of s.failures) console.log(f);
}
