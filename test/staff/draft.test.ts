/**
 * Draft check by sending a report file to the Telegram bot (real grammY, long polling against the fake
 * Bot API, real core on a temporary reports folder): findings of the default report, the comparison
 * with the previous year, /publish, and the refusals (non-staff, not a report, too big).
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTelegram, type TelegramConfig, type TelegramHandle } from '../../src/channels/telegram.js';
import { createCore } from '../../src/core/bot.js';
import type { Core } from '../../src/core/types.js';
import { DRAFT_REFUSAL, DraftDesk } from '../../src/staff/drafts.js';
import { FakeTelegram, message } from '../channels/fake-telegram.js';
import { memoryLogger, until } from '../channels/helpers.js';

const TOKEN = '123456789:AAE_fake_token_for_tests_0123456789ab';
const YEARS = 'test/fixtures/reports-years';
const DEFAULT_REPORT = 'test/fixtures/reports/南岗区人民政府办公室-2022.txt';
const NEXT_YEAR = `${YEARS}/南岗区人民政府办公室-2023.txt`;
const STAFF_GROUP = -100_777;

describe('draft check over Telegram', () => {
  let api: FakeTelegram;
  let core: Core;
  let handle: TelegramHandle;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'draft-test-'));
    await cp(`${YEARS}/南岗区人民政府办公室-2021.txt`, join(dir, '南岗区人民政府办公室-2021.txt'));
    core = await createCore({ reportsDir: dir });
    api = await new FakeTelegram().start();
    const config: TelegramConfig = {
      telegram: { token: TOKEN, apiRoot: api.apiRoot, webhookPort: 8080 },
      staffIds: ['tg:7'],
      staffGroups: [`tg:${STAFF_GROUP}`],
      rateLimit: 50,
    };
    handle = await startTelegram({ core, config, log: memoryLogger().log, pollTimeoutSeconds: 1 });
  });

  afterAll(async () => {
    await handle?.stop();
    await api?.close();
    await core?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function send(spec: Parameters<typeof message>[0]): Promise<string> {
    const chat = spec.group ? (spec.chat ?? STAFF_GROUP) : (spec.from ?? 42);
    const before = api.sent().filter((c) => c.payload.chat_id === chat).length;
    api.push(message(spec));
    await until(() => api.sent().filter((c) => c.payload.chat_id === chat).length > before, 10_000, 'reply');
    await new Promise((r) => setTimeout(r, 50)); // a long reply may come in parts
    return api
      .sent()
      .filter((c) => c.payload.chat_id === chat)
      .slice(before)
      .map((c) => c.payload.text as string)
      .join('\n');
  }

  async function sendFile(path: string, spec: Parameters<typeof message>[0], name = path.split('/').pop()!): Promise<string> {
    const data = new Uint8Array(await readFile(path));
    const file_id = api.addFile(name, data);
    return send({ ...spec, document: { file_id, file_name: name, file_size: data.length } });
  }

  test('the default report in the staff group: its real errors, each with where it is', async () => {
    const reply = await sendFile(DEFAULT_REPORT, { group: true, chat: STAFF_GROUP, from: 500, text: '@disclosure_test_bot 帮忙核对' });
    expect(reply).toContain('草稿核对：南岗区人民政府办公室 2022年报告');
    // wrong year 2021 in two places, with the passage where it is
    expect(reply).toMatch(/\[year\].*写的是 2021 年.*报告年度是 2022 年.*行：前言\.1/);
    expect(reply).toMatch(/\[year\].*写的是 2021 年.*行：一\.1/);
    // the total row of eight numbers
    expect(reply).toMatch(/\[columns\].*总计.*8个数字.*行：\(七\) 总计/);
    // the wording printed off the national format: heading 四, the 不在处理 rows, the 社会组织 column
    expect(reply).toMatch(/\[heading-slip\].*政务信息公开/);
    expect(reply).toMatch(/\[label-slip\].*“在”应为“再”/);
    expect(reply).toMatch(/\[column-name\].*社会组织/);
    // table 四 without data rows
    expect(reply).toContain('[missing-data]');
    // compared with the loaded 2021 report
    expect(reply).toContain('与 2021 年报告对比');
    expect(reply).toMatch(/本年新收政府信息公开申请：27 → 15，减少 12 件（-44\.4%）/);
    expect(reply).toContain('/publish');
    // the file was fetched through getFile and the file URL of the api root
    expect(api.calls.some((c) => c.method === 'getFile')).toBe(true);
    expect(api.downloads.length).toBe(1);
    // not published: citizens never see it
    expect(core.reports().map((r) => r.id)).toEqual(['南岗区人民政府办公室-2021']);
  });

  test("next year's report: the comparison with the previous loaded report, then /publish loads it", async () => {
    // load 2022 first (the real one), so 2023 compares with 2022
    await cp(`${YEARS}/南岗区人民政府办公室-2022.txt`, join(dir, '南岗区人民政府办公室-2022.txt'));
    await core.reload();
    const reply = await sendFile(NEXT_YEAR, { from: 7, text: '' });
    expect(reply).toContain('草稿核对：南岗区人民政府办公室 2023年报告');
    expect(reply).toContain('与 2022 年报告对比');
    expect(reply).toMatch(/本年新收政府信息公开申请：15 → 46，增加 31 件（\+206\.7%）/);
    expect(reply).toMatch(/予以公开：4 → 14，增加 10 件（\+250%）/);
    // a check across years: 现行有效 25 ≠ 18 + 6 − 2
    expect(reply).toMatch(/\[valid-count\].*现行有效件数 25/);
    expect(core.reports().some((r) => r.year === 2023)).toBe(false);
    expect((await readdir(dir)).some((n) => n.includes('2023'))).toBe(false);

    const published = await send({ from: 7, text: '/发布' });
    expect(published).toContain('已发布 南岗区人民政府办公室-2023');
    expect(core.reports().map((r) => r.id)).toContain('南岗区人民政府办公室-2023');
    expect(await readdir(dir)).toContain('南岗区人民政府办公室-2023.txt');
    // nothing left to publish
    expect(await send({ from: 7, text: '/publish' })).toContain('没有待发布的草稿');
  });

  test('non-staff: refused, and the file is never downloaded', async () => {
    const downloads = api.downloads.length;
    const getFiles = api.calls.filter((c) => c.method === 'getFile').length;
    const reply = await sendFile(NEXT_YEAR, { from: 55, text: '' });
    expect(reply).toBe(DRAFT_REFUSAL);
    expect(api.downloads.length).toBe(downloads);
    expect(api.calls.filter((c) => c.method === 'getFile').length).toBe(getFiles);
  });

  test('non-staff: /publish is refused', async () => {
    const reply = await send({ from: 56, text: '/publish' });
    expect(reply).toContain('仅供工作人员使用');
  });

  test('not a report, unsupported type: refused with the reason, nothing kept', async () => {
    const bad = await sendFile('test/fixtures/reports/EXPECTED.md', { from: 7, text: '' }, '说明.md');
    expect(bad).toMatch(/无法核对“说明\.md”：.+。未保存该文件。/);
    const exe = await send({ from: 7, text: '', document: { file_id: 'nope', file_name: 'virus.exe', file_size: 10 } });
    expect(exe).toContain('不支持的文件类型');
  });
});

describe('DraftDesk limits', () => {
  test('a file over the size cap is refused before reading', async () => {
    const desk = new DraftDesk({ reportsDir: '/nonexistent', reports: () => [], reload: async () => ({ ok: true, message: '' }), maxBytes: 1000 });
    expect(desk.precheck('报告.pdf', 5_000_000)).toContain('超过上限');
    const r = await desk.check('k', '报告.txt', new Uint8Array(2000));
    expect(r.ok).toBe(false);
    expect(r.text).toContain('超过上限');
    await desk.close();
  });

  test('garbled or empty files get the loader refusal', async () => {
    const desk = new DraftDesk({ reports: () => [], reload: async () => ({ ok: true, message: '' }) });
    const garbled = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
    const r = await desk.check('k', '报告.txt', garbled);
    expect(r.ok).toBe(false);
    expect(r.text).toContain('无法核对');
    expect((await desk.check('k', 'a.txt', new Uint8Array(0))).text).toContain('文件为空');
    expect(desk.waiting('k')).toBeUndefined();
    await desk.close();
  });
});
