// Reports of the hundred-and-sixteenth blind round (pages corpus openings) read as published.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { isTitle } from '../../src/report/parse/sections.js';

const dir = 'test/fixtures/reports-fresh116-newb';

describe('fresh116: titles with a note, a preface inside section 一', () => {
  it('a title followed by a bracketed note of where it was taken from is still the title, the note dropped', async () => {
    expect(isTitle('鞍山市政府2019年度政府信息公开工作报告（来源：某网站 http://example.gov.cn/a/b/index.shtml，仅存页面开头）')).toBe(true);
    expect(isTitle('岔河乡2022年政府信息公开工作年度报告（某县某乡人民政府；来源：http://example.gov.cn/x）')).toBe(true);
    const { kn } = await loadKnowledge({ reportsDir: dir });
    expect(kn.reports).toHaveLength(3);
    const anshan = kn.reports.find((r) => r.year === 2019)!;
    expect(anshan.title).toBe('鞍山市政府2019年度政府信息公开工作报告');
  });
  it('the preface printed as section 一\'s first paragraph ("现向社会公布…年度报告…咨询电话:0877—4311123"): its phone is the contact', async () => {
    const { kn } = await loadKnowledge({ reportsDir: dir });
    const chahe = kn.reports.find((r) => r.office.includes('岔河乡'))!;
    expect(chahe.contact.phone).toBe('0877-4311123');
    expect(chahe.contact.website ?? '').not.toContain('pages');
  });
});
