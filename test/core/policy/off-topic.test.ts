import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { mostlyUnknown, outOfScope } from '../../../src/core/policy/off-topic.js';
import { cands, knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('out-of-scope', () => {
  it('an out-of-scope example matched above the clarify threshold: the fallback', () => {
    expect(outOfScope.decide(u({ candidates: cands(kn, ['out_of_scope', 0.5]) }), {}, kn)).toEqual({ kind: 'fallback', reason: 'off-topic', confidence: 0.5 });
  });
  it('a weak out-of-scope match, or an in-scope best match: no decision', () => {
    expect(outOfScope.decide(u({ candidates: cands(kn, ['out_of_scope', 0.2]) }), {}, kn)).toBeUndefined();
    expect(outOfScope.decide(u({ candidates: cands(kn, ['contact.phone', 0.5], ['out_of_scope', 0.45]) }), {}, kn)).toBeUndefined();
  });
});

describe('mostly-unknown', () => {
  it('most words unknown and a weak match: the fallback', () => {
    const d = mostlyUnknown.decide(u({ norm: '今天天气怎么样', unknown: { share: 1, count: 2 }, candidates: cands(kn, ['procedure.how', 0.2]) }), {}, kn);
    expect(d).toEqual({ kind: 'fallback', reason: 'unknown', confidence: 0.2 });
  });
  it('…unless the report holds those words: its passage', () => {
    const d = mostlyUnknown.decide(u({ norm: '线下政务公开专区建在哪', unknown: { share: 0.6, count: 2 }, candidates: cands(kn, ['contact.address', 0.3]) }), {}, kn);
    expect(d?.kind).toBe('passage');
  });
  it('a strong match, or one stray unknown word beside a good match: no decision', () => {
    expect(mostlyUnknown.decide(u({ unknown: { share: 1, count: 3 }, candidates: cands(kn, ['procedure.time', 0.6]) }), {}, kn)).toBeUndefined();
    expect(mostlyUnknown.decide(u({ unknown: { share: 0.5, count: 1 }, candidates: cands(kn, ['procedure.time', 0.5]) }), {}, kn)).toBeUndefined();
    expect(mostlyUnknown.decide(u({ unknown: { share: 0.4, count: 2 }, candidates: cands(kn, ['procedure.time', 0.2]) }), {}, kn)).toBeUndefined();
  });
});
