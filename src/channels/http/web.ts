/**
 * `web`: the chat window of the office's own site.
 *
 * - POST /api/ask {session, text} → {answer, fallback, intent, confidence, report, rule?, options?, turnId?}
 *   The same session continues a conversation (user "web:<session>"). Rate-limited per client IP
 *   (WEB_IP_RATE_LIMIT a minute) and per session (RATE_LIMIT a minute, one bounded serial queue each).
 * - POST /api/feedback {session, turnId?, useful} → {text} (core.feedback)
 * - GET /api/hot → {greeting, questions}: the greeting from the core, 热点问题 from the store's stats.
 * - GET /widget.js (the one-script-tag widget), GET / (a mock office page showing it).
 * CORS: the origins of WEB_ALLOWED_ORIGINS ("*" for any).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { defaultIntentsDir, loadIntents } from '../../answer/intents.js';
import type { Answer, Message } from '../../core/types.js';
import { Guard, NOTES, RateLimiter, answerThrough, noteFor } from '../guard.js';
import type { HttpChannelRuntime, HttpContext } from './server.js';

/** Characters of a question (the store keeps 500). */
export const MAX_QUESTION = 500;
export const JSON_BODY_LIMIT = 8 * 1024;
/** 热点问题 shown by the widget. */
export const HOT_COUNT = 5;
const HOT_TTL_MS = 60_000;
/** Asked when the logs are still empty (intent ids; the widget shows each intent's first example). */
export const DEFAULT_HOT_INTENTS = ['procedure.how', 'contact.phone', 'figures.overview', 'procedure.time', 'procedure.fee'];
const NOT_HOT = /^(smalltalk|out_of_scope|staff|feedback)/;

export const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'public');

const askSchema = z.object({
  session: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/),
  text: z.string().max(MAX_QUESTION).refine((t) => t.trim().length > 0),
});
const feedbackSchema = z.object({
  session: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/),
  turnId: z.string().max(100).optional(),
  useful: z.boolean(),
});

/** The JSON of /api/ask (the Interface of issue 11). */
export function askJson(a: Answer): Record<string, unknown> {
  const rule = (a as Answer & { rule?: string }).rule;
  return {
    answer: a.text,
    fallback: a.fallback,
    intent: a.intent,
    confidence: a.confidence,
    report: a.report,
    ...(rule ? { rule } : {}),
    ...(a.options?.length ? { options: a.options } : {}),
    ...(a.turnId ? { turnId: a.turnId } : {}),
  };
}

export async function registerWeb(app: FastifyInstance, ctx: HttpContext): Promise<HttpChannelRuntime> {
  const { config, metrics } = ctx;
  const log = ctx.log.child({ channel: 'web' });
  const origins = config.http.allowedOrigins;
  await app.register(cors, {
    origin: (origin, cb) => cb(null, !origin ? false : origins.includes('*') || origins.includes(origin)),
    methods: ['GET', 'POST'],
    maxAge: 600,
  });

  const perIp = new RateLimiter(config.http.ipRateLimit);
  const guard = new Guard({ perMinute: config.rateLimit, maxQueue: 3, onError: (err, user) => log.error({ err, user }, 'web reply failed') });

  const refuse = (reply: FastifyReply, status: number, text: string, error: string) =>
    reply.status(status).send({ error, answer: text, fallback: true, intent: null, confidence: 0, report: null });

  app.post('/api/ask', { bodyLimit: JSON_BODY_LIMIT }, async (req, reply) => {
    metrics.messages.inc({ channel: 'web' });
    if (!perIp.hit(req.ip)) {
      metrics.rateLimited.inc({ channel: 'web' });
      return refuse(reply, 429, NOTES.rateLimited, 'rate limited');
    }
    const parsed = askSchema.safeParse(req.body);
    if (!parsed.success) return reply.status(400).send({ error: `需要 JSON {"session": "…", "text": "…"}（text 不超过 ${MAX_QUESTION} 字）` });
    const { session, text } = parsed.data;
    const msg: Message = { user: `web:${session}`, text, channel: 'web' };
    let done!: (a: Answer) => void;
    const answered = new Promise<Answer>((r) => (done = r));
    const admitted = guard.submit(msg.user, async () => {
      await answerThrough({ reply: ctx.reply }, msg, (a) => done(a), (err) => log.error({ err }, 'core.reply failed'));
    });
    if (!admitted.ok) {
      if (admitted.reason === 'closed') return refuse(reply, 503, NOTES.shuttingDown, 'shutting down');
      metrics.rateLimited.inc({ channel: 'web' });
      return refuse(reply, 429, noteFor(admitted.reason), 'rate limited');
    }
    return askJson(await answered);
  });

  app.post('/api/feedback', { bodyLimit: JSON_BODY_LIMIT }, async (req, reply) => {
    if (!perIp.hit(req.ip)) return refuse(reply, 429, NOTES.rateLimited, 'rate limited');
    const parsed = feedbackSchema.safeParse(req.body);
    if (!parsed.success) return reply.status(400).send({ error: '需要 JSON {"session": "…", "turnId": "…", "useful": true}' });
    const { session, turnId, useful } = parsed.data;
    const text = await ctx.core.feedback({ user: `web:${session}`, useful, ...(turnId ? { turnId } : {}) });
    return { text };
  });

  // 热点问题 and the greeting: cached, computed at most once a minute
  let intents: Promise<Map<string, string>> | undefined;
  const firstExamples = () =>
    (intents ??= loadIntents(defaultIntentsDir()).then((set) => new Map(set.intents.filter((i) => i.examples?.length).map((i) => [i.id, i.examples[0]!]))));
  let greeting: Promise<string> | undefined;
  let hot: { at: number; questions: string[] } | undefined;
  async function hotQuestions(): Promise<string[]> {
    if (hot && Date.now() - hot.at < HOT_TTL_MS) return hot.questions;
    const examples = await firstExamples();
    const top = ctx.store ? (await ctx.store.stats()).topIntents.map((t) => t.intent) : [];
    const ids = [...new Set([...top.filter((id) => !NOT_HOT.test(id)), ...DEFAULT_HOT_INTENTS])];
    const questions = ids.map((id) => examples.get(id)).filter((q): q is string => !!q).slice(0, HOT_COUNT);
    hot = { at: Date.now(), questions };
    return questions;
  }
  app.get('/api/hot', async () => {
    // not counted in the metrics: nobody asked
    greeting ??= ctx.core
      .reply({ user: 'web:-greeting', text: '你好', channel: 'web' })
      .then((a) => a.text)
      .catch(() => {
        greeting = undefined;
        return '';
      });
    const [g, questions] = await Promise.all([greeting, hotQuestions()]);
    return { greeting: g, questions };
  });

  const file = (name: string) => readFile(join(PUBLIC_DIR, name), 'utf8');
  app.get('/widget.js', async (_req, reply) =>
    reply.header('content-type', 'application/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(await file('widget.js')),
  );
  app.get('/', async (_req, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(await file('index.html')));

  return { stop: () => guard.close() };
}
