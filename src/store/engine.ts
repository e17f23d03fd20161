/**
 * The store's semantics in memory, shared by the in-memory store and the lowdb store (which adds a journal
 * of every change and a small snapshot file). Inputs are coerced to the stored shape, so that nothing
 * written can fail the schema when the file is loaded again.
 *
 * Bounded for a busy office:
 * - conversation context expires after `contextTtlMs` of quiet (30 min) and at most `maxUsers` are kept;
 * - statistics come from per-day counters (questions, fallbacks, intents): exact for any volume;
 * - the turn log in memory keeps the last `maxTurns`; each user's latest turn and an index of recent turn
 *   ids (for feedback) are bounded by `maxUsers`;
 * - unanswered questions, feedback, counters and turns older than `maxAgeDays` (90) are dropped.
 */
import { randomUUID } from 'node:crypto';
import { FEEDBACK_PER_MINUTE, type Feedback, type FeedbackResult, type Stats, type Store, type Turn, type UnansweredItem, type UserState } from './types.js';
import type { DayCounts, DbData } from './schema.js';
import { maskPersonalData, maskValue, questionKey } from './mask.js';
import { dayKey, defaultTimeZone, isoTime, lastDays } from './time.js';
import { isoClock } from './iso-clock.js';

export interface StoreOptions {
  /** Turns kept in the in-memory log (oldest dropped first). Default 1,000. Also caps feedback entries. */
  maxTurns?: number;
  /** Turns, feedback, unanswered questions and counters older than this are dropped. Default 90. */
  maxAgeDays?: number;
  /** Conversation context expires after this quiet spell. Default 30 min. */
  contextTtlMs?: number;
  /** Users whose context and latest turn are kept (the least recently active go first). Default 200,000. */
  maxUsers?: number;
  /** Distinct unanswered questions kept (the least recently seen go first). Default 20,000. */
  maxUnanswered?: number;
  /** Time zone of the calendar days in stats. Default TZ, else Asia/Shanghai. */
  timeZone?: string;
  /** Clock (tests). */
  now?: () => Date;
}

export const DEFAULT_MAX_TURNS = 1_000;
/** Characters of a message kept in the turn log and the unanswered list (cut after masking). */
export const MAX_STORED_TEXT = 500;
export const DEFAULT_MAX_AGE_DAYS = 90;
export const DEFAULT_CONTEXT_TTL_MS = 30 * 60_000;
export const DEFAULT_MAX_USERS = 200_000;
export const DEFAULT_MAX_UNANSWERED = 20_000;
/** Key of feedback on turns without an intent in Stats.feedback.byIntent. */
export const NO_INTENT = '(none)';
const DAY_MS = 86_400_000;
/** A full prune (users, unanswered, feedback, counters) runs every this many turns. */
const PRUNE_EVERY = 500;

interface UserEntry {
  state: UserState;
  /** ms */
  updated: number;
}

/** What the store remembers of a recent turn, for feedback checks. */
interface TurnRef {
  user: string;
  intent: string | null;
}

export class DataStore implements Store {
  protected data: DbData;
  readonly maxTurns: number;
  readonly maxAgeDays: number;
  readonly contextTtlMs: number;
  readonly maxUsers: number;
  readonly maxUnanswered: number;
  readonly timeZone: string;
  protected readonly now: () => Date;
  /** The clock in ms (no Date built when the real clock is used). */
  protected readonly nowMs: () => number;
  /** The time now as an ISO string (with the real clock: iso-clock.ts, toISOString once per second). */
  protected readonly nowIso: () => string;
  /** user → context (Map order: least recently updated first) */
  protected users = new Map<string, UserEntry>();
  /** user → latest turn */
  private latest = new Map<string, Turn>();
  /** turn id → owner and intent (recent turns) */
  private turnRefs = new Map<string, TurnRef>();
  private sincePrune = 0;
  /** cutoff cache: recomputed once per second, not per call */
  private cutoffAt = -1;
  private cutoffIso = '';
  private readonly dayOfMinute = new Map<string, string>();

