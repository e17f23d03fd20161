import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { numberMeaningAsked } from '../../../src/core/policy/number-meaning.js';
import { textOf } from '../../../src/answer/render.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('number-meaning-asked', () => {
  it('numbers quoted and what they stand for asked ("15和18分别指什么"): each with its cell and the text\'s clause', () => {
    const d = numberMeaningAsked.decide(u({ norm: '年报里15和18分别指什么' }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('“15”：表三“本年新收政府信息公开申请数量”');
    expect(text).toContain('“18”：表二“行政规范性文件”现行有效件数');
  });
  it('a number the report does not hold: said so, never a guess', () => {
    const d = numberMeaningAsked.decide(u({ norm: '15和9876是什么数' }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('“9876”：报告中没有找到这个数');
    expect(numberMeaningAsked.decide(u({ norm: '9876是什么数' }), {}, kn)).toBeUndefined();
  });
  it('a count with something else asked of it, an article, or one digit: no decision', () => {
    expect(numberMeaningAsked.decide(u({ norm: '收到15件申请,结果是什么' }), {}, kn)).toBeUndefined();
    expect(numberMeaningAsked.decide(u({ norm: '第18条是什么意思' }), {}, kn)).toBeUndefined();
    expect(numberMeaningAsked.decide(u({ norm: '4是什么数' }), {}, kn)).toBeUndefined();
  });
});
