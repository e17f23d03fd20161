// Table 二 of the 2019 format prints last year's count of items and the change (上一年项目数量, 本年增/减):
// asked for, the row comes as printed; a 30号 report's row is not repeated for a question about last year.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  ({ kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-other' }));
});

describe('table 二: last year and the change (2019 format)', () => {
  it('"比上一年增加还是减少": the row as printed, with 上一年项目数量 and 本年增/减', () => {
    const t = decide(kn, '绵阳生态环境局2020年行政处罚的项目数量比上一年是增加了还是减少了', {}).answer.text;
    expect(t).toContain('上一年项目数量 168');
    expect(t).toContain('本年增/减 -5');
  });
  it('the same words of a 30号 report: no printed row, and said plainly that last year\'s figure is not in it', () => {
    const t = decide(kn, '临朐县政府办2024年行政许可比上一年变化了多少', {}).answer.text;
    expect(t).not.toContain('一行印的是');
    expect(t).toContain('没有列出上一年的数字');
  });
});

describe('table 二: last year\'s figure from last year\'s report, when it is loaded', () => {
  it('"现行有效多少件 上一年是多少" of 洪泽区 2024 with its 2023 report loaded: both years\' figures', async () => {
    const { kn: real } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-real' });
    const t = decide(real, '洪泽2024行政规范性文件现行有效多少件 上一年是多少', {}).answer.text;
    expect(t).toContain('现行有效 8 件');
    expect(t).toContain('上一年（2023年报告）：行政规范性文件：现行有效 5 件');
    expect(t).not.toContain('没有列出上一年的数字');
  });
});

