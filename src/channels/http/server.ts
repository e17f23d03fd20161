/**
 * The one HTTP server (fastify) of the web, wechat-mp and wecom channels, started by
 * CHANNELS=web,wechat-mp,wecom (any of them, combinable with console, wechat, telegram).
 *
 * Routes: /healthz (serving), /readyz (reports loaded, not stopping), /metrics (Prometheus), then the
 * channels' own: web → / /widget.js /api/*, wechat-mp → /wechat, wecom → /wecom.
 * Other helpers add routes with registerHttpRoutes() (e.g. a staff dashboard) before the server starts.
 *
 * Stop: /readyz turns 503, every channel finishes the replies it admitted (passive replies, 客服消息
 * sends), then fastify closes (waiting for requests in flight).
 */
import fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Core } from '../../core/types.js';
import type { Logger } from '../../log.js';
import type { Store } from '../../store/types.js';
import type { ChannelHandle } from '../guard.js';
import type { HttpChannel } from './config.js';
import { HttpMetrics } from './metrics.js';

/** Largest request body: WeChat and WeCom pushes are a few KB; questions are short. */
export const BODY_LIMIT = 64 * 1024;

export interface HttpContext {
  core: Pick<Core, 'reply' | 'feedback' | 'reports'> & Partial<Pick<Core, 'drafts'>>;
  /** core.reply timed and counted in the metrics: channels call this one. */
  reply: Core['reply'];
  config: Pick<Config, 'http' | 'staffIds' | 'staffGroups' | 'rateLimit'>;
  log: Logger;
  metrics: HttpMetrics;
  store?: Pick<Store, 'stats'>;
  /** True once stop() began. */
  stopping(): boolean;
}

/** What a channel's register() returns: how to finish its admitted work. */
export interface HttpChannelRuntime {
  stop(): Promise<void>;
}

export type HttpRoutes = (app: FastifyInstance, ctx: HttpContext) => void | Promise<void>;

const extraRoutes: HttpRoutes[] = [];

/** Adds routes to every HTTP server started afterwards (e.g. `/admin`). */
export function registerHttpRoutes(routes: HttpRoutes): void {
  extraRoutes.push(routes);
}

export interface HttpOptions {
  core: HttpContext['core'];
  config: HttpContext['config'] & Pick<Config, 'channels'>;
  log: Logger;
  store?: HttpContext['store'];
  /** Channels to serve; default: those of config.channels that are HTTP channels. */
  channels?: HttpChannel[];
  /** Extra routes for this server only. */
  routes?: HttpRoutes[];
  /** wechat-mp: how long to wait for an answer before replying `success` and using 客服消息. */
  passiveDeadlineMs?: number;
}

export interface HttpHandle extends ChannelHandle {
  readonly name: 'http';
  readonly app: FastifyInstance;
  readonly metrics: HttpMetrics;
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly port: number;
}

export async function startHttp(opts: HttpOptions): Promise<HttpHandle> {
  const { config } = opts;
  const log = opts.log.child({ channel: 'http' });
  const channels = opts.channels ?? (config.channels.filter((c) => c === 'web' || c === 'wechat-mp' || c === 'wecom') as HttpChannel[]);
  const metrics = new HttpMetrics();
  let stopping = false;
  const ctx: HttpContext = {
    core: opts.core,
    reply: metrics.instrument(opts.core).reply,
    config,
    log,
    metrics,
    ...(opts.store ? { store: opts.store } : {}),
    stopping: () => stopping,
  };

  const app = fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.http.trustProxy,
    // the platforms retry after 5 s: never hold a connection much longer
    requestTimeout: 30_000,
    return503OnClosing: true,
  });
  // WeChat/WeCom post text/xml (sometimes without a content type): read every non-JSON body as text
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: { statusCode?: number; message?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) log.error({ err, url: req.url }, 'http handler failed');
    else log.debug({ status, url: req.url, msg: err.message }, 'bad request');
    void reply.status(status).send({ error: status >= 500 ? 'internal error' : (err.message ?? 'bad request') });
  });

  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => {
    const reports = opts.core.reports().length;
    if (stopping || reports === 0) return reply.status(503).send({ ok: false, stopping, reports });
    return { ok: true, reports };
  });
  app.get('/metrics', async (_req, reply) => {
    void reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  const runtimes: HttpChannelRuntime[] = [];
  if (channels.includes('web')) {
    const { registerWeb } = await import('./web.js');
    runtimes.push(await registerWeb(app, ctx));
  }
  if (channels.includes('wechat-mp')) {
    const { registerWechatMp } = await import('./wechat-mp.js');
    runtimes.push(await registerWechatMp(app, ctx, { ...(opts.passiveDeadlineMs !== undefined ? { deadlineMs: opts.passiveDeadlineMs } : {}) }));
  }
  if (channels.includes('wecom')) {
    const { registerWecom } = await import('./wecom.js');
    runtimes.push(await registerWecom(app, ctx));
  }
  for (const routes of [...extraRoutes, ...(opts.routes ?? [])]) await routes(app, ctx);

  const address = await app.listen({ port: config.http.port, host: config.http.host });
  const port = app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.http.port;
  const url = `http://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${port}`;
  log.info({ address, channels }, `HTTP 服务已启动 / HTTP server listening: ${url}`);

  let stopped: Promise<void> | undefined;
  return {
    name: 'http',
    app,
    metrics,
    url,
    port,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        await Promise.all(runtimes.map((r) => r.stop().catch((err: unknown) => log.error({ err }, 'http channel stop failed'))));
        await app.close();
      })();
      return stopped;
    },
  };
}
