import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { petitionByRequest } from '../../../src/core/policy/petition.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const id = (d: ReturnType<typeof petitionByRequest.decide>) => (d && d.kind === 'intent' ? d.intent.id : undefined);

describe('petition-by-request', () => {
  it('a disclosure request meant to report or complain, and whether it works: not handled as a request (第三十九条)', () => {
    for (const norm of [
      '找了八回不答复!我气不过,想干脆给区政府写个“信息公开申请”,把物业和开发商一起举报了,逼他们出面处理,这样能行吗?',
      '我想用申请公开的办法投诉村干部,可不可以',
    ]) {
      expect(id(petitionByRequest.decide(u({ norm }), {}, kn))).toBe('procedure.petition');
    }
  });
  it('a request with no complaint meant, another thing of it asked, or a count: no decision', () => {
    expect(petitionByRequest.decide(u({ norm: '写个信息公开申请要征收补偿方案,这样能行吗' }), {}, kn)).toBeUndefined();
    expect(petitionByRequest.decide(u({ norm: '用信息公开申请举报物业,要多久答复' }), {}, kn)).toBeUndefined();
    expect(petitionByRequest.decide(u({ norm: '信访举报投诉类的申请有几件,能行吗', quantity: true, metric: metric() }), {}, kn)).toBeUndefined();
  });
});
