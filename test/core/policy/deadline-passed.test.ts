import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { deadlinePassedOwnMatter } from '../../../src/core/policy/remedy.js';
import { knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('deadline-passed-own-matter', () => {
  it('the time run out on the asker\'s matter: the remedies, the time limit and its extension said first', () => {
    const d = deadlinePassedOwnMatter.decide(u({ norm: '期限都过了还没给答复呢' }), {}, kn);
    expect(d && d.kind === 'intent' ? d.intent.id : '').toBe('procedure.remedy');
    expect(d && d.kind === 'intent' ? d.noteIfAnswered : '').toMatch(/延长不超过 20 个工作日/);
  });
  it('a count asked, the report\'s requests named, a year, or nothing said to be late: no decision', () => {
    expect(deadlinePassedOwnMatter.decide(u({ norm: '到期了还有几件没办完' }), {}, kn)).toBeUndefined();
    expect(deadlinePassedOwnMatter.decide(u({ norm: '结转到下年的是不是超期了还没办完' }), {}, kn)).toBeUndefined();
    expect(deadlinePassedOwnMatter.decide(u({ norm: '2022年超期了还没办完的', slots: slots({ years: [2022] }) }), {}, kn)).toBeUndefined();
    expect(deadlinePassedOwnMatter.decide(u({ norm: '还没弄完呢' }), {}, kn)).toBeUndefined();
  });
});
