import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { repeatRequestAsked } from '../../../src/core/policy/repeat-request.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('repeat-request-asked', () => {
  it('the same information asked for again after a reply: the rule on repeated requests', () => {
    for (const norm of ['我申请过一份文件,已经答复了,现在又想申请同一份,还会再处理吗', '能不能再申请一次同样的信息']) {
      expect(repeatRequestAsked.decide(u({ norm }), {}, kn), norm).toMatchObject({ kind: 'intent', intent: { id: 'procedure.repeat' } });
    }
  });
  it('another request after a reply, or a first request: no decision', () => {
    expect(repeatRequestAsked.decide(u({ norm: '已经答复了,我又想申请别的文件,怎么申请' }), {}, kn)).toBeUndefined();
    expect(repeatRequestAsked.decide(u({ norm: '我想申请一份文件' }), {}, kn)).toBeUndefined();
  });
});
