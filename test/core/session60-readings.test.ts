// Readings added in session 60, tuned on the misses of the blind rounds fresh237 (default report) and fresh238
// (eval/heldout-fresh237.jsonl, eval/heldout-fresh238*.jsonl, each measured before any of this), checked on the rounds'
// own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const shandongAnhui = 'test/fixtures/reports-fresh238-newa';
const guizhouYunnanChongqing = 'test/fixtures/reports-fresh238-newb';
const liaoningZhejiangFujian = 'test/fixtures/reports-fresh237-newa';

describe('session 60: what is asked, and of what', () => {
  it('the bot asked what it can do with a place word ("您这里可以问些什么"): the help, no fallback', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '您这里可以问些什么');
    expect(a).toContain('我可以回答');
  });
  it('the report named as the object of a download ("年报在哪儿下载啊"): its site, never the application form', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报在哪儿下载啊');
    expect(a).toContain('xxgk.harbin.gov.cn');
    expect(a).not.toContain('申请表');
  });
  it('the report\'s year said as 报告那年 after a count of accounts: the accounts added that year', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '南岗区的政务新媒体账号一共多少个', '报告那年新开了几个');
    expect(a).toContain('4个新媒体账号');
  });
  it('how long a reply takes, a correction only mentioned as an aside after it: the reply\'s limit', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '上周在网上递了信息公开申请 想知道交了以后多久给答复 如果还要补充材料的话也麻烦告诉我');
    expect(a).toContain('20个工作日');
  });
  it('a word of another matter that the report itself uses (城管 of 区城管局), beside a word only the report has: the report\'s sentence', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '城管局那个账号注销了没');
    expect(a).toContain('南岗城管e线');
  });
  it('a setback then "我能干啥": the remedies, not what the bot can do', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '假如政府办拒绝公开，那我能做些什么');
    expect(a).toMatch(/行政复议|行政诉讼/);
  });
  it('no fee charged said as "一分钱没收": the fee answer', async () => {
    const kn = await kb(shandongAnhui);
    const [a] = talk(kn, '乌沙镇给的信息咋一分钱都没收');
    expect(a).toMatch(/未收取|不收取/);
  });
});

describe('session 60: what the text tells', () => {
  it('a paragraph of twenty counts: only the item asked is quoted, the rest marked as left out', async () => {
    const kn = await kb(shandongAnhui);
    const [a] = talk(kn, '乌沙镇社会保障类信息发了几条');
    expect(a).toContain('社会保障23条');
    expect(a).toContain('此处从略');
    expect(a).not.toContain('公共资源交易148条');
  });
  it('reviews told in the text when table 四 is not there, and none told as none', async () => {
    const kn = await kb(shandongAnhui);
    const [one] = talk(kn, '市中区政府办2023年被申请行政复议几次');
    expect(one).toContain('收到1件');
    const [none] = talk(kn, '乌沙镇2022年有人提起行政诉讼吗');
    expect(none).toContain('未发生');
  });
  it('a whole quoted with 里, a part taken away, the rest named in other words: worked out', async () => {
    const kn = await kb(shandongAnhui);
    const [a] = talk(kn, '市中区政府办答复的28件里，扣除上年结转的，今年新收的有几件');
    expect(a).toContain('28 − 2 = 26');
  });
  it('pairs quoted with 加 and each sum asked', async () => {
    const kn = await kb(shandongAnhui);
    const [a] = talk(kn, '市中区政府办：受理27件加上年结转2件，答复28件加结转1件，各是多少');
    expect(a).toContain('= 29件');
    expect(a).toContain('相等');
  });
  it('an office\'s own ways of taking requests, told in its report', async () => {
    const kn = await kb(shandongAnhui);
    const [a] = talk(kn, '乌沙镇有哪些渠道可以提交申请');
    expect(a).toContain('门户网站、现场申请、信函、传真');
  });
  it('a site named without an address where the report is published: that line', async () => {
    const kn = await kb(guizhouYunnanChongqing);
    const [, a] = talk(kn, '耿马县政府办的电话', '年度报告在什么网站上能找到');
    expect(a).toContain('公众信息网');
  });
  it('an abbreviation the report writes in full (环保 for 环境保护) after a count', async () => {
    const kn = await kb(guizhouYunnanChongqing);
    const [, a] = talk(kn, '沙子镇2019年主动公开了多少条信息', '环保类的呢');
    expect(a).toContain('环境保护12条');
  });
  it('English words for a count of short videos', async () => {
    const kn = await kb(shandongAnhui);
    const [a] = talk(kn, '青岛市生态环境局 how many short videos in 2024');
    expect(a).toContain('短视频22部');
  });
  it('one count quoted, the other named after 比: their difference from the text', async () => {
    const kn = await kb(guizhouYunnanChongqing);
    const [a] = talk(kn, '贵阳市交通委员会 人大代表建议政协提案办理情况65条，比年度财政预决算多了几条');
    expect(a).toContain('= 49条');
  });
  it('the kinds published, listed each with its count and no 等: that sentence', async () => {
    const kn = await kb(guizhouYunnanChongqing);
    const [a] = talk(kn, '沙子镇2019年主动公开的信息都有哪几类');
    expect(a).toContain('文秘工作为4条');
  });
  it('an average the text states of a thing only it names', async () => {
    const kn = await kb(liaoningZhejiangFujian);
    const [a] = talk(kn, '阜新卫健委的领导信箱平均多少天处理完');
    expect(a).toContain('平均办理时间2天');
  });
  it('"无涉及依申请公开的内容": no requests that year', async () => {
    const kn = await kb(liaoningZhejiangFujian);
    const [a] = talk(kn, '蓬华镇2024年收到过信息公开申请吗');
    expect(a).toContain('0 件');
  });
  it('why a kind of information is published at all: the law\'s list (第二十条), not a sentence naming it', async () => {
    const kn = await kb(guizhouYunnanChongqing);
    const [a] = talk(kn, '交委干嘛要把预决算公开出来');
    expect(a).toContain('第二十条');
  });
  it('a count of the year before the report\'s, the text giving the change against 去年: worked out', async () => {
    const kn = await kb('test/fixtures/reports-fresh239-newa');
    const [a] = talk(kn, '荣成东山街道2024年一共收到过几件依申请公开');
    expect(a).toContain('0 + 4 = 4');
  });
});

