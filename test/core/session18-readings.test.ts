// Readings added in session 18 (tuned on the forty-ninth round's misses, after its first run).
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const a49 = 'test/fixtures/reports-fresh49-newa';
const b49 = 'test/fixtures/reports-fresh49-newb';

describe('session 18 readings: reading the published pages', () => {
  it('a title\'s own 关于 before the year is no part of the office (会宁县工业和信息化局关于2021年度…)', async () => {
    const kn = await kb(a49);
    expect(kn.reports.map((r) => r.office)).toContain('会宁县工业和信息化局');
  });
  it('a numbered lead with its content after a colon: the content is a sentence of its own (主动公开政务信息20条)', async () => {
    const [total, replies] = talk(await kb(a49), '会宁县工信局2021年主动公开政务信息多少条？', '会宁县工信局2021年回复网民留言多少次？');
    expect(total).toContain('20条');
    expect(replies).toContain('21次');
  });
  it('a table copied with a bare pipe before each row and the row\'s empty cells after its last cell ("325 | ||")', async () => {
    const [license, penalty] = talk(await kb(a49), '湖口县卫生健康委员会2022年行政许可处理决定有多少？', '湖口卫健委22年行政处罚多少件');
    expect(license).toContain('325 件');
    expect(penalty).toContain('49 件');
  });
  it('a statement that no fee was charged with the disclosure named first (对依申请提供政府信息暂未收取…费用)', async () => {
    const [t] = talk(await kb(a49), '湖口县卫健委2022年收费了吗');
    expect(t).toContain('暂未收取检索、复印、邮寄等费用');
  });
  it('one office under two names (硚口区政府办公室 2025, 武汉市硚口区人民政府办公室 2023): both years are one office', async () => {
    const kn = await kb(b49);
    expect(kn.reports.filter((r) => r.office === '武汉市硚口区人民政府办公室').map((r) => r.year).sort()).toEqual([2023, 2025]);
  });
});

describe('session 18 readings: what the question asks', () => {
  it('a place typed with a slip before its organ in short (蒲田工信局, 蒲田工信句): 莆田市工业和信息化局', async () => {
    const [a, b] = talk(await kb(a49), '蒲田工信局2021年主动公开多少条', '蒲田工信句2021年主动公凯多少条');
    expect(a).toContain('莆田市工业和信息化局2021年');
    expect(b).toContain('106条');
  });
  it('figures added in the message and a total to check: the sum, never the fee procedure', async () => {
    const [t] = talk(await kb(a49), '核对一下：西街街道2019年市政府网站84+本单位网站52+广播报纸电视237，合计是不是373？');
    expect(t).toContain('84 + 52 + 237 = 373');
    expect(t).not.toContain('信息处理费');
  });
  it('a share of the whole said only as 总数: the total the sentence tells before its 其中 (52 ÷ 373)', async () => {
    const [t] = talk(await kb(a49), '西街街道2019年本单位网站公开占总数的比例是多少？');
    expect(t).toContain('13.9%');
  });
  it('items listed in brackets after a word for them, then 合计: each item\'s count (20 + 30 + 76)', async () => {
    const [t] = talk(await kb(a49), '会宁工信局2021年三种公开形式（门户网站、新媒体、广播电视等）合计多少条？');
    expect(t).toContain('20 + 30 + 76 = 126');
  });
  it('"去年的也有吗" after a figure is the same question of last year: not loaded, the newest given', async () => {
    const [, t] = talk(await kb(a49), '湖口县卫健委2022年行政许可多少', '去年的也有吗');
    expect(t).toContain('没有加载2025年的报告');
    expect(t).toContain('325 件');
  });
});

