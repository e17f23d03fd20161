// A question typed all in pinyin, read back into the words the bot knows (src/understand/pinyin-sentence.ts).
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import { normalize } from '../../src/understand/normalize.js';
import { readPinyinSentence } from '../../src/understand/pinyin-sentence.js';
import { syllableEnds, typedInPinyin } from '../../src/understand/pinyin-syllables.js';

const terms = new Set(['晋安', '南岗区', '政府', '办公室', '信息公开', '申请', '受理', '门户网站', '交钱', '平寨乡', '湖州市气象局']);

describe('pinyin syllables', () => {
  it('a word cut into syllables whole, or not at all', () => {
    expect(syllableEnds('zhengfu')).not.toBeNull();
    expect(syllableEnds('nangangqu')).not.toBeNull();
    expect(syllableEnds('phone')).toBeNull();
    expect(syllableEnds('number')).toBeNull();
  });
  it('a message is pinyin when nearly all its Latin words are; an English one is not', () => {
    expect(typedInPinyin('yao jiao qian ma')).toBe(true);
    expect(typedInPinyin('can you tell me the phone number')).toBe(false);
    expect(typedInPinyin('南岗区 phone')).toBe(false);
  });
});

describe('readPinyinSentence', () => {
  it('reads terms, office parts, everyday words and particles, by the fewest pieces', () => {
    expect(readPinyinSentence('jin an qu zhengfu bangongshi 2024 nian shouli le duoshao jian xinxi gongkai shenqing a', terms)).toBe('晋安区政府办公室2024年受理了多少件信息公开申请啊');
    expect(readPinyinSentence('yao jiao qian ma', terms)).toBe('要交钱吗');
    // (the organ of an office name is a word: 气象局 of 湖州市气象局)
    expect(readPinyinSentence('huzhou qixiangju dianhua', new Set([...terms, '电话']))).toBe('湖州气象局电话');
  });
  it('a place\'s level right after the place already read is the level ("平寨 xiang" → 平寨乡, not 想)', () => {
    expect(readPinyinSentence('平寨 xiang 2024 nian you mei you', terms)).toBe('平寨乡2024年有没有');
    expect(readPinyinSentence('wo xiang zhidao', terms)).toBe('我想知道');
  });
  it('English, and a lone word that reads as nothing known, stay as typed', () => {
    expect(readPinyinSentence('phone number of nangang district', terms)).toBe('phone number of nangang district');
    expect(readPinyinSentence('南岗区的 email', terms)).toBe('南岗区的 email');
  });
  it('normalize keeps a pinyin question\'s "you", "an" and "me" (English function words elsewhere)', () => {
    expect(normalize('jin an qu you mei you')).toContain('jin an qu you mei you');
    expect(normalize('can you tell me the phone number')).not.toContain('you');
  });
});

describe('questions typed in pinyin, answered', () => {
  it('a count, the fee and a contact (three offices loaded; the default report)', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh74-newb' });
    expect(decide(kn, 'jin an qu zhengfu bangongshi 2024 nian shouli le duoshao jian xinxi gongkai shenqing a', {}).answer.text).toContain('38件');
    expect(decide(kn, 'yao jiao qian ma', {}).answer.text).toContain('不收取费用');
    const home = await loadKnowledge({ reportsDir: 'data/reports' });
    expect(decide(home.kn, 'nangangqu zhengfu bangongshi xinxi gongkai dianhua duoshao', {}).answer.text).toContain('0451-82705546');
  });
});
