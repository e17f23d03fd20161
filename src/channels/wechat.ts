/**
 * WeChat channel (wechaty). Translates WeChat messages into core messages and answers back; guards
 * against loops, floods, backlog and duplicates. No understanding, no wording (beyond guard notes).
 *
 * - Private chats: every text message is answered. Groups: only when the bot is @-mentioned
 *   (`mentionSelf()`, or "@昵称" in the text when the mention list misses); the mention is stripped.
 * - Ignored: the bot's own messages, official accounts, messages older than `maxAgeSeconds` (the login
 *   backlog), repeated message ids.
 * - Non-text in a private chat: one short hint that only text is understood (at most one a minute).
 * - Friend requests: accepted (only with WECHAT_FRIEND_KEYWORD in the greeting when configured).
 * - Login: QR code in the terminal (stderr) for the default puppet (wechat4u); a puppet service with a
 *   token otherwise. On logout/error: a log line, a new login is awaited (and forced by restarting the
 *   puppet if none comes); replies produced meanwhile wait in an outbox and go out after login.
 *
 * wechaty is imported lazily here (≈0.65 s): only when the WeChat channel is on.
 */
import { dirname, join, resolve } from 'node:path';
import type * as W from 'wechaty';
import type { Config } from '../config.js';
import type { Core, Message } from '../core/types.js';
import type { Logger } from '../log.js';
import { addSecret } from '../log.js';
import {
  CORE_PROMPTS,
  Dedupe,
  Guard,
  NOTES,
  isStaff,
  mentionsName,
  splitMessage,
  stripMention,
  type ChannelHandle,
} from './guard.js';

export type WechatConfig = Pick<Config, 'wechat' | 'staffIds' | 'staffGroups' | 'rateLimit' | 'db' | 'logLevel'>;

export interface WechatOptions {
  core: Pick<Core, 'reply'>;
  config: WechatConfig;
  log: Logger;
  /** A ready puppet instance (tests pass a PuppetMock). Default: the puppet named in the config. */
  puppet?: unknown;
  /** Messages older than this many seconds are the login backlog and are ignored. Default 60. */
  maxAgeSeconds?: number;
  /** Waiting messages per user besides the one being answered. Default 5. */
  maxQueue?: number;
  /** Session file base name (wechaty MemoryCard); null: keep the session in memory only. */
  session?: string | null;
  /** Shows a login QR code. Default: qrcode-terminal on stderr plus a link in the log. */
  showQr?: (qrcode: string) => void;
  /** Wait before forcing a new login after logout/error when none happened. Default 30 s. */
  reloginDelayMs?: number;
  /** Longest WeChat text message sent at once. Default 2000. */
  maxMessageLength?: number;
}

export interface WechatHandle extends ChannelHandle {
  readonly bot: W.Wechaty;
  /** Resolves at the first login. */
  readonly loggedIn: Promise<void>;
  /** Replies waiting for a login. */
  outboxSize(): number;
}

interface Pending {
  roomId?: string;
  roomTopic?: string;
  contactId: string;
  contactName?: string;
  /** Mention the asker (group replies). */
  mention: boolean;
  text: string;
  /** Staff output: delivered by id only, never to a room or contact found by name (names can be copied). */
  staff?: boolean;
}

const IGNORED_IDS = new Set(['weixin', 'fmessage', 'newsapp', 'medianote']);
const OUTBOX_MAX = 1000;

function wechatyLogLevel(level: string): 'silent' | 'error' | 'warn' | 'info' | 'verbose' | 'silly' {
  switch (level) {
    case 'silent':
      return 'silent';
    case 'fatal':
    case 'error':
      return 'error';
    case 'trace':
      return 'silly';
    case 'debug':
      return 'verbose';
    default:
      // wechaty's `info` lines go to stdout (console.info): keep them out of the answer stream
      return 'warn';
  }
}

