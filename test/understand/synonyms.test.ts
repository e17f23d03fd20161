import { describe, expect, it } from 'vitest';
import { applySynonyms } from '../../src/understand/synonyms.js';
import { validateSynonyms } from '../../src/understand/synonyms-validate.js';
import { loadIntents } from '../../src/answer/intents.js';
import { addMaterial } from '../../src/understand/segment.js';

describe('synonyms as data', () => {
  it('reads whole everyday words as the word the bot knows', () => {
    // a synonym is a dictionary word the bot's lean dictionary keeps: the synonyms are its material (segment.ts)
    addMaterial(['门牌号']);
    const { table, errors } = validateSynonyms('synonyms.yml', { synonyms: { 电话: ['号码', '热线'], 地址: ['门牌号'] } });
    expect(errors).toEqual([]);
    expect(applySynonyms('你们的号码是多少', table)).toBe('你们的电话是多少');
    expect(applySynonyms('门牌号多少', table)).toBe('地址多少');
    // a word named by the number before it is a service, not the office's phone ("12345热线")
    expect(applySynonyms('12345热线来件多少', table)).toBe('12345热线来件多少');
    // the known word already there: left alone
    expect(applySynonyms('电话号码是多少', table)).toBe('电话号码是多少');
  });
  it('a one-character synonym glued into an unknown word by jieba is still read ("能告" → 能起诉), a dictionary word holding it is not', () => {
    const { table } = validateSynonyms('synonyms.yml', { synonyms: { 起诉: ['告'] } });
    expect(applySynonyms('我能去哪告他们', table)).toContain('起诉他们');
    expect(applySynonyms('能告他们吗', table)).toBe('能起诉他们吗');
    expect(applySynonyms('年度报告里写了什么', table)).toBe('年度报告里写了什么');
    expect(applySynonyms('请告诉我电话', table)).toBe('请告诉我电话');
  });
  it('a word that holds its canonical word is still replaced (写明 → 写), one beside it is not', () => {
    const { table } = validateSynonyms('synonyms.yml', { synonyms: { 写: ['写明'] } });
    expect(applySynonyms('申请里必须写明哪些内容', table)).toBe('申请里必须写哪些内容');
  });
  it('errors are Chinese and name the file and the group', () => {
    const { errors } = validateSynonyms('synonyms.yml', { synonyms: { 电话: '号码', 地址: ['号码x', ''], 邮编: ['号码x'] } });
    expect(errors.join('\n')).toMatch(/synonyms\.yml 第 1 组（电话）：需要一个同义词列表/);
    expect(errors.join('\n')).toMatch(/第 2 组（地址）：同义词“”为空/);
    expect(errors.join('\n')).toMatch(/第 3 组（邮编）：同义词“号码x”已在“地址”组中出现/);
    expect(validateSynonyms('s.yml', { other: 1 }).errors[0]).toMatch(/^s\.yml：文件结构不对/);
  });
  it('a canonical word that is itself a synonym is reported', () => {
    const { errors } = validateSynonyms('synonyms.yml', { synonyms: { 电话: ['热线'], 热线: ['热线电话'] } });
    expect(errors.join('\n')).toMatch(/标准词“热线”又是“电话”的同义词/);
  });
  it('the shipped intents/synonyms.yml loads without errors and is not read as intents', async () => {
    const set = await loadIntents();
    expect(set.errors.filter((e) => e.includes('synonyms'))).toEqual([]);
    expect(set.synonyms?.get('号码')).toBe('电话');
  });
});
