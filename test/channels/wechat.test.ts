/**
 * WeChat channel with the real wechaty and wechaty-puppet-mock (offline): private and group routing,
 * mention stripping, silence where due, non-text hint, duplicates, backlog, staff, friend requests,
 * replies kept across a logout. CI covers WeChat with this mock puppet only.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import * as PUPPET from 'wechaty-puppet';
import { NOTES } from '../../src/channels/guard.js';
import { startWechat, type WechatHandle } from '../../src/channels/wechat.js';
import { createCore } from '../../src/core/bot.js';
import type { Core } from '../../src/core/types.js';
import { fakeCore, memoryLogger, sleep, until, type FakeCore } from './helpers.js';

interface Sent {
  to: string;
  text: string;
}

const BOT_NAME = '政务小助手';
const STAFF_TOPIC = '政务公开工作群';

async function boot(core: Core, extra: { friendKeyword?: string } = {}) {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const sent: Sent[] = [];
  const realSend = puppet.messageSendText.bind(puppet);
  vi.spyOn(puppet, 'messageSendText').mockImplementation(async (to: string, text: string) => {
    sent.push({ to, text });
    return realSend(to, text);
  });
  const { log, lines } = memoryLogger('debug');
  const qrCodes: string[] = [];
  const config = {
    wechat: { puppet: 'wechaty-puppet-mock', ...(extra.friendKeyword ? { friendKeyword: extra.friendKeyword } : {}) },
    staffIds: [] as string[],
    staffGroups: [STAFF_TOPIC],
    rateLimit: 20,
    logLevel: 'warn' as const,
  };
  const handle = await startWechat({
    core,
    log,
    puppet,
    session: null,
    reloginDelayMs: 60_000,
    showQr: (qr) => qrCodes.push(qr),
    config,
  });
  mocker.scan('https://login.weixin.qq.com/l/mock-qr', PUPPET.types.ScanStatus.Waiting);
  const self = mocker.createContact({ name: BOT_NAME });
  mocker.login(self);
  await handle.loggedIn; // the mock never emits `ready`: wait for `login`
  return { mocker, puppet, handle, self, sent, lines, qrCodes, config };
}

/** Emits a message with an exact payload (own id and timestamp). */
function emitRaw(mocker: mock.Mocker, puppet: PuppetMock, payload: Partial<PUPPET.payloads.Message> & { id: string; talkerId: string }, times = 1) {
  mocker.MessageMock.create({
    timestamp: Date.now(),
    type: PUPPET.types.Message.Text,
    ...payload,
  } as PUPPET.payloads.Message);
  for (let i = 0; i < times; i++) puppet.emit('message', { messageId: payload.id });
}

