// The load's notes of a report printed off the national format (国办公开办函〔2021〕30号): a heading, a row's label or a
// column's name a character or two off, and a row with more numbers than columns — each noted once, the figures read as
// before.
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.js';
import { headingSlips } from '../../src/report/parse/heading-slips.js';

describe('format slips noted at load', () => {
  it('the default report: 政务 for 政府 in heading 四, 其他报告的事项 in heading 六, 不在处理, 社会组织, an extra 0 in 总计', async () => {
    const r = await loadReport('data/reports/南岗区人民政府办公室-2022.txt');
    const notes = r.findings.map((f) => `${f.rule} ${f.message}`);
    expect(notes.some((n) => n.startsWith('heading-slip') && n.includes('四、政务信息公开') && n.includes('四、政府信息公开'))).toBe(true);
    expect(notes.some((n) => n.startsWith('heading-slip') && n.includes('六、其他需要报告的事项'))).toBe(true);
    expect(notes.filter((n) => n.startsWith('label-slip') && n.includes('“在”应为“再”'))).toHaveLength(2);
    expect(notes.some((n) => n.startsWith('column-name') && n.includes('社会组织') && n.includes('社会公益组织'))).toBe(true);
    expect(notes.some((n) => n.includes('总计') && n.includes('8个数字') && n.includes('多出1个'))).toBe(true);
    // (the figures read as before: 不予处理 1, 其他处理 0, 总计 15)
    expect(r.values['t3.total.total']?.value).toBe(15);
    expect(r.values['t3.other.no-correction.total']?.value).toBe(0);
  });
  it('a heading a slip off is noted; one as the format has it, or worded its own way, is not', () => {
    expect(headingSlips({ 四: '四、政务信息公开行政复议、行政诉讼情况' })).toHaveLength(1);
    expect(headingSlips({ 四: '四、政府信息公开行政复议、行政诉讼情况', 一: '一、 总体情况' })).toHaveLength(0);
    expect(headingSlips({ 二: '二、本机关全年主动发布的各类政务信息统计' })).toHaveLength(0);
  });
});
