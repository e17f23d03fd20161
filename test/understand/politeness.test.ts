import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/understand/normalize.js';
import { stripCourtesy } from '../../src/understand/politeness.js';

const tidy = (s: string) => stripCourtesy(normalize(s));

describe('courtesy around a question', () => {
  it('greetings and fillers before the question go', () => {
    expect(tidy('喂你好我想问一下那个政府信息公开怎么申请啊')).toBe('政府信息公开怎么申请啊');
    expect(tidy('请问电话多少')).toBe('电话多少');
  });
  it('thanks after the question go', () => {
    expect(tidy('一般多久能答复啊，着急用，谢谢')).toBe('一般多久能答复啊,着急用');
  });
  it('a doubt after the question goes ("…真的假的", "…是真的吗")', () => {
    expect(stripCourtesy('听说超过了要收费 真的假的')).toBe('听说超过了要收费');
    expect(stripCourtesy('可以网上申请是真的吗？')).toBe('可以网上申请');
    // a goodbye, alone or after an acknowledgement or thanks, is the goodbye
    expect(stripCourtesy('好的谢谢 拜拜')).toBe('再见');
    expect(stripCourtesy('好的，再见')).toBe('再见');
    expect(stripCourtesy('拜拜')).toBe('再见');
  });
  it('praise is thanks ("谢谢 你真棒", "太厉害了")', () => {
    expect(stripCourtesy('谢谢 你真棒')).toBe('谢谢');
    expect(stripCourtesy('太厉害了')).toBe('谢谢');
    expect(stripCourtesy('电话多少 你真棒')).toBe('电话多少');
  });
  it('WeChat sticker codes go', () => {
    expect(tidy('联系方式发一下[抱拳][抱拳]')).toBe('联系方式发一下');
  });
  it('a corrected question keeps the correction', () => {
    expect(tidy('不是问电话，是问地址')).toBe('地址');
    expect(tidy('哦不是洪泽，我说的是淮安市政府')).toBe('淮安市政府');
  });
  it('a restated question keeps what it names', () => {
    expect(tidy('我问的是沭阳')).toBe('沭阳');
    expect(tidy('换成2023年的')).toBe('2023年的');
    expect(tidy('我说的是地址')).toBe('地址');
    expect(tidy('换届选举')).toBe('换届选举');
  });
  it('courtesy alone stays courtesy', () => {
    // a greeting alone is read as the plain greeting (synonyms.yml reads 你好 as 您好 anyway)
    expect(tidy('你好')).toBe('您好');
    expect(tidy('谢谢你啊，帮大忙了')).toBe('谢谢');
    expect(tidy('谢谢啦[抱拳][抱拳]')).toBe('谢谢');
  });
});

describe('a correction said first', () => {
  it('"我说错了 要的是电话" → 电话', async () => {
    const { stripCourtesy } = await import('../../src/understand/politeness.js');
    expect(stripCourtesy('我说错了 要的是电话')).toBe('电话');
    expect(stripCourtesy('说错了，我问的是南岗')).toBe('南岗');
  });
});

describe('greetings alone', () => {
  it('a message of greetings only is read as the plain greeting ("在吗？", "在吗在吗")', async () => {
    const { stripCourtesy } = await import('../../src/understand/politeness.js');
    expect(stripCourtesy('在吗?')).toBe('您好');
    expect(stripCourtesy('在吗在吗')).toBe('您好');
    expect(stripCourtesy('在吗 电话多少')).toBe('电话多少');
  });
});

describe('a restated question after 不对', () => {
  it('"不对，我问的是2021年" → 2021年; "不对 我是想问不予处理" → 不予处理', () => {
    expect(stripCourtesy('不对，我问的是2021年')).toBe('2021年');
    expect(stripCourtesy('不对 我是想问不予处理')).toBe('不予处理');
  });
});

describe('a restated question after an apology or 哦不对', () => {
  it('"不好意思说错了，我想问的是无法提供的" → 无法提供的; "哦不对，我想问的是临朐县政府办的" → 临朐县政府办的', () => {
    expect(stripCourtesy('不好意思说错了，我想问的是无法提供的')).toBe('无法提供的');
    expect(stripCourtesy('哦不对，我想问的是临朐县政府办的')).toBe('临朐县政府办的');
  });
});

describe('a remark that one is done, then thanks', () => {
  it('"芦淞教育局的事问完了，谢谢你！" is thanks; a request before thanks is not', () => {
    expect(stripCourtesy('芦淞教育局的事问完了，谢谢你！')).toBe('谢谢');
    expect(stripCourtesy('电话多少，谢谢')).toBe('电话多少');
  });
});

describe('a connective before a second question', () => {
  it('"另外收不收钱？" asks whether it costs money ("另外", "顺便问下", "对了" are no topic)', () => {
    expect(stripCourtesy('另外收不收钱？')).toBe('收不收钱？');
    expect(stripCourtesy('对了，顺便问下电话多少')).toBe('电话多少');
    expect(stripCourtesy('还有就是地址在哪')).toBe('就是地址在哪');
  });
});

describe('a correction said twice over', () => {
  it('"不对不对我说错了 我要问的是不予处理" restates the question: 不予处理', () => {
    expect(stripCourtesy('不对不对我说错了，我要问的是不予处理')).toBe('不予处理');
  });
});
