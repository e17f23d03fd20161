import { describe, expect, it } from 'vitest';
import { createRewriter, dropRequestedObject, splitCompounds } from '../../src/understand/rewrite.js';
import { addMaterial } from '../../src/understand/segment.js';

const known = (w: string) => ['文件', '申请', '地址', '政策', '我们'].includes(w);

describe('rewrite', () => {
  it('the words describing the information asked for do not count (only in a request)', () => {
    expect(dropRequestedObject('我要查拆迁文件,怎么申请', known)).toBe('我要查文件,怎么申请');
    expect(dropRequestedObject('上海的人才落户政策是什么', known)).toBe('上海的人才落户政策是什么');
  });
  it('a compound of a modifier and a known word is cut loose', () => {
    // 具体地址 is a dictionary word of the bot's material (its intents): kept by the lean dictionary
    addMaterial(['具体地址']);
    expect(splitCompounds('在哪具体地址', new Set(['地址']), known)).toBe('在哪具体 地址');
    expect(splitCompounds('地址在哪', new Set(['地址']), known)).toBe('地址在哪');
  });
  it('typos, then synonyms', () => {
    const rw = createRewriter({ terms: ['申请', '公开', '电话'], phrases: ['怎么申请公开'], synonyms: new Map([['号码', '电话']]), known });
    expect(rw('申清公凯')).toBe('申请公开');
    expect(rw('号码多少')).toBe('电话多少');
  });
});

describe('a measure word after a number is never a typo', () => {
  it('"272条里工作信息120条" keeps 条里 (not 条例)', () => {
    const known = () => false;
    const rw = createRewriter({ terms: ['条例', '公开'], phrases: ['条例是哪一年的'], known });
    expect(rw('门户网站272条里工作信息120条')).toContain('272条里');
    expect(rw('这个条里规定了什么')).toContain('条例');
  });
});


describe('a how-many before a document noun is kept', () => {
  it('"主动公开了几条信息" keeps 几条 (the question), "一条信息记错了" is the story', () => {
    expect(dropRequestedObject('在网站上主动公开了几条信息', () => false)).toContain('几条');
  });
});
