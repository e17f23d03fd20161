import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { balanceTotalAsked } from '../../../src/core/policy/balance-total.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

const text = (d: ReturnType<typeof balanceTotalAsked.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : undefined);

describe('balance-total-asked', () => {
  it('new and carried-in quoted and added, the results\' total asked: their sum, the balance said, and the report\'s own total', () => {
    const t = text(balanceTotalAsked.decide(u({ norm: '新收15件加上年结转0件,办理结果总计应该是多少?' }), {}, kn));
    expect(t).toContain('新收 15 件 + 上年结转 0 件 = 15 件');
    expect(t).toContain('结转下年度');
    expect(t).toContain('报告表三中的办理结果总计是 15 件');
  });
  it('no sum asked, or one of the two not quoted: no decision', () => {
    expect(balanceTotalAsked.decide(u({ norm: '新收15件,办理结果总计是15件对吗' }), {}, kn)).toBeUndefined();
    expect(balanceTotalAsked.decide(u({ norm: '新收15件加上别的,总计应该是多少' }), {}, kn)).toBeUndefined();
  });
});
