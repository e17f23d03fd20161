// Readings added in session 41, tuned on the misses of the blind rounds fresh141 and fresh142 (eval/heldout-fresh141*.jsonl,
// eval/heldout-fresh142*.jsonl), each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const xinchengBeijingPingjiang = 'test/fixtures/reports-fresh141-newa';
const shanghaiGuangxiJilin = 'test/fixtures/reports-fresh141-newb';
const ningxiaFujianLiaoning = 'test/fixtures/reports-fresh142-newa';
const gansuJiangxiChongqing = 'test/fixtures/reports-fresh142-newb';
const jincheng = 'test/fixtures/reports-fresh75-newa';
const hebeiHainanXinjiang = 'test/fixtures/reports-fresh143-newa';
const shanxiAnhuiQinghai = 'test/fixtures/reports-fresh143-newb';
const hubeiMongoliaJiangsu = 'test/fixtures/reports-fresh144-newb';
const ningxiaTownships = 'test/fixtures/reports-fresh115-newb';
const guizhouGuangdongShandong = 'test/fixtures/reports-fresh145-newa';
const sichuanHenanTianjin = 'test/fixtures/reports-fresh145-newb';
const jiangxiJilinTibet = 'test/fixtures/reports-fresh146-newa';

describe('session 41 readings: offices named', () => {
  it('a region\'s department by its everyday short name alone ("应急厅" for 广西壮族自治区应急管理厅)', async () => {
    const kn = await kb(shanghaiGuangxiJilin);
    const [a] = talk(kn, '应急厅公众号发了多少条');
    expect(a).toContain('广西壮族自治区应急管理厅');
    expect(a).toContain('1801');
  });
  it('going to the office ("明天去区政府办一趟"): the district government, no place "明天去区"', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我打算明天去区政府办一趟，他们地址是哪');
    expect(a).toContain('大成街');
    expect(a).not.toContain('没有明天');
  });
});

describe('session 41 readings: the question inside a story', () => {
  it('a story of poor eyesight, then the address asked: the address (地址 is a word of its own, not 地 + 址)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '闺女，我眼神不好使，手机也不太会用。我想当面去问问信息公开的事，你们在哪个地址多少号啊？');
    expect(a).toContain('大成街');
  });
  it('a reason quoted from a reply, then asked by pointing at it ("这种理由"): that reason\'s row, not the result\'s', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '有人告诉我回复是“本机关不掌握相关政府信息”。2022年这种理由没提供的有几件？');
    expect(a).toContain('6 件');
    expect(a).not.toContain('行政诉讼');
  });
  it('"有人告诉我" tells, it sues nobody: no figure of table 四', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '有人告诉我信息公开申请不要钱，是真的吗');
    expect(a).not.toContain('行政诉讼');
  });
});

describe('session 41 readings: two things in one message', () => {
  it('two how-manys listed with 、 ("主动公开多少条、收到几件申请"): both answered', async () => {
    const kn = await kb(xinchengBeijingPingjiang);
    const [a] = talk(kn, '新城区发改委2025年主动公开多少条、收到几件申请');
    expect(a).toContain('15条');
    expect(a).toContain('8件');
  });
  it('a contact detail wanted too ("电话也要"): added to the first answer', async () => {
    const kn = await kb(shanghaiGuangxiJilin);
    const [a] = talk(kn, '绿园区政府办地址在哪？电话也要');
    expect(a).toContain('和平大街');
    expect(a).toContain('0431-87675707');
  });
});

describe('session 41 readings: counts the text tells', () => {
  it('things named one after another after a count ("公众号呢", "征求意见结果信息呢"): each its own count', async () => {
    const kn = await kb(shanghaiGuangxiJilin);
    const [, b, c] = talk(kn, '应急管理厅网站发了多少条政府信息', '公众号呢', '征求意见结果信息呢');
    expect(b).toContain('1801');
    expect(c).toContain('征求意见结果信息88条');
  });
  it('"领导简介呢" right after a count the text told: that count, not the out-of-scope fallback about leaders', async () => {
    const kn = await kb(shanghaiGuangxiJilin);
    const [, b] = talk(kn, '新虹街道规划计划公开了几条', '领导简介呢');
    expect(b).toContain('领导简介15条');
  });
  it('how come more were handled than received ("只收到19件，怎么受理了28件"): the sentence with those carried over', async () => {
    const kn = await kb(shanghaiGuangxiJilin);
    const [a] = talk(kn, '应急厅2024年只收到19件，怎么受理了28件');
    expect(a).toContain('上年结转政府信息公开申请9件');
    expect(a).not.toContain('报告没有说明原因');
  });
  it('which unit leads the disclosure work, the text saying "党政办公室牵头": that sentence', async () => {
    const kn = await kb(xinchengBeijingPingjiang);
    const [a] = talk(kn, '新城区发改委信息公开工作由哪个科室牵头');
    expect(a).toContain('党政办公室牵头');
  });
});

