import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { largestPart } from '../../../src/core/policy/largest-part.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-real');
});
const afterRefused = { intent: 'figures.query', report: '淮安市人民政府-2024', metric: metric({ rows: ['refused'] }) };

describe('largest-part', () => {
  it('"哪一类最多" right after 不予公开: its largest reason with its count, from the cells', () => {
    const d = largestPart.decide(u({ norm: '哪一类最多' }), afterRefused, kn);
    const text = d?.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('最多的是“属于行政查询事项”：105 件');
  });
  it('"哪种理由最少": the smallest; no result before, a report named, or another question: no decision', () => {
    const d = largestPart.decide(u({ norm: '哪种理由最少' }), afterRefused, kn);
    expect(d?.kind === 'passage' ? d.parts.lines[0] : '').toContain('最少的是');
    expect(largestPart.decide(u({ norm: '哪一类最多' }), {}, kn)).toBeUndefined();
    expect(largestPart.decide(u({ norm: '哪一类最多', slots: { years: [2023], offices: [], unknownOffices: [], spans: [] } }), afterRefused, kn)).toBeUndefined();
    expect(largestPart.decide(u({ norm: '不予公开是什么意思' }), afterRefused, kn)).toBeUndefined();
  });
});
