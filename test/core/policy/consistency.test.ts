import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { consistencyAsked } from '../../../src/core/policy/consistency.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('consistency-asked', () => {
  it('a group\'s parts, the balance rows, or nothing named: the check', () => {
    expect(consistencyAsked.decide(u({ norm: '不予公开的小计和分项加起来对得上吗', metric: metric({ rows: ['refused'] }) }), {}, kn)?.kind).toBe('passage');
    expect(consistencyAsked.decide(u({ norm: '新收加上年结转是否等于总计加结转下年，核对一下', metric: metric({ rows: ['new', 'carried', 'total', 'carry-over'] }) }), {}, kn)?.kind).toBe('passage');
    expect(consistencyAsked.decide(u({ norm: '表三的数字对得上吗' }), {}, kn)?.kind).toBe('passage');
  });
  it('one figure named to be checked, or no check asked: no decision', () => {
    expect(consistencyAsked.decide(u({ norm: '现行有效件数，核对一下是不是18', metric: metric({ table: '二', rows: ['normative'], cols: ['valid'] }) }), {}, kn)).toBeUndefined();
    expect(consistencyAsked.decide(u({ norm: '不予公开多少', metric: metric({ rows: ['refused'] }) }), {}, kn)).toBeUndefined();
  });
});
