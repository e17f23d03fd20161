/**
 * Ten offices' pages cut at about 2,000 bytes (test/fixtures/reports-fresh20-newa and -newb, read by hand in
 * their EXPECTED files): a page in traditional characters, preambles that say "制作本报告" or "本年度报告根据",
 * and a page whose metadata grid repeats the title after the label 名称.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/bot.js';
import { loadReport } from '../../src/report/library.js';
import { isTraditional } from '../../src/report/parse/traditional.js';
import { createMemoryStore } from '../../src/store/memory.js';

const A = join(import.meta.dirname, '..', 'fixtures', 'reports-fresh20-newa');
const B = join(import.meta.dirname, '..', 'fixtures', 'reports-fresh20-newb');

describe('fresh20-new: pages as the corpus saved them', () => {
  it('a report in traditional characters is read in simplified ones, and says so', async () => {
    const r = await loadReport(join(A, '湖南省公安厅-2021.txt'));
    expect([r.office, r.year]).toEqual(['湖南省公安厅', 2021]);
    expect(r.findings.map((f) => f.message)).toContain('报告为繁体字，已转为简体读取');
    expect(r.passages.some((p) => /行政复议4件/.test(p.text.replace(/\s+/g, '')))).toBe(true);
  });
  it('a simplified report quoting a few traditional characters is left as it is', async () => {
    const text = await readFile(join(B, '桐梓县人民政府-2022.txt'), 'utf8');
    const doc = { file: 'x.txt', blocks: [{ kind: 'paragraph' as const, text: text + '（香港特別行政區）' }] };
    expect(isTraditional(doc)).toBe(false);
    const r = await loadReport(join(B, '桐梓县人民政府-2022.txt'));
    expect(r.findings.some((f) => f.rule === 'script')).toBe(false);
  });
  it('"依据《条例》第五十条之规定,制作本报告。" then 一、总体情况: a report', async () => {
    const r = await loadReport(join(A, '广东省自然资源厅-2019.txt'));
    expect([r.office, r.year]).toEqual(['广东省自然资源厅', 2019]);
  });
  it('"本年度报告根据《条例》…编制" then 一、总体情况: a report, with its contact', async () => {
    const r = await loadReport(join(B, '乌拉特后旗人民政府-2024.txt'));
    expect([r.office, r.year]).toEqual(['乌拉特后旗人民政府', 2024]);
    expect(r.contact.phone).toContain('4631077');
  });
  it('the metadata field "名称 XX局…年度报告" is not taken for the title with its label', async () => {
    const r = await loadReport(join(A, '宿迁市市场监督管理局-2021.txt'));
    expect(r.office).toBe('宿迁市市场监督管理局');
  });
  it('the report names the format document it follows (report.format-basis, read from its opening)', async () => {
    const core = await createCore({ reportsDir: A, store: createMemoryStore() });
    const a = await core.reply({ user: 'u', text: '湖南省公安厅2021年度报告是按哪个文件的格式编的', channel: 'console' });
    expect(a.intent).toBe('report.format-basis');
    expect(a.text).toMatch(/湖南省公安厅2021年报告开头：.*30号/);
    const b = await core.reply({ user: 'u', text: '文登住建局2019年主动公开了多少条信息', channel: 'console' });
    expect(b.text).toContain('227');
    await core.close();
  });
});
