/**
 * Worker entry: loads one report file (file → Document → Report) and posts the result back.
 * Runs under the memory cap and time limit set by isolated.ts; a hostile file can only end this
 * worker, never the bot.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCopies, type LoadOutcome } from '../load.js';

export type WorkerResult = LoadOutcome;

const { file } = workerData as { file: string };
const { outcomes } = await loadCopies([file]);
parentPort!.postMessage(outcomes[0]! satisfies WorkerResult);
