import { describe, expect, test, vi } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { handleStaffCommand, parseStaffCommand, REFUSAL, type StaffContext } from '../src/staff.js';
import { createMemoryStore } from '../src/store/memory.js';
import type { Finding, LoadError, Report } from '../src/report/types.js';
import type { ReloadResult } from '../src/core/types.js';

function report(office: string, year: number, findings: Finding[] = [], values = 3): Report {
  const v: Report['values'] = {};
  for (let i = 0; i < values; i++) v[`m${i}`] = { value: i, source: '三' };
  v.missing = { value: null, source: '三' }; // "not reported": not counted
  return { id: `${office}-${year}`, office, year, title: `${office}${year}年政府信息公开工作年度报告`, file: `/srv/data/reports/${office}-${year}.txt`, contact: {}, passages: [], values: v, table2Raw: [], findings };
}

/** A fake core: reports and load errors as plain data; reload() is given per test. */
function fakeCore(reports: Report[], errors: LoadError[] = [], reload: () => Promise<ReloadResult> = async () => ({ ok: true, message: '已重新加载' })) {
  const core = { reports: () => reports, loadErrors: () => errors, reload: vi.fn(reload) };
  return core;
}

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'trace' },
    new Writable({
      write(chunk, _e, cb) {
        for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
        cb();
      },
    }),
  );
  return { logger, lines };
}

const NOW = new Date('2026-11-28T04:00:00.000Z');

async function ctxWithData(staff = true): Promise<StaffContext & { core: ReturnType<typeof fakeCore> }> {
  const store = createMemoryStore({ now: () => NOW, timeZone: 'Asia/Shanghai' });
  const t = await store.logTurn({ user: 'a', channel: 'wechat', text: '电话多少', intent: 'contact.phone', confidence: 0.9, fallback: false, report: null, time: '2026-11-28T01:00:00Z' });
  await store.logTurn({ user: 'b', channel: 'wechat', text: '电话', intent: 'contact.phone', confidence: 0.9, fallback: false, report: null, time: '2026-11-27T01:00:00Z' });
  await store.logTurn({ user: 'c', channel: 'telegram', text: '停车场在哪？', intent: null, confidence: 0.1, fallback: true, report: null, time: '2026-11-27T02:00:00Z' });
  await store.logTurn({ user: 'd', channel: 'telegram', text: '停车场在哪', intent: null, confidence: 0.1, fallback: true, report: null, time: '2026-11-27T03:00:00Z' });
  await store.logTurn({ user: 'e', channel: 'telegram', text: '食堂几点开门', intent: null, confidence: 0.1, fallback: true, report: null, time: '2026-11-26T03:00:00Z' });
  await store.addFeedback({ turnId: t.id, intent: null, user: 'a', useful: true });
  await store.addFeedback({ intent: 'contact.phone', user: 'b', useful: false });
  await store.addFeedback({ intent: 'contact.phone', user: 'x', useful: true });
  await store.addFeedback({ intent: 'contact.phone', user: 'y', useful: true });
  const core = fakeCore([report('南岗区人民政府办公室', 2022, [{ rule: 'R1', severity: 'error', message: '总计与各项之和不符', row: '本年新收', column: '总计', numbers: [100, 98] }])]);
  return { store, core, staff };
}

describe('parseStaffCommand', () => {
  test.each([
    ['/stats', 'stats'], ['/统计', 'stats'], ['／统计', 'stats'], ['/STATS', 'stats'], ['/stats@DisclosureBot', 'stats'],
    ['/unanswered 5', 'unanswered'], ['/未答', 'unanswered'], ['/reports', 'reports'], ['/报告', 'reports'],
    ['/check', 'check'], ['/检查', 'check'], ['/reload', 'reload'], ['/重载', 'reload'], ['  /help', 'help'],
  ])('%s → %s', (text, command) => expect(parseStaffCommand(text)?.command).toBe(command));

  test.each(['你好', '2022年收到多少申请', '/start', '/foo', '/', '统计', 'stats', ''])('not a staff command: %j', (text) =>
    expect(parseStaffCommand(text)).toBeNull(),
  );
});

