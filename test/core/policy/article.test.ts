import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { articleAsked } from '../../../src/core/policy/article.js';
import { articleText, chineseNumber, smallNumber } from '../../../src/answer/regulation.js';
import { decide } from '../../../src/core/engine.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('regulation text', () => {
  it('reads the 56 articles, each with its paragraphs, the items kept in their paragraph', () => {
    expect(articleText(39)).toHaveLength(2);
    expect(articleText(39)![0]).toContain('信访、投诉、举报');
    expect(articleText(56)![0]).toContain('2019年5月15日');
    expect(articleText(57)).toBeUndefined();
    // 第四条: its second paragraph holds its four items
    expect(articleText(4)![1]).toContain('(四)');
  });
  it('numbers in Chinese numerals both ways', () => {
    expect([smallNumber('三十九'), smallNumber('十'), smallNumber('十五'), smallNumber('43'), smallNumber('百')]).toEqual([39, 10, 15, 43, undefined]);
    expect([chineseNumber(39), chineseNumber(10), chineseNumber(4)]).toEqual(['三十九', '十', '四']);
  });
});

describe('article-asked', () => {
  it('what an article says, asked by its number (and its paragraph): the article', () => {
    expect(articleAsked.decide(u({ norm: '条例第三十九条规定的是什么' }), {}, kn)).toMatchObject({ kind: 'article', article: 39 });
    expect(articleAsked.decide(u({ norm: '第三十九条第一款规定的是什么情形?' }), {}, kn)).toMatchObject({ kind: 'article', article: 39, paragraph: 1 });
    expect(articleAsked.decide(u({ norm: '第43条讲的啥' }), {}, kn)).toMatchObject({ kind: 'article', article: 43 });
  });
  it('another law\'s article, no article the regulation has, a count, or no "what does it say": no decision', () => {
    expect(articleAsked.decide(u({ norm: '行政复议法第二十三条规定的是什么' }), {}, kn)).toBeUndefined();
    expect(articleAsked.decide(u({ norm: '第七十条规定的是什么' }), {}, kn)).toBeUndefined();
    expect(articleAsked.decide(u({ norm: '第三十三条规定的期限是多少天', kind: 'count', quantity: true }), {}, kn)).toBeUndefined();
    expect(articleAsked.decide(u({ norm: '依据是第几条' }), {}, kn)).toBeUndefined();
  });
  it('the answer quotes the article (the paragraph named alone), the longest whole', () => {
    const one = decide(kn, '条例第三十九条第一款规定的是什么情形？行政机关应当如何处理？').answer;
    expect(one.rule).toBe('article-asked');
    expect(one.text).toContain('第三十九条第一款规定');
    expect(one.text).toContain('不作为政府信息公开申请处理');
    expect(one.text).not.toContain('公开出版物');
    const long = decide(kn, '第二十条的内容是什么').answer.text;
    expect(long).toContain('(一)行政法规、规章和规范性文件');
    expect(long).toContain('(十五)法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息');
  });
});
