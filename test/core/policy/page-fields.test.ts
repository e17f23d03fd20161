import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { pageFieldsAsked } from '../../../src/core/policy/page-fields.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh242-newa');
});

// 鹰潭市市场监督管理局 2024: the page prints "索 引 号: YT0028/2025-00460" and "成文日期: 2025-01-18", no 文号.
describe('page-fields-asked', () => {
  const yingtan = slots({ offices: ['鹰潭市市场监督管理局'] });
  it('two fields of the page asked at once: each as printed', () => {
    const d = pageFieldsAsked.decide(u({ norm: '这份年报的索引号和成文日期各是什么', slots: yingtan }), {}, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('YT0028/2025-00460');
    expect(said).toContain('2025年1月18日');
  });
  it('a field the page does not print is said to be missing', () => {
    const d = pageFieldsAsked.decide(u({ norm: '年报的文号和索引号', slots: yingtan }), {}, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('文号：报告网页没有写明');
  });
  it('one field alone, or a figure asked: no decision (the field\'s own intent answers)', () => {
    expect(pageFieldsAsked.decide(u({ norm: '索引号是多少', slots: yingtan }), {}, kn)).toBeUndefined();
    expect(pageFieldsAsked.decide(u({ norm: '索引号和发布日期', slots: yingtan, metric: metric() }), {}, kn)).toBeUndefined();
  });
});
