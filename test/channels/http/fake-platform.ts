/**
 * Fake WeChat Official Account and WeCom platforms for tests, written from the documentation with
 * node:crypto only (independent of @wecom/crypto, which the server uses):
 * - signature = sha1(sort([token, timestamp, nonce]).join(''))
 * - msg_signature = sha1(sort([token, timestamp, nonce, Encrypt]).join(''))
 * - Encrypt = base64(AES-256-CBC(key = base64(EncodingAESKey + '='), iv = key[0:16], no auto padding,
 *   random(16) + uint32be(len(msg)) + msg + appid/corpid, PKCS#7 padded to a multiple of 32))
 * plus a fake API server (access_token, 客服消息, WeCom message/send and appchat/send) on 127.0.0.1.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
export const signPlain = (token: string, ts: string, nonce: string) => sha1([token, ts, nonce].sort().join(''));
export const signMsg = (token: string, ts: string, nonce: string, enc: string) => sha1([token, ts, nonce, enc].sort().join(''));

function keyOf(aesKey: string): Buffer {
  return Buffer.from(aesKey + '=', 'base64');
}

export function docEncrypt(aesKey: string, message: string, id: string): string {
  const key = keyOf(aesKey);
  const msg = Buffer.from(message);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length);
  const body = Buffer.concat([randomBytes(16), len, msg, Buffer.from(id)]);
  const pad = 32 - (body.length % 32);
  const padded = Buffer.concat([body, Buffer.alloc(pad, pad)]);
  const c = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  c.setAutoPadding(false);
  return Buffer.concat([c.update(padded), c.final()]).toString('base64');
}

export function docDecrypt(aesKey: string, encrypted: string): { message: string; id: string } {
  const key = keyOf(aesKey);
  const d = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  d.setAutoPadding(false);
  const plain = Buffer.concat([d.update(Buffer.from(encrypted, 'base64')), d.final()]);
  const pad = plain[plain.length - 1]!;
  const body = plain.subarray(16, plain.length - pad);
  const len = body.readUInt32BE(0);
  return { message: body.subarray(4, 4 + len).toString(), id: body.subarray(4 + len).toString() };
}

/** <xml> with CDATA strings (the platform's own style). */
export function xml(fields: Record<string, string | number>): string {
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => (typeof v === 'number' ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join('')}</xml>`;
}

/** Reads the fields of a reply (simple, regex-based: independent of the server's parser). */
export function fields(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/<(\w+)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g)) {
    if (m[1] !== 'xml') out[m[1]!] = m[2] ?? m[3] ?? '';
  }
  return out;
}

export interface PushResult {
  status: number;
  body: string;
  /** The reply message's fields (decrypted and signature-checked in 安全模式); undefined for "success"/"". */
  reply?: Record<string, string>;
}

let msgSeq = 6454409035319957426n;
export const nextMsgId = () => String(++msgSeq);

/** The Official Account platform: pushes to `${base}/wechat` as the documentation describes. */
export class FakeWechat {
  constructor(
    readonly base: string,
    readonly token: string,
    readonly appId: string,
    readonly aesKey: string,
    readonly account = 'gh_3db049ae940a',
  ) {}

  async verifyUrl(opts: { badSignature?: boolean } = {}): Promise<{ status: number; body: string }> {
    const ts = String(Math.floor(Date.now() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e9));
    const sig = opts.badSignature ? '0'.repeat(40) : signPlain(this.token, ts, nonce);
    const res = await fetch(`${this.base}/wechat?signature=${sig}&timestamp=${ts}&nonce=${nonce}&echostr=4587156219284813542`);
    return { status: res.status, body: await res.text() };
  }

  /** One message from `openid`; the same `msgId` (and timestamp) again is a platform retry. */
  message(openid: string, m: Record<string, string | number>): string {
    return xml({ ToUserName: this.account, FromUserName: openid, CreateTime: Math.floor(Date.now() / 1000), ...m });
  }

  async push(
    plain: string,
    opts: { mode?: 'plain' | 'aes' | 'compat'; badSignature?: boolean; badMsgSignature?: boolean; ts?: string; nonce?: string; rawBody?: string } = {},
  ): Promise<PushResult> {
    const mode = opts.mode ?? 'plain';
    const ts = opts.ts ?? String(Math.floor(Date.now() / 1000));
    const nonce = opts.nonce ?? String(Math.floor(Math.random() * 1e9));
    const signature = opts.badSignature ? 'f'.repeat(40) : signPlain(this.token, ts, nonce);
    let url = `${this.base}/wechat?signature=${signature}&timestamp=${ts}&nonce=${nonce}&openid=${fields(plain).FromUserName ?? 'o'}`;
    let body = plain;
    if (mode !== 'plain') {
      const enc = docEncrypt(this.aesKey, plain, this.appId);
      const msgSig = opts.badMsgSignature ? 'a'.repeat(40) : signMsg(this.token, ts, nonce, enc);
      url += `&encrypt_type=aes&msg_signature=${msgSig}`;
      body = mode === 'aes' ? xml({ ToUserName: this.account, Encrypt: enc }) : plain.replace('</xml>', `<Encrypt><![CDATA[${enc}]]></Encrypt></xml>`);
    }
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: opts.rawBody ?? body });
    const text = await res.text();
    const out: PushResult = { status: res.status, body: text };
    if (res.status !== 200 || !text.startsWith('<xml>')) return out;
    const f = fields(text);
    if (mode === 'plain') {
      out.reply = f;
      return out;
    }
    // 安全模式 reply: check MsgSignature, then decrypt for our appid
    if (signMsg(this.token, f.TimeStamp!, f.Nonce!, f.Encrypt!) !== f.MsgSignature) throw new Error('reply MsgSignature is wrong');
    const dec = docDecrypt(this.aesKey, f.Encrypt!);
    if (dec.id !== this.appId) throw new Error(`reply encrypted for ${dec.id}`);
    out.reply = fields(dec.message);
    return out;
  }
}

/** WeCom: the self-built app callback at `${base}/wecom` (always encrypted, with the corp id). */
export class FakeWecom {
  constructor(
    readonly base: string,
    readonly token: string,
    readonly corpId: string,
    readonly aesKey: string,
    readonly agentId: string,
  ) {}

  async verifyUrl(opts: { badSignature?: boolean } = {}): Promise<{ status: number; body: string; echo: string }> {
    const ts = String(Math.floor(Date.now() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e9));
    const echo = `echo-${Math.random().toString(36).slice(2)}`;
    const enc = docEncrypt(this.aesKey, echo, this.corpId);
    const sig = opts.badSignature ? '0'.repeat(40) : signMsg(this.token, ts, nonce, enc);
    const res = await fetch(`${this.base}/wecom?msg_signature=${sig}&timestamp=${ts}&nonce=${nonce}&echostr=${encodeURIComponent(enc)}`);
    return { status: res.status, body: await res.text(), echo };
  }

  message(userid: string, m: Record<string, string | number>): string {
    return xml({ ToUserName: this.corpId, FromUserName: userid, CreateTime: Math.floor(Date.now() / 1000), AgentID: Number(this.agentId), ...m });
  }

  async push(plain: string, opts: { badSignature?: boolean; wrongCorp?: boolean; rawBody?: string } = {}): Promise<{ status: number; body: string }> {
    const ts = String(Math.floor(Date.now() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e9));
    const enc = docEncrypt(this.aesKey, plain, opts.wrongCorp ? 'wwotherCorp' : this.corpId);
    const sig = opts.badSignature ? 'b'.repeat(40) : signMsg(this.token, ts, nonce, enc);
    const body = xml({ ToUserName: this.corpId, AgentID: Number(this.agentId), Encrypt: enc });
    const res = await fetch(`${this.base}/wecom?msg_signature=${sig}&timestamp=${ts}&nonce=${nonce}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: opts.rawBody ?? body,
    });
    return { status: res.status, body: await res.text() };
  }
}

