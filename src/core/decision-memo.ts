/**
 * Decisions kept per knowledge base for messages that open a conversation (no context, or a context gone quiet):
 * most citizens ask one question, and many ask the same ones, so a repeated opening question is carried out once.
 * decide() is a pure function of the knowledge, the text, the state, the year of `now` (relative years, 今年/去年)
 * and the jieba dictionary (cuts change as words are added); with no context the key holds the rest. The answer's
 * state gets the time of this message. A follow-up is decided afresh: its context (the last question, report,
 * figure…) seldom repeats, and keeping each would only cost memory. Issue 15: a repeated question cost as much as a
 * new one in the policy's ~240 rules.
 */
import { cutGeneration } from '../understand/segment.js';
import { BoundedMemo } from '../understand/memo.js';
import { contextQuiet, decide, type ConvState } from './engine.js';
import type { Knowledge } from './knowledge.js';
import type { Outcome } from './respond.js';

/**
 * Opening questions kept per knowledge base. An outcome is ~1–2 KB; 4,096 of them ~4–8 MB at most. A full table
 * replaces one entry at random (BoundedMemo), so a question asked often stays.
 */
export const DECISION_MEMO_MAX = 4_096;
/** Messages longer than this are not kept: a long message is seldom repeated word for word. */
export const DECISION_MEMO_MAX_TEXT = 200;

const tables = new WeakMap<Knowledge, BoundedMemo<string, Outcome>>();
/** Splits the parts of a key (no text or JSON holds it). */
const SEP = '\u0000';

/** A message with no context: none kept, or the last answer given longer ago than the quiet spell (as decide() reads it). */
function opening(previous: ConvState, now: Date): boolean {
  if (contextQuiet(previous, now)) return true;
  for (const k in previous) if ((previous as Record<string, unknown>)[k] !== undefined) return false;
  return true;
}

/** decide(), remembered: the answer and state are the caller's own (a copy), as decide()'s are. */
export function decideRemembered(kn: Knowledge, text: string, previous: ConvState = {}, now = new Date()): Outcome {
  if (text.length > DECISION_MEMO_MAX_TEXT || !opening(previous, now)) return decide(kn, text, previous, now);
  const key = `${cutGeneration()}${SEP}${now.getFullYear()}${SEP}${text}`;
  let table = tables.get(kn);
  if (!table) tables.set(kn, (table = new BoundedMemo(DECISION_MEMO_MAX)));
  const kept = table.get(key);
  if (kept) {
    const out = structuredClone(kept);
    out.state.at = now.getTime();
    return out;
  }
  const out = decide(kn, text, previous, now);
  // (only an outcome whose state is stamped with this message's time: its time is the one thing not in the key)
  if (out.state.at === now.getTime()) table.set(key, structuredClone(out));
  return out;
}