describe('session 18 readings: changes over years told in the text', () => {
  it('the thing counted named by its measure ("主动公开条数2023比2022下降了百分之多少"), decimals asked', async () => {
    const [t] = talk(await kb(b49), '船山区政府办公室主动公开条数2023比2022下降了百分之多少？保留两位小数');
    expect(t).toContain('48.35%');
  });
  it('review cases over two years, one year\'s text saying none arose: 0 → 1, an increase', async () => {
    const [t] = talk(await kb(b49), '船山区政府办公室2023年行政复议比2022年多了还是少了？');
    expect(t).toContain('2023年比2022年增加1件');
  });
  it('the requests answered told in the text (其中,答复依申请公开政府信息75件), asked beside another row', async () => {
    const [t] = talk(await kb(b49), '硚口区政府办公室2025年答复了多少件申请？结转下年度几件？');
    expect(t).toContain('答复依申请公开政府信息75件');
    expect(t).toContain('结转下年度继续办理3件');
  });
});

describe('session 18 readings: counts given respectively, documents, measures', () => {
  const b50 = 'test/fixtures/reports-fresh50-newb';
  it('a row of table 二 the text counts in a list given respectively: its own count, the others left out', async () => {
    const [t] = talk(await kb(b50), '广东省政府2022年报 全省行政处罚决定多少宗');
    expect(t).toContain('其中行政处罚为 3124万宗');
    expect(t).not.toContain('2764.2');
  });
  it('a difference, a sum and a multiple of counts given respectively (万宗, decimals)', async () => {
    const kn = await kb(b50);
    const [diff, sum, times] = talk(kn, '广东省人民政府2022年，全省行政处罚比行政许可多多少万宗？', '广东省人民政府2022年全省行政许可、处罚、强制三项决定加起来多少万宗？', '广东省人民政府2022年报里行政处罚数量大约是行政强制的多少倍？保留一位小数');
    expect(diff).toContain('359.8');
    expect(sum).toContain('6076.4');
    expect(times).toContain('16.6 倍');
  });
  it('documents published proactively (主动公开文件…份) are the text\'s count, no row of table 二', async () => {
    const [t] = talk(await kb(b50), '广州市政府办公厅2024年主动公开文件发了几份');
    expect(t).toContain('111份');
    expect(t).not.toContain('报告未列出');
  });
  it('a change over years in the texts\' own measure (篇) to the place asked (精确到0.01%)', async () => {
    const [t] = talk(await kb(b50), '请算一下广州市人民政府办公厅新闻通稿2024年较2023年的增幅，精确到0.01%。');
    expect(t).toContain('增加46篇');
    expect(t).toContain('33.33%');
  });
  it('rules counted in 部 after a follow-up: 4 → 14, never the documents\' 19 → 26 beside them', async () => {
    const [, , t] = talk(await kb(b50), '广州市人民政府办公厅2023年发布了几部政府规章？', '那2024年呢？', '增长了百分之多少？');
    expect(t).toContain('250%');
  });
  it('items in brackets added up, letters in either case and a newspaper by its name (APP, 日报)', async () => {
    const kn = await kb(b50);
    const [t] = talk(kn, '钟祥镇人民政府2019年年报里各渠道（外网、APP、公示栏等、报纸）公开的内容加起来一共多少条？');
    expect(t).toContain('= 189条');
    const [, , app] = talk(kn, '钟祥镇人民政府2019年的年报有吗', '电话多少', 'APP发了几条');
    expect(app).toContain('26条');
  });
});

