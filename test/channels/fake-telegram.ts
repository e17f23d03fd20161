/**
 * A fake Telegram Bot API server on 127.0.0.1 (random port) for offline tests of real long polling:
 * getMe, deleteWebhook, getUpdates (held like a real long poll), sendMessage, answerCallbackQuery,
 * editMessageReplyMarkup, setWebhook. Failures can be scripted per method (e.g. a 429 with retry_after).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
  /** HTTP status the fake answered with. */
  status: number;
}

interface Scripted {
  status: number;
  body: Record<string, unknown>;
}

export const BOT: UserFromGetMe = {
  id: 999_000,
  is_bot: true,
  first_name: '政务公开问答',
  username: 'disclosure_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  private server: Server;
  private updates: Update[] = [];
  private waiters: Array<() => void> = [];
  private scripts = new Map<string, Scripted[]>();
  private nextMessageId = 1000;
  /** file_id → served file (getFile + GET /file/bot<token>/<file_path>). */
  private files = new Map<string, { path: string; data: Uint8Array }>();
  /** GET requests of file downloads (file_path). */
  readonly downloads: string[] = [];
  port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const w of this.waiters.splice(0)) w();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Queues an update for the next getUpdates. */
  push(update: Update): void {
    this.updates.push(update);
    for (const w of this.waiters.splice(0)) w();
  }

  /** The next call(s) of `method` fail with these answers, in order. */
  script(method: string, ...answers: Scripted[]): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), ...answers]);
  }

  /** Serves a file for getFile and the file download URL; returns its file_id. */
  addFile(name: string, data: Uint8Array): string {
    const id = `file${this.files.size + 1}`;
    this.files.set(id, { path: `documents/${id}-${encodeURIComponent(name)}`, data });
    return id;
  }

  sent(): ApiCall[] {
    return this.calls.filter((c) => c.method === 'sendMessage' && c.status === 200);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(req.url ?? '');
    if (download && req.method === 'GET') {
      const f = [...this.files.values()].find((x) => x.path === download[1]);
      this.downloads.push(download[1]!);
      if (!f) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(f.data.length) }).end(Buffer.from(f.data));
      return;
    }
    const m = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? '');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const raw = body.toString('utf8');
    const multipart = /^multipart\/form-data/.test(req.headers['content-type'] ?? '');
    // sendPhoto with an uploaded file: the form fields as strings, the file as bytes (`upload`)
    const payload = multipart ? formFields(body, req.headers['content-type']!) : raw ? (JSON.parse(raw) as Record<string, any>) : {};
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const method = m[1]!;
    const scripted = this.scripts.get(method)?.shift();
    if (scripted) {
      this.calls.push({ method, payload, status: scripted.status });
      res.writeHead(scripted.status, { 'content-type': 'application/json' }).end(JSON.stringify(scripted.body));
      return;
    }
    if (method === 'getUpdates') {
      // recorded on arrival: a long poll may be held for a while
      this.calls.push({ method, payload, status: 200 });
      const updates = await this.getUpdates(payload, req);
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result: updates }));
      return;
    }
    let result: unknown;
    switch (method) {
      case 'getMe':
        result = BOT;
        break;
      case 'getFile': {
        const f = this.files.get(String(payload.file_id));
        if (!f) {
          this.calls.push({ method, payload, status: 400 });
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' }));
          return;
        }
        result = { file_id: payload.file_id, file_unique_id: `u${payload.file_id}`, file_size: f.data.length, file_path: f.path };
        break;
      }
      case 'sendPhoto':
        result = { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(payload.chat_id) || 0, type: 'private' }, photo: [] };
        break;
      case 'sendMessage':
        result = {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: Number(payload.chat_id) < 0 ? 'supergroup' : 'private', title: 'x' },
          from: BOT,
          text: payload.text,
        };
        break;
      default:
        result = true; // deleteWebhook, setWebhook, answerCallbackQuery, editMessageReplyMarkup, …
    }
    this.calls.push({ method, payload, status: 200 });
    if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  }

  private async getUpdates(p: Record<string, any>, req: IncomingMessage): Promise<Update[]> {
    const offset = Number(p.offset ?? 0);
    this.updates = this.updates.filter((u) => u.update_id >= offset);
    const timeoutMs = Math.min(Number(p.timeout ?? 0), 30) * 1000;
    if (!this.updates.length && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, timeoutMs);
        function done() {
          clearTimeout(t);
          resolve();
        }
        this.waiters.push(done);
        req.once('close', done); // the client aborted (bot.stop)
      });
    }
    const limit = Number(p.limit ?? 100);
    return this.updates.slice(0, limit);
  }
}

