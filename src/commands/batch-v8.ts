/**
 * V8 tuning of the batch command (`ask`), set by the command itself before it loads anything.
 *
 * A batch run is short (seconds) and runs thousands of distinct code paths a few times each. With V8's
 * default tier-up budget most of them are optimised by TurboFan on background threads, and about 40 % of
 * the process's CPU went into that compilation (perf, 10,240 messages: 225 TurboFan jobs, 1.6 s of
 * compile time on a 2-core machine, competing with the thread that answers). A larger budget optimises
 * only the functions that really are hot: 81 jobs, total CPU per message -25 %, the answering thread's
 * own CPU unchanged (within 3 %), peak RSS -5 MB (less optimised code and deoptimisation data).
 * Answers do not depend on it (byte-identical; the flag only changes when code is optimised).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Bytecode budget a function spends before V8 considers optimising it: Node 20's default is 132 KB.
 * 300 KB measured best of 132/200/300/500/1200 KB on the bench's load (larger ones start to cost the
 * answering thread itself: -6 % at 600 KB).
 */
export const BATCH_INTERRUPT_BUDGET = 300_000;

let applied = false;

/** Applies the batch tuning once (a V8 flag read whenever a function's budget is reset). */
export function tuneForBatch(): void {
  if (applied || process.env.DISCLOSURE_BATCH_V8 === '0') return;
  applied = true;
  setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
}
