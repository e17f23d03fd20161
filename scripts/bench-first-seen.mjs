#!/usr/bin/env node
// First-seen questions only: what a question costs when no memo has seen it (the bot memoises the ranking,
// slots, figures and passage look-ups of a text, so repeated questions are cheaper than new ones and the
// bench's repeated load alone would overstate what the memos give).
//
// The distinct questions of the bench's sets are split in two halves (a fixed shuffle); in a fresh
// process one half warms up the code (JIT, lazy modules) and the other half is measured, each question
// once, then the halves swap (a second fresh process). Measured:
// - reply() in-process, latency per question (p50, p99, mean), via a child process per half;
// - the batch path (`ask --json`, ours and the peer): answers per second over the measured half, after
//   the warm-up half (whole chunks of 256) went through the same process.
// Usage: node scripts/bench-first-seen.mjs [--batch-only | --inproc-only]   (prints JSON)
// Also imported by scripts/bench.mjs: firstSeen({ root, questions, bots }).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** The distinct questions in two halves, by a fixed shuffle (the same split every run). */
export function halves(questions) {
  const distinct = [...new Set(questions)];
  let seed = 20261129;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = distinct.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [distinct[i], distinct[j]] = [distinct[j], distinct[i]];
  }
  const mid = distinct.length >> 1;
  return [distinct.slice(0, mid), distinct.slice(mid)];
}

/** In a fresh process: warm up on `warm`, then each of `measure` once; latencies in ms. */
function inprocHalf(root, warm, measure) {
  const code = `
    const { createCore } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/core/bot.js')).href)});
    // the questions come on stdin: as an argument they pass the kernel's limit on one argument (128 KB)
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    const [warm, measure] = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const core = await createCore();
    let u = 0;
    for (const text of warm) await core.reply({ user: 'w' + (u++ % 200), text, channel: 'batch' });
    const lat = [];
    for (const text of measure) {
      const s = performance.now();
      await core.reply({ user: 'm' + (u++ % 200), text, channel: 'batch' });
      lat.push(performance.now() - s);
    }
    await core.close();
    process.stdout.write(JSON.stringify(lat));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, input: JSON.stringify([warm, measure]), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`first-seen in-process run failed: ${r.error?.message ?? ''} ${(r.stderr ?? '').slice(0, 300)}`);
  return JSON.parse(r.stdout);
}

/** Both batch commands write answers in chunks of this many lines (the peer until its input ends). */
const FLUSH = 256;

/**
 * A batch-contract bot in a fresh process: the warm half (cut to whole chunks), then the measured half,
 * all written at once; answers/s from the last warm-up answer to the last answer.
 */
function batchHalf(root, cmd, warmAll, measure) {
  const warm = warmAll.slice(0, Math.max(FLUSH, warmAll.length - (warmAll.length % FLUSH)));
  return new Promise((resolve, reject) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines = (qs, tag) => qs.map((text, i) => JSON.stringify({ user: `${tag}${i % 200}`, text }) + '\n').join('');
    let count = 0;
    let t1 = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      for (let i = d.indexOf('\n'); i >= 0; i = d.indexOf('\n', i + 1)) count++;
      if (count >= warm.length && !t1) t1 = performance.now();
      if (count === warm.length + measure.length) resolve((measure.length / (performance.now() - t1)) * 1000);
    });
    child.on('error', reject);
    child.on('close', (code) => count < warm.length + measure.length && reject(new Error(`${cmd.join(' ')} exited ${code} after ${count} lines`)));
    child.stdin.on('error', () => {});
    child.stdin.end(lines(warm, 'w') + lines(measure, 'm'));
  });
}

/**
 * Both halves measured (each half once as the measured one).
 * Returns { n, inproc: { p50, p99, mean }, batch: { [bot]: perSec (mean of the two halves) } }.
 */
export async function firstSeen({ root, questions, bots = [], inproc = true }) {
  const [a, b] = halves(questions);
  const out = { n: a.length + b.length, batch: {} };
  if (inproc) {
    const lat = [...inprocHalf(root, a, b), ...inprocHalf(root, b, a)].sort((x, y) => x - y);
    out.inproc = { p50: quantile(lat, 0.5), p99: quantile(lat, 0.99), mean: lat.reduce((s, x) => s + x, 0) / lat.length };
  }
  // halves alternate between the bots, so that other work on the machine does not land on one bot only
  const runs = Object.fromEntries(bots.map((bot) => [bot.name, []]));
  for (const [warm, measure] of [[a, b], [b, a]]) for (const bot of bots) runs[bot.name].push(await batchHalf(root, bot.cmd, warm, measure));
  for (const bot of bots) out.batch[bot.name] = runs[bot.name].reduce((s, x) => s + x, 0) / runs[bot.name].length;
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { evalSets } = await import('./eval-sets.mjs');
  const { readFileSync } = await import('node:fs');
  const readCases = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('//')).map((l) => JSON.parse(l));
  const questions = evalSets(root, join(root, '..', 'shared', 'eval')).flatMap((s) => readCases(s.file).flatMap((c) => (c.turns ?? [{ q: c.q }]).map((t) => t.q)));
  const bots = process.argv.includes('--inproc-only')
    ? []
    : [
        { name: 'ours', cmd: ['node', join(root, 'dist/cli.js'), 'ask', '--json'] },
        { name: 'peer', cmd: ['node', join(root, 'scripts/nlpjs-peer.mjs')] },
      ];
  console.log(JSON.stringify(await firstSeen({ root, questions, bots, inproc: !process.argv.includes('--batch-only') }), null, 1));
}
