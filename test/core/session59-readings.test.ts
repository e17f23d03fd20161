// Readings added in session 59, tuned on the misses of the blind rounds fresh235 and fresh236 (eval/heldout-fresh235*.jsonl,
// eval/heldout-fresh236*.jsonl, each measured before any of this), checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const zhejiangShaanxiShandong = 'test/fixtures/reports-fresh235-newa';
const shaanxiShanxiLiaoning = 'test/fixtures/reports-fresh235-newb';
const shandongLiaoningZhejiang = 'test/fixtures/reports-fresh236-newa';
const guangdongShaanxiXinjiang = 'test/fixtures/reports-fresh236-newb';

describe('session 59: arithmetic on the counts a text tells', () => {
  it('counts said before their names with 为 ("9件为网上申请,1件为书面申请"): their difference', async () => {
    const kn = await kb(zhejiangShaanxiShandong);
    const [a] = talk(kn, '勉县书面申请比网上申请少多少件');
    expect(a).toContain('9件为网上申请');
    expect(a).toContain('= 8件');
  });
  it('two counts asked in turn, then added, then set against the total the text gives (an about-figure)', async () => {
    const kn = await kb(zhejiangShaanxiShandong);
    const [, , sum, total] = talk(kn, '衢州应急管理局网站发布了多少条', '微信呢', '二者合计多少', '跟年报写的总数对得上吗');
    expect(sum).toContain('2473');
    expect(sum).toContain('约');
    expect(total).toContain('2500');
    expect(total).toContain('约数');
  });
  it('several counts quoted to check, then their sum: the account numbers in brackets are no part of it', async () => {
    const kn = await kb(shaanxiShanxiLiaoning);
    const [check, sum] = talk(kn, '西柳镇 抖音46 快手46 微博149 这几个数对吗', '加一起是多少');
    expect(check).toContain('一致');
    expect(check).not.toContain('报告写的是 1');
    expect(sum).toContain('241');
  });
  it('a whole the asker quotes, parts taken from it, one said in the asker\'s words only: the rest worked out', async () => {
    const kn = await kb(shaanxiShanxiLiaoning);
    const [a] = talk(kn, '晋城城区市场监管局一共931条，去掉新闻媒体420条和区政府网站栏目79条，还剩几条');
    expect(a).toContain('432');
  });
  it('the rest of a count asked as what lies beyond a part ("…里头除了政务动态以外的")', async () => {
    const kn = await kb(guangdongShaanxiXinjiang);
    const [a] = talk(kn, '山阳县1816条主动公开里头，政务动态之外的有几条');
    expect(a).toContain('1048');
  });
  it('things of one kind counted together ("两个公众号"), told as a list "respectively" across a comma', async () => {
    const kn = await kb(guangdongShaanxiXinjiang);
    const [each] = talk(kn, '汕尾政数局两个公众号分别发了多少');
    expect(each).toContain('405');
    expect(each).toContain('102');
    const [sum] = talk(kn, '汕尾政数局2022年两个公众号总共发了几条');
    expect(sum).toContain('507');
  });
  it('a share of the year\'s proactive total, the part a row of table 二 too: the text\'s counts', async () => {
    const kn = await kb(guangdongShaanxiXinjiang);
    const [a] = talk(kn, '丽园街道规范性类信息在主动公开总数里占多大比例');
    expect(a).toContain('50%');
  });
  it('a quoted total whose parts, and the asker\'s own sum of them, do not reach it: why — the rest not listed', async () => {
    const kn = await kb(shandongLiaoningZhejiang);
    const [a] = talk(kn, '潍坊市气象局主动公开写38条，人事11预算决算4年报1通知公告15，合起来31，为什么差了');
    expect(a).toMatch(/少 7 条|相差 7/);
    expect(a).toContain('没有说明');
  });
});

