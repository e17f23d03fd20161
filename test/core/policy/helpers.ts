// Hand-built Understandings for the policy rules' unit tests, and the real intents/reports they name.
import type { Intent } from '../../../src/answer/intents.js';
import { loadKnowledge } from '../../../src/core/bot.js';
import type { Knowledge } from '../../../src/core/knowledge.js';
import type { Understanding } from '../../../src/core/understanding.js';
import type { Scored } from '../../../src/understand/classifier.js';
import type { MetricQuery } from '../../../src/understand/metrics.js';
import type { ReportSlots } from '../../../src/understand/slots.js';

const cache = new Map<string, Promise<Knowledge>>();
/** Real knowledge (intents/ and a reports folder), loaded once per folder. */
export function knowledge(dir = 'data/reports'): Promise<Knowledge> {
  if (!cache.has(dir)) cache.set(dir, loadKnowledge({ reportsDir: dir }).then((x) => x.kn));
  return cache.get(dir)!;
}

export const NO_SLOTS: ReportSlots = { years: [], offices: [], unknownOffices: [], spans: [] };

export function slots(over: Partial<ReportSlots>): ReportSlots {
  return { ...NO_SLOTS, ...over };
}

export function metric(over: Partial<MetricQuery> = {}): MetricQuery {
  return { table: '三', rows: ['refused'], cols: [], spans: [], rowsExplicit: true, ...over };
}

/** An understanding with nothing in it but what the test gives. */
export function u(over: Partial<Understanding> = {}): Understanding {
  const norm = over.norm ?? '测试';
  return {
    text: norm,
    norm,
    empty: false,
    now: new Date('2026-11-29T12:00:00+08:00'),
    slots: NO_SLOTS,
    kind: 'other',
    quantity: false,
    duration: false,
    followUp: { is: false, onlySlots: false },
    classifierText: norm,
    focus: norm,
    candidates: [],
    unknown: { share: 0, count: 0 },
    reportOnlyWords: [],
    ...over,
  };
}

/** Candidates from (intent id, score) pairs of the knowledge's intents. */
export function cands(kn: Knowledge, ...pairs: [string, number][]): Scored<Intent>[] {
  return pairs.map(([id, score]) => {
    const item = kn.byId.get(id);
    if (!item) throw new Error(`no intent ${id}`);
    return { item, score, example: '' };
  });
}
