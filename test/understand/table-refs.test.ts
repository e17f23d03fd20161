import { describe, expect, it } from 'vitest';
import { tableRefHits } from '../../src/understand/table-refs.js';

const parts = (text: string) => tableRefHits(text).map((h) => `${h.group}:${h.part}`);

describe('table 三 cells named by their place in the printed table', () => {
  it('a numbered group: (七) is the total, (四) 无法提供', () => {
    expect(parts('表三(七)总计那一行')).toEqual(['t3.rows:total']);
    expect(parts('(四)无法提供')).toEqual(['t3.rows:unable']);
  });
  it('a numbered item belongs to the nearest group named before it, by label or number', () => {
    expect(parts('不予公开第2项')).toEqual(['t3.rows:refused.law']);
    expect(parts('(四)无法提供第1项')).toContain('t3.rows:unable.not-held');
    expect(parts('不予处理第五项')).toEqual(['t3.rows:rejected.confirm']);
    // no group before it, or no such item: nothing
    expect(parts('第2项是多少')).toEqual([]);
    // the table's own numbered parts when the table is named
    expect(parts('表三第一项自然人那列')).toEqual(['t3.rows:new', 't3.columns:natural']);
    expect(parts('表三第四项')).toEqual(['t3.rows:carry-over']);
    expect(parts('无法提供第9项')).toEqual([]);
    // "三项" counts items, it is not the third one
    expect(parts('不予处理三项小计')).toEqual([]);
  });
  it('a part of the report\'s text ("正文（二）") is not a row of the table', () => {
    expect(parts('正文(二)依申请公开里写的数和表三对得上吗')).toEqual([]);
    expect(parts('表三(二)部分公开')).toEqual(['t3.rows:partial']);
  });
  it('a sub-item of the text by its own title ("（四）平台建设") is not a row; the row\'s own label after its number is', () => {
    expect(parts('年报“(四)平台建设”里说全区多少家单位')).toEqual([]);
    expect(parts('(四)无法提供第1项')).toContain('t3.rows:unable');
    expect(parts('表三(五)监督那个')).toContain('t3.rows:rejected');
  });
  it('an applicant column said as a column; 其他 inside a row label is not one', () => {
    expect(parts('自然人那一列')).toEqual(['t3.columns:natural']);
    expect(parts('申请人类型是其他的那列')).toEqual(['t3.columns:other']);
    expect(parts('其他法律行政法规禁止公开')).toEqual([]);
    // quoted as staff often do
    expect(parts('申请人属于“其他”那一栏')).toContain('t3.columns:other');
  });
});
