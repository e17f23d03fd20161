// The question sets and the `ask` arguments each runs with — shared by scripts/eval.mjs and scripts/bench.mjs.
// eval/heldout-NAME.jsonl runs on test/fixtures/reports-NAME when that folder exists; a first line
// "// args: …" gives the arguments explicitly (e.g. --reports DIR --default-office NAME).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function evalSets(root, sharedEval) {
  const sets = [];
  const dev = join(sharedEval, 'dev.jsonl');
  if (existsSync(dev)) sets.push({ label: 'dev', file: dev, args: [] });
  const own = join(root, 'eval');
  for (const f of existsSync(own) ? readdirSync(own).filter((x) => /^heldout-.*\.jsonl$/.test(x)).sort() : []) {
    const file = join(own, f);
    // (an empty "// args:" line means the default reports: nothing after it on that line is read)
    const header = /^\/\/[ \t]*args:[ \t]*(.*)$/m.exec(readFileSync(file, 'utf8').split('\n', 3).join('\n'));
    let args = [];
    if (header) {
      args = header[1].trim() ? header[1].trim().split(/\s+/) : [];
      args = args.map((a, i, all) => (all[i - 1] === '--reports' ? join(root, a) : a));
    } else {
      const dir = join(root, 'test/fixtures', `reports-${f.replace(/^heldout-|\.jsonl$/g, '')}`);
      if (existsSync(dir)) args = ['--reports', dir];
    }
    sets.push({ label: f.replace(/\.jsonl$/, ''), file, args });
  }
  return sets;
}
