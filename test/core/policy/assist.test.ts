import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { assistNeeded } from '../../../src/core/policy/assist.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const id = (d: ReturnType<typeof assistNeeded.decide>) => (d && d.kind === 'intent' ? d.intent.id : undefined);

describe('assist-needed', () => {
  it('one who cannot see or hear well, and whether or how they can apply: the help the office owes (第四十三条)', () => {
    for (const norm of ['我爸眼睛看不见,他想向镇政府申请公开村里的低保名单,他自己看不了也写不了,能申请吗?', '我今年七十八了,眼睛不好,手也抖,字写不了。不会写申请书咋办?', '家里老人眼睛看不清,申请信息公开的时候机关会给帮忙吗']) {
      expect(id(assistNeeded.decide(u({ norm }), {}, kn))).toBe('procedure.assist');
    }
  });
  it('another thing asked (its cost, a contact), a count, or no barrier told: no decision', () => {
    expect(assistNeeded.decide(u({ norm: '我是盲人用读屏软件的,申请政府信息公开要不要给钱' }), {}, kn)).toBeUndefined();
    expect(assistNeeded.decide(u({ norm: '我眼睛不好,你们电话多少,我想打电话申请' }), {}, kn)).toBeUndefined();
    expect(assistNeeded.decide(u({ norm: '我不会写字咋整' }), {}, kn)).toBeUndefined();
    expect(assistNeeded.decide(u({ norm: '盲人申请了多少件,怎么办', quantity: true, metric: metric() }), {}, kn)).toBeUndefined();
  });
});
