import { describe, expect, it } from 'vitest';
import { addMaterial } from '../../src/understand/segment.js';
import { TypoIndex } from '../../src/understand/typos.js';

const terms = ['申请', '公开', '提供', '联系', '地址', '邮寄', '收费', '实施', '行政复议', '不予公开', '芦淞教育局'];
const ix = new TypoIndex(terms);

describe('typos by sound', () => {
  it('corrects a stray character that sounds like a domain term', () => {
    expect(ix.correct('我想申清公凯信息').text).toBe('我想申请公开信息');
    expect(ix.correct('提共材料').text).toBe('提供材料');
    expect(ix.correct('怎么申情').text).toBe('怎么申请');
    expect(ix.correct('地只在哪').changes).toEqual([['地只', '地址']]);
  });
  it('a question particle ending the sentence is no slip ("限号吗" is no 限号码), one inside it may be ("号吗是多少")', () => {
    const numbers = new TypoIndex(['号码', '申请']);
    expect(numbers.correct('今天限号吗').text).toBe('今天限号吗');
    expect(numbers.correct('今天限号吗？').text).toBe('今天限号吗？');
    expect(numbers.correct('他们的号吗是多少').text).toBe('他们的号码是多少');
  });
  it('a "term" of one character glued to 到 is no domain word ("搬到哪了" never becomes 办到)', () => {
    const glued = new TypoIndex(['办到', '申请', '地址']);
    expect(glued.correct('信息科搬到哪了').text).toBe('信息科搬到哪了');
  });
  it('a "term" made of function words and negations is restored never ("没去补会" keeps its 补, never 不会)', () => {
    const plain = new TypoIndex(['不会', '补正', '申请']);
    expect(plain.correct('让我补正我一直没去补会怎么样').text).toBe('让我补正我一直没去补会怎么样');
  });
  it('a particle or common verb of a short stretch is never the typo ("事想问下" is no 事项, though 想 sounds as 项)', () => {
    const items = new TypoIndex(['事项', '申请']);
    expect(items.correct('我娃读书的事想问下信息公开咋弄').text).toBe('我娃读书的事想问下信息公开咋弄');
    expect(items.correct('申清的事项').text).toBe('申请的事项');
  });
  it('corrects an office name typed by sound (two characters of five)', () => {
    expect(ix.correct('陆松教育局电话多少').text).toBe('芦淞教育局电话多少');
  });
  it('corrects one character inside a real word only within a long term', () => {
    expect(ix.correct('行政附议有几起').text).toBe('行政复议有几起');
  });
  it('never touches real words or function words', () => {
    for (const q of ['你们是事业单位', '有几件', '公司能申请吗', '你们公告了吗', '事实上', '电化教育'])
      expect(ix.correct(q).changes).toEqual([]);
  });
  it('leaves words that are known as typed', () => {
    const known = new TypoIndex(terms, { known: (w) => w === '申清' });
    expect(known.correct('申清').text).toBe('申清');
  });
  it('a text without two Han characters is returned as is', () => {
    expect(ix.correct('abc 1').text).toBe('abc 1');
  });
});

describe('near sounds (fuzzy pinyin)', () => {
  it('knows the input methods’ fuzzy pairs and one vowel slip, never an equal sound', async () => {
    const { nearSound } = await import('../../src/understand/typos.js');
    expect(nearSound('huo', 'hua')).toBe(true); // 电活 → 电话
    expect(nearSound('zi', 'zhi')).toBe(true);
    expect(nearSound('shen', 'sheng')).toBe(true);
    expect(nearSound('lan', 'nan')).toBe(true);
    expect(nearSound('dian', 'tian')).toBe(false);
    expect(nearSound('hua', 'fa')).toBe(false); // two changes
    expect(nearSound('hua', 'hua')).toBe(false);
  });
  it('corrects a lone character by a near sound when no exact sound fits', () => {
    const near = new TypoIndex([...terms, '电话']);
    expect(near.correct('电活多少').text).toBe('电话多少');
  });
  it('an exact sound wins over a near one met earlier in the same pass (电活: 电火 before 电话)', () => {
    const both = new TypoIndex([...terms, '电话', '电火']);
    expect(both.correct('电活多少').text).toBe('电火多少');
    expect(new TypoIndex([...terms, '电火', '电话']).correct('电活多少').text).toBe('电火多少');
  });
  it('never changes a particle by a near sound (和 also reads huo)', () => {
    const near = new TypoIndex([...terms, '计划']);
    expect(near.correct('小计和分项对得上吗').text).toBe('小计和分项对得上吗');
  });
});

describe('a whole rare word typed for a domain term', () => {
  it('a dictionary word the domain does not know, sounding exactly like a term of its length (电化 → 电话)', () => {
    addMaterial(['南港区']); // a word of jieba's dictionary only when the material has it (lean dictionary: segment.ts)
    const ix2 = new TypoIndex([...terms, '电话', '南岗区']);
    expect(ix2.correct('电化多少').text).toBe('电话多少');
    expect(ix2.correct('南港区政府办电化多少').text).toBe('南岗区政府办电话多少');
  });
  it('a word the domain knows stays as typed', () => {
    const ix2 = new TypoIndex([...terms, '电话'], { known: (w) => w === '电化' });
    expect(ix2.correct('电化多少').text).toBe('电化多少');
  });
});

describe('a glued word is no typo target', () => {
  it('"能帮我" is not corrected to 能办 (a modal glued to 办 is no domain term); 申清 still is 申请', () => {
    const idx = new TypoIndex(['能办', '申请', '公开'], {});
    expect(idx.correct('你能帮我干点啥').changes).toEqual([]);
    expect(idx.correct('申清公凯').text).toBe('申请公开');
  });
});

describe('a longer stretch with no larger share of changes wins', () => {
  it('"棉阳市生太环境局" is corrected as a whole, not 棉阳市 alone', () => {
    const idx = new TypoIndex(['绵阳市', '绵阳市生态环境局'], {});
    expect(idx.correct('棉阳市生太环境局有几件').text).toBe('绵阳市生态环境局有几件');
  });
});
