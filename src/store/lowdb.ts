/**
 * The embedded store: the DataStore semantics plus two kinds of files, for one office on one machine.
 *
 * - A journal: every change (turn, feedback, conversation state) is appended as one JSON line to
 *   `<db>.journal/<day>.jsonl` (the day it was written, office time zone) at most `journalMs` (100 ms)
 *   after it happened, without blocking replies (async appends of small batches). An answered turn is on
 *   disk within about 100 ms + one append — the stated bound is 1 s (test/store/durability.test.ts kills
 *   the process with SIGKILL at 100 and 3,000 turns a second and checks it). The day files are also the
 *   archive of older turns (kept maxAgeDays).
 * - A snapshot, db.json (lowdb, written through a temp file and a rename): counters, unanswered questions,
 *   feedback and the last turns — small and bounded, never the per-user state — rewritten at most every
 *   `debounceMs` (1 s). At start the snapshot is read and the journal after it replayed; conversation
 *   context (30 min) comes back from the journal's recent lines.
 * - One writer per file: `<db>.lock` (O_EXCL, src/store/lock.ts) is taken at open and released at close;
 *   a second process (`start`, `ask --db`) is refused with the holder's pid. A temp file left by a killed
 *   write is removed at open.
 * - A file that is not JSON or not the expected shape is renamed aside (`db.json.corrupt-<time>`), a log
 *   line names both files, and the store starts empty. It is never overwritten.
 * - close() writes everything and throws when it cannot (callers exit non-zero).
 */
