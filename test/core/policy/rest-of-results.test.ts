import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { restOfResults } from '../../../src/core/policy/rest-of-results.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('data/reports');
});

const linesOf = (d: ReturnType<typeof restOfResults.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('rest-of-results-asked', () => {
  it('one result named, the rest asked of ("只有4件予以公开？其他的都去哪了"): each other result with its count and counted reasons', () => {
    const d = restOfResults.decide(u({ norm: '为什么15件申请只有4件予以公开?其他的都去哪了', metric: metric({ rows: ['granted'], quoted: [15, 4] }) }), {}, kn);
    expect(d).toMatchObject({ kind: 'passage' });
    const text = linesOf(d);
    expect(text).toContain('“予以公开”4 件，其余 11 件');
    expect(text).toMatch(/不予公开 2 件（保护第三方合法权益 1 件，属于三类内部事务信息 1 件）/);
    expect(text).toMatch(/无法提供 8 件/);
    // (a reason counting none is not listed)
    expect(text).not.toContain('国家秘密');
  });
  it('the requests that gave nothing counted, no row named ("最后没拿到信息的一共几件"): every result but 予以公开 and 部分公开', () => {
    const text = linesOf(restOfResults.decide(u({ norm: '一共15件申请,最后没拿到信息的一共几件?' }), {}, kn));
    expect(text).toMatch(/没有拿到信息的共 11 件/);
    expect(text).toMatch(/不予公开 2 件[^；]*；无法提供 8 件/);
    // (nothing counted: no decision)
    expect(restOfResults.decide(u({ norm: '我还没拿到信息呢' }), {}, kn)).toBeUndefined();
  });
  it('why the requests were not granted, in everyday words ("有的没给公开是啥原因"): every result but the two granting ones, with reasons', () => {
    const text = linesOf(restOfResults.decide(u({ norm: '那年有些申请最后没给公开,到底都是什么原因?', metric: metric({ rows: ['refused'] }) }), {}, kn));
    expect(text).toMatch(/没有拿到信息的共 11 件/);
    expect(text).toMatch(/本机关不掌握相关政府信息 6 件/);
    // (不予公开 named in the table's words is that row: no decision here)
    expect(restOfResults.decide(u({ norm: '不予公开没给公开的原因是什么', metric: metric({ rows: ['refused'] }) }), {}, kn)).toBeUndefined();
  });
  it('no rest asked, two results named, or "其他处理" itself: no decision', () => {
    expect(restOfResults.decide(u({ norm: '予以公开几件', metric: metric({ rows: ['granted'] }) }), {}, kn)).toBeUndefined();
    expect(restOfResults.decide(u({ norm: '予以公开和不予公开的,其他的呢', metric: metric({ rows: ['granted', 'refused'] }) }), {}, kn)).toBeUndefined();
    expect(restOfResults.decide(u({ norm: '其他处理1件怎么构成的', metric: metric({ rows: ['other'] }) }), {}, kn)).toBeUndefined();
  });
  it('a report whose table 三 is cut off, the text counting the results: the text\'s sentences on them', async () => {
    const cut = await knowledge('test/fixtures/reports-fresh124-newa');
    const norm = '崇川数据局收到的17件申请里,真正全部公开的才几件?剩下的都是什么原因?';
    const d = restOfResults.decide(u({ norm, metric: metric({ rows: ['granted'] }), slots: slots({ offices: ['南通市崇川区数据局'] }) }), {}, cut);
    expect(linesOf(d)).toContain('部分公开5件');
    expect(linesOf(d)).toContain('行政查询');
  });
});
