#!/usr/bin/env node
// Load test of the embedded (lowdb) store through the real core: a busy office.
//   node scripts/load-embedded.mjs [--users 100000] [--rate 20] [--seconds 30]
// 1. `users` users each ask one question (the first 200 through the core, the others get a copy of a real
//    state and a turn through the store, as fast as possible: their context and latest turn are kept);
// 2. then `rate` messages a second for `seconds` from random users among them, on a steady clock;
//    each reply's latency (core.reply start → answer) is recorded.
// Prints p50 / p99 / max of phase 2, the snapshot writes and journal appends, and the db size.
// Needs `npm run build`. Exits 1 when the stats do not count every question (a correctness check, not timing).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, d) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};

export async function loadEmbedded({ users = 100_000, rate = 20, seconds = 30, reportsDir = join(root, 'test/fixtures/reports') } = {}) {
  const { openLowdbStore } = await import(pathToFileURL(join(root, 'dist/store/lowdb.js')).href);
  const { createCore } = await import(pathToFileURL(join(root, 'dist/core/bot.js')).href);
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-load-'));
  const file = join(dir, 'db.json');
  const store = await openLowdbStore(file);
  const core = await createCore({ reportsDir, store });
  const questions = ['2022年收到多少申请', '那不予公开的呢', '政府信息公开的电话是多少', '怎么申请', '停车场在哪里', '行政复议有几件'];
  try {
    const t0 = performance.now();
    // the first users through the core; the rest get a copy of a real state and a turn through the store
    // (the same writes a reply makes, without the answering time)
    const real = Math.min(users, 200);
    for (let u = 0; u < real; u++) await core.reply({ user: `wx:${u}`, text: questions[u % questions.length], channel: 'wechat' });
    const states = [];
    for (let u = 0; u < real; u++) states.push(await store.getState(`wx:${u}`));
    for (let u = real; u < users; u++) {
      await store.setState(`wx:${u}`, states[u % real] ?? {});
      await store.logTurn({ user: `wx:${u}`, channel: 'wechat', text: questions[u % questions.length], intent: 'figures.query', confidence: 0.7, fallback: false, report: null });
      if (u % 2000 === 0) await new Promise((r) => setImmediate(r)); // let timers (journal, snapshot) run
    }
    const fillSeconds = (performance.now() - t0) / 1000;
    const latencies = [];
    const n = Math.round(rate * seconds);
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const t = performance.now();
      await core.reply({ user: `wx:${Math.floor(Math.random() * users)}`, text: questions[i % questions.length], channel: 'wechat' });
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    const stats = await store.stats();
    const result = {
      users,
      rate,
      seconds,
      fillSeconds: Math.round(fillSeconds * 10) / 10,
      p50ms: Math.round(q(50) * 100) / 100,
      p99ms: Math.round(q(99) * 100) / 100,
      maxms: Math.round(latencies.at(-1) * 100) / 100,
      questions: stats.total,
      expected: users + n,
      snapshotWrites: store.writeCount,
      journalAppends: store.appendCount,
    };
    await core.close();
    const journal = join(file + '.journal');
    result.snapshotBytes = statSync(file).size;
    result.journalBytes = readdirSync(journal).reduce((s, f) => s + statSync(join(journal, f)).size, 0);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await loadEmbedded({ users: arg('users', 100_000), rate: arg('rate', 20), seconds: arg('seconds', 30) });
  console.log(JSON.stringify(r));
  if (r.questions !== r.expected) {
    console.error(`stats counted ${r.questions} questions, expected ${r.expected}`);
    process.exit(1);
  }
}
