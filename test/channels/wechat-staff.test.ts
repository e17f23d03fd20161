/**
 * Staff identity in WeChat by id only (issue 14, item 1), on the real wechaty with wechaty-puppet-mock.
 * The spoofing cases of the probe: a group named after the staff room's id ("wx:<id>") or after a
 * Telegram staff group ("tg:-100…"), a group copying the staff group's topic, a staff member writing in
 * a citizens' group, and a contact named like a staff id. None of them may reach staff commands.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import * as PUPPET from 'wechaty-puppet';
import { isStaff } from '../../src/channels/guard.js';
import { startWechat, type WechatHandle } from '../../src/channels/wechat.js';
import type { Answer, Message } from '../../src/core/types.js';
import { fakeCore, memoryLogger, until, type FakeCore } from './helpers.js';

const BOT_NAME = '政务小助手';
const STAFF_ROOM = 'real-staff-room@chatroom';
const STAFF_TOPIC = '政务公开工作群';

describe('WeChat staff identity: ids, never names', () => {
  let core: FakeCore;
  let mocker: mock.Mocker;
  let handle: WechatHandle;
  let self: mock.ContactMock;
  let staffer: mock.ContactMock;
  const sent: Array<{ to: string; text: string }> = [];
  let n = 0;
  const config = {
    wechat: { puppet: 'wechaty-puppet-mock' },
    staffIds: [] as string[],
    staffGroups: [`wx:${STAFF_ROOM}`, 'tg:-1001234567890', STAFF_TOPIC],
    rateLimit: 100,
    logLevel: 'warn' as const,
  };
  const contact = (name = `市民${++n}`) => mocker.createContact({ name });
  const received = (c: mock.ContactMock) => core.received.filter((m) => m.user === `wx:${c.id}`);

  beforeAll(async () => {
    // staff commands answer with kind "staff": the channel must then deliver by id only
    core = fakeCore();
    const reply = core.reply.bind(core);
    core.reply = async (m: Message): Promise<Answer> => {
      const a = await reply(m);
      return m.text.startsWith('/') && m.staff ? { ...a, kind: 'staff', text: `工作人员输出：${m.text}` } : a;
    };
    mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    const realSend = puppet.messageSendText.bind(puppet);
    vi.spyOn(puppet, 'messageSendText').mockImplementation(async (to: string, text: string) => {
      sent.push({ to, text });
      return realSend(to, text);
    });
    handle = await startWechat({ core, log: memoryLogger('warn').log, puppet, session: null, showQr: () => {}, config });
    self = mocker.createContact({ name: BOT_NAME });
    mocker.login(self);
    await handle.loggedIn;
    staffer = contact('王科长');
    config.staffIds.push(`wx:${staffer.id}`);
  }, 60_000);

  afterAll(async () => {
    await handle?.stop();
  });

  async function ask(from: mock.ContactMock, room: mock.RoomMock, text = '/unanswered'): Promise<Message> {
    const before = received(from).length;
    from.say(`@${BOT_NAME}\u2005${text}`, [self]).to(room);
    await until(() => received(from).length > before, 5_000, 'the message to reach the core');
    return received(from).at(-1)!;
  }

  test('the real staff room (by id) is staff, whatever its topic', async () => {
    const member = contact();
    const room = mocker.createRoom({ id: STAFF_ROOM, topic: '随便改的群名', memberIdList: [self.id, member.id] });
    expect((await ask(member, room)).staff).toBe(true);
    await until(() => sent.some((s) => s.to === STAFF_ROOM && s.text.includes('工作人员输出')), 5_000, 'the staff output');
  });

  test('a group NAMED "wx:<staff room id>" is not staff', async () => {
    const attacker = contact();
    const room = mocker.createRoom({ id: 'evil-1@chatroom', topic: `wx:${STAFF_ROOM}`, memberIdList: [self.id, attacker.id] });
    expect((await ask(attacker, room)).staff).toBeUndefined();
  });

  test('a group named after the bare room id, or after a Telegram staff group, is not staff', async () => {
    const attacker = contact();
    const r1 = mocker.createRoom({ id: 'evil-2@chatroom', topic: STAFF_ROOM, memberIdList: [self.id, attacker.id] });
    const r2 = mocker.createRoom({ id: 'evil-3@chatroom', topic: 'tg:-1001234567890', memberIdList: [self.id, attacker.id] });
    expect((await ask(attacker, r1)).staff).toBeUndefined();
    expect((await ask(attacker, r2, '/stats')).staff).toBeUndefined();
  });

  test('a copy of the staff topic owned by a citizen is not staff', async () => {
    const attacker = contact();
    const room = mocker.createRoom({ id: 'evil-4@chatroom', topic: STAFF_TOPIC, ownerId: attacker.id, memberIdList: [self.id, attacker.id, staffer.id] });
    expect((await ask(attacker, room, '/reload')).staff).toBeUndefined();
    // even a staff member in it: the owner is not staff, so the group is not the staff group
    expect((await ask(staffer, room)).staff).toBeUndefined();
  });

  test('the staff topic with a staff owner (verified by the puppet) is staff', async () => {
    const member = contact();
    const room = mocker.createRoom({ id: 'unstable-id-1@chatroom', topic: STAFF_TOPIC, ownerId: staffer.id, memberIdList: [self.id, member.id, staffer.id] });
    expect((await ask(member, room)).staff).toBe(true);
    const admined = mocker.createRoom({ id: 'unstable-id-2@chatroom', topic: STAFF_TOPIC, adminIdList: [staffer.id], memberIdList: [self.id, member.id] });
    expect((await ask(member, admined)).staff).toBe(true);
  });

  test('a staff member in a citizens’ group is not staff there (staff output never goes to that group)', async () => {
    const room = mocker.createRoom({ id: 'citizens@chatroom', topic: '居民群', memberIdList: [self.id, staffer.id] });
    expect((await ask(staffer, room)).staff).toBeUndefined();
    await until(() => sent.some((s) => s.to === room.id), 5_000, 'the answer');
    expect(sent.filter((s) => s.to === room.id).some((s) => s.text.includes('工作人员输出'))).toBe(false);
  });

  test('private: staff by contact id; a contact NAMED like a staff id is not', async () => {
    staffer.say('/unanswered').to(self);
    await until(() => received(staffer).some((m) => !m.group), 5_000, 'the private message');
    expect(received(staffer).find((m) => !m.group)!.staff).toBe(true);
    const impostor = contact(`wx:${staffer.id}`);
    impostor.say('/unanswered').to(self);
    await until(() => received(impostor).length > 0, 5_000, 'the impostor message');
    expect(received(impostor)[0]!.staff).toBeUndefined();
  });
});

describe('isStaff (pure)', () => {
  const cfg = { staffIds: ['wx:boss', 'tg:42'], staffGroups: ['wx:room1@chatroom', 'room2@chatroom', 'tg:-100123', '政务公开工作群'] };
  test.each([
    ['private staff id', 'wx:boss', undefined, true],
    ['private non-staff', 'wx:x', undefined, false],
    ['staff room by prefixed id', 'wx:x', { id: 'wx:room1@chatroom' }, true],
    ['staff room by bare id', 'wx:x', { id: 'wx:room2@chatroom' }, true],
    ['topic spoofing a prefixed id', 'wx:x', { id: 'wx:evil@chatroom', topic: 'wx:room1@chatroom' }, false],
    ['topic spoofing a bare id', 'wx:x', { id: 'wx:evil@chatroom', topic: 'room2@chatroom' }, false],
    ['topic spoofing a Telegram group id', 'wx:x', { id: 'wx:evil@chatroom', topic: 'tg:-100123' }, false],
    ['staff topic, no owner known', 'wx:x', { id: 'wx:r@chatroom', topic: '政务公开工作群' }, false],
    ['staff topic, citizen owner', 'wx:x', { id: 'wx:r@chatroom', topic: '政务公开工作群', ownerIds: ['wx:x'] }, false],
    ['staff topic, staff owner', 'wx:x', { id: 'wx:r@chatroom', topic: '政务公开工作群', ownerIds: ['wx:boss'] }, true],
    ['staff user in a non-staff group', 'wx:boss', { id: 'wx:r@chatroom', topic: '居民群' }, false],
    ['Telegram staff group', 'tg:9', { id: 'tg:-100123' }, true],
    ['Telegram staff user in another group', 'tg:42', { id: 'tg:-100999' }, false],
  ] as const)('%s', (_name, user, group, expected) => {
    expect(isStaff(cfg, user, group as never)).toBe(expected);
  });
});