describe('session 41 readings: offices, contacts and counts of text-only reports (fresh142)', () => {
  it('another city\'s committee by its everyday name ("兰州市卫健委"): that office is not loaded', async () => {
    const kn = await kb(gansuJiangxiChongqing);
    const [a] = talk(kn, '兰州市卫健委主动公开了多少条');
    expect(a).toContain('没有兰州市的报告');
  });
  it('a prefecture called by its place and 州 ("州卫健委" for 甘南州卫生健康委): that office', async () => {
    const kn = await kb(gansuJiangxiChongqing);
    const [a] = talk(kn, '州卫健委公众号订阅用户多少人');
    expect(a).toContain('6731');
  });
  it('a phone the text gives by its kind ("公布举报电话(0941-8212568)"), no contact block: that sentence', async () => {
    const kn = await kb(gansuJiangxiChongqing);
    const [a] = talk(kn, '甘南州卫健委举报电话是多少');
    expect(a).toContain('0941-8212568');
  });
  it('"电子信箱" is the e-mail address (not a 市长信箱 of letters)', async () => {
    const kn = await kb(gansuJiangxiChongqing);
    const [a] = talk(kn, '柴桑区政府办电子信箱多少');
    expect(a).toContain('jjxzfb@126.com');
  });
  it('requests carried into the next year and those left from the year before, both told in the text', async () => {
    const kn = await kb(gansuJiangxiChongqing);
    const [a] = talk(kn, '复兴街道2025年有几件申请转到下一年办');
    expect(a).toContain('结转次年办理1件');
    const [, b] = talk(kn, '复兴街道2025年收到几件申请', '上一年留下来没办完的有几件');
    expect(b).toContain('上年度未办结3件');
  });
  it('the unit named as the contact ("可直接与…政务服务科联系"): the department asked', async () => {
    const kn = await kb(ningxiaFujianLiaoning);
    const [a] = talk(kn, '对东石镇的年报有疑问该找镇里哪个科室');
    expect(a).toContain('政务服务科');
  });
  it('whether all were answered, the text saying "已全部…进行答复" after the count: that clause', async () => {
    const kn = await kb(ningxiaFujianLiaoning);
    const [, b] = talk(kn, '银川市教育局2024年收了几件公开申请', '全部答复了吗');
    expect(b).toContain('已全部按照程序依规、按时进行答复');
  });
  it('whether anyone went to review ("有人去复议吗") in a conversation about a report: its cases, from the text', async () => {
    const kn = await kb(ningxiaFujianLiaoning);
    const [, b] = talk(kn, '昌图县政府办2024年依申请公开多少件', '有人去复议吗');
    expect(b).toContain('行政复议1件');
  });
  it('a contact asked, then "年报里写的是啥": the contact, not what the report says of the fee', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '信息科对外的电话和地址，年报里写的是啥');
    expect(a).toContain('82705546');
    expect(a).not.toContain('信息费');
  });
  it('a count sized by 大 ("分解成几大类"): the text\'s "12 大类"', async () => {
    const kn = await kb(shanghaiGuangxiJilin);
    const [a] = talk(kn, '绿园区公开任务分解成几大类');
    expect(a).toContain('12 大类');
  });
  it('a long story, then a count of the text asked: found by the asking clause', async () => {
    const kn = await kb(jincheng);
    const [a] = talk(kn, '我在写一篇关于政府网站的作业，老师要求引用原始数据。晋城市政府门户网站2024年一共发了多少条信息？报告原文怎么说的？');
    expect(a).toContain('1.35万');
  });
});

