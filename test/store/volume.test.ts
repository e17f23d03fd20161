/** 10,000 turns from 500 users through the lowdb store: exact counts, one snapshot write for the burst, same after a restart. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb.js';
import { manualClock, tempDir } from './helpers.js';

const USERS = 500;
const TURNS = 10_000;
const INTENTS = ['contact.phone', 'figures.requests', 'procedure.apply'];
/** Each unanswered question in the forms people type it; all forms count as one. */
const QUESTIONS: Array<[key: string, forms: string[]]> = [
  ['停车场在哪', ['停车场在哪？', '停车场在哪', ' 停车场 在哪 ？？']],
  ['怎么查档案', ['怎么查档案', '怎么查档案!', '怎么查档案。']],
  ['能开证明吗', ['能开证明吗？', '能开证明吗?']],
  ['2023年的报告有吗', ['2023年的报告有吗', '２０２３年的报告有吗？', '2023 年的报告有吗']],
  ['我的电话139****5678能查到吗', ['我的电话13912345678能查到吗', '我的电话 139-1234-5678能查到吗', '我的电话１３９１２３４５６７８能查到吗']],
];

test('10,000 turns from 500 users leave exactly the expected turn log, unanswered counts and per-user state', async () => {
  const file = join(await tempDir(), 'db.json');
  const clock = manualClock('2026-11-28T00:00:00.000Z');
  const store = await openLowdbStore(file, { now: clock.now, timeZone: 'Asia/Shanghai' });

  const expectedUnanswered = new Map<string, number>();
  const expectedIntents = new Map<string, number>();
  const lastText = new Map<string, string>();
  let up = 0;
  let down = 0;
  for (let i = 0; i < TURNS; i++) {
    clock.advanceDays(1 / 86_400); // one second per turn
    const user = `wx:user${i % USERS}`;
    const fallback = i % 4 === 3;
    let text: string;
    let intent: string | null = null;
    if (fallback) {
      const [key, forms] = QUESTIONS[Math.floor(i / 4) % QUESTIONS.length]!;
      text = forms[Math.floor(i / 20) % forms.length]!;
      expectedUnanswered.set(key, (expectedUnanswered.get(key) ?? 0) + 1);
    } else {
      intent = INTENTS[i % INTENTS.length]!;
      text = `问题${i}`;
      expectedIntents.set(intent, (expectedIntents.get(intent) ?? 0) + 1);
    }
    const t = await store.logTurn({ user, channel: 'wechat', text, intent, confidence: fallback ? 0.2 : 0.8, fallback, report: null });
    await store.setState(user, { turns: Math.floor(i / USERS) + 1, last: i });
    lastText.set(user, t.text);
    if (i % 10 === 0) {
      const useful = i % 20 === 0;
      await store.addFeedback({ turnId: t.id, intent: null, user, useful });
      if (useful) up++;
      else down++;
    }
  }
  expect(store.writeCount).toBe(0); // the burst has not rewritten the file
  await store.close();
  expect(store.writeCount).toBe(1);

  const raw = JSON.parse(await readFile(file, 'utf8')) as { turns: unknown[]; users: Record<string, unknown> };
  // the snapshot is bounded: the last turns only, no per-user state (that is in the journal)
  expect(raw.turns.length).toBeLessThanOrEqual(1_000 + 125);
  expect(Object.keys(raw.users)).toHaveLength(0);

  const again = await openLowdbStore(file, { now: clock.now, timeZone: 'Asia/Shanghai' });
  const stats = await again.stats();
  expect(stats.total).toBe(TURNS);
  expect(stats.fallbackPct).toBe(25);
  expect(stats.answeredPct).toBe(75);
  expect(stats.days.at(-1)!.questions).toBe(TURNS); // all on 2026-11-28 (Beijing)
  expect(stats.topIntents).toEqual(
    [...expectedIntents].map(([intent, count]) => ({ intent, count })).sort((a, b) => b.count - a.count || a.intent.localeCompare(b.intent)),
  );
  expect({ up: stats.feedback.up, down: stats.feedback.down }).toEqual({ up, down });

  const unanswered = await again.unanswered();
  expect(new Map(unanswered.map((u) => [u.text, u.count]))).toEqual(expectedUnanswered);
  expect(unanswered.reduce((n, u) => n + u.count, 0)).toBe(TURNS / 4);
  for (let k = 1; k < unanswered.length; k++) expect(unanswered[k - 1]!.count).toBeGreaterThanOrEqual(unanswered[k]!.count);

  for (let u = 0; u < USERS; u++) {
    const user = `wx:user${u}`;
    const last = TURNS - USERS + u; // the user's last turn index
    expect(await again.getState(user)).toEqual({ turns: TURNS / USERS, last });
    expect((await again.lastTurn(user))!.text).toBe(lastText.get(user));
  }

  // 500 more: counted exactly; the snapshot stays bounded
  for (let i = 0; i < 500; i++) await again.logTurn({ user: 'late', channel: 'telegram', text: `later ${i}`, intent: null, confidence: 0, fallback: false, report: null });
  expect((await again.stats()).total).toBe(TURNS + 500);
  await again.close();
  const after = JSON.parse(await readFile(file, 'utf8')) as { turns: Array<{ text: string }> };
  expect(after.turns.length).toBeLessThanOrEqual(1_000 + 125);
  expect(after.turns.at(-1)!.text).toBe('later 499');
});
