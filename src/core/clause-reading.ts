/**
 * A clause of a two-question message read about one report (src/core/second-ask.ts): its understanding and
 * the policy's decision on it (made on first use: a clause read as a follow-up is never decided). With the state `{ report }` alone, both are pure functions of the knowledge,
 * the clause, the report, the calendar year (the only part of `now` the understanding and the rules read,
 * through findReportSlots) and the policy's first-decision function: memoised by those. A two-question
 * message read the whole policy once per clause on top of its own answer (~23 % of the slowest 4 % of the
 * bench's in-process replies, CPU profile); a repeated one now reads each clause once.
 *
 * The understanding kept computes its lazy facts (unknown share, joined follow-up) on first use and keeps
 * them: pure as well. Nothing downstream changes a decision or an understanding (carryOut reads them).
 */
import { BoundedMemo, READING_MEMO_MAX } from '../understand/memo.js';
import { cutGeneration } from '../understand/segment.js';
import type { ConvState } from './engine.js';
import type { Knowledge } from './knowledge.js';
import type { Rule } from './policy/index.js';
import { understand, type Understanding } from './understanding.js';

/** The policy's first decision on an understanding (engine.ts firstDecision). */
export type FirstDecision = (u: Understanding, state: ConvState, kn: Knowledge) => Decided;

type Decided = { rule: Rule; decision: ReturnType<Rule['decide']> & object };

/** A clause understood about one report; the policy's decision on it made on first use and kept. */
export class ClauseReading {
  private decided: Decided | undefined = undefined;
  constructor(
    readonly cu: Understanding,
    private readonly about: ConvState,
    private readonly kn: Knowledge,
    readonly first: FirstDecision,
    readonly year: number,
    /** The jieba dictionary's generation it was read with (words added since may cut the clause otherwise). */
    readonly generation: number,
  ) {}

  decide(): Decided {
    return (this.decided ??= this.first(this.cu, this.about, this.kn));
  }
}

/** Clause readings kept per knowledge (as many as the other readings; a full table replaces one at random, memo.ts). */
const CLAUSE_READINGS_MAX = READING_MEMO_MAX;
const tables = new WeakMap<Knowledge, BoundedMemo<string, ClauseReading>>();

/** Splits the report id from the clause in a key (neither holds it). */
const KEY_SEPARATOR = '\u0000';

/** The clause understood with the conversation state `{ report }` (its decision: decide()). */
export function readClauseAbout(kn: Knowledge, clause: string, report: string, now: Date, first: FirstDecision): ClauseReading {
  let table = tables.get(kn);
  if (!table) tables.set(kn, (table = new BoundedMemo(CLAUSE_READINGS_MAX)));
  const key = report + KEY_SEPARATOR + clause;
  const year = now.getFullYear();
  const hit = table.get(key);
  if (hit && hit.year === year && hit.first === first && hit.generation === cutGeneration()) return hit;
  const about: ConvState = { report };
  const generation = cutGeneration();
  const reading = new ClauseReading(understand(kn, clause, about, now), about, kn, first, year, generation);
  table.set(key, reading);
  return reading;
}
