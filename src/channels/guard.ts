/**
 * What every channel shares: per-user serial queues with a bound, a per-user rate limit, message-id
 * de-duplication, splitting long answers at sentence boundaries, mention stripping, staff matching, and
 * the few fixed guard notes (the only wording a channel may send by itself).
 *
 * No understanding here: what a message means and how an answer is worded belong to the core.
 */
import { escapeRegExp } from '../escape.js';
import type { Answer, Core, Message } from '../core/types.js';

/** Guard notes: polite, short, fixed. Everything else a user reads comes from core.reply. */
export const NOTES = {
  rateLimited: '您发送的消息有点多，请稍等一分钟再提问，谢谢理解。',
  queueFull: '您的问题较多，我正在逐条回答；刚才多出的消息未能处理，请稍后再发。',
  onlyText: '抱歉，我目前只能看懂文字消息，请用文字输入您的问题。',
  /** WeChat Official Account: voice with the platform's recognition is text; the rest is not. */
  onlyTextOrVoice: '抱歉，我只能识别文字（语音会转成文字），请用文字输入您的问题。',
  error: '抱歉，系统暂时出了点问题，请稍后再试。',
  shuttingDown: '服务正在重启，请稍后再发送您的问题。',
} as const;

/** Texts passed to the core for commands, so the core words greetings and help. */
export const CORE_PROMPTS = {
  greeting: '你好',
  help: '帮助',
} as const;

/* ------------------------------------------------------------------ */
/* The one door: call the core, catch, send                            */
/* ------------------------------------------------------------------ */

/** The answer sent when the core fails (a guard note, never an understanding). */
export function errorAnswer(): Answer {
  return { kind: 'fallback', text: NOTES.error, fallback: true, intent: null, confidence: 0, report: null };
}

/** The guard note for a message the guard did not admit. */
export function noteFor(reason: Rejection): string {
  return reason === 'rate' ? NOTES.rateLimited : reason === 'queue' ? NOTES.queueFull : NOTES.shuttingDown;
}

/**
 * Calls core.reply(msg); when it throws, logs through `onError` and answers with the error note.
 * Then hands the answer to `send` (whose errors propagate to the caller, e.g. the guard's onError).
 */
export async function answerThrough(
  core: Pick<Core, 'reply'>,
  msg: Message,
  send: (answer: Answer) => Promise<void> | void,
  onError: (err: unknown) => void = () => {},
): Promise<Answer> {
  let answer: Answer;
  try {
    answer = await core.reply(msg);
  } catch (err) {
    onError(err);
    answer = errorAnswer();
  }
  await send(answer);
  return answer;
}

/* ------------------------------------------------------------------ */
/* Rate limit: sliding window per user                                 */
/* ------------------------------------------------------------------ */

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    /** Allowed messages per window; Infinity or ≤ 0 disables the limit. */
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a message of `user`; false when it exceeds the limit (the message should be dropped). */
  hit(user: string): boolean {
    if (!(this.limit > 0) || !Number.isFinite(this.limit)) return true;
    const t = this.now();
    const from = t - this.windowMs;
    let arr = this.hits.get(user);
    if (!arr) {
      arr = [];
      this.hits.set(user, arr);
      if (this.hits.size > 10_000) this.prune(from);
    }
    while (arr.length && arr[0]! <= from) arr.shift();
    if (arr.length >= this.limit) return false;
    arr.push(t);
    return true;
  }

  private prune(from: number): void {
    for (const [u, arr] of this.hits) if (!arr.length || arr[arr.length - 1]! <= from) this.hits.delete(u);
  }
}

/**
 * A per-user rate limit shared by every instance (PgStore.hit: src/store/postgres.ts). Channels check it
 * inside the user's task, before the core is called; false: drop the message with the polite note.
 */
export interface SharedLimiter {
  hit(user: string, limit: number, windowMs?: number): Promise<boolean>;
}

/* ------------------------------------------------------------------ */
/* De-duplication of message ids                                       */
/* ------------------------------------------------------------------ */

