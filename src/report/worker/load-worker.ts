/**
 * Worker entry: loads one report file (file → Document → Report) and posts the result back.
 * Runs under the memory cap and time limit set by isolated.ts; a hostile file can only end this
 * worker, never the bot.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ReportError } from '../errors.js';
import { loadReport } from '../library.js';

export type WorkerResult =
  | { ok: true; report: import('../types.js').Report }
  | { ok: false; reason: string };

const { file } = workerData as { file: string };
try {
  const report = await loadReport(file);
  parentPort!.postMessage({ ok: true, report } satisfies WorkerResult);
} catch (err) {
  const reason = err instanceof ReportError ? err.reason : `解析失败（${err instanceof Error ? err.message : String(err)}）`;
  parentPort!.postMessage({ ok: false, reason } satisfies WorkerResult);
}
