#!/usr/bin/env node
// npm run bench: one run, one table, BENCHMARKS.md written.
//
// Our bot (dist/, built by `npm run bench`) against a peer: scripts/nlpjs-peer.mjs, an nlp.js FAQ bot
// trained on the same intents/*.yml examples and speaking the same batch contract. Measured:
// - accuracy of both bots on ../shared/eval/dev.jsonl (when present) and eval/heldout-*.jsonl (score.mjs), as
//   many score runs at a time as there are cores (accuracy does not depend on timing; the timed parts follow);
// - cold start: process start → first answer line (one question through the batch command), median of 5;
// - peak RSS of start-up + one question (VmHWM at exit, via a --require preload);
// - throughput and peak RSS through the batch path: 10,240 questions as JSON lines into one spawned process
//   (after 256 warm-up answers, so start-up is not counted), VmHWM from /proc/<pid>/status at the end;
//   3 runs per bot, alternating bots, median;
// - 1,000 questions through the batch command, start-up included (wall time);
// - our reply() in-process: latency p50/p99/max and throughput over the same 10,240 messages, 3 rounds
//   (a fresh core each), medians (200 rotating users);
// - time to load 10 report files (loadLibrary of dist/report/library.js, the cache of parsed reports off);
// - 10 real PDFs: distinct bytes through the report workers and in-thread, with 7 byte copies, with a
//   warm cache; 3 distinct in a fresh process (scripts/bench-real-pdf.mjs);
// - 1, 10, 100, 1,000 generated reports: start with a cold and a warm cache, peak RSS, per question
//   mean and p99 (scripts/bench-scale.mjs);
// - where the time goes: CPU profiles of the in-process run and of one cold start (top functions).
// - first-seen questions only (scripts/bench-first-seen.mjs): every distinct question once, in a fresh process
//   warmed up on the other half, in-process and through the batch path (ours and the peer) — memos of
//   repeated questions do not help there, so the repeated load alone would overstate them.
// Run on its own (nothing else busy): the 2-core machine is shared with whatever else runs.
//
// Parts: --only PART[,PART…] runs only those parts and prints their rows (BENCHMARKS.md is written by a
// whole run only). Parts: accuracy, cold, rss, batch, wall, firstseen, load, realpdf, scale, inproc, profile,
// instances, http.
import { evalSets } from './eval-sets.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sharedEval = join(root, '..', 'shared', 'eval');
const scoreJs = join(sharedEval, 'score.mjs');
const devSet = join(sharedEval, 'dev.jsonl');
const MULTI = join(root, 'test/fixtures/reports-multi');
// Both batch commands write their output in chunks of 256 lines (and at the end of input): 10,240 = 40 × 256,
// so every answer of a run arrives while the process is still alive (for VmHWM) and no line waits for stdin's end.
const FLUSH = 256;
const N_MESSAGES = 40 * FLUSH;
const N_USERS = 200;
const started = performance.now();

const OURS = { name: 'ours', cmd: ['node', join(root, 'dist/cli.js'), 'ask', '--json'] };
const PEER = { name: 'peer', cmd: ['node', join(root, 'scripts/nlpjs-peer.mjs')] };

const PARTS = ['accuracy', 'cold', 'rss', 'batch', 'wall', 'firstseen', 'load', 'realpdf', 'scale', 'inproc', 'profile', 'instances', 'http'];
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
for (const p of only ?? []) if (!PARTS.includes(p)) throw new Error(`unknown part ${p} (parts: ${PARTS.join(', ')})`);
const want = (part) => !only || only.has(part);

