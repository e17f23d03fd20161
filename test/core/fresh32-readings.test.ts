// Readings added after the thirty-second blind round (session 12): the conversation's office kept for a year
// counted back from today, a group mention, which year the report covers, a request put off into a year,
// asking to say it rather than write, and what kind of case a row counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide, type ConvState } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import { normalize } from '../../src/understand/normalize.js';
import { questionKinds } from '../../src/understand/kind.js';
import { findReportSlots } from '../../src/understand/slots.js';
import { understand } from '../../src/core/understanding.js';

const loaded = new Map<string, Promise<Knowledge>>();
function kb(reportsDir: string): Promise<Knowledge> {
  if (!loaded.has(reportsDir)) loaded.set(reportsDir, loadKnowledge({ reportsDir }).then((x) => x.kn));
  return loaded.get(reportsDir)!;
}
/** The answers of a conversation, in order. */
function talk(kn: Knowledge, ...qs: string[]): { text: string; rule: string; state: ConvState }[] {
  let state: ConvState = {};
  const now = new Date('2026-11-30T12:00:00+08:00');
  return qs.map((q) => {
    const out = decide(kn, q, state, now);
    state = out.state;
    return { text: out.answer.text, rule: out.answer.rule, state };
  });
}

let home: Knowledge;
let five: Knowledge;
let newa: Knowledge;
beforeAll(async () => {
  home = await kb('data/reports');
  five = await kb('test/fixtures/reports-fresh31-new');
  newa = await kb('test/fixtures/reports-fresh32-newa');
});

