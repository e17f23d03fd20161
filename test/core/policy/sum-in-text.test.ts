import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { sumInText } from '../../../src/core/policy/counts.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh22-new');
});
const jinxian = { years: [2024], offices: ['进贤县人民政府'], unknownOffices: [], spans: [{ start: 0, end: 7 }] };

describe('sum-in-text', () => {
  it('items named to be added up, each counted in one sentence of the text: the sentence and the sum', () => {
    const d = sumInText.decide(u({ norm: '进贤县2024年线上加线下一共受理了多少件信息公开申请?', slots: jinxian }), {}, kn);
    expect(JSON.stringify(d)).toContain('线上 65 + 线下 9 = 74 件（按报告数字计算）');
    const five = sumInText.decide(u({ norm: '进贤县2024年报里文字、图片、视频、线下、新闻发布会这几种政策解读加起来一共多少份?', slots: jinxian }), {}, kn);
    expect(JSON.stringify(five)).toContain('= 13 份');
  });
  it('two items counted by one figure of the text ("予以公开及部分公开18件"): no sum made of them', async () => {
    const dongfang = await knowledge('test/fixtures/reports-fresh114-newb');
    const d = sumInText.decide(u({ norm: '东方市2022年予以公开、部分公开和不予处理加起来多少件', slots: slots({ years: [2022], offices: ['东方市人民政府'] }) }), {}, dongfang);
    expect(JSON.stringify(d ?? '')).not.toMatch(/18 \+ .{0,12}18/);
  });
  it('no sum asked, one item only, an item the text does not count, or two table rows: no decision', () => {
    expect(sumInText.decide(u({ norm: '进贤县2024年线上受理了多少件', slots: jinxian }), {}, kn)).toBeUndefined();
    expect(sumInText.decide(u({ norm: '进贤县2024年线上加电话一共受理了多少件', slots: jinxian }), {}, kn)).toBeUndefined();
    // counts quoted to be checked: the consistency check's, not a sum asked
    expect(sumInText.decide(u({ norm: '核对一下:进贤县2024年线上65件加上线下9件,和总数对得上吗', slots: jinxian }), {}, kn)).toBeUndefined();
    const rows = metric({ rows: ['refused', 'unable'] });
    expect(sumInText.decide(u({ norm: '进贤县2024年不予公开和无法提供加起来一共几件', slots: jinxian, metric: rows }), {}, kn)).toBeUndefined();
  });
});

describe('sum-in-text: counts quoted with the sum asked', () => {
  it('"通知公告967条和政策法规7条加起来是多少": the items, their sum from the text', async () => {
    const h = await knowledge('test/fixtures/reports-fresh25-newb');
    const d = sumInText.decide(u({ norm: '通知公告967条和政策法规7条加起来是多少', slots: slots({ offices: ['防城港市大数据和行政审批局'] }) }), {}, h);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('通知公告 967 + 政策法规 7 = 974 条');
  });
});

describe('sum-in-text: items counted each in a sentence of its own', () => {
  it('"美篇和微信平台粉丝加起来一共多少人": each platform\'s sentence, the thing counted (粉丝) named once, and the sum', async () => {
    const f = await knowledge('test/fixtures/reports-fresh27-new');
    const d = sumInText.decide(u({ norm: '海棠区人民政府办公室2023年美篇和微信平台粉丝加起来一共多少人?', slots: slots({ offices: ['三亚市海棠区人民政府办公室'], years: [2023], spans: [{ start: 0, end: 15 }] }) }), {}, f);
    const text = d?.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('123 + ');
    expect(text).toContain('389 = 512 人');
  });
  it('an item no sentence counts: no decision, never a partial sum', async () => {
    const f = await knowledge('test/fixtures/reports-fresh27-new');
    expect(sumInText.decide(u({ norm: '海棠区人民政府办公室2023年美篇和抖音粉丝加起来一共多少人?', slots: slots({ offices: ['三亚市海棠区人民政府办公室'], years: [2023], spans: [{ start: 0, end: 15 }] }) }), {}, f)).toBeUndefined();
  });
});
