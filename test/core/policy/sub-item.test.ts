import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { subItemAsked } from '../../../src/core/policy/sub-item.js';

let towns: Knowledge;
/** 大源镇's report named, as the slots would read it. */
const dayuan = () => slots({ offices: ['富阳区大源镇人民政府'] });
beforeAll(async () => {
  towns = await knowledge('test/fixtures/reports-fresh113-newa');
});

const linesOf = (d: ReturnType<typeof subItemAsked.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('sub-item-asked', () => {
  it('a sub-item of 总体情况 by its numeral: its heading and sentences, not table 三', () => {
    const norm = '大源镇年报总体情况（三）写了些什么';
    const text = linesOf(subItemAsked.decide(u({ norm, slots: dayuan() }), {}, towns));
    expect(text).toContain('(三)政府信息管理');
    expect(text).toContain('党委副书记分管');
  });
  it('"那（四）呢" right after a sub-item was asked: that sub-item, the same report', () => {
    const state = { text: '大源镇年报总体情况（三）写了些什么' };
    const text = linesOf(subItemAsked.decide(u({ norm: '那（四）呢', slots: dayuan() }), state, towns));
    expect(text).toContain('(四)政府信息公开平台建设');
  });
  it('a part named by its number, no sub-item ("第六部分写了什么"): the part\'s own text', async () => {
    const nangang = await knowledge('data/reports');
    const text = linesOf(subItemAsked.decide(u({ norm: '第六部分写了什么' }), {}, nangang));
    expect(text).toContain('本年度无收取信息费情况');
  });
  it('a figure of the sub-item, no contents asked, or a lone numeral after another question: no decision', () => {
    for (const [norm, state] of [['大源镇（二）依申请公开收到几件', {}], ['大源镇（三）', {}], ['那（四）呢', { text: '大源镇收到几件申请' }]] as const)
      expect(subItemAsked.decide(u({ norm, slots: dayuan() }), state, towns), norm).toBeUndefined();
  });
});
