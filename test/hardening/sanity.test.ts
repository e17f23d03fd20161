/**
 * Issue 14, item 7: a report whose tables hold impossible figures (自然人 -15 件, 1e+30 件, 2.5 件) is
 * loaded with a staff warning (/check, `check`), and citizens are never told those figures: they get
 * "报告数据有误" with the office phone. Valid figures of the same report are still answered.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createCore } from '../../src/core/bot.js';
import { loadReport } from '../../src/report/library.js';
import { impossibleReason } from '../../src/report/sanity.js';

const GOOD = join(import.meta.dirname, '../fixtures/reports/南岗区人民政府办公室-2022.txt');
const dir = mkdtempSync(join(tmpdir(), 'harden-sanity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HUGE = '1000000000000000000000000000000'; // 1e+30 once parsed
const lines = readFileSync(GOOD, 'utf8').split('\n');
const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
// 本年新收: 自然人 15 → -15; 予以公开: 自然人 and 总计 4 → 1e+30
lines[at('一、本年新收')] = lines[at('一、本年新收')]!.replace('\t\t15\t0', '\t\t-15\t0');
lines[at('三、本年度办理结果')] = lines[at('三、本年度办理结果')]!.replace(/\t4\t0\t0\t0\t0\t0\t4/, `\t${HUGE}\t0\t0\t0\t0\t0\t${HUGE}`);
const BAD = join(dir, '南岗区人民政府办公室-2022.txt');
writeFileSync(BAD, lines.join('\n'));

describe('impossible figures', () => {
  test('the rule: negative, fractional counts, absurd magnitudes; amounts may be fractional', () => {
    expect(impossibleReason('t3.new.natural', -15)).toBe('为负数');
    expect(impossibleReason('t3.new.total', 2.5)).toBe('件数不是整数');
    expect(impossibleReason('t3.granted.total', 1e30)).toBe('数值大得不合常理');
    expect(impossibleReason('t3.new.total', Number.NaN)).toBe('不是有效数字');
    expect(impossibleReason('t2.fees.amount', 12.5)).toBeUndefined();
    expect(impossibleReason('t2.fees.amount', -1)).toBe('为负数');
    expect(impossibleReason('t3.new.total', 15)).toBeUndefined();
    expect(impossibleReason('t3.new.total', 0)).toBeUndefined();
  });

  test('the report loads, with the values flagged and one staff finding each', async () => {
    const r = await loadReport(BAD);
    expect(r.values['t3.new.natural']).toMatchObject({ value: -15, invalid: '为负数' });
    expect(r.values['t3.granted.total']!.invalid).toBe('数值大得不合常理');
    const sanity = r.findings.filter((f) => f.rule === 'sanity');
    expect(sanity.length).toBeGreaterThanOrEqual(2);
    expect(sanity.every((f) => f.severity === 'error')).toBe(true);
    expect(sanity.map((f) => f.message).join('\n')).toMatch(/本年新收.*自然人 为 -15（为负数）/);
  });

  test('citizens get "报告数据有误" with the phone, never the figure; other figures are still answered; staff see it in /check', async () => {
    const core = await createCore({ reportsDir: dir });
    expect(core.reports()).toHaveLength(1);
    for (const q of ['自然人新收了多少申请', '予以公开的有多少', '办理结果怎么样', '2022年收到多少申请']) {
      const a = await core.reply({ user: `c-${q}`, text: q, channel: 'console' });
      expect(a.text, q).toContain('报告数据有误');
      expect(a.text, q).toContain('0451-82705546');
      expect(a.text, q).not.toMatch(/-15|1e\+30|1000000000000000000000000000000/);
    }
    const fine = await core.reply({ user: 'c-fine', text: '不予公开的有多少', channel: 'console' });
    expect(fine.text).toContain('2 件');
    const check = await core.reply({ user: 'staff', text: '/check', channel: 'console', staff: true });
    expect(check.text).toContain('数据不合理');
    await core.close();
  }, 60_000);
});
