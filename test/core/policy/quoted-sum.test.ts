import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { clauseSum, quotedRest, quotedRestAsked, quotedSum, quotedSumChecked } from '../../../src/core/policy/quoted-sum.js';
import { textOf } from '../../../src/answer/render.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('quoted-sum-checked', () => {
  it('figures listed and a total quoted that they do not make ("…加起来多少？和收到的70件对得上吗"): the sum and the gap', () => {
    const d = quotedSumChecked.decide(u({ norm: '核对年报:予以公开17、不予公开6、无法提供21、其他处理12、结转1,加起来多少?和收到的70件对得上吗?' }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('17 + 6 + 21 + 12 + 1 = 57 件');
    expect(text).toContain('少 13 件，对不上');
  });
  it('a total they do make ("加起来正好等于总计15"): said to be equal', () => {
    const d = quotedSumChecked.decide(u({ norm: '我核一下数:予以公开4、不予公开2、无法提供8、不予处理1,加起来正好等于总计15,对不对?' }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('= 15 件');
    expect(text).toContain('相等，一致，对得上');
  });
  it('the requests received quoted first, then what became of them ("收到72件、答复71件、结转1件，这几个数对得上吗"): a check of two parts', () => {
    const d = quotedSumChecked.decide(u({ norm: '核对一下2025年报:收到72件、答复71件、结转1件,这几个数对得上吗?' }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('71 + 1 = 72 件');
    expect(text).toContain('对得上');
    // (a rate the report states is the stated-rate rule's)
    expect(quotedSumChecked.decide(u({ norm: '收到26件,撤销2件,答复处理24件,2加24正好26,办结率写100%对不对?' }), {}, kn)).toBeUndefined();
  });
  it('parts the sentence of the report gives otherwise, each after its own words ("其中代表建议4件、委员提案6件" against 代表建议6件,委员提案4件): wrong, though they add up', async () => {
    const hs = await knowledge('test/fixtures/reports-fresh88-newb');
    const d = quotedSumChecked.decide(u({ norm: '衡山县政府办核稿:2025年建议提案办理10件,其中代表建议4件、委员提案6件,对不对?', slots: { years: [2025], offices: ['衡山县人民政府办公室'], unknownOffices: [], spans: [] } }), {}, hs);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('核对：不对');
    expect(text).toContain('代表建议 6 件，不是 4 件');
  });
  it('no total figure quoted ("等于主动公开总数"), both sides of the balance, or two figures only: no decision', () => {
    expect(quotedSumChecked.decide(u({ norm: '通知公告类127条、规范性文件类4条、议案提案类8条,加起来是不是等于主动公开总数?' }), {}, kn)).toBeUndefined();
    expect(quotedSum('新收859件、上年结转18件,办结805件、结转下年72件,这两边加起来对得上吗')).toBeUndefined();
    // (two parts after their whole and 其中 are a check: 331 + 61 is 392, not the 372 quoted)
    expect(quotedSum('受理咨询372人次,其中现场331、电话61,这两个数加起来对得上吗')?.items.map((x) => x.n)).toEqual([331, 61]);
  });
});

describe('quoted-sum-checked: figures before their words, or a total quoted first', () => {
  it('"8件已公开、6件部分公开、2条不掌握，跟收到的16件总数对得上吗": the clauses\' figures against the total named', () => {
    const s = quotedSum('年报里8件已公开、6件部分公开、2条不掌握,跟收到的16件总数对得上吗?');
    expect(s?.items.map((x) => x.n)).toEqual([8, 6, 2]);
    expect(s?.total?.n).toBe(16);
  });
  it('"那20件，信息不存在9、信息存在5、非本机关6，合计对不对": the first figure the total, as the rest make it exactly', () => {
    expect(clauseSum('那20件,信息不存在9、信息存在5、非本机关6,合计对不对?')?.total.n).toBe(20);
    // (the rest not making the first: no total can be told, no sum read)
    expect(clauseSum('那20件,信息不存在9、信息存在5、非本机关7,合计对不对?')).toBeUndefined();
    // (two figures in one clause: no list of one figure to a clause)
    expect(clauseSum('收到20件答复19件,公开9、不公开5、其他6,对不对')).toBeUndefined();
  });
});

describe('quoted-sum-checked: a sum written out', () => {
  it('"10+3+1+1对得上15吗": the parts as written against the one other number', () => {
    const d = quotedSumChecked.decide(u({ norm: '依申请那块10+3+1+1对得上15吗' }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('10 + 3 + 1 + 1 = 15');
    expect(text).toContain('对得上');
    // (two other numbers: no single total to set the sum against)
    expect(quotedSum('10+3+1+1对得上15吗还是16')).toBeUndefined();
  });
});

describe('quoted-rest-asked', () => {
  it('a whole and a part quoted, what is left asked: the difference of the figures given', () => {
    const d = quotedRestAsked.decide(u({ norm: '收到37件、办结33件,那还有几件没办结?' }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('37 − 33 = 4 件');
    expect(quotedRest('收到37件,办结33件,还剩几件')).toEqual({ whole: { label: '收到', n: 37, unit: '件' }, part: { label: '办结', n: 33, unit: '件' } });
  });
  it('no rest asked, one figure only, or the part larger than the whole: no decision', () => {
    expect(quotedRestAsked.decide(u({ norm: '收到37件、办结33件,对吗' }), {}, kn)).toBeUndefined();
    expect(quotedRestAsked.decide(u({ norm: '还有几件没办结' }), {}, kn)).toBeUndefined();
    expect(quotedRest('收到30件、办结33件,还剩几件')).toBeUndefined();
  });
});

describe('quoted-sum-checked: equations, lists and parts short of a whole', () => {
  const said = (norm: string) => {
    const d = quotedSumChecked.decide(u({ norm }), {}, kn);
    return d && d.kind === 'passage' ? textOf(d.parts) : '';
  };
  it('an equation with two parts ("主动公开86条=采购与招投标16条+其他70条，19%+81%"): the parts against the whole, the shares added', () => {
    const text = said('核对年报:主动公开86条=采购与招投标16条+其他70条,19%+81%,对得上吗');
    expect(text).toContain('16 + 70 = 86 条');
    expect(text).toContain('相等，一致，对得上');
    expect(text).toContain('19% + 81% = 100%');
  });
  it('two parts and the whole they should equal, said last ("…25件加上结转下年度2件，是不是正好等于收到的27件"): checked', () => {
    expect(said('依法办理25件加上结转下年度2件,是不是正好等于收到的27件?')).toContain('25 + 2 = 27 件');
    // (加上年结转 is the row carried in, not 加上 + 年结转; both sides of the balance are the consistency rule's)
    expect(quotedSum('新收164加上年结转2,跟办理85加结转下年81对得上吗')).toBeUndefined();
  });
  it('a list to add up and no total ("…加起来是多少"): the sum; a total named in words is the report\'s', () => {
    expect(said('十个栏目(要闻1156、财政预决算247、建议提案69)加起来是多少?')).toContain('1156 + 247 + 69 = 1472');
    expect(quotedSumChecked.decide(u({ norm: '机构职能4 财政资金2 民生保障2 街镇动态208 加起来跟总数对得上吗' }), {}, kn)).toBeUndefined();
  });
  it('a whole quoted first and the asker\'s own sum of its parts ("160条，下面列的…加起来才54"): the parts agree with that sum, short of the whole', () => {
    const text = said('重点领域信息160条,下面列的三公经费32、部门项目2、惠民惠农20,加起来才54,原文就是这么写的吗?');
    expect(text).toContain('32 + 2 + 20 = 54');
    expect(text).toContain('少 106');
  });
});
