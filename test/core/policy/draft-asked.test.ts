import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { draftWritingAsked } from '../../../src/core/policy/draft-asked.js';
import { textOf } from '../../../src/answer/render.js';
import { knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('draft-writing-asked', () => {
  it('the statistics period\'s sentence of next year\'s draft ("起草2023年年报，统计期限那句怎么写"): that year\'s 1 January to 31 December, and the loaded report\'s own sentence', () => {
    const d = draftWritingAsked.decide(u({ norm: '正在起草2023年年报,统计期限那句怎么写', slots: slots({ years: [2023] }) }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('自2023年1月1日起至2023年12月31日止');
    expect(text).toContain('南岗区人民政府办公室2022年报告的写法');
  });
  it('the contact part to carry over ("联系方式那段沿用2022年的"): the contact block of the newest report, the draft year said', () => {
    const d = draftWritingAsked.decide(u({ norm: '起草2023年年报,联系方式那段沿用2022年的', slots: slots({ years: [2023, 2022] }) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.all' }, noteIfAnswered: expect.stringContaining('起草2023年') });
  });
  it('asked to write next year\'s opening ("帮我起草一下2023年年报的总体情况开头"): no text written, the newest report\'s opening and the draft check', () => {
    const d = draftWritingAsked.decide(u({ norm: '帮我起草一下2023年年报的总体情况开头', slots: slots({ years: [2023] }) }), {}, kn);
    expect(d).toMatchObject({ kind: 'passage' });
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('不能代写2023年的报告');
    expect(text).toContain('2023年的报告还没有加载');
    expect(text).toContain('南岗区人民政府办公室2022年报告“一、总体情况”的开头');
    expect(text).toContain('草稿文件发给我');
  });
  it('a figure asked while drafting ("起草2023年年报，上年结转应该填多少"), or what a report says: no decision', () => {
    expect(draftWritingAsked.decide(u({ norm: '起草2023年年报,上年结转应该填多少', slots: slots({ years: [2023] }) }), {}, kn)).toBeUndefined();
    expect(draftWritingAsked.decide(u({ norm: '年报里写了什么' }), {}, kn)).toBeUndefined();
    expect(draftWritingAsked.decide(u({ norm: '报告是谁写的' }), {}, kn)).toBeUndefined();
  });
});

describe('draft-writing-asked: a section or a first draft asked', () => {
  it('"帮我起草“五、存在的主要问题及改进情况”这一节的初稿": section 五\'s opening to work from; "年报…那段帮我先起个稿": a draft asked too', () => {
    const d = draftWritingAsked.decide(u({ norm: '明年初要交2026年度的年报。请参照2022年报的写法,帮我起草“五、存在的主要问题及改进情况”这一节的初稿。' }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('“五、存在的主要问题及改进情况”的开头');
    expect(text).toContain('我不能代写2026年的报告');
    const e = draftWritingAsked.decide(u({ norm: '2026年度年报“依申请公开情况”那段帮我先起个稿,数字先用XX占位' }), {}, kn);
    expect(e && e.kind === 'passage' ? textOf(e.parts) : '').toContain('“依申请公开情况”的开头');
  });
});
