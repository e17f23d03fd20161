import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, u } from './helpers.js';
import { privateDispute } from '../../../src/core/policy/off-topic.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('data/reports');
});

describe('private-dispute', () => {
  it('a quarrel with a neighbour and whether a suit would win: the fallback, whatever table 四 word the suit reads as', () => {
    const d = privateDispute.decide(u({ norm: '我和隔壁邻居为院子里的树吵了两年,我去法院起诉他,能不能起诉赢?', metric: metric({ table: '四', rows: ['suit-direct'] }) }), {}, kn);
    expect(d?.kind).toBe('fallback');
  });
  it('an office or a disclosure named, or no suit asked: no decision', () => {
    expect(privateDispute.decide(u({ norm: '邻居的事我申请信息公开被拒了,能起诉他们局吗' }), {}, kn)).toBeUndefined();
    expect(privateDispute.decide(u({ norm: '邻居天天装修吵得很' }), {}, kn)).toBeUndefined();
  });
});
