import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { applyInStory } from '../../../src/core/policy/story.js';
import { cands, knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

const story = (norm: string) => u({ norm, classifierText: norm, candidates: cands(kn, ['figures.overview', 0.2]) });

describe('apply-in-story', () => {
  it('a story ending in whether one may apply: who may apply', () => {
    expect(applyInStory.decide(story('单位说要搬迁我们宿舍,我想看看有没有正式的文件,我一个退休职工能申请吗'), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.who' } });
  });
  it('…or to whom: where to apply', () => {
    expect(applyInStory.decide(story('医院说收费标准不归他们定,我去卫健委问也说不清楚,那我到底该向哪个部门申请'), {}, kn)).toMatchObject({ intent: { id: 'procedure.where' } });
  });
  it('a short message, a figure asked, or the question in the middle of a run-on: no decision', () => {
    expect(applyInStory.decide(u({ norm: '我能申请吗', classifierText: '我能申请吗' }), {}, kn)).toBeUndefined();
    expect(applyInStory.decide({ ...story('去年收到的申请很多,我一个租房的能申请吗'), metric: metric() }, {}, kn)).toBeUndefined();
    expect(applyInStory.decide(story('我想要一份拆迁补偿方案要去哪里申请带什么东西大概多久能拿到'), {}, kn)).toBeUndefined();
  });
});
