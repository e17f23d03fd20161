/**
 * `wechat-mp`: the Official Account (公众号) message push at /wechat.
 *
 * - GET  /wechat?signature&timestamp&nonce&echostr: URL verification → echostr.
 * - POST /wechat?signature&timestamp&nonce&openid[&encrypt_type=aes&msg_signature]: a pushed message,
 *   plaintext or 安全模式 (AES, WXBizMsgCrypt; also 兼容模式). Bad signatures → 401.
 * - The platform waits 5 s and retries 3 times. We wait up to PASSIVE_DEADLINE_MS for the answer and
 *   reply passively (XML, encrypted in 安全模式); when it is not ready or too long for a passive reply,
 *   we reply `success` and send it through the customer-service API (客服消息) with a cached token.
 * - Retries of one MsgId (events: sender + CreateTime) reach the core once and are answered once.
 * - subscribe → welcome (the core's greeting and help); voice with Recognition → answered as that text;
 *   other message types → a polite note that only text is understood.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Answer, Message } from '../../core/types.js';
import { CORE_PROMPTS, Guard, NOTES, answerThrough, errorAnswer, noteFor, splitMessage } from '../guard.js';
import { TokenClient } from './api.js';
import { CryptoError, nonce as makeNonce, open, sameSignature, seal, sign } from './crypto.js';
import type { HttpChannelRuntime, HttpContext } from './server.js';
import { XmlError, buildXml, parseXml } from './xml.js';

/** The platform gives up after 5 s: leave room for the network. */
export const PASSIVE_DEADLINE_MS = 4_000;
/** A passive text reply holds at most 2048 bytes. */
export const PASSIVE_MAX_BYTES = 2_047;
/** 客服消息 text: at most 2048 bytes; 600 Chinese characters are 1800 bytes. */
export const CUSTOMER_SERVICE_MAX_CHARS = 600;
/** Messages remembered for retries (the platform retries within ~15 s). */
const REMEMBER = 5_000;
const REMEMBER_MS = 5 * 60_000;

type Mode = 'waiting' | 'passive' | 'async';
interface Pending {
  mode: Mode;
  answer?: Answer;
  /** The passive reply body, sent again to a retry. */
  body?: string;
  ready: Promise<void>;
  at: number;
}

interface Query {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
  openid?: string;
  encrypt_type?: string;
  msg_signature?: string;
}

export interface WechatMpOptions {
  deadlineMs?: number;
}

