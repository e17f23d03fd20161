import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { publishReviewAsked } from '../../../src/core/policy/publish-review.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh242-newa');
});

// 铁岭市银州区人民政府 2024: "建立了网站审核制度流转功能,实现了初审、复核、终审三级帐号审核机制。"
describe('publish-review-asked', () => {
  const yinzhou = slots({ offices: ['铁岭市银州区人民政府'] });
  it('how what goes on the website is checked first: the report\'s review system', () => {
    const d = publishReviewAsked.decide(u({ norm: '网站上的东西发出去之前要经过几级审核', slots: yinzhou }), {}, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('初审、复核、终审');
  });
  it('a report telling no review system, no publishing named, or a figure: no decision', () => {
    expect(publishReviewAsked.decide(u({ norm: '网站发布前怎么审核', slots: slots({ offices: ['济南市历下区大明湖街道办事处'] }) }), {}, kn)).toBeUndefined();
    expect(publishReviewAsked.decide(u({ norm: '审核要多久', slots: yinzhou }), {}, kn)).toBeUndefined();
    expect(publishReviewAsked.decide(u({ norm: '网站发布前审核了几件', slots: yinzhou, metric: metric() }), {}, kn)).toBeUndefined();
  });
});