describe('WeChat channel (wechaty-puppet-mock)', () => {
  let core: FakeCore;
  let env: Awaited<ReturnType<typeof boot>>;
  let n = 0;
  const newContact = (payload: Partial<PUPPET.payloads.Contact> = {}) =>
    env.mocker.createContact({ name: `市民${++n}`, ...payload });
  const repliesTo = (id: string) => env.sent.filter((s) => s.to === id);

  beforeAll(async () => {
    core = fakeCore();
    env = await boot(core, { friendKeyword: '政务' });
  }, 60_000);

  afterAll(async () => {
    await env?.handle.stop();
  });

  test('private question → answer', async () => {
    const citizen = newContact();
    citizen.say('2022年收到多少政府信息公开申请？').to(env.self);
    await until(() => repliesTo(citizen.id).length > 0, 5_000, 'a private answer');
    expect(repliesTo(citizen.id)[0]!.text).toBe('答：2022年收到多少政府信息公开申请？');
    const m = core.received.find((r) => r.user === `wx:${citizen.id}`)!;
    expect(m).toMatchObject({ channel: 'wechat', text: '2022年收到多少政府信息公开申请？' });
    expect(m.group).toBeUndefined();
    expect(m.staff).toBeUndefined();
  });

  test('login: the QR code of a scan event is shown', () => {
    expect(env.qrCodes).toEqual(['https://login.weixin.qq.com/l/mock-qr']);
  });

  test('a configured staff contact id sets staff', async () => {
    const staffer = newContact();
    env.config.staffIds.push(`wx:${staffer.id}`);
    staffer.say('统计').to(env.self);
    await until(() => repliesTo(staffer.id).length > 0, 5_000, 'the answer');
    expect(core.received.find((r) => r.user === `wx:${staffer.id}`)!.staff).toBe(true);
  });

  test('group with @mention → answer; the core gets the text without the mention; a staff group sets staff', async () => {
    const citizen = newContact();
    // a topic entry of STAFF_GROUPS counts only with a staff owner, as the puppet reports it
    const owner = newContact();
    env.config.staffIds.push(`wx:${owner.id}`);
    const room = env.mocker.createRoom({ id: 'staff-room@chatroom', topic: STAFF_TOPIC, ownerId: owner.id, memberIdList: [env.self.id, citizen.id, owner.id] });
    citizen.say(`@${BOT_NAME}\u2005依申请公开办理了多少件`, [env.self]).to(room);
    await until(() => repliesTo(room.id).length > 0, 5_000, 'a group answer');
    const m = core.received.find((r) => r.user === `wx:${citizen.id}`)!;
    expect(m.text).toBe('依申请公开办理了多少件');
    expect(m.group).toBe(`wx:${room.id}`);
    expect(m.staff).toBe(true);
    expect(repliesTo(room.id)[0]!.text).toContain('答：依申请公开办理了多少件');
  });

  test('group: "@昵称" in the text counts when the mention list misses it', async () => {
    const citizen = newContact();
    const room = env.mocker.createRoom({ id: 'plain-room@chatroom', topic: '居民群', memberIdList: [env.self.id, citizen.id] });
    citizen.say(`@${BOT_NAME} 行政复议有几起`).to(room); // no mention list
    await until(() => repliesTo(room.id).length > 0, 5_000, 'a group answer');
    const m = core.received.find((r) => r.user === `wx:${citizen.id}`)!;
    expect(m.text).toBe('行政复议有几起');
    expect(m.staff).toBeUndefined();
  });

  test('group without mention → silence', async () => {
    const citizen = newContact();
    const room = env.mocker.createRoom({ id: 'quiet-room@chatroom', topic: '闲聊', memberIdList: [env.self.id, citizen.id] });
    citizen.say('大家好，今天开会吗').to(room);
    // a control question afterwards, answered: the first one had its chance
    const control = newContact();
    control.say('控制问题').to(env.self);
    await until(() => repliesTo(control.id).length > 0, 5_000, 'the control answer');
    await sleep(50);
    expect(repliesTo(room.id)).toHaveLength(0);
    expect(core.received.some((r) => r.user === `wx:${citizen.id}`)).toBe(false);
  });

  test('non-text (image, voice) → one short hint that only text is understood', async () => {
    const citizen = newContact();
    emitRaw(env.mocker, env.puppet, { id: `img-${n}`, talkerId: citizen.id, listenerId: env.self.id, type: PUPPET.types.Message.Image });
    await until(() => repliesTo(citizen.id).length > 0, 5_000, 'the hint');
    emitRaw(env.mocker, env.puppet, { id: `voice-${n}`, talkerId: citizen.id, listenerId: env.self.id, type: PUPPET.types.Message.Audio });
    await sleep(50);
    expect(repliesTo(citizen.id).map((s) => s.text)).toEqual([NOTES.onlyText]); // one hint, not two
    expect(core.received.some((r) => r.user === `wx:${citizen.id}`)).toBe(false);
  });

  test("the bot's own message → silence", async () => {
    const citizen = newContact();
    const before = core.received.length;
    env.self.say('这是机器人自己发的').to(citizen);
    await sleep(50);
    expect(core.received.length).toBe(before);
    // nor any of the bot's own answers sent earlier in this suite (no reply loops)
    expect(core.received.some((r) => r.user === `wx:${env.self.id}`)).toBe(false);
    expect(repliesTo(citizen.id).filter((s) => s.text !== '这是机器人自己发的')).toHaveLength(0);
  });

  test('official accounts → silence', async () => {
    const official = newContact({ type: PUPPET.types.Contact.Official });
    official.say('本周推送').to(env.self);
    await sleep(50);
    expect(core.received.some((r) => r.user === `wx:${official.id}`)).toBe(false);
  });

  test('a duplicate message id → answered once', async () => {
    const citizen = newContact();
    emitRaw(env.mocker, env.puppet, { id: `dup-${n}`, talkerId: citizen.id, listenerId: env.self.id, text: '重复的问题' }, 3);
    await until(() => repliesTo(citizen.id).length > 0, 5_000, 'the answer');
    await sleep(50);
    expect(repliesTo(citizen.id)).toHaveLength(1);
    expect(core.received.filter((r) => r.user === `wx:${citizen.id}`)).toHaveLength(1);
  });

  test('an old message (login backlog) → silence', async () => {
    const citizen = newContact();
    emitRaw(env.mocker, env.puppet, {
      id: `old-${n}`,
      talkerId: citizen.id,
      listenerId: env.self.id,
      text: '昨天的问题',
      timestamp: Date.now() - 5 * 60_000,
    });
    const control = newContact();
    control.say('新问题').to(env.self);
    await until(() => repliesTo(control.id).length > 0, 5_000, 'the control answer');
    await sleep(30);
    expect(repliesTo(citizen.id)).toHaveLength(0);
  });

  test('friend requests: accepted with the keyword, ignored without it', async () => {
    const accept = vi.spyOn(env.puppet, 'friendshipAccept');
    const withKw = newContact();
    const without = newContact();
    const payloads: Record<string, PUPPET.payloads.Friendship> = {
      'fr-1': { id: 'fr-1', contactId: withKw.id, hello: '我想咨询政务公开', type: PUPPET.types.Friendship.Receive, timestamp: Date.now() } as PUPPET.payloads.Friendship,
      'fr-2': { id: 'fr-2', contactId: without.id, hello: '加个好友', type: PUPPET.types.Friendship.Receive, timestamp: Date.now() } as PUPPET.payloads.Friendship,
    };
    vi.spyOn(env.puppet, 'friendshipRawPayload').mockImplementation(async (id: string) => payloads[id]);
    env.puppet.emit('friendship', { friendshipId: 'fr-1' });
    env.puppet.emit('friendship', { friendshipId: 'fr-2' });
    await until(() => accept.mock.calls.length > 0, 5_000, 'an accept');
    await sleep(50);
    expect(accept.mock.calls.map((c) => c[0])).toEqual(['fr-1']);
  });

  test('a reply produced while logged out is kept and sent after the next login', async () => {
    const citizen = newContact();
    core.hold();
    citizen.say('掉线时的问题').to(env.self);
    await until(() => core.received.some((r) => r.user === `wx:${citizen.id}`), 5_000, 'the question');
    await env.puppet.logout();
    expect(env.handle.bot.isLoggedIn).toBe(false);
    core.release();
    await until(() => env.handle.outboxSize() === 1, 5_000, 'the reply parked in the outbox');
    expect(repliesTo(citizen.id)).toHaveLength(0);
    env.mocker.login(env.self);
    await until(() => repliesTo(citizen.id).length > 0, 5_000, 'the reply after login');
    expect(repliesTo(citizen.id)[0]!.text).toBe('答：掉线时的问题');
    expect(env.handle.outboxSize()).toBe(0);
  });
});

describe('WeChat channel with the real core', () => {
  test('a private question gets a non-empty answer routed back to the asker', async () => {
    const core = await createCore({});
    const env = await boot(core);
    try {
      const citizen = env.mocker.createContact({ name: '李四' });
      citizen.say('你好').to(env.self);
      await until(() => env.sent.some((s) => s.to === citizen.id), 10_000, 'an answer');
      expect(env.sent.find((s) => s.to === citizen.id)!.text.trim().length).toBeGreaterThan(0);
    } finally {
      await env.handle.stop();
      await core.close();
    }
  }, 60_000);
});
