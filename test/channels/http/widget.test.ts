/**
 * The web widget end to end in headless Chromium (Debian's /usr/bin/chromium via playwright-core) on
 * the demo page, at 390 px (a phone) and 1280 px: open it, see the greeting and 热点问题, type a question,
 * see the answer with a clickable phone number, vote 👍, get 猜你想问 and click a suggestion, keyboard
 * and screen-reader basics. Screenshots go to docs/ for the README.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { realCore, serve } from './helpers.js';

const DOCS = fileURLToPath(new URL('../../../docs/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  const { core, store } = await realCore();
  server = await serve(core, { CHANNELS: 'web' }, { store });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  mkdirSync(DOCS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function lastBotText(page: Page): Promise<string> {
  return page.locator('.dbw-bot').last().innerText();
}

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('widget at $width px', ({ width, height }) => {
  test('greets, answers, links the phone, takes a vote, offers and takes a suggestion', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(server.url + '/');
      const opener = page.getByRole('button', { name: /智能问答/ });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: '智能问答' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      // focus goes to the question box; the log is a polite live region for screen readers
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dbw-input');
      expect(await page.locator('.dbw-log').getAttribute('aria-live')).toBe('polite');
      await page.locator('.dbw-bot').first().waitFor();
      expect(await page.locator('.dbw-bot').first().innerText()).toContain('您好');
      const hot = page.getByRole('group', { name: '热点问题：' }).getByRole('button');
      expect(await hot.count()).toBeGreaterThanOrEqual(3);

      // 猜你想问: a vague first question gets options; clicking one answers it
      await page.locator('#dbw-input').fill('去哪');
      await page.getByRole('button', { name: '发送' }).click();
      const guess = page.getByRole('group', { name: '猜你想问：' }).last();
      await guess.waitFor();
      const option = guess.getByRole('button').first();
      const optionText = (await option.innerText()).trim();
      const bots = await page.locator('.dbw-bot').count();
      await option.click();
      await expect.poll(() => page.locator('.dbw-bot').count()).toBe(bots + 1);
      expect(await page.locator('.dbw-me').last().innerText()).toContain(optionText);
      expect(await lastBotText(page)).not.toContain('您是想问');

      // type a question (keyboard only)
      await page.locator('#dbw-input').focus();
      await page.keyboard.type('政府信息公开咨询电话是多少');
      // wait for this answer itself: the option's answer above may already show the phone
      const before = await page.locator('.dbw-bot').count();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.dbw-bot').count()).toBe(before + 1);
      await expect.poll(() => lastBotText(page)).toContain('0451-82705546');
      const tel = page.locator('.dbw-bot a[href^="tel:"]').last();
      expect(await tel.getAttribute('href')).toBe('tel:045182705546');

      // vote
      await page.getByRole('button', { name: '有帮助' }).last().click();
      await expect.poll(() => page.locator('.dbw-vote [role=status]').last().innerText()).toContain('感谢');
      expect(await page.getByRole('button', { name: '有帮助' }).last().isDisabled()).toBe(true);

      // a hot question is one click away
      const hotText = (await hot.first().innerText()).trim();
      await hot.first().click();
      await expect.poll(() => page.locator('.dbw-me').last().innerText()).toContain(hotText);
      await expect.poll(() => page.locator('.dbw-bot').count()).toBeGreaterThanOrEqual(3);

      // large font
      await page.getByRole('button', { name: 'A+' }).click();
      expect(await page.locator('.dbw').evaluate((e) => getComputedStyle(e).fontSize)).toBe('22px');

      // fits the screen (full width on a phone)
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      if (width < 520) expect(box.width).toBeGreaterThan(width - 2);
      // back to the answer with the phone number for the screenshot
      await page.locator('.dbw-bot a[href^="tel:"]').last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DOCS}widget-${width}.png` });

      // Escape closes and gives the focus back to the button
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('dbw-open');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
