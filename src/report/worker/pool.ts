/**
 * A small pool of report-loading workers (pool-worker.ts) under the limits of isolated.ts. A worker
 * loads one job (a file and its byte copies) at a time; after a good job it waits for the next one, so
 * a folder of reports pays for one worker start per slot instead of one per file.
 *
 * Workers are kept between loads: a reload, a second load or a staff draft check shortly after reuses
 * them, so it pays no worker start, no pdfjs import and no cold JIT again (in a fresh worker these make
 * a real PDF cost about twice its warm CPU). An idle worker is unref'd (it never holds the process
 * open) and ends after `lim.idleMs` without a job; a worker is also ended after `lim.recycleAfterJobs` jobs,
 * which bounds what a long-lived worker can hold. A worker that runs past the time limit, crashes or
 * hits the memory cap is ended at once and never reused.
 */
import type { Worker } from 'node:worker_threads';
import { ReportError } from '../errors.js';
import type { IsolationLimits } from './isolated.js';
import type { CopiesResult, PoolRequest, PoolResponse } from './pool-worker.js';
import { startWorker } from './spawn.js';

interface Pooled {
  worker: Worker;
  /** The limits it was started under (a worker is only reused under the same ones). */
  key: string;
  jobs: number;
  idleTimer?: NodeJS.Timeout;
}

const idle: Pooled[] = [];
let nextId = 1;
let started = 0;

/** Workers started since the process began, and idle now (tests: loads reuse their workers). */
export function poolStats(): { started: number; idle: number } {
  return { started, idle: idle.length };
}

/* the limits a worker is started under: its heap cap cannot change once it runs */
const limitsKey = (lim: IsolationLimits) => `${lim.memoryLimitMb}`;

function spawn(script: URL, lim: IsolationLimits): Pooled {
  started++;
  const worker = startWorker(script, {
    resourceLimits: { maxOldGenerationSizeMb: lim.memoryLimitMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, lim.memoryLimitMb / 8)), stackSizeMb: 8 },
    // the worker silences its own output (pool-entry.ts): piped output (stdout: true) would keep the
    // process alive while an idle worker waits
  });
  return { worker, key: limitsKey(lim), jobs: 0 };
}

function dropIdle(p: Pooled): void {
  const i = idle.indexOf(p);
  if (i >= 0) idle.splice(i, 1);
  clearTimeout(p.idleTimer);
}

/** A worker whose job went well waits for the next one (or ends: recycled, or no idle time wanted). */
function park(p: Pooled, lim: IsolationLimits): void {
  p.worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  if (p.jobs >= lim.recycleAfterJobs || lim.idleMs <= 0) {
    void p.worker.terminate();
    return;
  }
  p.worker.on('error', () => undefined); // an idle worker that dies is simply dropped
  p.worker.on('exit', () => dropIdle(p));
  p.worker.unref();
  p.idleTimer = setTimeout(() => {
    dropIdle(p);
    void p.worker.terminate();
  }, lim.idleMs);
  p.idleTimer.unref(); // never holds the process open
  idle.push(p);
}

/**
 * Starts a worker that imports the PDF reader at once and waits idle (unref'd, idle time as usual), so
 * its start and the pdfjs import (~0.5 s) overlap the main thread's work before the first PDF job.
 * `upTo`: no new worker when that many are already idle.
 */
export function prewarm(script: URL, lim: IsolationLimits, upTo: number): void {
  if (idle.length >= upTo || lim.idleMs <= 0) return;
  const p = spawn(script, lim);
  p.worker.postMessage({ id: 0, files: [], warm: 'pdf' } satisfies PoolRequest); // messages run in order of arrival
  park(p, lim);
}

/** An idle worker started under these limits, or a new one. */
function take(script: URL, lim: IsolationLimits): Pooled {
  const key = limitsKey(lim);
  for (let i = idle.length - 1; i >= 0; i--) {
    const p = idle[i]!;
    if (p.key !== key) continue;
    dropIdle(p);
    return p;
  }
  return spawn(script, lim);
}

/** Ends every idle worker now (tests; a bot that closes). */
export async function drainPool(): Promise<void> {
  const all = idle.splice(0);
  for (const p of all) clearTimeout(p.idleTimer);
  await Promise.all(all.map((p) => p.worker.terminate()));
}

/**
 * Load byte-identical copies (one file, mostly) in a pooled worker; rejects with
 * ReportError(files[0], reason, transient) like runLimited when the worker fails.
 */
export function loadInPool(script: URL, files: string[], lim: IsolationLimits): Promise<CopiesResult> {
  const file = files[0]!;
  const p = take(script, lim);
  p.worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  p.worker.ref();
  p.jobs++;
  const id = nextId++;
  return new Promise<CopiesResult>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void p.worker.terminate(); // never parked again
      reject(new ReportError(file, reason, { transient: true })); // a busy machine, or memory: not cached
    };
    const timer = setTimeout(
      () => fail(`读取超时：超过 ${Math.round(lim.timeLimitMs / 1000)} 秒仍未读完，文件可能过大或结构异常，已拒绝加载`),
      lim.timeLimitMs,
    );
    p.worker.on('message', (m: PoolResponse) => {
      if (settled || m.id !== id) return;
      settled = true;
      clearTimeout(timer);
      park(p, lim);
      resolve(m.result);
    });
    p.worker.on('error', (err: Error & { code?: string }) =>
      fail(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message)
          ? `读取时内存超过上限（${lim.memoryLimitMb} MB），文件可能是压缩炸弹或结构异常，已拒绝加载`
          : `读取失败（${err.message.split('\n')[0]}）`,
      ),
    );
    p.worker.on('exit', (code) => fail(`读取进程意外退出（代码 ${code}），已拒绝加载`));
    p.worker.postMessage({ id, files } satisfies PoolRequest);
  });
}
