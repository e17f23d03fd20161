import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import { cut } from '../../src/understand/segment.js';

/** cut()'s own jieba instance (its dictionary), caught while it cuts a text it has not seen. */
function jiebaOfCut(): Jieba {
  const original = Jieba.prototype.cut;
  let caught: Jieba | undefined;
  Jieba.prototype.cut = function (this: Jieba, ...args: Parameters<Jieba['cut']>) {
    caught = this;
    return original.apply(this, args);
  };
  try {
    cut(`探针${Date.now()}`);
  } finally {
    Jieba.prototype.cut = original;
  }
  return caught!;
}

/** What cut() gave before it cut piece by piece: jieba on the whole text, white space and punctuation dropped. */
const wholeCut = (jieba: Jieba, text: string) =>
  jieba
    .cut(text, true)
    .map((t) => t.trim())
    .filter((t) => t && /[\p{L}\p{N}]/u.test(t));

describe('cut: a text with spaces is cut piece by piece', () => {
  const texts = [
    '提交申请后多长时间答复 zmetric',
    '南岗区 政府办 电话',
    '2022年 收到多少申请 zyear zoffice',
    "huai'an 2024: how many requests were carried over",
    '  也能申请吗，还是只能  ',
    '电话是多少? 地址在哪',
    'a b c 1 2 3 ① 第三方 意见',
    '申清  公凯 信息 提共材料',
  ];
  it('gives the tokens jieba gives for the whole text', () => {
    const jieba = jiebaOfCut();
    for (const t of texts) expect(cut(t), t).toEqual(wholeCut(jieba, t));
  });
  it('is the same as cutting each piece, and the same array for a repeated text', () => {
    for (const t of texts) {
      expect(cut(t), t).toEqual(t.split(' ').filter(Boolean).flatMap((p) => cut(p)));
      expect(cut(t)).toBe(cut(t));
    }
  });
  it('keeps words with a letter or a digit, drops punctuation and white space', () => {
    expect(cut('电话，多少？ abc 12')).toEqual(expect.arrayContaining(['abc', '12']));
    expect(cut('，。？ ！')).toEqual([]);
  });
});
