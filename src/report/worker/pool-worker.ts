/**
 * Pooled worker entry: loads report files one job after another, as the main thread asks
 * ({ id, files } → { id, result }; the files of a job are byte-identical copies, read and extracted
 * once). The pool (pool.ts) ends this worker when a job runs past its time limit, crashes it or hits
 * the memory cap, so a hostile file still only ends a worker, never the bot; a good file no longer
 * pays for a new worker and fresh imports (pdfjs alone is ~0.2 s).
 */
import { parentPort } from 'node:worker_threads';
import { loadPdfjs } from '../extract/pdf/pdfjs.js';
import { loadCopies, type LoadOutcome } from '../load.js';

export interface PoolRequest {
  id: number;
  files: string[];
  /** Import the PDF reader now (a warm-up while the main thread still hashes files); no answer. */
  warm?: 'pdf';
}
export interface CopiesResult {
  /** Hash of the bytes the worker read (undefined when it could not read them). */
  hash?: string;
  outcomes: LoadOutcome[];
}
export interface PoolResponse {
  id: number;
  result: CopiesResult;
}

parentPort!.on('message', async ({ id, files, warm }: PoolRequest) => {
  if (warm === 'pdf') {
    await loadPdfjs().catch(() => undefined); // a failure shows again, with its reason, on the first PDF
    return;
  }
  let result: CopiesResult;
  try {
    result = await loadCopies(files);
  } catch (err) {
    const reason = `解析失败（${err instanceof Error ? err.message : String(err)}）`;
    result = { outcomes: files.map(() => ({ ok: false, reason })) };
  }
  parentPort!.postMessage({ id, result } satisfies PoolResponse);
});