describe('session 18 readings: fresh50', () => {
  const a50 = 'test/fixtures/reports-fresh50-newa';
  it('requests carried in, counted in a bracket after the year\'s total (1466件(上年度结转16件,…)', async () => {
    const [t] = talk(await kb(a50), '广东省人民政府办公厅2023年从上年度结转过来的申请有几件？');
    expect(t).toContain('上年度结转16件');
  });
  it('none received said as 未接收到, and messages counted (收到留言164条) are no requests', async () => {
    const kn = await kb(a50);
    const [none, msgs] = talk(kn, '经纬街道办2022年收到几件信息公开申请？', '绥宁县政府2019年收到多少件政府信息公开申请');
    expect(none).toContain('未接收到依申请公开');
    expect(msgs).not.toContain('164');
  });
  it('a share of the requests in general: the total its part\'s sentence tells (42 ÷ 44)', async () => {
    const [t] = talk(await kb(a50), '杭州卫健委2023年网上申请占全部申请的比例是多少');
    expect(t).toContain('95.5%');
  });
  it('two figures quoted, added and checked against a total named (累计10220): 10195, not the same', async () => {
    const [t] = talk(await kb(a50), '绥宁县政府2019年政务动态4792条加信息公开目录5403条，加起来是多少？跟累计10220一致吗');
    expect(t).toContain('4792 + 5403 = 10195');
    expect(t).toContain('不对');
  });
  it('an office\'s site in brackets after its name (绥宁县政府(www.hnsn.gov.cn)…下载)', async () => {
    const [t] = talk(await kb(a50), '绥宁县政府年报在哪个网站能下载');
    expect(t).toContain('www.hnsn.gov.cn');
  });
  it('next year\'s part drafted: that part of the newest report to work from (依申请公开情况)', async () => {
    const [t] = talk(await kb(a50), '帮我起草杭州市卫健委2024年年报依申请公开部分的开头，参考2023年数据');
    expect(t).toContain('不能代写2024年的报告');
    expect(t).toContain('依申请公开情况');
    expect(t).toContain('44件');
  });
});

describe('session 18 readings: the default report (fresh50)', () => {
  const d = 'data/reports';
  it('the results added up against the requests received (新收15件，办理结果加起来对得上吗)', async () => {
    const [t] = talk(await kb(d), '我是新来的公开办文员，在企微群里问：南岗区2022年报里新收15件，办理结果加起来对得上吗？');
    expect(t).toContain('= 15 件');
  });
  it('how long they take, after where to apply: the time limit, the longest in all 40 working days', async () => {
    const [, t] = talk(await kb(d), '我要申请南岗区政府办公开一份文件，交到哪个部门', '他们多少天给我回');
    expect(t).toContain('20个工作日');
    expect(t).toContain('40个工作日');
  });
  it('被拒了能怎么办 after the reasons: the remedies', async () => {
    const [, , t] = talk(await kb(d), '南岗区政府办2022年不予公开几件', '为什么', '那我被拒了能怎么办');
    expect(t).toContain('复议');
  });
  it('whether last year\'s report is there: which there are, as an answer (no fallback)', async () => {
    const kn = await kb(d);
    const { decide } = await import('../../src/core/engine.js');
    const out = decide(kn, '南岗区去年的年报有吗', {}, new Date('2026-12-01T12:00:00+08:00'));
    expect(out.answer.text).toContain('没有2025年的报告');
    expect(out.answer.fallback).toBe(false);
  });
  it('money asked that the text gives no amount of: no sentence sharing words is given for it', async () => {
    const [t] = talk(await kb(d), '南岗区政府办2022年政务公开预算花了多少钱');
    expect(t).not.toContain('财政资金');
  });
});

describe('session 18 readings: conversations and stories (fresh49)', () => {
  const d = 'data/reports';
  it('an office not loaded named again in short ("那沭阳…") after "沭阳县2025年的": still not loaded, never 南岗\'s fee line', async () => {
    const [, , t] = talk(await kb(d), '我是做年报的，南岗区政府办2022年无法提供的有几件', '说错了，我想问的是沭阳县2025年的', '那沭阳收了多少信息处理费');
    expect(t).toContain('没有沭阳县的报告');
    expect(t).not.toContain('本年度无收取信息费');
  });
  it('a story ending in how many of a figure ("想了解…的信息公开情况，收到多少申请？"): the figure', async () => {
    const [t] = talk(await kb(d), '我是南岗区一个小区的业主，想了解南岗区政府办2022年的信息公开情况，收到多少申请？');
    expect(t).toContain('15 件');
  });
  it('figures checked while drafting next year\'s report are checked, not a draft refused', async () => {
    const [t] = talk(await kb(d), '我在起草南岗区政府办明年的年报，核一下：2022年予以公开4+不予公开2+无法提供8+不予处理1，加起来等于总数吗？');
    expect(t).not.toContain('不能代写');
    expect(t).toContain('15');
  });
});

