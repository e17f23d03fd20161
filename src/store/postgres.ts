/**
 * The PostgreSQL store, chosen by DATABASE_URL=postgres://… and shared by any number of bot instances.
 *
 * - Conversation state, turns, feedback, answered message ids and rate-limit hits live in tables
 *   (src/store/migrations.ts, applied at start). Stats and the unanswered list are counted from the turns
 *   by SQL, so they are exact for any volume and always agree with each other.
 * - Per-user order across instances: withUser() runs a user's message in one transaction that first takes
 *   a transaction-scoped advisory lock on the user (pg_advisory_xact_lock), so two messages of one user
 *   arriving at two instances are answered one after the other, each seeing the state the other left.
 *   The turn is committed before the reply is returned: an answer a channel sends is already durable.
 * - Shared guards: a per-user sliding-window rate limit (hit()) and answered message ids (answered /
 *   markAnswered) work across instances.
 * - The database unreachable at start: openPgStore throws StoreUnavailableError (the commands exit 2).
 *   A lost connection: every operation is retried with exponential backoff (100 ms doubling to 2 s) for
 *   up to `retryMs` (default 30 s) and logged once per outage; only then does the caller get the error
 *   (channels answer with their error note: nothing is dropped silently).
 *
 * Standard SQL apart from the advisory lock functions, which KingbaseES and openGauss provide too.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { log, type Logger } from '../log.js';
import { DEFAULT_MAX_AGE_DAYS, MAX_STORED_TEXT, NO_INTENT } from './engine.js';
import { maskPersonalData, maskValue, questionKey } from './mask.js';
import { MIGRATIONS } from './migrations.js';
import { dayKey, defaultTimeZone, isoTime, lastDays } from './time.js';
import {
  FEEDBACK_PER_MINUTE,
  type Feedback,
  type FeedbackResult,
  type Stats,
  type Store,
  type Turn,
  type UnansweredItem,
  type UserState,
} from './types.js';

export class StoreUnavailableError extends Error {
  readonly exitCode = 2;
}

export interface PgStoreOptions {
  /** postgres://user@host:port/db[?schema=name] (schema: tables go there; created when missing). */
  url: string;
  /** Overrides ?schema= of the URL. */
  schema?: string;
  maxAgeDays?: number;
  /** Conversation context expires after this quiet spell. Default 30 min. */
  contextTtlMs?: number;
  timeZone?: string;
  now?: () => Date;
  logger?: Logger;
  /** How long an operation keeps retrying a lost connection. Default 30 s. */
  retryMs?: number;
  poolSize?: number;
  /** Commands that only read (stats, unanswered) skip migrations when the tables exist. */
  readOnly?: boolean;
}

export const DEFAULT_CONTEXT_TTL_MS = 30 * 60_000;
const DAY_MS = 86_400_000;
/** Advisory lock namespaces (first key of pg_advisory_xact_lock(int, int)). */
const NS_USER = 0x0d15c105;
const NS_RATE = 0x0d15c106;
const NS_MIGRATE = 0x0d15c107;

type Executor = Pick<Pool, 'query'> | Pick<PoolClient, 'query'>;

interface Shared {
  timeZone: string;
  now: () => Date;
  maxAgeDays: number;
  contextTtlMs: number;
}

/** The store's operations over one executor: the pool, or a client inside a user's transaction. */
class PgOps implements Store {
  constructor(
    protected ex: Executor,
    protected readonly cfg: Shared,
  ) {}

