import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { whyReportSays } from '../../../src/core/policy/why-report-says.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

const linesOf = (d: ReturnType<typeof whyReportSays.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('why-report-says', () => {
  it('why the report says something, its words quoted: the whole point, with the reason told around the sentence', () => {
    const text = linesOf(whyReportSays.decide(u({ norm: '为什么年报里说内容单一', kind: 'why' }), {}, nangang));
    expect(text).toContain('二是政务信息来源存在缺口');
    expect(text).toContain('涉密');
  });
  it('a sentence standing alone, no reason told: the sentence and that the report gives none', () => {
    const text = linesOf(whyReportSays.decide(u({ norm: '为什么要集中规范清理已失效的文件', kind: 'why' }), {}, nangang));
    expect(text).toContain('没有写明原因');
  });
  it('no why, a count asked, or only everyone\'s words ("政府信息"): no decision', () => {
    for (const [norm, kind, quantity] of [['年报里说内容单一', 'other', false], ['为什么内容单一的有几件', 'why', true], ['为什么政府信息要公开', 'why', false]] as const)
      expect(whyReportSays.decide(u({ norm, kind, quantity }), {}, nangang), norm).toBeUndefined();
  });
});
