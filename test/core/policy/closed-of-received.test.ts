import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { closedOfReceivedInText } from '../../../src/core/policy/closed-of-received.js';
import { u } from './helpers.js';

let kn: Knowledge;
let report: string;
beforeAll(async () => {
  const { loadKnowledge } = await import('../../../src/core/bot.js');
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh246-newb' })).kn;
  report = kn.reports.find((x) => x.office.includes('秦都'))!.id;
});

const lines = (norm: string) => {
  const d = closedOfReceivedInText.decide(u({ norm }), { report }, kn);
  return d && d.kind === 'passage' ? d.parts.lines.join('\n') : undefined;
};

describe('closed-of-received-in-text', () => {
  it('what is still open: received less closed, from the sentence that counts both, said to be worked out', () => {
    const said = lines('那个平台的群众诉求还有多少件没有办结');
    expect(said).toMatch(/收到群众诉求12394件次,办结上报12190件次/);
    expect(said).toMatch(/12394 − 12190 = 204 件次/);
    expect(said).toMatch(/算出来的/);
  });
  it('the share closed worked out, and the rate the text states told apart from it', () => {
    const said = lines('诉求的办结比例算出来多少');
    expect(said).toMatch(/≈ 98\.35%/);
    expect(said).toMatch(/“办结满意率99\.93%”是办结满意率，不是/);
  });
  it('requests are left to table 三; a question with no open or share asked, or no sentence sharing its words: nothing', () => {
    expect(lines('还有多少件申请没办结')).toBeUndefined();
    expect(lines('群众诉求收到多少件')).toBeUndefined();
    expect(lines('信访件还有多少没办结')).toBeUndefined();
  });
});

describe('closed-of-received-in-text, the share stated', () => {
  it('a sentence that states the share closed itself ("办结2条,办结率100%"): left to the rules that quote it', async () => {
    const { loadKnowledge } = await import('../../../src/core/bot.js');
    const towns = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh230-newb' })).kn;
    const r = towns.reports.find((x) => x.office.startsWith('遂溪'))!;
    expect(closedOfReceivedInText.decide(u({ norm: '办结率多少' }), { report: r.id }, towns)).toBeUndefined();
  });
});
