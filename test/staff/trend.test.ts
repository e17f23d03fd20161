/**
 * Year-over-year answers on the reports-years fixtures (南岗区 2021/2022/2023, 沭阳县 2025): figures per
 * year, change and percentage, years labelled; questions that are not comparisons are left alone; the
 * chart PNG has the PNG signature, a sane size and non-white pixels.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { change, figureOf, series, wordChange } from '../../src/answer/trend.js';
import { trendAnswer } from '../../src/answer/trend-answer.js';
import { createCore } from '../../src/core/bot.js';
import { loadLibrary } from '../../src/report/library.js';
import type { Report } from '../../src/report/types.js';
import { startTelegram } from '../../src/channels/telegram.js';
import { FakeTelegram, message } from '../channels/fake-telegram.js';
import { memoryLogger, until } from '../channels/helpers.js';

const OFFICE = '南岗区人民政府办公室';
let reports: Report[];

beforeAll(async () => {
  reports = (await loadLibrary('test/fixtures/reports-years')).reports;
});

describe('trend math', () => {
  test('series, change and percentage', () => {
    const s = series(reports, OFFICE, figureOf('申请数'));
    expect(s.map((p) => [p.year, p.value])).toEqual([[2021, 27], [2022, 15], [2023, 46]]);
    const c = change(s[1]!, s[2]!);
    expect(c).toMatchObject({ delta: 31, pct: 206.7 });
    expect(wordChange(c, '件')).toBe('增加 31 件（+206.7%）');
    expect(wordChange(change(s[0]!, s[1]!), '件')).toBe('减少 12 件（-44.4%）');
    expect(wordChange(change({ year: 1, value: 0, report: 'a' }, { year: 2, value: 5, report: 'b' }), '件')).toContain('上年为 0');
    expect(wordChange(change({ year: 1, value: null, report: 'a' }, s[2]!), '件')).toContain('无法比较');
  });

  test('figure words: 复议, 诉讼 (sum of both kinds), 不予公开', () => {
    expect(series(reports, OFFICE, figureOf('行政复议变化')).map((p) => p.value)).toEqual([3, null, 8]);
    expect(series(reports, OFFICE, figureOf('行政诉讼')).map((p) => p.value)).toEqual([2, null, 4]);
    expect(figureOf('不予公开的申请').id).toBe('refused');
    expect(figureOf('比去年多了多少').id).toBe('requests');
  });
});

describe('trendAnswer', () => {
  test('比去年多了多少: the newest two years, the change and the percentage, each year labelled', () => {
    const t = trendAnswer('比去年多了多少', reports, OFFICE)!;
    expect(t.points.map((p) => p.year)).toEqual([2022, 2023]);
    expect(t.text).toContain('2022年：15 件');
    expect(t.text).toContain('2023年：46 件（比2022年增加 31 件，+206.7%）');
    expect(t.report).toBe(`${OFFICE}-2023`);
  });

  test('"2021到2023这三年新收申请分别是多少": the span, the year between included', () => {
    const t = trendAnswer('2021到2023这三年新收申请分别是多少？哪年最多', reports, OFFICE)!;
    expect(t.points.map((p) => p.year)).toEqual([2021, 2022, 2023]);
  });

  test('近三年申请数变化: three years, each change, and first → last', () => {
    const t = trendAnswer('近三年申请数变化', reports, OFFICE)!;
    expect(t.text).toContain('2021年：27 件');
    expect(t.text).toContain('2022年：15 件（比2021年减少 12 件，-44.4%）');
    expect(t.text).toContain('2023年：46 件（比2022年增加 31 件，+206.7%）');
    expect(t.text).toContain('2023年比2021年增加 19 件（+70.4%）');
    expect(t.chart.series[0]!.points).toEqual([{ x: '2021', y: 27 }, { x: '2022', y: 15 }, { x: '2023', y: 46 }]);
  });

  test('named years and figures: 2021年和2023年的行政复议数量对比一下', () => {
    const t = trendAnswer('2021年和2023年的行政复议数量对比一下', reports, OFFICE)!;
    expect(t.text).toContain('2021年：3 件');
    expect(t.text).toContain('2023年：8 件（比2021年增加 5 件，+166.7%）');
    const y = trendAnswer('2022年比去年不予公开的多了多少', reports, OFFICE)!;
    expect(y.points.map((p) => [p.year, p.value])).toEqual([[2021, 3], [2022, 2]]);
  });

  test('not a trend: single-year questions, one loaded year, two offices', () => {
    expect(trendAnswer('2021年收到多少申请', reports, OFFICE)).toBeNull();
    expect(trendAnswer('怎么申请政府信息公开', reports, OFFICE)).toBeNull();
    expect(trendAnswer('沭阳县比去年多了多少申请', reports, OFFICE)).toBeNull(); // one year loaded
    expect(trendAnswer('南岗区和沭阳县的申请数对比', reports, OFFICE)).toBeNull();
  });
});

describe('through the core and as a chart', () => {
  test('core.reply answers with the trend and chart data; other questions unchanged', async () => {
    const core = await createCore({ reportsDir: 'test/fixtures/reports-years', defaultOffice: OFFICE });
    const a = await core.reply({ user: 'u1', channel: 'console', text: '近三年申请数变化' });
    expect(a).toMatchObject({ kind: 'answer', intent: 'trend', fallback: false, report: `${OFFICE}-2023` });
    expect(a.text).toContain('2022年：15 件（比2021年减少 12 件，-44.4%）');
    expect(a.chart?.series[0]?.points.length).toBe(3);
    const b = await core.reply({ user: 'u1', channel: 'console', text: '2021年收到多少申请' });
    expect(b.intent).not.toBe('trend');
    expect(b.chart).toBeUndefined();
    await core.close();
  });

  test('the PNG: signature, size within bounds, not blank', async () => {
    const { barChartPng } = await import('../../src/chart/png.js');
    const t = trendAnswer('近三年申请数变化', reports, OFFICE)!;
    const png = await barChartPng(t.chart);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(1_000);
    expect(png.length).toBeLessThan(200_000);
    // IHDR: width and height
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([480, 280]);
    // decode and count coloured (bar) pixels
    const { Resvg } = await import('@resvg/resvg-js');
    const { barChartSvg } = await import('../../src/chart/svg.js');
    const img = new Resvg(barChartSvg(t.chart)).render();
    const px = img.pixels;
    let blue = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 100 && px[i + 2]! > 150) blue++;
    expect(blue).toBeGreaterThan(2_000); // three bars of #3366cc
  });
});

test('Telegram: the answer, then the chart as a photo (PNG upload with the title as caption)', async () => {
  const core = await createCore({ reportsDir: 'test/fixtures/reports-years', defaultOffice: OFFICE });
  const api = await new FakeTelegram().start();
  const handle = await startTelegram({
    core,
    config: { telegram: { token: '123456789:AAE_fake_token_for_tests_0123456789ab', apiRoot: api.apiRoot, webhookPort: 8080 }, staffIds: [], staffGroups: [], rateLimit: 50 },
    log: memoryLogger().log,
    pollTimeoutSeconds: 1,
  });
  try {
    api.push(message({ from: 301, text: '近三年申请数变化' }));
    await until(() => api.calls.some((c) => c.method === 'sendPhoto'), 15_000, 'sendPhoto');
    const text = api.sent().find((c) => c.payload.chat_id === 301)!.payload.text as string;
    expect(text).toContain('2023年：46 件（比2022年增加 31 件，+206.7%）');
    const photo = api.calls.find((c) => c.method === 'sendPhoto')!;
    expect(photo.payload.chat_id).toBe('301');
    expect(photo.payload.caption).toBe(`${OFFICE} 本年新收政府信息公开申请数量`);
    // grammY sends photo=attach://<id> and the file as the part <id>
    const ref = String(photo.payload.photo).replace(/^attach:\/\//, '');
    const png = photo.payload[ref].upload as Buffer;
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBeGreaterThan(1_000);
    // a single-year question sends no photo
    api.push(message({ from: 302, text: '2021年收到多少申请' }));
    await until(() => api.sent().some((c) => c.payload.chat_id === 302), 10_000, 'answer');
    expect(api.calls.filter((c) => c.method === 'sendPhoto').length).toBe(1);
  } finally {
    await handle.stop();
    await api.close();
    await core.close();
  }
});
