/**
 * Telegram channel with the real grammY: long polling (bot.start) against a fake Bot API server on
 * 127.0.0.1, a 429 answered by a retry, group routing, splitting, 👍/👎 feedback, webhook mode; and
 * handleUpdate unit tests (commands, replies to the bot, hints, rate limit, flood, staff).
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import { NOTES } from '../../src/channels/guard.js';
import {
  FEEDBACK_THANKS,
  RETRY,
  createTelegramBot,
  startTelegram,
  webhookSecret,
  type TelegramConfig,
  type TelegramHandle,
} from '../../src/channels/telegram.js';
import { createCore } from '../../src/core/bot.js';
import type { Core } from '../../src/core/types.js';
import { BOT, FakeTelegram, callback, message } from './fake-telegram.js';
import { fakeCore, memoryLogger, sleep, until, type FakeCore } from './helpers.js';

const TOKEN = '123456789:AAE_fake_token_for_tests_0123456789ab';

function config(apiRoot: string, extra: Partial<TelegramConfig> = {}): TelegramConfig {
  return {
    telegram: { token: TOKEN, apiRoot, webhookPort: 8080 },
    staffIds: ['tg:7'],
    staffGroups: ['tg:-100777'],
    rateLimit: 20,
    ...extra,
  };
}


describe('Telegram long polling against a fake Bot API server', () => {
  let api: FakeTelegram;
  let core: FakeCore;
  let handle: TelegramHandle;

  beforeAll(async () => {
    api = await new FakeTelegram().start();
    core = fakeCore({ text: (m) => (m.text === '长答案' ? LONG : `答：${m.text}`) });
    handle = await startTelegram({ core, config: config(api.apiRoot), log: memoryLogger().log, pollTimeoutSeconds: 1 });
  });

  afterAll(async () => {
    await handle?.stop();
    expect(handle.bot.isRunning()).toBe(false);
    await api?.close();
  });

  const LONG = Array.from({ length: 300 }, (_, i) => `第${i + 1}项：本年度共办理依申请公开事项若干件，均在法定期限内答复。`).join('');

  test('getMe, deleteWebhook, then getUpdates long polling', async () => {
    await until(() => api.calls.some((c) => c.method === 'getUpdates'), 5_000, 'getUpdates');
    const methods = api.calls.map((c) => c.method);
    expect(handle.bot.isRunning()).toBe(true);
    expect(methods).toContain('getMe');
    expect(methods).toContain('deleteWebhook');
    expect(methods).toContain('getUpdates');
  });

  test('a private text → an answer with 👍/👎 buttons carrying the turnId', async () => {
    api.push(message({ from: 101, text: '2022年主动公开了多少文件？' }));
    await until(() => api.sent().some((c) => c.payload.chat_id === 101), 5_000, 'sendMessage');
    const call = api.sent().find((c) => c.payload.chat_id === 101)!;
    expect(call.payload.text).toBe('答：2022年主动公开了多少文件？');
    const buttons = call.payload.reply_markup.inline_keyboard[0];
    expect(buttons.map((b: { text: string }) => b.text)).toEqual(['👍', '👎']);
    expect(buttons[0].callback_data).toMatch(/^fb:1:t\d+$/);
    const m = core.received.find((r) => r.user === 'tg:101')!;
    expect(m).toMatchObject({ channel: 'telegram', text: '2022年主动公开了多少文件？' });
    expect(m.group).toBeUndefined();
  });

  test('a 429 with retry_after is answered by a retry', async () => {
    api.script('sendMessage', {
      status: 429,
      body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
    });
    api.push(message({ from: 102, text: '咨询电话是多少' }));
    await until(() => api.sent().some((c) => c.payload.chat_id === 102), 10_000, 'the retried sendMessage');
    const attempts = api.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === 102);
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
  });

  test('auto-retry is capped: a 429 asking to wait longer than 30 s is not retried', async () => {
    api.script('sendMessage', {
      status: 429,
      body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 120', parameters: { retry_after: 120 } },
    });
    api.push(message({ from: 106, text: '要等很久吗' }));
    await until(() => api.calls.some((c) => c.method === 'sendMessage' && c.payload.chat_id === 106), 5_000, 'the attempt');
    await handle.guard.idle('tg:106');
    const attempts = api.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === 106);
    expect(attempts.map((c) => c.status)).toEqual([429]);
    expect(RETRY).toEqual({ maxRetryAttempts: 3, maxDelaySeconds: 30 });
  });

  test('group without mention → silence; with @mention → an answer to the stripped text, as a reply', async () => {
    api.push(message({ from: 103, group: true, chat: -100_103, text: '大家好，今天几点开会' }));
    api.push(message({ from: 104, group: true, chat: -100_103, text: '@disclosure_test_bot 去年行政复议几起？' }));
    await until(() => api.sent().some((c) => c.payload.chat_id === -100_103), 5_000, 'the group answer');
    await sleep(50);
    const sent = api.sent().filter((c) => c.payload.chat_id === -100_103);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload.text).toBe('答：去年行政复议几起？');
    expect(sent[0]!.payload.reply_parameters.message_id).toBeGreaterThan(0);
    expect(core.received.some((r) => r.user === 'tg:103')).toBe(false);
    expect(core.received.find((r) => r.user === 'tg:104')).toMatchObject({ text: '去年行政复议几起？', group: 'tg:-100103' });
  });

  test('a long answer is split into ≤4096-character messages at sentence boundaries', async () => {
    expect(LONG.length).toBeGreaterThan(8192);
    api.push(message({ from: 105, text: '长答案' }));
    await until(() => api.sent().filter((c) => c.payload.chat_id === 105).length >= 3, 5_000, 'three parts');
    await sleep(50);
    const parts = api.sent().filter((c) => c.payload.chat_id === 105);
    for (const p of parts) {
      expect(p.payload.text.length).toBeLessThanOrEqual(4096);
      expect(p.payload.text.endsWith('。')).toBe(true);
    }
    expect(parts.map((p) => p.payload.text).join('')).toBe(LONG);
    // buttons only under the last part
    expect(parts.slice(0, -1).every((p) => p.payload.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)!.payload.reply_markup).toBeDefined();
  });

  test('👍 → core.feedback with the turnId; the query is answered with the core\'s thanks', async () => {
    const answer = api.sent().find((c) => c.payload.chat_id === 101)!;
    const data = answer.payload.reply_markup.inline_keyboard[0][0].callback_data as string;
    api.push(callback(data, 101, 101));
    await until(() => core.feedbackCalls.length > 0, 5_000, 'feedback');
    expect(core.feedbackCalls[0]).toEqual({ turnId: data.slice(5), user: 'tg:101', useful: true });
    await until(() => api.calls.some((c) => c.method === 'answerCallbackQuery'), 5_000, 'answerCallbackQuery');
    expect(api.calls.find((c) => c.method === 'answerCallbackQuery')!.payload.text).toBe(FEEDBACK_THANKS);
    await until(() => api.calls.some((c) => c.method === 'editMessageReplyMarkup'), 5_000, 'buttons removed');
  });
});

/* ---------------------------------------------------------------- */
/* handleUpdate unit tests                                           */
/* ---------------------------------------------------------------- */

