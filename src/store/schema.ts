/** The shape of the store's data (db.json), validated with zod when a file is loaded. */
import { z } from 'zod';
import { DATA_VERSION } from './empty.js';

const time = z.iso.datetime();

const TurnSchema = z.object({
  id: z.string(),
  time,
  user: z.string(),
  channel: z.string(),
  text: z.string(),
  intent: z.string().nullable(),
  confidence: z.number(),
  fallback: z.boolean(),
  report: z.string().nullable(),
});

const FeedbackSchema = z.object({
  turnId: z.string().optional(),
  intent: z.string().nullable(),
  user: z.string(),
  useful: z.boolean(),
  time,
});

const UnansweredSchema = z.object({
  text: z.string(),
  count: z.number().int().positive(),
  firstSeen: time,
  lastSeen: time,
});

const UserSchema = z.object({
  state: z.record(z.string(), z.unknown()),
  updated: time,
});

/** Per-day counters (the office's calendar day): questions, fallbacks, intents, first turn's time. */
const DayCountsSchema = z.object({
  q: z.number().int().nonnegative(),
  f: z.number().int().nonnegative(),
  intents: z.record(z.string(), z.number().int().nonnegative()),
  first: time,
});
export type DayCounts = z.infer<typeof DayCountsSchema>;

export { DATA_VERSION, emptyData } from './empty.js';

export const DbSchema = z.object({
  version: z.literal(DATA_VERSION),
  /** user id → conversation state */
  users: z.record(z.string(), UserSchema),
  /** oldest first */
  turns: z.array(TurnSchema),
  /** questionKey(masked text) → counts */
  unanswered: z.record(z.string(), UnansweredSchema),
  /** one entry per (user, answer), oldest first */
  feedback: z.array(FeedbackSchema),
  /** day → counters (stats); absent in files written before counters existed */
  daily: z.record(z.string(), DayCountsSchema).optional(),
  /** last journal record this snapshot includes (lowdb store) */
  seq: z.number().int().nonnegative().optional(),
});

export type DbData = z.infer<typeof DbSchema>;

/** A short Chinese description of why a loaded value is not a valid store (first few problems). */
export function describeShapeError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '（根）'}：${i.message}`)
    .join('；');
}