  protected async q<R extends QueryResultRow = QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
    return (await this.ex.query<R>(sql, values)).rows;
  }

  private cutoff(): Date {
    return new Date(this.cfg.now().getTime() - this.cfg.maxAgeDays * DAY_MS);
  }

  async getState(user: string): Promise<UserState | undefined> {
    const rows = await this.q<{ state: string; updated_at: Date }>('SELECT state, updated_at FROM user_state WHERE user_id = $1', [user]);
    const row = rows[0];
    if (!row || this.cfg.now().getTime() - row.updated_at.getTime() > this.cfg.contextTtlMs) return undefined;
    return JSON.parse(row.state) as UserState;
  }

  async setState(user: string, state: UserState): Promise<void> {
    if (!state || typeof state !== 'object' || Array.isArray(state)) throw new TypeError('setState: state must be an object');
    const json = JSON.stringify(maskValue(state));
    const now = this.cfg.now();
    const r = await this.ex.query('UPDATE user_state SET state = $2, updated_at = $3 WHERE user_id = $1', [user, json, now]);
    if (r.rowCount) return;
    try {
      await this.ex.query('INSERT INTO user_state (user_id, state, updated_at) VALUES ($1, $2, $3)', [user, json, now]);
    } catch (err) {
      // another instance inserted first (only outside withUser): update that row
      if ((err as { code?: string }).code !== '23505') throw err;
      await this.ex.query('UPDATE user_state SET state = $2, updated_at = $3 WHERE user_id = $1', [user, json, now]);
    }
  }

  async logTurn(input: Omit<Turn, 'id' | 'time'> & { time?: string }): Promise<Turn> {
    const at = input.time ? isoTime(input.time) : this.cfg.now().toISOString();
    const turn: Turn = {
      id: randomUUID(),
      time: at,
      user: String(input.user),
      channel: String(input.channel),
      text: maskPersonalData(String(input.text ?? '')).slice(0, MAX_STORED_TEXT),
      intent: input.intent == null ? null : String(input.intent),
      confidence: Number.isFinite(input.confidence) ? input.confidence : 0,
      fallback: Boolean(input.fallback),
      report: input.report == null ? null : String(input.report),
    };
    await this.ex.query(
      `INSERT INTO turns (id, seq, at, day, user_id, channel, text, qkey, intent, confidence, fallback, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        turn.id, nextSeq(), at, dayKey(at, this.cfg.timeZone), turn.user, turn.channel, turn.text,
        turn.fallback ? questionKey(turn.text) : '', turn.intent, turn.confidence, turn.fallback, turn.report,
      ],
    );
    return turn;
  }

  async lastTurn(user: string): Promise<Turn | undefined> {
    const rows = await this.q<TurnRow>(
      `SELECT ${TURN_COLUMNS} FROM turns WHERE user_id = $1 ORDER BY at DESC, seq DESC FETCH FIRST 1 ROWS ONLY`,
      [user],
    );
    return rows[0] ? toTurn(rows[0]) : undefined;
  }

  async addFeedback(fb: Omit<Feedback, 'time'> & { time?: string }): Promise<FeedbackResult> {
    const user = String(fb.user);
    const at = fb.time ? new Date(isoTime(fb.time)) : this.cfg.now();
    const recent = await this.q<{ n: string }>('SELECT COUNT(*) AS n FROM feedback WHERE user_id = $1 AND at > $2', [
      user,
      new Date(at.getTime() - 60_000),
    ]);
    if (Number(recent[0]?.n ?? 0) >= FEEDBACK_PER_MINUTE) return 'rate';
    let intent = fb.intent ?? null;
    let turnId = fb.turnId;
    if (turnId) {
      const rows = await this.q<{ intent: string | null }>('SELECT intent FROM turns WHERE id = $1 AND user_id = $2', [turnId, user]);
      if (!rows[0]) return 'no-turn';
      intent ??= rows[0].intent;
      await this.ex.query('DELETE FROM feedback WHERE user_id = $1 AND turn_id = $2', [user, turnId]);
    } else {
      turnId = `none:${randomUUID()}`;
    }
    await this.ex.query('INSERT INTO feedback (user_id, turn_id, intent, useful, at) VALUES ($1, $2, $3, $4, $5)', [
      user, turnId, intent, Boolean(fb.useful), at,
    ]);
    return 'ok';
  }

  async answered(messageId: string): Promise<(Turn & { answer: string | null }) | undefined> {
    const rows = await this.q<TurnRow & { answer: string | null }>(
      `SELECT ${TURN_COLUMNS.split(', ').map((c) => `t.${c}`).join(', ')}, t.answer
         FROM answered_messages m JOIN turns t ON t.id = m.turn_id WHERE m.message_id = $1`,
      [messageId],
    );
    return rows[0] ? { ...toTurn(rows[0]), answer: rows[0].answer } : undefined;
  }

  async markAnswered(messageId: string, turnId: string, answer: string): Promise<void> {
    await this.ex.query('INSERT INTO answered_messages (message_id, turn_id, at) VALUES ($1, $2, $3)', [messageId, turnId, this.cfg.now()]);
    await this.ex.query('UPDATE turns SET answer = $2 WHERE id = $1', [turnId, answer]);
  }

  async unanswered(limit?: number): Promise<UnansweredItem[]> {
    const rows = await this.q<{ qkey: string; n: string; last: Date }>(
      `SELECT qkey, COUNT(*) AS n, MAX(at) AS last FROM turns
        WHERE fallback = TRUE AND at >= $1 AND qkey <> '' GROUP BY qkey`,
      [this.cutoff()],
    );
    const items = rows
      .map((r) => ({ text: r.qkey, count: Number(r.n), lastSeen: r.last.toISOString() }))
      .sort((a, b) => b.count - a.count || (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : a.text.localeCompare(b.text)));
    return limit === undefined ? items : items.slice(0, Math.max(0, limit));
  }

  async stats(): Promise<Stats> {
    const now = this.cfg.now();
    const cutoff = this.cutoff();
    const dayList = lastDays(now, 7, this.cfg.timeZone);
    const [perDay, totals, intents, fb] = await Promise.all([
      this.q<{ day: string; n: string; f: string }>(
        `SELECT day, COUNT(*) AS n, SUM(CASE WHEN fallback THEN 1 ELSE 0 END) AS f FROM turns
          WHERE day >= $1 AND day <= $2 AND at >= $3 GROUP BY day`,
        [dayList[0], dayList[dayList.length - 1], cutoff],
      ),
      this.q<{ n: string; f: string | null; since: Date | null }>(
        'SELECT COUNT(*) AS n, SUM(CASE WHEN fallback THEN 1 ELSE 0 END) AS f, MIN(at) AS since FROM turns WHERE at >= $1',
        [cutoff],
      ),
      this.q<{ intent: string; n: string }>(
        'SELECT intent, COUNT(*) AS n FROM turns WHERE at >= $1 AND intent IS NOT NULL GROUP BY intent',
        [cutoff],
      ),
      this.q<{ intent: string | null; useful: boolean; n: string }>(
        'SELECT intent, useful, COUNT(*) AS n FROM feedback WHERE at >= $1 GROUP BY intent, useful',
        [cutoff],
      ),
    ]);
    const byDay = new Map(perDay.map((r) => [r.day.trim(), r]));
    const days = dayList.map((day) => {
      const r = byDay.get(day);
      const questions = Number(r?.n ?? 0);
      const fallback = Number(r?.f ?? 0);
      return { day, questions, answered: questions - fallback, fallback };
    });
    const total = Number(totals[0]?.n ?? 0);
    const fallback = Number(totals[0]?.f ?? 0);
    const feedback: Stats['feedback'] = { up: 0, down: 0, byIntent: {} };
    for (const r of fb) {
      const n = Number(r.n);
      const b = (feedback.byIntent[r.intent ?? NO_INTENT] ??= { up: 0, down: 0 });
      if (r.useful) (feedback.up += n, b.up += n);
      else (feedback.down += n, b.down += n);
    }
    return {
      days,
      total,
      answeredPct: pct(total - fallback, total),
      fallbackPct: pct(fallback, total),
      topIntents: intents
        .map((r) => ({ intent: r.intent, count: Number(r.n) }))
        .sort((a, b) => b.count - a.count || a.intent.localeCompare(b.intent))
        .slice(0, 5),
      feedback,
      since: totals[0]?.since ? totals[0].since.toISOString() : null,
    };
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {}
}

/** The shared store: a pool, retries, per-user transactions, the shared rate limit. */
export class PgStore extends PgOps {
  readonly kind = 'postgres';
  readonly schema: string | undefined;
  readonly timeZone: string;
  private readonly pool: Pool;
  private readonly logger: Logger;
  private readonly retryMs: number;
  private outage = false;
  private closed = false;
  private pruneTimer: NodeJS.Timeout | undefined;

  constructor(pool: Pool, cfg: Shared, opts: { schema?: string; logger: Logger; retryMs: number }) {
    super(pool, cfg);
    this.pool = pool;
    this.schema = opts.schema;
    this.timeZone = cfg.timeZone;
    this.logger = opts.logger;
    this.retryMs = opts.retryMs;
  }

  /** Runs `op`, retrying lost connections with backoff for up to retryMs. */
  private async retrying<T>(op: () => Promise<T>): Promise<T> {
    const start = Date.now();
    for (let delay = 100; ; delay = Math.min(delay * 2, 2_000)) {
      try {
        const out = await op();
        if (this.outage) {
          this.outage = false;
          this.logger.info('数据库连接已恢复 / database connection restored');
        }
        return out;
      } catch (err) {
        if (this.closed || !isConnectionError(err) || Date.now() - start + delay > this.retryMs) throw err;
        if (!this.outage) {
          this.outage = true;
          this.logger.warn({ err }, '数据库连接中断，正在重试 / database connection lost: retrying');
        }
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  protected override async q<R extends QueryResultRow = QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
    return this.retrying(async () => (await this.pool.query<R>(sql, values)).rows);
  }

  override async setState(user: string, state: UserState): Promise<void> {
    return this.withUser(user, (s) => s.setState(user, state));
  }

  override async logTurn(input: Omit<Turn, 'id' | 'time'> & { time?: string }): Promise<Turn> {
    return this.withUser(String(input.user), (s) => s.logTurn(input));
  }

  override async addFeedback(fb: Omit<Feedback, 'time'> & { time?: string }): Promise<FeedbackResult> {
    return this.withUser(String(fb.user), (s) => s.addFeedback(fb));
  }

  override async markAnswered(): Promise<void> {
    throw new Error('markAnswered: only inside withUser');
  }

  /** One transaction under the user's advisory lock; retried as a whole when the connection is lost. */
  async withUser<T>(user: string, fn: (s: Store) => Promise<T>): Promise<T> {
    return this.transaction(NS_USER, user, (client) => fn(new PgOps(client, this.cfg)));
  }

  private async transaction<T>(ns: number, key: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.retrying(async () => {
      const client = await this.pool.connect();
      let broken = false;
      // a connection lost between two statements: the next statement fails (and is retried), no crash
      const onError = (err: Error) => {
        broken = true;
        this.logger.debug({ err }, 'database connection error in a transaction');
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1, $2)', [ns, lockKey(key)]);
        const out = await fn(client);
        await client.query('COMMIT');
        return out;
      } catch (err) {
        if (isConnectionError(err)) broken = true;
        else await client.query('ROLLBACK').catch(() => (broken = true));
        throw err;
      } finally {
        client.off('error', onError);
        client.release(broken || undefined);
      }
    });
  }

  /**
   * The shared per-user rate limit: false when `user` already sent `limit` messages in the last
   * `windowMs` (the message should be dropped). Counted across every instance.
   */
  async hit(user: string, limit: number, windowMs = 60_000): Promise<boolean> {
    if (!(limit > 0) || !Number.isFinite(limit)) return true;
    return this.transaction(NS_RATE, user, async (c) => {
      const now = this.cfg.now();
      const from = new Date(now.getTime() - windowMs);
      await c.query('DELETE FROM rate_hits WHERE user_id = $1 AND at <= $2', [user, from]);
      const n = Number((await c.query<{ n: string }>('SELECT COUNT(*) AS n FROM rate_hits WHERE user_id = $1', [user])).rows[0]?.n ?? 0);
      if (n >= limit) return false;
      await c.query('INSERT INTO rate_hits (user_id, at) VALUES ($1, $2)', [user, now]);
      return true;
    });
  }

  /** Deletes what is past retention (turns, feedback, state: maxAgeDays; message ids: 7 days; rate hits: 1 day). */
  async prune(): Promise<void> {
    const now = this.cfg.now().getTime();
    const cutoff = new Date(now - this.cfg.maxAgeDays * DAY_MS);
    await this.q('DELETE FROM turns WHERE at < $1', [cutoff]);
    await this.q('DELETE FROM feedback WHERE at < $1', [cutoff]);
    await this.q('DELETE FROM user_state WHERE updated_at < $1', [cutoff]);
    await this.q('DELETE FROM answered_messages WHERE at < $1', [new Date(now - 7 * DAY_MS)]);
    await this.q('DELETE FROM rate_hits WHERE at < $1', [new Date(now - DAY_MS)]);
  }

  startPruning(everyMs = 3_600_000): void {
    this.pruneTimer = setInterval(() => {
      this.prune().catch((err: unknown) => this.logger.warn({ err }, 'prune failed'));
    }, everyMs);
    this.pruneTimer.unref();
  }

  override async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pruneTimer);
    await this.pool.end();
  }
}

const TURN_COLUMNS = 'id, at, user_id, channel, text, intent, confidence, fallback, report';
interface TurnRow {
  id: string;
  at: Date;
  user_id: string;
  channel: string;
  text: string;
  intent: string | null;
  confidence: number;
  fallback: boolean;
  report: string | null;
}

function toTurn(r: TurnRow): Turn {
  return {
    id: r.id,
    time: r.at.toISOString(),
    user: r.user_id,
    channel: r.channel,
    text: r.text,
    intent: r.intent,
    confidence: Number(r.confidence),
    fallback: r.fallback,
    report: r.report,
  };
}

let seqCounter = 0;
/** Orders turns of one user within a millisecond (microsecond-like: ms × 1000 + a counter). */
function nextSeq(): string {
  seqCounter = (seqCounter + 1) % 1000;
  return String(Date.now() * 1000 + seqCounter);
}

/** A user's advisory lock key: 32 bits of sha1 (collisions only make two users wait for each other). */
function lockKey(user: string): number {
  return createHash('sha1').update(user).digest().readInt32BE(0);
}

function pct(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 10 : 0;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** A lost or refused connection (worth retrying), as opposed to an error of the statement. */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.code && CONNECTION_CODES.has(e.code)) return true;
  return /Connection terminated|terminating connection|connection error|timeout exceeded when trying to connect|Client was closed|not queryable/i.test(e.message ?? '');
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Connects, creates the schema when asked, applies the migrations; StoreUnavailableError when unreachable. */
export async function openPgStore(opts: PgStoreOptions): Promise<PgStore> {
  const logger = opts.logger ?? log.child({ module: 'store' });
  let url: URL;
  try {
    url = new URL(opts.url);
  } catch {
    throw new StoreUnavailableError(`DATABASE_URL 不是有效的地址：应为 postgres://用户@主机:端口/数据库 / DATABASE_URL is not a valid URL`);
  }
  const schema = opts.schema ?? url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreUnavailableError(`DATABASE_URL 的 schema 名称无效：${schema} / invalid schema name`);
  }
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', (err) => logger.warn({ err }, '数据库空闲连接出错 / idle database connection failed'));
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => {});
    throw new StoreUnavailableError(
      `无法连接数据库 ${redactUrl(opts.url)}：${(err as Error).message}。请检查 DATABASE_URL 与数据库服务 / cannot reach the database`,
    );
  }
  const cfg: Shared = {
    timeZone: opts.timeZone ?? defaultTimeZone(),
    now: opts.now ?? (() => new Date()),
    maxAgeDays: opts.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS,
    contextTtlMs: opts.contextTtlMs ?? DEFAULT_CONTEXT_TTL_MS,
  };
  const store = new PgStore(pool, cfg, { ...(schema ? { schema } : {}), logger, retryMs: opts.retryMs ?? 30_000 });
  if (!opts.readOnly) {
    await store.prune().catch((err: unknown) => logger.warn({ err }, 'prune failed'));
    store.startPruning();
  }
  return store;
}

/** Applies the migrations not yet recorded, under a session advisory lock. */
async function migrate(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1, 1)', [NS_MIGRATE]);
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)`,
    );
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        for (const sql of m.sql) await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw new Error(`数据库迁移 ${m.version}（${m.name}）失败：${(err as Error).message}`);
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, 1)', [NS_MIGRATE]).catch(() => {});
  }
}
