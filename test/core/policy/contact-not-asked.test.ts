import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { contactNotAsked } from '../../../src/core/policy/contact-not-asked.js';
import { cands, knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('contact-not-asked', () => {
  it('a weak contact reading of a message that names no contact ("2023年有没有这种情况"): the fallback', () => {
    const d = contactNotAsked.decide(u({ norm: '2023年有没有这种情况?', candidates: cands(kn, ['contact.email', 0.4]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'fallback', reason: 'no-match' });
  });
  it('a contact named (电话, 股室, 怎么去), a clear match, another topic, or a contact answer just given: no decision', () => {
    expect(contactNotAsked.decide(u({ norm: '电话给我一个', candidates: cands(kn, ['contact.phone', 0.4]) }), {}, kn)).toBeUndefined();
    expect(contactNotAsked.decide(u({ norm: '具体负责解答咨询的是哪个股室', candidates: cands(kn, ['contact.department', 0.4]) }), {}, kn)).toBeUndefined();
    expect(contactNotAsked.decide(u({ norm: '坐几路车能到', candidates: cands(kn, ['contact.address', 0.4]) }), {}, kn)).toBeUndefined();
    expect(contactNotAsked.decide(u({ norm: '怎么去你们那', candidates: cands(kn, ['contact.address', 0.4]) }), {}, kn)).toBeUndefined();
    expect(contactNotAsked.decide(u({ norm: '报告里有说吗', candidates: cands(kn, ['contact.phone', 0.7]) }), {}, kn)).toBeUndefined();
    expect(contactNotAsked.decide(u({ norm: '这种情况多吗', candidates: cands(kn, ['procedure.fee', 0.4]) }), {}, kn)).toBeUndefined();
    expect(contactNotAsked.decide(u({ norm: '那个呢', candidates: cands(kn, ['contact.fax', 0.4]) }), { intent: 'contact.phone' }, kn)).toBeUndefined();
  });
});
