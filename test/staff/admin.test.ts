/**
 * The /admin dashboard on the shared HTTP server: refusals without the staff token (each route), then
 * end to end in headless Chromium (Debian's /usr/bin/chromium via playwright-core): log in, see the
 * charts and the unanswered list, "添加为例句" appends the question to intents/*.yml (validated, reloaded
 * with no restart: the same question is answered next time), upload a draft and read its findings.
 * The screenshot goes to docs/ for the README when SCREENSHOTS=1.
 */
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerAdmin } from '../../src/channels/http/admin.js';
import { startHttp, type HttpHandle } from '../../src/channels/http/server.js';
import { loadConfig } from '../../src/config.js';
import { createCore } from '../../src/core/bot.js';
import type { Core } from '../../src/core/types.js';
import { addExample, ExampleError } from '../../src/staff/examples.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { memoryLogger } from '../channels/helpers.js';

// the README screenshot is refreshed only on request (SCREENSHOTS=1): the page shows dates and times, so
// writing it on every run would leave docs/ modified in everyone's worktree
const DOCS = process.env.SCREENSHOTS ? fileURLToPath(new URL('../../docs/', import.meta.url)) : tmpdir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOKEN = 'test-admin-token-0123456789';
const QUESTION = '你们的公众号叫什么名字';
const INTENT = 'contact.website';

let dir: string;
let intentsDir: string;
let core: Core;
let server: HttpHandle;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'admin-test-'));
  intentsDir = join(dir, 'intents');
  await cp('intents', intentsDir, { recursive: true });
  await mkdir(join(dir, 'reports'));
  for (const y of [2021, 2022]) await cp(`test/fixtures/reports-years/南岗区人民政府办公室-${y}.txt`, join(dir, 'reports', `南岗区人民政府办公室-${y}.txt`));
  const store = createMemoryStore();
  core = await createCore({ reportsDir: join(dir, 'reports'), intentsDir, store });
  // some traffic: answered questions and one the bot cannot answer yet (asked twice)
  for (const text of ['电话是多少', '怎么申请政府信息公开', '2021年收到多少申请', QUESTION, QUESTION]) {
    await core.reply({ user: 'citizen', channel: 'web', text });
  }
  const config = loadConfig({ HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', CHANNELS: 'web' });
  const { log } = memoryLogger('warn');
  server = await startHttp({
    core,
    config,
    log,
    store,
    routes: [(app) => registerAdmin(app, { core, store, token: TOKEN, intentsDir, log })],
  });
});

afterAll(async () => {
  await server?.stop();
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

const yml = () => readFile(join(intentsDir, 'contact.yml'), 'utf8');

describe('without the staff token: every route refused', () => {
  test('GET /admin → 401 and the login form, no data', async () => {
    const res = await fetch(`${server.url}/admin`);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('工作人员令牌');
    expect(html).not.toContain(QUESTION);
  });

  test('a wrong token → 401, no cookie', async () => {
    const res = await fetch(`${server.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=wrong-token-wrong-token', redirect: 'manual' });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('add as example → 401, intents unchanged', async () => {
    const before = await yml();
    const res = await fetch(`${server.url}/admin/examples`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ text: QUESTION, intent: INTENT, csrf: 'x' }).toString(), redirect: 'manual' });
    expect(res.status).toBe(401);
    expect(await yml()).toBe(before);
  });

  test('draft upload and publish → 401, nothing checked or kept', async () => {
    const up = await fetch(`${server.url}/admin/draft?name=a.txt`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: await readFile('test/fixtures/reports-years/南岗区人民政府办公室-2023.txt') });
    expect(up.status).toBe(401);
    expect(core.drafts!.waiting('admin:dashboard')).toBeUndefined();
    const pub = await fetch(`${server.url}/admin/publish`, { method: 'POST' });
    expect(pub.status).toBe(401);
  });

  test('the token without the form secret (cross-site post) → 403', async () => {
    const res = await fetch(`${server.url}/admin/examples`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${TOKEN}` },
      body: new URLSearchParams({ text: QUESTION, intent: INTENT, csrf: 'forged' }).toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
  });
});

describe('add as example: validated as at load', () => {
  test('unknown intent, duplicate example, too long: refused with a Chinese reason, file unchanged', async () => {
    const before = await yml();
    await expect(addExample(intentsDir, 'no.such', '某个问题')).rejects.toThrow(/没有编号为 no.such 的意图/);
    await expect(addExample(intentsDir, INTENT, '电话号码是多少')).rejects.toThrow(/已是 contact.yml 意图 contact.phone 的例句/);
    await expect(addExample(intentsDir, INTENT, '长'.repeat(200))).rejects.toBeInstanceOf(ExampleError);
    expect(await yml()).toBe(before);
  });
});

describe('dashboard in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    await mkdir(DOCS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('log in, charts and unanswered list, add as example round trip, draft upload', { timeout: 90_000 }, async () => {
    const before = await core.reply({ user: 'probe', channel: 'web', text: QUESTION });
    expect(before.fallback).toBe(true);

    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/admin`);
    await page.fill('#token', TOKEN);
    await page.click('#login');
    await page.waitForSelector('#unanswered');
    // the charts are inline SVG; the counts are there
    expect(await page.locator('figure svg').count()).toBe(2);
    expect(Number(await page.locator('#total').innerText())).toBeGreaterThanOrEqual(5);
    const row = page.locator('#unanswered tr', { hasText: QUESTION });
    expect(await row.locator('td').nth(1).innerText()).toBe('3');
    await page.screenshot({ path: join(DOCS, 'admin-dashboard.png'), fullPage: true });

    // add as example
    await row.locator('select').selectOption(INTENT);
    await row.getByRole('button', { name: '添加为例句' }).click();
    await page.waitForSelector('#notice');
    expect(await page.locator('#notice').innerText()).toContain(`已把“${QUESTION}”加为 ${INTENT} 的例句（contact.yml）`);
    expect(await yml()).toContain(`      - ${QUESTION}`);
    // comments of the file are kept
    expect(await yml()).toMatch(/^# 联系方式/);
    // reloaded with no restart: the same question is now answered by that intent
    const after = await core.reply({ user: 'probe2', channel: 'web', text: QUESTION });
    expect(after.fallback).toBe(false);
    expect(after.intent).toBe(INTENT);

    // adding it again: refused, said on the page
    const row2 = page.locator('#unanswered tr', { hasText: QUESTION });
    await row2.locator('select').selectOption(INTENT);
    await row2.getByRole('button', { name: '添加为例句' }).click();
    await page.waitForSelector('#error');
    expect(await page.locator('#error').innerText()).toContain('已是 contact.website 的例句');

    // draft upload: next year's report, checked and compared, publish enabled
    await page.setInputFiles('#draft-file', 'test/fixtures/reports-years/南岗区人民政府办公室-2023.txt');
    await page.click('#draft-check');
    await page.waitForFunction(() => document.getElementById('draft-result')?.textContent?.includes('与 2022 年报告对比'));
    expect(await page.locator('#draft-result').innerText()).toContain('本年新收政府信息公开申请：15 → 46，增加 31 件（+206.7%）');
    expect(await page.locator('#draft-publish').isEnabled()).toBe(true);
    expect(core.reports().some((r) => r.year === 2023)).toBe(false);
    await page.click('#draft-publish');
    await page.waitForFunction(() => document.getElementById('draft-result')?.textContent?.includes('已发布'));
    expect(core.reports().some((r) => r.year === 2023)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
