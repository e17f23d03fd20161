/**
 * Telegram channel (grammY). Translates Telegram updates into core messages and answers back.
 * No understanding, no wording beyond the guard notes: /start and /help send "你好"/"帮助" to the core.
 *
 * - Private chats: every text message. Groups: only @mentions of the bot, replies to the bot and
 *   commands addressed to it; the mention is stripped. Messages from bots are ignored.
 * - Auto-retry on 429/5xx with caps (3 attempts, ≤ 30 s wait); per-user rate limit
 *   (@grammyjs/ratelimiter, RATE_LIMIT a minute) with one polite note; per-user serial bounded queue.
 * - Answers over 4096 characters are split at sentence boundaries.
 * - 👍/👎 buttons under answers that carry a turnId; a press goes to core.feedback().
 * - Long polling by default; webhook mode (node:http + webhookCallback) when TELEGRAM_WEBHOOK_URL is set.
 *
 * grammY and its plugins are imported lazily (only when the Telegram channel is on).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Bot, Context, Transformer } from 'grammy';
import type { InlineKeyboardMarkup, Message as TgMessage, MessageEntity, UserFromGetMe } from 'grammy/types';
import { ConfigError, type Config } from '../config.js';
import type { Answer, Core, Message } from '../core/types.js';
import type { Logger } from '../log.js';
import { addSecret } from '../log.js';
import { CORE_PROMPTS, Dedupe, Guard, NOTES, isStaff, splitMessage, type ChannelHandle, type SharedLimiter } from './guard.js';

export const TELEGRAM_MAX_MESSAGE = 4096;
export const FEEDBACK_THANKS = '感谢反馈';
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
/** Auto-retry caps: never retry forever. */
export const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 30 } as const;

export type TelegramConfig = Pick<Config, 'telegram' | 'staffIds' | 'staffGroups' | 'rateLimit'>;

export interface TelegramOptions {
  core: Pick<Core, 'reply' | 'feedback'> & Partial<Pick<Core, 'drafts'>>;
  config: TelegramConfig;
  log: Logger;
  /** Show 👍/👎 buttons under answers (default true; presses go to core.feedback). */
  feedbackButtons?: boolean;
  /** Skips getMe (tests with handleUpdate). */
  botInfo?: UserFromGetMe;
  /** Waiting messages per user besides the one being answered. Default 5. */
  maxQueue?: number;
  /** Extra API transformers installed after auto-retry (tests capture calls with one). */
  transformers?: Transformer[];
  /** How long start waits for getMe before continuing in the background. Default 15 s. */
  initTimeoutMs?: number;
  /** Long-polling timeout in seconds (getUpdates). Default 30. */
  pollTimeoutSeconds?: number;
  /** A rate limit shared by every instance (the PostgreSQL store), checked besides grammY's. */
  limiter?: SharedLimiter;
  /** Webhook mode: answer the update's HTTP request only after the reply is sent (set by startTelegram). */
  awaitReplies?: boolean;
}

export interface TelegramBot {
  bot: Bot;
  guard: Guard;
}

const MEDIA_KEYS = [
  'photo', 'voice', 'audio', 'video', 'video_note', 'sticker', 'document', 'animation', 'contact', 'location',
] as const;

function isFromMe(msg: TgMessage | undefined, me: UserFromGetMe): boolean {
  return !!msg?.from && msg.from.id === me.id;
}

function entitiesOf(msg: TgMessage): { text: string; entities: MessageEntity[] } {
  return { text: msg.text ?? msg.caption ?? '', entities: msg.entities ?? msg.caption_entities ?? [] };
}