  constructor(data: DbData, opts: StoreOptions = {}) {
    this.data = data;
    const rebuild = !this.data.daily; // a file from before the counters: count its turn log once
    this.maxTurns = positive(opts.maxTurns, DEFAULT_MAX_TURNS, 'maxTurns');
    this.maxAgeDays = positive(opts.maxAgeDays, DEFAULT_MAX_AGE_DAYS, 'maxAgeDays');
    this.contextTtlMs = positive(opts.contextTtlMs, DEFAULT_CONTEXT_TTL_MS, 'contextTtlMs');
    this.maxUsers = positive(opts.maxUsers, DEFAULT_MAX_USERS, 'maxUsers');
    this.maxUnanswered = positive(opts.maxUnanswered, DEFAULT_MAX_UNANSWERED, 'maxUnanswered');
    this.timeZone = opts.timeZone ?? defaultTimeZone();
    const clock = opts.now;
    this.now = clock ?? (() => new Date());
    this.nowMs = clock ? () => clock().getTime() : Date.now;
    this.nowIso = clock ? () => clock().toISOString() : isoClock();
    for (const [user, u] of Object.entries(data.users ?? {})) this.users.set(user, { state: u.state, updated: Date.parse(u.updated) });
    if (rebuild) {
      this.data.daily = {};
      const turns = this.data.turns.splice(0);
      const unanswered = this.data.unanswered;
      this.data.unanswered = {};
      for (const t of turns) this.applyTurn(t);
      this.data.unanswered = unanswered; // its counts were already kept
    } else {
      for (const t of this.data.turns) this.remember(t);
    }
    this.prune();
  }

  /** Called after every change; the lowdb store journals it and schedules a snapshot. */
  protected changed(_record?: JournalRecord): void {}

  protected cutoff(): string {
    const ms = this.nowMs();
    const second = Math.floor(ms / 1000);
    if (second !== this.cutoffAt) {
      this.cutoffAt = second;
      this.cutoffIso = new Date(ms - this.maxAgeDays * DAY_MS).toISOString();
    }
    return this.cutoffIso;
  }

  private day(iso: string): string {
    const minute = iso.slice(0, 16); // the calendar day is the same within a UTC minute
    let d = this.dayOfMinute.get(minute);
    if (d === undefined) {
      if (this.dayOfMinute.size > 10_000) this.dayOfMinute.clear();
      this.dayOfMinute.set(minute, (d = dayKey(iso, this.timeZone)));
    }
    return d;
  }

  async getState(user: string): Promise<UserState | undefined> {
    const u = this.users.get(user);
    if (!u || this.nowMs() - u.updated > this.contextTtlMs) return undefined;
    return copyPlain(u.state);
  }

  async setState(user: string, state: UserState): Promise<void> {
    if (!state || typeof state !== 'object' || Array.isArray(state)) throw new TypeError('setState: state must be an object');
    // maskValue builds a fresh plain copy (Dates become ISO strings): no JSON round trip needed
    const entry = { state: maskValue(state), updated: this.nowMs() };
    this.applyState(user, entry);
    this.changed({ k: 'u', user, state: entry.state, at: entry.updated });
  }

  protected applyState(user: string, entry: UserEntry): void {
    this.users.delete(user); // re-insert: Map order = least recently updated first
    this.users.set(user, entry);
    if (this.users.size > this.maxUsers) this.users.delete(this.users.keys().next().value!);
  }

  async logTurn(input: Omit<Turn, 'id' | 'time'> & { time?: string }): Promise<Turn> {
    const turn: Turn = {
      id: randomUUID(),
      time: input.time ? isoTime(input.time) : this.nowIso(),
      user: String(input.user),
      channel: String(input.channel),
      // masked first, then cut: a number straddling the cut is never kept half-masked
      text: maskPersonalData(String(input.text ?? '').slice(0, MAX_STORED_TEXT * 2)).slice(0, MAX_STORED_TEXT),
      intent: input.intent == null ? null : String(input.intent),
      confidence: Number.isFinite(input.confidence) ? input.confidence : 0, // NaN would be written as null
      fallback: Boolean(input.fallback),
      report: input.report == null ? null : String(input.report),
    };
    this.applyTurn(turn);
    this.changed({ k: 't', turn });
    return { ...turn };
  }

