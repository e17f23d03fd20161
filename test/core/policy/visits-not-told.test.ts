import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { visitsNotTold } from '../../../src/core/policy/visits-not-told.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('visits-not-told', () => {
  it('visits of the site asked, the report stating none: it does not say, with the phone', () => {
    const d = visitsNotTold.decide(u({ norm: '门户网站2022年总访问量是多少?' }), {}, kn);
    const text = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('没有写明');
    expect(text).toContain('0451-82705546');
  });
  it('no visits asked: no decision', () => {
    expect(visitsNotTold.decide(u({ norm: '门户网站的网址是多少' }), {}, kn)).toBeUndefined();
  });
});
