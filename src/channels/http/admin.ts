/**
 * Staff dashboard at /admin on the shared HTTP server, behind ADMIN_TOKEN (a login form sets an
 * HttpOnly, SameSite=Strict cookie derived from the token; scripts may send `Authorization: Bearer`).
 *
 *   GET  /admin                 dashboard (or the login form): daily questions, answer and fallback
 *                               rates and top intents as inline SVG charts, the unanswered list
 *   POST /admin/login           form token=… → cookie
 *   POST /admin/logout
 *   POST /admin/examples        form text, intent, csrf → appends the question to the intent's examples
 *                               in intents/*.yml (validated as at load), then reloads the core
 *   POST /admin/draft?name=…    the file's bytes (application/octet-stream) → the draft check text
 *   POST /admin/publish         publishes the dashboard's waiting draft
 *
 * Everything but the login form answers 401 without the token. Registered by start.ts through
 * registerHttpRoutes() when ADMIN_TOKEN is set.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../../core/types.js';
import type { Logger } from '../../log.js';
import type { Store } from '../../store/types.js';
import { DRAFT_MAX_BYTES } from '../../staff/drafts.js';
import { renderDashboard, renderLogin } from './admin-page.js';

export interface AdminOptions {
  core: Pick<Core, 'reload' | 'reports' | 'loadErrors' | 'drafts'>;
  store: Pick<Store, 'stats' | 'unanswered'>;
  token: string;
  /** The intents folder the core loads (intents/ of the package unless set). */
  intentsDir?: string;
  log: Logger;
}

const COOKIE = 'admin_session';
/** Draft key of uploads from the dashboard (one waiting draft for the dashboard). */
export const DASHBOARD_KEY = 'admin:dashboard';

function digest(token: string, what: string): string {
  return createHmac('sha256', token).update(what).digest('hex');
}

function sameText(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

function cookieOf(req: FastifyRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function form(body: unknown): Record<string, string> {
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : ''));
}

export async function registerAdmin(app: FastifyInstance, opts: AdminOptions): Promise<void> {
  const { core, store, token, log } = opts;
  const session = digest(token, 'session');
  const csrf = digest(token, 'csrf');
  const intentsDir = async () => opts.intentsDir ?? (await import('../../answer/intents.js')).defaultIntentsDir();

  const authed = (req: FastifyRequest): boolean => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer && sameText(bearer, token)) return true;
    const c = cookieOf(req, COOKIE);
    return !!c && sameText(c, session);
  };
  const refuse = (req: FastifyRequest, reply: FastifyReply) => {
    log.warn({ url: req.url, ip: req.ip }, '未登录访问工作人员后台，已拒绝');
    return reply.status(401).type('text/html; charset=utf-8').send(renderLogin('请先用工作人员令牌登录。'));
  };
  const html = (reply: FastifyReply, body: string) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('x-frame-options', 'DENY')
      .header('content-security-policy', "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:")
      .send(body);

  await app.register(async (admin) => {
    // drafts come as raw bytes; forms as urlencoded text
    admin.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: DRAFT_MAX_BYTES }, (_req, body, done) => done(null, body));
    admin.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, body));

    admin.get('/admin', async (req, reply) => {
      if (!authed(req)) return refuse(req, reply);
      const q = req.query as Record<string, string | undefined>;
      const { intentChoices } = await import('../../staff/examples.js');
      const [stats, unanswered, intents] = await Promise.all([store.stats(), store.unanswered(50), intentChoices(await intentsDir())]);
      return html(reply, renderDashboard({ stats, unanswered, intents, csrf, reports: core.reports(), notice: q.ok, error: q.err }));
    });

    admin.post('/admin/login', async (req, reply) => {
      const f = form(req.body);
      if (!f.token || !sameText(f.token, token)) {
        log.warn({ ip: req.ip }, '工作人员后台登录失败：令牌不对');
        return reply.status(401).type('text/html; charset=utf-8').send(renderLogin('令牌不对，请重新输入。'));
      }
      void reply.header('set-cookie', `${COOKIE}=${session}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=43200`);
      return reply.redirect('/admin', 303);
    });

    admin.post('/admin/logout', async (_req, reply) => {
      void reply.header('set-cookie', `${COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0`);
      return reply.redirect('/admin', 303);
    });

    admin.post('/admin/examples', async (req, reply) => {
      if (!authed(req)) return refuse(req, reply);
      const f = form(req.body);
      if (!f.csrf || !sameText(f.csrf, csrf)) return reply.status(403).send({ error: 'bad csrf token' });
      const { addExample, ExampleError } = await import('../../staff/examples.js');
      try {
        const file = await addExample(await intentsDir(), f.intent ?? '', f.text ?? '');
        const r = await core.reload();
        log.info({ intent: f.intent, file }, 'example added from the dashboard');
        const msg = `已把“${f.text}”加为 ${f.intent} 的例句（${file}），意图已重新加载${r.ok ? '' : `；注意：${r.message.split('\n').slice(1).join('；')}`}`;
        return reply.redirect(`/admin?ok=${encodeURIComponent(msg)}#unanswered`, 303);
      } catch (err) {
        if (!(err instanceof ExampleError)) throw err;
        return reply.redirect(`/admin?err=${encodeURIComponent(err.message)}#unanswered`, 303);
      }
    });

    admin.post('/admin/draft', async (req, reply) => {
      if (!authed(req)) return refuse(req, reply);
      if (req.headers['x-csrf'] !== csrf) return reply.status(403).send({ error: 'bad csrf token' });
      if (!core.drafts) return reply.status(501).send({ text: '草稿核对不可用' });
      const name = String((req.query as Record<string, string>).name ?? 'draft.txt');
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.from(String(req.body ?? ''));
      const r = await core.drafts.check(DASHBOARD_KEY, name, new Uint8Array(body));
      return { ok: r.ok, text: r.text };
    });

    admin.post('/admin/publish', async (req, reply) => {
      if (!authed(req)) return refuse(req, reply);
      if (req.headers['x-csrf'] !== csrf) return reply.status(403).send({ error: 'bad csrf token' });
      if (!core.drafts) return reply.status(501).send({ text: '草稿核对不可用' });
      return { text: await core.drafts.publish(DASHBOARD_KEY) };
    });
  });
}
