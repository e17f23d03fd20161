// Opening questions remembered (src/core/decision-memo.ts): the same answer as deciding afresh, a copy each time,
// the time of this message on the state, the year of `now` in the key, follow-ups always decided afresh.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, loadKnowledge } from '../../src/core/bot.js';
import { decideRemembered } from '../../src/core/decision-memo.js';
import { decide, type ConvState } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  ({ kn } = await loadKnowledge({ reportsDir: 'data/reports' }));
});

const OPENINGS = ['依申请公开的申请有多少件', '政府信息公开办公室电话多少', '今年收到几件申请', '怎么申请政府信息公开', '行政复议几件'];

describe('decideRemembered', () => {
  it('an opening question asked again: the answer decide() gives, each time', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    for (const q of OPENINGS) {
      const fresh = decide(kn, q, {}, now);
      const first = decideRemembered(kn, q, {}, now);
      const again = decideRemembered(kn, q, {}, now);
      expect(first).toEqual(fresh);
      expect(again).toEqual(fresh);
    }
  });

  it('hands out a copy: changing one answer never changes the next', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const q = OPENINGS[1]!;
    const a = decideRemembered(kn, q, {}, now);
    const text = a.answer.text;
    a.answer.text = '改掉了';
    (a.state as Record<string, unknown>).report = 'x';
    const b = decideRemembered(kn, q, {}, now);
    expect(b.answer.text).toBe(text);
    expect(b.state.report).not.toBe('x');
  });

  it('the state is stamped with the time of this message, not of the one first decided', () => {
    const q = OPENINGS[0]!;
    decideRemembered(kn, q, {}, new Date('2026-03-01T08:00:00Z'));
    const later = new Date('2026-03-01T09:30:00Z');
    expect(decideRemembered(kn, q, {}, later).state.at).toBe(later.getTime());
  });

  it('a relative year read in the year of `now`: another year, another decision', () => {
    const q = '今年收到几件申请';
    for (const now of [new Date('2026-03-01T08:00:00Z'), new Date('2023-06-01T08:00:00Z'), new Date('2026-03-01T08:00:00Z')]) {
      expect(decideRemembered(kn, q, {}, now)).toEqual(decide(kn, q, {}, now));
    }
    expect(decide(kn, q, {}, new Date('2023-06-01T08:00:00Z')).answer.text).not.toBe(decide(kn, q, {}, new Date('2026-03-01T08:00:00Z')).answer.text);
  });

  it('a follow-up is decided in its context: not the opening answer of the same words', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const first = decide(kn, '行政复议几件', {}, now);
    const context: ConvState = first.state;
    const follow = '那前年呢';
    const alone = decideRemembered(kn, follow, {}, now);
    const inContext = decideRemembered(kn, follow, context, new Date(now.getTime() + 60_000));
    expect(inContext).toEqual(decide(kn, follow, context, new Date(now.getTime() + 60_000)));
    expect(inContext.answer.rule).not.toBe(alone.answer.rule);
  });

  it('a context gone quiet opens the conversation again: the opening answer', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const old: ConvState = { ...decide(kn, '行政复议几件', {}, now).state };
    const hoursLater = new Date(now.getTime() + 5 * 3600_000);
    const q = '那行政诉讼呢';
    expect(decideRemembered(kn, q, old, hoursLater)).toEqual(decide(kn, q, {}, hoursLater));
  });

  it('through the core: two citizens asking the same first question get the same answer', async () => {
    const core = await createCore({ reportsDir: 'data/reports' });
    const a = await core.reply({ user: 'memo-a', text: OPENINGS[3]!, channel: 'batch' });
    const b = await core.reply({ user: 'memo-b', text: OPENINGS[3]!, channel: 'batch' });
    expect(b.text).toBe(a.text);
    expect(b.rule).toBe(a.rule);
    expect(b.turnId).not.toBe(a.turnId);
    await core.close();
  });
});

describe('rememberOpenings: false', () => {
  it('the same answers, decided afresh', async () => {
    const on = await createCore({ reportsDir: 'data/reports' });
    const off = await createCore({ reportsDir: 'data/reports', rememberOpenings: false });
    for (const q of OPENINGS) {
      for (const user of ['x', 'y']) {
        const [a, b] = [await on.reply({ user: `on-${user}-${q}`, text: q, channel: 'batch' }), await off.reply({ user: `off-${user}-${q}`, text: q, channel: 'batch' })];
        expect(b.text).toBe(a.text);
        expect(b.rule).toBe(a.rule);
      }
    }
    await on.close();
    await off.close();
  });
});
