/** The same behaviour from the in-memory store and the lowdb store. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { StoreOptions } from '../../src/store/engine.js';
import { NO_INTENT } from '../../src/store/engine.js';
import { openLowdbStore } from '../../src/store/lowdb.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { Store } from '../../src/store/types.js';
import { captureLogger, manualClock, tempDir, turn } from './helpers.js';

const factories: Array<[string, (opts?: StoreOptions) => Promise<Store>]> = [
  ['memory', async (opts) => createMemoryStore(opts)],
  ['lowdb', async (opts) => openLowdbStore(join(await tempDir(), 'db.json'), { ...opts, logger: captureLogger().logger })],
];

describe.each(factories)('%s store', (_name, open) => {
  test('per-user state: set, get, isolated per user, returned as a copy, masked', async () => {
    const store = await open();
    expect(await store.getState('u1')).toBeUndefined();
    await store.setState('u1', { year: 2022, lastText: '我的电话13912345678', when: new Date('2026-01-01T00:00:00Z') });
    await store.setState('u2', { year: 2021 });
    const s1 = await store.getState('u1');
    expect(s1).toEqual({ year: 2022, lastText: '我的电话139****5678', when: '2026-01-01T00:00:00.000Z' });
    s1!.year = 1999;
    expect((await store.getState('u1'))!.year).toBe(2022);
    expect(await store.getState('u2')).toEqual({ year: 2021 });
    await store.close();
  });

  test('logTurn masks the text, sets id and time; lastTurn is the user’s latest', async () => {
    const clock = manualClock();
    const store = await open({ now: clock.now });
    const a = await store.logTurn(turn('u1', '我是张三 13912345678，邮箱 zs@163.com'));
    expect(a.text).toBe('我是张三 139****5678，邮箱 z***@163.com');
    expect(a.id).toMatch(/\S{8,}/);
    expect(a.time).toBe('2026-11-28T04:00:00.000Z');
    clock.advanceDays(0.01);
    const b = await store.logTurn(turn('u1', '那2021年呢', { intent: 'figures.requests' }));
    await store.logTurn(turn('u2', '你好'));
    expect(b.id).not.toBe(a.id);
    expect(await store.lastTurn('u1')).toEqual(b);
    expect((await store.lastTurn('u2'))!.text).toBe('你好');
    expect(await store.lastTurn('nobody')).toBeUndefined();
    await store.close();
  });

  test('the turn log in memory is bounded by maxTurns; stats stay exact (per-day counters); each user keeps a latest turn', async () => {
    const store = await open({ maxTurns: 5 });
    for (let i = 0; i < 80; i++) await store.logTurn(turn(i === 0 ? 'first' : 'u', `问题${i}`));
    const stats = await store.stats();
    expect(stats.total).toBe(80);
    expect((store as unknown as { data: { turns: unknown[] } }).data.turns.length).toBeLessThanOrEqual(5 + 16);
    expect((await store.lastTurn('first'))!.text).toBe('问题0');
    expect((await store.lastTurn('u'))!.text).toBe('问题79');
    await store.close();
  });

  test('conversation context expires after 30 quiet minutes; at most maxUsers are kept', async () => {
    const clock = manualClock();
    const store = await open({ now: clock.now, maxUsers: 3 });
    await store.setState('a', { n: 1 });
    clock.set('2026-11-28T04:29:00.000Z');
    expect(await store.getState('a')).toEqual({ n: 1 });
    clock.set('2026-11-28T04:31:00.000Z');
    expect(await store.getState('a')).toBeUndefined();
    for (const u of ['b', 'c', 'd', 'e']) await store.setState(u, { u });
    expect(await store.getState('b')).toBeUndefined(); // the least recently active went first
    expect(await store.getState('e')).toEqual({ u: 'e' });
    await store.close();
  });

  test('feedback: a forged or another user\'s turn id counts nothing; at most 10 a minute per user', async () => {
    const store = await open();
    const mine = await store.logTurn(turn('u1', '电话多少'));
    const other = await store.logTurn(turn('u2', '地址'));
    expect(await store.addFeedback({ turnId: 'fake-turn-1', intent: null, user: 'u1', useful: false })).toBe('no-turn');
    expect(await store.addFeedback({ turnId: other.id, intent: null, user: 'u1', useful: false })).toBe('no-turn');
    expect(await store.addFeedback({ turnId: mine.id, intent: null, user: 'u1', useful: false })).toBe('ok');
    const results = [];
    for (let i = 0; i < 1000; i++) {
      const t = await store.logTurn(turn('u3', `问题${i}`));
      results.push(await store.addFeedback({ turnId: t.id, intent: null, user: 'u3', useful: false }));
    }
    expect(results.filter((r) => r === 'ok')).toHaveLength(10);
    expect((await store.stats()).feedback.down).toBe(11);
    await store.close();
  });

  test('turns, feedback, unanswered questions and state older than maxAgeDays are dropped', async () => {
    const clock = manualClock();
    const store = await open({ now: clock.now, maxAgeDays: 90 });
    await store.setState('old', { a: 1 });
    await store.logTurn(turn('old', '很久以前的问题', { fallback: true }));
    await store.addFeedback({ user: 'old', intent: 'x', useful: true });
    clock.advanceDays(60);
    await store.logTurn(turn('new', '新问题', { fallback: true }));
    expect((await store.stats()).total).toBe(2);
    clock.advanceDays(31); // the first turn is now 91 days old
    await store.logTurn(turn('new', '又一个问题'));
    const stats = await store.stats();
    expect(stats.total).toBe(2);
    expect(stats.feedback.up).toBe(0);
    expect((await store.unanswered()).map((u) => u.text)).toEqual(['新问题']);
    expect(await store.getState('old')).toBeUndefined();
    expect(await store.lastTurn('old')).toBeUndefined();
    await store.close();
  });

  test('unanswered: only fallback turns, counted by normalised masked text, most asked first', async () => {
    const clock = manualClock();
    const store = await open({ now: clock.now });
    const ask = async (text: string, fallback = true) => {
      clock.advanceDays(0.001);
      return (await store.logTurn(turn('u', text, { fallback }))).time;
    };
    await ask('怎么查档案？');
    await ask('怎么 查档案');
    const third = await ask('怎么查档案！！');
    await ask('我的电话13912345678能查吗');
    await ask('我的电话13812345678能查吗'); // another number: another key
    await ask('我的电话139-1234-5678能查吗'); // same as the first once masked
    await ask('停车场在哪');
    await ask('依申请公开多少件', false); // answered: not counted
    const items = await store.unanswered();
    expect(items.map((u) => [u.text, u.count])).toEqual([
      ['怎么查档案', 3],
      ['我的电话139****5678能查吗', 2],
      ['停车场在哪', 1], // seen after the 138 one: most recent first among equal counts
      ['我的电话138****5678能查吗', 1],
    ]);
    expect(items[0]!.lastSeen).toBe(third);
    expect(Date.parse(items[0]!.lastSeen)).toBeLessThan(Date.parse(items[1]!.lastSeen));
    expect(await store.unanswered(2)).toHaveLength(2);
    expect(JSON.stringify(items)).not.toContain('13912345678');
    await store.close();
  });

  test('feedback per answer, counted per intent; a second verdict on the same answer replaces the first', async () => {
    const store = await open();
    const t1 = await store.logTurn(turn('u1', '电话多少', { intent: 'contact.phone' }));
    const t2 = await store.logTurn(turn('u2', '地址在哪', { intent: 'contact.address' }));
    const t3 = await store.logTurn(turn('u3', '电话', { intent: 'contact.phone' }));
    await store.addFeedback({ turnId: t1.id, intent: null, user: 'u1', useful: true }); // intent from the turn
    await store.addFeedback({ turnId: t2.id, intent: 'contact.address', user: 'u2', useful: true });
    await store.addFeedback({ turnId: t2.id, intent: 'contact.address', user: 'u2', useful: false }); // changed mind
    await store.addFeedback({ turnId: t3.id, intent: null, user: 'u3', useful: false });
    await store.addFeedback({ intent: null, user: 'u4', useful: true }); // no turn, no intent
    const { feedback } = await store.stats();
    expect(feedback.up).toBe(2);
    expect(feedback.down).toBe(2);
    expect(feedback.byIntent).toEqual({
      'contact.phone': { up: 1, down: 1 },
      'contact.address': { up: 0, down: 1 },
      [NO_INTENT]: { up: 1, down: 0 },
    });
    await store.close();
  });

  test('stats: 7 calendar days in the office time zone, percentages, top intents', async () => {
    const clock = manualClock('2026-11-28T04:00:00.000Z'); // 12:00 in Beijing
    const store = await open({ now: clock.now, timeZone: 'Asia/Shanghai' });
    await store.logTurn(turn('a', 'q', { intent: 'contact.phone', time: '2026-11-27T16:30:00Z' })); // 11-28 00:30 Beijing
    await store.logTurn(turn('a', 'q', { intent: 'contact.phone', time: '2026-11-27T15:30:00Z' })); // 11-27 23:30
    await store.logTurn(turn('a', 'q', { fallback: true, time: '2026-11-27T15:40:00Z' }));
    await store.logTurn(turn('b', 'q', { intent: 'figures.requests', time: '2026-11-22T01:00:00Z' })); // 11-22, first of the 7 days
    await store.logTurn(turn('b', 'q', { intent: 'figures.requests', time: '2026-11-21T01:00:00Z' })); // before the window
    const s = await store.stats();
    expect(s.days.map((d) => d.day)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']);
    expect(s.days.map((d) => d.questions)).toEqual([1, 0, 0, 0, 0, 2, 1]);
    expect(s.days[5]).toEqual({ day: '2026-11-27', questions: 2, answered: 1, fallback: 1 });
    expect(s.total).toBe(5);
    expect(s.answeredPct).toBe(80);
    expect(s.fallbackPct).toBe(20);
    expect(s.topIntents).toEqual([
      { intent: 'contact.phone', count: 2 },
      { intent: 'figures.requests', count: 2 },
    ]);
    expect(s.since).toBe('2026-11-21T01:00:00.000Z');
    await store.close();
  });

  test('empty store: zero stats without division by zero', async () => {
    const store = await open();
    const s = await store.stats();
    await store.close();
    expect(s).toMatchObject({ total: 0, answeredPct: 0, fallbackPct: 0, topIntents: [], since: null, feedback: { up: 0, down: 0, byIntent: {} } });
    expect(s.days).toHaveLength(7);
  });
});
