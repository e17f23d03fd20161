/**
 * The HTTP server and the `web` channel, over real HTTP on 127.0.0.1:0: /api/ask with the real core,
 * sessions, feedback, 热点问题, health/readiness/metrics, CORS, bad input (4xx, no crash), flooding
 * (one client's flood is refused without touching the others), graceful stop.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../../src/core/types.js';
import type { Store } from '../../../src/store/types.js';
import { fakeCore, until } from '../helpers.js';
import { postJson, realCore, serve } from './helpers.js';

let core: Core;
let store: Store;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  ({ core, store } = await realCore());
  server = await serve(core, {
    CHANNELS: 'web',
    WEB_ALLOWED_ORIGINS: 'https://www.example.gov.cn',
    HTTP_TRUST_PROXY: '1',
    WEB_IP_RATE_LIMIT: '30',
    RATE_LIMIT: '20',
  }, { store });
});
afterAll(async () => {
  await server?.stop();
});

const ask = (session: string, text: string, ip = '10.0.0.9') => postJson(`${server.url}/api/ask`, { session, text }, { 'x-forwarded-for': ip });

describe('POST /api/ask', () => {
  test('answers from the report with the documented JSON shape', async () => {
    const r = await ask('s-shape', '政府信息公开咨询电话是多少');
    expect(r.status).toBe(200);
    expect(r.json.answer).toContain('0451-82705546');
    expect(r.json).toMatchObject({ fallback: false, intent: 'contact.phone', report: '南岗区人民政府办公室-2022' });
    expect(typeof r.json.confidence).toBe('number');
    expect(typeof r.json.turnId).toBe('string');
  });

  test('an unanswerable question is an honest fallback', async () => {
    const r = await ask('s-fb', '明天天气怎么样');
    expect(r.status).toBe(200);
    expect(r.json.fallback).toBe(true);
  });

  test('the same session continues the conversation; another session does not', async () => {
    const a = await ask('s-conv', '收到多少申请');
    expect(a.json.intent).toBe('figures.query');
    const follow = await ask('s-conv', '法人呢');
    const fresh = await ask('s-other', '法人呢');
    // the follow-up resolves against the previous question only in its own session
    expect(follow.json).toMatchObject({ intent: 'figures.query', fallback: false });
    expect(follow.json.answer).toContain('法人或其他组织');
    expect(fresh.json.fallback).toBe(true);
  });

  test('a clarifying question carries its options; "1" picks the first', async () => {
    const c = await ask('s-clarify', '去哪');
    expect(c.json.answer).toContain('您是想问');
    expect(Array.isArray(c.json.options)).toBe(true);
    expect((c.json.options as string[]).length).toBeGreaterThanOrEqual(2);
    const pick = await ask('s-clarify', '1');
    expect(pick.json.fallback).toBe(false);
    expect(pick.json.answer).not.toContain('您是想问');
  });

  test('broken, oversized and wrong JSON get 4xx and the server keeps answering', async () => {
    expect((await postJson(`${server.url}/api/ask`, '{"session": "x", ')).status).toBe(400);
    expect((await postJson(`${server.url}/api/ask`, { session: 'x' })).status).toBe(400);
    expect((await postJson(`${server.url}/api/ask`, { session: 'x', text: '   ' })).status).toBe(400);
    expect((await postJson(`${server.url}/api/ask`, { session: 'bad session!', text: '电话' })).status).toBe(400);
    expect((await postJson(`${server.url}/api/ask`, { session: 'x', text: '问'.repeat(501) })).status).toBe(400);
    const huge = await postJson(`${server.url}/api/ask`, JSON.stringify({ session: 'x', text: 'a'.repeat(200_000) }));
    expect(huge.status).toBe(413);
    const xmlBody = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: '<xml/>' });
    expect(xmlBody.status).toBe(400);
    expect((await ask('s-after', '电话是多少')).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('feedback, 热点问题, health, metrics, CORS', () => {
  test('👍 on an answer goes through core.feedback and is stored with its intent', async () => {
    const a = await ask('s-vote', '政府信息公开咨询电话是多少');
    const before = (await store.stats()).feedback.up;
    const r = await postJson(`${server.url}/api/feedback`, { session: 's-vote', turnId: a.json.turnId, useful: true });
    expect(r.status).toBe(200);
    expect(r.json.text).toContain('感谢');
    const stats = await store.stats();
    expect(stats.feedback.up).toBe(before + 1);
    expect(stats.feedback.byIntent['contact.phone']?.up).toBeGreaterThan(0);
    expect((await postJson(`${server.url}/api/feedback`, { session: 's-vote', useful: 'yes' })).status).toBe(400);
  });

  test('/api/hot gives the greeting and questions, the most asked first', async () => {
    for (let i = 0; i < 3; i++) await ask(`s-hot${i}`, '你们地址在哪');
    const r = (await (await fetch(`${server.url}/api/hot`)).json()) as { greeting: string; questions: string[] };
    expect(r.greeting).toContain('您好');
    expect(r.questions.length).toBeGreaterThanOrEqual(3);
    // the questions shown are intents' own examples, never a citizen's logged text
    expect(r.questions).not.toContain('你们地址在哪');
  });

  test('/healthz, /readyz and /metrics', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/disclosure_messages_total\{channel="web"\} [1-9]/);
    expect(metrics).toMatch(/disclosure_answers_total\{channel="web"\} [1-9]/);
    expect(metrics).toMatch(/disclosure_fallbacks_total\{channel="web"\} [1-9]/);
    expect(metrics).toMatch(/disclosure_reply_seconds_bucket\{le="[\d.]+",channel="web"\}/);
  });

  test('CORS answers configured origins only', async () => {
    const pre = await fetch(`${server.url}/api/ask`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.example.gov.cn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(pre.status).toBeLessThan(300);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://www.example.gov.cn');
    const other = await postJson(`${server.url}/api/ask`, { session: 's-cors', text: '电话' }, { origin: 'https://evil.example.com' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('the widget and the demo page are served', async () => {
    const js = await fetch(`${server.url}/widget.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    const src = await js.text();
    expect(src).toContain('/api/ask');
    expect(src.length).toBeLessThan(20_000); // small: one script, no framework
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toContain('<script src="/widget.js"');
  });
});

describe('flooding and limits', () => {
  test('one client flooding /api/ask is refused; the others are all answered', async () => {
    const flood = Array.from({ length: 200 }, (_, i) => ask(`flood-${i % 4}`, '收到多少申请', '10.6.6.6'));
    const others = Array.from({ length: 3 }, (_, k) =>
      (async () => {
        const out = [];
        for (let i = 0; i < 5; i++) out.push(await ask(`calm-${k}`, '政府信息公开咨询电话是多少', `10.1.1.${k + 1}`));
        return out;
      })(),
    );
    const [floodRes, otherRes] = await Promise.all([Promise.all(flood), Promise.all(others)]);
    const refused = floodRes.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(170);
    expect(refused[0]!.json.answer).toContain('稍等');
    for (const r of otherRes.flat()) {
      expect(r.status).toBe(200);
      expect(r.json.intent).toBe('contact.phone');
    }
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/disclosure_rate_limited_total\{channel="web"\} (1[7-9]\d|200)/);
  });

  test('one session over RATE_LIMIT a minute is refused (per session, across IPs)', async () => {
    const rs = [];
    for (let i = 0; i < 23; i++) rs.push(await ask('s-chatty', '电话', `10.2.0.${i + 1}`));
    expect(rs.filter((r) => r.status === 200).length).toBe(20);
    expect(rs.at(-1)!.status).toBe(429);
  });
});

describe('graceful stop and readiness', () => {
  test('an answer in flight is delivered; then new questions are refused', async () => {
    const fake = fakeCore();
    const s = await serve(fake, { CHANNELS: 'web' });
    expect((await fetch(`${s.url}/readyz`)).status).toBe(503); // no report loaded
    fake.hold();
    const inFlight = postJson(`${s.url}/api/ask`, { session: 'g', text: '你好' });
    await until(() => fake.received.length === 1);
    const stopping = s.stop();
    fake.release();
    const r = await inFlight;
    expect(r.status).toBe(200);
    expect(r.json.answer).toBe('答：你好');
    await stopping;
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
  });

  test('a core that throws gets the error note, not a 500', async () => {
    const broken = { ...fakeCore(), reply: async () => { throw new Error('boom'); } } as unknown as Core;
    const s = await serve(broken, { CHANNELS: 'web' });
    try {
      const r = await postJson(`${s.url}/api/ask`, { session: 'e', text: '你好' });
      expect(r.status).toBe(200);
      expect(r.json.answer).toContain('系统暂时出了点问题');
      expect(r.json.fallback).toBe(true);
    } finally {
      await s.stop();
    }
  });
});
