// Readings added after the thirty-fourth blind round (session 13): two how-many questions in one message answered
// each from the text, and a year's own count before a running total.
import { describe, expect, it } from 'vitest';
import { ask, kb, talk } from './readings-kit.js';

describe('fresh34 readings', () => {
  it('two how-many questions of the text in one message: both counts ("部门网站公开了多少条？依申请公开又办了几条？")', async () => {
    const kn = await kb('test/fixtures/reports-fresh34-newa');
    const t = ask(kn, '鹰潭林业局23年部门网站公开了多少条？依申请公开又办了几条？');
    expect(t).toContain('584条');
    expect(t).toContain('依申请公开信息1条');
  });
  it('"主动公开多少条" is the year\'s count (8769), not the running total "截至2019年底,累计…64627条"', async () => {
    const kn = await kb('test/fixtures/reports-fresh34-newa');
    const t = ask(kn, '清水县2019年主动公开政府信息多少条');
    expect(t).toContain('8769');
    expect(t).not.toContain('64627');
    expect(ask(kn, '清水县截至2019年底累计主动公开政府信息一共多少条')).toContain('64627');
  });
  it('one item across four offices added up, a count told as none among them ("四家依申请公开加总")', async () => {
    const kn = await kb('test/fixtures/reports-fresh34-newa');
    const t = ask(kn, '鹰潭林业局、永吉街道、广西水利厅、怀远二中 这四家依申请公开加总是多少件');
    expect(t).toMatch(/= 18件/);
  });
  it('a contact detail the newest report leaves out, given by an older report of the office: said with its year', async () => {
    const kn = await kb('test/fixtures/reports-fresh34-newb');
    const t = ask(kn, '溪下乡的电子邮箱是多少');
    expect(t).toContain('1104726159@qq.com');
    expect(t).toContain('2017年');
    expect(t).toContain('未写明');
  });
  it('a contact detail of an office named, with a story after it ("…的邮编是多少？我要寄封信过去"): the detail', async () => {
    const kn = await kb('test/fixtures/reports-fresh33-newb');
    expect(ask(kn, '阿里地区行署办公室网络信息中心的邮编是多少？我要寄封信过去')).toContain('859000');
  });
  it('"那我不服怎么办" after a count asks the remedies, not the count again', async () => {
    const kn = await kb('data/reports');
    const [, t] = talk(kn, '我被拒的理由是涉及第三方权益，2022年这种情况有几件？', '那我不服怎么办');
    expect(t).toContain('复议');
  });
  it('"说错了 不是香坊 是南岗" corrects the office of the question before', async () => {
    const kn = await kb('data/reports');
    const [first, t] = talk(kn, '香坊区政府办公室2022年收到多少件信息公开申请', '说错了 不是香坊 是南岗');
    expect(first).toContain('没有香坊区的报告');
    expect(t).toContain('15 件');
  });
});

