/**
 * The PostgreSQL store against the real server (skipped with one line when none is reachable, a failure
 * with CI=true: see test/pg-setup.ts). Each file works in its own schema (name includes the pid).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { openPgStore, StoreUnavailableError, type PgStore } from '../../src/store/postgres.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { createCore } from '../../src/core/bot.js';
import { captureLogger, manualClock, turn } from './helpers.js';
import { dropSchema, pgUrl, schemaUrl, sql, uniqueSchema } from './pg-helpers.js';

const REPORTS = fileURLToPath(new URL('../fixtures/reports', import.meta.url));

describe.skipIf(!pgUrl)('PostgreSQL store', () => {
  const schema = uniqueSchema('store');
  const url = () => schemaUrl(schema);
  const opened: PgStore[] = [];
  async function open(opts: Partial<Parameters<typeof openPgStore>[0]> = {}): Promise<PgStore> {
    const s = await openPgStore({ url: url(), logger: captureLogger().logger, ...opts });
    opened.push(s);
    return s;
  }
  /** Empties the tables between tests (same schema, migrations kept). */
  async function reset(): Promise<void> {
    await sql(schema, 'DELETE FROM turns; DELETE FROM feedback; DELETE FROM user_state; DELETE FROM answered_messages; DELETE FROM rate_hits');
  }

  beforeAll(async () => {
    await open();
  });
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => {});
    await dropSchema(schema);
  });

  test('migrations are applied once, in order, and recorded; a second start applies nothing', async () => {
    await open(); // second instance on the same schema
    const rows = await sql<{ version: number }>(schema, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    const tables = await sql<{ table_name: string }>(
      schema,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
      [schema],
    );
    expect(tables.map((t) => t.table_name)).toEqual(['answered_messages', 'feedback', 'rate_hits', 'schema_migrations', 'turns', 'user_state']);
  });

  test('state: masked, per user, expires after 30 quiet minutes', async () => {
    await reset();
    const clock = manualClock();
    const s = await open({ now: clock.now });
    await s.setState('u1', { year: 2022, last: '我的电话13912345678' });
    expect(await s.getState('u1')).toEqual({ year: 2022, last: '我的电话139****5678' });
    expect(await s.getState('u2')).toBeUndefined();
    clock.set('2026-11-28T04:29:00.000Z');
    expect(await s.getState('u1')).toBeDefined();
    clock.set('2026-11-28T04:31:00.000Z');
    expect(await s.getState('u1')).toBeUndefined();
  });

  test('turns: masked before the text is cut, lastTurn is the latest', async () => {
    await reset();
    const s = await open();
    const long = '问'.repeat(490) + '身份证110101199003071234';
    const t = await s.logTurn(turn('u1', long));
    expect(t.text).not.toMatch(/\d{7}/);
    expect(t.text).toContain('110101');
    await s.logTurn(turn('u1', '第二个问题'));
    expect((await s.lastTurn('u1'))!.text).toBe('第二个问题');
    expect(await s.lastTurn('nobody')).toBeUndefined();
  });

  test('stats are exact after 50,000 questions in a day, and agree with the unanswered list', async () => {
    await reset();
    const s = await open();
    const day = (await s.stats()).days.at(-1)!.day;
    // 50,000 turns (every 10th a fallback over 7 distinct questions) inserted by the server
    await sql(
      schema,
      `INSERT INTO turns (id, seq, at, day, user_id, channel, text, qkey, intent, confidence, fallback, report)
       SELECT 'bulk-' || g, g, now(), $1, 'u' || (g % 977), 'telegram', 'q', CASE WHEN g % 10 = 0 THEN 'q' || (g % 7) ELSE '' END,
              CASE WHEN g % 10 = 0 THEN NULL ELSE 'contact.phone' END, 0.9, g % 10 = 0, NULL
         FROM generate_series(1, 50000) AS g`,
      [day],
    );
    await s.logTurn(turn('x', '停车场在哪', { fallback: true }));
    const stats = await s.stats();
    expect(stats.total).toBe(50_001);
    expect(stats.days.at(-1)).toEqual({ day, questions: 50_001, answered: 45_000, fallback: 5_001 });
    expect(stats.topIntents[0]).toEqual({ intent: 'contact.phone', count: 45_000 });
    const open2 = await s.unanswered();
    expect(open2.reduce((n, u) => n + u.count, 0)).toBe(5_001);
    expect(open2.find((u) => u.text === '停车场在哪')!.count).toBe(1);
  });

  test('per-user order across two instances: read-modify-write under the user lock loses nothing', async () => {
    await reset();
    const [a, b] = [await open(), await open()];
    const bump = (s: PgStore) =>
      s.withUser('tg:7', async (tx) => {
        const st = ((await tx.getState('tg:7')) ?? { n: 0 }) as { n: number };
        await new Promise((r) => setTimeout(r, 5)); // a second message arrives meanwhile
        await tx.setState('tg:7', { n: st.n + 1 });
      });
    await Promise.all(Array.from({ length: 20 }, (_, i) => bump(i % 2 ? a : b)));
    expect(await a.getState('tg:7')).toEqual({ n: 20 });
  });

  test('feedback: only real turns of the same user, one vote per turn, rate-limited', async () => {
    await reset();
    const s = await open();
    const t = await s.logTurn(turn('tg:1', '电话多少'));
    const other = await s.logTurn(turn('tg:2', '地址在哪', { intent: 'contact.address' }));
    expect(await s.addFeedback({ turnId: 'fake-turn-1', intent: null, user: 'tg:1', useful: false })).toBe('no-turn');
    expect(await s.addFeedback({ turnId: other.id, intent: null, user: 'tg:1', useful: false })).toBe('no-turn');
    expect(await s.addFeedback({ turnId: t.id, intent: null, user: 'tg:1', useful: false })).toBe('ok');
    expect(await s.addFeedback({ turnId: t.id, intent: null, user: 'tg:1', useful: true })).toBe('ok'); // changed mind
    let stats = await s.stats();
    expect(stats.feedback).toEqual({ up: 1, down: 0, byIntent: { 'contact.phone': { up: 1, down: 0 } } });
    // a flood of presses on real turns: at most 10 a minute count
    const turns = await Promise.all(Array.from({ length: 15 }, (_, i) => s.logTurn(turn('tg:3', `问题${i}`))));
    const results = [];
    for (const x of turns) results.push(await s.addFeedback({ turnId: x.id, intent: null, user: 'tg:3', useful: false }));
    expect(results.filter((r) => r === 'ok')).toHaveLength(10);
    expect(results.filter((r) => r === 'rate')).toHaveLength(5);
    stats = await s.stats();
    expect(stats.feedback.down).toBe(10);
  });

  test('the rate limit is shared by instances', async () => {
    await reset();
    const [a, b] = [await open(), await open()];
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).hit('tg:9', 5, 60_000)));
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await a.hit('tg:10', 5, 60_000)).toBe(true); // other users are not affected
  });

  test('the core: follow-ups resolve across instances; a redelivered message id is answered once, with the same answer', async () => {
    await reset();
    const [a, b] = [await open(), await open()];
    const coreA = await createCore({ reportsDir: REPORTS, store: a });
    const coreB = await createCore({ reportsDir: REPORTS, store: b });
    const first = await coreA.reply({ user: 'tg:5', text: '2022年收到多少申请', channel: 'telegram', id: 'tg:update:1' });
    const again = await coreB.reply({ user: 'tg:5', text: '2022年收到多少申请', channel: 'telegram', id: 'tg:update:1' });
    expect(again.text).toBe(first.text);
    expect(again.turnId).toBe(first.turnId);
    expect((await sql(schema, `SELECT id FROM turns WHERE user_id = 'tg:5'`)).length).toBe(1);
    // the follow-up on the other instance sees the first instance's context
    const follow = await coreB.reply({ user: 'tg:5', text: '那不予公开的呢', channel: 'telegram', id: 'tg:update:2' });
    const alone = await coreB.reply({ user: 'tg:6', text: '那不予公开的呢', channel: 'telegram', id: 'tg:update:3' });
    expect(follow.text).toMatch(/不予公开.*2 件/);
    // another user has no such context: not the first user's 南岗区 2022 alone (with two offices loaded and no
    // default office, a figure asked of no office is given for each office)
    expect(alone.text).not.toBe(follow.text);
    expect(alone.text).toContain('沭阳县人民政府2025年');
    // feedback through the core: the answer's intent, once
    expect(await coreA.feedback({ user: 'tg:5', useful: true, turnId: first.turnId! })).toMatch(/感谢/);
    expect(await coreB.feedback({ user: 'tg:5', useful: true, turnId: 'fake-turn-9' })).toMatch(/未记录/);
    expect((await a.stats()).feedback.byIntent[first.intent!]).toEqual({ up: 1, down: 0 });
  });

  test('a lost connection is retried: killed backends and a database away for a moment lose no message', async () => {
    await reset();
    const proxy = await tcpProxy(Number(new URL(pgUrl!).port || 5432));
    const u = new URL(url());
    u.port = String(proxy.port);
    const { logger, lines } = captureLogger();
    const s = await open({ url: u.toString(), logger, retryMs: 20_000 });
    const core = await createCore({ reportsDir: REPORTS, store: s });
    await core.reply({ user: 'tg:8', text: '电话是多少', channel: 'telegram' });
    proxy.down(); // every connection cut, new ones refused
    const pending = core.reply({ user: 'tg:8', text: '地址在哪里', channel: 'telegram' });
    await new Promise((r) => setTimeout(r, 800));
    proxy.up();
    const a = await pending;
    expect(a.turnId).toBeTruthy();
    expect((await sql(schema, `SELECT id FROM turns WHERE user_id = 'tg:8'`)).length).toBe(2);
    expect(lines.some((l) => /连接中断/.test(String(l.msg)))).toBe(true);
    expect(lines.some((l) => /已恢复/.test(String(l.msg)))).toBe(true);
    await s.close();
    await proxy.close();
  });

  test('unreachable at start: StoreUnavailableError with a one-line message naming the database', async () => {
    const port = await closedPort();
    const err = await openPgStore({ url: `postgres://postgres@127.0.0.1:${port}/test`, logger: captureLogger().logger }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(new RegExp(`无法连接数据库 postgres://postgres@127.0.0.1:${port}/test`));
    expect((err as Error).message).not.toMatch(/\n/);
  });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** A TCP proxy to the database that can be taken down (connections cut and refused) and brought back. */
async function tcpProxy(target: number): Promise<{ port: number; down(): void; up(): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((r) => {
      server = createServer((c) => {
        const up = connect(target, '127.0.0.1');
        sockets.add(c).add(up);
        c.pipe(up).pipe(c);
        const end = () => (c.destroy(), up.destroy(), sockets.delete(c), sockets.delete(up));
        c.on('error', end).on('close', end);
        up.on('error', end).on('close', end);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        r();
      });
    });
  await listen();
  return {
    port,
    down() {
      server.close();
      for (const s of sockets) s.destroy();
    },
    up() {
      void listen();
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
