/**
 * A small pool of report-loading workers (pool-worker.ts) under the limits of isolated.ts. A worker
 * loads one file at a time; after a good file it waits for the next one, so a folder of reports pays
 * for one worker start per slot instead of one per file. A worker that runs past the time limit,
 * crashes or hits the memory cap is ended and never reused. `drainPool()` ends the idle workers when a
 * load is over (loadLibrary calls it), so a bot that loaded its reports holds no extra threads or heap.
 */
import { Worker } from 'node:worker_threads';
import { ReportError } from '../errors.js';
import type { IsolationLimits } from './isolated.js';
import type { CopiesResult, PoolRequest, PoolResponse } from './pool-worker.js';

interface Pooled {
  worker: Worker;
}

const idle: Pooled[] = [];
let nextId = 1;
let started = 0;

/** Workers started since the process began, and idle now (tests: a folder reuses its workers). */
export function poolStats(): { started: number; idle: number } {
  return { started, idle: idle.length };
}

function spawn(script: URL, lim: IsolationLimits): Pooled {
  started++;
  const worker = new Worker(script, {
    execArgv: process.execArgv.filter((a) => !/^--(input-type|eval|print)\b/.test(a)),
    resourceLimits: { maxOldGenerationSizeMb: lim.memoryLimitMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, lim.memoryLimitMb / 8)), stackSizeMb: 8 },
    stdout: true, // a library printing in the worker never reaches our stdout (the answers)
    stderr: true,
  });
  worker.stdout?.resume();
  worker.stderr?.resume();
  return { worker };
}

function park(p: Pooled): void {
  p.worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  p.worker.on('error', () => undefined); // an idle worker that dies is simply dropped below
  p.worker.on('exit', () => {
    const i = idle.indexOf(p);
    if (i >= 0) idle.splice(i, 1);
  });
  p.worker.unref();
  idle.push(p);
}

/** Ends every idle worker (after a load: no threads or heap are kept while the bot answers). */
export async function drainPool(): Promise<void> {
  const all = idle.splice(0);
  await Promise.all(all.map((p) => p.worker.terminate()));
}

/**
 * Load byte-identical copies (one file, mostly) in a pooled worker; rejects with
 * ReportError(files[0], reason, transient) like runLimited when the worker fails.
 */
export function loadInPool(script: URL, files: string[], lim: IsolationLimits): Promise<CopiesResult> {
  const file = files[0]!;
  const p = idle.pop() ?? spawn(script, lim);
  p.worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  p.worker.ref();
  const id = nextId++;
  return new Promise<CopiesResult>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void p.worker.terminate();
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
      park(p);
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
