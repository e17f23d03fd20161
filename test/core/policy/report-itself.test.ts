import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { reportItselfAsked } from '../../../src/core/policy/report-itself.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

/** "帮学生查一下" + the office (a span) + "2022年的政府信息公开年报", as understand() gives it. */
function asked(norm: string, name: string) {
  const at = norm.indexOf(name);
  return u({ norm, slots: slots({ offices: [kn.reports[0]!.office], years: [2022], spans: [{ start: at, end: at + name.length }] }) });
}

describe('report-itself-asked', () => {
  it('a loaded report asked for as a whole ("帮学生查一下南岗区2022年的政府信息公开年报"): its overview', () => {
    const d = reportItselfAsked.decide(asked('帮学生查一下南岗区2022年的政府信息公开年报', '南岗区2022年'), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'report.summary' } });
    const intro = reportItselfAsked.decide(asked('我是跑货运的,想了解下南岗区2022年的信息公开年报', '南岗区2022年'), {}, kn);
    expect(intro).toMatchObject({ kind: 'intent', intent: { id: 'report.summary' } });
  });
  it('anything of it asked (where to read it, whether it is there, a figure): no decision', () => {
    expect(reportItselfAsked.decide(asked('南岗区2022年的信息公开年报去哪看', '南岗区2022年'), {}, kn)).toBeUndefined();
    expect(reportItselfAsked.decide(asked('南岗区2022年的年报有吗', '南岗区2022年'), {}, kn)).toBeUndefined();
    expect(reportItselfAsked.decide(asked('南岗区2022年的年报网址呢', '南岗区2022年'), {}, kn)).toBeUndefined();
    expect(reportItselfAsked.decide({ ...asked('南岗区2022年年报里的申请', '南岗区2022年'), metric: metric() }, {}, kn)).toBeUndefined();
  });
});
