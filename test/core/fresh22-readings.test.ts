// Readings added after the twenty-second blind round (test/fixtures/reports-years: 南岗 2021–2023, 沭阳 2025).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-years', defaultOffice: '南岗区人民政府办公室' })).kn;
});
const ask = (q: string) => decide(kn, q, {}).answer;

describe('fresh22 readings', () => {
  it('"有没有收费…信息处理费那个有没有收": the report\'s fee statement — 没有收费 is no typo of 没有缴费', () => {
    const a = ask('南岗区二零二二年那个政府信息公开有没有收费就是信息处理费那个有没有收');
    expect(a.intent).toBe('report.fee');
  });
  it('"有多少件是公开了的": 予以公开', () => {
    expect(ask('南岗区2023年政府信息公开申请有多少件是公开了的').text).toContain('予以公开”的申请 14 件');
  });
  it('"…到现在都没回我，按规定他们最多能拖多久啊": the time limit', () => {
    expect(ask('我家拆迁的事，去年底往南岗区政府办寄了申请要征收补偿方案，到现在都没回我，按规定他们最多能拖多久啊？').intent).toBe('procedure.time');
  });
  it('"当面说一下就算申请了": oral application (口头), not the address', () => {
    expect(ask('我年纪大了不太会写字，能不能去窗口当面说一下就算申请了？').text).toContain('口头');
  });
  it('"同一项南岗2023年是多少" after a figure: the same figure for that report', () => {
    const a = decide(kn, '沭阳2025年不予处理共多少件', {});
    const b = decide(kn, '其中信访举报投诉类的有多少', a.state);
    const c = decide(kn, '同一项南岗2023年是多少', b.state);
    expect(c.answer.rule).toBe('slot-only-follow-up');
    expect(c.answer.text).toContain('信访举报投诉类申请”而不予处理的申请 4 件');
  });
  it('"以前在大成街，现在还在那吗": the newest address, and that it changed', () => {
    expect(ask('我记得南岗区政府办以前在大成街，现在还在那吗？想过去递个申请').text).toContain('学府路');
  });
  it('two offices named, a count told in words ("…主动公开的信息条数分别是多少"): each office\'s sentence', async () => {
    const pages = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh22-new' })).kn;
    const a = decide(pages, '莆田医保局2023年和金厂镇2025年主动公开的信息条数分别是多少？', {}).answer;
    expect(a.rule).toBe('count-in-report');
    expect(a.text).toContain('139条');
    expect(a.text).toContain('23条');
  });
});

