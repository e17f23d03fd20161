// The net change of documents made and repealed, asked of a row that has no such columns (src/answer/render-t2.ts).
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { renderMetric } from '../../src/answer/render.js';

describe('table 二: a difference of 制发 and 废止 asked of a row without them', () => {
  it('行政许可 carried over from a question on 规范性文件 (no 废止 column): said not listed, never a TypeError', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh95-newa' });
    const r = kn.reports[0]!;
    const out = renderMetric(r, { table: '二', rows: ['license'], cols: ['issued', 'repealed'], difference: true, vague: false, spans: [] });
    expect(out.lines.join('')).toContain('行政许可');
  });
});