describe('session 41 readings: fresh143 and fresh144', () => {
  it('a township of the same name under another city ("晋江市龙湖镇" beside 定安县龙湖镇): not loaded; under its own county: it', async () => {
    const kn = await kb(hebeiHainanXinjiang);
    const [a] = talk(kn, '晋江市龙湖镇23年公开了几条信息');
    expect(a).toContain('没有晋江市龙湖镇的报告');
    const [b] = talk(kn, '定安县龙湖镇23年公开了几条信息');
    expect(b).toContain('11条');
  });
  it('the ways to apply asked ("有哪些受理渠道"): not the count of requests 受理\'d', async () => {
    const kn = await kb(hebeiHainanXinjiang);
    const [a] = talk(kn, '北戴河区政府办有哪些受理渠道');
    expect(a).toContain('电子邮件');
    expect(a).not.toContain('统计表中查不到');
  });
  it('whether all were granted ("都公开了吗"), the text saying "…11件,均…进行公开": that clause', async () => {
    const kn = await kb(hebeiHainanXinjiang);
    const [, b] = talk(kn, '北戴河区政府办2023年收到几件依申请公开', '都公开了吗');
    expect(b).toContain('均按照法定程序依法依规进行公开');
    expect(b).not.toContain('畅通电话');
  });
  it('typos of one component ("邮偏" for 邮编, "新媒休帐号" for 新媒体账号)', async () => {
    const kn = await kb(nangang);
    expect(talk(kn, '南岗区政俯办邮偏多少')[0]).toContain('150001');
    expect(talk(kn, '南岗区政府办新媒休帐号一共几个')[0]).toContain('16个');
  });
  it('a place\'s level said alone ("我在省市场监管局") is never corrected to another word (在审)', async () => {
    const kn = await kb(shanxiAnhuiQinghai);
    const [a] = talk(kn, '我在省市场监管局上班，报告里的咨询电话是多少');
    expect(a).toContain('0971-8213060');
  });
  it('only so many granted, then the rest asked ("才公开了4个，剩下的…"): the other results', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '15个申请才公开了4个，剩下的都是啥情况');
    expect(a).toContain('不予公开');
    expect(a).toContain('无法提供');
  });
  it('"那我想找他们申请，咋申请" after a figure: how to apply, not the remedies', async () => {
    const kn = await kb(hubeiMongoliaJiangsu);
    const [, b] = talk(kn, '乌审旗信访局2024年收到过申请吗', '那我想找他们申请，咋申请');
    expect(b).toContain('第二十九条');
  });
  it('items listed in a bracket after their number ("三个平台(A、B、C)加起来"): each, then the sum', async () => {
    const kn = await kb(hubeiMongoliaJiangsu);
    const [a] = talk(kn, '乌审旗信访局2024年三个平台(门户网站、信息报送平台、公众号)加起来发了多少条');
    expect(a).toContain('5 + 57 + 235 = 297');
  });
  it('"乡上" is the township\'s government; "我在镇上" is where the asker is', async () => {
    const kn = await kb(ningxiaTownships);
    const [a] = talk(kn, '乡上电话多少');
    expect(a).toContain('中河乡');
  });
});

describe('session 41 readings: fresh145', () => {
  it('two slips in one question ("申清…公凯"): both mended, the second found once the first is', async () => {
    const kn = await kb(sichuanHenanTianjin);
    const [a] = talk(kn, '怎么跟大村镇申清信息公凯');
    expect(a).toContain('第二十九条');
  });
  it('a shape-alike slip of 址 ("地扯"): the address', async () => {
    const kn = await kb(nangang);
    expect(talk(kn, '南岗区政府办地扯是哪')[0]).toContain('大成街');
  });
  it('requests counted in 宗 ("几宗申请"): the text\'s count; 宗 of 民宗局 stays the office\'s', async () => {
    const kn = await kb(guizhouGuangdongShandong);
    expect(talk(kn, '深圳市商务局2023年一共办理几宗申请')[0]).toContain('213宗');
  });
  it('a short item of a list of how-manys ("…发了几份、文件解读发了几条"): answered too', async () => {
    const kn = await kb(guizhouGuangdongShandong);
    const [a] = talk(kn, '西秀区24年规范性文件发了几份、文件解读发了几条');
    expect(a).toContain('7份');
    expect(a).toContain('文件解读信息27条');
  });
  it('a year counted back from today that is not loaded ("去年"), its figure not found in the newest: said so, not a fallback', async () => {
    const kn = await kb(nangang);
    const { decide } = await import('../../src/core/engine.js');
    const out = decide(kn, '南岗 去年 多少件', {}, new Date('2026-12-01T12:00:00+08:00'));
    expect(out.answer.text).toContain('没有加载2025年的报告');
    expect(out.answer.fallback).toBe(false);
  });
});

describe('session 41 readings: fresh146', () => {
  it('"最后公开了几件" of the requests: those granted', async () => {
    const kn = await kb(nangang);
    expect(talk(kn, '依申请公开那些最后公开了几件')[0]).toContain('予以公开”的申请 4 件');
  });
  it('a count asked of a report whose text counts nothing ("本报告包括…六部分"): not found — and the office stays for the next question', async () => {
    const kn = await kb(jiangxiJilinTibet);
    const [a, b] = talk(kn, '加热萨乡2021年公开了多少条信息', '那邮编呢');
    expect(a).toContain('没有找到');
    expect(a).not.toContain('六部分');
    expect(b).toContain('860700');
  });
});

describe('session 41 readings: names kept apart', () => {
  it('"我在镇上开了个店" is where the asker is: the fee asked, no figure of the township', async () => {
    const kn = await kb('test/fixtures/reports-fresh112-newb');
    expect(talk(kn, '我在镇上开了个店，想申请看看镇里的采购信息，要收钱吗')[0]).toContain('第四十二条');
  });
  it('宗 of an office\'s short name ("关岭民宗局") is no measure word: the office', async () => {
    const kn = await kb('test/fixtures/reports-fresh47-newa');
    expect(talk(kn, '关岭民宗局电话多少')[0]).toContain('37223514');
  });
});
