import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { carriedIntoNext } from '../../../src/core/policy/carried-next.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const slots = (years: number[]) => ({ years, offices: [], unknownOffices: [], spans: [] });

describe('carried-into-next', () => {
  it('next year\'s 上年结转, asked as what it should be, that year not loaded: the loaded year\'s 结转下年度, worked out', () => {
    const d = carriedIntoNext.decide(u({ norm: '编2023年的报告,表三上年结转那一格该填几件', slots: slots([2023]), metric: metric({ rows: ['carried'] }) }), {}, kn);
    expect(d?.kind).toBe('passage');
    const text = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('结转下年度继续办理');
    expect(text).toMatch(/0 件/);
    expect(text).toContain('还没有加载');
  });
  it('a year loaded, a year two on, another row, or no "should be": no decision', () => {
    expect(carriedIntoNext.decide(u({ norm: '2022年上年结转应该填几件', slots: slots([2022]), metric: metric({ rows: ['carried'] }) }), {}, kn)).toBeUndefined();
    expect(carriedIntoNext.decide(u({ norm: '2024年上年结转应该填几件', slots: slots([2024]), metric: metric({ rows: ['carried'] }) }), {}, kn)).toBeUndefined();
    expect(carriedIntoNext.decide(u({ norm: '2023年新收申请应该填几件', slots: slots([2023]), metric: metric({ rows: ['new'] }) }), {}, kn)).toBeUndefined();
    expect(carriedIntoNext.decide(u({ norm: '2023年上年结转是多少', slots: slots([2023]), metric: metric({ rows: ['carried'] }) }), {}, kn)).toBeUndefined();
  });
  it('the draft\'s year set aside, the loaded year named, a report without table 三: the text\'s requests still being handled', async () => {
    const cut = await knowledge('test/fixtures/reports-fresh125-newb');
    const d = carriedIntoNext.decide(u({ norm: '城管委2023年报草稿,上年结转那一栏按2022年的情况应该写多少', slots: { years: [2022], offices: ['北京市城市管理委员会'], unknownOffices: [], spans: [] }, metric: metric({ rows: ['carried'] }) }), {}, cut);
    const text = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('2023年报告表三');
    expect(text).toContain('正在办理4件');
  });
});