/** A multipart/form-data body → its fields; a file part becomes { upload: Buffer, filename }. */
function formFields(body: Buffer, contentType: string): Record<string, any> {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  const out: Record<string, any> = {};
  if (!boundary) return out;
  const sep = Buffer.from(`--${boundary}`);
  let at = body.indexOf(sep);
  while (at >= 0) {
    const next = body.indexOf(sep, at + sep.length);
    if (next < 0) break;
    const part = body.subarray(at + sep.length + 2, next - 2); // skip CRLF after the boundary, before the next
    const headEnd = part.indexOf('\r\n\r\n');
    if (headEnd >= 0) {
      const head = part.subarray(0, headEnd).toString('utf8');
      const data = part.subarray(headEnd + 4);
      const name = /name="([^"]+)"/.exec(head)?.[1];
      const filename = /filename="?([^";\r\n]*)"?/.exec(head)?.[1];
      const isFile = filename !== undefined || /content-type:/i.test(head);
      if (name) out[name] = isFile ? { upload: Buffer.from(data), filename } : data.toString('utf8');
    }
    at = next;
  }
  return out;
}

/* ---------- update builders ---------- */

let updateId = 1;
let messageId = 1;

export interface MsgSpec {
  from?: number;
  chat?: number;
  group?: boolean;
  text?: string;
  entities?: Array<Record<string, unknown>>;
  replyToBot?: boolean;
  sticker?: boolean;
  fromBot?: boolean;
  /** A document message (text becomes its caption). */
  document?: { file_id: string; file_name: string; file_size?: number };
}

export function message(spec: MsgSpec): Update {
  const from = { id: spec.from ?? 42, is_bot: !!spec.fromBot, first_name: '市民', language_code: 'zh-hans' };
  const chat = spec.group
    ? { id: spec.chat ?? -100_555, type: 'supergroup', title: '居民群' }
    : { id: spec.chat ?? from.id, type: 'private', first_name: '市民' };
  const msg: Record<string, unknown> = {
    message_id: messageId++,
    date: Math.floor(Date.now() / 1000),
    chat,
    from,
  };
  if (spec.document) {
    msg.document = { file_unique_id: `u${spec.document.file_id}`, ...spec.document };
    if (spec.text) {
      msg.caption = spec.text;
      const mention = /@disclosure_test_bot/.exec(spec.text);
      if (mention) msg.caption_entities = [{ type: 'mention', offset: mention.index, length: mention[0].length }];
    }
  } else if (spec.sticker) {
    msg.sticker = { file_id: 'x', file_unique_id: 'y', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false };
  } else {
    msg.text = spec.text ?? '';
    const entities = [...(spec.entities ?? [])];
    const cmd = /^\/\w+(@\w+)?/.exec(msg.text as string);
    if (cmd) entities.unshift({ type: 'bot_command', offset: 0, length: cmd[0].length });
    const mention = /@disclosure_test_bot/.exec(msg.text as string);
    if (mention && !spec.entities) entities.push({ type: 'mention', offset: mention.index, length: mention[0].length });
    if (entities.length) msg.entities = entities;
  }
  if (spec.replyToBot) {
    msg.reply_to_message = { message_id: 1, date: msg.date, chat, from: BOT, text: '之前的回答' };
  }
  return { update_id: updateId++, message: msg } as unknown as Update;
}

export function callback(data: string, from = 42, chat = 42): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: `cb${updateId}`,
      from: { id: from, is_bot: false, first_name: '市民' },
      chat_instance: 'ci',
      data,
      message: { message_id: 77, date: Math.floor(Date.now() / 1000), chat: { id: chat, type: 'private', first_name: '市民' }, text: '答' },
    },
  } as unknown as Update;
}
