/**
 * The Official Account channel against a fake WeChat platform that signs and encrypts as documented
 * (node:crypto, independent of the server's @wecom/crypto), posting to the running server (port 0):
 * URL verification, plaintext mode, 安全模式 and 兼容模式, passive replies, retries answered once,
 * 客服消息 through a fake API root when the answer is slow or long (token cached and refreshed),
 * events and message types, bad signatures (401) and bad XML (4xx, no crash). Also the crypto against
 * a real pushed message.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { open, seal, sign } from '../../../src/channels/http/crypto.js';
import { parseXml } from '../../../src/channels/http/xml.js';
import { fakeCore, until } from '../helpers.js';
import { FakeApi, FakeWechat, docDecrypt, docEncrypt, nextMsgId, signPlain } from './fake-platform.js';
import { realCore, serve } from './helpers.js';

const SAMPLE = JSON.parse(readFileSync(new URL('../../fixtures/wxbizmsgcrypt-sample.json', import.meta.url), 'utf8')) as {
  appId: string;
  encodingAESKey: string;
  token: string;
  encrypt: string;
  plaintext: string;
};

const TOKEN = 'weixinToken2024';
const APPID = 'wx1234567890abcdef';
const SECRET = 'secret-of-the-account';
const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe('WXBizMsgCrypt', () => {
  test('decrypts a real pushed message to its published plaintext', () => {
    expect(open(SAMPLE.encodingAESKey, SAMPLE.encrypt, SAMPLE.appId)).toBe(SAMPLE.plaintext);
    expect(docDecrypt(SAMPLE.encodingAESKey, SAMPLE.encrypt)).toEqual({ message: SAMPLE.plaintext, id: SAMPLE.appId });
    expect(parseXml(SAMPLE.plaintext)).toMatchObject({ MsgType: 'text', Content: 'Hello World!', MsgId: '6454409035319957426' });
  });

  test('refuses a message encrypted for another appid', () => {
    expect(() => open(SAMPLE.encodingAESKey, SAMPLE.encrypt, 'wxsomeoneelse')).toThrow(/not wxsomeoneelse/);
  });

  test('our encryption is read by the documented scheme, and the other way round', () => {
    const text = '<xml><Content><![CDATA[你好，世界]]></Content></xml>';
    expect(docDecrypt(AES, seal(AES, text, APPID))).toEqual({ message: text, id: APPID });
    expect(open(AES, docEncrypt(AES, text, APPID), APPID)).toBe(text);
    expect(sign(TOKEN, '1', '2')).toBe(signPlain(TOKEN, '1', '2'));
  });
});

describe('wechat-mp with the real core', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let wx: FakeWechat;
  let api: FakeApi;
  beforeAll(async () => {
    api = await new FakeApi({ appId: APPID, secret: SECRET }).start();
    const { core, store } = await realCore();
    server = await serve(
      core,
      { CHANNELS: 'wechat-mp', WECHAT_MP_TOKEN: TOKEN, WECHAT_MP_APPID: APPID, WECHAT_MP_AES_KEY: AES, WECHAT_MP_SECRET: SECRET, WECHAT_API_ROOT: api.url },
      { store },
    );
    wx = new FakeWechat(server.url, TOKEN, APPID, AES);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  test('URL verification echoes echostr; a bad signature gets 401', async () => {
    expect(await wx.verifyUrl()).toEqual({ status: 200, body: '4587156219284813542' });
    expect((await wx.verifyUrl({ badSignature: true })).status).toBe(401);
  });

  test('plaintext mode: a text message gets a passive XML reply from the report', async () => {
    const r = await wx.push(wx.message('oUser1', { MsgType: 'text', Content: '政府信息公开咨询电话是多少', MsgId: nextMsgId() }));
    expect(r.status).toBe(200);
    expect(r.reply).toMatchObject({ ToUserName: 'oUser1', FromUserName: wx.account, MsgType: 'text' });
    expect(r.reply!.Content).toContain('0451-82705546');
  });

  test('安全模式: encrypted in, encrypted and signed out', async () => {
    const r = await wx.push(wx.message('oUser2', { MsgType: 'text', Content: '你们地址在哪', MsgId: nextMsgId() }), { mode: 'aes' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<Encrypt>');
    expect(r.body).not.toContain('地址');
    expect(r.reply!.ToUserName).toBe('oUser2');
    expect(r.reply!.Content).toMatch(/地址/);
  });

  test('兼容模式 (plaintext and Encrypt together) is answered encrypted', async () => {
    const r = await wx.push(wx.message('oUser3', { MsgType: 'text', Content: '电话', MsgId: nextMsgId() }), { mode: 'compat' });
    expect(r.status).toBe(200);
    expect(r.reply!.Content).toContain('0451-82705546');
  });

  test('bad signatures and foreign ciphertexts get 401', async () => {
    const m = () => wx.message('oBad', { MsgType: 'text', Content: '电话', MsgId: nextMsgId() });
    expect((await wx.push(m(), { badSignature: true })).status).toBe(401);
    expect((await wx.push(m(), { mode: 'aes', badMsgSignature: true })).status).toBe(401);
    const other = new FakeWechat(server.url, TOKEN, 'wxanotheraccount0', AES);
    expect((await other.push(m(), { mode: 'aes' })).status).toBe(401);
    const otherKey = new FakeWechat(server.url, TOKEN, APPID, 'Z'.repeat(43));
    expect((await otherKey.push(m(), { mode: 'aes' })).status).toBe(401);
  });

  test('broken, empty, hostile and oversized XML get 4xx; the server keeps answering', async () => {
    const m = wx.message('oXml', { MsgType: 'text', Content: '电话', MsgId: nextMsgId() });
    expect((await wx.push(m, { rawBody: '<xml><Content>unclosed' })).status).toBe(400);
    expect((await wx.push(m, { rawBody: '' })).status).toBe(400);
    expect((await wx.push(m, { rawBody: '<!DOCTYPE x [<!ENTITY a "aaaa">]><xml><Content>&a;</Content></xml>' })).status).toBe(400);
    expect((await wx.push(m, { rawBody: '<xml><MsgType>text</MsgType></xml>' })).status).toBe(400);
    expect((await wx.push(m, { rawBody: `<xml><Content>${'长'.repeat(70_000)}</Content></xml>` })).status).toBe(413);
    expect((await wx.push(m, { mode: 'aes', rawBody: '<xml><Encrypt><![CDATA[not base64 at all]]></Encrypt></xml>' })).status).toBe(401);
    const ok = await wx.push(m);
    expect(ok.reply!.Content).toContain('0451-82705546');
  });

  test('a subscribe event gets the welcome with sample questions', async () => {
    const r = await wx.push(wx.message('oNew', { MsgType: 'event', Event: 'subscribe' }), { mode: 'aes' });
    expect(r.reply!.Content).toContain('您好');
    expect(r.reply!.Content).toContain('我可以回答这些问题');
    const un = await wx.push(wx.message('oNew', { MsgType: 'event', Event: 'unsubscribe' }));
    expect(un.body).toBe('success');
  });

  test('voice with Recognition is answered as text; other types get the only-text note', async () => {
    const v = await wx.push(wx.message('oVoice', { MsgType: 'voice', MediaId: 'm1', Format: 'amr', Recognition: '咨询电话是多少', MsgId: nextMsgId() }));
    expect(v.reply!.Content).toContain('0451-82705546');
    const silent = await wx.push(wx.message('oVoice', { MsgType: 'voice', MediaId: 'm2', Format: 'amr', Recognition: '', MsgId: nextMsgId() }));
    expect(silent.reply!.Content).toContain('只能识别文字');
    const img = await wx.push(wx.message('oImg', { MsgType: 'image', PicUrl: 'http://x/y.jpg', MediaId: 'm3', MsgId: nextMsgId() }));
    expect(img.reply!.Content).toContain('只能识别文字');
  });

  test('retries of one MsgId are answered once (the same passive reply, one core call)', async () => {
    const id = nextMsgId();
    const msg = wx.message('oRetry', { MsgType: 'text', Content: '电话是多少', MsgId: id });
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await wx.push(msg, { mode: 'aes' }));
    const contents = replies.map((r) => r.reply?.Content);
    expect(contents[0]).toContain('0451-82705546');
    expect(new Set(contents).size).toBe(1);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(api.sent.filter((c) => (c.body as { touser?: string }).touser === 'oRetry')).toHaveLength(0);
    // three deliveries, one message counted
    const before = Number(/disclosure_messages_total\{channel="wechat-mp"\} (\d+)/.exec(metrics)![1]);
    await wx.push(msg);
    const after = Number(/disclosure_messages_total\{channel="wechat-mp"\} (\d+)/.exec(await (await fetch(`${server.url}/metrics`)).text())![1]);
    expect(after).toBe(before);
  });
});

describe('wechat-mp: slow and long answers go through 客服消息', () => {
  test('not ready within the deadline → success, then one 客服消息 with a cached, refreshed token', async () => {
    const api = await new FakeApi({ appId: APPID, secret: SECRET }).start();
    const core = fakeCore({ text: (m) => (m.text === '长' ? `${'这是一句很长的回答。'.repeat(150)}` : `答：${m.text}`) });
    const server = await serve(
      core,
      { CHANNELS: 'wechat-mp', WECHAT_MP_TOKEN: TOKEN, WECHAT_MP_APPID: APPID, WECHAT_MP_AES_KEY: AES, WECHAT_MP_SECRET: SECRET, WECHAT_API_ROOT: api.url },
      { passiveDeadlineMs: 100 },
    );
    const wx = new FakeWechat(server.url, TOKEN, APPID, AES);
    try {
      // slow: the platform gets "success", the answer follows by 客服消息
      core.hold();
      const id = nextMsgId();
      const msg = wx.message('oSlow', { MsgType: 'text', Content: '慢问题', MsgId: id });
      const first = await wx.push(msg, { mode: 'aes' });
      expect(first.body).toBe('success');
      // the platform retries: still one answer
      const retry = await wx.push(msg, { mode: 'aes' });
      expect(retry.body).toBe('success');
      core.release();
      await until(() => api.sent.length === 1, 5_000, 'customer-service message');
      expect(api.sent[0]!.body).toEqual({ touser: 'oSlow', msgtype: 'text', text: { content: '答：慢问题' } });
      expect(core.received.filter((m) => m.text === '慢问题')).toHaveLength(1);

      // a second slow answer reuses the cached token
      core.hold();
      expect((await wx.push(wx.message('oSlow', { MsgType: 'text', Content: '第二个', MsgId: nextMsgId() }))).body).toBe('success');
      core.release();
      await until(() => api.sent.length === 2, 5_000, 'second message');
      expect(api.tokenRequests).toBe(1);

      // the platform expires the token: fetched again, the send retried once
      api.expireNext();
      expect((await wx.push(wx.message('oLong', { MsgType: 'text', Content: '长', MsgId: nextMsgId() }))).body).toBe('success');
      await until(() => api.sent.filter((c) => (c.body as { touser: string }).touser === 'oLong').length >= 3, 5_000, 'long answer parts');
      expect(api.tokenRequests).toBe(2);
      const parts = api.sent.filter((c) => (c.body as { touser: string }).touser === 'oLong').map((c) => (c.body as { text: { content: string } }).text.content);
      expect(parts.join('')).toBe('这是一句很长的回答。'.repeat(150));
      for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(2048);

      // the shutdown waits for a 客服消息 still to send
      core.hold();
      expect((await wx.push(wx.message('oStop', { MsgType: 'text', Content: '停机前', MsgId: nextMsgId() }))).body).toBe('success');
      const stopping = server.stop();
      core.release();
      await stopping;
      expect(api.sent.some((c) => (c.body as { touser: string }).touser === 'oStop')).toBe(true);
    } finally {
      await server.stop();
      await api.close();
    }
  });

  test('plaintext-only account (no AES key): 安全模式 pushes are refused, plaintext works', async () => {
    const core = fakeCore();
    const server = await serve(core, { CHANNELS: 'wechat-mp', WECHAT_MP_TOKEN: TOKEN });
    try {
      const wx = new FakeWechat(server.url, TOKEN, APPID, AES);
      const m = wx.message('oPlain', { MsgType: 'text', Content: '你好', MsgId: nextMsgId() });
      expect((await wx.push(m, { mode: 'aes' })).status).toBe(400);
      expect((await wx.push(m)).reply!.Content).toBe('答：你好');
    } finally {
      await server.stop();
    }
  });
});
