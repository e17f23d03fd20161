/**
 * Draft check through the WeCom app: a staff member's file (MsgType file) is fetched with media/get and
 * checked; a non-staff member's file is refused and never fetched.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DRAFT_REFUSAL } from '../../src/staff/drafts.js';
import { until } from '../channels/helpers.js';
import { FakeApi, FakeWecom, nextMsgId } from '../channels/http/fake-platform.js';
import { realCore, serve } from '../channels/http/helpers.js';

const CORP = 'ww1234567890abcdef';
const AGENT = '1000002';
const TOKEN = 'wecomToken99';
const AES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq';
const SECRET = 'app-secret';

type Sent = { touser?: string; chatid?: string; text: { content: string } };

describe('WeCom file → draft check', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let api: FakeApi;
  let wc: FakeWecom;
  const sentTo = (who: string) => api.sent.map((c) => c.body as Sent).filter((b) => b.touser === who || b.chatid === who);
  const mediaGets = () => api.calls.filter((c) => c.path === '/cgi-bin/media/get').length;

  beforeAll(async () => {
    api = await new FakeApi({ corpId: CORP, corpSecret: SECRET }).start();
    const { core, store } = await realCore();
    server = await serve(
      core,
      {
        CHANNELS: 'wecom', WECOM_CORP_ID: CORP, WECOM_AGENT_ID: AGENT, WECOM_TOKEN: TOKEN, WECOM_AES_KEY: AES, WECOM_SECRET: SECRET,
        WECOM_API_ROOT: api.url, STAFF_IDS: 'wecom:zhangsan',
      },
      { store },
    );
    wc = new FakeWecom(server.url, TOKEN, CORP, AES, AGENT);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  test("staff: next year's report is fetched with media/get, checked and compared with the loaded 2022", async () => {
    const media = api.addMedia('南岗区人民政府办公室-2023.txt', new Uint8Array(await readFile('test/fixtures/reports-years/南岗区人民政府办公室-2023.txt')));
    await wc.push(wc.message('zhangsan', { MsgType: 'file', MediaId: media, MsgId: nextMsgId() }));
    await until(() => sentTo('zhangsan').length > 0, 10_000, 'draft reply');
    await new Promise((r) => setTimeout(r, 100)); // the reply may come in several parts
    const text = sentTo('zhangsan').map((b) => b.text.content).join('');
    expect(text).toContain('草稿核对：南岗区人民政府办公室 2023年报告');
    expect(text).toContain('与 2022 年报告对比');
    expect(text).toContain('本年新收政府信息公开申请：15 → 46');
    expect(mediaGets()).toBe(1);
  });

  test('non-staff: refused, the file is never fetched', async () => {
    const before = mediaGets();
    const media = api.addMedia('报告.txt', new TextEncoder().encode('x'));
    await wc.push(wc.message('wangwu', { MsgType: 'file', MediaId: media, MsgId: nextMsgId() }));
    await until(() => sentTo('wangwu').length > 0, 10_000, 'refusal');
    expect(sentTo('wangwu')[0]!.text.content).toBe(DRAFT_REFUSAL.slice(0, 600));
    expect(mediaGets()).toBe(before);
  });
});
