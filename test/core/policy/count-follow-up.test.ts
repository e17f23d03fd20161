import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { countFollowUp } from '../../../src/core/policy/counts.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh38-newa');
});

const fujian = slots({ offices: ['福建省市场监督管理局'], years: [2024] });
const after = { intent: PASSAGE_INTENT, report: '福建省市场监督管理局-2024', text: '福建市监局24年报告里开了几个专题专栏' };
const follow = (norm: string) => u({ norm, followUp: { is: true, onlySlots: false } });

describe('count-follow-up', () => {
  it('another thing named alone after a count the text told ("12345投诉件呢"): the sentence that counts it, in its own unit', () => {
    const d = countFollowUp.decide(follow('12345投诉件呢'), after, kn);
    expect(d?.kind).toBe('passage');
    expect(JSON.stringify(d)).toContain('投诉件110件');
  });
  it('no count before, a figure of the tables, a slot named, or nothing the text counts: no decision', () => {
    expect(countFollowUp.decide(follow('12345投诉件呢'), { ...after, intent: 'contact.phone' }, kn)).toBeUndefined();
    expect(countFollowUp.decide(u({ norm: '不予公开呢', metric: metric(), followUp: { is: true, onlySlots: false } }), after, kn)).toBeUndefined();
    expect(countFollowUp.decide(u({ norm: '福建省市场监督管理局呢', slots: fujian, followUp: { is: true, onlySlots: true } }), after, kn)).toBeUndefined();
    expect(countFollowUp.decide(follow('食堂伙食呢'), after, kn)).toBeUndefined();
  });
});

describe('count-follow-up-over-row', () => {
  it('a thing named after a count the text told, read as a table word the report has no cell for ("其中发布文件呢"): the text\'s count', async () => {
    const { countFollowUpOverRow } = await import('../../../src/core/policy/counts.js');
    const wuqia = await knowledge('test/fixtures/reports-fresh148-newb');
    const before = { intent: PASSAGE_INTENT, report: '乌恰县乌恰镇人民政府-2024', text: '乌恰镇前年通过政府网站公开了多少条信息' };
    const asked = u({ norm: '其中发布文件呢', metric: metric({ table: '二', rows: ['normative'], cols: ['issued'] }), followUp: { is: true, onlySlots: false } });
    const d = countFollowUpOverRow.decide(asked, before, wuqia);
    expect(d?.kind).toBe('passage');
    expect(JSON.stringify(d)).toContain('发布文件2条');
    // (no figure read: count-follow-up's own turn, later)
    expect(countFollowUpOverRow.decide(follow('发布文件呢'), before, wuqia)).toBeUndefined();
  });
});
