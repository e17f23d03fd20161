import { describe, expect, it } from 'vitest';
import { WordOwners } from '../../src/core/word-owners.js';

describe('WordOwners', () => {
  const items = [
    { id: 'fee', words: new Set(['交钱', '费用', '申请']) },
    { id: 'apply', words: new Set(['申请', '提交']) },
    { id: 'online', words: new Set(['提交', '网上']) },
  ];
  const owners = new WordOwners(items, (it) => it.words);
  const [fee, apply, online] = items;

  it('tells a word only one item uses', () => {
    expect(owners.onlyBy('交钱', fee)).toBe(true);
    expect(owners.onlyBy('网上', online)).toBe(true);
    expect(owners.onlyBy('交钱', apply)).toBe(false);
  });

  it('a word two items use is no one item\'s', () => {
    expect(owners.onlyBy('申请', fee)).toBe(false);
    expect(owners.onlyBy('提交', online)).toBe(false);
  });

  it('a word no item uses is nobody else\'s', () => {
    expect(owners.onlyBy('天气', fee)).toBe(true);
  });

  it('is the scan over every other item', () => {
    for (const w of ['交钱', '费用', '申请', '提交', '网上', '天气'])
      for (const it of items) expect(owners.onlyBy(w, it), `${w} ${it.id}`).toBe(!items.some((x) => x !== it && x.words.has(w)));
  });
});
