import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { cands, knowledge, slots, u } from './helpers.js';
import { reportSaysStep } from '../../../src/core/policy/report-says-step.js';

let three: Knowledge;
beforeAll(async () => {
  three = await knowledge('test/fixtures/reports-fresh117-newb');
});

const textOf = (d: ReturnType<typeof reportSaysStep.decide>) => (d && d.kind === 'passage' ? d.parts.head + d.parts.lines.join('') : '');
const URUMQI = slots({ offices: ['乌鲁木齐市建设局'] });

describe('report-says-step', () => {
  it('what the report says of the channels a request comes by: its sentence', () => {
    const q = u({ norm: '年报里说可以通过哪些渠道提交申请?', slots: URUMQI, candidates: cands(three, ['procedure.how', 0.6]) });
    expect(textOf(reportSaysStep.decide(q, {}, three))).toContain('线上线下渠道');
  });
  it('the report not named, a reading other than the procedure, or no sentence of it: no decision', () => {
    for (const [norm, id] of [['可以通过哪些渠道提交申请?', 'procedure.how'], ['年报里说可以通过哪些渠道联系?', 'contact.phone'], ['年报里说申请要交多少钱', 'procedure.fee']] as const)
      expect(reportSaysStep.decide(u({ norm, slots: URUMQI, candidates: cands(three, [id, 0.6]) }), {}, three), norm).toBeUndefined();
  });
});
