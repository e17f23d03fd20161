#!/usr/bin/env node
// Dumps every answer of every question set (in-process through the built core), one line per turn:
//   set <TAB> case#turn <TAB> question <TAB> answer JSON
// For behaviour-neutral refactors: dump before and after, then diff.
// Usage: node scripts/dump-answers.mjs [--shared /work/shared/eval] > answers.tsv
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { questionSets } from './eval-cases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--shared');
const sharedEval = at > 0 ? process.argv[at + 1] : undefined;
const { createCore } = await import(join(root, 'dist/core/bot.js'));
const out = [];
for (const set of questionSets(root, { sharedEval })) {
  const core = await createCore(set.options);
  for (const c of set.cases) {
    for (const [k, t] of c.turns.entries()) {
      const a = await core.reply({ user: `dump-${set.label}-${c.id}`, text: t.q, channel: 'batch' });
      const { turnId, ...rest } = a;
      out.push(`${set.label}\t${c.id}#${k + 1}\t${t.q}\t${JSON.stringify(rest)}`);
    }
  }
  await core.close();
}
process.stdout.write(out.join('\n') + '\n');
