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

export interface Store {
  getState(user: string): Promise<UserState | undefined>;
  setState(user: string, state: UserState): Promise<void>;
  /** Records a turn (masks text); returns the stored turn. Falls back are also counted as unanswered. */
  logTurn(turn: Omit<Turn, 'id' | 'time'> & { time?: string }): Promise<Turn>;
  /** The user's latest turn, for feedback replies. */
  lastTurn(user: string): Promise<Turn | undefined>;
  addFeedback(fb: Omit<Feedback, 'time'> & { time?: string }): Promise<void>;
  /** Most asked first, then most recently seen; all of them when no limit is given. */
  unanswered(limit?: number): Promise<UnansweredItem[]>;
  stats(): Promise<Stats>;
  /** Writes pending changes to disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