import { existsSync } from 'node:fs';
import { access, appendFile, mkdir, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { log, type Logger } from '../log.js';
import { DataStore, type JournalRecord, type StoreOptions } from './engine.js';
import { acquireDbLock } from './lock.js';
import { DbSchema, describeShapeError, emptyData, type DbData } from './schema.js';
import { resolveDbPath } from './paths.js';
import { dayKey } from './time.js';

export interface LowdbStoreOptions extends StoreOptions {
  /** At most one snapshot write per this many ms while changes come in. Default 1,000. */
  debounceMs?: number;
  /** Journal lines are appended at most this many ms after the change. Default 100. */
  journalMs?: number;
  logger?: Logger;
  /** For commands that only read (stats, unanswered): never writes, never renames, no lock; a bad file throws. */
  readOnly?: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 1_000;
export const DEFAULT_JOURNAL_MS = 100;
/** The stated durability bound of an answered turn (checked by the SIGKILL tests). */
export const DURABILITY_BOUND_MS = 1_000;

const open = new Set<string>();

type Line = JournalRecord & { s: number };

export function journalDir(file: string): string {
  return `${resolve(file)}.journal`;
}

export class LowdbStore extends DataStore {
  readonly file: string;
  /** Completed snapshot writes (diagnostics and tests). */
  writeCount = 0;
  /** Completed journal appends (diagnostics and tests). */
  appendCount = 0;
  private readonly db: Low<DbData>;
  private readonly debounceMs: number;
  private readonly journalMs: number;
  private readonly logger: Logger;
  private readonly readOnly: boolean;
  private readonly release: () => void;
  private timer: NodeJS.Timeout | undefined;
  private journalTimer: NodeJS.Timeout | undefined;
  private dirty = false;
  private writing: Promise<void> | undefined;
  private appending: Promise<void> | undefined;
  private failing = false;
  private closed = false;
  private replaying = false;
  private seq: number;
  /** journal lines not yet appended, by file day */
  private pending = new Map<string, string[]>();

  /** Use openLowdbStore(). */
  constructor(file: string, db: Low<DbData>, opts: LowdbStoreOptions, logger: Logger, release: () => void) {
    super(db.data, opts);
    this.file = file;
    this.db = db;
    this.debounceMs = opts.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.journalMs = opts.journalMs ?? DEFAULT_JOURNAL_MS;
    this.logger = logger;
    this.readOnly = opts.readOnly ?? false;
    this.release = release;
    this.seq = db.data.seq ?? 0;
  }

  /** Replays journal lines after the snapshot (and recent context). */
  async replay(): Promise<void> {
    const dir = journalDir(this.file);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => /^\d{4}-\d{2}-\d{2}\.jsonl$/.test(n)).sort();
    } catch {
      return;
    }
    const snapSeq = this.seq;
    const stale = this.now().getTime() - this.contextTtlMs;
    const oldestKept = dayKey(new Date(this.now().getTime() - this.maxAgeDays * 86_400_000), this.timeZone);
    this.replaying = true;
    try {
      for (const name of names) {
        const day = name.slice(0, 10);
        if (day < oldestKept) {
          if (!this.readOnly) await rm(join(dir, name), { force: true }); // archive past retention
          continue;
        }
        const text = await readFile(join(dir, name), 'utf8');
        for (const raw of text.split('\n')) {
          if (!raw) continue;
          let line: Line;
          try {
            line = JSON.parse(raw) as Line;
          } catch {
            continue; // a line cut by a kill mid-append: it was never acknowledged
          }
          if (line.k === 'u') {
            if (line.at >= stale) this.applyState(line.user, { state: line.state, updated: line.at });
          } else if (line.s > snapSeq) {
            if (line.k === 't') this.applyTurn(line.turn);
            else if (line.k === 'f') this.applyFeedback(line.fb);
          }
          if (line.s > this.seq) this.seq = line.s;
        }
      }
    } finally {
      this.replaying = false;
    }
    this.prune();
  }

  protected override changed(record?: JournalRecord): void {
    if (this.replaying) return;
    if (this.closed) throw new Error(`数据库 ${this.file} 已关闭`);
    if (this.readOnly) throw new Error(`数据库 ${this.file} 以只读方式打开，不能写入`);
    if (record) {
      const day = dayKey(this.now(), this.timeZone);
      let list = this.pending.get(day);
      if (!list) this.pending.set(day, (list = []));
      list.push(JSON.stringify({ s: ++this.seq, ...record }));
      if (!this.journalTimer) {
        this.journalTimer = setTimeout(() => {
          this.journalTimer = undefined;
          this.append().catch(() => {}); // logged in append(); retried on the next change or flush
        }, this.journalMs);
        this.journalTimer.unref();
      }
    }
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.write().catch(() => {}); // logged in write(); retried on the next change or flush
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Appends the pending journal lines (async: replies keep flowing meanwhile). */
  private async append(): Promise<void> {
    while (this.appending) await this.appending.catch(() => {});
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    const run = (this.appending = (async () => {
      await mkdir(journalDir(this.file), { recursive: true });
      for (const [day, lines] of batch) {
        await appendFile(join(journalDir(this.file), `${day}.jsonl`), lines.join('\n') + '\n');
        batch.delete(day);
      }
    })().then(
      () => {
        this.appendCount++;
        this.recovered();
      },
      (err: unknown) => {
        // keep what was not written, in order, ahead of newer lines
        for (const [day, lines] of this.pending) batch.set(day, [...(batch.get(day) ?? []), ...lines]);
        this.pending = batch;
        this.failed(err, '日志');
        throw err;
      },
    ));
    try {
      await run;
    } finally {
      if (this.appending === run) this.appending = undefined;
    }
  }

  private recovered(): void {
    if (this.failing) this.logger.info({ file: this.file }, `数据库文件恢复写入：${this.file}`);
    this.failing = false;
  }

  private failed(err: unknown, what: string): void {
    if (!this.failing) this.logger.error({ err, file: this.file }, `数据库${what}写入失败：${this.file}（数据仍在内存中，稍后重试）`);
    this.failing = true;
  }

  /** Writes the snapshot: counters, unanswered, feedback, recent turns and the journal position. */
  private async write(): Promise<void> {
    while (this.writing) await this.writing.catch(() => {});
    if (!this.dirty) return;
    // the snapshot may only claim journal lines that are on disk
    await this.append();
    this.dirty = false;
    this.prune();
    const d = this.data;
    this.db.data = { version: d.version, users: {}, turns: d.turns, unanswered: d.unanswered, feedback: d.feedback, daily: d.daily ?? {}, seq: this.seq };
    const writing = (this.writing = this.db.write().then(
      () => {
        this.writeCount++;
        this.recovered();
      },
      (err: unknown) => {
        this.dirty = true;
        this.failed(err, '文件');
        throw err;
      },
    ));
    try {
      await writing;
    } finally {
      if (this.writing === writing) this.writing = undefined;
    }
  }

  /** Resolves when nothing is being written (tests). */
  async idle(): Promise<void> {
    while (this.writing || this.appending) await (this.writing ?? this.appending)!.catch(() => {});
  }

  override async flush(): Promise<void> {
    clearTimeout(this.timer);
    clearTimeout(this.journalTimer);
    this.timer = this.journalTimer = undefined;
    if (this.readOnly) return;
    await this.append();
    await this.write();
  }

  /** Writes everything; throws when the final save fails (the caller exits non-zero). The lock is released either way. */
  override async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      open.delete(this.file);
      this.release();
    }
  }
}

