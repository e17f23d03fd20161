import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { quotedCountsTogether } from '../../../src/core/policy/quoted-together.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('quoted-counts-together', () => {
  it('why two counts quoted differ, both stated in one sentence: that sentence, as printed', () => {
    const d = quotedCountsTogether.decide(u({ norm: '为啥接到15条申请才予以公开4条' }), {}, kn);
    const t = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(t).toContain('接到政府信息公开申请数量 15 条');
    expect(t).toContain('无法提供 8 条');
  });
  it('one count, counts no sentence states together, a table figure read, or no why: no decision', () => {
    expect(quotedCountsTogether.decide(u({ norm: '为啥予以公开4条' }), {}, kn)).toBeUndefined();
    expect(quotedCountsTogether.decide(u({ norm: '为啥接到15条申请才予以公开5条' }), {}, kn)).toBeUndefined();
    expect(quotedCountsTogether.decide(u({ norm: '为啥接到15条申请才予以公开4条', metric: metric({ rows: ['granted'] }) }), {}, kn)).toBeUndefined(); // (南岗's tables give it)
    expect(quotedCountsTogether.decide(u({ norm: '接到15条申请，予以公开4条' }), {}, kn)).toBeUndefined();
  });
});
