import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { partContentsAsked, partTitleAsked } from '../../../src/core/policy/part-contents.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

const linesOf = (d: ReturnType<typeof partContentsAsked.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('part-contents-asked', () => {
  it('what part 六 must hold: the fees, by the national format, then what the report wrote there', () => {
    const text = linesOf(partContentsAsked.decide(u({ norm: '下一份年报的第六部分应该写哪些内容' }), {}, nangang));
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text).toContain('必须报告收取信息处理费的情况');
    expect(text).toContain('本年度无收取信息费情况');
  });
  it('part 三 named in short ("收到和处理申请那张表"): its columns and rows', () => {
    const text = linesOf(partContentsAsked.decide(u({ norm: '起草明年年报,收到和处理申请那张表要填哪些栏目?' }), {}, nangang));
    expect(text).toContain('自然人');
    expect(text).toContain('予以公开');
  });
  it('a part named by its title: that part\'s requirement', () => {
    const text = linesOf(partContentsAsked.decide(u({ norm: '“存在的主要问题及改进情况”要写什么' }), {}, nangang));
    expect(text).toContain('改进措施');
    expect(text).not.toContain('信息处理费');
  });
  it('a figure of a part, what a part says (no "must"), or no part named: no decision', () => {
    for (const norm of ['第三部分新收了几件', '第六部分写了什么内容吗', '年报要写什么'])
      expect(partContentsAsked.decide(u({ norm }), {}, nangang), norm).toBeUndefined();
  });
});

describe('part-contents-asked: every part', () => {
  it('what a report must hold, all its parts asked ("明年的年报必须包括哪几部分", "年报提纲"): the six parts, 六 with the fees', () => {
    for (const norm of ['明年的年报必须包括哪几部分内容', '帮忙拉个年报提纲']) {
      const text = linesOf(partContentsAsked.decide(u({ norm }), {}, nangang));
      expect(text, norm).toContain('分六个部分');
      expect(text, norm).toContain('行政复议');
      expect(text, norm).toContain('信息处理费');
    }
  });
  it('what a report holds, asked as a citizen would ("年报包括哪些内容"): no decision (the report-structure intent answers)', () => {
    expect(partContentsAsked.decide(u({ norm: '年报包括哪些内容' }), {}, nangang)).toBeUndefined();
  });
});

describe('part-title-asked', () => {
  const title = (norm: string) => linesOf(partTitleAsked.decide(u({ norm }), {}, nangang));
  it('a part\'s title asked: as printed, and the same as the national format\'s', () => {
    const text = title('第五部分的标题原文怎么写的');
    expect(text).toContain('“五、存在的主要问题及改进情况”');
    expect(text).toContain('一致');
  });
  it('a title printed otherwise than the format: both, and the words that differ', () => {
    const text = title('第四部分的标题写的是政府还是政务');
    expect(text).toContain('“四、政务信息公开行政复议、行政诉讼情况”');
    expect(text).toContain('报告写的是“政务”，格式为“政府”');
  });
  it('no title asked, or no part named: no decision', () => {
    for (const norm of ['第五部分写了什么', '标题怎么写'])
      expect(partTitleAsked.decide(u({ norm }), {}, nangang), norm).toBeUndefined();
  });
});
