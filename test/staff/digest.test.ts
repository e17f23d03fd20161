/**
 * Weekly digest: the schedule arithmetic (Asia/Shanghai, other zones), the digest's content from a real
 * store, and the scheduler running with vitest fake timers (fires Monday 09:00 Shanghai, then a week later).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createCore } from '../../src/core/bot.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { ConfigError } from '../../src/config.js';
import { loadStaffToolsConfig } from '../../src/staff/config.js';
import { DIGEST_TOP, buildDigest, scheduleDigest } from '../../src/staff/digest.js';
import { nextRun, parseSchedule } from '../../src/staff/schedule.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('schedule', () => {
  test('parse: english and chinese weekdays; malformed → null', () => {
    expect(parseSchedule('mon 09:00')).toEqual({ weekday: 1, hour: 9, minute: 0 });
    expect(parseSchedule('周五 17:30')).toEqual({ weekday: 5, hour: 17, minute: 30 });
    expect(parseSchedule('Sunday 0:05')).toEqual({ weekday: 0, hour: 0, minute: 5 });
    expect(parseSchedule('mon 25:00')).toBeNull();
    expect(parseSchedule('someday 09:00')).toBeNull();
    expect(parseSchedule('09:00')).toBeNull();
  });

  test('next run: Monday 09:00 in Shanghai is Monday 01:00 UTC', () => {
    const s = parseSchedule('mon 09:00')!;
    // Sunday 2026-11-29 20:00 UTC = Monday 04:00 Shanghai → Monday 09:00 Shanghai, same day
    expect(nextRun(s, 'Asia/Shanghai', new Date('2026-11-29T20:00:00Z')).toISOString()).toBe('2026-11-30T01:00:00.000Z');
    // exactly at the time → the next week
    expect(nextRun(s, 'Asia/Shanghai', new Date('2026-11-30T01:00:00Z')).toISOString()).toBe('2026-12-07T01:00:00.000Z');
    // New York in summer time (UTC−4)
    expect(nextRun(s, 'America/New_York', new Date('2026-07-01T00:00:00Z')).toISOString()).toBe('2026-07-06T13:00:00.000Z');
  });

  test('config: DIGEST_SCHEDULE / DIGEST_TZ / ADMIN_TOKEN validated with Chinese errors', () => {
    const fail = (v: string, zh: string, en: string): never => {
      throw new ConfigError(v, zh, en);
    };
    expect(loadStaffToolsConfig({ DIGEST_SCHEDULE: 'mon 09:00' }, fail).digest).toMatchObject({ timeZone: 'Asia/Shanghai', schedule: { weekday: 1 } });
    expect(() => loadStaffToolsConfig({ DIGEST_SCHEDULE: 'every monday' }, fail)).toThrow(/DIGEST_SCHEDULE.*格式不对/);
    expect(() => loadStaffToolsConfig({ DIGEST_TZ: 'Mars/Base' }, fail)).toThrow(/DIGEST_TZ/);
    expect(() => loadStaffToolsConfig({ ADMIN_TOKEN: 'short' }, fail)).toThrow(/ADMIN_TOKEN 太短/);
    expect(loadStaffToolsConfig({}, fail)).toEqual({});
  });
});

async function filledStore(now: Date) {
  const store = createMemoryStore();
  const t = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
  for (let i = 0; i < 6; i++) await store.logTurn({ user: `u${i}`, channel: 'web', text: '怎么申请', intent: 'how_to_apply', confidence: 0.9, fallback: false, report: null, time: t(10 + i) });
  for (let i = 0; i < 3; i++) await store.logTurn({ user: `v${i}`, channel: 'web', text: '停车场收费标准是多少', intent: null, confidence: 0.1, fallback: true, report: null, time: t(20 + i) });
  await store.logTurn({ user: 'w', channel: 'web', text: '食堂几点开门', intent: null, confidence: 0.1, fallback: true, report: null, time: t(30) });
  // older than a week: not in this week's unanswered list
  await store.logTurn({ user: 'x', channel: 'web', text: '去年的老问题', intent: null, confidence: 0.1, fallback: true, report: null, time: t(24 * 20) });
  await store.addFeedback({ intent: 'how_to_apply', user: 'u1', useful: true, time: t(9) });
  await store.addFeedback({ intent: 'how_to_apply', user: 'u2', useful: false, time: t(9) });
  return store;
}

describe('digest', () => {
  test('content: counts and rates, top unanswered with counts, feedback, reports and their findings', async () => {
    const now = new Date();
    const store = await filledStore(now);
    const core = await createCore({ reportsDir: 'test/fixtures/reports-years', store });
    const text = await buildDigest({ store, reports: () => core.reports(), loadErrors: () => core.loadErrors(), timeZone: 'Asia/Shanghai' }, now);
    expect(text).toContain('每周简报');
    expect(text).toContain('问答量：10 条；已回答 6 条（60%），未能回答 4 条（40%）');
    expect(text).toMatch(/1\. 停车场收费标准是多少 ×3/);
    expect(text).toMatch(/2\. 食堂几点开门 ×1/);
    expect(text).not.toContain('去年的老问题');
    expect(text).toContain('👍 1 / 👎 1');
    expect(text).toContain('已加载报告 4 份');
    expect(text).toMatch(/南岗区人民政府办公室-2022：核对发现 \d+ 条/);
    await core.close();
  });

  test('at most the top 10 unanswered', async () => {
    const store = createMemoryStore();
    for (let i = 0; i < 15; i++) await store.logTurn({ user: 'u', channel: 'web', text: `问题${i}号`, intent: null, confidence: 0, fallback: true, report: null });
    const text = await buildDigest({ store, reports: () => [], loadErrors: () => [] });
    expect(text.match(/^\d+\. 问题/gm)?.length).toBe(DIGEST_TOP);
  });

  test('the scheduler with a fake clock: Monday 09:00 Shanghai, then a week later; stop ends it', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-29T20:00:00Z') }); // Monday 04:00 in Shanghai
    const sent: Array<{ at: string; text: string }> = [];
    const s = scheduleDigest({
      schedule: parseSchedule('mon 09:00')!,
      timeZone: 'Asia/Shanghai',
      build: async (now) => `digest @ ${now.toISOString()}`,
      send: async (text) => void sent.push({ at: new Date().toISOString(), text }),
    });
    expect(s.next().toISOString()).toBe('2026-11-30T01:00:00.000Z');
    await vi.advanceTimersByTimeAsync(4 * 3_600_000 + 59 * 60_000); // 08:59
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000); // 09:00
    expect(sent).toEqual([{ at: '2026-11-30T01:00:00.000Z', text: 'digest @ 2026-11-30T01:00:00.000Z' }]);
    expect(s.next().toISOString()).toBe('2026-12-07T01:00:00.000Z');
    await vi.advanceTimersByTimeAsync(7 * 86_400_000);
    expect(sent.map((x) => x.at)).toEqual(['2026-11-30T01:00:00.000Z', '2026-12-07T01:00:00.000Z']);
    s.stop();
    await vi.advanceTimersByTimeAsync(7 * 86_400_000);
    expect(sent.length).toBe(2);
  });

  test('a failed send is reported and the next week still runs', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T00:00:00Z') });
    const errors: unknown[] = [];
    let calls = 0;
    const s = scheduleDigest({
      schedule: parseSchedule('mon 09:00')!,
      timeZone: 'Asia/Shanghai',
      build: async () => 'x',
      send: async () => {
        calls++;
        if (calls === 1) throw new Error('network down');
      },
      onError: (e) => errors.push(e),
    });
    await vi.advanceTimersByTimeAsync(8 * 86_400_000);
    expect(calls).toBe(2);
    expect(errors.length).toBe(1);
    s.stop();
  });
});

describe('/简报 on demand', () => {
  test('staff get the digest; anyone else is refused and gets no figures', async () => {
    const now = new Date();
    const store = await filledStore(now);
    const core = await createCore({ reportsDir: 'test/fixtures/reports-years', store });
    const staff = await core.reply({ user: 'tg:7', channel: 'telegram', text: '/简报', staff: true });
    expect(staff.kind).toBe('staff');
    expect(staff.text).toContain('每周简报');
    expect(staff.text).toContain('停车场收费标准是多少 ×3');
    const citizen = await core.reply({ user: 'tg:55', channel: 'telegram', text: '/简报' });
    expect(citizen.text).toContain('仅供工作人员使用');
    expect(citizen.text).not.toContain('停车场');
    await core.close();
  });
});
