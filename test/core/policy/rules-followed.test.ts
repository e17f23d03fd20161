import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { rulesFollowedAsked } from '../../../src/core/policy/rules-followed.js';

let kn: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh241-newa');
  nangang = await knowledge('data/reports');
});

// 乌海市生态环境局 2024: "…深入贯彻落实《中华人民共和国政府信息公开条例》《生态环境部政府信息公开实施办法》等有关规定…"
describe('rules-followed-asked', () => {
  it('the rules besides the Regulation: the report\'s sentence naming them', () => {
    const d = rulesFollowedAsked.decide(u({ norm: '除了条例还按哪个部门的办法搞信息公开' }), { report: '乌海市生态环境局-2024' }, kn);
    expect(JSON.stringify(d && 'parts' in d ? d.parts : d)).toContain('生态环境部政府信息公开实施办法');
  });
  it('a report naming no such rule, or no rules asked: no decision', () => {
    expect(rulesFollowedAsked.decide(u({ norm: '除了条例还按哪个办法' }), {}, nangang)).toBeUndefined();
    expect(rulesFollowedAsked.decide(u({ norm: '条例第几条规定了收费' }), { report: '乌海市生态环境局-2024' }, kn)).toBeUndefined();
  });
});
