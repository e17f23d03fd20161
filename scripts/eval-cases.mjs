// Every question of the repo's question sets, as conversations ready to run in-process through the core:
// eval/heldout-*.jsonl (with the arguments scripts/eval-sets.mjs gives each set) and test/conversations.yml.
// Used by the decision trace (npm run trace), the eval floors test and scripts/dump-answers.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { evalSets } from './eval-sets.mjs';

/** ask's arguments → createCore options. */
export function coreOptions(args) {
  const opt = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--reports') opt.reportsDir = args[++i];
    else if (args[i] === '--default-office') opt.defaultOffice = args[++i];
  }
  return opt;
}

/** Cases of a JSONL set: {id, cat, turns: [{q, exp}]}. */
export function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('//'))
    .map((l) => JSON.parse(l))
    .map((c) => ({ id: c.id, cat: c.cat, turns: c.turns ?? [{ q: c.q, exp: c.exp ?? {} }] }));
}

/** Groups of test/conversations.yml and the reports each loads (as in test/conversations.test.ts). */
export const CONVERSATION_GROUPS = { nangang: 'data/reports', multi: 'test/fixtures/reports-multi' };

/**
 * The sets: {label, file, options, cases}. `sharedEval` (optional) adds ../shared/eval/dev.jsonl.
 */
export function questionSets(root, { sharedEval = join(root, 'no-shared-eval'), conversations = true } = {}) {
  const sets = evalSets(root, sharedEval).map((s) => ({ label: s.label, file: s.file, options: coreOptions(s.args), cases: readJsonl(s.file) }));
  if (conversations) {
    const file = join(root, 'test/conversations.yml');
    const groups = parse(readFileSync(file, 'utf8'));
    for (const [group, cases] of Object.entries(groups)) {
      if (!CONVERSATION_GROUPS[group] || !Array.isArray(cases)) continue;
      sets.push({
        label: `conversations-${group}`,
        file,
        options: { reportsDir: join(root, CONVERSATION_GROUPS[group]) },
        cases: cases.map((c, i) => ({ id: `${group}-${i + 1}`, cat: 'conversation', turns: c.turns ?? [c] })),
      });
    }
  }
  return sets;
}
