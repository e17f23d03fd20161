/**
 * Starting a report worker with the parent's node flags, minus those a worker refuses: `-e`, `--print`
 * and `--input-type` (node --input-type=module -e …), and the V8 and process-wide options Node does
 * not take per worker (`--expose-gc`, `--max-old-space-size`, `--title` …: ERR_WORKER_INVALID_EXEC_ARGV,
 * thrown by the constructor, so a bot started with one could load no report at all). Node tells which
 * only by refusing: after a refusal, workers start without the parent's flags (they run compiled code
 * and need no loader).
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

let refused = false;

export function startWorker(script: URL, opts: Omit<WorkerOptions, 'execArgv'>): Worker {
  const execArgv = refused ? [] : process.execArgv.filter((a) => !/^--(input-type|eval|print)\b/.test(a));
  try {
    return new Worker(script, { ...opts, execArgv });
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV' || !execArgv.length) throw err;
    refused = true;
    return new Worker(script, { ...opts, execArgv: [] });
  }
}
