// Rules added in session 56, on hand-built readings and the reports they were added for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { whySoManyOfThing } from '../../../src/core/policy/why-so-many.js';
import { requestSubjectsAsked } from '../../../src/core/policy/request-subjects.js';
import { countOfUnnamedThing } from '../../../src/core/policy/count-not-named.js';
import { eventsNotCounted } from '../../../src/core/policy/events-not-counted.js';
import { payWithheld } from '../../../src/core/policy/off-topic.js';

let shaoxing: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  shaoxing = await knowledge('test/fixtures/reports-fresh229-newa');
  nangang = await knowledge('data/reports');
});

const lines = (d: Decision | undefined): string => (d?.kind === 'passage' ? d.parts.lines.join('') : '');

describe('why-so-many-of-thing', () => {
  it('"为什么开了那么多场新闻发布会": the one sentence counting them in 场, said to give no reason', () => {
    const d = whySoManyOfThing.decide(u({ norm: '绍兴卫健委2020年为什么开了那么多场新闻发布会', slots: slots({ offices: ['绍兴市卫生健康委员会'], years: [2020] }) }), {}, shaoxing);
    expect(lines(d)).toContain('11场与疫情相关的新闻发布会');
    expect(lines(d)).toContain('没有说明原因');
  });
  it('no "so many", another measure, or a figure read: no decision', () => {
    const sx = slots({ offices: ['绍兴市卫生健康委员会'], years: [2020] });
    expect(whySoManyOfThing.decide(u({ norm: '绍兴卫健委2020年为什么开新闻发布会', slots: sx }), {}, shaoxing)).toBeUndefined();
    expect(whySoManyOfThing.decide(u({ norm: '绍兴卫健委2020年为什么开了那么多次新闻发布会', slots: sx }), {}, shaoxing)).toBeUndefined();
    expect(whySoManyOfThing.decide(u({ norm: '为什么不予公开那么多件申请', metric: metric() }), {}, shaoxing)).toBeUndefined();
  });
});

describe('request-subjects-asked', () => {
  it('what the requests asked for, of a report that does not say: said so', () => {
    expect(lines(requestSubjectsAsked.decide(u({ norm: '这些申请具体要的是什么信息' }), {}, nangang))).toContain('没有写明这些申请具体要的是什么信息');
  });
  it('what an application must hold or bring, or nothing about requests: no decision', () => {
    expect(requestSubjectsAsked.decide(u({ norm: '申请要写什么内容' }), {}, nangang)).toBeUndefined();
    expect(requestSubjectsAsked.decide(u({ norm: '申请要什么材料' }), {}, nangang)).toBeUndefined();
    expect(requestSubjectsAsked.decide(u({ norm: '他们主要公开的是什么信息' }), {}, nangang)).toBeUndefined();
  });
});

describe('count-of-unnamed-thing', () => {
  it('a how-many of a thing neither the report nor an intent names ("粉丝"): the report does not give it', () => {
    expect(lines(countOfUnnamedThing.decide(u({ norm: '这些政务新媒体账号的粉丝总共有多少', unknown: { share: 0.3, count: 1 } }), {}, nangang))).toContain('报告没有写明粉丝的数字');
  });
  it('a thing the report names, a figure read, or no how-many: no decision', () => {
    expect(countOfUnnamedThing.decide(u({ norm: '政务新媒体账号总共有多少', unknown: { share: 0.3, count: 1 } }), {}, nangang)).toBeUndefined();
    // (no word unknown, or a piece of two words, "邮编填多少": no thing)
    expect(countOfUnnamedThing.decide(u({ norm: '这些政务新媒体账号的粉丝总共有多少' }), {}, nangang)).toBeUndefined();
    expect(countOfUnnamedThing.decide(u({ norm: '寄申请的话邮编填多少', unknown: { share: 0.3, count: 1 } }), {}, nangang)).toBeUndefined();
    expect(countOfUnnamedThing.decide(u({ norm: '不予公开的粉丝有多少', metric: metric() }), {}, nangang)).toBeUndefined();
    expect(countOfUnnamedThing.decide(u({ norm: '粉丝的情况' }), {}, nangang)).toBeUndefined();
  });
});

describe('events-not-counted', () => {
  it('how many trainings, of a report that tells of training with no count: its sentence, said to give no number', () => {
    const d = eventsNotCounted.decide(u({ norm: '政务公开培训一年办了几场' }), {}, nangang);
    expect(lines(d)).toContain('培训');
    expect(lines(d)).toContain('没有写明具体场次或次数');
  });
  it('no event named, or no how-many of it: no decision', () => {
    expect(eventsNotCounted.decide(u({ norm: '一年办了几件申请' }), {}, nangang)).toBeUndefined();
    expect(eventsNotCounted.decide(u({ norm: '培训是怎么组织的' }), {}, nangang)).toBeUndefined();
  });
});

describe('pay-withheld', () => {
  it('pay an employer withholds, no word of disclosure: the fallback', () => {
    expect(payWithheld.decide(u({ norm: '单位的加班费一直拖着不给怎么办' }), {}, nangang)?.kind).toBe('fallback');
  });
  it('a request refused, or a subsidy asked of the report: no decision', () => {
    expect(payWithheld.decide(u({ norm: '申请公开补贴发放名单，他们一直拖着不给怎么办' }), {}, nangang)).toBeUndefined();
    expect(payWithheld.decide(u({ norm: '补贴标准是多少' }), {}, nangang)).toBeUndefined();
  });
});