describe('fresh34: the 2019 format\'s own columns', () => {
  it('上一年项目数量 of a row whose label carries an explanation in brackets: the printed cells', async () => {
    const kn = await kb('test/fixtures/reports-fresh34-newb');
    const t = ask(kn, '武汉市生态环境局 其他对外管理服务事项 上一年项目数量是多少？');
    expect(t).toContain('一行印的是：上一年项目数量');
    expect(t).toContain('117');
    expect(t).not.toContain('只列出本年度');
  });
  it('the requests\' own count in the text ("及时答复依申请公开17件"), not a sentence naming them beside other counts', async () => {
    const kn = await kb('test/fixtures/reports-fresh34-newa');
    const [first, , sum] = talk(kn, '广西水利厅2025年答复了多少件依申请公开', '鹰潭林业局2023年呢', '两家加起来多少');
    expect(first).toContain('17件');
    expect(first).not.toContain('2056');
    expect(sum).toContain('18');
  });
  it('two rows of table 三 asked of a page without tables, told in sentences of their own: both ("受理了几件，其中无法提供的又有几件")', async () => {
    const kn = await kb('test/fixtures/reports-fresh33-newa');
    const t = ask(kn, '富县2024年依申请公开受理了几件，其中无法提供的又有几件？');
    expect(t).toContain('12件');
    expect(t).toContain('无法提供的有6件');
  });
  it('"那溪下乡的呢，23年" after an office not loaded: the last question of the office and year named (a comma between them)', async () => {
    const kn = await kb('test/fixtures/reports-fresh34-newb');
    const [, t] = talk(kn, '永嘉县云岭乡的年报有吗，主动公开多少条', '那溪下乡的呢，23年');
    expect(t).toContain('50条');
  });
  it('"是不是要收信息处理费？超过几件开始收？": the fee rules, not a figure the tables do not have', async () => {
    const kn = await kb('data/reports');
    const t = ask(kn, '一个月里申请太多是不是要收信息处理费？超过几件开始收？');
    expect(t).toMatch(/10 件|10件/);
    expect(t).not.toContain('没有找到');
  });
  it('"…存在短板，具体是因为什么？": a bare why asks of the clause before (the problems), never "具体地址"', async () => {
    const kn = await kb('data/reports');
    const t = ask(kn, '报告里说他们政务公开工作存在短板，具体是因为什么？');
    expect(t).toContain('存在的主要问题');
    expect(t).not.toContain('大成街');
  });
  it('"两年加起来" then "哪年多": the comparison keeps the two answers it compared', async () => {
    const kn = await kb('test/fixtures/reports-fresh35-newb');
    const [, , sum, which] = talk(kn, '杨柳镇2021年主动公开了多少条信息', '那2025年呢', '两年加起来', '哪年多');
    expect(sum).toContain('953');
    expect(which).toMatch(/2025年更多/);
  });
  it('a change asked with 涨了 of one item over two years ("点击量25年比21年涨了多少人次")', async () => {
    const kn = await kb('test/fixtures/reports-fresh35-newb');
    expect(ask(kn, '杨柳镇点击量25年比21年涨了多少人次')).toContain('132483');
  });
  it('a yes/no asked without a question mark is a second question ("收到几件公开申请？有没有被人申请行政复议")', async () => {
    const kn = await kb('test/fixtures/reports-fresh35-newa');
    const t = ask(kn, '椒江医保局2021年收到几件公开申请？有没有被人申请行政复议');
    expect(t).toContain('未发生');
    expect(t).toMatch(/申请1件|1件/);
  });
  it('"予以公开和不予公开分别占全年新收申请的百分之多少": a share for each result asked', async () => {
    const kn = await kb('data/reports');
    const t = ask(kn, '南岗区政府办2022年予以公开和不予公开分别占全年新收申请的百分之多少？');
    expect(t).toContain('予以公开占本年新收政府信息公开申请的 26.7%');
    expect(t).toContain('不予公开占本年新收政府信息公开申请的 13.3%');
  });
  it('"两个加起来" then "占全年新收申请的多少": the share of the sum in the new requests', async () => {
    const kn = await kb('data/reports');
    const [, , , t] = talk(kn, '南岗区政府办2022年予以公开多少件？', '不予公开呢', '两个加起来', '占全年新收申请的多少');
    expect(t).toContain('合计占本年新收政府信息公开申请的 40%');
  });
  it('an item of each of two offices with its own year ("富县2024年…，比安徽省统计局2021年…多多少条")', async () => {
    const kn = await kb('test/fixtures/reports-fresh33-newa');
    expect(ask(kn, '富县2024年主动公开的信息条数，比安徽省统计局2021年编发的各类信息多多少条？')).toContain('2406 - 1555 = 851条');
  });
  it('items named with 人民 left out and three years listed ("旗政府网+…合计", "阿里22年 行署及行署办文件+公示公告")', async () => {
    const kn = await kb('test/fixtures/reports-fresh33-newb');
    expect(ask(kn, '温图高勒21年 旗政府网+三务公开平台+魅力侨乡 三个渠道公开信息合计多少条')).toContain('23 + 154 + 1375 = 1552条');
    expect(ask(kn, '阿里22年 行署及行署办文件+公示公告 合计多少件')).toContain('52 + 227 = 279件');
  });
  it('"其中公示公告类占多少比例" right after a count: the part\'s share of that count, both from the text', async () => {
    const kn = await kb('test/fixtures/reports-fresh34-newb');
    const [, t] = talk(kn, '@机器人 江干市监局20年 门户网站公开多少条', '其中公示公告类占多少比例');
    expect(t).toContain('37.9%');
  });
});

