/**
 * The lowdb store: the DataStore semantics plus a JSON file.
 *
 * - Writes are atomic: lowdb's JSONFile writes through steno, which writes `.db.json.tmp` and renames it
 *   over db.json (test/store/lowdb.test.ts checks this behaviour). A killed process leaves the old or
 *   the new file, never half of one. (No fsync: a power cut may still lose the last writes.)
 * - Writes are batched: a change schedules one write at most `debounceMs` (200 ms) later; changes in the
 *   meantime ride along. flush() and close() write at once. The timer does not keep the process alive:
 *   whoever opens the store closes it on shutdown.
 * - A file that is not JSON or not the expected shape is renamed aside (`db.json.corrupt-<time>`), a
 *   log line names both files, and the store starts empty. It is never overwritten.
 * - One instance per file in a process (two lowdb writers on one file race).
 */
import { rename, mkdir, access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { log, type Logger } from '../log.js';
import { DataStore, type StoreOptions } from './engine.js';
import { DbSchema, describeShapeError, emptyData, type DbData } from './schema.js';
import { resolveDbPath } from './paths.js';

export interface LowdbStoreOptions extends StoreOptions {
  /** At most one write per this many ms while changes come in. Default 200. */
  debounceMs?: number;
  logger?: Logger;
  /** For commands that only read (stats, unanswered): never writes, never renames; a bad file throws. */
  readOnly?: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 200;

const open = new Set<string>();

export class LowdbStore extends DataStore {
  readonly file: string;
  /** Completed writes of the file (diagnostics and tests). */
  writeCount = 0;
  private readonly db: Low<DbData>;
  private readonly debounceMs: number;
  private readonly logger: Logger;
  private readonly readOnly: boolean;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private writing: Promise<void> | undefined;
  private failing = false;
  private closed = false;

  /** Use openLowdbStore(). */
  constructor(file: string, db: Low<DbData>, opts: LowdbStoreOptions, logger: Logger) {
    super(db.data, opts);
    this.file = file;
    this.db = db;
    this.debounceMs = opts.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.logger = logger;
    this.readOnly = opts.readOnly ?? false;
  }

  protected override changed(): void {
    if (this.closed) throw new Error(`数据库 ${this.file} 已关闭`);
    if (this.readOnly) throw new Error(`数据库 ${this.file} 以只读方式打开，不能写入`);
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.write().catch(() => {}); // logged in write(); retried on the next change or flush
    }, this.debounceMs);
    this.timer.unref();
  }

  private async write(): Promise<void> {
    while (this.writing) await this.writing.catch(() => {});
    if (!this.dirty) return;
    this.dirty = false;
    this.prune(); // this.data is db.data: the same object
    const writing = (this.writing = this.db.write().then(
      () => {
        this.writeCount++;
        if (this.failing) this.logger.info({ file: this.file }, `数据库文件恢复写入：${this.file}`);
        this.failing = false;
      },
      (err: unknown) => {
        this.dirty = true;
        if (!this.failing) this.logger.error({ err, file: this.file }, `数据库文件写入失败：${this.file}（数据仍在内存中，稍后重试）`);
        this.failing = true;
        throw err;
      },
    ));
    try {
      await writing;
    } finally {
      if (this.writing === writing) this.writing = undefined;
    }
  }

  /** Resolves when nothing is pending or being written (tests). */
  async idle(): Promise<void> {
    while (this.writing) await this.writing.catch(() => {});
  }

  override async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.readOnly) await this.write();
  }

  override async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      open.delete(this.file);
    }
  }
}

/**
 * Opens (or creates on first write) the database file. A corrupt or wrong-shaped file is renamed aside
 * and the store starts empty (readOnly: throws instead).
 */
export async function openLowdbStore(path: string, opts: LowdbStoreOptions = {}): Promise<LowdbStore> {
  const file = resolve(path);
  const logger = opts.logger ?? log.child({ module: 'store' });
  if (open.has(file)) throw new Error(`数据库文件 ${file} 已在本进程中打开：同一文件只能有一个实例`);
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
  if (!opts.readOnly) await mkdir(dirname(file), { recursive: true });
  open.add(file);
  return new LowdbStore(file, new Low<DbData>(adapter, data), opts, logger);
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
