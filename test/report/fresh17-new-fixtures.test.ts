/**
 * Four offices' reports as web pages keep them, cut at about 2,000 bytes (test/fixtures/reports-fresh17-new,
 * read by hand in EXPECTED-fresh17-new.md): a title behind a site's version tag (【文字】), a township named
 * in its title without its county or "人民政府", and a page with no title whose opening paragraph names the report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';
import { loadKnowledge } from '../../src/core/bot.js';
import { parseTitle } from '../../src/report/parse/identity.js';
import { fillTemplate, renderMetric, textOf } from '../../src/answer/render.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-fresh17-new');

describe('fresh17-new: who published the report', () => {
  it('a version tag before the title is no part of the office\'s name ("【文字】2024年丽水市林业局…")', async () => {
    expect(parseTitle('【文字】2024年丽水市林业局政府信息公开工作年度报告')).toEqual({ office: '丽水市林业局', year: 2024 });
    // (the year with no 年 after it)
    expect(parseTitle('西藏自治区政府国资委2020政府信息公开工作年度报告')).toEqual({ office: '西藏自治区政府国资委', year: 2020 });
    const r = await loadReport(join(DIR, '丽水市林业局-2024.txt'));
    expect([r.office, r.year]).toEqual(['丽水市林业局', 2024]);
  });
  it('a title naming the office by its level alone (省建设厅…) takes the name staff gave the file; a grid bar after the title is no breadcrumb', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh25-newa' });
    const r = kn.reports.find((x) => x.year === 2020);
    expect(r?.office).toBe('浙江省住房和城乡建设厅');
    expect(r?.aliases).toContain('省建设厅');
  });

  it('a township titled by its own name takes the full name the file gives, keeping the short one', async () => {
    const r = await loadReport(join(DIR, '会昌县中村乡人民政府-2020.txt'));
    expect([r.office, r.year]).toEqual(['会昌县中村乡人民政府', 2020]);
    expect(r.aliases).toContain('中村乡');
    expect(r.values['t2.normative.issued']?.value).toBe(5);
  });

  it('an amount printed without its unit (采购总金额 8040): the number as printed, never 万元 guessed', async () => {
    const r = await loadReport(join(DIR, '会昌县中村乡人民政府-2020.txt'));
    const t = textOf(renderMetric(r, { table: '二', rows: ['procurement'], cols: ['amount'], spans: [], rowsExplicit: true }));
    expect(t).toContain('8040（报告未注明单位）');
    expect(t).not.toContain('万元');
  });

  it('a page without a title whose opening names the report ("现公布…2023年政府信息公开工作年度报告") is a report', async () => {
    const r = await loadReport(join(DIR, '陕西省地方志办公室-2023.txt'));
    expect([r.office, r.year]).toEqual(['陕西省地方志办公室', 2023]);
    expect(r.passages.some((p) => /426/.test(p.text))).toBe(true);
  });

  it('the contact in brackets after "可与…联系" (no 请): department, address, postcode, phone, e-mail', async () => {
    const r = await loadReport(join(DIR, '丽水市林业局-2024.txt'));
    expect(r.contact).toMatchObject({
      department: '丽水市林业局办公室', address: '丽水市括苍路158号', postcode: '323000', phone: '0578-2173743', email: 'zjlslyxx@126.com',
    });
    // no department named: the office labels the address line, which is not dropped with its label
    const noDept = { ...r, contact: { ...r.contact, department: undefined } };
    expect(fillTemplate('{contact.department}地址：{contact.address}\n邮编：{contact.postcode}', noDept)).toBe('丽水市林业局地址：丽水市括苍路158号\n邮编：323000');
  });

  it('a notes file that only mentions reports is still refused', async () => {
    await expect(loadReport(join(DIR, 'EXPECTED-fresh17-new.md'))).rejects.toThrow(/不是政府信息公开工作年度报告/);
  });
});