describe('session 60: more of what is asked', () => {
  it('a share set against half of the whole: the share, and which side it is on', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '无法提供的申请有没有超过全年新收申请的一半');
    expect(a).toContain('53.3%');
    expect(a).toContain('超过一半');
  });
  it('how many people do the work, asked as a guess', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '政务公开是不是只有一个人在负责');
    expect(a).toContain('1 人兼职');
  });
  it('a complaint told, why it was not taken as a disclosure request: 第三十九条', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我写信投诉噪音扰民，为什么不按政府信息公开给我处理');
    expect(a).toContain('不作为政府信息公开申请处理');
  });
  it('whether a planned thing is done: the next step the report tells, and that it is only planned', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '那个线下政务公开专区现在弄好了没有');
    expect(a).toContain('待资金批复');
    expect(a).toContain('报告写的是计划');
    expect(a).not.toContain('已经建成');
  });
  it('the money of a thing only the report names: no amount told, never the fee rules', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '建那个政务公开专区得花多少钱');
    expect(a).toContain('没有写明具体金额');
    expect(a).not.toContain('信息处理费');
  });
  it('why none at all, the text giving only the count: said that the report gives no reason', async () => {
    const kn = await kb('test/fixtures/reports-fresh239-newa');
    const [a] = talk(kn, '东山街道2025年怎么会一个依申请公开的办件都没有收到');
    expect(a).toContain('报告没有说明原因');
  });
  it('the asker\'s own office in a self-introduction is no office asked of', async () => {
    const kn = await kb('test/fixtures/reports-fresh239-newa');
    const [a] = talk(kn, '我是嘉兴市司法局法制科的，想问下市场监管局2022年行政诉讼有几件');
    expect(a).not.toContain('没有嘉兴市司法局的报告');
    expect(a).toContain('行政诉讼0件');
  });
  it('a third-party assessor asking a rate: the rate, no third-party row or organisation column', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我们第三方评估机构想算一下予以公开率');
    expect(a).toContain('26.7%');
    expect(a).not.toContain('保护第三方合法权益');
  });
});

describe('session 60: after the last round was measured (fresh240, tuned on afterwards)', () => {
  const zhejiangAnhuiShandong = 'test/fixtures/reports-fresh240-newa';
  const shaanxiGuangdongSichuan = 'test/fixtures/reports-fresh240-newb';
  it('two channels added up, asked in Cantonese (同, 加埋, 几多)', async () => {
    const kn = await kb(shaanxiGuangdongSichuan);
    const [a] = talk(kn, '恩平政务嘅微博同公众号2024年加埋发咗几多条信息');
    expect(a).toContain('= 512');
  });
  it('the whole quoted after 占 right after a count: that count\'s share of it, never above 100 %', async () => {
    const kn = await kb(shaanxiGuangdongSichuan);
    const [, a] = talk(kn, '汉中市财政局2025年在本局网站公开了几条信息', '占全部3545条的多少');
    expect(a).toContain('61.86%');
  });
  it('a page date printed with spaces inside ("2024- 01- 22") read as the publishing date', async () => {
    const kn = await kb(zhejiangAnhuiShandong);
    const [a] = talk(kn, '杭州市城市管理局2023年的年报是哪天公布的');
    expect(a).toContain('2024年1月22日');
  });
  it('the rest of a whole quoted, named as what is not one part', async () => {
    const kn = await kb(zhejiangAnhuiShandong);
    const [a] = talk(kn, '濉溪县政府办55篇政策解读中，不属于文字解读的是多少篇');
    expect(a).toContain('55 − 15 = 40');
  });
  it('the result of a review asked, the text giving only its count: said that the report names no result', async () => {
    const kn = await kb(shaanxiGuangdongSichuan);
    const [, a] = talk(kn, '汉中市财政局2025年被申请行政复议几件', '复议结果是什么');
    expect(a).toContain('行政复议1件');
    expect(a).toContain('没有写明复议、诉讼的结果');
  });
  it('a story naming days and a suit, the last clause counting the cases: the count, not a time limit', async () => {
    const kn = await kb(zhejiangAnhuiShandong);
    const [a] = talk(kn, '楼里修电梯折腾了好几天 邻居都说要去告 我就想问 杭州市城管局2023年因信息公开被复议或起诉的一共几件');
    expect(a).toContain('0 件');
  });
});

