#!/usr/bin/env node
// npm run trace: runs every question of eval/heldout-*.jsonl and test/conversations.yml in-process through
// the built core (fixed clock), then prints
//   - the policy table: rule → how many eval turns (eval/ sets only) it decides, with its one-line doc;
//   - each eval set's score against its floor in eval/floors.json;
//   - how test/decision-trace.tsv would change (re-routed questions).
// npm run trace:update (--update) rewrites test/decision-trace.tsv; review the diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFloors, ruleCounts, runSets, scoreRun, TRACE_FILE, traceText } from './trace-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--update');
const { createCore } = await import(join(root, 'dist/core/bot.js'));
const { RULES } = await import(join(root, 'dist/core/policy/index.js'));
const runs = await runSets(createCore, root);

const counts = new Map(ruleCounts(runs));
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`## policy rules (in order) and the eval turns each decides (${total} turns of eval/heldout-*.jsonl)\n`);
console.log('| # | rule | turns | what it decides |\n|---|---|---|---|');
RULES.forEach((r, i) => console.log(`| ${i + 1} | ${r.name} | ${counts.get(r.name) ?? 0} | ${r.doc} |`));
for (const [name, n] of counts) if (!RULES.some((r) => r.name === name)) console.log(`|  | ${name} | ${n} | (outside the policy) |`);

const floors = existsSync(join(root, 'eval/floors.json')) ? readFloors(root) : {};
console.log('\n## eval sets (in-process, clock fixed) against their floors (eval/floors.json)\n');
for (const run of runs.filter((r) => r.set.label.startsWith('heldout-'))) {
  const s = scoreRun(run);
  const pct = (100 * s.ok) / s.n;
  const floor = floors[run.set.label];
  console.log(`${run.set.label.padEnd(22)} ${String(s.ok).padStart(3)}/${String(s.n).padEnd(3)} ${pct.toFixed(1).padStart(5)}%  floor ${floor ?? '(none)'}${floor !== undefined && pct < floor ? '  BELOW FLOOR' : ''}`);
}

const file = join(root, TRACE_FILE);
const now = traceText(runs);
const was = existsSync(file) ? readFileSync(file, 'utf8') : '';
const before = was.split('\n');
const after = now.split('\n');
const gone = before.filter((l) => !after.includes(l));
const added = after.filter((l) => !before.includes(l));
console.log(`\n## ${TRACE_FILE}: ${gone.length || added.length ? `${added.length} lines would change` : 'unchanged'}`);
for (const l of gone.slice(0, 40)) console.log(`- ${l}`);
for (const l of added.slice(0, 40)) console.log(`+ ${l}`);
if (update) {
  writeFileSync(file, now);
  console.log(`written ${TRACE_FILE} (${after.length - 2} turns): review git diff ${TRACE_FILE}`);
}
