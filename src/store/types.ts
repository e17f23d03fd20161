/**
 * Storage behind a small interface so another backend (PostgreSQL, Redis) can replace lowdb later.
 * Implementations mask personal data (phone, 身份证, e-mail) before anything is written.
 */

/** Per-user conversation context (what follow-ups resolve against). Opaque JSON to the store. */
export type UserState = Record<string, unknown>;

export interface Turn {
  id: string;
  time: string;          // ISO
  user: string;
  channel: string;
  text: string;          // masked by the store
  intent: string | null;
  confidence: number;
  fallback: boolean;
  report: string | null;
}

export interface Feedback {
  turnId?: string;
  intent: string | null;
  user: string;
  useful: boolean;
  time: string;
}

export interface UnansweredItem {
  text: string;          // masked, normalised
  count: number;
  lastSeen: string;
}

export interface Stats {
  days: { day: string; questions: number; answered: number; fallback: number }[];
  total: number;
  answeredPct: number;
  fallbackPct: number;
  topIntents: { intent: string; count: number }[];
  feedback: { up: number; down: number; byIntent: Record<string, { up: number; down: number }> };
  /** Time of the oldest turn the totals cover (the log keeps maxTurns / maxAgeDays), null when empty. */
  since: string | null;
}

/** Why a 👍/👎 was not counted ('ok' when it was). */
export type FeedbackResult = 'ok' | 'no-turn' | 'rate';

/** Feedback accepted per user per minute (a flood of forged presses counts at most this many). */
export const FEEDBACK_PER_MINUTE = 10;

export interface Store {
  getState(user: string): Promise<UserState | undefined>;
  setState(user: string, state: UserState): Promise<void>;
  /** Records a turn (masks text); returns the stored turn. Falls back are also counted as unanswered. */
  logTurn(turn: Omit<Turn, 'id' | 'time'> & { time?: string }): Promise<Turn>;
  /** The user's latest turn, for feedback replies. */
  lastTurn(user: string): Promise<Turn | undefined>;
  /**
   * Records a 👍/👎. With a turnId the turn must be a real turn of the same user (else 'no-turn');
   * one vote per (user, turn): a second replaces the first. At most FEEDBACK_PER_MINUTE per user
   * per minute (else 'rate').
   */
  addFeedback(fb: Omit<Feedback, 'time'> & { time?: string }): Promise<FeedbackResult>;
  /** Most asked first, then most recently seen; all of them when no limit is given. */
  unanswered(limit?: number): Promise<UnansweredItem[]>;
  stats(): Promise<Stats>;
  /**
   * Runs `fn` with this user's messages serialised; `fn` gets the store to use for them (a shared
   * store hands over one transaction under a per-user lock, so two instances answer one user in order
   * and the turn is committed when fn returns). Absent: callers use the store directly.
   */
  withUser?<T>(user: string, fn: (s: Store) => Promise<T>): Promise<T>;
  /**
   * A message id (e.g. a Telegram update) already answered, shared across instances: returns the
   * stored turn (with the answer given) or undefined. Only inside withUser; absent on embedded stores.
   */
  answered?(messageId: string): Promise<(Turn & { answer: string | null }) | undefined>;
  /** Records that `messageId` was answered by `turnId` (same transaction as the turn). */
  markAnswered?(messageId: string, turnId: string, answer: string): Promise<void>;
  /** Writes pending changes to disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
