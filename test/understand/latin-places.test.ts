import { describe, expect, it } from 'vitest';
import { readLatinPlaces } from '../../src/understand/latin-places.js';
import { normalize } from '../../src/understand/normalize.js';

const offices = ['绵阳市生态环境局', '宜兴市丁蜀镇人民政府', '徐闻县司法局'];

describe('places of the loaded offices written in pinyin', () => {
  it('read as the Chinese place, joined to the Chinese words around them', () => {
    expect(readLatinPlaces('xuwen 司法局现行有效多少', offices)).toBe('徐闻司法局现行有效多少');
    expect(readLatinPlaces(normalize('What is the postcode of the Mianyang ecology and environment bureau'), offices)).toContain('绵阳');
    expect(readLatinPlaces('dingshu 镇', offices)).toBe('丁蜀镇');
  });
  it('a Latin word that is no loaded place stays; no Latin: the text as it is', () => {
    expect(readLatinPlaces('beijing 电话', offices)).toBe('beijing 电话');
    expect(readLatinPlaces('电话多少', offices)).toBe('电话多少');
  });
});
