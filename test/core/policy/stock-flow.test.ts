import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { stockFlowCheck, stockIntoNext } from '../../../src/core/policy/stock-flow.js';
import { knowledge, slots, u } from './helpers.js';

let years: Knowledge;
let one: Knowledge;
beforeAll(async () => {
  years = await knowledge('test/fixtures/reports-years');
  one = await knowledge();
});
const nangang = slots({ offices: ['南岗区人民政府办公室'] });

describe('stock-flow-check', () => {
  it('last year\'s 现行有效 + 制发 − 废止, set against the report\'s own figure (never corrected)', () => {
    const d = stockFlowCheck.decide(u({ norm: '2022年现行有效18件,2023年又制发6件、废止2件,按理2023年底应该是多少件?和报告里写的一样吗?', slots: { ...nangang, years: [2022, 2023] } }), {}, years);
    const t = JSON.stringify(d);
    expect(t).toContain('18 + 6 − 2 = 22 件（按报告数字计算）');
    expect(t).toContain('现行有效是 25 件，与推算的 22 件不一致');
  });
  it('back to the start of the year from one report', () => {
    const d = stockFlowCheck.decide(u({ norm: '规范性文件本年制发4件、废止1件、现行有效18件,倒推回去年初应该有几件有效?' }), {}, one);
    expect(JSON.stringify(d)).toContain('18 − 4 + 1 = 15 件');
  });
  it('a figure read off, not worked out: no decision', () => {
    expect(stockFlowCheck.decide(u({ norm: '现行有效的规范性文件有多少件' }), {}, one)).toBeUndefined();
  });
});

describe('stock-into-next', () => {
  it('the year after a loaded report, its 现行有效 asked as a base: the loaded year\'s, said to be worked out', () => {
    const d = stockIntoNext.decide(u({ norm: '写2023年报告,规范性文件现行有效的基数是多少', slots: slots({ years: [2023] }) }), {}, one);
    const t = JSON.stringify(d);
    expect(t).toContain('现行有效 18 件算起');
    expect(t).toContain('还没有加载');
  });
  it('counts supposed for that year: the sum worked out', () => {
    const d = stockIntoNext.decide(u({ norm: '如果2023年制发3件、废止2件,现行有效应该填多少', slots: slots({ years: [2023] }) }), {}, one);
    expect(JSON.stringify(d)).toContain('18 + 3 − 2 = 19 件');
  });
  it('a year loaded, two years on, or no base or "should be" asked: no decision', () => {
    expect(stockIntoNext.decide(u({ norm: '2022年现行有效应该填多少', slots: slots({ years: [2022] }) }), {}, one)).toBeUndefined();
    expect(stockIntoNext.decide(u({ norm: '2024年现行有效应该填多少', slots: slots({ years: [2024] }) }), {}, one)).toBeUndefined();
    expect(stockIntoNext.decide(u({ norm: '2023年现行有效是多少', slots: slots({ years: [2023] }) }), {}, one)).toBeUndefined();
  });
});
