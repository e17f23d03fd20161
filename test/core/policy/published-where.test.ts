import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { publishedWhereAsked } from '../../../src/core/policy/published-where.js';

let cut: Knowledge;
beforeAll(async () => {
  cut = await knowledge('test/fixtures/reports-fresh123-newb');
});

const TIANJIN = slots({ offices: ['天津市商务局'] });
const textOf = (d: ReturnType<typeof publishedWhereAsked.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('published-where-asked', () => {
  it('where the office\'s information can be seen: the sentence naming its sites and platforms', () => {
    expect(textOf(publishedWhereAsked.decide(u({ norm: '天津市商务局公开的信息上哪儿能看到', slots: TIANJIN }), {}, cut))).toContain('天津商务网');
  });
  it('the report itself, applying or the address asked: no decision', () => {
    for (const norm of ['天津市商务局的年报在哪能看到', '天津市商务局在哪里申请公开信息', '天津市商务局办公地址在哪']) {
      expect(publishedWhereAsked.decide(u({ norm, slots: TIANJIN }), {}, cut), norm).toBeUndefined();
    }
  });
});
