import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, u } from './helpers.js';
import { whyPublishedAsked } from '../../../src/core/policy/why-published.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

describe('why-published-asked', () => {
  it('why a kind the law lists is published at all: what must be published proactively (第二十条)', () => {
    expect(whyPublishedAsked.decide(u({ norm: '为啥要把行政处罚决定公示出来' }), {}, nangang)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.proactive' } });
  });
  it('why something is withheld, a kind the law does not list, or a figure asked: no decision', () => {
    expect(whyPublishedAsked.decide(u({ norm: '为什么不公开财政预算' }), {}, nangang)).toBeUndefined();
    expect(whyPublishedAsked.decide(u({ norm: '为什么要公开我的名字' }), {}, nangang)).toBeUndefined();
    expect(whyPublishedAsked.decide(u({ norm: '为什么要公开行政处罚', metric: metric({ table: '二', rows: ['penalty'] }) }), {}, nangang)).toBeUndefined();
  });
});
