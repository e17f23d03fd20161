// Readings added in session 54, tuned on the misses of the blind rounds fresh214– (eval/heldout-fresh21*.jsonl), each
// checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const qinghaiFujianHunan = 'test/fixtures/reports-fresh214-newa';
const shanghaiXinjiangHebei = 'test/fixtures/reports-fresh214-newb';
const guangxiShanxiJiangsu = 'test/fixtures/reports-fresh215-newa';
const guizhouInnerMongoliaZhejiang = 'test/fixtures/reports-fresh215-newb';
const hubeiBeijingShaanxi = 'test/fixtures/reports-fresh216-newb';
const heilongjiangGuangdongChongqing = 'test/fixtures/reports-fresh217-newa';
const shandongXinjiangJiangxi = 'test/fixtures/reports-fresh218-newa';
const gansuJilinZhejiang = 'test/fixtures/reports-fresh218-newb';
const henanHunanInnerMongolia = 'test/fixtures/reports-fresh219-newa';
const fujianYunnanShanghai = 'test/fixtures/reports-fresh219-newb';
const guangdongLiaoningSichuan = 'test/fixtures/reports-fresh220-newa';
const shanxiJiangsuQinghai = 'test/fixtures/reports-fresh221-newa';
const tibetGuangxiGuizhou = 'test/fixtures/reports-fresh221-newb';
const jilinHainanHunan = 'test/fixtures/reports-fresh222-newb';
const shandongChongqingInnerMongolia = 'test/fixtures/reports-fresh223-newb';
const guangdongHenanGansu = 'test/fixtures/reports-fresh224-newa';

describe('session 54 readings: procedure', () => {
  it('the time limit of the step said last before the how-long words, the story\'s step aside', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '说是涉及第三方隐私不给公开，我打算去法院起诉，有多长期限');
    expect(a).toContain('6 个月');
  });
  it('another company\'s papers in what is applied for: the third party\'s rules, not a count of business applicants', async () => {
    const kn = await kb(guangxiShanxiJiangsu);
    const [a] = talk(kn, '我向盐城水利局要的资料里有别的公司的东西，他们一般怎么处理');
    expect(a).toContain('第三方');
    expect(a).not.toContain('商业企业');
  });
  it('which kinds of information are never disclosed: the regulation\'s list', async () => {
    const kn = await kb(guizhouInnerMongoliaZhejiang);
    const [a] = talk(kn, '伊敏苏木哪类政府信息是不能公开的');
    expect(a).toContain('国家秘密');
  });
  it('the remedies asked by 救济途径 of a named office: the remedies, not a count of refusals', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办给我不予公开，我不服，法定的救济途径是什么');
    expect(a).toContain('行政复议');
    expect(a).not.toContain('2 件');
  });
});

describe('session 54 readings: contact and where things are published', () => {
  it('a unit named before 联系 with 与 left out is the department to ask', async () => {
    const kn = await kb(shanghaiXinjiangHebei);
    const [a] = talk(kn, '乌鲁木齐市招商服务局的年报看不懂，该问哪个科室');
    expect(a).toContain('党政办公室');
  });
  it('a government domain in brackets after the site\'s name is the site', async () => {
    const kn = await kb(qinghaiFujianHunan);
    const [a] = talk(kn, '青海省民政厅官网网址多少');
    expect(a).toContain('mzt.qinghai.gov.cn');
  });
  it('someone who cannot go online: the boards where the office posts its information', async () => {
    const kn = await kb(shanghaiXinjiangHebei);
    const [a] = talk(kn, '寻召乡的政务信息在哪里能看到？家里没网');
    expect(a).toMatch(/公示栏|橱窗/);
  });
  it('which columns the office publishes in: the sentence listing them (哪几个 asks which, not how many)', async () => {
    const kn = await kb(shanghaiXinjiangHebei);
    const [a] = talk(kn, '乌鲁木齐招商服务局主动公开放在哪几个栏目里');
    expect(a).toContain('政策法规');
  });
  it('where it is published, asked as 在哪发布的', async () => {
    const kn = await kb(heilongjiangGuangdongChongqing);
    const [a] = talk(kn, '东风区市场监管局平时信息都在哪发布的');
    expect(a).toContain('门户网站');
  });
  it('a unit 具体负责 the work is the one in charge', async () => {
    const kn = await kb(hubeiBeijingShaanxi);
    const [a] = talk(kn, '西集镇信息公开是哪个科室负责的');
    expect(a).toContain('综合办公室');
  });
  it('the report\'s 电子版 asked after the period, with 去哪: the sentence saying where it is read', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '统计时段是什么？电子版上哪儿查？');
    expect(a).toContain('查阅下载');
  });
});

