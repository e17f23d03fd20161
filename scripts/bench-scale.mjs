#!/usr/bin/env node
// Issue 15: the bot with 1, 10, 100 and 1,000 reports — start, peak RSS, cost per question, p99.
//
// Reports are generated in a temp folder (never committed) from the fixture reports 南岗 2022 (.txt) and
// 沭阳 2025 (.md): each gets its own place name (南岗/沭阳/沐阳 replaced everywhere: title, text, contact) and its
// own figures (every table cell that is a number times 1–5, so the tables still add up). Each size runs
// in fresh processes (dist/, run `npm run build` first):
//   - cold: an empty cache of parsed reports (every file parsed, in the report workers);
//   - warm: the same folder again (the cache written by the cold run);
// and, in the warm process, the questions of eval/heldout-nangang.jsonl asked about 南岗-derived offices
// of the folder (the office named in each question, so that 1 and 1,000 reports answer the same thing):
// one pass to warm up, then 10 timed passes, one new user per question: wall time per question (mean,
// p99) and CPU time per question (all threads; unlike wall time, not inflated when other work on the
// machine takes the CPU away). The smallest and the largest folder run twice more, alternating, and
// their per-question figures are the medians of the three runs. Start = process start → core ready
// (node's own start included); RSS = peak (VmHWM) at the end.
// Usage: node scripts/bench-scale.mjs [--sizes 1,10,100,1000]   (a quiet machine: it measures wall time)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = [
  { file: join(root, 'test/fixtures/reports/南岗区人民政府办公室-2022.txt'), place: '南岗', office: (p) => `${p}区人民政府办公室`, year: 2022, ext: '.txt' },
  { file: join(root, 'test/fixtures/reports/沭阳县人民政府-2025.md'), place: '沭阳', typo: '沐阳', office: (p) => `${p}县人民政府`, year: 2025, ext: '.md' },
];
/** Characters of generated place names: 28² = 784 two-character places, three characters after that. */
const CHARS = '东西安平和永宁清丰兴福康泰嘉华春云山河湖江海林石桥溪泉阳'.split('');
/** Timed passes over the questions: ~5,000 replies, ~0.3 s — a shorter window moves with every hiccup of a shared machine. */
const TIMED_PASSES = 10;
/** Runs more of the smallest and the largest folder, alternating (median of 1 + this many runs). */
const EXTRA_ROUNDS = 2;
/** Offices asked about in a big folder (questions cycle through them). */
const ASKED_OFFICES = 20;

function place(k) {
  const a = CHARS[k % CHARS.length];
  const b = CHARS[Math.floor(k / CHARS.length) % CHARS.length];
  const c = k >= CHARS.length ** 2 ? CHARS[Math.floor(k / CHARS.length ** 2) % CHARS.length] : '';
  return `${c}${a}${b}`;
}

/** Every table cell that is a whole number, times m (rows of tabs or pipes; labels untouched). */
function scaleCells(text, m) {
  return text
    .split('\n')
    .map((line) => {
      const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : null;
      if (!sep) return line;
      return line
        .split(sep)
        .map((cell) => (/^\s*\d+\s*$/.test(cell) ? cell.replace(/\d+/, (n) => String(Number(n) * m)) : cell))
        .join(sep);
    })
    .join('\n');
}

/** Report k of the generated series: its office, file name and text. */
function generated(k, texts) {
  const src = SOURCES[k % SOURCES.length];
  const p = place(k);
  let text = texts[k % SOURCES.length].replaceAll(src.place, p);
  if (src.typo) text = text.replaceAll(src.typo, p); // the fixture's title misspells 沭阳 (an OCR slip)
  text = scaleCells(text, 1 + (k % 5));
  const office = src.office(p);
  return { office, fromNangang: k % SOURCES.length === 0, name: `${office}-${src.year}${src.ext}`, text };
}

export function makeFolder(n) {
  const texts = SOURCES.map((s) => readFileSync(s.file, 'utf8'));
  const dir = mkdtempSync(join(os.tmpdir(), `bench-scale-${n}-`));
  const offices = [];
  for (let k = 0; k < n; k++) {
    const g = generated(k, texts);
    writeFileSync(join(dir, g.name), g.text);
    if (g.fromNangang) offices.push(g.office);
  }
  return { dir, offices };
}

