// What the readings tests of the blind rounds share (fresh34/36/37-readings.test.ts): a knowledge base per report
// folder, loaded once, and questions answered on the blind rounds' day.
import { loadKnowledge } from '../../src/core/bot.js';
import { decide, type ConvState } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

/** The blind rounds' "today": relative years (去年, 今年) count from it. */
const TODAY = new Date('2026-12-01T12:00:00+08:00');

const loaded = new Map<string, Promise<Knowledge>>();
export function kb(reportsDir: string): Promise<Knowledge> {
  if (!loaded.has(reportsDir)) loaded.set(reportsDir, loadKnowledge({ reportsDir }).then((x) => x.kn));
  return loaded.get(reportsDir)!;
}
/** The answers of a conversation, in order. */
export function talk(kn: Knowledge, ...qs: string[]): string[] {
  let state: ConvState = {};
  return qs.map((q) => {
    const out = decide(kn, q, state, TODAY);
    state = out.state;
    return out.answer.text;
  });
}
export function ask(kn: Knowledge, q: string, state: ConvState = {}): string {
  return decide(kn, q, state, TODAY).answer.text;
}
