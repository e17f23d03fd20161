import { beforeAll, describe, expect, it } from 'vitest';
import { loadIntents, type Lexicon } from '../../src/answer/intents.js';
import { renderMetric, textOf } from '../../src/answer/render.js';
import { findMetric } from '../../src/understand/metrics.js';
import type { Report } from '../../src/report/types.js';

let lexicon: Lexicon;
beforeAll(async () => {
  ({ lexicon } = await loadIntents());
});

describe('what a figure question asks beside the row', () => {
  it('the requests received by an everyday verb are the subject, the result named is asked ("接到的申请里几个给公开了")', () => {
    expect(findMetric('接到的申请里几个给公开了', lexicon)?.rows).toEqual(['granted']);
    // (the verb alone still asks the new requests)
    expect(findMetric('接到的申请有几个', lexicon)?.rows).toEqual(['new']);
    // ("给公开的" as "给公开了": the granted)
    expect(findMetric('那给公开的呢', lexicon)?.rows).toEqual(['granted']);
  });
  it('"…多少件？其中法律服务机构几件": the row\'s total and the applicant', () => {
    expect(findMetric('部分公开多少件？其中法律服务机构几件？', lexicon)).toMatchObject({ rows: ['partial'], cols: ['total', 'legal'] });
    expect(findMetric('法律服务机构部分公开几件', lexicon)?.cols).toEqual(['legal']);
  });
  it('who applied: the row\'s applicants are listed, those above 0', () => {
    const m = findMetric('属于行政执法案卷不予公开的那件是哪类申请人提的', lexicon)!;
    expect(m.byApplicant).toBe(true);
    const r = {
      id: 'x', office: '甲局', year: 2023,
      values: { 't3.refused.enforcement.total': { value: 1 }, 't3.refused.enforcement.legal': { value: 1 }, 't3.refused.enforcement.natural': { value: 0 } },
    } as unknown as Report;
    expect(textOf(renderMetric(r, m))).toContain('（申请人：法律服务机构 1 件）');
    expect(findMetric('属于行政执法案卷不予公开的有几件', lexicon)?.byApplicant).toBeUndefined();
  });
  it('a question naming a contact detail is not a figure mistyped ("有没有公布电子邮箱")', () => {
    expect(findMetric('有没有公布电子邮箱', lexicon)).toBeUndefined();
    expect(findMetric('无法提共的申请多少', lexicon)?.rows).toEqual(['unable']);
  });
  it('"哪个单位" asks which office, it is not the applicant column; 多少信息公开申请 is the new requests', () => {
    expect(findMetric('应该找哪个单位申请', lexicon)).toBeUndefined();
    expect(findMetric('单位申请了几次', lexicon)?.cols).toEqual(['org']);
    expect(findMetric('多少信息公开申请南岗区收到', lexicon)).toMatchObject({ table: '三', rows: ['new'] });
  });
  it('a share asked: the share of the row in the base, from the report\'s own cells', () => {
    const r = { id: 'x', office: '甲局', year: 2022, values: { 't3.granted.total': { value: 4 }, 't3.new.total': { value: 15 }, 't3.total.total': { value: 15 } } } as unknown as Report;
    const t = textOf(renderMetric(r, { table: '三', rows: ['granted', 'new', 'total'], cols: [], spans: [], rate: true }));
    expect(t).toContain('予以公开占本年新收政府信息公开申请的 26.7%（4 ÷ 15，按报告数字计算）');
    expect(textOf(renderMetric(r, { table: '三', rows: ['granted', 'total'], cols: [], spans: [] }))).not.toContain('%');
  });
  it('a group and its part each asked ("无法提供几件 不掌握的几件"): both; 我们单位 is no applicant column', () => {
    expect(findMetric('无法提供几件 不掌握的几件', lexicon)?.rows).toEqual(['unable', 'unable.not-held']);
    expect(findMetric('无法提供里不掌握的几件', lexicon)?.rows).toEqual(['unable.not-held']);
    expect(findMetric('我们单位统计一下信访举报投诉类申请有几件', lexicon)?.cols).toEqual([]);
  });
  it('a procurement asked by its projects ("采购项目几个") is the count column', () => {
    expect(findMetric('政府集中采购项目几个 采购总金额多少', lexicon)).toMatchObject({ table: '二', rows: ['procurement'], cols: ['count', 'amount'] });
  });
});

describe('a row stated with its count is what the asker knows', () => {
  it('"一年总共才收到15件申请，真正把信息给了人家的有几件": the granted row, not the new requests', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { kn } = await loadKnowledge({});
    expect(findMetric('一年总共才收到15件申请,真正把信息给了人家的有几件?', kn.lexicon)?.rows).toEqual(['granted']);
    // every row with its count: all of them (a check)
    expect(findMetric('予以公开4件、不予公开2件,对吗', kn.lexicon)?.rows).toEqual(['granted', 'refused']);
  });
});

describe('有没有公开 is no refusal', () => {
  it('"有没有公开电子邮箱" names no row; "没有公开的有几件" is the refused row', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { kn } = await loadKnowledge({});
    expect(findMetric('有没有公开电子邮箱', kn.lexicon)).toBeUndefined();
    expect(findMetric('没有公开的有几件', kn.lexicon)?.rows).toEqual(['refused']);
  });
});

describe('a near match never runs into the fee', () => {
  it('"有没有收信息处理费" names no row (not 没有该信息 mistyped); "逾期没缴信息处理费" is still the unpaid-fee row', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { kn } = await loadKnowledge({});
    expect(findMetric('2021年和2023年有没有收信息处理费', kn.lexicon)?.rows ?? []).not.toContain('unable.not-held');
    expect(findMetric('逾期没缴信息处理费被停止处理的几件', kn.lexicon)?.rows).toEqual(['other.no-fee']);
  });
});

