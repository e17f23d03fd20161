// Readings added after the twenty-fourth blind round (ten offices' pages cut at ~2,000 bytes,
// test/fixtures/reports-fresh24-newa and -newb): checks of figures told in the text, townships not loaded,
// and the text's own word that no case arose.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

/** Knowledge of a fixture folder, loaded once for the whole file (each load builds jieba's material again). */
const loaded = new Map<string, Promise<Knowledge>>();
function kb(reportsDir: string, defaultOffice?: string): Promise<Knowledge> {
  const key = `${reportsDir}|${defaultOffice ?? ''}`;
  if (!loaded.has(key)) loaded.set(key, loadKnowledge({ reportsDir, defaultOffice }).then((x) => x.kn));
  return loaded.get(key)!;
}

let a: Knowledge;
let b: Knowledge;
beforeAll(async () => {
  a = await kb('test/fixtures/reports-fresh24-newa');
  b = await kb('test/fixtures/reports-fresh24-newb');
});

describe('fresh24 readings', () => {
  it('a page opening "2024年丽水市政府信息公开工作年度报告根据…编制并向社会公布" is loaded', () => {
    expect(b.reports.map((r) => r.office)).toContain('丽水市人民政府');
  });
  it('a figure of the text quoted wrong to check: 不对, and the text\'s own figure', () => {
    const t = decide(b, '丽水市2024年行政诉讼是91件，没错吧？', {}).answer.text;
    expect(t).toContain('不对：报告写的是 19件，您说的 91件与报告不一致');
    expect(t).toContain('行政诉讼19件');
  });
  it('a township of a loaded township\'s county is not loaded: never the loaded one\'s figure', () => {
    const t = decide(a, '古蔺县大村镇2024年公开了多少条政府信息？', {}).answer.text;
    expect(t).toContain('没有古蔺县大村镇的报告');
    expect(t).not.toContain('890');
  });
  it('table 四 cut off: the text\'s "未发生…行政复议和行政诉讼案件", not the preface listing the sections', () => {
    const t = decide(a, '东新镇2024年有没有因为政府信息公开被行政复议或者被起诉？', {}).answer.text;
    expect(t).toContain('未发生涉及政府信息公开产生的行政复议和行政诉讼案件');
    expect(t).not.toContain('全文包括');
  });
  it('one figure of two offices, then another figure with no office named ("行政诉讼呢"): of both offices', async () => {
    const other = await kb('test/fixtures/reports-other');
    const first = decide(other, '临朐县政府办2024年和绵阳市生态环境局2020年行政复议各几件', {});
    expect(first.state.reports?.length).toBe(2);
    const t = decide(other, '行政诉讼呢', first.state).answer.text;
    expect(t).toContain('临朐县人民政府办公室2024年：行政诉讼');
    expect(t).toContain('绵阳市生态环境局2020年：行政诉讼');
  });
  it('"这两个哪个结转下年度的多" after two offices\' figures: the two ranked', async () => {
    const other = await kb('test/fixtures/reports-other');
    const s1 = decide(other, '临朐县政府办2024年新收多少政府信息公开申请', {}).state;
    const s2 = decide(other, '丁蜀镇呢', s1).state;
    const out = decide(other, '这两个哪个结转下年度的多', s2).answer;
    expect(out.rule).toBe('across-offices');
    expect(out.text.split('\n')[0]).toContain('最多的是临朐县人民政府办公室2024年');
  });
  it('部分公开 asked alone where the text counts 予以公开 and 部分公开 together: that clause, said to be both; a share of both the text states', () => {
    const one = decide(b, '深圳交通局2021年部分公开的申请单独是多少件？', {}).answer.text;
    expect(one).toContain('报告没有分别列出“予以公开”和“部分公开”');
    expect(one).toContain('予以公开或部分公开48件');
    expect(decide(b, '丽水市2024年依申请公开里予以公开或部分公开的占比是多少？', {}).answer.text).toContain('予以公开或部分公开占58.5%');
  });
  it('a sentence going on after semicolons about the requests ("所有答复件中…;不予公开的1件,占1.02%;…无法提供的49件"): each row told, with its share', () => {
    const s1 = decide(b, '长春市政府办公厅2024年不予公开的申请有几件？', {});
    expect(s1.answer.text).toContain('不予公开的1件，占1.02%');
    expect(decide(b, '占多少比例？', s1.state).answer.text).toContain('1.02%');
    expect(decide(b, '长春市政府办公厅2024年无法提供的申请有几件', {}).answer.text).toContain('无法提供的49件');
  });
  it('why a result the text counts was given, the text giving no reasons: said so, with the kinds of that result', async () => {
    const g = await kb('test/fixtures/reports-fresh25-newb');
    const t = decide(g, '甘肃省林草局2023年为什么有2件不予公开？', {}).answer.text;
    expect(t).toContain('不予公开2件');
    expect(t).toContain('报告正文没有说明这些申请的具体原因');
    expect(t).toContain('保护第三方合法权益');
  });
  it('a sentence cut off right at the count asked ("线上申请3件,线下申"): said to be cut, no number for it', async () => {
    const g = await kb('test/fixtures/reports-fresh25-newb');
    const t = decide(g, '防城港大数据局24年线下申请的有几件', {}).answer.text;
    expect(t).toContain('报告此处文字不完整');
    expect(t).toContain('没有写出这项数字');
  });
  it('"核一下：门户网站公开1116条，通知公告967条，对吧": each quoted count against the text, not the load\'s findings', async () => {
    const g = await kb('test/fixtures/reports-fresh25-newb');
    const out = decide(g, '我是防城港审批局办公室的，核一下：2024年门户网站公开1116条，通知公告967条，对吧', {}).answer;
    expect(out.rule).toBe('quoted-count-checked');
    expect(out.text).toContain('1116、967 条与报告中的数字一致');
  });
  it('the sentence after the one counting requests goes on with them ("…共计134件。目前依法办结122件,其中…不予处理的5件"); 之内 is an everyday word', async () => {
    const g = await kb('test/fixtures/reports-fresh25-newa');
    expect(decide(g, '嘉兴市人民政府办公室2023年不予处理的申请有几件?', {}).answer.text).toContain('不予处理的5件');
    // (two results of table 三 added, of a report with no tables: answered as the rows since session 64, so a share may follow)
    expect(decide(g, '嘉兴市政府办2023年予以公开和部分公开加起来多少件', {}).answer.text).toContain('合计 65 件（27 + 38');
    expect(decide(g, '我想向冠县人社局申请公开一份文件,他们多久之内要答复我?', {}).answer.text).toContain('20个工作日');
  });
  it('a rank the report states is its answer, not "no ranking is kept"; several how-many questions in one message each get their sentence', async () => {
    const g = await kb('test/fixtures/reports-fresh25-newb');
    expect(decide(g, '甘肃林草局2023年融媒体指数是多少，在全国排第几', {}).answer.text).toContain('位列全国各省第5位');
    const home = (await loadKnowledge({})).kn;
    const t = decide(home, '政务新媒体账号有多少个？涉及几家单位？新增了几个？注销了哪个？', {}).answer.text;
    expect(t).toContain('13家单位的16个政务新媒体账号');
    expect(t).toContain('4个新媒体账号');
    expect(t).toContain('南岗城管e线');
    // (the net's abbreviations: xxgk, ysq)
    expect(decide(home, 'xxgk ysq 交上去多久给答复啊', {}).answer.text).toContain('20个工作日');
  });
  it('two offices\' counts of one item: each office\'s sentence that counts it best (a breakdown over the total before it)', async () => {
    const g = await kb('test/fixtures/reports-fresh21-new');
    const t = decide(g, '来宾卫健委2023年和大云镇2024年公开的政策文件分别几条', {}).answer.text;
    expect(t).toContain('政策文件14条');
    expect(t).toContain('主动公开政策文件3条');
  });
  it('"其中有几件是企业申请的" after a row: that row\'s applicants; "2021年报告上写的是哪个" after a phone: the phone of that year (写 is never a typo of 学)', async () => {
    const real = await kb('test/fixtures/reports-real', '淮安市人民政府');
    const s1 = decide(real, '淮安市政府部分公开几件', {}).state;
    expect(decide(real, '其中有几件是企业申请的', s1).answer.text).toContain('商业企业：办理结果为“部分公开”的申请 7 件');
    const years = await kb('test/fixtures/reports-years', '南岗区人民政府办公室');
    const p1 = decide(years, '2023年报告上你们电话多少', {}).state;
    expect(decide(years, '2021年报告上写的是哪个', p1).answer.text).toContain('82705546');
  });
  it('"剩下的呢" after the requests handled: those carried into next year', async () => {
    const g = await kb('test/fixtures/reports-fresh21-new');
    const s1 = decide(g, '大理州2023年收到多少政府信息公开申请?', {}).state;
    const s2 = decide(g, '办结了几件?', s1).state;
    expect(decide(g, '剩下的呢?', s2).answer.text).toContain('结转2024年度继续办理1件');
  });
  it('an office named with a year it lacks keeps the conversation with that office; a follow-up year it lacks keeps the question', async () => {
    const g = await kb('test/fixtures/reports-fresh26-new');
    const s1 = decide(g, '泽州县人民政府去年的年报里，门户网站发布了多少条信息？', {}).state;
    expect(decide(g, '那前年的呢？', s1).answer.text).toContain('5679条');
    const years = await kb('test/fixtures/reports-years', '南岗区人民政府办公室');
    const y1 = decide(years, '去年南岗区政府办收到多少件信息公开申请？', {}).state;
    const y2 = decide(years, '那前年呢', y1).state;
    expect(decide(years, '大前年呢', y2).answer.text).toContain('46');
  });
  it('"有问题打什么电话": the phone, not the problems section; table 三\'s balance from the text\'s clauses (a year glued to words is no count)', async () => {
    const g = await kb('test/fixtures/reports-fresh26-new');
    expect(decide(g, '呼和浩特经济技术开发区信息公开有问题打什么电话？', {}).answer.text).toContain('0471-8127901');
    expect(decide(g, '关东街道2025年受理21件、上年结转2件，办结18件、结转下年5件，勾稽关系对得上吗？', {}).answer.text).toContain('本年新收 21 + 上年结转 2 = 23 件');
  });
  it('requests by how they came in ("网上申请有多少件？书面申请多少件？"): the text\'s clauses that count them; why carried over: what it is, and that the report gives no reasons', async () => {
    const g = await kb('test/fixtures/reports-fresh26-new');
    expect(decide(g, '关东街道办事处2025年的信息公开申请里，网上申请有多少件？书面申请多少件？', {}).answer.text).toContain('网上申请20件，书面申请3件');
    const t = decide(g, '关东街道办事处2025年为什么有5件申请结转到下年度？', {}).answer.text;
    expect(t).toContain('结转下年度继续办理5');
    expect(t).toContain('报告没有写明这些申请结转的具体原因');
  });
  it('"其中网上申请的有多少" after the requests received: the text\'s clause for that way in (网上 = 网络); a document wanted and how to apply for it is how to apply, not 低保怎么申请', async () => {
    const g = await kb('test/fixtures/reports-fresh23-new');
    const s1 = decide(g, '济宁市人社局2020年收到几件信息公开申请？', {}).state;
    const t = decide(g, '其中网上申请的有多少？', s1).answer.text;
    expect(t).toContain('网络申请19件');
    expect(t).not.toContain('信函申请2件');
    const x = await kb('test/fixtures/reports-fresh19-new');
    expect(decide(x, '俺们村低保名单想看看 宣汉县民政局那边咋个申请嘛', {}).answer.intent).toBe('procedure.how');
    expect(decide(x, '低保怎么申请', {}).answer.fallback).toBe(true);
  });
  it('a total sentence whose breakdown follows and counts the thing asked: both ("…22条,涵盖政策文件…。其中,主动公开政策文件3条")', async () => {
    const g = await kb('test/fixtures/reports-fresh21-new');
    expect(decide(g, '大云镇主动公开的信息里政策文件有几条', {}).answer.text).toContain('主动公开政策文件3条');
  });
  it('"2023年报告的邮编和之前比变了吗": each loaded year\'s postcode, to see the change', async () => {
    const years = await kb('test/fixtures/reports-years', '南岗区人民政府办公室');
    const t = decide(years, '南岗2023年报告的邮编和之前比变了吗', {}).answer.text;
    expect(t).toContain('150001');
    expect(t).toContain('150080');
  });
  it('"年报上的联系地址是从哪一年开始变的 原来在哪": each year\'s address, not the list of reports', async () => {
    const years = await kb('test/fixtures/reports-years', '南岗区人民政府办公室');
    const out = decide(years, '年报上的联系地址是从哪一年开始变的 原来在哪', {}).answer;
    expect(out.rule).not.toBe('reports-asked');
    expect(out.text).toContain('大成街');
    expect(out.text).toContain('学府路');
  });
});