export class Dedupe {
  private readonly seenAt = new Map<string, number>();
  constructor(
    private readonly capacity = 10_000,
    private readonly ttlMs = 30 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when `id` was already seen (the message is a duplicate); records it otherwise. */
  seen(id: string): boolean {
    const t = this.now();
    const at = this.seenAt.get(id);
    if (at !== undefined && t - at < this.ttlMs) return true;
    this.seenAt.delete(id);
    this.seenAt.set(id, t);
    if (this.seenAt.size > this.capacity) {
      // Map keeps insertion order: drop the oldest
      const drop = this.seenAt.size - this.capacity;
      let i = 0;
      for (const k of this.seenAt.keys()) {
        if (i++ >= drop) break;
        this.seenAt.delete(k);
      }
    }
    return false;
  }
}

/* ------------------------------------------------------------------ */
/* Per-user serial queues                                              */
/* ------------------------------------------------------------------ */

export type Task = () => Promise<void>;
export type Rejection = 'rate' | 'queue' | 'closed';
export type Admission = { ok: true; /** settles when the task has run */ done?: Promise<void> } | { ok: false; reason: Rejection; /** send the polite note now (once per window) */ notify: boolean };

export interface GuardOptions {
  /** Messages per minute per user (sliding window). 0 or Infinity: no limit (e.g. when grammY's limiter runs). */
  perMinute?: number;
  /** Messages waiting per user besides the one being answered; extras are dropped. Default 5. */
  maxQueue?: number;
  windowMs?: number;
  now?: () => number;
  /** Called when a task throws (the guard itself never throws). */
  onError?: (err: unknown, user: string) => void;
}

interface UserQueue {
  items: Task[];
  running: Promise<void>;
}

/**
 * Admits messages per user: rate limit, then a bounded serial queue. A user's messages are handled one
 * after another, in order; different users never wait for each other.
 */
export class Guard {
  private readonly queues = new Map<string, UserQueue>();
  private readonly limiter: RateLimiter;
  private readonly maxQueue: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly notified = new Map<string, number>();
  private readonly onError: (err: unknown, user: string) => void;
  private closed = false;

  constructor(opts: GuardOptions = {}) {
    this.windowMs = opts.windowMs ?? 60_000;
    this.now = opts.now ?? Date.now;
    this.limiter = new RateLimiter(opts.perMinute ?? 0, this.windowMs, this.now);
    this.maxQueue = opts.maxQueue ?? 5;
    this.onError = opts.onError ?? (() => {});
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Number of users with queued or running work. */
  get activeUsers(): number {
    return this.queues.size;
  }

  /** Queued (not yet started) tasks of `user`. */
  queued(user: string): number {
    return this.queues.get(user)?.items.length ?? 0;
  }

  submit(user: string, input: Task): Admission {
    if (this.closed) return { ok: false, reason: 'closed', notify: false };
    let settle!: () => void;
    const done = new Promise<void>((r) => (settle = r));
    const task: Task = () => input().finally(settle);
    if (!this.limiter.hit(user)) return this.reject(user, 'rate');
    const q = this.queues.get(user);
    if (q) {
      if (q.items.length >= this.maxQueue) return this.reject(user, 'queue');
      q.items.push(task);
      return { ok: true, done };
    }
    const fresh: UserQueue = { items: [], running: Promise.resolve() };
    this.queues.set(user, fresh);
    fresh.running = this.drain(user, fresh, task);
    return { ok: true, done };
  }

  private reject(user: string, reason: Rejection): Admission {
    return { ok: false, reason, notify: this.notifyOnce(user) };
  }

  /**
   * True at most once per user per window: whoever drops a message (this guard, or a channel's own
   * limiter such as grammY's) asks here before sending a note, so a flood gets one note in all.
   */
  notifyOnce(user: string): boolean {
    const t = this.now();
    const last = this.notified.get(user);
    const notify = last === undefined || t - last >= this.windowMs;
    if (notify) {
      this.notified.set(user, t);
      if (this.notified.size > 10_000) {
        for (const [u, at] of this.notified) if (t - at >= this.windowMs) this.notified.delete(u);
      }
    }
    return notify;
  }

  private async drain(user: string, q: UserQueue, first: Task): Promise<void> {
    // yield once so submit() returns before the first task starts
    await Promise.resolve();
    for (let task: Task | undefined = first; task; task = q.items.shift()) {
      try {
        await task();
      } catch (err) {
        try {
          this.onError(err, user);
        } catch {
          /* never let a logger break the queue */
        }
      }
    }
    this.queues.delete(user);
  }

  /** Resolves when nothing is queued or running (for `user`, or for everyone). */
  async idle(user?: string): Promise<void> {
    for (;;) {
      const running = user === undefined
        ? [...this.queues.values()].map((q) => q.running)
        : this.queues.has(user) ? [this.queues.get(user)!.running] : [];
      if (!running.length) return;
      await Promise.all(running);
    }
  }

  /** Stops admitting messages and waits for everything already admitted (queued and in flight). */
  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }
}

/* ------------------------------------------------------------------ */
/* Splitting long answers                                              */
/* ------------------------------------------------------------------ */

const SENTENCE_END = /[。！？!?]/;
const CLOSERS = /[”’」』）)】\]"'…]/;
const SOFT_BREAK = /[，,；;、：:\s]/;

/** Splits `text` into sentences, each keeping its end mark (。！？, closing quotes) or newline. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    } else if (SENTENCE_END.test(ch)) {
      let j = i + 1;
      while (j < text.length && (SENTENCE_END.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
      if (j < text.length && text[j] === '\n') j++;
      out.push(text.slice(start, j));
      start = j;
      i = j - 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Cuts a piece longer than `max` at the last soft break (，；、 space) or else at `max`, never inside a surrogate pair. */
