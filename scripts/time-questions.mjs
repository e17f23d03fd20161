#!/usr/bin/env node
// Per-question cost through the core, in-process (the batch path without stdin/stdout): every question
// of eval/heldout-nangang + heldout-wechat repeated to N. Given two builds, both run in one process,
// round by round interleaved (so load from other processes hits both alike); min and median per build,
// wall time and this process's CPU time (less sensitive to other processes on a busy machine).
// Usage: node scripts/time-questions.mjs [DIST_DIR=dist] [OTHER_DIST_DIR] [--n 2000] [--rounds 9]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from './eval-cases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
const N = opt('--n', 2000);
const ROUNDS = opt('--rounds', 9);
const dists = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).map((d) => resolve(d));
if (!dists.length) dists.push(join(root, 'dist'));
const qs = ['eval/heldout-nangang.jsonl', 'eval/heldout-wechat.jsonl'].flatMap((f) => readJsonl(join(root, f)).flatMap((c) => c.turns.map((t) => t.q)));
const runs = [];
for (const dist of dists) {
  const { createCore } = await import(join(dist, 'core/bot.js'));
  runs.push({ dist, core: await createCore({}), times: [] });
}
for (let r = 0; r < ROUNDS; r++) {
  for (const run of runs) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (let i = 0; i < N; i++) await run.core.reply({ user: `u${i % 50}`, text: qs[i % qs.length], channel: 'batch' });
    run.times.push(Number(process.hrtime.bigint() - t0) / 1e3 / N);
    const c = process.cpuUsage(c0);
    (run.cpu ??= []).push((c.user + c.system) / N);
  }
}
for (const run of runs) {
  const t = [...run.times].sort((a, b) => a - b);
  const c = [...run.cpu].sort((a, b) => a - b);
  console.log(
    `${run.dist.replace(root + '/', '')}: ${N} questions × ${ROUNDS} rounds, µs per question: wall min ${t[0].toFixed(1)} median ${t[ROUNDS >> 1].toFixed(1)}; CPU min ${c[0].toFixed(1)} median ${c[ROUNDS >> 1].toFixed(1)}`,
  );
  await run.core.close();
}
