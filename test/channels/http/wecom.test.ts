/**
 * The WeCom self-built app channel against a fake WeCom (documented signing and AES with the corp id)
 * and a fake API root: URL verification, answers by message/send, staff commands for STAFF_IDS
 * wecom:<userid>, group chats by appchat/send, retries answered once, token cached, 401 and 4xx.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fakeCore, until } from '../helpers.js';
import { FakeApi, FakeWecom, nextMsgId } from './fake-platform.js';
import { realCore, serve } from './helpers.js';

const CORP = 'ww1234567890abcdef';
const AGENT = '1000002';
const TOKEN = 'wecomToken99';
const AES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq';
const SECRET = 'app-secret';

const env = (apiRoot: string) => ({
  CHANNELS: 'wecom',
  WECOM_CORP_ID: CORP,
  WECOM_AGENT_ID: AGENT,
  WECOM_TOKEN: TOKEN,
  WECOM_AES_KEY: AES,
  WECOM_SECRET: SECRET,
  WECOM_API_ROOT: apiRoot,
  STAFF_IDS: 'wecom:zhangsan',
  STAFF_GROUPS: 'wecom:wrStaffGroup',
});

type Sent = { touser?: string; chatid?: string; agentid?: number; msgtype: string; text: { content: string } };

describe('wecom with the real core', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let api: FakeApi;
  let wc: FakeWecom;
  const sentTo = (who: string) => api.sent.map((c) => c.body as Sent).filter((b) => b.touser === who || b.chatid === who);
  beforeAll(async () => {
    api = await new FakeApi({ corpId: CORP, corpSecret: SECRET }).start();
    const { core, store } = await realCore();
    server = await serve(core, env(api.url), { store });
    wc = new FakeWecom(server.url, TOKEN, CORP, AES, AGENT);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  test('URL verification returns the decrypted echostr; a bad signature gets 401', async () => {
    const ok = await wc.verifyUrl();
    expect(ok.status).toBe(200);
    expect(ok.body).toBe(ok.echo);
    expect((await wc.verifyUrl({ badSignature: true })).status).toBe(401);
  });

  test('a question in the app chat is answered through message/send', async () => {
    const r = await wc.push(wc.message('lisi', { MsgType: 'text', Content: '政府信息公开咨询电话是多少', MsgId: nextMsgId() }));
    expect(r).toEqual({ status: 200, body: '' });
    await until(() => sentTo('lisi').length === 1, 5_000, 'answer');
    const sent = sentTo('lisi')[0]!;
    expect(sent).toMatchObject({ touser: 'lisi', msgtype: 'text', agentid: Number(AGENT) });
    expect(sent.text.content).toContain('0451-82705546');
  });

  test('staff commands work for a staff userid and are refused to others', async () => {
    await wc.push(wc.message('zhangsan', { MsgType: 'text', Content: '/stats', MsgId: nextMsgId() }));
    await wc.push(wc.message('wangwu', { MsgType: 'text', Content: '/stats', MsgId: nextMsgId() }));
    await until(() => sentTo('zhangsan').length === 1 && sentTo('wangwu').length === 1, 5_000, 'staff replies');
    const staff = sentTo('zhangsan')[0]!.text.content;
    const citizen = sentTo('wangwu')[0]!.text.content;
    expect(staff).not.toEqual(citizen);
    expect(citizen).toMatch(/工作人员|无权|仅限/);
  });

  test('a message from a group chat is answered in the group (appchat/send), staff by group', async () => {
    await wc.push(wc.message('zhaoliu', { MsgType: 'text', Content: '@政务公开助手 /stats', ChatId: 'wrStaffGroup', MsgId: nextMsgId() }));
    await until(() => sentTo('wrStaffGroup').length === 1, 5_000, 'group reply');
    const g = sentTo('wrStaffGroup')[0]!;
    expect(g).toMatchObject({ chatid: 'wrStaffGroup', msgtype: 'text' });
    expect(g.text.content).not.toMatch(/无权|仅限/);
  });

  test('retries of one MsgId are answered once; other types get the only-text note', async () => {
    const msg = wc.message('retry-user', { MsgType: 'text', Content: '地址在哪', MsgId: nextMsgId() });
    for (let i = 0; i < 3; i++) expect((await wc.push(msg)).status).toBe(200);
    await wc.push(wc.message('retry-user', { MsgType: 'image', PicUrl: 'http://x/y.png', MsgId: nextMsgId() }));
    await until(() => sentTo('retry-user').length >= 2, 5_000, 'answers');
    await new Promise((r) => setTimeout(r, 100));
    const texts = sentTo('retry-user').map((b) => b.text.content);
    expect(texts).toHaveLength(2);
    expect(texts.filter((t) => t.includes('只能看懂文字'))).toHaveLength(1);
    expect(api.tokenRequests).toBe(1);
  });

  test('bad signatures, foreign corp ids and broken XML get 4xx, no crash', async () => {
    const m = wc.message('x', { MsgType: 'text', Content: '电话', MsgId: nextMsgId() });
    expect((await wc.push(m, { badSignature: true })).status).toBe(401);
    expect((await wc.push(m, { wrongCorp: true })).status).toBe(401);
    expect((await wc.push(m, { rawBody: '<xml><Encrypt>' })).status).toBe(400);
    expect((await wc.push(m, { rawBody: 'x'.repeat(100_000) })).status).toBe(413);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('wecom: shutdown', () => {
  test('stop() waits for an answer still being written, then it is sent', async () => {
    const api = await new FakeApi({ corpId: CORP, corpSecret: SECRET }).start();
    const core = fakeCore();
    const server = await serve(core, env(api.url));
    const wc = new FakeWecom(server.url, TOKEN, CORP, AES, AGENT);
    try {
      core.hold();
      await wc.push(wc.message('late', { MsgType: 'text', Content: '你好', MsgId: nextMsgId() }));
      await until(() => core.received.length === 1);
      const stopping = server.stop();
      core.release();
      await stopping;
      expect(api.sent.map((c) => (c.body as Sent).text.content)).toEqual(['答：你好']);
    } finally {
      await server.stop();
      await api.close();
    }
  });
});