function hardSplit(piece: string, max: number): string[] {
  const out: string[] = [];
  let rest = piece;
  while (rest.length > max) {
    let cut = -1;
    for (let i = max; i > max / 2; i--) {
      if (SOFT_BREAK.test(rest[i - 1]!)) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      cut = max;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--; // high surrogate: keep the pair together
    }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Splits an answer into messages of at most `max` UTF-16 units (Telegram: 4096), at sentence
 * boundaries (。！？ and newlines) when possible. Chunks are trimmed of surrounding newlines;
 * whitespace-only chunks are dropped.
 */
export function splitMessage(text: string, max = 4096): string[] {
  if (max < 2) throw new RangeError('max must be ≥ 2');
  if (text.length <= max) return text.trim() ? [text] : [];
  const chunks: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/^\n+|\s+$/g, '');
    if (t.trim()) chunks.push(t);
    cur = '';
  };
  for (const s of sentences(text)) {
    const parts = s.length > max ? hardSplit(s, max) : [s];
    for (const p of parts) {
      if (cur.length + p.length > max) flush();
      cur += p;
    }
  }
  flush();
  return chunks;
}

/* ------------------------------------------------------------------ */
/* Mentions                                                            */
/* ------------------------------------------------------------------ */


/** "@name" followed by the WeChat mention separator (U+2005), a space, punctuation or the end. */
function mentionRe(name: string, flags = ''): RegExp {
  return new RegExp(`@${escapeRegExp(name)}(?:[\\u2005\\u0020\\u00a0\\s,，:：]|$)`, flags);
}

/** True when `text` contains "@name" for one of `names` (text fallback when mention lists miss). */
export function mentionsName(text: string, names: Array<string | undefined | null>): boolean {
  return names.some((n) => !!n && mentionRe(n).test(text));
}

/** Removes "@name" mentions for `names` and trims. */
export function stripMention(text: string, names: Array<string | undefined | null>): string {
  let out = text;
  for (const n of names) if (n) out = out.replace(mentionRe(n, 'g'), ' ');
  return out.replace(/[\u2005\u00a0]/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

/* ------------------------------------------------------------------ */
/* Staff                                                               */
/* ------------------------------------------------------------------ */

export interface StaffConfig {
  staffIds: string[];
  staffGroups: string[];
}

/** What a channel knows about the group a message came from. */
export interface StaffGroup {
  /** Channel-prefixed id: "wx:…@chatroom", "tg:-100…". The only thing a group is recognised by. */
  id: string;
  /** WeChat topic (group name): anyone can rename a group, so a topic alone never grants staff rights. */
  topic?: string;
  /**
   * Channel-prefixed ids of the group's owner and admins, as the platform reports them (not as anyone
   * names them). A topic entry of STAFF_GROUPS counts only when one of them is a configured staff id:
   * that is the rule for puppets whose room ids change at every login.
   */
  ownerIds?: string[];
}

/** An entry of STAFF_GROUPS that is an id (channel prefix or a WeChat room id), not a topic. */
export function isGroupIdEntry(entry: string): boolean {
  return /^(wx|tg|wecom):/.test(entry) || /@chatroom$/.test(entry) || /^@@/.test(entry);
}

/**
 * Staff rights come from ids only, never from a name anyone can type:
 * - a private message: the sender's id is in STAFF_IDS;
 * - a group message: the group's id is a STAFF_GROUPS id entry ("wx:…@chatroom", "…@chatroom", "tg:-100…"),
 *   or its topic is a STAFF_GROUPS topic entry AND its owner or an admin (reported by the platform) is in
 *   STAFF_IDS. A staff member writing in any other group is not staff there: staff output (unanswered
 *   questions, statistics) never goes to a group that is not a staff group.
 * A group topic is never compared with an id entry (a group named "wx:<staff room id>" is just a name).
 */
export function isStaff(cfg: StaffConfig, user: string, group?: StaffGroup): boolean {
  if (!group) return cfg.staffIds.includes(user);
  for (const g of cfg.staffGroups) {
    if (isGroupIdEntry(g)) {
      if (g === group.id) return true;
      // a WeChat room id without its prefix
      if (group.id.startsWith('wx:') && g === group.id.slice(3)) return true;
    } else if (group.topic !== undefined && g === group.topic && group.ownerIds?.some((o) => cfg.staffIds.includes(o))) {
      return true;
    }
  }
  return false;
}

/* ------------------------------------------------------------------ */
/* What a running channel gives the start command                      */
/* ------------------------------------------------------------------ */

export interface ChannelHandle {
  readonly name: 'console' | 'wechat' | 'telegram' | 'http';
  /** Stops taking messages and finishes the replies already admitted. Idempotent. */
  stop(): Promise<void>;
  /** Resolves when the channel ends by itself (console: end of input or “退出”). */
  readonly done?: Promise<void>;
}
