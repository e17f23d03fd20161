/**
 * The store's semantics over a plain data object, shared by the in-memory store and the lowdb store
 * (which only adds loading and batched, atomic writes). Inputs are coerced to the stored shape, so that
 * nothing written can fail the schema when the file is loaded again (which would set the file aside).
 */
import { randomUUID } from 'node:crypto';
import { FEEDBACK_PER_MINUTE, type Feedback, type FeedbackResult, type Stats, type Store, type Turn, type UnansweredItem, type UserState } from './types.js';
import type { DbData } from './schema.js';
import { maskPersonalData, maskValue, questionKey } from './mask.js';
import { dayKey, defaultTimeZone, isoTime, lastDays } from './time.js';

export interface StoreOptions {
  /** Turns kept in the log (oldest dropped first). Default 10,000. Also caps feedback and unanswered entries. */
  maxTurns?: number;
  /** Turns, feedback, unanswered questions and per-user state older than this are dropped. Default 90. */
  maxAgeDays?: number;
  /** Time zone of the calendar days in stats. Default TZ, else Asia/Shanghai. */
  timeZone?: string;
  /** Clock (tests). */
  now?: () => Date;
}

export const DEFAULT_MAX_TURNS = 10_000;
/** Characters of a message kept in the turn log and the unanswered list. */
export const MAX_STORED_TEXT = 500;
export const DEFAULT_MAX_AGE_DAYS = 90;
/** Key of feedback on turns without an intent in Stats.feedback.byIntent. */
export const NO_INTENT = '(none)';
const DAY_MS = 86_400_000;
/** A full prune (users, unanswered, feedback) runs every this many turns and before every write. */
const PRUNE_EVERY = 500;

export class DataStore implements Store {
  protected data: DbData;
  readonly maxTurns: number;
  readonly maxAgeDays: number;
  readonly timeZone: string;
  protected readonly now: () => Date;
  /** user → latest turn still in the log */
  private latest = new Map<string, Turn>();
  private sincePrune = 0;

  constructor(data: DbData, opts: StoreOptions = {}) {
    this.data = data;
    this.maxTurns = positive(opts.maxTurns, DEFAULT_MAX_TURNS, 'maxTurns');
    this.maxAgeDays = positive(opts.maxAgeDays, DEFAULT_MAX_AGE_DAYS, 'maxAgeDays');
    this.timeZone = opts.timeZone ?? defaultTimeZone();
    this.now = opts.now ?? (() => new Date());
    this.prune();
    for (const t of this.data.turns) this.latest.set(t.user, t);
  }

  /** Called after every change; the lowdb store schedules a write. */
  protected changed(): void {}

  private cutoff(): string {
    return new Date(this.now().getTime() - this.maxAgeDays * DAY_MS).toISOString();
  }

  async getState(user: string): Promise<UserState | undefined> {
    const u = this.data.users[user];
    if (!u || u.updated < this.cutoff()) return undefined;
    return structuredClone(u.state);
  }

  async setState(user: string, state: UserState): Promise<void> {
    // JSON round trip: the memory store keeps exactly what a file would (Dates become strings …).
    if (!state || typeof state !== 'object' || Array.isArray(state)) throw new TypeError('setState: state must be an object');
    const plain = JSON.parse(JSON.stringify(state)) as UserState;
    this.data.users[user] = { state: maskValue(plain), updated: this.now().toISOString() };
    this.changed();
  }

  async logTurn(input: Omit<Turn, 'id' | 'time'> & { time?: string }): Promise<Turn> {
    const turn: Turn = {
      id: randomUUID(),
      time: input.time ? isoTime(input.time) : this.now().toISOString(),
      user: String(input.user),
      channel: String(input.channel),
      // a question is never longer than this; a 100 KB message must not fill the store
      text: maskPersonalData(String(input.text ?? '').slice(0, MAX_STORED_TEXT)),
      intent: input.intent == null ? null : String(input.intent),
      confidence: Number.isFinite(input.confidence) ? input.confidence : 0, // NaN would be written as null
      fallback: Boolean(input.fallback),
      report: input.report == null ? null : String(input.report),
    };
    this.data.turns.push(turn);
    this.latest.set(turn.user, turn);
    if (turn.fallback) this.countUnanswered(turn);
    this.pruneTurns();
    if (++this.sincePrune >= PRUNE_EVERY) this.prune();
    this.changed();
    return { ...turn };
  }

  private countUnanswered(turn: Turn): void {
    const key = questionKey(turn.text);
    if (!key) return;
    const item = this.data.unanswered[key];
    if (item) {
      item.count++;
      if (turn.time > item.lastSeen) item.lastSeen = turn.time;
      if (turn.time < item.firstSeen) item.firstSeen = turn.time;
    } else {
      this.data.unanswered[key] = { text: key, count: 1, firstSeen: turn.time, lastSeen: turn.time };
    }
  }

  async lastTurn(user: string): Promise<Turn | undefined> {
    const t = this.latest.get(user);
    return t ? { ...t } : undefined;
  }

