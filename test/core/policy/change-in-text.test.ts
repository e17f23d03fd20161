import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/bot.js';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { changeToldInText } from '../../../src/core/policy/change-in-text.js';
import { metric, slots, u } from './helpers.js';

let forms: Knowledge;
let years: Knowledge;
beforeAll(async () => {
  forms = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-forms' })).kn;
  years = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-years' })).kn;
});

describe('change-in-text', () => {
  it('a change over last year, the year before not loaded: the report\'s own sentence stating it', () => {
    const q = u({ norm: '上海市政府办公厅2019年申请数同比变化多少', metric: metric({ rows: ['new'] }), slots: slots({ offices: ['上海市人民政府办公厅'], years: [2019] }) });
    const d = changeToldInText.decide(q, {}, forms);
    expect(d?.kind).toBe('passage');
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('较去年回落12.3%');
  });
  it('the year before loaded, no change word, or no sentence stating a change: no decision', () => {
    const nangang = slots({ offices: ['南岗区人民政府办公室'], years: [2022] });
    expect(changeToldInText.decide(u({ norm: '南岗区2022年申请数同比变化多少', metric: metric({ rows: ['new'] }), slots: nangang }), {}, years)).toBeUndefined();
    expect(changeToldInText.decide(u({ norm: '上海市政府办公厅2019年申请数多少', metric: metric({ rows: ['new'] }), slots: slots({ offices: ['上海市人民政府办公厅'], years: [2019] }) }), {}, forms)).toBeUndefined();
  });
  it('two years named, the earlier not loaded ("24年申请比23年多了几件"): the later report\'s sentence set against that year (session 14)', async () => {
    const newa = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh36-newa' })).kn;
    const d = changeToldInText.decide(u({ norm: '湖东街道24年申请比23年多了几件', slots: slots({ offices: ['湖东街道办事处'], years: [2024, 2023], spans: [{ start: 0, end: 4 }, { start: 4, end: 7 }, { start: 10, end: 13 }] }) }), {}, newa);
    expect(d?.kind === 'passage' ? d.parts.head + d.parts.lines.join('') : '').toMatch(/没有加载2023年.*与2023年相比增加了5件/);
    // (two years apart: no sentence sets 2024 against 2022, and none is computed)
    expect(changeToldInText.decide(u({ norm: '湖东街道24年申请比22年多了几件', slots: slots({ offices: ['湖东街道办事处'], years: [2024, 2022], spans: [{ start: 0, end: 4 }, { start: 4, end: 7 }, { start: 10, end: 13 }] }) }), {}, newa)).toBeUndefined();
  });
});

describe('change-in-text: the change\'s rate and this year\'s share of the year before (session 65)', () => {
  it('a rate quoted to check: the year before worked out from the change, the rate recomputed', async () => {
    const tai = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh246-newa' })).kn;
    const { understand } = await import('../../../src/core/understanding.js');
    const d = changeToldInText.decide(understand(tai, '泰安高新区申请同比下降57.4%，这个算对了没有', {}), {}, tai);
    const said = JSON.stringify(d);
    expect(said).toContain('2022年为 47件');
    expect(said).toContain('27 ÷ 47 = 57.4%，与报告写的 57.4% 一致');
  });
  it('this year as a share of the year before: worked out from the change', async () => {
    const tai = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh246-newa' })).kn;
    const { understand } = await import('../../../src/core/understanding.js');
    const d = changeToldInText.decide(understand(tai, '泰安高新区2023年申请是2022年的百分之几', {}), {}, tai);
    expect(JSON.stringify(d)).toContain('20 ÷ 47 = 42.6%');
  });
});
