/** Test helpers for channels: a fake core that echoes, a silent logger, small waits. */
import { Writable } from 'node:stream';
import type { Answer, Core, FeedbackInput, Message } from '../../src/core/types.js';
import { createLogger, type Logger } from '../../src/log.js';

export interface FakeCore extends Core {
  received: Message[];
  /** Every core.feedback() call. */
  feedbackCalls: FeedbackInput[];
  /** Makes the next answers slow: each waits for release(). */
  hold(): void;
  release(): void;
}

/** reply() echoes "答：<text>"; records every message; a turnId per answer. */
export function fakeCore(opts: { text?: (m: Message) => string; delayMs?: number } = {}): FakeCore {
  const received: Message[] = [];
  let gate: Promise<void> | undefined;
  let open: (() => void) | undefined;
  let n = 0;
  const feedbackCalls: FeedbackInput[] = [];
  const core: FakeCore = {
    received,
    feedbackCalls,
    async feedback(input: FeedbackInput): Promise<string> {
      feedbackCalls.push(input);
      return '感谢反馈';
    },
    hold() {
      gate = new Promise<void>((r) => (open = r));
    },
    release() {
      open?.();
      gate = undefined;
    },
    async reply(msg: Message): Promise<Answer> {
      received.push(msg);
      if (gate) await gate;
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      return {
        kind: 'answer',
        text: opts.text ? opts.text(msg) : `答：${msg.text}`,
        fallback: false,
        intent: 'echo',
        confidence: 1,
        report: null,
        turnId: `t${++n}`,
      };
    },
    reload: async () => ({ ok: true, message: 'ok' }),
    reports: () => [],
    loadErrors: () => [],
    close: async () => {},
  };
  return core;
}

/** A logger that keeps its lines (JSON) in memory. */
export function memoryLogger(level: 'info' | 'debug' | 'warn' = 'info'): { log: Logger; lines: () => Array<Record<string, unknown>> } {
  const out: string[] = [];
  const dest = new Writable({
    write(chunk, _enc, cb) {
      out.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { log: createLogger({ level, destination: dest }), lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `cond` every 5 ms, at most `ms` (bounded waits only). */
export async function until(cond: () => boolean, ms = 5_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}