interface Captured {
  method: string;
  payload: Record<string, any>;
}

/** An API transformer that answers every call locally (no network). */
function capture(calls: Captured[]): Transformer {
  let id = 5000;
  return (async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, any> });
    const result = method === 'sendMessage' ? { message_id: id++, date: 0, chat: { id: (payload as any).chat_id, type: 'private' }, text: (payload as any).text } : true;
    return { ok: true, result };
  }) as Transformer;
}

async function offlineBot(core: Pick<Core, 'reply' | 'feedback'>, extra: Partial<TelegramConfig> = {}, maxQueue?: number) {
  const calls: Captured[] = [];
  const { bot, guard } = await createTelegramBot({
    core,
    config: config('http://127.0.0.1:9', extra),
    log: memoryLogger().log,
    botInfo: BOT,
    transformers: [capture(calls)],
    ...(maxQueue !== undefined ? { maxQueue } : {}),
  });
  const handle = (u: Update) => bot.handleUpdate(u);
  const sent = (chat?: number) => calls.filter((c) => c.method === 'sendMessage' && (chat === undefined || c.payload.chat_id === chat));
  return { bot, guard, calls, handle, sent };
}

describe('Telegram handleUpdate', () => {
  test('/start and /help ask the core with “你好” and “帮助”', async () => {
    const core = fakeCore();
    const t = await offlineBot(core);
    await t.handle(message({ from: 201, text: '/start' }));
    await t.handle(message({ from: 201, text: '/help' }));
    await t.guard.idle();
    expect(core.received.map((m) => m.text)).toEqual(['你好', '帮助']);
    expect(t.sent(201).map((c) => c.payload.text)).toEqual(['答：你好', '答：帮助']);
  });

  test('groups: a reply to the bot is answered; a command for another bot and a message from a bot are not', async () => {
    const core = fakeCore();
    const t = await offlineBot(core);
    await t.handle(message({ from: 202, group: true, text: '那去年呢？', replyToBot: true }));
    await t.handle(message({ from: 203, group: true, text: '/help@other_bot' }));
    await t.handle(message({ from: 204, group: true, text: '@disclosure_test_bot 你好', fromBot: true }));
    await t.handle(message({ from: 205, group: true, text: '/help@disclosure_test_bot' }));
    await t.guard.idle();
    expect(core.received.map((m) => `${m.user}:${m.text}`)).toEqual(['tg:202:那去年呢？', 'tg:205:帮助']);
  });

  test('a sticker in a private chat → one hint that only text is understood', async () => {
    const core = fakeCore();
    const t = await offlineBot(core);
    await t.handle(message({ from: 206, sticker: true }));
    await t.handle(message({ from: 206, sticker: true }));
    expect(t.sent(206).map((c) => c.payload.text)).toEqual([NOTES.onlyText]);
    expect(core.received).toHaveLength(0);
  });

  test('staff: a staff user, or anyone in a staff group, is marked staff', async () => {
    const core = fakeCore();
    const t = await offlineBot(core);
    await t.handle(message({ from: 7, text: '统计' }));
    await t.handle(message({ from: 8, text: '统计' }));
    await t.handle(message({ from: 9, group: true, chat: -100_777, text: '@disclosure_test_bot 统计' }));
    await t.guard.idle();
    expect(core.received.map((m) => [m.user, m.staff ?? false])).toEqual([
      ['tg:7', true],
      ['tg:8', false],
      ['tg:9', true],
    ]);
  });

  test('rate limit per user: RATE_LIMIT answers, then one polite note; others unaffected', async () => {
    const core = fakeCore();
    const t = await offlineBot(core, { rateLimit: 3 }, 100);
    for (let i = 0; i < 10; i++) await t.handle(message({ from: 210, text: `问题${i}` }));
    await t.handle(message({ from: 211, text: '别人的问题' }));
    await t.guard.idle();
    const texts = t.sent(210).map((c) => c.payload.text);
    expect(texts.filter((x) => x.startsWith('答：'))).toEqual(['答：问题0', '答：问题1', '答：问题2']);
    expect(texts.filter((x) => x === NOTES.rateLimited)).toHaveLength(1);
    expect(t.sent(211).map((c) => c.payload.text)).toEqual(['答：别人的问题']);
  });

  test('flood: 1,000 messages from one user; a second user is answered before the flood queue drains', async () => {
    const core = fakeCore();
    // the flood user's answers wait at a gate, so their queue cannot drain until the end
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const reply = core.reply;
    core.reply = async (m) => {
      if (m.user === 'tg:301') await gate;
      return reply(m);
    };
    const t = await offlineBot(core, { rateLimit: 20 }, 5);
    for (let i = 0; i < 1000; i++) await t.handle(message({ from: 301, text: `刷屏${i}` }));
    expect(t.guard.queued('tg:301')).toBe(5); // one in flight, five waiting, the rest dropped
    // exactly one polite note for the 994 dropped messages (queue full first, then the rate limit)
    expect(t.sent(301).map((c) => c.payload.text)).toEqual([NOTES.queueFull]);

    await t.handle(message({ from: 302, text: '公开指南在哪里看' }));
    await t.guard.idle('tg:302');
    expect(t.sent(302).map((c) => c.payload.text)).toEqual(['答：公开指南在哪里看']);
    expect(t.guard.queued('tg:301')).toBe(5); // answered while the flood queue is still full
    expect(t.sent(301).filter((c) => c.payload.text.startsWith('答：'))).toHaveLength(0);

    open();
    await t.guard.idle();
    const answers = t.sent(301).filter((c) => c.payload.text.startsWith('答：')).map((c) => c.payload.text);
    expect(answers).toEqual(['答：刷屏0', '答：刷屏1', '答：刷屏2', '答：刷屏3', '答：刷屏4', '答：刷屏5']);
  });

  test('a failing core: a short apology, and the user’s queue goes on', async () => {
    const core = fakeCore();
    const reply = core.reply;
    let first = true;
    core.reply = async (m) => {
      if (first) {
        first = false;
        throw new Error('boom');
      }
      return reply(m);
    };
    const t = await offlineBot(core);
    await t.handle(message({ from: 220, text: 'a' }));
    await t.handle(message({ from: 220, text: 'b' }));
    await t.guard.idle();
    expect(t.sent(220).map((c) => c.payload.text)).toEqual([NOTES.error, '答：b']);
  });

  test('with the real core: a non-empty answer routed to the asker', async () => {
    const core = await createCore({});
    const t = await offlineBot(core);
    await t.handle(message({ from: 230, text: '你好' }));
    await t.guard.idle();
    const sent = t.sent(230);
    expect(sent).toHaveLength(1);
    expect(String(sent[0]!.payload.text).trim().length).toBeGreaterThan(0);
    await core.close();
  });
});

