/**
 * Pooled worker entry: loads report files one after another, as the main thread asks
 * ({ id, file } → { id, result }). The pool (pool.ts) ends this worker when a file runs past its time
 * limit, crashes it or hits the memory cap, so a hostile file still only ends a worker, never the bot;
 * a good file no longer pays for a new worker and fresh imports (pdfjs alone is ~0.2 s).
 */
import { parentPort } from 'node:worker_threads';
import { ReportError } from '../errors.js';
import { loadReport } from '../library.js';
import type { WorkerResult } from './load-worker.js';

export interface PoolRequest {
  id: number;
  file: string;
}
export interface PoolResponse {
  id: number;
  result: WorkerResult;
}

parentPort!.on('message', async ({ id, file }: PoolRequest) => {
  let result: WorkerResult;
  try {
    result = { ok: true, report: await loadReport(file) };
  } catch (err) {
    result = { ok: false, reason: err instanceof ReportError ? err.reason : `解析失败（${err instanceof Error ? err.message : String(err)}）` };
  }
  parentPort!.postMessage({ id, result } satisfies PoolResponse);
});
