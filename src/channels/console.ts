/**
 * Console channel: readline on stdin/stdout, no account, no token. The default channel.
 * Interactive (a TTY): greeting and a prompt. Piped: one answer per input line, in order; ends at EOF
 * once every answer is written. Imports nothing heavy (the cold start stays fast).
 */
import { createInterface } from 'node:readline';
import type { Core, Message } from '../core/types.js';
import type { Logger } from '../log.js';
import { Guard, NOTES, type ChannelHandle } from './guard.js';

export const CONSOLE_GREETING =
  '您好，我是政务公开问答机器人，可以回答政府信息公开工作年度报告的相关问题。请输入问题，输入“退出”结束。';
export const CONSOLE_PROMPT = '问> ';
const EXIT_WORDS = new Set(['退出', 'exit', 'quit', ':q']);

export interface ConsoleOptions {
  core: Pick<Core, 'reply'>;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Greeting and prompt; default: whether input is a TTY. */
  interactive?: boolean;
  /** Message.user; default "console". */
  user?: string;
  staff?: boolean;
  log?: Logger;
  /** Ctrl+C on a TTY (readline swallows the signal): default closes the console. */
  onInterrupt?: () => void;
}

export function startConsole(opts: ConsoleOptions): ChannelHandle {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive = opts.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const user = opts.user ?? 'console';
  const guard = new Guard({
    perMinute: 0,
    maxQueue: Number.POSITIVE_INFINITY,
    onError: (err) => opts.log?.error({ err, channel: 'console' }, 'console reply failed'),
  });

  let outputBroken = false;
  const write = (s: string) => {
    if (outputBroken) return;
    try {
      output.write(s);
    } catch {
      outputBroken = true;
    }
  };
  output.on?.('error', () => {
    outputBroken = true; // e.g. EPIPE when piped into `head`
    rl.close();
  });

  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    rl.setPrompt(CONSOLE_PROMPT);
    write(`${CONSOLE_GREETING}\n`);
    rl.prompt();
  }

  let closed = false;
  rl.on('line', (line) => {
    const text = line.trim();
    if (!text) {
      if (interactive) rl.prompt();
      return;
    }
    if (EXIT_WORDS.has(text.toLowerCase())) {
      rl.close();
      return;
    }
    const msg: Message = { user, text, channel: 'console', ...(opts.staff ? { staff: true } : {}) };
    guard.submit(user, async () => {
      let out: string;
      try {
        out = (await opts.core.reply(msg)).text;
      } catch (err) {
        opts.log?.error({ err, channel: 'console' }, 'core.reply failed');
        out = NOTES.error;
      }
      write(`${out}\n`);
      if (interactive && !closed) {
        write('\n');
        rl.prompt();
      }
    });
  });
  rl.on('SIGINT', () => (opts.onInterrupt ? opts.onInterrupt() : rl.close()));

  const done = new Promise<void>((resolve) => {
    rl.once('close', () => {
      closed = true;
      if (interactive) write('\n');
      guard.close().then(() => resolve());
    });
  });

  return {
    name: 'console',
    done,
    async stop() {
      if (!closed) rl.close();
      await done;
    },
  };
}
