/**
 * Issue 14, item 2: extraction runs in a worker with a memory cap and a time limit. A hostile file is
 * refused with a clear reason, the bot keeps answering while a load is running, and a reload with a
 * hostile file is atomic (the good reports stay, the bad one is named with its reason).
 * Generated inputs only (no committed bombs).
 */
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { createCore } from '../../src/core/bot.js';
import { ReportError } from '../../src/report/errors.js';
import { loadLibrary } from '../../src/report/library.js';
import { activeWorkers, runLimited, setIsolation } from '../../src/report/worker/isolated.js';

const HOSTILE = new URL('./fixtures/hostile-worker.mjs', import.meta.url);
const GOOD = join(import.meta.dirname, '../fixtures/reports/南岗区人民政府办公室-2022.txt');
const tmp = mkdtempSync(join(tmpdir(), 'harden-worker-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const defaults = setIsolation({});
afterEach(() => void setIsolation(defaults));

const limits = (over: Partial<typeof defaults> = {}) => ({ ...defaults, enabled: true, ...over });

describe('runLimited: the worker limits', () => {
  test('a load that never ends is stopped at the time limit, with a reason naming the file', async () => {
    const err = await runLimited(HOSTILE, '/x/spin.pdf', { mode: 'spin' }, limits({ timeLimitMs: 500 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).message).toMatch(/^spin\.pdf：读取超时/);
  });

  test('a load that allocates without end is stopped at the memory cap, with a reason', async () => {
    const err = await runLimited(HOSTILE, '/x/bomb.docx', { mode: 'alloc' }, limits({ memoryLimitMb: 48, timeLimitMs: 120_000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).reason).toMatch(/内存超过上限（48 MB）/);
  });

  test('the bot answers while a worker is busy (its thread fully taken)', async () => {
    const core = await createCore({ reportsDir: join(import.meta.dirname, '../fixtures/reports') });
    const flag = new SharedArrayBuffer(4);
    const busy = runLimited<{ spun: boolean }>(HOSTILE, '/x/slow.html', { mode: 'hold', flag }, limits({ timeLimitMs: 600_000 }));
    for (let i = 0; i < 50 && activeWorkers() === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(activeWorkers()).toBeGreaterThan(0);
    const answers = [];
    for (const q of ['南岗区电话是多少', '南岗区不予公开的有多少', '怎么申请政府信息公开']) answers.push(await core.reply({ user: 'u1', text: q, channel: 'console' }));
    expect(activeWorkers()).toBeGreaterThan(0); // the worker is still spinning: these answers came meanwhile
    expect(answers[0]!.text).toContain('0451-82705546');
    expect(answers[1]!.text).toContain('2 件');
    Atomics.store(new Int32Array(flag), 0, 1);
    await expect(busy).resolves.toEqual({ ok: true, spun: true });
    await core.close();
  }, 60_000);
});

describe('reload with hostile files', () => {
  test('an HTML table that multiplies (rowspan=0 colspan=1000 × 600) is refused with a reason; the good report stays; answers go on', async () => {
    const dir = mkdtempSync(join(tmp, 'reports-'));
    copyFileSync(GOOD, join(dir, '南岗区人民政府办公室-2022.txt'));
    const core = await createCore({ reportsDir: dir });
    writeFileSync(join(dir, 'bomb.html'), `<html><body><table>${'<tr><td rowspan=0 colspan=1000>x</td></tr>'.repeat(600)}</table></body></html>`);
    setIsolation({ memoryLimitMb: 128, timeLimitMs: 20_000 });
    const reload = core.reload();
    const during = await Promise.all(['电话是多少', '行政复议有几起'].map((t, i) => core.reply({ user: `d${i}`, text: t, channel: 'console' })));
    const r = await reload;
    expect(during[0]!.text).toContain('0451-82705546');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/bomb\.html：.+/);
    expect(core.reports().map((x) => x.id)).toEqual(['南岗区人民政府办公室-2022']);
    expect((await core.reply({ user: 'after', text: '电话是多少', channel: 'console' })).text).toContain('0451-82705546');
    await core.close();
  }, 120_000);

  test('a symlink out of the reports folder is refused, readably', async () => {
    const dir = mkdtempSync(join(tmp, 'reports-'));
    const outside = mkdtempSync(join(tmp, 'outside-'));
    copyFileSync(GOOD, join(outside, 'secret.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    copyFileSync(GOOD, join(dir, '南岗区人民政府办公室-2022.txt'));
    const lib = await loadLibrary(dir);
    expect(lib.reports.map((r) => r.id)).toEqual(['南岗区人民政府办公室-2022']);
    expect(lib.errors).toHaveLength(1);
    expect(lib.errors[0]!.message).toMatch(/link\.txt：是指向报告文件夹以外的链接/);
  });
});
