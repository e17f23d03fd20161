import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { doneFollowUp } from '../../../src/core/policy/all-answered.js';
import { quotesChecked } from '../../../src/core/metric-in-context.js';
import { textOf } from '../../../src/answer/render.js';
import type { Decision } from '../../../src/core/policy/types.js';

const said = (d: Decision | undefined) => (d && d.kind === 'passage' ? textOf(d.parts) : '');

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh152-newa');
});

// 临西县人民政府 2021, no tables: "…我县共收到9件“依申请公开”申请,其中5件为协助市政务公开科办理,均已完成;4件为我县直接办理,
// 其中2件已按要求处理答复完毕,2件正在处理。"
const linxi = (text: string) => ({ report: '临西县人民政府-2021', intent: 'report.passage', text });

describe('done-follow-up', () => {
  it('"这几件都办完了吗" after the count of those the county handled itself: the sentence that tells it', () => {
    const d = doneFollowUp.decide(u({ norm: '这几件都办完了吗' }), linxi('其中几件是县里自己直接办的'), kn);
    expect(said(d)).toContain('2件正在处理');
  });
  it('"那另外那5件办完没有": the sentence holding that count', () => {
    const d = doneFollowUp.decide(u({ norm: '那另外那5件办完没有' }), linxi('为啥只有4件是县里自己办的'), kn);
    expect(said(d)).toContain('均已完成');
    expect(said(d)).not.toContain('正在处理');
  });
  it('no requests pointed back at, no done asked, or a count no sentence holds: no decision', () => {
    expect(doneFollowUp.decide(u({ norm: '办完了吗' }), linxi('其中几件是县里自己直接办的'), kn)).toBeUndefined();
    expect(doneFollowUp.decide(u({ norm: '这几件是谁办的' }), linxi('其中几件是县里自己直接办的'), kn)).toBeUndefined();
    expect(doneFollowUp.decide(u({ norm: '那7件办完没有' }), linxi('收到几件'), kn)).toBeUndefined();
  });
});

describe('quotesChecked', () => {
  it('a reason asked of a count ("为啥只有4件…") is no check; a check asked beside a why still is', () => {
    expect(quotesChecked('为啥只有4件是县里自己办的?')).toBe(false);
    expect(quotesChecked('只有4件是县里自己办的?')).toBe(true);
    expect(quotesChecked('为什么是4件,对不对')).toBe(true);
  });
});
