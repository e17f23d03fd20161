#!/usr/bin/env node
// Several bot instances on one PostgreSQL behind a round-robin proxy, fed through the Telegram webhook.
//
// Used two ways:
// - as a library by test/multi-instance.test.ts (startProxy, startInstance, postUpdate …);
// - as a bench: `node scripts/bench-instances.mjs [--seconds 20] [--users 40]` (also run by scripts/bench.mjs)
//   starts a tiny fake Bot API, then for 1 and 3 instances drives `users` concurrent users, each sending its
//   next question as soon as the previous webhook POST is acknowledged (the bot acknowledges after the reply
//   is sent), for `seconds`, and prints messages/s and the p50/p99 of the acknowledged round trip.
//   PG_TEST_URL (default postgres://postgres@127.0.0.1:5432/test); a fresh schema per run, dropped after.
//   Prints one JSON line per row on stdout (last line: {"instances": [...]}).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TOKEN = '123456789:AAE_fake_token_for_tests_0123456789ab';
export const SECRET = createHash('sha256').update(`disclosure-bot:${TOKEN}`).digest('hex');
export const WEBHOOK_PATH = '/telegram';

/** A free port on 127.0.0.1 (bound on port 0, then released). */
export async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

/**
 * A round-robin HTTP proxy on 127.0.0.1:0 (what nginx does in front of the instances). A request that an
 * upstream fails (connection refused or reset) is answered 502: the sender (Telegram) retries it.
 */
export async function startProxy(ports) {
  let next = 0;
  const stats = { forwarded: 0, failed: 0 };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const port = ports[next++ % ports.length];
      const up = request(
        { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
          stats.forwarded++;
        },
      );
      up.on('error', () => {
        stats.failed++;
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      up.end(Buffer.concat(chunks));
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    stats,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/**
 * One `disclosure-bot start --channels telegram` in webhook mode on `port`; resolves when /healthz answers.
 * env: DATABASE_URL, TELEGRAM_API_ROOT, DISCLOSURE_REPORTS_DIR … (merged over process.env).
 */
export async function startInstance({ port, proxyPort, env }) {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-instance-'));
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'start', '--channels', 'telegram'], {
    cwd: dir,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${proxyPort}${WEBHOOK_PATH}`,
      TELEGRAM_WEBHOOK_PORT: String(port),
      DISCLOSURE_DB: join(dir, 'db.json'),
      RATE_LIMIT: '600',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`instance on ${port} exited at start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`instance on ${port} did not become healthy:\n${output}`);
    }
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    child,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const r = await exited;
      rmSync(dir, { recursive: true, force: true });
      return r;
    },
  };
}

/**
 * POSTs an update to the webhook like Telegram: a non-2xx answer or a failed connection is retried
 * (up to `attempts`, 200 ms apart). Resolves with the status of the acknowledged delivery.
 */
export async function postUpdate(proxyPort, update, { attempts = 20 } = {}) {
  let last = 0;
  for (let i = 0; i < attempts; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${proxyPort}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      });
      await r.arrayBuffer();
      last = r.status;
      if (r.ok) return { status: r.status, attempts: i + 1 };
    } catch {
      last = -1;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { status: last, attempts };
}

let nextUpdate = 1;
let nextMessage = 1;
export function textUpdate(from, text) {
  return {
    update_id: nextUpdate++,
    message: {
      message_id: nextMessage++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from, type: 'private', first_name: '市民' },
      from: { id: from, is_bot: false, first_name: '市民' },
      text,
    },
  };
}

export function callbackUpdate(from, data) {
  return {
    update_id: nextUpdate++,
    callback_query: {
      id: `cb${nextUpdate}`,
      from: { id: from, is_bot: false, first_name: '市民' },
      chat_instance: 'ci',
      data,
      message: { message_id: 77, date: Math.floor(Date.now() / 1000), chat: { id: from, type: 'private', first_name: '市民' }, text: '答' },
    },
  };
}

/** A minimal fake Bot API for the bench (the tests use test/channels/fake-telegram.ts). */
async function miniBotApi() {
  let id = 1;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1];
      const result =
        method === 'getMe'
          ? { id: 999000, is_bot: true, first_name: 'bot', username: 'disclosure_test_bot' }
          : method === 'sendMessage'
            ? { message_id: id++, date: 0, chat: { id: JSON.parse(Buffer.concat(chunks).toString() || '{}').chat_id, type: 'private' } }
            : true;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { apiRoot: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const QUESTIONS = ['2022年收到多少申请', '那不予公开的呢', '政府信息公开的电话是多少', '怎么申请政府信息公开', '办公地址在哪里', '行政复议有几件'];

function pct(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function benchRow(n, { seconds, users, pgUrl, apiRoot }) {
  const { default: pg } = await import('pg');
  const schema = `bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const u = new URL(pgUrl);
  u.searchParams.set('schema', schema);
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
  const proxy = await startProxy(ports);
  const env = { DATABASE_URL: u.toString(), TELEGRAM_API_ROOT: apiRoot, DISCLOSURE_REPORTS_DIR: join(ROOT, 'test/fixtures/reports') };
  const instances = [];
  try {
    // one after another: the first applies the migrations
    for (const port of ports) instances.push(await startInstance({ port, proxyPort: proxy.port, env }));
    const latencies = [];
    let failed = 0;
    const until = Date.now() + seconds * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: users }, async (_, k) => {
        for (let i = 0; Date.now() < until; i++) {
          const t = performance.now();
          const r = await postUpdate(proxy.port, textUpdate(700_000 + k, QUESTIONS[i % QUESTIONS.length]), { attempts: 1 });
          if (r.status === 200) latencies.push(performance.now() - t);
          else failed++;
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      instances: n,
      users,
      seconds: Math.round(elapsed * 10) / 10,
      messages: latencies.length,
      failed,
      perSecond: Math.round((latencies.length / elapsed) * 10) / 10,
      p50ms: Math.round(pct(latencies, 50)),
      p99ms: Math.round(pct(latencies, 99)),
    };
  } finally {
    for (const i of instances) await i.stop();
    await proxy.close();
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
}

export async function benchInstances({ seconds = 20, users = 40, counts = [1, 3] } = {}) {
  const pgUrl = process.env.PG_TEST_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const api = await miniBotApi();
  const rows = [];
  try {
    for (const n of counts) rows.push(await benchRow(n, { seconds, users, pgUrl, apiRoot: api.apiRoot }));
  } finally {
    await api.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, d) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : d;
  };
  const rows = await benchInstances({ seconds: arg('seconds', 20), users: arg('users', 40) });
  for (const r of rows) console.log(JSON.stringify(r));
  console.log(JSON.stringify({ instances: rows }));
}
