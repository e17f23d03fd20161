/**
 * Report extraction off the main thread: each file is loaded in a worker thread with a memory cap and
 * a time limit, so a hostile file (a decompression bomb, a table that multiplies, text that makes a
 * parser quadratic) is refused with a clear reason while the bot keeps answering, and never takes the
 * process down. At most `concurrency` workers run at once.
 *
 * When the compiled worker is not available (tests running from sources before a build), or when
 * DISCLOSURE_ISOLATE=0, files load in-process as before.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ReportError } from '../errors.js';
import type { Report } from '../types.js';
import type { CopiesResult } from './pool-worker.js';
import { loadInPool, prewarm } from './pool.js';
import { startWorker } from './spawn.js';

export interface IsolationLimits {
  /** Wall time per file; the worker is stopped after it. */
  timeLimitMs: number;
  /** V8 old-generation heap cap of a worker, in MB. */
  memoryLimitMb: number;
  /** Workers running at once. */
  concurrency: number;
  /** false: load in-process (no limits besides the extractors' own). */
  enabled: boolean;
  /** How long a pooled worker waits for the next file before it ends (0: ends after each job). */
  idleMs: number;
  /** Jobs a pooled worker runs before it is ended (a fresh one takes the next job). */
  recycleAfterJobs: number;
}

/** Time per file: the slowest real report (a 60-page scanned-layout PDF) loads in a few seconds. */
export const DEFAULT_TIME_LIMIT_MS = 60_000;
/**
 * Heap per worker: real reports need well under 200 MB, even PDFs; a hostile file is stopped here.
 * V8 sizes a heap's growth steps from this cap: below 2 GB (on 64-bit) it grows the old generation in
 * small steps, so pdfjs's allocations trigger a full GC every few MB. At 512 MB, three real PDFs cost
 * 14 full GCs instead of 2 and ~40% more CPU (10 real PDFs through 2 workers: 3.2 -> 2.6 s CPU on the
 * first load, 2.0 -> 1.4 s on later ones); 2 GB is the smallest cap that gets the full steps.
 */
export const DEFAULT_MEMORY_LIMIT_MB = 2048;
/**
 * Idle life of a pooled worker: a reload within a minute reuses a warm worker (no start, no pdfjs
 * import, no cold JIT — later loads of 10 real PDFs 7.7 s -> 3.9 s CPU). An idle worker is unref'd and
 * its output is silenced in the worker itself (pool-entry.ts), so it never holds the process open.
 */
export const DEFAULT_IDLE_MS = 60_000;
/**
 * Jobs one worker runs before it is ended and a fresh one started: a long-lived worker's heap (pdfjs
 * caches, JIT code, fragmentation) stays bounded, while a folder of up to this many files per slot
 * still pays only one worker start per slot.
 */
export const DEFAULT_RECYCLE_AFTER_JOBS = 100;

const limits: IsolationLimits = {
  timeLimitMs: Number(process.env.DISCLOSURE_LOAD_TIMEOUT_MS) > 0 ? Number(process.env.DISCLOSURE_LOAD_TIMEOUT_MS) : DEFAULT_TIME_LIMIT_MS,
  memoryLimitMb: Number(process.env.DISCLOSURE_LOAD_MEMORY_MB) > 0 ? Number(process.env.DISCLOSURE_LOAD_MEMORY_MB) : DEFAULT_MEMORY_LIMIT_MB,
  concurrency: Math.max(1, Math.min(4, availableParallelism())),
  enabled: process.env.DISCLOSURE_ISOLATE !== '0',
  idleMs: DEFAULT_IDLE_MS,
  recycleAfterJobs: DEFAULT_RECYCLE_AFTER_JOBS,
};

/** Changes the limits (tests, or a deployment that needs other numbers). Returns the previous ones. */
export function setIsolation(next: Partial<IsolationLimits>): IsolationLimits {
  const before = { ...limits };
  Object.assign(limits, next);
  return before;
}

