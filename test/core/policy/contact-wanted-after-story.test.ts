import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { contactWantedAfterStory } from '../../../src/core/policy/contact-fields.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh242-newa');
});

describe('contact-wanted-after-story', () => {
  const daming = slots({ offices: ['济南市历下区大明湖街道办事处'], years: [2025] });
  it('a story, then one detail asked for outright at its end: that detail, with no year of the story', () => {
    const d = contactWantedAfterStory.decide(u({ norm: '我家老房子要拆，听说能申请公开文件，我不会上网，也不知道找谁，你告诉我街道电话多少，我打过去问', slots: daming }), {}, kn);
    expect(d && d.kind === 'intent' ? d.intent.id : d).toBe('contact.phone');
    expect(d && d.kind === 'intent' ? d.question?.slots.years : undefined).toEqual([]);
  });
  it('a short message, a question after the detail, another office, or a figure: no decision', () => {
    expect(contactWantedAfterStory.decide(u({ norm: '告诉我电话多少', slots: daming }), {}, kn)).toBeUndefined();
    expect(contactWantedAfterStory.decide(u({ norm: '我想申请，不会上网，告诉我电话多少，另外要带什么材料', slots: daming }), {}, kn)).toBeUndefined();
    expect(contactWantedAfterStory.decide(u({ norm: '我想申请，不会上网，告诉我社保局电话多少', slots: slots({ unknownOffices: ['社保局'] }) }), {}, kn)).toBeUndefined();
    expect(contactWantedAfterStory.decide(u({ norm: '我想申请，不会上网，告诉我电话多少', slots: daming, metric: metric() }), {}, kn)).toBeUndefined();
  });
});