/**
 * Opens (or creates on first write) the database file: takes its lock, removes a stale temp file, reads the
 * snapshot and replays the journal. A corrupt or wrong-shaped file is renamed aside and the store starts
 * empty (readOnly: throws instead).
 */
export async function openLowdbStore(path: string, opts: LowdbStoreOptions = {}): Promise<LowdbStore> {
  const file = resolve(path);
  const logger = opts.logger ?? log.child({ module: 'store' });
  if (open.has(file)) throw new Error(`数据库文件 ${file} 已在本进程中打开：同一文件只能有一个实例`);
  let release = () => {};
  if (!opts.readOnly) {
    await mkdir(dirname(file), { recursive: true });
    release = acquireDbLock(file).release; // throws DbLockedError when another process writes this file
  }
  try {
    if (!opts.readOnly) {
      // a temp file left by a write that never finished (ENOSPC, kill): db.json is the whole previous version
      const tmp = join(dirname(file), `.${basename(file)}.tmp`);
      if (existsSync(tmp)) {
        await unlink(tmp);
        logger.warn({ file: tmp }, `已删除上次未完成写入留下的临时文件：${tmp}`);
      }
    }
    const adapter = new JSONFile<DbData>(file);
    let data = emptyData();
    let problem: string | undefined;
    try {
      const raw = await adapter.read();
      if (raw !== null) {
        const parsed = DbSchema.safeParse(raw);
        if (parsed.success) data = parsed.data;
        else problem = `内容结构不符：${describeShapeError(parsed.error)}`;
      }
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw new Error(`无法读取数据库文件 ${file}：${(err as Error).message}`);
      problem = `不是有效的 JSON：${err.message}`;
    }
    if (problem) {
      if (opts.readOnly) throw new Error(`数据库文件已损坏：${file}（${problem}）`);
      const aside = await setAside(file, problem);
      logger.error({ file, movedTo: aside, problem }, `数据库文件已损坏：${file}（${problem}）。原文件已改名保存为 ${aside}，机器人以空白状态启动。`);
    }
    const store = new LowdbStore(file, new Low<DbData>(adapter, data), opts, logger, release);
    await store.replay();
    open.add(file);
    return store;
  } catch (err) {
    release();
    throw err;
  }
}

/** Renames a bad file to `<file>.corrupt-<time>`; if that fails, refuses to start rather than overwrite it. */
async function setAside(file: string, problem: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let aside = `${file}.corrupt-${stamp}`;
  for (let n = 2; await exists(aside); n++) aside = `${file}.corrupt-${stamp}-${n}`;
  try {
    await rename(file, aside);
  } catch (err) {
    throw new Error(`数据库文件已损坏：${file}（${problem}），且无法改名保存（${(err as Error).message}）。为免覆盖，未启动；请手动移走该文件。`);
  }
  return aside;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Opens the store of a command: `--db PATH`, else env DISCLOSURE_DB, else data/db.json of the package. */
export function openStore(opts: LowdbStoreOptions & { db?: string } = {}): Promise<LowdbStore> {
  return openLowdbStore(resolveDbPath(opts.db), opts);
}
