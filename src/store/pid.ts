/**
 * The running bot's pid file, `<db dir>/bot.pid`, so that `disclosure-bot reload` (another process) can
 * send it SIGHUP. It also keeps a second bot off the same database.
 *
 * The start command: `writePidFile(dbPath)` after opening the store, `removePidFile(dbPath)` on exit
 * (synchronous: usable in a process 'exit' handler), and `core.reload()` on SIGHUP.
 */
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface PidInfo {
  pid: number;
  /** ISO time the bot started. */
  started: string;
  /** Absolute path of the database the bot uses. */
  db: string;
  /** Start time of the process (Linux /proc/<pid>/stat), to tell the bot from a process that got its pid later. */
  procStart?: string;
}

/** `<db dir>/bot.pid` for db.json; `<name>.pid` for another file name, so two bots on two files of one folder do not clash. */
export function pidFilePath(dbPath: string): string {
  const db = resolve(dbPath);
  const name = basename(db);
  return join(dirname(db), name === 'db.json' ? 'bot.pid' : `${name}.pid`);
}

export function readPidFile(dbPath: string): PidInfo | null {
  let text: string;
  try {
    text = readFileSync(pidFilePath(dbPath), 'utf8');
  } catch {
    return null;
  }
  try {
    const info = JSON.parse(text) as Partial<PidInfo>;
    return Number.isInteger(info.pid) && (info.pid as number) > 0 ? (info as PidInfo) : null;
  } catch {
    return null;
  }
}

/** The bot recorded in the pid file, if that process is alive and still looks like it. */
export function runningBot(dbPath: string): PidInfo | null {
  const info = readPidFile(dbPath);
  return info && isAlive(info) ? info : null;
}

/** The process recorded is alive and still the same process (its start time matches). */
export function isAlive(info: Pick<PidInfo, 'pid' | 'procStart'>): boolean {
  try {
    process.kill(info.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!info.procStart) return true;
  const now = procStart(info.pid);
  return now === null || now === info.procStart; // no /proc (macOS): liveness is all we can check
}

/** Field 22 (starttime) of /proc/<pid>/stat, or null without /proc. */
export function procStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Records this process as the bot using `dbPath`. Throws (Chinese message) when another live bot is
 * recorded there. Returns the pid file's path.
 */
export function writePidFile(dbPath: string): string {
  const file = pidFilePath(dbPath);
  const other = runningBot(dbPath);
  if (other && other.pid !== process.pid) {
    throw new Error(`另一个机器人进程（pid ${other.pid}）正在使用 ${other.db}（见 ${file}）：同一数据库只能由一个机器人使用。`);
  }
  const start = procStart(process.pid);
  const info: PidInfo = {
    pid: process.pid,
    started: new Date().toISOString(),
    db: resolve(dbPath),
    ...(start ? { procStart: start } : {}),
  };
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(info) + '\n');
  renameSync(tmp, file);
  return file;
}

/** Removes the pid file if it is this process's. */
export function removePidFile(dbPath: string): void {
  if (readPidFile(dbPath)?.pid !== process.pid) return;
  try {
    unlinkSync(pidFilePath(dbPath));
  } catch {
    // already gone
  }
}