const log = (s) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${s}\n`);

// ---------------------------------------------------------------- questions
function readCases(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('//'))
    .map((l) => JSON.parse(l));
}
const sets = evalSets(root, dirname(devSet)).map((s) => ({ ...s, extra: s.args }));
// Load questions: every turn of every set (multi-report questions too: against the default reports they
// exercise the "not loaded" paths), repeated to N_MESSAGES, users rotating over N_USERS.
const questions = sets.flatMap((s) => readCases(s.file).flatMap((c) => (c.turns ?? [{ q: c.q }]).map((t) => t.q)));
// The repeated load: a pool of N_POOL distinct questions taken evenly from all the sets' distinct questions (every set
// has its share), repeated to N_MESSAGES with users rotating over N_USERS, so each question is asked ~5 times, each time
// in another user's context. (Until session 57 the load was the first N_MESSAGES questions: once the sets passed
// 10,240 turns each was asked once, so the "repeated" load had become a first-seen one, and the in-process warm-up over
// all ~60,000 questions overflowed the memos it was meant to fill.)
const N_POOL = 2_048;
const distinctQuestions = [...new Set(questions)];
const poolSize = Math.min(N_POOL, distinctQuestions.length);
const pool = Array.from({ length: poolSize }, (_, k) => distinctQuestions[Math.floor((k * distinctQuestions.length) / poolSize)]);
const messages = Array.from({ length: N_MESSAGES }, (_, i) => ({ user: `bench-u${i % N_USERS}`, text: pool[i % pool.length] }));
const lines = messages.map((m) => JSON.stringify(m) + '\n');

// ---------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** Spawns a batch-contract bot; resolves `until(n)` when n output lines arrived. */
function startBot(bot) {
  const t0 = performance.now();
  const child = spawn(bot.cmd[0], bot.cmd.slice(1), { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let count = 0;
  let firstAt = null;
  let stderr = '';
  const waiters = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    for (let i = d.indexOf('\n'); i >= 0; i = d.indexOf('\n', i + 1)) {
      count++;
      if (firstAt === null) firstAt = performance.now();
    }
    for (let k = waiters.length - 1; k >= 0; k--) {
      if (count >= waiters[k].n) {
        waiters[k].resolve(performance.now());
        waiters.splice(k, 1);
      }
    }
  });
  child.stderr.on('data', (d) => (stderr += d));
  const closed = new Promise((resolve) => child.on('close', (code) => resolve({ code, at: performance.now() })));
  child.stdin.on('error', () => {});
  return {
    child,
    t0,
    get count() {
      return count;
    },
    get firstAt() {
      return firstAt;
    },
    get stderr() {
      return stderr;
    },
    closed,
    until(n) {
      if (count >= n) return Promise.resolve(performance.now());
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
  };
}

function vmHWM(pid) {
  try {
    const m = /VmHWM:\s+(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Spawn → first answer line for one question (stdin ended at once: the batch commands answer in chunks). */
async function coldStartOnce(bot) {
  const b = startBot(bot);
  b.child.stdin.end(JSON.stringify({ user: 'cold', text: '政府信息公开咨询电话是多少？' }) + '\n');
  const at = await b.until(1);
  await b.closed;
  return at - b.t0;
}

/** N_MESSAGES questions through one spawned process after FLUSH warm-up answers: throughput and peak RSS. */
async function batchRun(bot) {
  const b = startBot(bot);
  b.child.stdin.write(lines.slice(0, FLUSH).map((l) => l.replace('"user":"bench-', '"user":"warm-')).join(''));
  await b.until(FLUSH);
  const t1 = performance.now();
  b.child.stdin.write(lines.join(''));
  const t2 = await b.until(FLUSH + lines.length);
  const rss = vmHWM(b.child.pid);
  b.child.stdin.end();
  const { code } = await b.closed;
  if (code !== 0 || b.count !== FLUSH + lines.length) log(`${bot.name}: exit ${code}, ${b.count} lines; ${b.stderr.slice(0, 300)}`);
  return { perSec: (lines.length / (t2 - t1)) * 1000, seconds: (t2 - t1) / 1000, rss };
}

/** Peak RSS of a process that starts, answers one question and exits (VmHWM reported by a preload at exit). */
function rssOneQuestion(bot) {
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-rss-'));
  const preload = join(dir, 'maxrss.cjs');
  // VmHWM (kB), not resourceUsage().maxRSS: Linux keeps the bench process's high-water mark in its children
  writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nBENCH_MAXRSS ' + /VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1] + '\\n'));\n");
  const r = spawnSync(bot.cmd[0], ['--require', preload, ...bot.cmd.slice(1)], {
    cwd: root,
    input: JSON.stringify({ user: 'rss', text: '政府信息公开咨询电话是多少？' }) + '\n',
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  const kb = Number(/BENCH_MAXRSS (\d+)/.exec(r.stderr ?? '')?.[1]);
  return Number.isFinite(kb) ? kb * 1024 : null;
}

/** 1,000 questions including start-up: spawn → all answers → exit. */
async function wall1000(bot) {
  const b = startBot(bot);
  b.child.stdin.end(lines.slice(0, 1000).join(''));
  const { at, code } = await b.closed;
  if (code !== 0 || b.count !== 1000) log(`${bot.name}: exit ${code}, ${b.count} lines`);
  return (at - b.t0) / 1000;
}

/** One set scored by score.mjs against one bot (score.mjs spawns the bot's batch command). */
function accuracy(bot, set) {
  if (!existsSync(scoreJs)) return Promise.resolve(null);
  // each bot gets the set's --reports folder; only ours knows the other ask options (--default-office)
  const reports = set.extra.flatMap((a, i, all) => (a === '--reports' ? ['--reports', all[i + 1]] : []));
  const args = [scoreJs, set.file, '--', ...bot.cmd, ...(bot === PEER ? reports : set.extra)];
  return new Promise((resolve) => {
    const child = spawn('node', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d.length < 1 << 20 ? d : ''));
    child.stderr.setEncoding('utf8').on('data', (d) => (err = (err + d).slice(-2000)));
    child.on('close', () => {
      const m = /score: (\d+)\/(\d+)/.exec(out);
      if (!m) {
        log(`score.mjs failed for ${bot.name} on ${set.label}: ${(err || out).slice(0, 300)}`);
        return resolve(null);
      }
      resolve({ ok: Number(m[1]), n: Number(m[2]), pct: (100 * Number(m[1])) / Number(m[2]) });
    });
  });
}

/**
 * Every (bot, set) pair scored, ACCURACY_JOBS at a time. Accuracy does not depend on timing, so the ~1,500 score
 * runs (each a spawned bot; the peer's start alone takes seconds) share the cores instead of taking turns: a
 * whole bench run stays within the hour. Timed parts run afterwards, one process at a time.
 */
const ACCURACY_JOBS = Math.max(1, os.cpus().length);
async function accuracyAll(bots, list) {
  const out = Object.fromEntries(bots.map((b) => [b.name, {}]));
  const jobs = bots.flatMap((bot) => list.map((s) => ({ bot, s })));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { bot, s } = jobs[next++];
      out[bot.name][s.label] = await accuracy(bot, s);
      if (++done % 50 === 0 || done === jobs.length) log(`accuracy: ${done}/${jobs.length} scored`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(ACCURACY_JOBS, jobs.length) }, worker));
  return out;
}

// ---------------------------------------------------------------- CPU profile summary
function summarize(profile, top = 10) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    hits.set(id, (hits.get(id) ?? 0) + dt);
    total += dt;
  });
  const key = (n) => {
    const f = n.callFrame;
    const url = f.url.replace(pathToFileURL(root).href + '/', '').replace(/^node:/, 'node:');
    return `${url || '(native)'}:${f.functionName || '(anonymous)'}${url ? `:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const incl = new Map();
  for (const [id, t] of hits) {
    const k = key(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + t);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(byId.get(cur));
      if (!seen.has(kk)) {
        seen.add(kk);
        incl.set(kk, (incl.get(kk) ?? 0) + t);
      }
    }
  }
  const fmt = (m) =>
    [...m]
      .filter(([k]) => k.startsWith('dist/') || k.startsWith('node_modules/') || k.startsWith('(native):(garbage'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => ({ where: k, pct: (100 * t) / total }));
  let loader = 0;
  for (const [k, t] of self) if (k.startsWith('node:internal/modules')) loader += t;
  return { totalMs: total / 1000, self: fmt(self), inclusive: fmt(incl), loaderPct: (100 * loader) / total };
}

// ---------------------------------------------------------------- run
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores: os.cpus().length,
  memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  date: new Date().toISOString(),
  load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  commit: (() => {
    const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
    const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'intents', 'data'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
    return head ? `${head}${dirty ? ' + uncommitted changes in src/intents/data' : ''}` : 'unknown';
  })(),
};
log(`${questions.length} distinct-position questions from ${sets.map((s) => s.label).join(', ')}; ${N_MESSAGES} messages, ${N_USERS} users`);

// the peer's training (also refreshes its model cache, so its cold starts load a trained model)
const train = !want('accuracy') ? {} : (log('peer: training nlp.js'), spawnSync('node', [...PEER.cmd.slice(1), '--retrain'], {
  cwd: root,
  input: JSON.stringify({ user: 't', text: '你好' }) + '\n',
  encoding: 'utf8',
  env: { ...process.env, NLPJS_PEER_VERBOSE: '1' },
}));
const trainMs = Number(/trained in (\d+) ms/.exec(train.stderr ?? '')?.[1] ?? NaN);

if (want('accuracy')) log(`accuracy: ${sets.length} sets × 2 bots, ${ACCURACY_JOBS} at a time`);
const acc = await accuracyAll([OURS, PEER], want('accuracy') ? sets : []);

// Timings alternate between the two bots and are repeated (median), so that a burst of other work on the
// machine does not land on one bot only.
const REPS_COLD = 5;
const REPS_BATCH = 3;
const cold = { ours: [], peer: [] };
const batchRuns = { ours: [], peer: [] };
const rss1 = {};
const wall = {};
if (want('cold')) log(`cold start ×${REPS_COLD} each`);
for (let k = 0; k < (want('cold') ? REPS_COLD : 0); k++) for (const bot of [OURS, PEER]) cold[bot.name].push(await coldStartOnce(bot));
if (want('rss')) for (const bot of [OURS, PEER]) rss1[bot.name] = rssOneQuestion(bot);
for (let k = 0; k < (want('batch') ? REPS_BATCH : 0); k++) {
  for (const bot of [OURS, PEER]) {
    log(`batch ${bot.name}: ${N_MESSAGES} messages (${k + 1}/${REPS_BATCH})`);
    batchRuns[bot.name].push(await batchRun(bot));
  }
}
for (const bot of want('wall') ? [OURS, PEER] : []) {
  log(`1,000 questions ${bot.name}`);
  wall[bot.name] = await wall1000(bot);
}
// first-seen questions only (each distinct question once, in a process warmed up on the other half)
let first = null;
if (want('firstseen')) {
  log('first-seen questions: in-process and batch path');
  first = await (await import('./bench-first-seen.mjs')).firstSeen({ root, questions, bots: [OURS, PEER] });
}
const batch = Object.fromEntries(
  Object.entries(batchRuns).map(([name, runs]) => [
    name,
    { perSec: runs.length ? median(runs.map((r) => r.perSec)) : null, all: runs.map((r) => r.perSec), rss: Math.max(0, ...runs.map((r) => r.rss ?? 0)) || null },
  ]),
);
const coldMed = want('cold') ? { ours: median(cold.ours), peer: median(cold.peer) } : {};

// loading 10 report files
let load = null;
if (want('load')) {
log('loading 10 reports');
const { loadLibrary } = await import(pathToFileURL(join(root, 'dist/report/library.js')).href);
const { setReportCache } = await import(pathToFileURL(join(root, 'dist/report/cache/store.js')).href);
const cacheBefore = setReportCache({ dir: null }); // every file parsed: the cache has its own rows (bench-scale, bench-real-pdf)
const tmp = mkdtempSync(join(os.tmpdir(), 'bench-reports-'));
const sources = [join(root, 'data/reports/南岗区人民政府办公室-2022.txt'), join(root, 'test/fixtures/reports/沭阳县人民政府-2025.md')];
for (let k = 1; k <= 5; k++) {
  for (const src of sources) {
    const base = src.split('/').pop();
    copyFileSync(src, join(tmp, base.replace(/(\.\w+)$/, `-copy${k}$1`)));
  }
}
const loadTimes = [];
let loaded = null;
for (let k = 0; k < 6; k++) {
  const t = performance.now();
  loaded = await loadLibrary(tmp);
  loadTimes.push(performance.now() - t);
}
rmSync(tmp, { recursive: true, force: true });
setReportCache(cacheBefore);
load = { first: loadTimes[0], median: median(loadTimes.slice(1)), files: 10, reports: loaded.reports.length, duplicates: loaded.errors.length };
}

// in-process reply(): latency and throughput
const REPS_IN = want('inproc') || want('profile') ? 3 : 0;
if (REPS_IN) log(`in-process reply() × ${N_MESSAGES}, ${REPS_IN} rounds`);
const { createCore } = await import(pathToFileURL(join(root, 'dist/core/bot.js')).href);
const rounds = [];
let core;
for (let k = 0; k < REPS_IN; k++) {
  // a fresh core (and in-memory store) per round: every round starts from the same state
  await core?.close();
  core = await createCore();
  for (const q of pool) await core.reply({ user: 'warm-up', text: q, channel: 'batch' }); // one warm-up pass over the pool (JIT, lazy modules, memos)
  const lat = new Float64Array(N_MESSAGES);
  const tIn = performance.now();
  for (let i = 0; i < N_MESSAGES; i++) {
    const s = performance.now();
    await core.reply({ ...messages[i], channel: 'batch' });
    lat[i] = performance.now() - s;
  }
  const inTotal = performance.now() - tIn;
  const sortedLat = [...lat].sort((a, b) => a - b);
  rounds.push({
    p50: quantile(sortedLat, 0.5),
    p99: quantile(sortedLat, 0.99),
    max: sortedLat[sortedLat.length - 1],
    perSec: (N_MESSAGES / inTotal) * 1000,
    over1ms: sortedLat.filter((x) => x > 1).length,
  });
}
const inproc = !REPS_IN ? null : {
  p50: median(rounds.map((r) => r.p50)),
  p99: median(rounds.map((r) => r.p99)),
  max: Math.max(...rounds.map((r) => r.max)),
  perSec: median(rounds.map((r) => r.perSec)),
  over1ms: median(rounds.map((r) => r.over1ms)),
};
// the slowest questions (mean of 5 repeats each, fresh users)
const perQ = new Map();
for (const q of REPS_IN ? pool : []) {
  const s = performance.now();
  for (let k = 0; k < 5; k++) await core.reply({ user: `slow-${k}`, text: q, channel: 'batch' });
  perQ.set(q, (performance.now() - s) / 5);
}
const slowest = [...perQ].sort((a, b) => b[1] - a[1]).slice(0, 5);

// where the time goes: in-process (3,000 replies) and one cold start
let hot = null;
let coldHot = null;
if (want('profile')) {
log('profiling');
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let i = 0; i < 3000; i++) await core.reply({ ...messages[i], channel: 'batch' });
const { profile } = await session.post('Profiler.stop');
session.disconnect();
hot = summarize(profile);
}
await core?.close();
if (want('profile')) {

const profDir = mkdtempSync(join(os.tmpdir(), 'bench-prof-'));
spawnSync('node', ['--cpu-prof', '--cpu-prof-dir', profDir, ...OURS.cmd.slice(1)], {
  cwd: root,
  input: JSON.stringify({ user: 'cold', text: '政府信息公开咨询电话是多少？' }) + '\n',
});
const profFile = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
coldHot = profFile ? summarize(JSON.parse(readFileSync(join(profDir, profFile), 'utf8')), 12) : null;
rmSync(profDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report
const ms = (x) => (x >= 100 ? `${Math.round(x)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(3)} ms`);
const sec = (x) => `${x.toFixed(2)} s`;
const mb = (x) => (x == null ? 'n/a' : `${(x / 2 ** 20).toFixed(0)} MB`);
const num = (x) => Math.round(x).toLocaleString('en-US');
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');
const pctOf = (a) => (a ? `${a.ok}/${a.n} (${a.pct.toFixed(1)}%)` : 'n/a');

const rows = [];
for (const s of want('accuracy') ? sets : []) {
  const a = acc.ours[s.label];
  const b = acc.peer[s.label];
  const folder = s.extra[s.extra.indexOf('--reports') + 1];
  rows.push([`accuracy ${s.label}${s.extra.includes('--reports') ? ` (${folder.split('/').pop()})` : ''}`, pctOf(a), pctOf(b), a && b ? ratio(a.pct, b.pct) : '—']);
}
if (want('cold')) rows.push([`cold start (median of ${REPS_COLD})`, ms(coldMed.ours), ms(coldMed.peer), ratio(coldMed.ours, coldMed.peer)]);
if (want('rss')) rows.push(['peak RSS, start-up + 1 question', mb(rss1.ours), mb(rss1.peer), ratio(rss1.ours, rss1.peer)]);
if (want('batch')) {
  rows.push([`peak RSS (${num(N_MESSAGES)} msgs, VmHWM)`, mb(batch.ours.rss), mb(batch.peer.rss), ratio(batch.ours.rss, batch.peer.rss)]);
  rows.push([`throughput, batch path (${num(N_MESSAGES)} msgs, median of ${REPS_BATCH})`, `${num(batch.ours.perSec)}/s`, `${num(batch.peer.perSec)}/s`, ratio(batch.ours.perSec, batch.peer.perSec)]);
  rows.push([`marginal cost per question, batch path (1 / throughput)`, `${(1e6 / batch.ours.perSec).toFixed(0)} µs`, `${(1e6 / batch.peer.perSec).toFixed(0)} µs`, ratio(batch.peer.perSec, batch.ours.perSec)]);
}
if (first) {
  rows.push([`throughput, batch path, first-seen questions only (${num(first.n)} distinct, each once)`, `${num(first.batch.ours)}/s`, `${num(first.batch.peer)}/s`, ratio(first.batch.ours, first.batch.peer)]);
}
if (want('wall')) rows.push(['1,000 questions incl. start-up (wall)', sec(wall.ours), sec(wall.peer), ratio(wall.ours, wall.peer)]);
if (inproc) {
  rows.push([`reply() in-process p50, repeated questions (median of ${REPS_IN} rounds)`, ms(inproc.p50), '—', '']);
  rows.push([`reply() in-process p99, repeated questions (median of ${REPS_IN} rounds)`, ms(inproc.p99), '—', '']);
  rows.push(['reply() in-process max (all rounds)', ms(inproc.max), '—', '']);
  rows.push([`reply() in-process throughput (${num(N_MESSAGES)} msgs, median of ${REPS_IN})`, `${num(inproc.perSec)}/s`, '—', '']);
}
if (first) {
  rows.push([`reply() in-process p50 / p99, first-seen questions only (${num(first.n)}, each once)`, `${ms(first.inproc.p50)} / ${ms(first.inproc.p99)}`, '—', '']);
  rows.push(['reply() in-process mean, first-seen questions only', ms(first.inproc.mean), '—', '']);
}
if (load) rows.push(['load 10 report files, no cache (first / median of 5 more)', `${ms(load.first)} / ${ms(load.median)}`, '—', '']);
// real PDFs (scripts/bench-real-pdf.mjs): distinct bytes through the pool and in-thread, copies, warm cache, fresh process
let realPdf = null;
if (want('realpdf')) {
  log('real PDFs: 10 distinct / copies / cached, 3 in a fresh process');
  realPdf = await (await import('./bench-real-pdf.mjs')).benchRealPdf();
  const loadRow = (x) => `${ms(x.first)} / ${ms(x.median)} (CPU ${ms(x.cpuMedian)})`;
  rows.push(['load 10 real PDFs, distinct bytes, report workers (first: fresh workers / median of 3 more: warm workers kept between loads)', loadRow(realPdf.pool), '—', '']);
  rows.push(['load 10 real PDFs, distinct bytes, in-thread (first / median of 3 more)', loadRow(realPdf.inThread), '—', '']);
  rows.push(['load 10 real PDFs, 7 of them byte copies, report workers', loadRow(realPdf.copies), '—', '']);
  rows.push(['load 10 real PDFs, warm cache of parsed reports', loadRow(realPdf.cached), '—', '']);
  rows.push(['load 3 distinct real PDFs in a fresh process (imports, workers)', `${ms(realPdf.three.ms)} (CPU ${ms(realPdf.three.cpu)})`, '—', '']);
}
// 1, 10, 100, 1,000 generated reports (scripts/bench-scale.mjs): start, RSS, per question, p99
let scale = [];
if (want('scale')) {
  log('scale: 1, 10, 100, 1,000 reports');
  scale = (await import('./bench-scale.mjs')).benchScale({ log });
}
const scale1 = scale.find((r) => r.n === 1);
for (const r of scale) {
  rows.push([
    `${num(r.n)} report(s): start cold / warm cache, peak RSS, per question mean / p99 / CPU`,
    `${ms(r.coldStartMs)} / ${ms(r.warmStartMs)}, ${mb(r.rssMb * 2 ** 20)}, ${ms(r.meanMs)} / ${ms(r.p99Ms)} / ${ms(r.cpuMeanMs)}${scale1 && r !== scale1 ? ` (${(r.meanMs / scale1.meanMs).toFixed(2)}×, CPU ${(r.cpuMeanMs / scale1.cpuMeanMs).toFixed(2)}× 1 report)` : ''}`,
    '—',
    '',
  ]);
}
if (want('accuracy')) rows.push(['peer: nlp.js training (cached afterwards)', '—', Number.isFinite(trainMs) ? ms(trainMs) : 'n/a', '']);
// 1 and 3 instances on one PostgreSQL behind a round-robin proxy, through the Telegram webhook (scripts/bench-instances.mjs)
if (want('instances')) {
  const { benchInstances } = await import('./bench-instances.mjs');
  const inst = await benchInstances({ seconds: 15, users: 40 }).catch((e) => (console.error(`instances bench skipped (PostgreSQL needed): ${e.message}`), []));
  for (const r of inst) rows.push([`Telegram webhook via proxy, ${r.instances} instance(s) on PostgreSQL, ${r.users} users: msgs/s, p50 / p99`, `${r.perSecond}/s, ${r.p50ms} / ${r.p99ms} ms`, '—', '']);
}
// the web channel over HTTP (scripts/bench-http.mjs), beside the batch path above
if (want('http')) {
  log('HTTP: POST /api/ask, 50 concurrent sessions');
  const httpRun = await (await import('./bench-http.mjs')).benchHttp({ root, questions });
  rows.push([`throughput over HTTP (POST /api/ask, ${httpRun.sessions} sessions, ${num(httpRun.n)} msgs)`, `${num(httpRun.perSec)}/s`, '—', '']);
  rows.push(['HTTP latency p50 / p99 (client side)', `${ms(httpRun.p50)} / ${ms(httpRun.p99)}`, '—', '']);
}

// targets
const targets = [];
const ptsAbove = sets
  .map((s) => ({ s, a: acc.ours[s.label], b: acc.peer[s.label] }))
  .filter((x) => x.a && x.b)
  .map((x) => ({ label: x.s.label, d: x.a.pct - x.b.pct }));
const minAbove = ptsAbove.length ? Math.min(...ptsAbove.map((x) => x.d)) : null;
if (want('accuracy')) targets.push({
  what: 'accuracy well above the peer’s (≥ +20 points on every set)',
  ok: minAbove !== null && minAbove >= 20,
  got: minAbove === null ? 'n/a (no score.mjs)' : ptsAbove.map((x) => `${x.label} +${x.d.toFixed(1)} pts`).join(', '),
});
const le = (what, got, limit, show) => ({
  what,
  ok: got <= limit,
  got: got <= limit ? show(got) : `${show(got)} — missed by ${show(got - limit)} (${(got / limit).toFixed(1)}× the target)`,
});
const ge = (what, got, limit, show) => ({
  what,
  ok: got >= limit,
  got: got >= limit ? show(got) : `${show(got)} — short by ${show(limit - got)} (${((100 * got) / limit).toFixed(0)}% of the target)`,
});
// issue 15's targets
if (want('cold')) targets.push(le('cold start ≤ 0.6 s to the first answer', coldMed.ours, 600, ms));
if (want('batch')) targets.push(le('peak RSS ≤ 140 MB over 10,000 messages (batch path)', (batch.ours.rss ?? Infinity) / 2 ** 20, 140, (x) => `${x.toFixed(0)} MB`));
if (inproc) targets.push(le('reply() p50 ≤ 60 µs (in-process)', inproc.p50 * 1000, 60, (x) => `${x.toFixed(0)} µs`));
if (inproc) targets.push(le('reply() p99 ≤ 0.5 ms (in-process)', inproc.p99, 0.5, ms));
if (want('batch')) targets.push(ge('marginal cost per question ≤ the peer’s (batch path, same run)', batch.ours.perSec, batch.peer.perSec, (x) => `${num(x)}/s`));
if (first) targets.push(ge('…also on first-seen questions only (no memo helps)', first.batch.ours, first.batch.peer, (x) => `${num(x)}/s`));
// issue 14 (reports: scale and real PDFs)
const scale1000 = scale.find((r) => r.n === 1000);
if (scale1000) {
  targets.push(le('1,000 reports start ≤ 3 s (warm cache)', scale1000.warmStartMs, 3000, ms));
  targets.push(le('1,000 reports: RSS ≤ 400 MB', scale1000.rssMb, 400, (x) => `${x.toFixed(0)} MB`));
  // CPU time: a wall-time mean of ~1,500 replies moves by 2× when other work on the machine preempts a few of them
  if (scale1) targets.push(le('1,000 reports: per question ≤ 1.2× the 1-report cost (CPU per question)', scale1000.cpuMeanMs / scale1.cpuMeanMs, 1.2, (x) => `${x.toFixed(2)}× (wall mean ${(scale1000.meanMs / scale1.meanMs).toFixed(2)}×)`));
}
if (realPdf) {
  targets.push(le('10 real PDFs (distinct bytes) load < 2 s, first load of a process (fresh workers)', realPdf.pool.first, 2000, ms));
  targets.push(le('10 real PDFs (distinct bytes) load < 2 s, later loads (warm workers)', realPdf.pool.median, 2000, ms));
}
// earlier targets
if (want('batch')) targets.push(ge('throughput ≥ 10,000 replies/s (batch path)', batch.ours.perSec, 10_000, (x) => `${num(x)}/s`));
if (inproc) targets.push(ge('throughput ≥ 10,000 replies/s (in-process reply())', inproc.perSec, 10_000, (x) => `${num(x)}/s`));

const table = (head, body) => {
  const all = [head, ...body];
  const w = head.map((_, i) => Math.max(...all.map((r) => [...String(r[i])].reduce((n, ch) => n + (/[\u1100-\uFFFF]/.test(ch) && !/[—–×✓✗…’]/.test(ch) ? 2 : 1), 0))));
  const pad = (s, n) => s + ' '.repeat(Math.max(0, n - [...String(s)].reduce((k, ch) => k + (/[\u1100-\uFFFF]/.test(ch) && !/[—–×✓✗…’]/.test(ch) ? 2 : 1), 0)));
  return all.map((r, k) => (k === 1 ? w.map((n) => '-'.repeat(n)).join('  ') + '\n' : '') + r.map((c, i) => pad(String(c), w[i])).join('  ')).join('\n');
};
const md = (head, body) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const head = ['metric', 'ours', 'peer (nlp.js)', 'ours/peer'];
const targetRows = targets.map((t) => [t.ok ? '✓' : '✗', t.what, t.got]);
const elapsed = (performance.now() - started) / 1000;
machine.loadEnd = os.loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; Node ${machine.node}; ${machine.date}; load average at start ${machine.load}, at end ${machine.loadEnd}; code ${machine.commit}\n`);
console.log(table(head, rows));
console.log('\ntargets:');
for (const t of targetRows) console.log(`  ${t[0]} ${t[1]}: ${t[2]}`);
if (only) {
  console.log(`\nparts run: ${[...only].join(', ')} (BENCHMARKS.md is written by a whole run only)`);
  process.exit(0);
}
console.log(`\nslowest questions in-process (mean of 5): ${slowest.map(([q, t]) => `${ms(t)} ${q.slice(0, 24)}`).join(' | ')}`);
console.log(`hot spots in-process (self time): ${hot.self.slice(0, 5).map((h) => `${h.pct.toFixed(0)}% ${h.where}`).join(', ')}`);
if (coldHot) console.log(`hot spots at cold start (inclusive): ${coldHot.inclusive.slice(0, 5).map((h) => `${h.pct.toFixed(0)}% ${h.where}`).join(', ')}`);
console.log(`\nbench ran in ${elapsed.toFixed(0)} s; wrote BENCHMARKS.md`);