describe('session 54 readings: figures', () => {
  it('no request received, said of the application form: none', async () => {
    const kn = await kb(shanghaiXinjiangHebei);
    const [a] = talk(kn, '寻召乡2024年收到过信息公开申请吗');
    expect(a).toContain('没有收到');
  });
  it('a part quoted of a whole ("41件里有6件"): the sentence counting the part', async () => {
    const kn = await kb(shanghaiXinjiangHebei);
    const [a] = talk(kn, '宝山建管委那41件申请中有6件没答复，什么原因');
    expect(a).toContain('撤回');
  });
  it('里有 after a noun stays as typed (no 理由)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区22年的申请里有几件是予以公开的');
    expect(a).toContain('4 件');
    expect(a).not.toContain('原因');
  });
  it('表三 本年新收 of a report whose tables hold no figures: the sentence counting the requests', async () => {
    const kn = await kb(guangxiShanxiJiangsu);
    const [a] = talk(kn, '盐城水利局表三里本年新收的总计栏');
    expect(a).toContain('7件');
  });
  it('a suit not yet decided, asked as 没判下来 after its count', async () => {
    const kn = await kb(guizhouInnerMongoliaZhejiang);
    const [, , a] = talk(kn, '绍兴滨海新区2025年的行政诉讼有多少件', '结果都维持了吗', '那有没判下来的吗');
    expect(a).toContain('尚未审结1件');
  });
  it('which of two told counts is more: both, and that they are equal', async () => {
    const kn = await kb(guangxiShanxiJiangsu);
    const [a] = talk(kn, '盐城水利局2022年政策法规跟人事信息哪个多');
    expect(a).toContain('两者相同');
  });
  it('tables 二 and 三 run together on one line with single spaces are read by row', async () => {
    const kn = await kb(hubeiBeijingShaanxi);
    const [a] = talk(kn, '汉台区农业农村局2025年做出多少行政处罚决定');
    expect(a).toContain('15 件');
  });
  it('granted asked as 给人公开了', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办22年到底给人公开了几件');
    expect(a).toContain('4 件');
  });
  it('a count and a time limit in sentences of their own: both answered', async () => {
    const kn = await kb(hubeiBeijingShaanxi);
    const [a] = talk(kn, '西集镇2024年受理了多少件申请？正常几个工作日内答复？');
    expect(a).toContain('158');
    expect(a).toContain('20个工作日');
    // (the count first, as asked first)
    expect(a.indexOf('158')).toBeLessThan(a.indexOf('20个工作日'));
  });
  it('怎么才N件 asks why so few: the sentence, said to give no reason', async () => {
    const kn = await kb(hubeiBeijingShaanxi);
    const [a] = talk(kn, '襄阳市审计局2022年依申请怎么才1件？');
    expect(a).toContain('没有说明原因');
  });
  it('a count asked first, another table\'s figure after: the text\'s count is added', async () => {
    const kn = await kb(heilongjiangGuangdongChongqing);
    const [a] = talk(kn, '河东镇2021年公示了多少项政府集中采购？行政诉讼有吗？');
    expect(a).toContain('30项');
  });
  it('when a document the report names came out: its sentence (时候 is no word to find)', async () => {
    const kn = await kb(heilongjiangGuangdongChongqing);
    const [a] = talk(kn, '重庆市统计局统计公报一般啥时候发');
    expect(a).toContain('统计公报');
  });
  it('the statistics period asked as 统计期, from which day: the period', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '这份年报的统计期从哪天算起');
    expect(a).toContain('1 月 1 日');
  });
  it('a matter of the town nobody reports (heating) is off-topic, not the regulation\'s date', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '今年暖气什么时候开始供');
    expect(a).not.toContain('条例');
  });
});