describe('Telegram start errors', () => {
  test('a token Telegram rejects (401) stops the start with a ConfigError naming TELEGRAM_BOT_TOKEN', async () => {
    const api = await new FakeTelegram().start();
    api.script('getMe', { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    try {
      await expect(startTelegram({ core: fakeCore(), config: config(api.apiRoot), log: memoryLogger().log })).rejects.toMatchObject({
        name: 'ConfigError',
        variable: 'TELEGRAM_BOT_TOKEN',
      });
    } finally {
      await api.close();
    }
  });
});

/* ---------------------------------------------------------------- */
/* Webhook mode                                                      */
/* ---------------------------------------------------------------- */

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('Telegram webhook mode', () => {
  test('setWebhook with a secret; updates POSTed with the secret are answered, others refused', async () => {
    const api = await new FakeTelegram().start();
    const port = await freePort();
    const core = fakeCore();
    const url = `http://127.0.0.1:${port}/telegram`;
    const handle = await startTelegram({
      core,
      config: { ...config(api.apiRoot), telegram: { token: TOKEN, apiRoot: api.apiRoot, webhookUrl: url, webhookPort: port } },
      log: memoryLogger().log,
    });
    try {
      const set = api.calls.find((c) => c.method === 'setWebhook')!;
      expect(set.payload.url).toBe(url);
      expect(set.payload.secret_token).toBe(webhookSecret(TOKEN));

      const update = message({ from: 401, text: '网址是什么' });
      const bad = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(update) });
      expect(bad.status).toBe(401);
      const ok = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret(TOKEN) },
        body: JSON.stringify(update),
      });
      expect(ok.status).toBe(200);
      await until(() => api.sent().some((c) => c.payload.chat_id === 401), 5_000, 'the webhook answer');
      expect(api.sent().find((c) => c.payload.chat_id === 401)!.payload.text).toBe('答：网址是什么');
      // a redelivered update is answered once
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret(TOKEN) },
        body: JSON.stringify(update),
      });
      await handle.guard.idle();
      expect(api.sent().filter((c) => c.payload.chat_id === 401)).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await handle.stop();
      await api.close();
    }
  });
});
