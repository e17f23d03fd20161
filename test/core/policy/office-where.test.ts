import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { officeWhereAsked } from '../../../src/core/policy/contact-fields.js';
import { understand } from '../../../src/core/understanding.js';
import { knowledge } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

const decideOf = (q: string) => officeWhereAsked.decide(understand(kn, q, {}), {}, kn);

describe('office-where-asked', () => {
  it('where a loaded office is, right after its name, in a dialect story ("…南岗区政府办公室搁哪疙瘩呢？俺要过去问点事儿"): its address', () => {
    expect(decideOf('大侄儿啊，俺想问问南岗区政府办公室搁哪疙瘩呢？俺要过去问点事儿')).toMatchObject({ kind: 'intent', intent: { id: 'contact.address' } });
    expect(decideOf('南岗区政府办在哪儿')).toMatchObject({ intent: { id: 'contact.address' } });
  });
  it('"that place" asked in a clause of its own after the office was named ("…想去南岗区政府办问点事儿，那旮旯在哪儿啊"): its address', () => {
    expect(decideOf('老妹儿，我七十多了，想去南岗区政府办问点事儿，那旮旯在哪儿啊？')).toMatchObject({ intent: { id: 'contact.address' } });
  });
  it('its section named after it and where it works asked ("…办公室信息科在哪儿办公", "政府办的信息科在哪"): its address', () => {
    expect(decideOf('南岗区人民政府办公室信息科在哪儿办公？要具体到门牌号')).toMatchObject({ intent: { id: 'contact.address' } });
    expect(decideOf('南岗区政府办的信息科在哪')).toMatchObject({ intent: { id: 'contact.address' } });
  });
  it('no office named, the section the report\'s contact names opening the message ("信息科在哪？赶时间"): its address; another section: no decision', () => {
    expect(decideOf('信息科在哪？有急事')).toMatchObject({ intent: { id: 'contact.address' } });
    expect(decideOf('档案科在哪？有急事')).toBeUndefined();
  });
  it('another detail asked beside it ("在哪办公，电话多少"): no decision (the details\' rules answer both)', () => {
    expect(decideOf('南岗区政府办公室在哪办公，电话多少？')).toBeUndefined();
  });
  it('no office named, an office not loaded, or something else asked after the name: no decision', () => {
    expect(decideOf('在哪里申请')).toBeUndefined();
    expect(decideOf('道里区政府办在哪儿')).toBeUndefined();
    expect(decideOf('南岗区政府办2022年收到多少申请')).toBeUndefined();
  });
});