function isMentionOfMe(text: string, e: MessageEntity, me: UserFromGetMe): boolean {
  if (e.type === 'mention') return text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.username}`.toLowerCase();
  if (e.type === 'text_mention') return e.user.id === me.id;
  return false;
}

/** Private chats: always. Groups: @mention, text_mention, reply to the bot, or a command for the bot. */
export function isAddressedToBot(msg: TgMessage, me: UserFromGetMe): boolean {
  if (msg.chat.type === 'private') return true;
  if (msg.chat.type === 'channel') return false;
  if (isFromMe(msg.reply_to_message, me)) return true;
  const { text, entities } = entitiesOf(msg);
  for (const e of entities) {
    if (isMentionOfMe(text, e, me)) return true;
    if (e.type === 'bot_command' && e.offset === 0) {
      const cmd = text.slice(0, e.length);
      const at = cmd.indexOf('@');
      if (at >= 0 && cmd.slice(at + 1).toLowerCase() === me.username.toLowerCase()) return true;
    }
  }
  return false;
}

/** The text without mentions of the bot (by entity offsets, so nothing else is touched). */
export function stripBotMention(msg: TgMessage, me: UserFromGetMe): string {
  const { text, entities } = entitiesOf(msg);
  let out = text;
  const mine = entities.filter((e) => isMentionOfMe(text, e, me)).sort((a, b) => b.offset - a.offset);
  for (const e of mine) out = out.slice(0, e.offset) + ' ' + out.slice(e.offset + e.length);
  return out.replace(/\s{2,}/g, ' ').trim();
}

/** Builds the bot and its middleware. No network until the bot is started or an update is handled. */
export async function createTelegramBot(opts: TelegramOptions): Promise<TelegramBot> {
  const { core, config } = opts;
  const buttons = opts.feedbackButtons ?? true;
  const log = opts.log.child({ channel: 'telegram' });
  const token = config.telegram.token;
  if (!token) {
    throw new ConfigError(
      'TELEGRAM_BOT_TOKEN',
      '缺少 TELEGRAM_BOT_TOKEN：请向 @BotFather 申请机器人令牌',
      'TELEGRAM_BOT_TOKEN is missing: get a bot token from @BotFather',
    );
  }
  addSecret(token);

  const [{ Bot }, { autoRetry }, { limit }] = await Promise.all([
    import('grammy'),
    import('@grammyjs/auto-retry'),
    import('@grammyjs/ratelimiter'),
  ]);

  const bot = new Bot(token, {
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
    client: {
      ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot.replace(/\/+$/, '') } : {}),
      timeoutSeconds: 60,
    },
  });
  // Network errors (HttpError) are not retried here: polling retries by itself, and a send that
  // cannot reach Telegram should fail rather than hold the user's queue forever.
  bot.api.config.use(autoRetry({ ...RETRY, rethrowHttpErrors: true }));
  for (const t of opts.transformers ?? []) bot.api.config.use(t);

  const guard = new Guard({
    perMinute: 0, // the grammY rate limiter below counts messages
    maxQueue: opts.maxQueue ?? 5,
    onError: (err, user) => log.error({ err, user }, 'telegram reply failed'),
  });
  const updates = new Dedupe();
  const hintAt = new Map<string, number>();

  const replyParams = (msg: TgMessage) =>
    msg.chat.type === 'private' ? {} : { reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true } };

  async function sendNote(msg: TgMessage, text: string): Promise<void> {
    try {
      await bot.api.sendMessage(msg.chat.id, text, replyParams(msg));
    } catch (err) {
      log.warn({ err }, 'could not send a guard note');
    }
  }

  function keyboardFor(turnId: string | undefined): InlineKeyboardMarkup | undefined {
    if (!buttons || !turnId || Buffer.byteLength(`fb:1:${turnId}`) > 64) return undefined;
    return {
      inline_keyboard: [[
        { text: '👍', callback_data: `fb:1:${turnId}` },
        { text: '👎', callback_data: `fb:0:${turnId}` },
      ]],
    };
  }

  async function answer(msg: TgMessage, text: string, updateId?: number): Promise<void> {
    const from = msg.from!;
    const user = `tg:${from.id}`;
    const group = msg.chat.type === 'private' ? undefined : `tg:${msg.chat.id}`;
    const staff = isStaff(config, user, group ? { id: group } : undefined);
    const message: Message = {
      user, text, channel: 'telegram', ...(group ? { group } : {}), ...(staff ? { staff: true } : {}),
      ...(updateId !== undefined ? { id: `tg:update:${updateId}` } : {}),
    };
    const admitted = guard.submit(user, async () => {
      if (opts.limiter && !(await opts.limiter.hit(user, config.rateLimit))) {
        if (guard.notifyOnce(user)) await sendNote(msg, NOTES.rateLimited);
        return;
      }
      let replyText: string;
      let turnId: string | undefined;
      let chart: Answer['chart'];
      try {
        const a = await core.reply(message);
        replyText = a.text;
        turnId = a.turnId;
        chart = a.chart;
      } catch (err) {
        log.error({ err, user }, 'core.reply failed');
        replyText = NOTES.error;
      }
      const parts = splitMessage(replyText, TELEGRAM_MAX_MESSAGE);
      const keyboard = keyboardFor(turnId);
      for (let i = 0; i < parts.length; i++) {
        const last = i === parts.length - 1;
        await bot.api.sendMessage(msg.chat.id, parts[i]!, {
          ...(i === 0 ? replyParams(msg) : {}),
          ...(last && keyboard ? { reply_markup: keyboard } : {}),
        });
      }
      // a year-over-year answer: its small chart as a photo (rendered lazily, src/chart/png.ts)
      if (chart) {
        try {
          const [{ barChartPng }, { InputFile }] = await Promise.all([import('../chart/png.js'), import('grammy')]);
          await bot.api.sendPhoto(msg.chat.id, new InputFile(await barChartPng(chart), 'chart.png'), { caption: chart.title });
        } catch (err) {
          log.warn({ err }, 'chart not sent');
        }
      }
    });
    if (!admitted.ok) {
      log.info({ user, reason: admitted.reason }, 'message dropped by the guard');
      if (admitted.notify) void sendNote(msg, admitted.reason === 'closed' ? NOTES.shuttingDown : NOTES.queueFull);
    } else if (opts.awaitReplies) {
      // the webhook is acknowledged after the reply: an update whose instance dies is redelivered
      await admitted.done;
    }
  }

  bot.catch((err) => log.error({ err: err.error, update: err.ctx?.update?.update_id }, 'telegram middleware error'));

  // de-duplicate redelivered updates (webhooks retry on slow or failed responses)
  bot.use(async (ctx, next) => {
    if (updates.seen(String(ctx.update.update_id))) return;
    await next();
  });

  // 👍/👎
  bot.callbackQuery(/^fb:([01]):(.+)$/, async (ctx) => {
    const useful = ctx.match[1] === '1';
    const turnId = ctx.match[2]!;
    const user = `tg:${ctx.from.id}`;
    let thanks = FEEDBACK_THANKS;
    try {
      thanks = await core.feedback({ user, useful, turnId });
    } catch (err) {
      log.error({ err, turnId }, 'feedback failed');
    }
    await ctx.answerCallbackQuery({ text: thanks });
    // one vote per answer: remove the buttons
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => {});
  });
  bot.on('callback_query', (ctx) => ctx.answerCallbackQuery().catch(() => {}));

  // only messages addressed to the bot, from people (not bots), go further
  const addressed = bot
    .on('message')
    .filter((ctx) => !ctx.msg.from?.is_bot && !!ctx.msg.from && isAddressedToBot(ctx.msg, ctx.me));

  addressed.use(
    limit<Context, never>({
      timeFrame: 60_000,
      limit: config.rateLimit,
      keyGenerator: (ctx) => (ctx.from ? String(ctx.from.id) : undefined),
      alwaysReply: true,
      onLimitExceeded: (ctx) => {
        const user = `tg:${ctx.from?.id}`;
        if (!guard.notifyOnce(user)) return;
        log.info({ user }, 'rate limit exceeded');
        if (ctx.msg) void sendNote(ctx.msg, NOTES.rateLimited);
      },
    }),
  );

  addressed.command('start', (ctx) => answer(ctx.msg, CORE_PROMPTS.greeting, ctx.update.update_id));
  addressed.command('help', (ctx) => answer(ctx.msg, CORE_PROMPTS.help, ctx.update.update_id));
  addressed.on('message:text', (ctx) => {
    let text = stripBotMention(ctx.msg, ctx.me);
    // "/cmd@ThisBot args" → "/cmd args" (the core sees what the person typed)
    text = text.replace(new RegExp(`^(/\\w+)@${ctx.me.username}\\b`, 'i'), '$1');
    return answer(ctx.msg, text || CORE_PROMPTS.greeting, ctx.update.update_id);
  });
  // a report file: staff get the draft check (src/staff/telegram-draft.ts); others are refused unread
  addressed.on('message:document', async (ctx, next) => {
    const desk = core.drafts;
    if (!desk) return next();
    const msg = ctx.msg;
    const user = `tg:${msg.from.id}`;
    const group = msg.chat.type === 'private' ? undefined : `tg:${msg.chat.id}`;
    const staff = isStaff(config, user, group ? { id: group } : undefined);
    const admitted = guard.submit(user, async () => {
      const { telegramDraft } = await import('../staff/telegram-draft.js');
      const text = await telegramDraft({
        api: bot.api, token, ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}),
        desk, document: msg.document, staff, key: group ?? user, user, log,
      });
      const parts = splitMessage(text, TELEGRAM_MAX_MESSAGE);
      for (let i = 0; i < parts.length; i++) await bot.api.sendMessage(msg.chat.id, parts[i]!, i === 0 ? replyParams(msg) : {});
    });
    if (!admitted.ok && admitted.notify) void sendNote(msg, admitted.reason === 'closed' ? NOTES.shuttingDown : NOTES.queueFull);
  });
  addressed.on('message', async (ctx) => {
    if (!MEDIA_KEYS.some((k) => k in ctx.msg)) return;
    const user = `tg:${ctx.from!.id}`;
    const last = hintAt.get(user);
    if (last !== undefined && Date.now() - last < 60_000) return;
    hintAt.set(user, Date.now());
    if (hintAt.size > 10_000) hintAt.clear();
    await sendNote(ctx.msg, NOTES.onlyText);
  });

  return { bot, guard };
}

export interface TelegramHandle extends ChannelHandle {
  readonly bot: Bot;
  readonly guard: Guard;
  /** Webhook mode: the HTTP server. */
  readonly server?: Server;
}

/** The webhook's secret token, the same for every instance sharing the bot token. */
export function webhookSecret(token: string): string {
  return createHash('sha256').update(`disclosure-bot:${token}`).digest('hex');
}

async function initWithTimeout(bot: Bot, ms: number, log: Logger): Promise<void> {
  const { GrammyError } = await import('grammy');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((r) => {
    timer = setTimeout(() => r('timeout'), ms);
    timer.unref?.();
  });
  try {
    const r = await Promise.race([bot.init().then(() => 'ok' as const), timeout]);
    if (r === 'timeout') log.warn('Telegram 暂时连不上，后台继续重试 / Telegram not reachable yet; retrying in the background');
  } catch (err) {
    if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404)) {
      throw new ConfigError(
        'TELEGRAM_BOT_TOKEN',
        `Telegram 拒绝了 TELEGRAM_BOT_TOKEN（${err.error_code}）：请在 @BotFather 核对或重新生成令牌`,
        `Telegram rejected TELEGRAM_BOT_TOKEN (${err.error_code}): check or regenerate the token with @BotFather`,
      );
    }
    throw err;
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Builds the bot and starts long polling, or the webhook server when TELEGRAM_WEBHOOK_URL is set. */
export async function startTelegram(opts: TelegramOptions): Promise<TelegramHandle> {
  const log = opts.log.child({ channel: 'telegram' });
  const { webhookUrl, webhookPort, token } = opts.config.telegram;
  const { bot, guard } = await createTelegramBot({ ...opts, awaitReplies: opts.awaitReplies ?? Boolean(webhookUrl) });

  if (!opts.botInfo) await initWithTimeout(bot, opts.initTimeoutMs ?? 15_000, log);

  let server: Server | undefined;
  let polling: Promise<void> | undefined;

  if (webhookUrl) {
    const { webhookCallback } = await import('grammy');
    const secret = webhookSecret(token!);
    const handle = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
    const path = new URL(webhookUrl).pathname || '/';
    server = createServer((req, res) => {
      const url = (req.url ?? '/').split('?')[0];
      if (req.method === 'POST' && url === path) {
        handle(req, res).catch((err: unknown) => {
          log.error({ err }, 'webhook update failed');
          if (!res.headersSent) res.writeHead(500).end();
        });
      } else if (req.method === 'GET' && url === '/healthz') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(webhookPort, () => {
        server!.off('error', reject);
        resolve();
      });
    });
    await bot.api.setWebhook(webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ url: webhookUrl, port: webhookPort }, 'Telegram webhook 已启动 / Telegram webhook started');
  } else {
    const started = new Promise<void>((resolve) => {
      polling = bot
        .start({
          allowed_updates: [...ALLOWED_UPDATES],
          timeout: opts.pollTimeoutSeconds ?? 30,
          onStart: (me) => {
            log.info({ bot: me.username }, `Telegram 长轮询已启动：@${me.username} / Telegram long polling started`);
            resolve();
          },
        })
        .catch((err: unknown) => {
          const code = (err as { error_code?: number }).error_code;
          if (code === 409) {
            log.error(
              { err },
              'Telegram 409：另一个实例正在用同一令牌长轮询，多实例请改用 webhook（TELEGRAM_WEBHOOK_URL） / another instance polls with this token; use webhook mode for several instances',
            );
          } else {
            log.error({ err }, 'Telegram 长轮询已停止 / Telegram long polling stopped');
          }
          resolve();
        });
    });
    // do not wait forever for a slow network: polling keeps retrying in the background
    await Promise.race([started, new Promise((r) => setTimeout(r, opts.initTimeoutMs ?? 15_000).unref?.())]);
  }

  let stopped: Promise<void> | undefined;
  return {
    name: 'telegram',
    bot,
    guard,
    server,
    stop() {
      stopped ??= (async () => {
        if (server) {
          const s = server;
          await new Promise<void>((r) => s.close(() => r()));
        } else if (bot.isRunning()) {
          await bot.stop().catch((err: unknown) => log.warn({ err }, 'bot.stop failed'));
          await polling;
        }
        await guard.close();
      })();
      return stopped;
    },
  };
}