/** The compiled worker script: next to this module in dist/, or dist/ of the package from sources. */
function workerScript(name = 'load-worker.js'): URL | undefined {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL(`../../../dist/report/worker/${name}`, here) : new URL(`./${name}`, here);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/* a small semaphore: files wait for a free worker slot */
let running = 0;
const waiting: Array<() => void> = [];
async function slot(): Promise<() => void> {
  while (running >= limits.concurrency) await new Promise<void>((r) => waiting.push(r));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** Workers alive now (tests: proves a load is still going while the bot answers). */
export function activeWorkers(): number {
  return running;
}

/**
 * Runs `script` in a worker with `workerData`, under the limits; resolves with its first message.
 * Rejects with ReportError(file, reason) on time-out, memory cap, crash or exit without an answer.
 */
export async function runLimited<T>(script: URL, file: string, workerData: unknown, lim: IsolationLimits = limits): Promise<T> {
  const release = await slot();
  try {
    return await new Promise<T>((resolve, reject) => {
      const worker = startWorker(script, {
        workerData,
        resourceLimits: { maxOldGenerationSizeMb: lim.memoryLimitMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, lim.memoryLimitMb / 8)), stackSizeMb: 8 },
        stdout: true, // a library printing in the worker never reaches our stdout (the answers)
        stderr: true,
      });
      let settled = false;
      const done = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
        void worker.terminate();
      };
      const timer = setTimeout(
        () => done(() => reject(new ReportError(file, `读取超时：超过 ${Math.round(lim.timeLimitMs / 1000)} 秒仍未读完，文件可能过大或结构异常，已拒绝加载`))),
        lim.timeLimitMs,
      );
      worker.on('message', (m: T) => done(() => resolve(m)));
      worker.on('error', (err: Error & { code?: string }) =>
        done(() =>
          reject(
            new ReportError(
              file,
              err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message)
                ? `读取时内存超过上限（${lim.memoryLimitMb} MB），文件可能是压缩炸弹或结构异常，已拒绝加载`
                : `读取失败（${err.message.split('\n')[0]}）`,
            ),
          ),
        ),
      );
      worker.on('exit', (code) => done(() => reject(new ReportError(file, `读取进程意外退出（代码 ${code}），已拒绝加载`))));
      // drain the worker's output so it never blocks
      worker.stdout?.resume();
      worker.stderr?.resume();
    });
  } finally {
    release();
  }
}

/**
 * Read, parse and check byte-identical copies of one file (one file, mostly) in a worker (see the
 * module comment): read and extracted once, parsed per name. A worker that fails (time limit, memory
 * cap, crash) gives every file the same transient refusal.
 */
export async function loadCopiesIsolated(files: string[]): Promise<CopiesResult> {
  const script = limits.enabled ? workerScript('pool-entry.js') : undefined;
  if (!script) {
    const { loadCopies } = await import('../load.js');
    return loadCopies(files);
  }
  const release = await slot();
  try {
    return await loadInPool(script, files, limits); // a reused worker: one start per slot, not per file
  } catch (err) {
    if (!(err instanceof ReportError)) throw err;
    return { outcomes: files.map(() => ({ ok: false, reason: err.reason, transient: true })) };
  } finally {
    release(); // the worker waits idle for the next file (pool.ts), then ends
  }
}

/**
 * A PDF is about to be loaded: start up to `concurrency` pooled workers (fewer when `files` is smaller)
 * that import pdfjs now, while the main thread still reads and looks up the other files.
 */
export function warmPdfWorkers(files: number): void {
  const script = limits.enabled ? workerScript('pool-entry.js') : undefined;
  if (script) prewarm(script, limits, Math.min(files, limits.concurrency) - running);
}

/**
 * Read, parse and check one report file in a worker (see the module comment). Throws ReportError
 * naming the file and the reason, like loadReport.
 */
export async function loadReportIsolated(file: string): Promise<Report> {
  const r = (await loadCopiesIsolated([file])).outcomes[0]!;
  if (!r.ok) throw new ReportError(file, r.reason, { transient: r.transient });
  return r.report;
}
