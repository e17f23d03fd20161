import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { phonePrefixQuoted } from '../../../src/core/policy/phone-check.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

const said = (norm: string) => {
  const d = phonePrefixQuoted.decide(u({ norm }), {}, kn);
  return d && d.kind === 'passage' ? d.parts.lines.join('') : undefined;
};

describe('phone-prefix-quoted', () => {
  it('the start of the office\'s phone quoted with a phone word: the whole number', () => {
    expect(said('电话是0451打头的吗，后面几位忘了')).toMatch(/0451-82705546/);
  });
  it('digits that begin no such number, a whole number quoted, or no phone word: no decision', () => {
    expect(said('电话是0452打头的吗')).toBeUndefined();
    expect(said('电话是0451-82705546吗')).toBeUndefined();
    expect(said('0451开头的是哪里')).toBeUndefined();
  });
});
