#!/usr/bin/env node
// The web API under load: `node dist/cli.js start --channels web` (a spawned process, HTTP_PORT=0, a temp
// database), then N questions as POST /api/ask from 50 concurrent sessions (one request in flight per
// session, keep-alive), after a warm-up. Reports messages/s and latency p50/p99 (client side, over HTTP),
// side by side with the batch path (`ask --json`, the same questions, one process, start-up excluded).
//
// Standalone: npm run build && node scripts/bench-http.mjs [N]   (default 5,000 questions)
// From scripts/bench.mjs: benchHttp({ root, questions }) → { perSec, p50, p99, n, sessions, refused }.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SESSIONS = 50;
const WARMUP = 200;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/** Starts the web channel; resolves with its URL and a stop() that sends SIGTERM and waits for exit. */
async function startServer(root) {
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-http-'));
  const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'start', '--channels', 'web', '--db', join(dir, 'db.json')], {
    cwd: dir, // no .env of the working tree
    env: { ...process.env, HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', RATE_LIMIT: '600', WEB_IP_RATE_LIMIT: '100000', LOG_LEVEL: 'info', CHANNELS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.on('exit', r));
  const url = await new Promise((resolve, reject) => {
    const t = setInterval(() => {
      const m = /HTTP server listening: (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearInterval(t);
        resolve(m[1]);
      }
    }, 20);
    exited.then(() => {
      clearInterval(t);
      reject(new Error(`server exited: ${out.slice(-500)}`));
    });
  });
  return {
    url,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// node:http with keep-alive: a lighter client than fetch (undici), so the server gets more of the 2 cores
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function post(url, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function run(url, questions, n, offset = 0) {
  const latencies = [];
  let refused = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: SESSIONS }, async (_, s) => {
      for (let i = next++; i < n; i = next++) {
        const text = questions[(offset + i) % questions.length];
        const a = performance.now();
        const status = await post(`${url}/api/ask`, JSON.stringify({ session: `bench-${s}`, text }));
        latencies.push(performance.now() - a);
        if (status !== 200) refused++;
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  latencies.sort((x, y) => x - y);
  return { n, sessions: SESSIONS, perSec: n / secs, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: latencies.at(-1), refused };
}

export async function benchHttp({ root, questions, n = 5_000 }) {
  const server = await startServer(root);
  try {
    await run(server.url, questions, WARMUP, 1);
    return await run(server.url, questions, n);
  } finally {
    await server.stop();
    agent.destroy();
  }
}

/** The batch path with the same questions: lines into `ask --json`, time from the first answer to the last. */
export async function benchBatch({ root, questions, n = 5_000 }) {
  const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'ask', '--json'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  let lines = 0;
  let first = null;
  const total = n + WARMUP;
  const done = new Promise((resolve) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      for (let i = d.indexOf('\n'); i >= 0; i = d.indexOf('\n', i + 1)) {
        lines++;
        if (lines === WARMUP) first = performance.now();
      }
      if (lines >= total) resolve(performance.now());
    });
  });
  for (let i = 0; i < total; i++) child.stdin.write(JSON.stringify({ user: `bench-${i % SESSIONS}`, text: questions[i % questions.length] }) + '\n');
  child.stdin.end();
  const end = await done;
  child.kill();
  return { n, perSec: n / ((end - first) / 1000) };
}

// standalone
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const n = Number(process.argv[2] ?? 5_000);
  const questions = readdirJsonl(join(root, 'eval'));
  const http = await benchHttp({ root, questions, n });
  const batch = await benchBatch({ root, questions, n });
  agent.destroy();
  const f = (x) => `${x.toFixed(1)} ms`;
  console.log(`questions: ${questions.length} distinct (eval/*.jsonl), ${n} messages, ${SESSIONS} concurrent sessions`);
  console.log(`HTTP  POST /api/ask: ${Math.round(http.perSec)}/s, p50 ${f(http.p50)}, p99 ${f(http.p99)}, max ${f(http.max)}, non-200 ${http.refused}`);
  console.log(`batch ask --json   : ${Math.round(batch.perSec)}/s`);
}

function readdirJsonl(dir) {
  const out = [];
  for (const f of ['heldout-nangang.jsonl', 'heldout-citizens.jsonl', 'heldout-wechat.jsonl', 'heldout-blind.jsonl']) {
    try {
      for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (!l.trim() || l.trim().startsWith('//')) continue;
        const c = JSON.parse(l);
        for (const t of c.turns ?? [{ q: c.q }]) if (t.q) out.push(t.q);
      }
    } catch {
      /* a set may be missing */
    }
  }
  return out.length ? out : ['电话是多少', '怎么申请政府信息公开', '收到多少申请', '地址在哪'];
}