describe('session 59: sentences of none, and figures doubted', () => {
  it('a thing the text says it took on none of ("未接办…"), one word of it mistyped in the text: none', async () => {
    const kn = await kb(shandongLiaoningZhejiang);
    const [a] = talk(kn, '潍坊市气象局办理了多少件人大代表建议和政协提案');
    expect(a).toContain('未接办');
    expect(a).toContain('0');
  });
  it('a figure quoted in a colleague\'s notes, doubted: the text\'s own count', async () => {
    const kn = await kb(shandongLiaoningZhejiang);
    const [a] = talk(kn, '我们科里材料说清原县政府网站主动公开2738条，我看着不像，帮我对下原文');
    expect(a).toContain('2873');
    expect(a).toContain('不对');
  });
});

describe('session 59: the page, the office and the words', () => {
  it('a page\'s date as a list item ("• 2023-01-16 15:36"): the report\'s date', async () => {
    const kn = await kb(guangdongShaanxiXinjiang);
    const [a] = talk(kn, '汕尾市政务服务数据管理局的年报什么时候发布的');
    expect(a).toContain('2023年1月16日');
  });
  it('the publishing body on a metadata line run together with the next label: the page\'s source', async () => {
    const kn = await kb(guangdongShaanxiXinjiang);
    const [a] = talk(kn, '山阳县年报是哪个机构发布的，哪天发的');
    expect(a).toContain('市政府办');
  });
  it('an office of another city with the same organ ("潮州市政务服务和数据管理局"): not the loaded one', async () => {
    const kn = await kb(guangdongShaanxiXinjiang);
    const [a] = talk(kn, '潮州市政务服务和数据管理局2022年收到几件申请');
    expect(a).not.toContain('汕尾市政务服务数据管理局2022年报告的统计表');
    expect(a).toMatch(/没有|只有/);
  });
  it('the official site by its everyday name (官网), added to a group told respectively: every count', async () => {
    const kn = await kb(guangdongShaanxiXinjiang);
    const [a] = talk(kn, '汕尾政数局2022年官网和两个公众号合计发了多少条');
    expect(a).toContain('626');
    expect(a).toContain('1133');
  });
  it('a part\'s title called by another name in the question: the title as printed, and what it adds', async () => {
    const kn = await kb(shandongLiaoningZhejiang);
    const [a] = talk(kn, '清原县年报第一部分叫总体公开情况，对吗');
    expect(a).toContain('总体公开情况');
    expect(a).toContain('多了“公开”');
  });
  it('the statistics period not stated: the calendar year, said as the rule, not as the report\'s words', async () => {
    const kn = await kb(shandongLiaoningZhejiang);
    const [a] = talk(kn, '清原县年报的统计期限是什么');
    expect(a).toContain('未写明');
    expect(a).toContain('2022年12月31日');
  });
});

describe('session 59: questions of the default report', () => {
  it('the fee asked with a rough number of requests ("十几次"): the fee, no choice offered', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '申请公开要钱不，一个月申请个十几回呢');
    expect(a).toContain('信息处理费');
    expect(a).not.toContain('您是想问');
  });
  it('the statistics period named, a close rival reading aside: the period', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报数据的统计期限从几月几号到几月几号');
    expect(a).toContain('12 月 31 日');
  });
  it('a subtotal quoted wrong: said to be wrong, with the report\'s', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '不予公开一共4件对不对');
    expect(a).toContain('不对');
    expect(a).toMatch(/2 件/);
  });
  it('the rest of a group pointed at after one of its rows: the other reason', async () => {
    const kn = await kb(nangang);
    const [, , rest] = talk(kn, '无法提供的申请有几件', '其中本机关不掌握的呢', '剩下那2件呢');
    expect(rest).toContain('另行制作');
  });
  it('two counts of the text added "加一块": both found by their words', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '政府网站上传的和推送的热点信息加一块多少条');
    expect(a).toContain('1300');
  });
  it('a visa, asked in English: out of scope', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, 'where can I renew my passport');
    expect(a).toContain('暂时无法回答');
  });
});