describe('session 54 readings: later rounds', () => {
  it('the years of a bulletin are no report\'s years: the request for it, as the text tells', async () => {
    const kn = await kb(gansuJilinZhejiang);
    const [a] = talk(kn, '我想拿临夏州2000年以来的水资源公报，找临夏州水务局要得到吗');
    expect(a).toContain('不掌握');
    expect(a).not.toContain('没有2000');
  });
  it('from how many requests a fee is charged, an office named: the rule', async () => {
    const kn = await kb(gansuJilinZhejiang);
    const [a] = talk(kn, '向洞头农业农村局一个月申请多少件以上要收费');
    expect(a).toContain('10 件');
  });
  it('the next request told in a sentence of its own is said with the first', async () => {
    const kn = await kb(gansuJilinZhejiang);
    const [, a] = talk(kn, '临夏州水务局2024年收到几件政府信息公开申请', '大家申请的都是啥');
    expect(a).toContain('水土保持');
  });
  it('a zone\'s general office is named by the zone\'s committee', async () => {
    const kn = await kb(shandongXinjiangJiangxi);
    const [a] = talk(kn, '临沂高新区管委会2023年发布了多少件文件');
    expect(a).toContain('41件');
  });
  it('a report compiled from its units\' reports answers whom its figures cover', async () => {
    const kn = await kb(shandongXinjiangJiangxi);
    const [a] = talk(kn, '鄯善县2022年报的数据包括几个部门');
    expect(a).toContain('29个部门');
  });
  it('the change over the year before, asked right after the requests\' count', async () => {
    const kn = await kb(shandongXinjiangJiangxi);
    const [, a] = talk(kn, '临沂高新区23年收到几件信息公开申请', '比上一年是多了还是少了');
    expect(a).toContain('同比增长1.4倍');
  });
  it('a bureau\'s second plate in brackets names it too', async () => {
    const kn = await kb(henanHunanInnerMongolia);
    const [a] = talk(kn, '湘潭市版权局2021年行政许可多少件');
    expect(a).toContain('60 件');
  });
  it('why table 三 is all zeros: no request received', async () => {
    const kn = await kb(henanHunanInnerMongolia);
    const [a] = talk(kn, '湘潭新闻出版局21年的表三怎么全都是0');
    expect(a).toContain('没有收到');
  });
  it('the carried requests counted in a sentence of their own keep the thread to those carried into next year', async () => {
    const kn = await kb(fujianYunnanShanghai);
    const [a] = talk(kn, '漕河泾街道2023年有多少件结转到下年度');
    expect(a).toContain('8件');
  });
  it('a channel\'s count broken down right after it is the year\'s total, not an item of the breakdown', async () => {
    const kn = await kb(fujianYunnanShanghai);
    const [a] = talk(kn, '楚雄文旅局2024年主动公开了几条信息');
    expect(a).toContain('77条');
  });
  it('a request made again: not processed twice', async () => {
    const kn = await kb(henanHunanInnerMongolia);
    const [a] = talk(kn, '新野县政府办已经答复过我的申请，我再申请一次同样的内容会怎样');
    expect(a).toContain('不予重复处理');
  });
});

describe('session 54 readings: rounds fresh220–221', () => {
  it('a verb of publishing alone right after a passage: its clause', async () => {
    const kn = await kb(guangdongLiaoningSichuan);
    const [, a] = talk(kn, '湛江文旅局的微信订阅号哪年开通的', '那年推了几条');
    expect(a).toContain('458条');
  });
  it('a zone named with its town in brackets goes by the town', async () => {
    const kn = await kb(shanxiJiangsuQinghai);
    const [a] = talk(kn, '锦丰镇2024年依申请公开受理了几起');
    expect(a).toContain('20起');
  });
  it('a thing counted in a measure of its own is no year\'s total', async () => {
    const kn = await kb(shanxiJiangsuQinghai);
    const [a] = talk(kn, '长治高新区2022年主动公开政策文件多少份');
    expect(a).toContain('14份');
  });
  it('the office\'s own lawyers who review its replies are no applicants', async () => {
    const kn = await kb(shanxiJiangsuQinghai);
    const [a] = talk(kn, '锦丰镇为什么让公职律师审核依申请答复');
    expect(a).not.toContain('法律服务机构');
  });
  it('another\'s medical records asked for: the third party\'s rules', async () => {
    const kn = await kb(tibetGuangxiGuizhou);
    const [a] = talk(kn, '我想看昌都卫健委那里我邻居的病历，能给我公开吗');
    expect(a).toContain('第三方');
  });
  it('an offline place to look asked: the report\'s planned 专区', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗有没有线下可以查政务公开的地方');
    expect(a).toContain('中山路181号');
  });
  it('whether all were of one kind of applicant, right after their count', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '南岗区政府办2022年收到多少申请', '全是个人申请的吗');
    expect(a).toContain('自然人 15 件');
  });
  it('a count of fans the report never gives: said so', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗警事抖音号粉丝有多少');
    expect(a).toContain('没有写明');
  });
});