describe('session 18 readings: fresh51-newb', () => {
  const b51 = 'test/fixtures/reports-fresh51-newb';
  it('the government\'s organs as one (城口县人民政府机关) go by the government\'s names (城口县政府)', async () => {
    const kn = await kb(b51);
    const [t] = talk(kn, '城口县政府2020年年报用的是哪一种格式?');
    expect(t).not.toContain('没有城口县政府的报告');
  });
  it('the city government\'s documents (市政府文件) name no office; the item of a list told over two years', async () => {
    const [t] = talk(await kb(b51), '温州市府办 市政府文件 2022到2024 是增加还是减少 增长百分之几(保留两位小数)');
    expect(t).toContain('9条→13条');
    expect(t).toContain('44.44%');
  });
  it('an item told by all its words in brackets (市政府、市政府办公室的 行政规范性文件 34 → 22, not 部门…68)', async () => {
    const [t] = talk(await kb(b51), '温州市人民政府办公室的行政规范性文件(市政府、市政府办公室的),2024年比2022年少了几条?下降百分比多少?');
    expect(t).toContain('34条→22条');
  });
  it('the place\'s government office is not the department loaded there (大足区政府办 ≠ 大足区人民政府外事办公室)', async () => {
    const [t] = talk(await kb(b51), '重庆市大足区人民政府办公室2023年受理了多少件申请');
    expect(t).toContain('没有');
    expect(t).not.toContain('共受理信息公开申请0件');
  });
});

describe('session 18 readings: fresh51 (default report)', () => {
  const d = 'data/reports';
  it('one figure quoted to check in the work group (予以公开5件，对不对; 新收15件对吗): that figure checked, no list of findings', async () => {
    const [wrong, right] = talk(await kb(d), '核一下：南岗2022年报里写“予以公开5件”，对不对', '我是县政务公开办主任，在企业微信群里核一下南岗2022年报：新收15件对吗');
    expect(wrong).toContain('不对');
    expect(wrong).toContain('4 件');
    expect(right).toContain('对，您说的 15 件');
  });
  it('who the asker is (我係海外華僑) is no unknown topic; Cantonese 咁…幾耐先覆我 asks the time limit', async () => {
    const [fee, time] = talk(await kb(d), 'Hi, 我係海外華僑, 南崗區政府辦2022年有冇收信息處理費?', '咁申請要幾耐先覆我?');
    expect(fee).toContain('本年度无收取信息费情况');
    expect(time).toContain('20个工作日');
  });
});

describe('session 18 readings: fresh51-newa', () => {
  const a51 = 'test/fixtures/reports-fresh51-newa';
  it('a long name said short (随县开发区), and a bureau that calls itself in short by its full name (铜陵民营经济促进局)', async () => {
    const kn = await kb(a51);
    const [zone, bureau] = talk(kn, '随县开发区2019年政府网站公开了几条信息', '铜陵民营经济促进局22年收到几件信息公开申请');
    expect(zone).toContain('随县经济开发区2019年');
    expect(bureau).toContain('铜陵市民促局2022年');
  });
  it('figures alone added and checked ("398加318是不是等于716"): the sum, no findings of the report', async () => {
    const [t] = talk(await kb(a51), '帮我核一下：望疃镇2023年398加318是不是等于716？');
    expect(t).toContain('398 + 318 = 716');
    expect(t).not.toContain('帮我核一下：');
  });
});

describe('session 18 readings: fresh52-newb', () => {
  const b52 = 'test/fixtures/reports-fresh52-newb';
  it('requests named by a plain word over two years, one text saying 受理 and the other 办理: 55 → 76, 1.38 times', async () => {
    const kn = await kb(b52);
    const [diff, times] = talk(kn, '我是区府办综合科的，番禺区政府办公室的依申请件数，2023年比2019年多了多少件？是增加还是减少？', '番禺区政府办2023年申请数是2019年的多少倍？');
    expect(diff).toContain('增加21件');
    expect(times).toContain('1.38 倍');
  });
  it('lawsuits over two years to the places asked as "（两位小数）", each year\'s words on a line of their own', async () => {
    const [t] = talk(await kb(b52), '番禺区府办行政诉讼案件从2019年到2023年下降了百分之多少（两位小数）');
    expect(t).toContain('83.33%');
    expect(t).toMatch(/裁。\n2023年报告/);
  });
  it('a share of a total told in the sentence before its 其中, to two places and one beside them', async () => {
    const [t] = talk(await kb(b52), '川汇区政府办2019年政务动态信息占公开信息总数的百分之几？');
    expect(t).toContain('88.36%（约 88.4%；1298 ÷ 1469');
  });
});