  /** Counts a turn (also when a journal is replayed). */
  protected applyTurn(turn: Turn): void {
    const turns = this.data.turns;
    turns.push(turn);
    // drop in chunks, not splice(0, 1) per turn at the cap
    if (turns.length > this.maxTurns + Math.max(16, this.maxTurns >> 3)) turns.splice(0, turns.length - this.maxTurns);
    this.remember(turn);
    const day = this.day(turn.time);
    const c = (this.data.daily![day] ??= { q: 0, f: 0, intents: {}, first: turn.time });
    c.q++;
    if (turn.fallback) c.f++;
    if (turn.intent) c.intents[turn.intent] = (c.intents[turn.intent] ?? 0) + 1;
    if (turn.time < c.first) c.first = turn.time;
    if (turn.fallback) this.countUnanswered(turn);
    if (++this.sincePrune >= PRUNE_EVERY) this.prune();
  }

  private remember(turn: Turn): void {
    const prev = this.latest.get(turn.user);
    if (prev && prev.time > turn.time) return;
    this.latest.delete(turn.user);
    this.latest.set(turn.user, turn);
    if (this.latest.size > this.maxUsers) this.latest.delete(this.latest.keys().next().value!);
    this.turnRefs.set(turn.id, { user: turn.user, intent: turn.intent });
    if (this.turnRefs.size > this.maxUsers) this.turnRefs.delete(this.turnRefs.keys().next().value!);
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
      const seen = this.unansweredSeen;
      if (seen.of === this.data.unanswered) {
        seen.n++;
        if (turn.time < seen.oldest) seen.oldest = turn.time;
      }
    }
  }

  /**
   * What prune() knows of the unanswered list without looking at it: for the list object `of`, how many
   * questions it holds and a time no question of it was last seen before (a lower bound: a question seen
   * again only moves its time on). Kept up by countUnanswered(); a list replaced is looked at again.
   */
  private unansweredSeen: { of: DbData['unanswered'] | null; n: number; oldest: string } = { of: null, n: 0, oldest: '' };

  async lastTurn(user: string): Promise<Turn | undefined> {
    const t = this.latest.get(user);
    return t && t.time >= this.cutoff() ? { ...t } : undefined;
  }

  /**
   * Only a real turn of the same user counts (a forged or someone else's turn id: 'no-turn'); one vote
   * per (user, turn): a second replaces the first; at most FEEDBACK_PER_MINUTE per user a minute.
   * Without a turn id (direct callers), the given intent is recorded.
   */
  async addFeedback(fb: Omit<Feedback, 'time'> & { time?: string }): Promise<FeedbackResult> {
    const user = String(fb.user);
    const ref = fb.turnId ? this.turnRefs.get(fb.turnId) : undefined;
    if (fb.turnId && (!ref || ref.user !== user)) return 'no-turn';
    if (!this.feedbackAllowed(user)) return 'rate';
    const entry: Feedback = {
      ...(fb.turnId ? { turnId: fb.turnId } : {}),
      intent: fb.intent ?? ref?.intent ?? null,
      user,
      useful: Boolean(fb.useful),
      time: fb.time ? isoTime(fb.time) : this.now().toISOString(),
    };
    this.applyFeedback(entry);
    this.changed({ k: 'f', fb: entry });
    return 'ok';
  }

  protected applyFeedback(entry: Feedback): void {
    const list = this.data.feedback;
    if (entry.turnId) {
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i]!.turnId === entry.turnId && list[i]!.user === entry.user) {
          list.splice(i, 1);
          break;
        }
      }
    }
    list.push(entry);
    if (list.length > this.maxTurns * 10) list.splice(0, list.length - this.maxTurns * 10);
  }

  /** user → times (ms) of accepted feedback in the last minute */
  private feedbackTimes = new Map<string, number[]>();

  private feedbackAllowed(user: string): boolean {
    const t = this.nowMs();
    const times = (this.feedbackTimes.get(user) ?? []).filter((x) => t - x < 60_000);
    if (times.length >= FEEDBACK_PER_MINUTE) return false;
    times.push(t);
    this.feedbackTimes.set(user, times);
    if (this.feedbackTimes.size > 10_000) for (const [u, ts] of this.feedbackTimes) if (!ts.some((x) => t - x < 60_000)) this.feedbackTimes.delete(u);
    return true;
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
    const firstDay = this.day(cutoff);
    const days = lastDays(now, 7, this.timeZone).map((day) => ({ day, questions: 0, answered: 0, fallback: 0 }));
    const byDay = new Map(days.map((d) => [d.day, d]));
    const intents = new Map<string, number>();
    let total = 0;
    let fallback = 0;
    let since: string | null = null;
    for (const [day, c] of Object.entries(this.data.daily!)) {
      if (day < firstDay) continue;
      total += c.q;
      fallback += c.f;
      if (since === null || c.first < since) since = c.first;
      for (const [intent, n] of Object.entries(c.intents)) intents.set(intent, (intents.get(intent) ?? 0) + n);
      const d = byDay.get(day);
      if (d) {
        d.questions = c.q;
        d.fallback = c.f;
        d.answered = c.q - c.f;
      }
    }
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

  /** Applies every retention rule (turns, feedback, unanswered questions, counters, users). */
  protected prune(): void {
    this.sincePrune = 0;
    const cutoff = this.cutoff();
    const d = this.data;
    const turns = d.turns;
    let drop = Math.max(0, turns.length - this.maxTurns);
    while (drop < turns.length && turns[drop]!.time < cutoff) drop++;
    if (drop) turns.splice(0, drop);
    if (d.feedback.length && d.feedback[0]!.time < cutoff) d.feedback = d.feedback.filter((f) => f.time >= cutoff);
    const firstDay = this.day(cutoff);
    for (const day of Object.keys(d.daily!)) if (day < firstDay) delete d.daily![day];
    const stale = this.nowMs() - this.contextTtlMs;
    for (const [user, u] of this.users) {
      if (u.updated >= stale) break; // Map order: least recently updated first
      this.users.delete(user);
    }
    for (const [user, t] of this.latest) {
      if (t.time >= cutoff) break;
      this.latest.delete(user);
    }
    // the list is looked at only when something may go (a question last seen before the cutoff, or more
    // than the cap): with thousands of questions, a scan of them every PRUNE_EVERY turns was ~2 % of a reply
    const seen = this.unansweredSeen;
    if (seen.of === d.unanswered && seen.oldest >= cutoff && seen.n <= this.maxUnanswered) return;
    let open = Object.entries(d.unanswered).filter(([, u]) => u.lastSeen >= cutoff);
    // over the cap: keep the most recently seen
    if (open.length > this.maxUnanswered) open = open.sort(([, a], [, b]) => (a.lastSeen < b.lastSeen ? 1 : -1)).slice(0, this.maxUnanswered);
    if (open.length !== Object.keys(d.unanswered).length) d.unanswered = Object.fromEntries(open);
    let oldest = '\uffff';
    for (const [, u] of open) if (u.lastSeen < oldest) oldest = u.lastSeen;
    this.unansweredSeen = { of: d.unanswered, n: open.length, oldest };
  }
}

/** One change, as the lowdb store journals it (one JSON line each). */
export type JournalRecord =
  | { k: 't'; turn: Turn }
  | { k: 'f'; fb: Feedback }
  | { k: 'u'; user: string; state: UserState; at: number };

export type { DayCounts };

/**
 * A copy of a stored state: plain JSON values only (maskValue's output or parsed JSON), so a plain walk
 * copies it exactly, several times faster than structuredClone.
 */
function copyPlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = copyPlain((value as Record<string, unknown>)[k]);
  return out as T;
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
