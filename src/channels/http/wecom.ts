/**
 * `wecom`: a WeCom (企业微信 / 政务微信) self-built app for the staff work group, at /wecom.
 *
 * - GET  /wecom?msg_signature&timestamp&nonce&echostr: URL verification (echostr is encrypted: we
 *   return its decrypted content).
 * - POST /wecom?msg_signature&timestamp&nonce: an encrypted message (always; WXBizMsgCrypt with the
 *   corp id). Bad signatures → 401. We answer the request at once (empty body, so WeCom never
 *   retries for slowness) and send the answer through the app's message API with a cached token:
 *   message/send to the person, or appchat/send when the message came from a group chat (ChatId).
 * - Staff: WeCom userids in STAFF_IDS as wecom:<userid>, or a group in STAFF_GROUPS as wecom:<chatid>.
 * - Retries of one MsgId are answered once.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Message } from '../../core/types.js';
import { Dedupe, Guard, NOTES, answerThrough, isStaff, noteFor, splitMessage } from '../guard.js';
import { TokenClient } from './api.js';
import { CryptoError, open, sameSignature, sign } from './crypto.js';
import type { HttpChannelRuntime, HttpContext } from './server.js';
import { XmlError, parseXml } from './xml.js';

/** Text messages of the app API hold at most 2048 bytes. */
export const WECOM_MAX_CHARS = 600;

interface Query {
  msg_signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
}

export async function registerWecom(app: FastifyInstance, ctx: HttpContext): Promise<HttpChannelRuntime> {
  const cfg = ctx.config.http.wecom;
  const log = ctx.log.child({ channel: 'wecom' });
  const { metrics } = ctx;
  const token = cfg.token!;
  const aesKey = cfg.aesKey!;
  const corpId = cfg.corpId!;
  const agentId = Number(cfg.agentId);
  const api = new TokenClient(
    `${cfg.apiRoot}/cgi-bin/gettoken?corpid=${encodeURIComponent(corpId)}&corpsecret=${encodeURIComponent(cfg.secret ?? '')}`,
    cfg.apiRoot,
  );
  const guard = new Guard({ perMinute: ctx.config.rateLimit, maxQueue: 5, onError: (err, user) => log.error({ err, user }, 'wecom reply failed') });
  const seen = new Dedupe();
  const sends = new Set<Promise<void>>();

  async function send(to: { user: string; chat?: string }, text: string): Promise<void> {
    for (const part of splitMessage(text, WECOM_MAX_CHARS)) {
      if (to.chat) await api.post('/cgi-bin/appchat/send', { chatid: to.chat, msgtype: 'text', text: { content: part } });
      else await api.post('/cgi-bin/message/send', { touser: to.user, msgtype: 'text', agentid: agentId, text: { content: part } });
    }
  }
  function sendTracked(to: { user: string; chat?: string }, text: string): void {
    const p = send(to, text)
      .catch((err: unknown) => log.error({ err }, 'wecom send failed'))
      .finally(() => sends.delete(p));
    sends.add(p);
  }

  /** Checks msg_signature over `encrypted` and decrypts it for our corp id; undefined when either fails. */
  function unseal(q: Query, encrypted: string | undefined): string | undefined {
    if (!encrypted || !q.timestamp || !q.nonce || !q.msg_signature) return undefined;
    if (!sameSignature(q.msg_signature, sign(token, q.timestamp, q.nonce, encrypted))) return undefined;
    try {
      return open(aesKey, encrypted, corpId);
    } catch (err) {
      if (err instanceof CryptoError) return undefined;
      throw err;
    }
  }

  app.get('/wecom', async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
    const plain = unseal(req.query, req.query.echostr);
    if (plain === undefined) return reply.status(401).type('text/plain').send('invalid signature');
    return reply.type('text/plain').send(plain);
  });

  app.post('/wecom', async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
    let msg: Record<string, string>;
    try {
      const outer = parseXml(typeof req.body === 'string' ? req.body : '');
      const plain = unseal(req.query, outer.Encrypt);
      if (plain === undefined) return reply.status(401).type('text/plain').send('invalid signature');
      msg = parseXml(plain);
    } catch (err) {
      if (err instanceof XmlError) return reply.status(400).type('text/plain').send(`bad xml: ${err.message}`);
      throw err;
    }
    const userid = msg.FromUserName;
    if (!userid || !msg.MsgType) return reply.status(400).type('text/plain').send('missing FromUserName/MsgType');
    const done = () => reply.type('text/plain').send('');
    if (msg.MsgType === 'event') return done();
    const key = msg.MsgId ?? `${userid}:${msg.CreateTime ?? ''}`;
    if (seen.seen(key)) {
      log.info({ key }, 'retry of a message already taken');
      return done();
    }
    metrics.messages.inc({ channel: 'wecom' });
    const chat = msg.ChatId || undefined;
    const to = { user: userid, ...(chat ? { chat } : {}) };
    // a report file: the staff draft check (src/staff/wecom-draft.ts); others are refused unread
    const desk = ctx.core.drafts;
    if (msg.MsgType === 'file' && msg.MediaId && desk) {
      const user = `wecom:${userid}`;
      const group = chat ? `wecom:${chat}` : undefined;
      const staff = isStaff(ctx.config, user, group ? { id: group } : undefined);
      const mediaId = msg.MediaId;
      const admitted = guard.submit(user, async () => {
        const { wecomDraft } = await import('../../staff/wecom-draft.js');
        await send(to, await wecomDraft({ accessToken: () => api.accessToken(), apiRoot: cfg.apiRoot, mediaId, desk, staff, key: group ?? user, user, log }));
      });
      if (!admitted.ok && (admitted.notify || admitted.reason === 'closed')) sendTracked(to, noteFor(admitted.reason));
      return done();
    }
    if (msg.MsgType !== 'text') {
      sendTracked(to, NOTES.onlyText);
      return done();
    }
    const user = `wecom:${userid}`;
    const group = chat ? `wecom:${chat}` : undefined;
    // in a group the app is addressed with "@name …": drop the leading mention
    const text = (msg.Content ?? '').replace(/^\s*@\S+[\s\u2005]+/, '').trim();
    const staff = isStaff(ctx.config, user, group ? { id: group } : undefined);
    const m: Message = { user, text, channel: 'wecom', ...(group ? { group } : {}), ...(staff ? { staff: true } : {}) };
    const admitted = guard.submit(user, async () => {
      await answerThrough({ reply: ctx.reply }, m, (a) => send(to, a.text), (err) => log.error({ err, user }, 'core.reply failed'));
    });
    if (!admitted.ok) {
      if (admitted.reason !== 'closed') metrics.rateLimited.inc({ channel: 'wecom' });
      if (admitted.notify || admitted.reason === 'closed') sendTracked(to, noteFor(admitted.reason));
    }
    return done();
  });

  return {
    async stop() {
      await guard.close();
      await Promise.all([...sends]);
    },
  };
}