  /**
   * One feedback per (user, answer): a second 👍/👎 on the same turn replaces the first.
   * Without an intent, the intent of the turn (if still in the log) is recorded.
   */
  async addFeedback(fb: Omit<Feedback, 'time'> & { time?: string }): Promise<FeedbackResult> {
    const turn = fb.turnId ? this.findTurn(fb.turnId) : undefined;
    // only a real turn of the same user (a forged or someone else's turn id counts nothing)
    if (fb.turnId && (!turn || turn.user !== String(fb.user))) return 'no-turn';
    if (!this.feedbackAllowed(String(fb.user))) return 'rate';
    const entry: Feedback = {
      ...(fb.turnId ? { turnId: fb.turnId } : {}),
      intent: fb.intent ?? turn?.intent ?? null,
      user: String(fb.user),
      useful: Boolean(fb.useful),
      time: fb.time ? isoTime(fb.time) : this.now().toISOString(),
    };
    const list = this.data.feedback;
    const same = fb.turnId ? list.findIndex((f) => f.turnId === fb.turnId && f.user === fb.user) : -1;
    if (same >= 0) list.splice(same, 1);
    list.push(entry);
    if (list.length > this.maxTurns) list.splice(0, list.length - this.maxTurns);
    this.changed();
    return 'ok';
  }

  /** user → times (ms) of accepted feedback in the last minute */
  private feedbackTimes = new Map<string, number[]>();

  private feedbackAllowed(user: string): boolean {
    const t = this.now().getTime();
    const times = (this.feedbackTimes.get(user) ?? []).filter((x) => t - x < 60_000);
    if (times.length >= FEEDBACK_PER_MINUTE) return false;
    times.push(t);
    this.feedbackTimes.set(user, times);
    if (this.feedbackTimes.size > 10_000) for (const [u, ts] of this.feedbackTimes) if (!ts.some((x) => t - x < 60_000)) this.feedbackTimes.delete(u);
    return true;
  }

  private findTurn(id: string): Turn | undefined {
    const turns = this.data.turns;
    for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.id === id) return turns[i];
    return undefined;
  }

  /** Most asked first (then most recent); all of them without a limit. */
  async unanswered(limit?: number): Promise<UnansweredItem[]> {
    const cutoff = this.cutoff();
    const items = Object.values(this.data.unanswered)
      .filter((u) => u.lastSeen >= cutoff)
      .sort(byCountThenRecent)
      .map(({ text, count, lastSeen }) => ({ text, count, lastSeen }));
    return limit === undefined ? items : items.slice(0, Math.max(0, limit));
  }

  async stats(): Promise<Stats> {
    const now = this.now();
    const cutoff = this.cutoff();
    const turns = this.data.turns.filter((t) => t.time >= cutoff);
    const days = lastDays(now, 7, this.timeZone).map((day) => ({ day, questions: 0, answered: 0, fallback: 0 }));
    const byDay = new Map(days.map((d) => [d.day, d]));
    const recent = new Date(now.getTime() - 8 * DAY_MS).toISOString();
    const intents = new Map<string, number>();
    const dayOf = new Map<string, string>();
    let fallback = 0;
    let since: string | null = null;
    for (const t of turns) {
      if (since === null || t.time < since) since = t.time;
      if (t.fallback) fallback++;
      if (t.intent) intents.set(t.intent, (intents.get(t.intent) ?? 0) + 1);
      if (t.time < recent) continue;
      const minute = t.time.slice(0, 16); // the calendar day is the same within a UTC minute
      let key = dayOf.get(minute);
      if (key === undefined) dayOf.set(minute, (key = dayKey(t.time, this.timeZone)));
      const d = byDay.get(key);
      if (!d) continue;
      d.questions++;
      if (t.fallback) d.fallback++;
      else d.answered++;
    }
    const total = turns.length;
    const feedback: Stats['feedback'] = { up: 0, down: 0, byIntent: {} };
    for (const f of this.data.feedback) {
      if (f.time < cutoff) continue;
      const k = f.intent ?? NO_INTENT;
      const b = (feedback.byIntent[k] ??= { up: 0, down: 0 });
      if (f.useful) (feedback.up++, b.up++);
      else (feedback.down++, b.down++);
    }
    return {
      days,
      total,
      answeredPct: pct(total - fallback, total),
      fallbackPct: pct(fallback, total),
      topIntents: [...intents]
        .map(([intent, count]) => ({ intent, count }))
        .sort((a, b) => b.count - a.count || a.intent.localeCompare(b.intent))
        .slice(0, 5),
      feedback,
      since,
    };
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {}

  /** Drops the oldest turns beyond the cap and those older than maxAgeDays. */
  private pruneTurns(): void {
    const turns = this.data.turns;
    const cutoff = this.cutoff();
    let drop = Math.max(0, turns.length - this.maxTurns);
    while (drop < turns.length && turns[drop]!.time < cutoff) drop++;
    if (drop === 0) return;
    for (const t of turns.splice(0, drop)) if (this.latest.get(t.user) === t) this.latest.delete(t.user);
  }

  /** Applies every retention rule (turns, feedback, unanswered questions, per-user state). */
  protected prune(): void {
    this.sincePrune = 0;
    this.pruneTurns();
    const cutoff = this.cutoff();
    const d = this.data;
    d.feedback = d.feedback.filter((f) => f.time >= cutoff).slice(-this.maxTurns);
    for (const [k, u] of Object.entries(d.users)) if (u.updated < cutoff) delete d.users[k];
    let open = Object.entries(d.unanswered).filter(([, u]) => u.lastSeen >= cutoff);
    // over the cap: keep the most recently seen
    if (open.length > this.maxTurns) open = open.sort(([, a], [, b]) => (a.lastSeen < b.lastSeen ? 1 : -1)).slice(0, this.maxTurns);
    if (open.length !== Object.keys(d.unanswered).length) d.unanswered = Object.fromEntries(open);
  }
}

function byCountThenRecent(a: UnansweredItem, b: UnansweredItem): number {
  return b.count - a.count || (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : a.text.localeCompare(b.text));
}

function pct(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 10 : 0;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} 必须是正数（收到 ${value}）`);
  return value;
}