const profTable = (p) => md(['self %', 'function (dist file:function:line)'], p.self.map((h) => [h.pct.toFixed(1), `\`${h.where}\``])) + '\n\n' + md(['inclusive %', 'function'], p.inclusive.map((h) => [h.pct.toFixed(1), `\`${h.where}\``]));

const doc = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.mjs) — do not edit by hand; run it again.

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} RAM; ${machine.platform}
- Node ${machine.node}; run ${machine.date}; load average at start ${machine.load}, at end ${machine.loadEnd} (other work on the machine shows up as noise); the whole bench took ${elapsed.toFixed(0)} s
- Code: ${machine.commit} (built by \`npm run bench\` from the working tree)

**Ours**: \`node dist/cli.js ask --json\` (batch contract) and \`createCore().reply()\` in-process, default reports
(data/reports) unless a set needs two. **Peer**: \`scripts/nlpjs-peer.mjs\`, an nlp.js v4 FAQ bot (node-nlp
\`NlpManager\`, language \`zh\`, ${questions.length ? 'trained' : ''} on the same intents/*.yml examples) speaking the same batch
contract; its answers are the intents' templates filled from the report (contact, office, year, period, fee), the
first sentences of the section for section intents, and a fixed "see the report" text for figure intents (an FAQ bot
has no table look-up); fallback when nlp.js says None or scores < 0.5. Its trained model is cached on disk, as a
deployed nlp.js bot would load model.nlp rather than train at start-up.

Load: a pool of ${num(pool.length)} distinct questions taken evenly from the ${num(distinctQuestions.length)} distinct questions (every turn) of
${sets.map((s) => s.label).join(', ')}, repeated to ${num(N_MESSAGES)} messages from ${N_USERS} rotating users (so per-user
context is read and written, and each question is asked ~${(N_MESSAGES / pool.length).toFixed(0)} times, each time in another user's context). Throughput through the batch path
= ${num(N_MESSAGES)} JSON lines into one spawned process after ${FLUSH} warm-up answers (the peer writes answers in
chunks of ${FLUSH} lines, ours the answers to the lines received so far, at most ${FLUSH} a write), start-up excluded;
peak RSS = VmHWM of that process at the end. Cold start = spawn → first answer line for one question, median of 5.
In-process latency after one warm-up pass over the pool. Ratios are ours/peer (for times and memory lower is
better).

Repeated and first-seen questions: the bot memoises what it reads from a text (ranking, slots, figures, passage
look-ups, typo and synonym rewriting) and the whole decision for a message that opens a conversation, so a question it
has seen before costs less than a new one. In the repeated load each question is asked ~${(N_MESSAGES / pool.length).toFixed(0)} times, but in the
context of another user's last question, so the decision itself is made again each time (only the first ${N_USERS} messages
open a conversation); in the batch path a question's first occurrence is a first-seen question; the in-process rows run
after a warm-up pass over the pool, so every reading memo hits there and they are no ceiling of the batch path. The
first-seen rows (scripts/bench-first-seen.mjs) split the
${first ? num(first.n) : ''} distinct questions in two halves and, in a fresh process warmed up on one half, measure
each question of the other half once (then the halves swap): no memo helps there.

## Results

${md(head, rows)}

Cold starts (ms): ours ${cold.ours.map((x) => x.toFixed(0)).join(', ')}; peer ${cold.peer.map((x) => x.toFixed(0)).join(', ')}.
Batch-path throughput per run (/s): ours ${batch.ours.all.map(num).join(', ')}; peer ${batch.peer.all.map(num).join(', ')} (median shown).
In-process rounds (fresh core each, ${num(N_MESSAGES)} replies): ${rounds.map((r) => `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ${num(r.perSec)}/s, ${r.over1ms} replies > 1 ms`).join('; ')} (medians shown).
Loading 10 files: ${load.files} copies (5 × 南岗 2022 .txt, 5 × 沭阳 2025 .md) parsed and checked, ${load.reports} distinct
reports kept and ${load.duplicates} reported as duplicates of them.

## Targets

${md(['', 'target', 'measured'], targetRows)}

## Where the time goes

Slowest questions in-process (mean of 5 replies each):

${md(['ms', 'question'], slowest.map(([q, t]) => [t.toFixed(2), q.replace(/\|/g, '\\|')]))}

### reply() in-process (CPU profile of 3,000 replies, ${hot.totalMs.toFixed(0)} ms sampled)

${profTable(hot)}
${
  coldHot
    ? `
### Cold start (\`node --cpu-prof dist/cli.js ask --json\`, one question, ${coldHot.totalMs.toFixed(0)} ms sampled)

Module resolution, loading and compiling (self time in node:internal/modules/*): ${coldHot.loaderPct.toFixed(1)}%.

${profTable(coldHot)}
`
    : ''
}`;
writeFileSync(join(root, 'BENCHMARKS.md'), doc);