describe('fresh32 readings', () => {
  it('"他们去年的…" after a contact question about one office: that office has no 2025 report — never another office\'s 2025', () => {
    const [, second, third] = talk(five, '太平镇政府电话多少', '他们去年的年报你这有吗，去年收了几件申请', '那2024年的呢');
    // (said so, then its newest report's answer, labelled: issue 9)
    expect(second.text).toContain('没有加载2025年的报告');
    expect(second.text).toContain('邹城市太平镇人民政府');
    expect(second.text).not.toContain('开平');
    // and the conversation stays with that office: its own 2024 report next
    expect(third.text).toContain('邹城市太平镇人民政府');
    expect(third.text).not.toContain('辽宁');
  });
  it('"那他们2024年收到几件" names a year of the office pointed at, not whichever office has that year', () => {
    const [, , third] = talk(five, '开平市交通运输局2025年收到几件政府信息公开申请', '其中予以公开的有几件', '那他们2024年收到几件');
    expect(third.rule).toBe('report-not-loaded');
    expect(third.text).toContain('开平市交通运输局');
  });
  it('a year said as a number alone may still mean whichever office has it', () => {
    const kn = loaded.get('test/fixtures/reports-fresh31-new')!;
    return kn.then((k) => {
      const [, second] = talk(k, '开平市交通运输局2025年收到几件政府信息公开申请', '那2024年的呢');
      expect(second.text).toContain('开平市交通运输局没有2024年的报告');
    });
  });
  it('a leading "@助手 " is the bot addressed in a group, not part of the question', () => {
    expect(normalize('@助手 涡阳教育局25年发布政府信息总数多少')).toBe('涡阳教育局25年发布政府信息总数多少');
    expect(normalize('@政务公开机器人\u2005电话多少')).toBe('电话多少');
    // (an address written with @ inside a message is kept)
    expect(normalize('邮箱是abc@qq.com吗')).toContain('abc@qq.com');
    const [first] = talk(home, '@机器人 信息科电话发一下，有个申请人要打过去');
    expect(first.rule).toBe('contact-detail-wanted');
    expect(first.text).toContain('82705546');
  });
  it('which year the report covers, asked before another question ("这份到底是哪一年的数据？统计期是…")', () => {
    const [first] = talk(home, '报告开头写"在总结2021年政府信息公开工作的基础上"，这份到底是哪一年的数据？统计期是从哪天到哪天');
    expect(first.rule).toBe('report-year-asked');
    expect(first.text).toContain('2022 年 12 月 31 日');
  });
  it('a request put off into a year ("拖到2023年才办完") is counted in the report of the year before', () => {
    const [first] = talk(home, '有没有申请拖到2023年才办完的？就是结转到下一年的');
    expect(first.rule).toBe('table-row-asked');
    expect(first.text).toContain('结转下年度继续办理的申请 0 件');
  });
  it('saying it instead of writing ("能不能直接去说，不写申请书"): applying orally, not a count of requests', () => {
    const [first] = talk(home, '我妈六十多了不太会写字，她想申请公开个文件能不能直接去说，不写申请书');
    expect(first.rule).toBe('apply-by-channel');
    expect(first.text).toContain('口头');
  });
  it('"属于什么情况" of a row asks its reasons in this report', () => {
    expect(questionKinds('那是属于什么情况').why).toBe(true);
    const [first] = talk(home, '有个申请被"不予处理"了，那是属于什么情况');
    expect(first.text).toContain('信访举报投诉类申请 1 件');
  });
  it('"差几件" right after one answer giving one figure of two offices: both figures and the difference', async () => {
    const two = await kb('test/fixtures/reports');
    const [, second] = talk(two, '沭阳和南岗现行有效的规范性文件各多少件', '差几件');
    expect(second.rule).toBe('compare-last-two');
    expect(second.text).toContain('两者相差 14 件');
  });
  it('"这两个哪个多" after the same figure of two offices: the larger one named, with the difference', async () => {
    const two = await kb('test/fixtures/reports');
    const [, , third] = talk(two, '沭阳县新收多少申请', '那南岗呢', '这两个哪个多');
    expect(third.text).toContain('沭阳县人民政府2025年更多，两者相差 698 件');
    const [, , fewer] = talk(two, '沭阳县新收多少申请', '那南岗呢', '哪个少');
    expect(fewer.text).toContain('南岗区人民政府办公室2022年更少');
  });
  it('"不是，我问的是南岗" corrects the office of the last question', async () => {
    const two = await kb('test/fixtures/reports');
    const [, second] = talk(two, '沭阳县不予公开的一共几件？', '不是，我问的是南岗');
    expect(second.rule).toBe('slot-only-follow-up');
    expect(second.text).toContain('“不予公开”的申请 2 件');
  });
  it('"那南岗呢" after "沭阳县去年…": 南岗 has no 2025 report, said before its newest figure; the year stays for "那沭阳呢"', async () => {
    const two = await kb('test/fixtures/reports');
    const [, second, third] = talk(two, '沭阳县去年一共收到多少政府信息公开申请？', '那南岗呢', '那沭阳呢');
    expect(second.text).toContain('南岗区人民政府办公室没有2025年的报告，以下是其2022年的数据。');
    expect(second.text).toContain('15 件');
    expect(third.text).toContain('沭阳县人民政府2025年');
    expect(third.state.yearNamed).toBe(2025);
  });
  it('a share asked ("征地类的占多少比例"): the sentence that states it in per cent', () => {
    const [first] = talk(newa, '请问省自然资源厅那边，23年的申请里征地类的大概占多少比例啊');
    expect(first.rule).toBe('count-in-report');
    expect(first.text).toContain('占比93.8%');
  });
  it('a long story whose last clause asks a count of a word only the report uses ("…2023年成都到底多少件")', () => {
    const [first] = talk(newa, '我是成都的，听说省自然资源厅收到的信息公开申请成都人最多？2023年成都到底多少件');
    expect(first.text).toContain('成都591件');
    expect(first.text).not.toContain('1852');
  });
  it('"只公开一半、其余部分打码" names 部分公开; 一半 is no typo of the intents\' 一版', () => {
    expect(understand(home, '有没有只公开一半的').norm).toBe('有没有只公开一半的');
    const [first] = talk(home, '有没有只公开一半的');
    expect(first.text).toContain('“部分公开”的申请 0 件');
    const [second] = talk(home, '有没有那种只公开一半、其余部分打码不给的？22年有几起');
    expect(second.text).toContain('“部分公开”的申请 0 件');
  });
  it('a count told in the text over two years of one office: the thing counted, not the verb ("网站发布的信息"); "哪一年多" with no measure word', async () => {
    const newb = await kb('test/fixtures/reports-fresh32-newb');
    const [first] = talk(newb, '广元市经济和信息化局网站发布的信息，2024年比2023年少了多少条？');
    expect(first.rule).toBe('told-change-over-years');
    expect(first.text).toContain('76');
    const [second] = talk(newb, '厦门人社局头条号发的信息，2022年和2024年哪一年多？');
    expect(second.rule).toBe('told-change-over-years');
    expect(second.text).toMatch(/251/);
    expect(second.text).toMatch(/77/);
  });
  it('two years of one office added up ("23、24两年…合计多少条"): each year\'s sentence and the sum', async () => {
    const newb = await kb('test/fixtures/reports-fresh32-newb');
    expect(findReportSlots('23、24两年网站发布信息合计多少条', [], new Date('2026-11-30')).years).toEqual([2023, 2024]);
    const [first] = talk(newb, '帮忙汇总下：广元经信局23、24两年网站发布信息合计多少条');
    expect(first.rule).toBe('told-change-over-years');
    expect(first.text).toContain('2023、2024年合计 1274条（675条 + 599条');
  });
  it('items joined by "+" to be added up ("微信+抖音+头条号合计"): the sentence and their sum', async () => {
    const newb = await kb('test/fixtures/reports-fresh32-newb');
    const [first] = talk(newb, '厦门人社24年报 新媒体三项（微信+抖音+头条号）合计多少条，急用');
    // (each item found by its words since session 59: text-arithmetic adds them, as sum-in-text did from the sentence)
    expect(['sum-in-text', 'text-arithmetic']).toContain(first.rule);
    expect(first.text).toMatch(/= 1125 ?条/);
  });
  it('"信息总数多少" counts items of information; "点击量呢" next is that count\'s clicks, not another sentence\'s', () => {
    const [first, second] = talk(newa, '@助手 涡阳教育局25年发布政府信息总数多少', '点击量呢');
    expect(first.rule).toBe('count-in-report');
    expect(first.text).toContain('1192条');
    expect(second.text).toContain('835382');
    expect(second.text).not.toContain('169012');
  });
  it('"那依申请公开呢" right after a count the text told: the count of requests, not how to apply', () => {
    const [, second] = talk(five, '吴起县政府2023年主动公开了多少信息', '那依申请公开呢');
    expect(second.rule).toBe('figure-question');
    expect(second.text).toContain('依申请公开17条');
    // (asked first, it is how to apply)
    const [alone] = talk(five, '依申请公开呢');
    expect(alone.rule).not.toBe('figure-question');
  });
  it('"核一下：…两年年报里留的办公室电话一样吗" checks a contact detail over the years, not the figures', async () => {
    const newb = await kb('test/fixtures/reports-fresh32-newb');
    const [first] = talk(newb, '核一下：厦门人社局22年和24年年报里留的办公室电话一样吗');
    expect(first.rule).not.toBe('consistency-asked');
    expect(first.text).toContain('2853206');
    expect(first.text).toContain('2853213');
  });
  it('"依申请公开那块为啥是零": the text\'s sentence that none came in', async () => {
    const newb = await kb('test/fixtures/reports-fresh32-newb');
    const [first] = talk(newb, '广元经信局2023年依申请公开那块为啥是零？');
    expect(first.text).toContain('全年未收到依申请公开件');
  });
  it('why a count told over the years changed: each year\'s sentence, and that the reports give no reason', async () => {
    const newb = await kb('test/fixtures/reports-fresh32-newb');
    const [first] = talk(newb, '厦门人社局2024年头条号发的信息为什么比2022年少了那么多？');
    expect(first.text).toContain('没有说明变化的原因');
  });
  it('a breakdown split at its semicolons is added up whole against its total ("分项加起来跟总数78条对得上吗")', async () => {
    const newb = await kb('test/fixtures/reports-fresh32-newb');
    const [first] = talk(newb, '@小助手 鹤城水利25年报 主动公开那段分项加起来跟总数78条对得上吗');
    expect(first.text).toContain('13 + 37 + 17 + 3 + 3 + 2 + 1 + 1 = 77');
    expect(first.text).toContain('不相等，相差 1');
  });
  it('where a thing only the report names is ("政务公开专区…在什么地方"): the report\'s place for it, not the office\'s address', () => {
    const [first] = talk(home, '南岗区有没有线下的政务公开专区？在什么地方');
    expect(first.rule).toBe('rare-term-passage');
    expect(first.text).toContain('中山路181号');
    const [both] = talk(home, '我听说要搞个线下的政务公开专区，打算建在哪儿？规划了几个功能区');
    expect(both.text).toContain('4个功能区');
    expect(both.text).toContain('中山路181号');
    expect(both.text).not.toContain('大成街');
    // (the office itself asked where: its address)
    expect(talk(home, '你们办公室在哪')[0]!.text).toContain('大成街');
  });
  it('two offices\' counts told in their texts added up, named in one message ("…主动公开的信息加在一起有多少条")', () => {
    const [first] = talk(five, '开平交通局2025年和邹城太平镇2024年主动公开的信息加在一起有多少条');
    expect(first.rule).toBe('text-arithmetic'); // (session 16: the two items read as one item of each report named, each count by its sentence)
    expect(first.text).toContain('443 + 48 = 491条');
    const [second] = talk(five, '吴起县政府2023年和辽宁省民政厅2024年的信息公开申请加起来一共多少件');
    expect(second.text).toContain('合计 30 件');
  });
  it('"这两个哪个多" after the same count told in two reports\' texts: the larger one and the difference', () => {
    const [, , third] = talk(five, '邹城太平镇2024年主动公开多少条信息', '那吴起县2023年呢', '这两个哪个多');
    expect(third.rule).toBe('compare-last-two');
    expect(third.text).toContain('吴起县人民政府2023年更多，两者相差 4654条');
  });
  it('"两个局…加起来" after two offices were asked about, whatever was asked first: both offices\' counts added up', async () => {
    const newb = await kb('test/fixtures/reports-fresh32-newb');
    const [, , third] = talk(newb, '厦门人社局2024年新闻发布会开了几场', '那另一个局呢，广元经信局同一年网站发了多少条信息', '两个局网站发布的加起来多少条');
    expect(third.rule).toBe('across-offices-sum');
    expect(third.text).toContain('合计 2323 条');
  });
  it('"两个加起来多少" after two rows of table 二 asked one after the other: both, added up', () => {
    const [, , third] = talk(five, '开平交通局2025年行政处罚决定多少个', '行政强制呢', '两个加起来多少');
    expect(third.text).toContain('以上 2 项合计 718 件（685 + 33');
  });
  it('"公开了几份" beside or right after the requests received: those granted', () => {
    const [first] = talk(five, '我想问下开平市交通运输局2025年收到几份信息公开申请，公开了几份');
    expect(first.text).toContain('“予以公开”的申请 1 件');
    expect(first.text).toContain('本年新收政府信息公开申请 2 件');
    const [, second] = talk(five, '开平市交通运输局2025年收到几份信息公开申请', '公开了几份');
    expect(second.text).toContain('“予以公开”的申请 1 件');
  });
  it('退伍军人 for 退役军人 in a department\'s name, with a sound-alike slip (退伍军人事物厅)', async () => {
    const k = await kb('test/fixtures/reports-fresh30-newa');
    const [first] = talk(k, '甘肃省退伍军人事物厅2022年头条号更新了多少条');
    expect(first.text).toContain('甘肃省退役军人事务厅');
    expect(first.text).toContain('头条更新237条');
  });
  it('parts quoted with + against a total ("224+79+78是不是正好381"): the sentence and the parts added up', async () => {
    const k = await kb('test/fixtures/reports-fresh29-newa');
    const [first] = talk(k, '核一下温州医保：224+79+78是不是正好381');
    expect(first.text).toContain('224 + 79 + 78 = 381 条');
  });
  it('"那23年的报告有没有" in a conversation about one office: whether that office has one', async () => {
    const k = await kb('test/fixtures/reports-fresh29-newa');
    const [, second] = talk(k, '温州医保24年主动公开381条里政策文件几条', '那23年的报告有没有');
    expect(second.rule).toBe('report-not-loaded');
    expect(second.text).toContain('温州市医疗保障局');
    expect(second.text).toContain('没有2023年的报告');
  });
  it('"整了好多条信息嘞" asks how many (south-western 好多 after a verb, a final 嘞)', () => {
    expect(normalize('富源县政府19年在新媒体上头整了好多条信息嘞')).toContain('整了多少条');
  });
  it('"不对不对，我问的是政府网站" right after a count the text told: that count of the thing named, not the website\'s address', async () => {
    const k = await kb('test/fixtures/reports-fresh25-newb');
    const [, second] = talk(k, '富原县19年新媒体发布了多少条信息', '不对不对，我问的是政府网站');
    expect(second.rule).toBe('count-in-report');
    // (a year corrected is the slot follow-up's)
    const [, year] = talk(k, '富原县19年新媒体发布了多少条信息', '搞错了，我想问的是2020年');
    expect(year.rule).not.toBe('count-in-report');
  });
  it('the five offices of fresh32-newa load', () => {
    expect(newa.reports.length).toBe(5);
  });
});