export interface ApiCall {
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | undefined;
}

/**
 * The platforms' server API on 127.0.0.1: /cgi-bin/token (公众号), /cgi-bin/gettoken (WeCom),
 * /cgi-bin/message/custom/send, /cgi-bin/message/send, /cgi-bin/appchat/send. Tokens are "T1", "T2" …;
 * `expireNext()` makes the current token be refused once with errcode 42001.
 */
export class FakeApi {
  readonly calls: ApiCall[] = [];
  private server: Server;
  private tokenN = 0;
  private valid = new Set<string>();
  /** media_id → a file served by GET /cgi-bin/media/get (WeCom). */
  private media = new Map<string, { name: string; data: Uint8Array }>();
  url = '';

  /** Serves a file for media/get; returns its media_id. */
  addMedia(name: string, data: Uint8Array): string {
    const id = `MEDIA${this.media.size + 1}`;
    this.media.set(id, { name, data });
    return id;
  }

  constructor(
    private readonly creds: { appId?: string; secret?: string; corpId?: string; corpSecret?: string },
  ) {
    this.server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      void this.handle(req, res);
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }

  get tokenRequests(): number {
    return this.calls.filter((c) => /token$/.test(c.path)).length;
  }

  /** Sent messages (customer service, WeCom message/send and appchat/send), in order. */
  get sent(): ApiCall[] {
    return this.calls.filter((c) => /send$/.test(c.path) && c.body && !(c as ApiCall & { refused?: boolean }).refused);
  }

  expireNext(): void {
    this.valid.clear();
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(u.searchParams);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    const call: ApiCall & { refused?: boolean } = { path: u.pathname, query, body };
    this.calls.push(call);
    const send = (o: unknown) => res.end(JSON.stringify(o));
    if (u.pathname === '/cgi-bin/token') {
      if (query.appid !== this.creds.appId || query.secret !== this.creds.secret || query.grant_type !== 'client_credential') {
        return send({ errcode: 40013, errmsg: 'invalid appid' });
      }
      const t = `T${++this.tokenN}`;
      this.valid.add(t);
      return send({ access_token: t, expires_in: 7200 });
    }
    if (u.pathname === '/cgi-bin/gettoken') {
      if (query.corpid !== this.creds.corpId || query.corpsecret !== this.creds.corpSecret) return send({ errcode: 40001, errmsg: 'invalid credential' });
      const t = `T${++this.tokenN}`;
      this.valid.add(t);
      return send({ errcode: 0, errmsg: 'ok', access_token: t, expires_in: 7200 });
    }
    if (u.pathname === '/cgi-bin/media/get') {
      const m = this.media.get(query.media_id ?? '');
      if (!this.valid.has(query.access_token ?? '')) return send({ errcode: 42001, errmsg: 'access_token expired' });
      if (!m) return send({ errcode: 40007, errmsg: 'invalid media_id' });
      res.setHeader('content-type', 'application/octet-stream');
      res.setHeader('content-disposition', `attachment; filename="${encodeURIComponent(m.name)}"`);
      return res.end(Buffer.from(m.data));
    }
    if (/send$/.test(u.pathname)) {
      if (!this.valid.has(query.access_token ?? '')) {
        call.refused = true;
        return send({ errcode: 42001, errmsg: 'access_token expired' });
      }
      return send({ errcode: 0, errmsg: 'ok' });
    }
    res.statusCode = 404;
    send({ errcode: 404 });
  }
}
