/**
 * Three bot processes (the built CLI, `start --channels telegram`, webhook mode) on one PostgreSQL
 * schema, behind a round-robin proxy on 127.0.0.1, fed through the Telegram webhook like Telegram does
 * (a delivery that is not acknowledged is retried). The fake Bot API records every reply.
 *
 * Checks: a follow-up is answered with the context of the first question whichever instance gets it;
 * stats and feedback are exact; one instance SIGKILLed mid-run loses nothing that was acknowledged.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FakeTelegram } from './channels/fake-telegram.js';
import { dropSchema, pgUrl, schemaUrl, sql, uniqueSchema } from './store/pg-helpers.js';
// @ts-expect-error: a plain .mjs module (the bench shares this harness)
import { callbackUpdate, freePort, postUpdate, startInstance, startProxy, textUpdate } from '../scripts/bench-instances.mjs';

const REPORTS = fileURLToPath(new URL('./fixtures/reports', import.meta.url));
const USERS = 24;
const FIRST = '2022年收到多少申请';
const FOLLOW_UP = '那不予公开的呢';

type Instance = { port: number; child: import('node:child_process').ChildProcess; stop(): Promise<unknown>; output(): string };

describe.skipIf(!pgUrl)('three instances behind a round-robin proxy on one PostgreSQL', () => {
  const schema = uniqueSchema('multi');
  let api: FakeTelegram;
  let proxy: { port: number; stats: { forwarded: number; failed: number }; close(): Promise<void> };
  const instances: Instance[] = [];

  beforeAll(async () => {
    api = await new FakeTelegram().start();
    const ports: number[] = [await freePort(), await freePort(), await freePort()];
    proxy = await startProxy(ports);
    const env = { DATABASE_URL: schemaUrl(schema), TELEGRAM_API_ROOT: api.apiRoot, DISCLOSURE_REPORTS_DIR: REPORTS };
    instances.push(await startInstance({ port: ports[0], proxyPort: proxy.port, env })); // applies the migrations
    instances.push(...(await Promise.all(ports.slice(1).map((port) => startInstance({ port, proxyPort: proxy.port, env })))));
  }, 180_000);

  afterAll(async () => {
    for (const i of instances) await i.stop().catch(() => {});
    await proxy?.close();
    await api?.close();
    await dropSchema(schema);
  });

  test('follow-ups, feedback and stats are exact; a SIGKILLed instance loses nothing acknowledged', async () => {
    const acked: number[] = []; // update ids acknowledged (2xx)
    const presses: number[] = [];
    let killed = false;
    const replyTo = (chat: number, n: number) => api.sent().filter((c) => c.payload.chat_id === chat)[n];

    await Promise.all(
      Array.from({ length: USERS }, async (_, k) => {
        const user = 500_000 + k;
        const first = textUpdate(user, FIRST);
        const r1 = await postUpdate(proxy.port, first);
        expect(r1.status).toBe(200);
        acked.push(first.update_id);
        // half-way through, one instance dies without warning
        if (!killed && acked.length >= USERS / 2) {
          killed = true;
          instances[1]!.child.kill('SIGKILL');
        }
        const second = textUpdate(user, FOLLOW_UP);
        const r2 = await postUpdate(proxy.port, second);
        expect(r2.status).toBe(200);
        acked.push(second.update_id);
        // 👍 on the first answer (its button carries the turn id)
        const data = replyTo(user, 0)?.payload.reply_markup?.inline_keyboard?.[0]?.[0]?.callback_data as string | undefined;
        expect(data).toMatch(/^fb:1:/);
        const press = callbackUpdate(user, data!);
        const r3 = await postUpdate(proxy.port, press);
        expect(r3.status).toBe(200);
        presses.push(press.update_id);
      }),
    );
    expect(killed).toBe(true);

    for (let k = 0; k < USERS; k++) {
      const chat = 500_000 + k;
      const replies = api.sent().filter((c) => c.payload.chat_id === chat).map((c) => String(c.payload.text));
      // every acknowledged message was answered (a redelivery after the kill may answer twice, never zero)
      expect(replies.length, `replies to ${chat}`).toBeGreaterThanOrEqual(2);
      expect(replies[0]).toMatch(/新收政府信息公开申请 15 件/);
      // the follow-up used the first question's context, whichever instance answered each
      expect(replies.at(-1)).toMatch(/不予公开.*2 件/);
    }

    // the database holds exactly one turn per acknowledged message, and one vote per press
    const answered = await sql<{ message_id: string }>(schema, 'SELECT message_id FROM answered_messages');
    expect(answered.map((r) => Number(r.message_id.replace('tg:update:', ''))).sort((a, b) => a - b)).toEqual([...acked].sort((a, b) => a - b));
    const turns = await sql<{ n: string }>(schema, 'SELECT COUNT(*) AS n FROM turns');
    expect(Number(turns[0]!.n)).toBe(USERS * 2);
    const fb = await sql<{ n: string; intent: string }>(schema, 'SELECT COUNT(*) AS n, MIN(intent) AS intent FROM feedback WHERE useful = TRUE');
    expect(Number(fb[0]!.n)).toBe(USERS);
    expect(fb[0]!.intent).toBe('figures.query');

    // staff statistics from a surviving instance's database agree
    const { openPgStore } = await import('../src/store/postgres.js');
    const store = await openPgStore({ url: schemaUrl(schema), readOnly: true });
    try {
      const stats = await store.stats();
      expect(stats.total).toBe(USERS * 2);
      expect(stats.feedback.up).toBe(USERS);
      expect(stats.feedback.byIntent['figures.query']).toEqual({ up: USERS, down: 0 });
    } finally {
      await store.close();
    }
    // the proxy did see failures (requests routed to the dead instance), and they were redelivered
    expect(proxy.stats.failed).toBeGreaterThan(0);
  }, 240_000);
});
