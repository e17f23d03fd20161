// Staff arithmetic on a report's own cells: results added up, a sum's share, two figures' difference, a
// result's share of table 四's cases. Every figure computed is said to be computed from the report.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMetric, textOf } from '../../src/answer/render.js';
import { loadKnowledge } from '../../src/core/bot.js';
import { understand } from '../../src/core/understanding.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import type { Report } from '../../src/report/types.js';
import type { MetricQuery } from '../../src/understand/metrics.js';

const cells: Record<string, number | null> = {
  't3.new.total': 15, 't3.total.total': 15, 't3.refused.total': 2, 't3.unable.total': 8, 't3.rejected.total': 1, 't3.granted.total': 4,
  't3.other.total': null,
  't4.review.total': 351, 't4.review.corrected': 64, 't4.review.upheld': 250, 't4.review.other': 20, 't4.review.pending': 17,
};
const r = { id: 'x', office: '甲区人民政府办公室', year: 2022, values: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, { value: v }])) } as unknown as Report;
const t3 = (rows: string[], over: Partial<MetricQuery> = {}): MetricQuery => ({ table: '三', rows, cols: [], spans: [], rowsExplicit: true, ...over });

describe('table 三: results added up', () => {
  it('the sum of the results asked, with its parts, said to be computed', () => {
    expect(textOf(renderMetric(r, t3(['refused', 'unable'], { added: true })))).toContain('以上 2 项合计 10 件（2 + 8，按报告数字计算）');
  });
  it('the sum\'s share of the new requests when a share is asked too', () => {
    const t = textOf(renderMetric(r, t3(['refused', 'unable', 'rejected', 'new', 'total'], { added: true, rate: true })));
    expect(t).toContain('以上 3 项合计 11 件');
    expect(t).toContain('合计占本年新收政府信息公开申请的 73.3%（11 ÷ 15');
  });
  it('a part the report does not give: no sum (a figure not in the report is never made up)', () => {
    expect(textOf(renderMetric(r, t3(['refused', 'other'], { added: true })))).not.toContain('合计');
  });
  it('not asked added up: no sum', () => {
    expect(textOf(renderMetric(r, t3(['refused', 'unable'])))).not.toContain('合计');
  });
});

describe('two figures against each other', () => {
  it('their difference, larger first', () => {
    expect(textOf(renderMetric(r, t3(['granted', 'unable'], { difference: true })))).toContain('两者相差 4（8 − 4，按报告数字计算）');
  });
  it('three figures: no difference', () => {
    expect(textOf(renderMetric(r, t3(['granted', 'unable', 'refused'], { difference: true })))).not.toContain('相差');
  });
});

describe('table 四: a result\'s share of the cases ("纠错率")', () => {
  it('结果纠正 over the 行政复议 total', () => {
    const t = textOf(renderMetric(r, { table: '四', rows: ['review'], cols: ['corrected'], spans: [], rowsExplicit: true, rate: true }));
    expect(t).toContain('结果纠正占行政复议总数的 18.2%（64 ÷ 351，按报告数字计算）');
  });
});

describe('the question read as arithmetic', () => {
  let kn: Knowledge;
  beforeAll(async () => {
    ({ kn } = await loadKnowledge({ reportsDir: 'data/reports' }));
  });
  const metricOf = (text: string) => understand(kn, text).metric;
  it('加上 / 一共 with two results: added; 分别: not', () => {
    expect(metricOf('不予公开加上无法提供一共多少件')).toMatchObject({ added: true });
    expect(metricOf('不予公开和无法提供分别是多少件')?.added).toBeUndefined();
  });
  it('比…多几件: a difference', () => {
    expect(metricOf('规范性文件现行有效的比本年制发的多几件')).toMatchObject({ table: '二', difference: true });
  });
});

describe('why a reason applies: its legal basis', () => {
  it('every reason of table 三 has one, quoting the regulation or saying the national format lists it', async () => {
    const { T3_ROWS } = await import('../../src/report/format.js');
    for (const row of T3_ROWS.filter((x) => x.parent)) {
      if (row.id === 'other.other') continue; // "其他" has no basis of its own
      expect(row.basis, row.id).toMatch(/《条例》第|国家格式/);
    }
  });
  it('asked why ("凭啥不予处理"): the count and the basis; asked how many: the count only', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    const why = understand(kn, '信访举报投诉类的申请凭啥就不予处理了').metric!;
    expect(why.basis).toBe(true);
    const t = textOf(renderMetric(kn.reports[0]!, why));
    expect(t).toContain('1 件');
    expect(t).toContain('依据：《条例》第三十九条第一款');
    expect(understand(kn, '信访举报投诉类的申请有几件').metric?.basis).toBeUndefined();
  });
});

describe('arithmetic words', () => {
  it('减去 / 净增: a difference; the row\'s own 理由 is no why', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    expect(understand(kn, '规范性文件制发减去废止，净增了几件').metric).toMatchObject({ difference: true });
    expect(understand(kn, '无正当理由大量反复申请的有几件').metric?.basis).toBeUndefined();
  });
});

