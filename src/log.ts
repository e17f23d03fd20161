/**
 * The project's logger: pino, JSON lines on stderr (stdout belongs to answers and command output).
 * Secrets never reach the log: known secret fields are redacted by path, and anything that looks like
 * a Telegram bot token or a puppet-service token is scrubbed from message strings and error texts.
 *
 * Others may import `log` (the shared root logger) or call `createLogger` for a separate destination.
 */
import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';
export type LogLevel = LevelWithSilent;
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Field paths whose values are always replaced with "[redacted]". */
export const REDACT_PATHS = [
  'token', '*.token', '*.*.token',
  'botToken', '*.botToken',
  'TELEGRAM_BOT_TOKEN', '*.TELEGRAM_BOT_TOKEN',
  'WECHATY_PUPPET_SERVICE_TOKEN', '*.WECHATY_PUPPET_SERVICE_TOKEN',
  'puppetServiceToken', '*.puppetServiceToken', '*.*.puppetServiceToken',
  'secret', '*.secret', 'secretToken', '*.secretToken',
  'password', '*.password',
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization',
];

/** Telegram bot tokens look like 123456789:AA…(35 chars); they also appear inside API URLs (/bot<token>/). */
const TOKEN_PATTERNS: RegExp[] = [
  /(?<![0-9])\d{5,}:[A-Za-z0-9_-]{20,}/g,
  /puppet_[A-Za-z0-9_-]{8,}/g,
];

/** Removes anything token-shaped from a string. Exported for tests and for code that prints errors. */
export function scrub(text: string): string {
  let out = text;
  for (const re of TOKEN_PATTERNS) out = out.replace(re, '[redacted]');
  return out;
}

/** Further secrets known at run time (e.g. the configured tokens) are scrubbed too. */
const extraSecrets = new Set<string>();
export function addSecret(secret: string | undefined): void {
  if (secret && secret.length >= 6) extraSecrets.add(secret);
}
function scrubAll(text: string): string {
  let out = scrub(text);
  for (const s of extraSecrets) out = out.split(s).join('[redacted]');
  return out;
}

function scrubErr(err: unknown): unknown {
  const s = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (s && typeof s === 'object') {
    for (const k of ['message', 'stack', 'description'] as const) {
      if (typeof s[k] === 'string') s[k] = scrubAll(s[k] as string);
    }
  }
  return s;
}

function initialLevel(): LogLevel {
  const l = process.env.LOG_LEVEL?.trim().toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(l ?? '') ? (l as LogLevel) : 'info';
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Default: stderr (fd 2), written synchronously so nothing is lost at exit. */
  destination?: DestinationStream;
}

/**
 * The last line of defence: every serialised log line is scrubbed before it is written, so a token
 * nested anywhere (an HTTP error's cause, a URL in a field) never reaches the log.
 */
function scrubbing(dest: DestinationStream): DestinationStream {
  const d = dest as DestinationStream & { flush?: (cb?: (err?: Error) => void) => void; flushSync?: () => void };
  return Object.assign(Object.create(null) as object, {
    write: (line: string) => d.write(scrubAll(line)),
    flush: (cb?: (err?: Error) => void) => (d.flush ? d.flush(cb) : cb?.()),
    flushSync: () => d.flushSync?.(),
  }) as DestinationStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  return pino(
    {
      level: opts.level ?? initialLevel(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: scrubErr, error: scrubErr },
      hooks: {
        logMethod(args, method) {
          const cleaned: unknown[] = args.map((a: unknown) => (typeof a === 'string' ? scrubAll(a) : a));
          // log.error(err) takes its message from the error: give it the scrubbed one
          if (cleaned[0] instanceof Error && typeof cleaned[1] !== 'string') cleaned.splice(1, 0, scrubAll(cleaned[0].message));
          return method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
    },
    scrubbing(opts.destination ?? pino.destination({ dest: 2, sync: true })),
  );
}

/**
 * Where the shared logger writes: stderr, or a file while the console chat runs on a terminal (JSON
 * lines in the middle of the conversation are unreadable). Switched by setLogFile.
 */
let rootDest: DestinationStream = pino.destination({ dest: 2, sync: true });
const switchable: DestinationStream = { write: (line: string) => void rootDest.write(line) };

/** The shared logger. */
export const log: Logger = createLogger({ destination: switchable });

/** Sends the shared logger's lines to `file` (appended, created with its folder) instead of stderr. */
export function setLogFile(file: string): void {
  rootDest = pino.destination({ dest: file, sync: true, mkdir: true, append: true });
}

export function setLogLevel(level: LogLevel): void {
  log.level = level;
}

export { escapeName } from './escape.js';