describe('session 54 readings: round fresh222', () => {
  it('how the regulation has a reason handled, after its count: the article', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '南岗区政府办22年信访举报投诉类的申请几件', '那按条例这种该怎么处理');
    expect(a).toContain('第三十九条');
  });
  it('which kinds of information may lawfully be withheld: the exempt cases', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '什么信息依法可以不公开');
    expect(a).toContain('国家秘密');
  });
  it('an e-mail printed with its @ misplaced is given as printed, said to be so', async () => {
    const kn = await kb(jilinHainanHunan);
    const [a] = talk(kn, '吕洞山镇政府邮箱是什么');
    expect(a).toContain('zzhangsha163@.com');
    expect(a).toContain('格式有误');
  });
  it('the year of final accounts names the next year\'s report of that office', async () => {
    const kn = await kb(jilinHainanHunan);
    const [a] = talk(kn, '海南省财政厅2022年度决算公开涉及几家预算单位');
    expect(a).toContain('522家');
  });
});

describe('session 54 readings: README claims', () => {
  it('a stated rate doubted against counts quoted: the sentence, said not to be explained', async () => {
    const kn = await kb(shandongXinjiangJiangxi);
    const [a] = talk(kn, '临沂高新区的解读率为什么却写着100%？');
    expect(a).toContain('没有说明');
  });
  it('the amount of a fund the report names but never gives: said so', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '政务公开专区的专项资金申请到多少钱了');
    expect(a).toMatch(/没有写明(?:具体)?金额/);
  });
  it('数据 in an office\'s name or a field asks no figure: how to submit', async () => {
    const kn = await kb(fujianYunnanShanghai);
    const [a] = talk(kn, '想找厦门市数据管理局要一份数据共享方面的文件，可以用哪些方式提交申请？');
    expect(a).toContain('书面');
  });
  it('不存在…行政复议 in the text is none', async () => {
    const kn = await kb(gansuJilinZhejiang);
    const [a] = talk(kn, '临夏州水务局2024年被申请过行政复议吗');
    expect(a).toContain('0 件');
  });
});

describe('session 54 readings: round fresh223', () => {
  it('a town with its district before it, the city left out (黔江中塘镇)', async () => {
    const kn = await kb(shandongChongqingInnerMongolia);
    const [, a] = talk(kn, '济宁市财政局2025年收到几件信息公开申请', '那黔江中塘镇2022年的呢');
    expect(a).toContain('中塘镇');
    expect(a).not.toContain('抱歉');
  });
  it('a banner\'s commission by its people and 民委 (鄂温克民委)', async () => {
    const kn = await kb(shandongChongqingInnerMongolia);
    const [, a] = talk(kn, '济宁市财政局2025年收到几件信息公开申请', '鄂温克民委2024年的呢');
    expect(a).toContain('未收到');
  });
  it('a connective before another question\'s body is no part of its name: the office\'s phone', async () => {
    const kn = await kb(shandongChongqingInnerMongolia);
    const [a] = talk(kn, '济宁财政公众号发了几条？还有财政局电话多少');
    expect(a).toContain('0537-2606003');
  });
});

describe('session 54 readings: round fresh224', () => {
  it('a courier company\'s data asked of the postal administration: the third party\'s rules, no post channel', async () => {
    const kn = await kb(guangdongHenanGansu);
    const [a] = talk(kn, '甘肃省邮政管理局能把一家快递公司上报的业务数据公开给我吗，我想申请');
    expect(a).toContain('第三方');
  });
  it('the report\'s 原文 asked: where it is read', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报原文去哪儿能查到');
    expect(a).toContain('xxgk.harbin.gov.cn');
  });
  it('trainings counted are no count of requests\' results', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年开了几次政务公开培训');
    expect(a).not.toContain('15 件');
  });
});
