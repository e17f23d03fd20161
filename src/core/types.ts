/** The one door every channel goes through: reply(message) → answer. */

export type Channel = 'console' | 'wechat' | 'telegram' | 'batch' | 'web' | 'wechat-mp' | 'wecom';

export interface Message {
  /** Stable per person within a channel (the core prefixes nothing: channels pass e.g. "tg:123"). */
  user: string;
  text: string;
  channel: Channel;
  /** Group/room id when the message came from a group chat. */
  group?: string;
  /** Set by the channel when the sender is configured staff (or the group is a staff group). */
  staff?: boolean;
  /** Platform message id (e.g. "tg:update:123"): a shared store answers a redelivered message only once. */
  id?: string;
}

export type AnswerKind = 'answer' | 'clarify' | 'fallback' | 'staff' | 'feedback';

export interface Answer {
  kind: AnswerKind;
  /** What the channel sends, in Chinese. Never empty. */
  text: string;
  fallback: boolean;
  intent: string | null;
  /** 0…1 */
  confidence: number;
  /** Report id the answer comes from, e.g. "南岗区人民政府办公室-2022". */
  report: string | null;
  /** For clarify: the options offered ("1", "2" accepted next). */
  options?: string[];
  /** The policy rule that decided this answer (src/core/policy/), or the core's own door: staff-command, feedback. */
  rule?: string;
  /** Id of the stored turn, for feedback buttons (Telegram 👍/👎). */
  turnId?: string;
  /** Data of a small chart (year-over-year answers); channels that show images render it (src/chart). */
  chart?: import('../answer/trend-answer.js').TrendChart;
}

export type Reply = (msg: Message) => Promise<Answer>;

export interface ReloadResult {
  ok: boolean;
  /** Chinese summary for staff: what was loaded, what failed (and kept its previous version). */
  message: string;
}

export interface CoreOptions {
  /** Folder of report files (default: data/reports of the package). */
  reportsDir?: string;
  /** Folder of intents/*.yml (default: intents/ of the package). */
  intentsDir?: string;
  /** Storage; default: an in-memory store. */
  store?: import('../store/types.js').Store;
  /** The time relative years (去年, 今年) are read against; default: now. Tests and the eval fix it. */
  clock?: () => Date;
  /** Office whose newest report answers questions that name none. Default: the office of the newest report. */
  defaultOffice?: string;
  /**
   * Remember the decisions on messages that open a conversation (src/core/decision-memo.ts). Default true; false
   * decides every message afresh (the same answers, more work): the bench measures the decision path so.
   */
  rememberOpenings?: boolean;
}

/** A 👍/👎 on an answer: from a button (turnId known) or a reply such as “有用” right after it. */
export interface FeedbackInput {
  user: string;
  useful: boolean;
  /** The answer's turn; without it, the user's latest answer. */
  turnId?: string;
}

/** What a channel or command holds: the reply door plus staff operations. */
export interface Core {
  reply: Reply;
  /** Records feedback on an answer; returns the thanks to show (Chinese). */
  feedback(input: FeedbackInput): Promise<string>;
  /** Reloads reports and intents atomically; a broken file keeps its previous version. */
  reload(): Promise<ReloadResult>;
  reports(): import('../report/types.js').Report[];
  loadErrors(): import('../report/types.js').LoadError[];
  /** Staff draft checks (a report file sent to the bot; /publish). */
  drafts?: import('../staff/drafts.js').DraftDesk;
  close(): Promise<void>;
}
