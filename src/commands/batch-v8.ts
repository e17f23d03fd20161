/**
 * V8 tuning of the batch command (`ask`), set by the command itself before it loads anything.
 *
 * 1. Tier-up budget. A batch run is short (seconds) and runs thousands of distinct code paths a few
 *    times each. With V8's default tier-up budget most of them are optimised by TurboFan on background
 *    threads, and about 40 % of the process's CPU went into that compilation (perf, 10,240 messages: 225
 *    TurboFan jobs, 1.6 s of compile time on a 2-core machine, competing with the thread that answers).
 *    A larger budget optimises only the functions that really are hot: 81 jobs, total CPU per message
 *    -25 %, the answering thread's own CPU unchanged (within 3 %), peak RSS -5 MB (less optimised code
 *    and deoptimisation data).
 * 2. Young generation capped (issue 15, peak RSS). V8 doubles the new space (two semi-spaces) whenever
 *    enough objects survive its scavenges, up to 2 × 16 MB on a 64-bit Node 20: a batch run reached the
 *    whole 32 MB after ~1 s, and both semi-spaces are touched, so 32 MB of the process's ~140 MB peak RSS
 *    was the nursery. Capped at 2 × 4 MB the run scavenges ~4× as often, each scavenge as cheap (the
 *    answers' garbage dies young either way): peak RSS -20 MB (140 → ~118 MB over the bench's 10,240
 *    messages), CPU per message unchanged within the noise (measured against 2 × 1, 2 × 2, 2 × 16 MB:
 *    2 × 1 MB cost ~10 %). The semi-space maximum is fixed when the heap is made (a command-line flag,
 *    and `node dist/cli.js ask` is how tools run us), but the growth factor is read at each growth: it
 *    is set to 1 (no more growth) after the first garbage collection that finds the new space at the cap.
 * 3. Old generation grown by 20 % of the live heap at a full collection instead of up to 4× (issue 15,
 *    peak RSS). On a machine with a large heap limit V8 lets the old generation grow to ~4× what the
 *    last full collection found alive (plus the new space) before it collects again: the batch run's
 *    first full collection, at start-up, found ~14 MB alive, and the next one came at ~64 MB, so that
 *    most of the peak was garbage promoted out of the nursery. With a growth of 20 % (but at least the
 *    8 MB step V8 keeps), the old generation is collected every ~8 MB of promotions: peak RSS ~5 MB
 *    lower alone, and the live heap now counts about once instead of ~4 times, so the classifier's
 *    rank memo kept outside the heap and smaller cut memos take it to ~13 MB lower in all (bench load,
 *    ~141 -> ~128 MB); CPU per message within the noise (GC marks concurrently; 10 % and 50 % measured
 *    alike: V8's 8 MB minimum step decides at this heap size). The factor is read at each full
 *    collection, so it is set here; a process given --heap-growing-percent keeps its own.
 * Answers do not depend on any of them (byte-identical; the flags only change when code is optimised and
 * how often the heap is collected).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * Bytecode budget a function spends before V8 considers optimising it: Node 20's default is 132 KB.
 * 300 KB measured best of 132/200/300/500/1200 KB on the bench's load (larger ones start to cost the
 * answering thread itself: -6 % at 600 KB).
 */
export const BATCH_INTERRUPT_BUDGET = 300_000;

/** The new space (both semi-spaces) grows no further once it has reached this size (bytes). */
export const BATCH_NEW_SPACE_CAP = 8 * 1024 * 1024;

/** The old generation's limit after a full collection: the live heap × (1 + this / 100) (see 3 above). */
export const BATCH_HEAP_GROWING_PERCENT = 20;

let applied = false;

/** Applies the batch tuning once (V8 flags read whenever a function's budget is reset / the new space grows). */
export function tuneForBatch(): void {
  if (applied || process.env.DISCLOSURE_BATCH_V8 === '0') return;
  applied = true;
  setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
  if (!process.execArgv.some((a) => /heap[-_]growing[-_]percent/.test(a))) setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
  capNewSpace();
}

/** The new space's size now (bytes). */
function newSpaceSize(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size;
  return 0;
}

/**
 * Stops the new space's growth at BATCH_NEW_SPACE_CAP: V8 grows it by the growth factor (2) at a
 * scavenge, so it is checked after each collection until it has reached the cap, and then it grows by
 * a factor of 1. A process given --max-semi-space-size keeps its own choice.
 */
function capNewSpace(): void {
  if (process.execArgv.some((a) => /semi[-_]space/.test(a))) return;
  const stop = () => setFlagsFromString('--semi-space-growth-factor=1');
  if (newSpaceSize() >= BATCH_NEW_SPACE_CAP) return stop();
  const obs = new PerformanceObserver(() => {
    if (newSpaceSize() < BATCH_NEW_SPACE_CAP) return;
    stop();
    obs.disconnect();
  });
  obs.observe({ entryTypes: ['gc'] });
}
