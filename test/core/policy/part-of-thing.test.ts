import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { partOfThingAsked } from '../../../src/core/policy/part-of-thing.js';

let nangang: Knowledge;
let cutShort: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  cutShort = await knowledge('test/fixtures/reports-fresh123-newb');
});

const textOf = (d: ReturnType<typeof partOfThingAsked.decide>) => (d && d.kind === 'passage' ? d.parts.head + d.parts.lines.join('') : '');

describe('part-of-thing-asked', () => {
  it('the fee asked while drafting a year not loaded: part 六 of the format', () => {
    const d = partOfThingAsked.decide(u({ norm: '明年写2023年的年报,收取信息处理费的情况放在哪一部分写?', slots: slots({ years: [2023] }) }), {}, nangang);
    expect(textOf(d)).toContain('六、其他需要报告的事项');
  });
  it('the requests asked: part 三', () => {
    // (第几 reads as a count: the part's number is asked all the same)
    expect(textOf(partOfThingAsked.decide(u({ norm: '依申请公开的办理情况应该放在报告第几部分?', quantity: true }), {}, nangang))).toContain('第三部分');
  });
  it('a number quoted that the report holds: the part of its sentence', () => {
    const d = partOfThingAsked.decide(u({ norm: '那个600余条写在年报哪一部分' }), {}, nangang);
    expect(textOf(d)).toMatch(/写在“一、总体情况”/);
  });
  it('reviews of a report whose part 四 is cut off: the format\'s part and the sentence of part 一', () => {
    const d = partOfThingAsked.decide(u({ norm: '天津市商务局年报里那件行政复议是在哪一部分写的?', slots: slots({ offices: ['天津市商务局'] }) }), {}, cutShort);
    expect(textOf(d)).toContain('第四部分');
    expect(textOf(d)).toContain('一、总体情况');
  });
  it('no part asked, or nothing the format places: no decision', () => {
    for (const norm of ['信息处理费收了多少', '天气写在哪一部分', '依申请公开的件数写在哪部分,写的多少']) expect(partOfThingAsked.decide(u({ norm }), {}, nangang), norm).toBeUndefined();
  });
});