describe('session 18 readings: fresh52', () => {
  it('"信息公开申请有多少件" asks the requests received, however the figures intent was matched', async () => {
    const [t] = talk(await kb('data/reports'), '南刚区政府办公室2022年政府信息公凯申清有多少件');
    expect(t).toContain('本年新收政府信息公开申请 15 件');
  });
  it('made less repealed asked beside the stock (现行有效18件，制发4件废止1件，净增了几件): 3', async () => {
    const [t] = talk(await kb('data/reports'), '南岗区政府办2022年现行有效规范性文件18件，本年制发4件废止1件，净增了几件？');
    expect(t).toContain('净增加 3 件');
  });
  it('"那其中…占多少比例" after a result: the reason\'s share of that result (6 ÷ 8)', async () => {
    const [, , t] = talk(await kb('data/reports'), '南岗区政府办2022年不予公开几件', '不对，我是想问无法提供的', '那其中本机关不掌握的占多少比例');
    expect(t).toContain('75%（6 ÷ 8');
  });
  it('a hospital of the place beside its other institution (淮北市人民医院 vs 市妇幼保健院) is another body', async () => {
    const [t] = talk(await kb('test/fixtures/reports-fresh52-newa'), '淮北市人民医院2021年公布信息多少条？');
    expect(t).not.toContain('747');
  });
});

describe('session 18 readings: fresh53 pages refused before', () => {
  it('a page with its metadata lines first (发布时间:, 信息来源:, 分享到:) and no title: its preamble names it a report', async () => {
    const kn = await kb('test/fixtures/reports-fresh53-newa');
    expect(kn.reports.map((r) => r.office)).toContain('通辽市人民政府办公室');
  });
  it('a report calling itself 年报 ("…2025年度政府信息公开年报", "报告中所列数据"), indented', async () => {
    const kn = await kb('test/fixtures/reports-fresh53-newb');
    expect(kn.reports.filter((r) => r.office === '鄂州市人民政府办公室').map((r) => r.year).sort()).toEqual([2022, 2025]);
  });
});

describe('session 18 readings: fresh53-newb changes', () => {
  const b53 = 'test/fixtures/reports-fresh53-newb';
  it('a change over a span of years whose ends only are loaded ("2022到2025年…下降了百分之多少")', async () => {
    const [t] = talk(await kb(b53), '鄂州市人民政府办公室：2022到2025年，政府网发布信息总数下降了百分之多少？保留两位小数');
    expect(t).toContain('34.34%');
  });
  it('an item named in full in a list of counts (发布政策解读49件), not a sentence\'s count of another in 条 (政策文件46条)', async () => {
    const [t] = talk(await kb(b53), '鄂州市政府办公室的政策解读2025年比2022年是增加还是减少，减少的百分比保留两位小数');
    expect(t).toContain('49件→25件');
    expect(t).toContain('48.98%');
  });
});

describe('session 18 readings: fresh53 (default report)', () => {
  it('"不予公开了几件" is 不予公开, never 予以公开 read from its last characters', async () => {
    const [t] = talk(await kb('data/reports'), '2022年南岗区政府办不予公开了几件？按理由分别多少？');
    expect(t).toContain('办理结果为“不予公开”的申请 2 件');
  });
  it('a licence the asker applies for (办食品经营许可证要啥材料) is another matter, no figure of 行政许可', async () => {
    const [t] = talk(await kb('data/reports'), '我在南岗开小吃摊，办食品经营许可证要啥材料？');
    expect(t).not.toContain('行政许可：本年处理决定');
  });
});
