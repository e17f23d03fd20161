import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { rowPlaceAsked } from '../../../src/core/policy/row-place.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

const text = (d: ReturnType<typeof rowPlaceAsked.decide>) => (d && d.kind === 'passage' ? [d.parts.head, ...d.parts.lines].join('') : undefined);

describe('row-place-asked', () => {
  it('a count of requests received quoted ("“全年收到申请223件”对应哪一行"): the row of the new requests, though 申请 alone is vague', () => {
    const m = { table: '三' as const, rows: ['new'], cols: [], spans: [], vague: true };
    expect(text(rowPlaceAsked.decide(u({ norm: '“全年收到申请223件”这个数在表三里对应哪一行?', metric: m }), {}, kn))).toContain('“一、本年新收政府信息公开申请数量”一行');
    expect(rowPlaceAsked.decide(u({ norm: '申请在表三里对应哪一行?', metric: m }), {}, kn)).toBeUndefined();
  });
  it('a sub-row of table 三 asked by place: its part, its group with numbering, itself, then the report\'s figure', () => {
    const t = text(rowPlaceAsked.decide(u({ norm: '信访举报投诉类的那1件申请在表三哪一栏?', metric: { table: '三', rows: ['rejected.petition'], cols: [], spans: [], rowsExplicit: true } }), {}, kn));
    expect(t).toContain('“三、本年度办理结果”下“（五）不予处理”中的“1.信访举报投诉类申请”一行');
    expect(t).toContain('1 件');
  });
  it('a row and a column: both named ("15件自然人申请这个数在哪张表哪一行")', () => {
    const t = text(rowPlaceAsked.decide(u({ norm: '15件自然人申请这个数在哪张表哪一行?', metric: { table: '三', rows: ['new'], cols: ['natural'], spans: [] } }), {}, kn));
    expect(t).toContain('“一、本年新收政府信息公开申请数量”一行，“自然人”一列');
  });
  it('a row of table 二 by its item of 第二十条 and its column', () => {
    const t = text(rowPlaceAsked.decide(u({ norm: '规范性文件废止的那1件填在表二哪一行', metric: { table: '二', rows: ['normative'], cols: ['repealed'], spans: [], rowsExplicit: true } }), {}, kn));
    expect(t).toContain('“第二十条第（一）项”下的“行政规范性文件”一行，“本年废止件数”一列');
  });
  it('the requests in general, which part asked: table 三 and its part; of a report whose tables hold no figure, no decision', async () => {
    const asked = u({ norm: '收到申请的数在年报哪一部分', metric: { table: '三', rows: ['new'], cols: [], spans: [], vague: true } });
    expect(text(rowPlaceAsked.decide(asked, {}, kn))).toContain('表三，即报告第三部分');
    expect(rowPlaceAsked.decide(asked, {}, await knowledge('test/fixtures/reports-fresh122-newb'))).toBeUndefined();
  });
  it('no place asked, a vague row or table 四: no decision', () => {
    expect(rowPlaceAsked.decide(u({ norm: '无法提供多少件', metric: { table: '三', rows: ['unable'], cols: [], spans: [], rowsExplicit: true } }), {}, kn)).toBeUndefined();
    expect(rowPlaceAsked.decide(u({ norm: '办理了多少在哪一行', metric: { table: '三', rows: ['total'], cols: [], spans: [], vague: true } }), {}, kn)).toBeUndefined();
    expect(rowPlaceAsked.decide(u({ norm: '复议在哪一行', metric: { table: '四', rows: ['review'], cols: [], spans: [] } }), {}, kn)).toBeUndefined();
  });
});
