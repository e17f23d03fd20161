/**
 * One writer per database file: `<db>.lock`, created with O_EXCL (open flag "wx"), so that of any number of
 * processes starting at once exactly one gets it. Every command that writes the file takes it (`start`,
 * `ask --db`); a second one is refused with the holder's pid and command. The lock is removed on close and
 * on process exit; a lock left by a killed process (its pid dead, or reused by another process) is taken
 * over, under a second O_EXCL file so that two processes never both take over the same stale lock.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { isAlive, procStart } from './pid.js';

export interface LockInfo {
  pid: number;
  procStart?: string;
  command: string;
  started: string;
}

export class DbLockedError extends Error {
  constructor(
    readonly db: string,
    readonly holder: LockInfo | null,
  ) {
    super(
      holder
        ? `数据库 ${db} 正由另一个进程使用（pid ${holder.pid}，命令 ${holder.command}，自 ${holder.started} 起）：同一数据库同时只能由一个进程写入。请等它结束，或换一个 --db 文件 / the database is in use by another process`
        : `数据库 ${db} 正由另一个进程使用（锁文件 ${db}.lock 正在写入）：请稍后再试 / the database is in use by another process`,
    );
  }
}

export function lockPath(db: string): string {
  return `${resolve(db)}.lock`;
}

function readLock(file: string): LockInfo | null | 'missing' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 'missing';
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    return Number.isInteger(info.pid) ? info : null;
  } catch {
    return null; // being written right now, or garbage
  }
}

function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Takes the lock of `db` for this process; throws DbLockedError when another live process holds it. */
export function acquireDbLock(db: string, command = process.argv[2] ?? 'node'): { file: string; release(): void } {
  const file = lockPath(db);
  const start = procStart(process.pid);
  const me: LockInfo = { pid: process.pid, ...(start ? { procStart: start } : {}), command, started: new Date().toISOString() };
  const content = JSON.stringify(me) + '\n';
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, content)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        const now = readLock(file);
        if (now !== 'missing' && now?.pid === process.pid) {
          try {
            unlinkSync(file);
          } catch {
            // gone already
          }
        }
      };
      process.on('exit', release);
      return { file, release };
    }
    const holder = readLock(file);
    if (holder === 'missing') continue; // released meanwhile: try again
    if (holder === null) {
      // half-written by a process starting right now (young), or garbage left behind (old)
      if (ageMs(file) < 2_000) throw new DbLockedError(resolve(db), null);
    } else if (holder.pid === process.pid || isAlive(holder)) {
      throw new DbLockedError(resolve(db), holder);
    }
    // stale: take it over under a second exclusive file
    const takeover = `${file}.takeover`;
    if (!createExclusive(takeover, content)) {
      if (ageMs(takeover) > 10_000) {
        try {
          unlinkSync(takeover); // left by a process killed during a takeover
        } catch {
          // someone else removed it
        }
      }
      throw new DbLockedError(resolve(db), holder === null ? null : holder);
    }
    try {
      const again = readLock(file);
      const same = again !== 'missing' && JSON.stringify(again) === JSON.stringify(holder);
      if (same) unlinkSync(file);
    } finally {
      unlinkSync(takeover);
    }
  }
  throw new DbLockedError(resolve(db), null);
}
