import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { regulationPhraseSlipAsked, slipsAgainst } from '../../../src/core/policy/phrase-slip.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('data/reports');
});

const said = (d: unknown) => JSON.stringify(d && typeof d === 'object' && 'parts' in d ? (d as { parts: unknown }).parts : d);

// 《条例》第五条: "行政机关公开政府信息，应当坚持以公开为常态、不公开为例外，遵循公正、公平、合法、便民的原则。"
describe('regulation-phrase-slip-asked', () => {
  it('a character left out of the regulation\'s words: the article and the character', () => {
    const d = regulationPhraseSlipAsked.decide(u({ norm: '报告写“公开为常态、公开为例外”是不是漏了字' }), {}, kn);
    expect(said(d)).toContain('第五条');
    expect(said(d)).toContain('少了“不”');
  });
  it('a character written for another: which for which', () => {
    const d = regulationPhraseSlipAsked.decide(u({ norm: '“公正、公平、合法、便民的原侧”有没有错' }), {}, kn);
    expect(said(d)).toContain('“侧”应为“则”');
  });
  it('the words as the regulation has them (为 read as 是): the same', () => {
    const d = regulationPhraseSlipAsked.decide(u({ norm: '“以公开是常态，不公开是例外”这么写对吗' }), {}, kn);
    expect(said(d)).toContain('一致');
  });
  it('no rightness asked, a quote far from any clause, or a label of table 三: no decision', () => {
    expect(regulationPhraseSlipAsked.decide(u({ norm: '“公开为常态、公开为例外”是哪一条' }), {}, kn)).toBeUndefined();
    expect(regulationPhraseSlipAsked.decide(u({ norm: '“全面推进政务公开标准化”写得对吗' }), {}, kn)).toBeUndefined();
    expect(regulationPhraseSlipAsked.decide(u({ norm: '“行政机关不在处理其政府信息公开申请”写错了吗' }), {}, kn)).toBeUndefined();
  });
  it('slipsAgainst: a quote is measured against the closest stretch of a clause', () => {
    expect(slipsAgainst('常态不公开', '以公开为常态不公开为例外').distance).toBe(0);
    expect(slipsAgainst('常态公开', '以公开为常态不公开为例外')).toEqual({ distance: 1, slips: [{ wrote: '', should: '不' }] });
  });
});