async function defaultShowQr(qrcode: string, log: Logger): Promise<void> {
  log.info({ url: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` }, '请用微信扫码登录 / scan the QR code with WeChat to log in');
  try {
    const spec = 'qrcode-terminal';
    const mod = (await import(spec)) as { default?: QrLib } & QrLib;
    const qr: QrLib = mod.default ?? mod;
    qr.generate(qrcode, { small: true }, (art: string) => {
      process.stderr.write(`\n请用微信扫描下方二维码登录 / Scan with WeChat to log in:\n${art}\n`);
    });
  } catch (err) {
    log.warn({ err }, 'qrcode-terminal unavailable; open the logged link to see the QR code');
  }
}
interface QrLib {
  generate(text: string, opts: { small: boolean }, cb: (art: string) => void): void;
}

/** An error's message on one line, bounded. */
function oneLine(text: string, max = 500): string {
  const t = text.replace(/\s*\n\s*/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** Frames of the WeChat libraries in a stack: their async failures must not end the bot. */
const PUPPET_FRAMES = /node_modules[\\/](wechaty[^\\/]*|wechat4u|@grpc|gerror|state-switch|brolog|memory-card|watchdog|file-box)[\\/]/;

/**
 * Replaces the WeChat libraries' uncaughtException handling (see startWechat): an uncaught error from
 * inside the puppet is one log line and the bot keeps running; any other one is one fatal line and
 * exit 1 (what Node does by default, minus the multi-line dump).
 */
let puppetLog: Logger | undefined;
function onPuppetUncaught(err: unknown): void {
  const e = err as Error | undefined;
  const message = oneLine(e?.message ?? String(err));
  if (PUPPET_FRAMES.test(e?.stack ?? '')) {
    puppetLog?.error({ name: e?.name }, `微信组件内部错误（已忽略，继续运行） / uncaught error inside the WeChat puppet, kept running: ${message}`);
    puppetLog?.debug({ err }, 'uncaught puppet error details');
    return;
  }
  puppetLog?.fatal({ err }, `未捕获的错误 / uncaught exception: ${message}`);
  process.exit(1);
}

export async function startWechat(opts: WechatOptions): Promise<WechatHandle> {
  const { core, config, log: rootLog } = opts;
  const log = rootLog.child({ channel: 'wechat' });
  const maxAge = opts.maxAgeSeconds ?? 60;
  const maxLen = opts.maxMessageLength ?? 2000;
  const reloginDelay = opts.reloginDelayMs ?? 30_000;
  addSecret(config.wechat.puppetServiceToken);

  const wechaty = await import('wechaty');
  const { WechatyBuilder, types } = wechaty;
  wechaty.log.level(wechatyLogLevel(config.logLevel));
  // the libraries' own logger through ours (scrubbed, JSON on stderr); the token resolver made safe
  const compat = await import('./wechat-compat.js');
  await compat.routeWechatyLog(log, [wechaty.log]);
  if (!opts.puppet) await compat.patchWechatyResolver();

  const HINT_TYPES = new Set<number>([
    types.Message.Audio,
    types.Message.Image,
    types.Message.Emoticon,
    types.Message.Video,
    types.Message.Attachment,
    types.Message.Url,
    types.Message.MiniProgram,
    types.Message.Contact,
    types.Message.Location,
    types.Message.ChatHistory,
    types.Message.Post,
  ]);

  const session =
    opts.session === null
      ? undefined
      : opts.session ?? (opts.puppet ? undefined : join(config.db ? dirname(resolve(config.db)) : resolve('data'), 'wechat-session'));

  let bot: W.Wechaty;
  if (opts.puppet) {
    bot = WechatyBuilder.build({ puppet: opts.puppet as never, ...(session ? { name: session } : {}) });
  } else {
    const puppetOptions = config.wechat.puppetServiceToken ? { token: config.wechat.puppetServiceToken } : undefined;
    bot = WechatyBuilder.build({
      puppet: config.wechat.puppet as never,
      ...(puppetOptions ? { puppetOptions } : {}),
      ...(session ? { name: session } : {}),
    });
  }

  const dedupe = new Dedupe();
  const guard = new Guard({
    perMinute: config.rateLimit,
    maxQueue: opts.maxQueue ?? 5,
    onError: (err, user) => log.error({ err, user }, 'wechat reply failed'),
  });
  const hintAt = new Map<string, number>();
  const outbox: Pending[] = [];
  let stopping = false;
  let selfName: string | undefined;
  let lastLoginActivity = 0;
  let reloginTimer: NodeJS.Timeout | undefined;
  let reloginFailures = 0;

  let resolveLogin!: () => void;
  const loggedIn = new Promise<void>((r) => (resolveLogin = r));

  /* ---------- sending, with an outbox across logins ---------- */

  async function deliver(p: Pending): Promise<void> {
    if (p.roomId) {
      const room =
        (await bot.Room.find({ id: p.roomId })) ??
        (p.roomTopic && !p.staff ? await bot.Room.find({ topic: p.roomTopic }) : undefined);
      if (!room) throw new Error(`room not found: ${p.roomId}`);
      const contact = p.mention
        ? ((await bot.Contact.find({ id: p.contactId })) ??
          (p.contactName && !p.staff ? await bot.Contact.find({ name: p.contactName }) : undefined))
        : undefined;
      if (contact) await room.say(p.text, contact);
      else await room.say(p.text);
    } else {
      const contact =
        (await bot.Contact.find({ id: p.contactId })) ??
        (p.contactName && !p.staff ? await bot.Contact.find({ name: p.contactName }) : undefined);
      if (!contact) throw new Error(`contact not found: ${p.contactId}`);
      await contact.say(p.text);
    }
  }

  function park(p: Pending): void {
    outbox.push(p);
    if (outbox.length > OUTBOX_MAX) {
      outbox.shift();
      log.warn('outbox full: dropped the oldest waiting reply');
    }
  }

  async function send(p: Pending): Promise<void> {
    if (!bot.isLoggedIn) {
      park(p);
      log.warn({ waiting: outbox.length }, '未登录，回复已暂存，登录后发送 / not logged in: reply kept until login');
      return;
    }
    try {
      await deliver(p);
    } catch (err) {
      if (!bot.isLoggedIn) {
        park(p);
        log.warn({ err, waiting: outbox.length }, '发送时掉线，回复已暂存 / logged out while sending: reply kept until login');
      } else {
        throw err;
      }
    }
  }

  async function flushOutbox(): Promise<void> {
    while (outbox.length && bot.isLoggedIn) {
      const p = outbox.shift()!;
      try {
        await deliver(p);
      } catch (err) {
        if (!bot.isLoggedIn) {
          outbox.unshift(p);
          return;
        }
        log.error({ err }, 'could not deliver a reply kept during logout');
      }
    }
  }

  /* ---------- login life cycle ---------- */

  function scheduleRelogin(reason: string): void {
    if (stopping || reloginTimer) return;
    const delay = Math.min(reloginDelay * 2 ** reloginFailures, 10 * 60_000);
    reloginTimer = setTimeout(async () => {
      reloginTimer = undefined;
      if (stopping || bot.isLoggedIn) return;
      if (Date.now() - lastLoginActivity < reloginDelay) {
        // a QR code is showing: somebody may be scanning
        scheduleRelogin(reason);
        return;
      }
      log.warn({ reason }, '重新启动微信连接以便重新登录 / restarting the WeChat puppet to log in again');
      try {
        await bot.stop();
        await bot.start();
        reloginFailures = 0;
      } catch (err) {
        reloginFailures++;
        log.error({ err }, '重新登录失败，稍后再试 / re-login failed, will retry');
        scheduleRelogin('restart failed');
      }
    }, delay);
    reloginTimer.unref?.();
  }

  bot.on('scan', (qrcode: string, status: number) => {
    lastLoginActivity = Date.now();
    if (status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout) {
      if (opts.showQr) opts.showQr(qrcode);
      else void defaultShowQr(qrcode, log);
    } else {
      log.info({ status: types.ScanStatus[status] }, 'scan status');
    }
  });

  bot.on('login', (user: W.ContactSelf) => {
    lastLoginActivity = Date.now();
    reloginFailures = 0;
    selfName = user.name();
    log.info({ user: user.name() }, `微信已登录：${user.name()} / WeChat logged in`);
    resolveLogin();
    if (outbox.length) {
      log.info({ waiting: outbox.length }, 'sending replies kept during logout');
      void flushOutbox();
    }
  });

  bot.on('logout', (user: W.ContactSelf, reason?: string) => {
    if (stopping) return;
    log.warn(
      { user: user?.name?.(), reason },
      '微信已退出登录，等待重新扫码登录（待发回复会保留） / WeChat logged out; waiting for a new login (queued replies are kept)',
    );
    scheduleRelogin('logout');
  });

  // puppets retry quickly while offline: the same error is logged once a minute, with a count
  const errorsSeen = new Map<string, { at: number; repeated: number }>();
  bot.on('error', (err: Error) => {
    const key = err?.message ?? String(err);
    const now = Date.now();
    const seen = errorsSeen.get(key);
    if (seen && now - seen.at < 60_000) {
      seen.repeated++;
    } else {
      // one line: the message and code (the library's stack only at debug level)
      log.error({ code: (err as { code?: unknown })?.code, loggedIn: bot.isLoggedIn, repeated: seen?.repeated ?? 0 }, `微信通道出错 / WeChat error: ${oneLine(key)}`);
      log.debug({ err }, 'WeChat error details');
      errorsSeen.set(key, { at: now, repeated: 0 });
      if (errorsSeen.size > 100) errorsSeen.clear();
    }
    if (!bot.isLoggedIn) scheduleRelogin('error');
  });

  /* ---------- friend requests ---------- */

  bot.on('friendship', async (friendship: W.Friendship) => {
    try {
      const type = friendship.type();
      if (type === types.Friendship.Receive) {
        const hello = friendship.hello() ?? '';
        const keyword = config.wechat.friendKeyword;
        if (keyword && !hello.includes(keyword)) {
          log.info({ contact: friendship.contact().id }, 'friend request without the keyword: not accepted');
          return;
        }
        await friendship.accept();
        log.info({ contact: friendship.contact().id }, 'friend request accepted');
      } else if (type === types.Friendship.Confirm) {
        // greet the new friend; the core words the greeting
        const contact = friendship.contact();
        const user = `wx:${contact.id}`;
        guard.submit(user, async () => {
          const answer = await core.reply({ user, text: CORE_PROMPTS.greeting, channel: 'wechat' });
          await send({ contactId: contact.id, contactName: contact.name(), mention: false, text: answer.text });
        });
      }
    } catch (err) {
      log.error({ err }, 'friend request handling failed');
    }
  });

  /* ---------- messages ---------- */

  async function note(p: Omit<Pending, 'text'>, text: string): Promise<void> {
    try {
      await send({ ...p, text });
    } catch (err) {
      log.warn({ err }, 'could not send a guard note');
    }
  }

  /** The room's owner and admins as the puppet reports them (prefixed like STAFF_IDS), never as named. */
  function roomOwnerIds(room: W.Room): string[] {
    const payload = room.payload;
    const ids = [payload?.ownerId, ...(payload?.adminIdList ?? [])].filter((x): x is string => !!x);
    return ids.map((id) => `wx:${id}`);
  }

  async function onMessage(msg: W.Message): Promise<void> {
    if (stopping) return;
    if (dedupe.seen(msg.id)) {
      log.debug({ id: msg.id }, 'duplicate message ignored');
      return;
    }
    if (msg.self()) return;
    if (msg.age() > maxAge) {
      log.debug({ id: msg.id, age: msg.age() }, 'backlog message ignored');
      return;
    }
    const talker = msg.talker();
    if (!talker || IGNORED_IDS.has(talker.id) || talker.type() === types.Contact.Official) return;

    const room = msg.room();
    const isText = msg.type() === types.Message.Text;
    let text = isText ? (msg.text() ?? '') : '';
    let topic: string | undefined;

    if (room) {
      if (!isText) return; // a non-text group message cannot address the bot
      const alias = await room.alias(bot.currentUser).catch(() => undefined);
      const names = [alias, selfName ?? bot.currentUser.name()];
      const mentioned = (await msg.mentionSelf().catch(() => false)) || mentionsName(text, names);
      if (!mentioned) return;
      text = stripMention(text, names);
      if (!text) text = CORE_PROMPTS.greeting; // a bare @mention: greet
      topic = await room.topic().catch(() => undefined);
    }

    const user = `wx:${talker.id}`;
    const group = room ? `wx:${room.id}` : undefined;
    const staff = isStaff(config, user, room ? { id: group!, topic, ownerIds: roomOwnerIds(room) } : undefined);
    const target: Omit<Pending, 'text'> = {
      contactId: talker.id,
      contactName: talker.name(),
      ...(room ? { roomId: room.id, roomTopic: topic } : {}),
      mention: !!room,
    };

    if (!isText) {
      if (!HINT_TYPES.has(msg.type())) return;
      const last = hintAt.get(user);
      if (last !== undefined && Date.now() - last < 60_000) return;
      hintAt.set(user, Date.now());
      if (hintAt.size > 10_000) hintAt.clear();
      const admitted = guard.submit(user, () => send({ ...target, text: NOTES.onlyText }));
      if (!admitted.ok && admitted.notify) void note(target, admitted.reason === 'rate' ? NOTES.rateLimited : NOTES.queueFull);
      return;
    }
    text = text.trim();
    if (!text) return;

    const message: Message = { user, text, channel: 'wechat', ...(group ? { group } : {}), ...(staff ? { staff: true } : {}) };
    const admitted = guard.submit(user, async () => {
      let reply: string;
      let staffOutput = staff;
      try {
        const a = await core.reply(message);
        reply = a.text;
        staffOutput ||= a.kind === 'staff';
      } catch (err) {
        log.error({ err, user }, 'core.reply failed');
        reply = NOTES.error;
      }
      for (const part of splitMessage(reply, maxLen)) await send({ ...target, text: part, ...(staffOutput ? { staff: true } : {}) });
    });
    if (!admitted.ok) {
      log.info({ user, reason: admitted.reason }, 'message dropped by the guard');
      if (admitted.notify) void note(target, admitted.reason === 'rate' ? NOTES.rateLimited : NOTES.queueFull);
    }
  }

  bot.on('message', (msg: W.Message) => {
    onMessage(msg).catch((err) => log.error({ err }, 'message handling failed'));
  });

  const listenersBefore = new Set(process.listeners('uncaughtException'));
  // the puppet's async failures (an unreachable puppet service, a resolver bug) become one log line
  puppetLog = log;
  if (!opts.puppet && !process.listeners('uncaughtException').includes(onPuppetUncaught)) process.on('uncaughtException', onPuppetUncaught);
  await bot.start();
  // wechat4u installs a process-wide uncaughtException handler that prints to stdout (and relies on it
  // to survive its own async errors): keep the survival, move the output to the log on stderr
  const added = process.listeners('uncaughtException').filter((l) => !listenersBefore.has(l) && l !== onPuppetUncaught);
  if (added.length) {
    for (const l of added) process.off('uncaughtException', l);
    if (!process.listeners('uncaughtException').includes(onPuppetUncaught)) process.on('uncaughtException', onPuppetUncaught);
  }
  log.info({ puppet: opts.puppet ? 'injected' : config.wechat.puppet }, '微信通道已启动，等待登录 / WeChat channel started, waiting for login');

  let stopped: Promise<void> | undefined;
  return {
    name: 'wechat',
    bot,
    loggedIn,
    outboxSize: () => outbox.length,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        if (reloginTimer) clearTimeout(reloginTimer);
        await guard.close();
        if (outbox.length) log.warn({ waiting: outbox.length }, 'stopping with replies that never found a login');
        try {
          await bot.stop();
        } catch (err) {
          log.warn({ err }, 'wechaty stop failed');
        }
      })();
      return stopped;
    },
  };
}
