import { describe, expect, it } from 'vitest';
import { questionKinds } from '../../src/understand/kind.js';

describe('question kinds', () => {
  it('a count is not a duration, money or a number of kinds', () => {
    expect(questionKinds('部分公开多少').count).toBe(true);
    expect(questionKinds('新媒体账号有几个').count).toBe(true);
    expect(questionKinds('多少天内答复').count).toBe(false);
    expect(questionKinds('多少天内答复').duration).toBe(true);
    expect(questionKinds('申请要多少钱').count).toBe(false);
    expect(questionKinds('答复有几种结果').count).toBe(false);
  });
describe('how a total divides', () => {
  it('具体咋分的 / 分别 / 明细 ask a breakdown', () => {
    expect(questionKinds('无法提供的那些具体咋分的').breakdown).toBe(true);
    expect(questionKinds('无法提供几件').breakdown).toBe(false);
  });
});

describe('how long, said as a time limit', () => {
  it('时间限制 / 时间要求 ask a duration', () => {
    expect(questionKinds('起诉有没有时间限制').duration).toBe(true);
    expect(questionKinds('起诉有没有时间限制').count).toBe(false);
  });
});

  it('why, where, yes/no, existence', () => {
    expect(questionKinds('为什么不予公开').why).toBe(true);
    expect(questionKinds('都是啥原因').why).toBe(true);
    expect(questionKinds('你们在哪').where).toBe(true);
    expect(questionKinds('可以邮寄吗').yesNo).toBe(true);
    expect(questionKinds('部分公开的有吗').exists).toBe(true);
    expect(questionKinds('怎么申请').why).toBe(false);
  });
});