describe('rows said the everyday way', () => {
  it('"表三的总计" is the total; "没交信息处理费" is the unpaid-fee row', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { kn } = await loadKnowledge({});
    expect(findMetric('表三的总计到底是15还是0', kn.lexicon)?.rows).toEqual(['total']);
    expect(findMetric('有没有申请人因为没交信息处理费被终止办理的', kn.lexicon)?.rows).toEqual(['other.no-fee']);
  });
  it('what the asker received ("我收到补正通知了") is no received-requests row; "我们收到多少申请" still is', () => {
    expect(findMetric('我收到补正通知了但是一直没空去弄会怎么样', lexicon)).toBeUndefined();
    expect(findMetric('我们收到多少申请', lexicon)?.rows).toEqual(['new']);
  });
  it('单位 before 改制 is the asker\'s old workplace, not the applicant column', () => {
    expect(findMetric('前些年单位改制我们想要安置文件有几个人能申请', lexicon)?.cols ?? []).not.toContain('org');
  });
  it('"一共收到多少申请 公开了几个": both rows; 部分公开了几件 and 主动公开了多少条 are not 予以公开', () => {
    expect(findMetric('一共收到多少信息公开申请，公开了几个', lexicon)?.rows).toEqual(['new', 'granted']);
    expect(findMetric('部分公开了几件', lexicon)?.rows).toEqual(['partial']);
    expect(findMetric('主动公开了多少条信息', lexicon)?.rows ?? []).not.toContain('granted');
  });
});

describe('fresh24: rows asked each with its own how-many; review or suit as the asker\'s plan', () => {
  it('"申请公开的有几件啊部分公开的又是几件": the new requests and the partial ones', () => {
    expect(findMetric('二一年申请公开的有几件啊部分公开的又是几件', lexicon)?.rows).toEqual(['new', 'partial']);
  });
  it('"当事人准备复议。想了解不予公开的具体理由分布": table 三\'s refusals, not table 四', () => {
    expect(findMetric('当事人准备复议。想了解不予公开的具体理由分布,各几件', lexicon)).toMatchObject({ table: '三', rows: ['refused'] });
    // (a review asked plainly is still table 四)
    expect(findMetric('复议有几件', lexicon)?.table).toBe('四');
  });
  it('a reason described by a pattern names that reason beside its group ("法律法规不让公开而拒绝的")', () => {
    expect(findMetric('因为别的法律法规不让公开而拒绝的有几件', lexicon)?.rows).toEqual(['refused.law']);
  });
});


describe('fresh25: the results of a review asked in general', () => {
  it('"行政复议是几个然后结果怎么样的就是有没有被纠正的": every result column, not only 纠正', () => {
    expect(findMetric('行政复议是几个然后结果怎么样的就是有没有被纠正的', lexicon)).toMatchObject({ table: '四', rows: ['review'], cols: [] });
    expect(findMetric('行政复议有没有被纠正的', lexicon)?.cols).toEqual(['corrected']);
  });
});

describe('fresh22: the requests received and a result, each with its own how-many', () => {
  it('"一共收到了多少件然后有多少件是公开了的": both rows', () => {
    expect(findMetric('政府信息公开申请一共收到了多少件然后有多少件是公开了的', lexicon)?.rows).toEqual(['new', 'granted']);
    // (one how-many: the result asked of the requests received)
    expect(findMetric('接到的申请里几个给公开了', lexicon)?.rows).toEqual(['granted']);
  });
});

describe('findMetric: table 三 rows said as newcomers say them (session 11)', () => {
  it('complaints disguised as requests, requests without good reason, corrections not made in time', () => {
    expect(findMetric('有人把投诉、举报当成信息公开申请来提吗,几件', lexicon)?.rows).toEqual(['rejected.petition']);
    expect(findMetric('有没有人没正当理由一直大量申请的', lexicon)?.rows).toEqual(['rejected.excessive']);
    expect(findMetric('通知补正过了期限没补的、没按时交费的,这种不再处理的有几件', lexicon)?.rows).toEqual(['other.no-correction', 'other.no-fee']);
  });
  it('two asks in two clauses, one a yes-or-no: both rows ("办结了几件 有没有拖到下一年的")', () => {
    expect(findMetric('办结了几件,有没有拖到下一年的', lexicon)?.rows).toEqual(['total', 'carry-over']);
    expect(findMetric('有没有拖到下一年的', lexicon)?.rows).toEqual(['carry-over']);
  });
});

describe('findMetric: a citizen asking for documents in everyday words (session 11, fresh30)', () => {
  it('"有多少人来找你们要政府文件资料的" is the requests; "最后真给了人家的有几件" the granted; "手里压根就没有这份东西" not held', () => {
    expect(findMetric('一共有多少人来找你们要政府文件资料的', lexicon)?.rows).toEqual(['new']);
    expect(findMetric('老百姓找你们要材料,最后真给了人家的有几件', lexicon)?.rows).toEqual(['granted']);
    expect(findMetric('你们回复说单位手里压根就没有这份东西,这种情况有几回', lexicon)?.rows).toEqual(['unable.not-held']);
    expect(findMetric('有没有因为是国家机密不给公开的', lexicon)?.rows).toContain('refused.secret');
  });
  it('two asks run together without punctuation, each with its how-many: both rows ("公开了几个没给公开的又有几个")', () => {
    expect(findMetric('他们给人家公开了几个没给公开的又有几个', lexicon)?.rows).toEqual(['granted', 'refused']);
  });
});
