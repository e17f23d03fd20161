import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { purposeAsked } from '../../../src/core/policy/purpose-asked.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('purpose-asked', () => {
  it('whether a reason or purpose must be given, whatever the story around it: the intent that says none is needed', () => {
    for (const norm of ['申请政府信息要不要写理由写用途啊,我就想知道小区旁边那个工地有没有批文', '申请政府信息公开的时候,是不是一定要写我要这个信息用途,不写的话他们会不会不给', '申请政府信息公开要不要写用途和理由啊? 我写字不好, 怕写错了被拒绝']) {
      const d = purposeAsked.decide(u({ norm }), {}, kn);
      expect(d && d.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.who');
    }
  });
  it('the office\'s reasons (for refusing, for extending), or no application at all: no decision', () => {
    expect(purposeAsked.decide(u({ norm: '不予公开要不要说明理由' }), {}, kn)).toBeUndefined();
    expect(purposeAsked.decide(u({ norm: '申请了,延长答复期限必须告知理由吗' }), {}, kn)).toBeUndefined();
    expect(purposeAsked.decide(u({ norm: '你们的工作目的是什么' }), {}, kn)).toBeUndefined();
  });
});
