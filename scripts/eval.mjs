#!/usr/bin/env node
// npm run eval: (1) the question sets through the batch contract (../shared/eval/score.mjs, when that
// folder exists, and the repo's own held-out sets in eval/), (2) a k-fold cross-validation of the intent
// examples for our classifier and for natural's BayesClassifier, with the confusions.
import { existsSync } from 'node:fs';
import { evalSets } from './eval-sets.mjs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'eval');
const score = join(shared, 'score.mjs');

function runSet(file, args = []) {
  console.log(`\n## ${file.replace(root + '/', '')} ${args.join(' ').replace(root + '/', '')}`);
  const r = spawnSync('node', [score, file, '--', 'node', join(root, 'dist/cli.js'), 'ask', '--json', ...args], { cwd: root, encoding: 'utf8' });
  const lines = (r.stdout || '').trim().split('\n');
  const fails = lines.filter((l) => /^\S+ \[/.test(l)).length;
  console.log(lines.filter((l) => /^\S+\s+\d+\/\d+$|^score:|^output lines/.test(l)).join('\n'));
  if (fails && process.argv.includes('--verbose')) console.log(lines.filter((l) => !/^\S+\s+\d+\/\d+$|^score:/.test(l)).join('\n'));
  if (r.stderr) process.stderr.write(r.stderr);
}

if (existsSync(score)) {
  for (const set of evalSets(root, shared)) runSet(set.file, set.args);
} else {
  console.log('(../shared/eval not found: skipping the question sets)');
}

// ---------------------------------------------------------------- cross-validation
const { loadIntents } = await import(join(root, 'dist/answer/intents.js'));
const { Classifier } = await import(join(root, 'dist/understand/classifier.js'));
const { classifierText, materialOf } = await import(join(root, 'dist/core/knowledge.js'));
const { normalize } = await import(join(root, 'dist/understand/normalize.js'));
const { addMaterial, cut } = await import(join(root, 'dist/understand/segment.js'));
const set = await loadIntents();
// the examples are cut as the bot cuts them (its lean dictionary knows the words of its intents)
addMaterial(materialOf([], set, []));
const K = 5;
const prep = (e) => classifierText(normalize(e), set.lexicon, [], new Date());
const data = set.intents.flatMap((it) => it.examples.map((e, i) => ({ it, text: prep(e), fold: i % K })));

let natural;
try {
  natural = (await import('natural/lib/natural/classifiers/index.js')).default;
} catch {
  natural = undefined;
}

const results = { tfidf: { ok: 0, n: 0, confusions: new Map() }, bayes: { ok: 0, n: 0, confusions: new Map() } };
for (let f = 0; f < K; f++) {
  const train = data.filter((d) => d.fold !== f);
  const test = data.filter((d) => d.fold === f);
  const byIntent = new Map();
  for (const d of train) byIntent.set(d.it.id, { item: d.it, examples: [...(byIntent.get(d.it.id)?.examples ?? []), d.text] });
  const clf = new Classifier([...byIntent.values()]);
  let bayes;
  if (natural) {
    bayes = new natural.BayesClassifier();
    for (const d of train) bayes.addDocument(cut(d.text), d.it.id);
    bayes.train();
  }
  for (const d of test) {
    const got = clf.rank(d.text)[0]?.item.id ?? '(none)';
    const r = results.tfidf;
    r.n++;
    if (got === d.it.id) r.ok++;
    else r.confusions.set(`${d.it.id} → ${got}`, [...(r.confusions.get(`${d.it.id} → ${got}`) ?? []), d.text]);
    if (bayes) {
      const b = results.bayes;
      const g = bayes.classify(cut(d.text));
      b.n++;
      if (g === d.it.id) b.ok++;
      else b.confusions.set(`${d.it.id} → ${g}`, [...(b.confusions.get(`${d.it.id} → ${g}`) ?? []), d.text]);
    }
  }
}
console.log(`\n## ${K}-fold cross-validation of ${data.length} intent examples (${set.intents.length} intents)`);
for (const [name, r] of Object.entries(results)) {
  if (!r.n) continue;
  console.log(`${name.padEnd(6)} ${(100 * r.ok / r.n).toFixed(1)}% (${r.ok}/${r.n})`);
}
console.log('\nconfusions of the TF-IDF classifier (expected → predicted: examples):');
for (const [k, v] of [...results.tfidf.confusions].sort((a, b) => b[1].length - a[1].length).slice(0, 25)) console.log(`  ${k}: ${v.join(' | ')}`);