describe('handleStaffCommand for staff', () => {
  test('returns null for anything that is not a staff command', async () => {
    const ctx = await ctxWithData();
    for (const text of ['你好', '/start', '/whatever', '电话多少']) expect(await handleStaffCommand(text, ctx)).toBeNull();
  });

  test('/stats: questions per day, answered and fallback %, top intents, satisfaction', async () => {
    const ctx = await ctxWithData();
    const out = (await handleStaffCommand('/stats', ctx))!;
    expect(out).toContain('11-26 1/1');
    expect(out).toContain('11-27 3/2');
    expect(out).toContain('11-28 1');
    expect(out).toContain('记录内共 5 条');
    expect(out).toContain('已回答 40%，未能回答 60%');
    expect(out).toContain('热门问题：contact.phone 2');
    expect(out).toContain('👍 3 / 👎 1（有用 75%）');
    expect(out.split('\n').length).toBeLessThanOrEqual(8);
    expect(await handleStaffCommand('/统计', ctx)).toBe(out);
  });

  test('/unanswered [N]: most asked first, with counts and last seen; N limits the list', async () => {
    const ctx = await ctxWithData();
    const out = (await handleStaffCommand('/unanswered', ctx))!;
    expect(out.split('\n')).toEqual([
      '❓ 未能回答的问题（共 2 条，按次数列出前 2 条）：',
      '1. 停车场在哪 ×2（最近 11-27 11:00）',
      '2. 食堂几点开门 ×1（最近 11-26 11:00）',
    ]);
    const one = (await handleStaffCommand('/未答 1', ctx))!;
    expect(one).toContain('前 1 条');
    expect(one).not.toContain('食堂');
  });

  test('/unanswered on an empty store', async () => {
    const ctx = { ...(await ctxWithData()), store: createMemoryStore() };
    expect(await handleStaffCommand('/unanswered', ctx)).toBe('暂无未能回答的问题。');
  });

  test('/reports: office, year, file, value count, findings count, and load errors', async () => {
    const ctx = await ctxWithData();
    ctx.core = fakeCore([report('南岗区人民政府办公室', 2022, [], 5), report('沭阳县人民政府', 2025, [{ rule: 'R2', severity: 'warning', message: 'x' }])], [
      { file: '/srv/data/reports/坏文件.pdf', message: '坏文件.pdf：PDF 无法读取' },
    ]);
    const out = (await handleStaffCommand('/reports', ctx))!;
    expect(out.split('\n')).toEqual([
      '📄 已加载报告 2 份：',
      '1. 南岗区人民政府办公室 2022年 — 南岗区人民政府办公室-2022.txt；数据 5 项，核对发现 0 条',
      '2. 沭阳县人民政府 2025年 — 沭阳县人民政府-2025.txt；数据 3 项，核对发现 1 条',
      '⚠️ 加载失败 1 个文件：',
      '- 坏文件.pdf：PDF 无法读取',
    ]);
  });

  test('/check: findings with rule, severity, row, column and numbers; errors first; long lists cut', async () => {
    const ctx = await ctxWithData();
    const many: Finding[] = Array.from({ length: 25 }, (_, i) => ({ rule: 'R3', severity: 'info', message: `提示${i}` }));
    ctx.core = fakeCore([
      report('南岗区人民政府办公室', 2022, [
        { rule: 'year', severity: 'warning', message: '标题年份与统计期不一致' },
        { rule: 'R1', severity: 'error', message: '总计与各项之和不符', row: '本年新收', column: '总计', numbers: [100, 98] },
      ]),
      report('沭阳县人民政府', 2025),
      report('某某街道办事处', 2024, many),
    ]);
    const lines = (await handleStaffCommand('/check', ctx))!.split('\n');
    expect(lines[0]).toBe('📋 南岗区人民政府办公室-2022：❌ 1 ⚠️ 1');
    expect(lines[1]).toBe('❌ [R1] 总计与各项之和不符（行：本年新收；列：总计；数：100、98）');
    expect(lines[2]).toBe('⚠️ [year] 标题年份与统计期不一致');
    expect(lines[3]).toBe('✅ 沭阳县人民政府-2025：未发现问题');
    expect(lines.at(-1)).toBe('……另有 7 条未列出（完整结果：disclosure-bot check）');
    ctx.core = fakeCore([report('沭阳县人民政府', 2025)]);
    expect(await handleStaffCommand('/检查', ctx)).toBe('✅ 沭阳县人民政府-2025：未发现问题');
  });

  test('/reload: the core’s message', async () => {
    const ctx = await ctxWithData();
    expect(await handleStaffCommand('/reload', ctx)).toBe('✅ 已重新加载');
    expect(ctx.core.reload).toHaveBeenCalledTimes(1);
  });

  test('/reload with a broken file: the failure is reported and the old reports stay in use', async () => {
    // Fake core with the documented contract: a file that fails keeps its previous version.
    let reports = [report('南岗区人民政府办公室', 2022, [], 7)];
    let errors: LoadError[] = [];
    const core = {
      reports: () => reports,
      loadErrors: () => errors,
      reload: vi.fn(async (): Promise<ReloadResult> => {
        const next = { reports: [] as Report[], errors: [{ file: '/srv/data/reports/南岗区人民政府办公室-2022.txt', message: '南岗区人民政府办公室-2022.txt：不是政府信息公开工作年度报告' }] };
        errors = next.errors;
        reports = reports.filter((r) => next.errors.some((e) => e.file === r.file)).concat(next.reports); // keep the old version
        return { ok: false, message: '1 个文件加载失败，已保留其原有版本：南岗区人民政府办公室-2022.txt' };
      }),
    };
    const ctx: StaffContext = { store: createMemoryStore(), core, staff: true };
    const before = (await handleStaffCommand('/reports', ctx))!;
    expect(await handleStaffCommand('/reload', ctx)).toBe('⚠️ 1 个文件加载失败，已保留其原有版本：南岗区人民政府办公室-2022.txt');
    const after = (await handleStaffCommand('/reports', ctx))!;
    expect(after.split('\n').slice(0, 2)).toEqual(before.split('\n').slice(0, 2)); // same report, same 7 values
    expect(after).toContain('数据 7 项');
    expect(after).toContain('⚠️ 加载失败 1 个文件：');
  });

  test('/reload that throws: a message, not a crash', async () => {
    const ctx = await ctxWithData();
    ctx.core = fakeCore([], [], async () => {
      throw new Error('intents/figures.yml 第 3 行格式错误');
    });
    expect(await handleStaffCommand('/reload', ctx)).toBe('⚠️ 重新加载失败：intents/figures.yml 第 3 行格式错误。仍在使用原有数据。');
  });

  test('/help lists the commands', async () => {
    const out = (await handleStaffCommand('/帮助', await ctxWithData()))!;
    for (const c of ['/stats', '/unanswered', '/reports', '/check', '/reload']) expect(out).toContain(c);
  });
});

describe('handleStaffCommand for others', () => {
  test.each(['/stats', '/统计', '/unanswered 5', '/reports', '/check', '/reload', '/重载'])('%s is refused politely, logged, and nothing runs', async (text) => {
    const ctx = await ctxWithData(false);
    const stats = vi.spyOn(ctx.store, 'stats');
    const unanswered = vi.spyOn(ctx.store, 'unanswered');
    const { logger, lines } = capture();
    expect(await handleStaffCommand(text, { ...ctx, user: 'tg:42', logger })).toBe(REFUSAL);
    expect(REFUSAL).toMatch(/仅供工作人员使用/);
    expect(stats).not.toHaveBeenCalled();
    expect(unanswered).not.toHaveBeenCalled();
    expect(ctx.core.reload).not.toHaveBeenCalled();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, user: 'tg:42' });
    expect(String(lines[0]!.msg)).toContain('非工作人员');
  });

  test('/help and non-commands are left to the core (null)', async () => {
    const ctx = await ctxWithData(false);
    expect(await handleStaffCommand('/help', ctx)).toBeNull();
    expect(await handleStaffCommand('/start', ctx)).toBeNull();
    expect(await handleStaffCommand('你好', ctx)).toBeNull();
  });
});