export async function registerWechatMp(app: FastifyInstance, ctx: HttpContext, opts: WechatMpOptions = {}): Promise<HttpChannelRuntime> {
  const cfg = ctx.config.http.wechatMp;
  const log = ctx.log.child({ channel: 'wechat-mp' });
  const { metrics } = ctx;
  const token = cfg.token!;
  const deadlineMs = opts.deadlineMs ?? PASSIVE_DEADLINE_MS;
  const api =
    cfg.appId && cfg.secret
      ? new TokenClient(
          `${cfg.apiRoot}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(cfg.appId)}&secret=${encodeURIComponent(cfg.secret)}`,
          cfg.apiRoot,
        )
      : undefined;
  if (!api) log.warn('WECHAT_MP_SECRET 未设置：超时或过长的回答无法通过客服消息发送 / no secret: slow or long answers cannot be sent by 客服消息');

  const guard = new Guard({ perMinute: ctx.config.rateLimit, maxQueue: 3, onError: (err, user) => log.error({ err, user }, 'wechat-mp reply failed') });
  const pending = new Map<string, Pending>();
  const sends = new Set<Promise<void>>();

  function remember(key: string, p: Pending): void {
    pending.set(key, p);
    if (pending.size <= REMEMBER) return;
    const cutoff = Date.now() - REMEMBER_MS;
    for (const [k, v] of pending) if (v.at < cutoff || pending.size > REMEMBER) pending.delete(k);
  }

  /** Sends an answer through 客服消息, split into parts the API accepts. */
  async function push(openid: string, text: string): Promise<void> {
    if (!api) {
      log.warn({ openid }, 'answer not delivered: 客服消息 needs WECHAT_MP_APPID and WECHAT_MP_SECRET');
      return;
    }
    for (const part of splitMessage(text, CUSTOMER_SERVICE_MAX_CHARS)) {
      await api.post('/cgi-bin/message/custom/send', { touser: openid, msgtype: 'text', text: { content: part } });
    }
  }
  function pushTracked(openid: string, text: string): void {
    const p = push(openid, text)
      .catch((err: unknown) => log.error({ err, openid }, '客服消息 send failed'))
      .finally(() => sends.delete(p));
    sends.add(p);
  }

  const fits = (text: string) => Buffer.byteLength(text) <= PASSIVE_MAX_BYTES;
  /** Without 客服消息 a long answer must still go passively: its first part. */
  const passiveText = (text: string) => (fits(text) || api ? text : splitMessage(text, Math.floor(PASSIVE_MAX_BYTES / 3) - 1)[0] + '…');

  function verify(q: Query): boolean {
    if (!q.timestamp || !q.nonce || !q.signature) return false;
    return sameSignature(q.signature, sign(token, q.timestamp, q.nonce));
  }

  app.get('/wechat', async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
    const q = req.query;
    if (!verify(q) || typeof q.echostr !== 'string') return reply.status(401).type('text/plain').send('invalid signature');
    return reply.type('text/plain').send(q.echostr);
  });

  app.post('/wechat', async (req: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply) => {
    const q = req.query;
    if (!verify(q)) return reply.status(401).type('text/plain').send('invalid signature');
    const raw = typeof req.body === 'string' ? req.body : '';
    let outer: Record<string, string>;
    let msg: Record<string, string>;
    const aes = q.encrypt_type === 'aes';
    try {
      outer = parseXml(raw);
      if (aes) {
        if (!cfg.aesKey || !cfg.appId) return reply.status(400).type('text/plain').send('safe mode is not configured (WECHAT_MP_AES_KEY)');
        const enc = outer.Encrypt;
        if (!enc || !q.msg_signature || !sameSignature(q.msg_signature, sign(token, q.timestamp!, q.nonce!, enc))) {
          return reply.status(401).type('text/plain').send('invalid msg_signature');
        }
        msg = parseXml(open(cfg.aesKey, enc, cfg.appId));
      } else {
        msg = outer;
      }
    } catch (err) {
      if (err instanceof CryptoError) return reply.status(401).type('text/plain').send('cannot decrypt');
      if (err instanceof XmlError) return reply.status(400).type('text/plain').send(`bad xml: ${err.message}`);
      throw err;
    }
    const openid = msg.FromUserName;
    const account = msg.ToUserName;
    if (!openid || !account || !msg.MsgType) return reply.status(400).type('text/plain').send('missing FromUserName/ToUserName/MsgType');

    const respond = (text: string): string => {
      const xml = buildXml({ ToUserName: openid, FromUserName: account, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'text', Content: text });
      if (!aes) return xml;
      const enc = seal(cfg.aesKey!, xml, cfg.appId!);
      const ts = String(Math.floor(Date.now() / 1000));
      const n = makeNonce();
      return buildXml({ Encrypt: enc, MsgSignature: sign(token, ts, n, enc), TimeStamp: Number(ts), Nonce: n });
    };
    const sendXml = (body: string) => reply.type('application/xml; charset=utf-8').send(body);
    const success = () => reply.type('text/plain').send('success');

    // What is asked: text, recognised voice, or a subscribe event (welcome); a note for the rest.
    const type = msg.MsgType;
    let text: string | undefined;
    let welcome = false;
    if (type === 'event') {
      if ((msg.Event ?? '').toLowerCase() !== 'subscribe') return success();
      welcome = true;
    } else if (type === 'text') {
      text = msg.Content ?? '';
    } else if (type === 'voice' && msg.Recognition?.trim()) {
      text = msg.Recognition.trim();
    } else {
      metrics.messages.inc({ channel: 'wechat-mp' });
      return sendXml(respond(NOTES.onlyTextOrVoice));
    }

    const key = msg.MsgId ? `id:${msg.MsgId}` : `ev:${openid}:${msg.CreateTime ?? ''}:${msg.Event ?? ''}`;
    const seen = pending.get(key);
    if (seen) {
      // a retry: the platform did not get our reply in time; never answer twice
      log.info({ key, mode: seen.mode }, 'retry of a message already taken');
      if (seen.mode === 'passive' && seen.body) return sendXml(seen.body);
      if (seen.mode === 'waiting') seen.mode = 'async'; // the first request's reply is lost: send when ready
      return success();
    }

    metrics.messages.inc({ channel: 'wechat-mp' });
    const user = `mp:${openid}`;
    let ready!: () => void;
    const p: Pending = { mode: 'waiting', ready: new Promise<void>((r) => (ready = r)), at: Date.now() };
    remember(key, p);
    const core: Message = { user, text: text ?? CORE_PROMPTS.greeting, channel: 'wechat-mp' };
    const admitted = guard.submit(user, async () => {
      try {
        let answer: Answer;
        if (welcome) {
          const hello = await answerThrough({ reply: ctx.reply }, core, () => {});
          const help = await answerThrough({ reply: ctx.reply }, { ...core, text: CORE_PROMPTS.help }, () => {});
          answer = { ...hello, text: `${hello.text}\n\n${help.text}` };
        } else {
          answer = await answerThrough({ reply: ctx.reply }, core, () => {}, (err) => log.error({ err, user }, 'core.reply failed'));
        }
        p.answer = answer;
        if (p.mode === 'async') await push(openid, answer.text);
      } catch (err) {
        p.answer ??= errorAnswer();
        throw err;
      } finally {
        ready();
      }
    });
    if (!admitted.ok) {
      pending.delete(key);
      if (admitted.reason !== 'closed') metrics.rateLimited.inc({ channel: 'wechat-mp' });
      return admitted.notify || admitted.reason === 'closed' ? sendXml(respond(noteFor(admitted.reason))) : success();
    }

    let timer: NodeJS.Timeout | undefined;
    await Promise.race([p.ready, new Promise<void>((r) => (timer = setTimeout(r, deadlineMs)))]);
    clearTimeout(timer);
    if (p.mode === 'waiting' && p.answer) {
      const out = passiveText(p.answer.text);
      if (fits(out)) {
        p.mode = 'passive';
        p.body = respond(out);
        return sendXml(p.body);
      }
      p.mode = 'async';
      pushTracked(openid, p.answer.text);
      return success();
    }
    // not ready (or a retry already switched to 客服消息): the task sends it when the answer comes
    p.mode = 'async';
    return success();
  });

  return {
    async stop() {
      await guard.close();
      await Promise.all([...sends]);
    },
  };
}
