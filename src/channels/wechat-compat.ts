/**
 * Keeps the WeChat libraries' own output and failures inside our log:
 *
 * - wechaty's logger (brolog: the `log` of wechaty-puppet and brolog's global instance, which
 *   wechaty-token, memory-card and state-switch use) prints through our pino logger, so the same
 *   scrubbing applies (the puppet-service token is in several of its debug lines) and its lines are
 *   JSON on stderr like ours, never text on stdout.
 * - wechaty-token's gRPC resolver (service discovery for a puppet-service token) calls
 *   `listener.onError` / `listener.onSuccessfulResolution`, which @grpc/grpc-js 1.10+ no longer has:
 *   an unreachable discovery service crashed start with `TypeError: this.listener.onError is not a
 *   function`, and a found address crashed too. It also printed errors and the token with console.error.
 *   The resolver is given a discovery that speaks the current listener API and prints nothing.
 *
 * All of it is patched once per process and does nothing when the libraries are not installed.
 */
import { request } from 'node:https';
import type { Logger } from '../log.js';

type Printer = (levelTitle: string, text: string) => void;
interface BrologLike {
  enableLogging(printer: Printer | boolean): unknown;
  level(name?: string): string;
}

/** brolog level titles → pino levels. */
const LEVELS: Record<string, 'error' | 'warn' | 'info' | 'debug' | 'trace'> = {
  ERR: 'error',
  WARN: 'warn',
  INFO: 'info',
  VERB: 'debug',
  SILL: 'trace',
};

/** Longest library log line kept (debug lines can hold whole payloads). */
export const MAX_LIBRARY_LINE = 2_000;

let target: Logger | undefined;

/** The printer every brolog instance gets: one pino line per library line, scrubbed by the logger. */
export function brologPrinter(levelTitle: string, text: string): void {
  if (!target) return;
  const level = LEVELS[levelTitle] ?? 'debug';
  let line = String(text).replace(new RegExp(`^(\\d\\d:\\d\\d:\\d\\d )?${levelTitle} `), '');
  if (line.length > MAX_LIBRARY_LINE) line = `${line.slice(0, MAX_LIBRARY_LINE)}…`;
  target[level]({ module: 'wechaty' }, line.replace(/\s*\n\s*/g, ' ⏎ '));
}

/** Routes every brolog instance we can reach through `log`. Returns the instances routed. */
export async function routeWechatyLog(log: Logger, instances: unknown[] = []): Promise<number> {
  target = log;
  const all = new Set<unknown>(instances);
  try {
    const spec = 'brolog';
    const b = (await import(spec)) as { log?: unknown; Brolog?: { instance(): unknown } };
    if (b.log) all.add(b.log);
    if (b.Brolog) all.add(b.Brolog.instance());
  } catch {
    /* brolog not installed: nothing to route */
  }
  let n = 0;
  for (const inst of all) {
    const b = inst as BrologLike | undefined;
    if (b && typeof b.enableLogging === 'function') {
      // enableLogging() logs its argument (our function's source) through the old printer: hush it
      const level = typeof b.level === 'function' ? b.level() : undefined;
      if (level) b.level('silent');
      b.enableLogging(brologPrinter);
      if (level) b.level(level);
      n++;
    }
  }
  return n;
}

/* ------------------------------------------------------------------ */
/* wechaty-token's resolver against the current @grpc/grpc-js          */
/* ------------------------------------------------------------------ */

/** How long service discovery may take before the puppet is reported unreachable. */
export const DISCOVERY_TIMEOUT_MS = 10_000;

interface Address {
  host: string;
  port: number;
}

/** GET https://<authority>/v0/hosties/<token> → { host, port } | undefined; never prints. */
export function discover(authority: string, token: string, timeoutMs = DISCOVERY_TIMEOUT_MS): Promise<Address | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(`https://${authority}/v0/hosties/${encodeURIComponent(token)}`, { method: 'GET', timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        if (body.length < 10_000) body += c;
      });
      res.on('end', () => {
        if (!/^2/.test(String(res.statusCode))) return resolve(undefined);
        try {
          const r = JSON.parse(body) as Partial<Address>;
          resolve(r.host && r.port ? { host: String(r.host), port: Number(r.port) } : undefined);
        } catch {
          resolve(undefined);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', (e) => reject(e));
    req.end();
  });
}

type Listener =
  | ((endpoints: unknown, attributes: object, serviceConfig: null, note: string) => unknown)
  | { onSuccessfulResolution?: (...a: unknown[]) => unknown; onError?: (e: unknown) => unknown };

let resolverPatched = false;

/** Gives wechaty-token's resolver a discovery that works with the installed @grpc/grpc-js. */
export async function patchWechatyResolver(): Promise<boolean> {
  if (resolverPatched) return true;
  let mod: { WechatyResolver?: { prototype: Record<string, unknown> } };
  let Metadata: new () => unknown;
  try {
    const tokenSpec = 'wechaty-token';
    const grpcSpec = '@grpc/grpc-js';
    mod = (await import(tokenSpec)) as typeof mod;
    ({ Metadata } = (await import(grpcSpec)) as unknown as { Metadata: new () => unknown });
  } catch {
    return false;
  }
  const proto = mod.WechatyResolver?.prototype;
  if (!proto) return false;
  const UNAVAILABLE = 14;

  function report(listener: Listener, error: { code: number; details: string; metadata: unknown }): void {
    if (typeof listener === 'function') listener({ ok: false, error }, {}, null, error.details);
    else listener.onError?.(error);
  }
  function succeed(listener: Listener, address: Address): void {
    if (typeof listener === 'function') listener({ ok: true, value: [{ addresses: [address] }] }, {}, null, '');
    else listener.onSuccessfulResolution?.([address], null, null, null, {});
  }

  proto.reportResolutionError = function (this: { listener: Listener }, reason: string): void {
    report(this.listener, {
      code: UNAVAILABLE,
      details: `找不到 puppet 服务地址 / puppet service discovery failed: ${reason}`,
      metadata: new Metadata(),
    });
  };
  proto.updateResolution = async function (this: {
    target: { authority?: string; path: string };
    listener: Listener;
    addresses: Address[];
    reportResolutionError(reason: string): void;
  }): Promise<void> {
    const authority = this.target.authority || 'api.chatie.io';
    let address: Address | undefined;
    try {
      address = await discover(authority, this.target.path);
    } catch (e) {
      this.reportResolutionError(`${authority} 无法访问（${(e as Error).message}）；可设置 WECHATY_PUPPET_SERVICE_ENDPOINT 直接指定服务地址`);
      return;
    }
    if (!address) {
      this.reportResolutionError(`${authority} 上没有这个令牌（令牌错误或已过期）`);
      return;
    }
    this.addresses = [address];
    const listener = this.listener;
    process.nextTick(() => succeed(listener, address));
  };
  resolverPatched = true;
  return true;
}
