// New rules of session 49, on the reports they were written for (test/fixtures/reports-fresh18*-*, data/reports).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { channelsOfRequestsAsked } from '../../../src/core/policy/channels-told.js';
import { textOf } from '../../../src/answer/render.js';

let nangang: Knowledge;
let newb185: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  newb185 = await knowledge('test/fixtures/reports-fresh185-newb');
});

const tongzhou = slots({ offices: ['北京市通州区市场监督管理局'], years: [2019], spans: [{ start: 0, end: 7 }] });

describe('channels-of-requests-asked', () => {
  it('how the requests received came in, of a report named: the text\'s counts by way in', () => {
    const d = channelsOfRequestsAsked.decide(u({ norm: '通州市监局2019年收到的申请是通过什么方式交上来的', slots: tongzhou }), {}, newb185);
    expect(d?.kind).toBe('passage');
    expect(d?.kind === 'passage' ? textOf(d.parts) : '').toContain('网络申请73件');
  });
  it('ways in listed with their counts asked ("信函/网络/当面 件数"): the same', () => {
    const d = channelsOfRequestsAsked.decide(u({ norm: '通州市监2019信函/网络/当面件数', slots: tongzhou }), {}, newb185);
    expect(d?.kind === 'passage' ? textOf(d.parts) : '').toContain('信函申请32件');
  });
  it('whether one may apply that way, no report named, or another row asked: no decision', () => {
    expect(channelsOfRequestsAsked.decide(u({ norm: '通州市监局信函和网络申请都可以吗', slots: tongzhou }), {}, newb185)).toBeUndefined();
    expect(channelsOfRequestsAsked.decide(u({ norm: '收到的申请是通过什么方式交上来的' }), {}, newb185)).toBeUndefined();
    expect(channelsOfRequestsAsked.decide(u({ norm: '通州市监局2019年信函、网络申请里不予公开的有几件', slots: tongzhou, metric: metric({ table: '三', rows: ['refused'] }) }), {}, newb185)).toBeUndefined();
  });
  it('a report whose text counts no request by way in: no decision', () => {
    const s = slots({ offices: ['南岗区人民政府办公室'], years: [2022], spans: [{ start: 0, end: 3 }] });
    expect(channelsOfRequestsAsked.decide(u({ norm: '南岗区2022年收到的申请是通过什么方式交上来的', slots: s }), {}, nangang)).toBeUndefined();
  });
});
