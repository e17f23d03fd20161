import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { officeDetailAsked } from '../../../src/core/policy/contact-fields.js';
import { understand } from '../../../src/core/understanding.js';
import { knowledge } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

const decideOf = (q: string) => officeDetailAsked.decide(understand(kn, q, {}), {}, kn);

describe('office-detail-asked', () => {
  it('one detail right after a loaded office\'s name, in a story of unknown words: that detail', () => {
    expect(decideOf('俺闺女叫俺问问南岗区政府办信息科的电话，多少嘛，亚克西')).toMatchObject({ kind: 'intent', intent: { id: 'contact.phone' } });
    expect(decideOf('南岗区政府办邮编是多少')).toMatchObject({ intent: { id: 'contact.postcode' } });
  });
  it('two details, no office named, or a detail not asked: no decision', () => {
    expect(decideOf('南岗区政府办电话和邮编是多少')).toBeUndefined();
    expect(decideOf('电话多少')).toBeUndefined();
    expect(decideOf('南岗区政府办电话打不通')).toBeUndefined();
  });
});