describe('an applicant column\'s share, and results set against the total', () => {
  it('"新收申请里自然人占比多少": the column over its row\'s total', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-other' });
    const m = understand(kn, '临朐县政府办2024年新收申请里自然人占比多少').metric!;
    const r = kn.reports.find((x) => x.office.startsWith('临朐'))!;
    expect(textOf(renderMetric(r, m))).toContain('自然人占本年新收政府信息公开申请的 82.1%（96 ÷ 117');
  });
  it('"予以公开+…+其他处理，加起来等不等于总计": the sum and the total compared', async () => {
    const { consistencyAnswer } = await import('../../src/answer/consistency.js');
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    const t = textOf(consistencyAnswer(kn.reports[0]!, { table: '三', rows: ['granted', 'partial', 'refused', 'unable', 'rejected', 'other', 'total'], cols: [], spans: [] }));
    expect(t).toContain('= 15 件，与表中总计 15 件相等，一致');
  });
});

describe('a reason\'s share of its own result row', () => {
  const rr = { ...r, values: { ...r.values, 't3.refused.third-party.total': { value: 1 } } } as unknown as Report;
  it('"不予公开的申请里，因为保护第三方合法权益的占几成": the part against its row, computed', () => {
    expect(textOf(renderMetric(rr, t3(['refused', 'refused.third-party'], { rate: true })))).toContain('“保护第三方合法权益”占“不予公开”的 50%（1 ÷ 2，按报告数字计算）');
  });
});

describe('reading the share and the negation', () => {
  let kn: Knowledge;
  beforeAll(async () => {
    kn = (await loadKnowledge({})).kn;
  });
  it('both rows named with 占几成 ask the part\'s share of its row', () => {
    const u = understand(kn, '不予公开的申请里，因为保护第三方合法权益的占几成？', {});
    expect(u.metric?.rows).toEqual(['refused', 'refused.third-party']);
    expect(u.metric?.rate).toBe(true);
  });
  it('没拿到信息的 is not the granted row', () => {
    expect(understand(kn, '没拿到信息的有几件', {}).metric?.rows ?? []).not.toContain('granted');
    expect(understand(kn, '拿到信息的有几件', {}).metric?.rows).toContain('granted');
  });
});

describe('figures quoted to check', () => {
  const rr = { ...r, values: { ...r.values, 't3.unable.not-held.total': { value: 6 }, 't3.unable.need-create.total': { value: 2 } } } as unknown as Report;
  it('all in the report: yes, with the figures; one not: which one, then the report\'s', () => {
    expect(textOf(renderMetric(rr, t3(['unable', 'unable.not-held', 'unable.need-create'], { quoted: [8, 6, 2] })))).toMatch(/^.*核对：对，您说的 8、6、2 件与报告中的数字一致/);
    expect(textOf(renderMetric(rr, t3(['refused'], { quoted: [3] })))).toContain('您说的 3 件与报告中的数字不一致');
  });
  it('a reason beside its own result is not added to it', () => {
    expect(textOf(renderMetric(rr, t3(['unable', 'unable.not-held', 'unable.need-create'], { added: true })))).not.toContain('16 件');
  });
  it('the question\'s counts are read as quoted only when a check is asked; 企业微信 is no applicant column', async () => {
    const kn = (await loadKnowledge({})).kn;
    const u = understand(kn, '企业微信里同事让我核对表三：无法提供合计8件，其中不掌握6件、需要另行制作2件，对不对？', {});
    expect(u.metric?.quoted).toEqual([8, 6, 2]);
    expect(u.metric?.cols).toEqual([]);
    expect(understand(kn, '无法提供8件里面不掌握的几件', {}).metric?.quoted).toBeUndefined();
  });
});

describe('one figure of two offices set against each other', () => {
  it('"临朐县政府办和丁蜀镇2024年新收申请数相差多少件": both figures and their difference', async () => {
    const { decide } = await import('../../src/core/engine.js');
    const kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-other' })).kn;
    expect(decide(kn, '临朐县政府办和丁蜀镇2024年新收申请数相差多少件？', {}).answer.text).toContain('两者相差 102 件（117 − 15，按报告数字计算）');
  });
});

describe('a sum the asker checks', () => {
  it('"予以公开4、不予公开2、无法提供8、不予处理1，加起来正好等于总计15，对不对": the figures, their sum and 总计 agree', async () => {
    const { decide } = await import('../../src/core/engine.js');
    const kn = (await loadKnowledge({})).kn;
    const t = decide(kn, '我核一下数：予以公开4、不予公开2、无法提供8、不予处理1，加起来正好等于总计15，对不对？', {}).answer.text;
    // (核一下 asks a check of the report's arithmetic: the sum against 总计, from the report's cells)
    expect(t).toContain('予以公开 4 + 不予公开 2 + 无法提供 8 + 不予处理 1 = 15 件，与表中总计 15 件相等，一致');
    expect(decide(kn, '予以公开5、不予公开2，对不对', {}).answer.text).toContain('您说的 5 件与报告中的数字不一致');
  });
});

describe('an applicant column comes with its row\'s total', () => {
  it('the total first, then the column (a column named in passing never hides the row\'s figure)', () => {
    const rr = { ...r, values: { ...r.values, 't3.granted.natural': { value: 3 } } } as unknown as Report;
    const t = textOf(renderMetric(rr, t3(['granted'], { cols: ['natural'] })));
    expect(t.indexOf('予以公开”的申请 4 件')).toBeGreaterThan(-1);
    expect(t.indexOf('予以公开”的申请 4 件')).toBeLessThan(t.indexOf('自然人：'));
  });
});