/** Questions of heldout-nangang about `office` (南岗区人民政府办公室 replaced; named when not named). */
function questionsFor(offices) {
  const qs = readFileSync(join(root, 'eval/heldout-nangang.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).q)
    .filter((q) => typeof q === 'string');
  return qs.map((q, i) => {
    const office = offices[i % offices.length];
    const p = office.slice(0, -'区人民政府办公室'.length);
    return q.includes('南岗') ? q.replaceAll('南岗', p) : `${office}${q}`;
  });
}

// ---------------------------------------------------------------- child: one process, one folder
async function child(dir, offices, ask) {
  const { createCore } = await import(pathToFileURL(join(root, 'dist/core/bot.js')).href);
  const t = performance.now();
  // (every message decided afresh: the timed questions come from fresh users, and a remembered opening question would
  // measure the memo, not how the decision's cost grows with the reports)
  const core = await createCore({ reportsDir: dir, rememberOpenings: false });
  const ready = performance.now();
  const out = { startMs: ready, coreMs: ready - t, reports: core.reports().length };
  if (ask) {
    const qs = questionsFor(offices.slice(0, ASKED_OFFICES));
    for (const [i, q] of qs.entries()) await core.reply({ user: `w${i}`, text: q, channel: 'batch' });
    // the start-up's garbage (1,000 cache entries parsed) is collected before the timed passes: its
    // collection is a cost of the start, not of the questions
    v8.setFlagsFromString('--expose-gc');
    vm.runInNewContext('gc')();
    const times = [];
    const cpu = process.cpuUsage();
    for (let pass = 0; pass < TIMED_PASSES; pass++) {
      for (const [i, q] of qs.entries()) {
        const s = performance.now();
        await core.reply({ user: `p${pass}-${i}`, text: q, channel: 'batch' });
        times.push(performance.now() - s);
      }
    }
    const used = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    out.questions = times.length;
    // CPU per question (all threads): time the process was descheduled by other work is not counted
    out.cpuMeanMs = (used.user + used.system) / 1000 / times.length;
    out.meanMs = times.reduce((a, b) => a + b, 0) / times.length;
    out.p99Ms = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))];
  }
  // VmHWM, not resourceUsage().maxRSS: Linux keeps the parent's high-water mark across fork and exec, so
  // a child of a big bench process reported the parent's peak (1, 10 and 100 reports all "217 MB")
  out.rssMb = Number(/VmHWM:\s+(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024;
  console.log(JSON.stringify(out));
}

function runChild(dir, cache, offices, ask) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir, JSON.stringify(offices), ask ? 'ask' : 'start'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DISCLOSURE_CACHE_DIR: cache, DISCLOSURE_CACHE: '1' },
    maxBuffer: 64 << 20,
  });
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line?.startsWith('{')) throw new Error(`bench-scale child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(line);
}

/** Rows for 1, 10, 100, 1,000 reports (or `sizes`): cold and warm start, RSS, mean and p99 per question. */
export function benchScale({ sizes = [1, 10, 100, 1000], log = () => undefined } = {}) {
  const rows = [];
  const kept = [];
  try {
    for (const n of sizes) {
      const { dir, offices } = makeFolder(n);
      const cache = mkdtempSync(join(os.tmpdir(), `bench-scale-cache-${n}-`));
      kept.push({ n, dir, cache, offices });
      log(`scale: ${n} report(s), cold cache`);
      const cold = runChild(dir, cache, offices, false);
      log(`scale: ${n} report(s), warm cache + questions`);
      const warm = runChild(dir, cache, offices, true);
      rows.push({ n, reports: warm.reports, coldStartMs: cold.startMs, warmStartMs: warm.startMs, rssMb: warm.rssMb, coldRssMb: cold.rssMb, meanMs: warm.meanMs, p99Ms: warm.p99Ms, cpuMeanMs: warm.cpuMeanMs, questions: warm.questions, cpuRuns: [warm.cpuMeanMs], meanRuns: [warm.meanMs] });
    }
    // the smallest and the largest folder again, in turn: their ratio is the target, and the load of a
    // shared machine changes between two runs minutes apart (medians of the runs are reported)
    const ends = [kept[0], kept.at(-1)].filter((k, i, all) => k && all.indexOf(k) === i);
    for (let round = 0; round < EXTRA_ROUNDS && ends.length === 2; round++) {
      for (const k of ends) {
        log(`scale: ${k.n} report(s), warm cache + questions again (${round + 1}/${EXTRA_ROUNDS})`);
        const again = runChild(k.dir, k.cache, k.offices, true);
        const row = rows.find((r) => r.n === k.n);
        row.cpuRuns.push(again.cpuMeanMs);
        row.meanRuns.push(again.meanMs);
      }
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    for (const r of rows) {
      r.cpuMeanMs = median(r.cpuRuns);
      r.meanMs = median(r.meanRuns);
    }
  } finally {
    for (const k of kept) {
      rmSync(k.dir, { recursive: true, force: true });
      rmSync(k.cache, { recursive: true, force: true });
    }
  }
  return rows;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain && process.argv[2] === '--child') {
  await child(process.argv[3], JSON.parse(process.argv[4]), process.argv[5] === 'ask');
} else if (isMain) {
  const i = process.argv.indexOf('--sizes');
  const sizes = i > 0 ? process.argv[i + 1].split(',').map(Number) : undefined;
  const rows = benchScale({ sizes, log: (m) => console.error(m) });
  const base = rows.find((r) => r.n === 1);
  console.log('| reports | start, cold cache | start, warm cache | peak RSS (warm) | per question (mean) | p99 | CPU per question | mean vs 1 report | CPU vs 1 report |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.n.toLocaleString('en')} (${r.reports} loaded) | ${Math.round(r.coldStartMs)} ms | ${Math.round(r.warmStartMs)} ms | ${Math.round(r.rssMb)} MB | ${r.meanMs.toFixed(3)} ms | ${r.p99Ms.toFixed(3)} ms | ${r.cpuMeanMs.toFixed(3)} ms | ${base ? (r.meanMs / base.meanMs).toFixed(2) + '×' : '—'} | ${base ? (r.cpuMeanMs / base.cpuMeanMs).toFixed(2) + '×' : '—'} |`,
    );
  }
  console.log(`cpus ${os.cpus().length}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}
