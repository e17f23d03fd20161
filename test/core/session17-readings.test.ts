// Readings added in session 17 (tuned on the forty-fourth and forty-fifth rounds' misses, each after its first run).
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

describe('session 17 readings: reading the published pages', () => {
  const a44 = 'test/fixtures/reports-fresh44-newa';
  const b45 = 'test/fixtures/reports-fresh45-newb';
  it('a page metadata line above the title ("成文日期: 2020-01-15") is no office: 长桥乡 2019 is found by its name', async () => {
    const [t] = talk(await kb(a44), '长桥乡2019年主动公开了多少条政府信息？');
    expect(t).toContain('广昌县长桥乡人民政府2019年');
    expect(t).toContain('57条');
  });
  it('a title naming two bodies as one, the second in brackets: both years are one office (六盘水市人民政府办公室)', async () => {
    const kn = await kb(b45);
    expect(kn.reports.filter((r) => r.office === '六盘水市人民政府办公室').map((r) => r.year).sort()).toEqual([2020, 2023]);
  });
  it('a place named for its people alone is called by that name and its level: 鄂温克旗', async () => {
    const [t] = talk(await kb(b45), '鄂温克旗2025年旗政府门户网站发布信息共计多少条？');
    expect(t).toContain('鄂温克族自治旗人民政府2025年');
    expect(t).toContain('8204条');
  });
  it('a cell with its unit in brackets (16368(件)) or in 万 (211.509万) stays in its row', async () => {
    const [license, procurement] = talk(await kb(b45), '鄂尔多斯市市场监管局2020年作出了多少行政许可决定？', '鄂尔多斯市市场监管局2020年政府集中采购总金额多少？');
    expect(license).toContain('本年处理决定 16368 件');
    expect(procurement).toContain('211.509 万元');
  });
  it('the 2019 format\'s item count unchanged (本年增/减 0) is said unchanged', async () => {
    const [t] = talk(await kb(b45), '鄂尔多斯市场监管局2020年行政强制的项目数有没有增减？');
    expect(t).toContain('没有变化，仍为 46 项');
  });
  it('the sentence that names a row counted in the text, not its whole paragraph cut before the figure (74条)', async () => {
    const [t] = talk(await kb(a44), '连云港开发区2024年梳理汇总的现行有效规范性文件有多少条');
    expect(t).toContain('现行有效规范性文件74条');
  });
});

describe('session 17 readings: what the question asks', () => {
  const a44 = 'test/fixtures/reports-fresh44-newa';
  const b44 = 'test/fixtures/reports-fresh44-newb';
  it('a story, then the question: the asking sentence\'s figure words (受理), not the story\'s (不公开)', async () => {
    const [t] = talk(await kb(a44), '我爸在环县乡下，他老念叨说县里啥都不公开。我想先弄清楚个数：环县2025年全县一共受理了多少件依申请公开？');
    expect(t).toContain('36件');
  });
  it('a place typed with a slip before the organ in short (连运港开发区) is the loaded office', async () => {
    const [t] = talk(await kb(a44), '连运港开发区2024年梳理汇总的现行有效规范性文件有多少条');
    expect(t).toContain('连云港经济技术开发区管理委员会2024年');
  });
  it('a sentence cut off at the thing asked states no count of it', async () => {
    const [t] = talk(await kb(a44), '山西外事办2021年微信公众号发了多少条？');
    expect(t).toContain('没有写出这项数字');
  });
  it('a bracket counting a part is a clause of its own: 含2022年结转的3件 is the year before\'s carry-over', async () => {
    const [t] = talk(await kb(a44), '东阳市自然资源和规划局2023年上年结转了几件');
    expect(t).toContain('结转的3件');
  });
  it('a share of the requests by how they came in, from the text (35 ÷ 176)', async () => {
    const [t] = talk(await kb(a44), '东阳市自然资源和规划局2023年网上申请占收到申请总数的比例是多少？');
    expect(t).toContain('19.9%');
  });
  it('"不是网上，我问的是当面申请的" restates the count asked (72件)', async () => {
    const [, , t] = talk(await kb(a44), '东阳市自然资源和规划局2023年收到多少件依申请公开？', '这些里面网上申请的有几件', '不是网上，我问的是当面申请的');
    expect(t).toContain('当面申请的72件');
  });
  it('"其中县政府网站是多少" after a count in 条 is that part; "那它占总数百分之多少" its share of the count before', async () => {
    const [, part, share] = talk(await kb(a44), '环县2025年主动公开了多少条政府信息？', '其中县政府网站是多少', '那它占总数大概百分之多少');
    expect(part).toContain('12365条');
    expect(share).toContain('20.3%');
  });
  it('whether a named report\'s requests came at all ("收到过…申请没有") is its figure, not the fee', async () => {
    const [t] = talk(await kb(b44), '渝中应急局2024年收到过信息公开申请没有？');
    expect(t).toContain('未接到');
    expect(t).not.toContain('信息处理费');
  });
  it('好多 asks how many before a question mark mid-message; 发了…政策文件 is counted in the text (19条)', async () => {
    const [t] = talk(await kb(b44), '渝中应急局2024年发了好多条政策文件嘛？屋头老汉儿喊我帮他问哈');
    expect(t).toContain('政策文件19条');
  });
  it('English mixed in: "policy documents" and "check" (政策文件 9条)', async () => {
    const [t] = talk(await kb(b44), 'Hi～想check一下 渝中区应急管理局 2025 年的 policy documents（政策文件）数量，thx');
    expect(t).toContain('政策文件9条');
  });
});

describe('session 17 readings: changes over the years told in the text', () => {
  const b44 = 'test/fixtures/reports-fresh44-newb';
  const b45 = 'test/fixtures/reports-fresh45-newb';
  it('an item inside a list over two years: 涨了还是跌了, and a count at least doubled said as a multiple', async () => {
    const [t] = talk(await kb(b44), '渝中区应急局的预决算信息，2024年和2025年比是涨了还是跌了？翻了几倍？');
    expect(t).toContain('增加6条');
    expect(t).toContain('4倍');
  });
  it('the rest of a list (其他主动公开内容) is no count of 主动公开: 718 → 464, down 35.4%', async () => {
    const [t] = talk(await kb(b44), '衡阳市水利局2025年主动公开比2023年少了多少条？降幅是多少？');
    expect(t).toContain('减少254条');
    expect(t).toContain('35.4%');
  });
  it('a change quoted to check: 少了250条 is wrong, 少了254条 right', async () => {
    const [wrong] = talk(await kb(b44), '我们写总结稿说衡阳市水利局2025年主动公开比2023年少了250条，对不对？');
    const [right] = talk(await kb(b44), '衡阳市水利局2023年主动公开比2025年多了254条吧');
    expect(wrong).toContain('核对：不对');
    expect(right).toContain('核对：对');
  });
  it('变化率 to the decimals asked (保留两位小数): 3.67%', async () => {
    const [t] = talk(await kb(b44), '帮我算一下渝中应急局主动公开总数从2024年到2025年的变化率，保留两位小数。');
    expect(t).toContain('3.67%');
  });
  it('"那渝中它前一年收到几件" is the year before the conversation\'s (2024: none)', async () => {
    const [, , t] = talk(await kb(b44), '衡阳市水利局2025年收到几件依申请公开？', '渝中区应急管理局同一年呢？', '那渝中它前一年收到几件？');
    expect(t).toContain('2024年');
    expect(t).toContain('未接到');
  });
  it('a year not loaded after a count told: said so, the newest given; another year next is asked of the same question', async () => {
    const [, missing, older] = talk(await kb(b44), '我是衡阳的退休老师，想问水利局去年公开了好多条信息啊？', '前年呢？', '那它2023年呢？');
    expect(missing).toContain('目前没有加载2024年的报告');
    expect(missing).toContain('464条');
    expect(older).toContain('718条');
  });
  it('two years of one office compared after their answers are a change from the earlier (财政信息 13 → 10)', async () => {
    const [, , t] = talk(await kb(b44), '衡阳市水利局2023年财政信息公开了几条？', '那2025年呢？', '这两年比，财政信息是增加还是减少，差几条？');
    expect(t).toMatch(/减少 ?3条/);
  });
  it('each of two years named, then 这两年差了多少条, then 那降幅是百分之多少', async () => {
    const [each, diff, rate] = talk(await kb(b45), '鄂温克旗2019年和2025年旗政府网站各发布了多少条信息？', '这两年差了多少条？', '那降幅是百分之多少？');
    expect(each).toContain('10997条');
    expect(each).toContain('8204条');
    expect(diff).toContain('减少2793条');
    expect(rate).toContain('25.4%');
  });
});

describe('session 17 readings: the default report', () => {
  const dir = 'data/reports';
  it('"它们分别是什么理由" after the refusals counted: their reasons', async () => {
    const [, t] = talk(await kb(dir), '南岗区人民政府办公室2022年不予公开的申请有几件？', '它们分别是什么理由？');
    expect(t).toContain('第三方');
    expect(t).toContain('内部事务');
  });
  it('"指的是哪些" asks a reason\'s meaning: its article (第十六条)', async () => {
    const [t] = talk(await kb(dir), '三类内部事务信息指的是哪些？南岗区政府办2022年有几件因此不予公开？');
    expect(t).toContain('第十六条');
    expect(t).toContain('人事管理');
  });
  it('an applicant column named as a column (自然人一列) is of the requests received', async () => {
    const [t] = talk(await kb(dir), '表三里自然人一列总计是多少？');
    expect(t).toContain('自然人 15 件');
  });
  it('a forwarded claim with a request count and review cases: both checked, the blank table 四 records none', async () => {
    const [t] = talk(await kb(dir), '【转发】“南岗区政府办公室2022年共收到政府信息公开申请51件，其中行政复议3起。”这说法对吗？');
    expect(t).toContain('有 2 处不对');
    expect(t).toContain('报告为 15 件');
    expect(t).toContain('未记载行政复议案件');
  });
  it('"那就按你有的那一年说" after a year not loaded: the newest report\'s answer', async () => {
    const [, t] = talk(await kb(dir), '去年南岗区政府办收了多少信息公开申请？', '那就按你有的那一年说');
    expect(t).toContain('2022年');
    expect(t).toContain('15 件');
  });
});

describe('session 17 readings: the forty-fifth and forty-sixth rounds', () => {
  const a45 = 'test/fixtures/reports-fresh45-newa';
  const b45 = 'test/fixtures/reports-fresh45-newb';
  const a46 = 'test/fixtures/reports-fresh46-newa';
  const b46 = 'test/fixtures/reports-fresh46-newb';
  it('民宗委 for 民族宗教事务委员会; a whole name typed with a slip (义务工商…); a long name said short (义乌工商学院)', async () => {
    const kn = await kb(a45);
    expect(talk(kn, '重庆市民宗委2019年一共主动公开了多少条政府信息？')[0]).toContain('1533条');
    expect(talk(kn, '义务工商职业技术学院2022年主动公开多少条信息')[0]).toContain('4363条');
    expect(talk(kn, '义乌工商学院2022年主动公开的条数比马水镇2019年多多少条？')[0]).toContain('4304');
  });
  it('whom to ask about a doubt is the contact department, not where to apply', async () => {
    const [t] = talk(await kb(a45), '对随县的政府信息公开有疑问，应该找哪个单位？');
    expect(t).toContain('随县数据局');
    expect(t).not.toContain('第十条');
  });
  it('the article of a reason asked where the report counts none; why a result came: its kinds with their articles', async () => {
    const kn = await kb(a45);
    expect(talk(kn, '我向广州城管申请信息，他们说属于“内部事务信息”不予公开，这是依据条例哪一条？')[0]).toContain('第十六条');
    expect(talk(kn, '我用信息公开申请表向随县反映邻居违建，他们答复“不予处理”，这是为啥？')[0]).toContain('第三十九条');
  });
  it('the net change of documents made and repealed told in the text; the year of a report being drafted is not asked', async () => {
    const kn = await kb(a45);
    expect(talk(kn, '随县2024年行政规范性文件制发8件、废止17件，净变化是多少件？')[0]).toContain('净减少 9 件');
    expect(talk(kn, '我在起草随县2025年的年报，需要2024年末现行有效的行政规范性文件件数当基数，是多少件？')[0]).toContain('现行有效件数20件');
  });
  it('results told in the next sentence (在已答复的信件中…); a reason in brackets is told; 全部…给了 is 予以公开', async () => {
    const kn = await kb(b45);
    const [why] = talk(kn, '六盘水市政府办2023年有8件申请最后没法提供，是啥子原因？');
    expect(why).toContain('均属于本机关不掌握的信息');
    expect(why).not.toContain('没有说明');
    expect(talk(kn, '六盘水市政府办2023年全部照申请给了信息的有几件？')[0]).toContain('予以公开7件');
  });
  it('a figure quoted that the text states otherwise is said, the sum again with the text\'s figures', async () => {
    const [t] = talk(await kb(b45), '帮我核一下：六盘水市政府办2023年予以公开7件、部分公开6件、无法提供9件，三项合计22件，和收到的申请数正好对上，对吧？');
    expect(t).toContain('报告正文写的是 8件');
    expect(t).toContain('= 21件');
  });
  it('a change quoted from one count to another, and its rate, worked out', async () => {
    const kn = await kb(b45);
    expect(talk(kn, '我写的新闻稿里说鄂温克旗网站发布量从10997条降到8204条，一共少了3793条，这样写没问题吧？')[0]).toContain('2793');
    expect(talk(kn, '我在核对稿子：六盘水市政府办督查类信息从2020年的22条增加到2023年的24条，增幅约9.1%，这个说法对不对？')[0]).toContain('核对：对');
  });
  it('how many times one year\'s count is the other\'s; review cases told in the text over the years', async () => {
    const kn = await kb(b46);
    expect(talk(kn, '宝山人社局的政策解读，2024年是2025年的几倍？')[0]).toContain('2024年是2025年的 4 倍');
    expect(talk(kn, '吴兴区2024年的行政复议件数是2023年的几倍？')[0]).toContain('5.75 倍');
    expect(talk(kn, '宝山人社局主动公开信息总数，2025年较2024年变化了百分之几？保留两位小数。')[0]).toContain('7.94%');
  });
  it('sub-reasons named as a class (信访投诉、重复申请这一类): the result the text counts; 干脆不办 is not 补办', async () => {
    const [t] = talk(await kb(b46), '吴兴区2023年那些被认定成信访投诉、重复申请这一类、政府干脆不办的申请有几件？');
    expect(t).toContain('不予处理15件');
  });
  it('a contact detail asked by name is never a sentence counting it; a share\'s whole is the proactive total', async () => {
    const kn = await kb(a46);
    expect(talk(kn, '长春市人防办的政务公开咨询电话是多少')[0]).toContain('89132112');
    expect(talk(kn, '光明区应急管理局2023年通知公告类信息占主动公开总数的百分之几？')[0]).toContain('40.8%');
  });
  it('items in quotation marks added up; the rest of a count its parts taken away; the preface inside section 一', async () => {
    const kn = await kb(a46);
    expect(talk(kn, '核一下：新华街道办事处2019年报里“部门动态”和“重点领域”两类合计多少条？')[0]).toContain('679条');
    expect(talk(kn, '新华街道2019年那696条里，扣掉部门动态、重点领域、财政预决算这三类，剩下的“其他信息”算下来是多少条？')[0]).toContain('= 15条');
    expect(talk(kn, '长春人防办2021年报说是按照哪个文件的要求编的？')[0]).toContain('吉政厅函〔2021〕20号');
  });
});

describe('session 17 readings: the forty-seventh round', () => {
  const a47 = 'test/fixtures/reports-fresh47-newa';
  const b47 = 'test/fixtures/reports-fresh47-newb';
  it('an autonomous county by its place and level (关岭县民宗局) or with 自治 (关岭自治县…)', async () => {
    const kn = await kb(a47);
    expect(talk(kn, '关岭县民宗局办公室电话多少')[0]).toContain('37223514');
    expect(talk(kn, '关岭自治县民族宗教事务局2022年累计公开政府信息多少条？')[0]).toContain('66条');
  });
  it('a change over a year not loaded, told in the text, and the year before\'s count worked out from it', async () => {
    const [t] = talk(await kb(a47), '川主乡2019年主动公开的信息比2018年多了多少条？照这个算2018年是多少条？');
    expect(t).toContain('增加58条');
    expect(t).toContain('= 309 条');
  });
  it('a story in sentences before the one that asks: that sentence\'s how-many (3024条)', async () => {
    const [t] = talk(await kb(a47), '我是做园区企业服务的，老板让我写个材料对比几个国家级高新区的政务公开情况，我在网上翻了半天没找到汇总。麻烦问一下，贵阳国家高新区管委会2023年在官网一共发布了多少条信息？');
    expect(t).toContain('3024条');
  });
  it('two characters of a long name typed by their exact reading (贵羊高心区); a national zone without 国家', async () => {
    const kn = await kb(a47);
    expect(talk(kn, '贵羊高心区2023年民意征集搞了几次？')[0]).toContain('民意征集4次');
    expect(talk(kn, '贵阳高新区2023年民意征集搞了几次？')[0]).toContain('民意征集4次');
  });
  it('a count said before its thing (17件线上申请) and a share to the decimals asked', async () => {
    const [t] = talk(await kb(b47), '樟树住建局2024年的申请里，线上申请占百分之多少？保留两位小数');
    expect(t).toContain('89.47%');
  });
  it('总条数 asks a count', async () => {
    const [t] = talk(await kb(b47), '您好，我是南昌一所高校公共管理专业的研究生，论文需要樟树市住房和城乡建设局2024年在市政府门户网站主动公开信息的总条数，麻烦告知。');
    expect(t).toContain('302条');
  });
});

describe('session 17 readings: the default report, forty-seventh round', () => {
  const dir = 'data/reports';
  it('the address named beats a website read from other words', async () => {
    const [t] = talk(await kb(dir), '打车过去找南岗区政府办信息科，地址是哪儿？');
    expect(t).toContain('大成街 52 号');
  });
  it('the reply\'s time limit named as such: 20 working days; from which day it counts is the receipt date', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '律师问：条例规定的答复期限是按自然日还是工作日计算？具体多少？')[0]).toContain('20个工作日');
    expect(talk(kn, '我是用挂号信把申请寄过去的，那个答复期限从哪天开始算？')[0]).toContain('签收');
  });
  it('a quoted figure then "这个数对吧" is checked', async () => {
    const [t] = talk(await kb(dir), '我看到南岗区政府办2022年不予公开是2件，这个数对吧？');
    expect(t).toContain('核对：对');
  });
});

describe('session 17 readings: the forty-eighth round', () => {
  const a48 = 'test/fixtures/reports-fresh48-newa';
  const b48 = 'test/fixtures/reports-fresh48-newb';
  it('another city\'s archive, its city named in the loaded archive\'s address (宜春市档案馆 beside 樟树市档案馆): not loaded', async () => {
    const kn = await kb(a48);
    expect(talk(kn, '宜春市档案馆2024年主动公开了多少条信息？')[0]).toContain('没有宜春市的报告');
    expect(talk(kn, '樟树市档案馆2024年主动公开了多少条信息？')[0]).toContain('82条');
  });
  it('the department asked where no contact block names it: the text\'s sentence of who is responsible (党政办)', async () => {
    const [t] = talk(await kb(a48), '黄家镇政府信息公开具体是哪个部门负责？我要去问问。');
    expect(t).toContain('党政办为具体负责部门');
  });
  it('a sentence cut mid-word before a blank line goes on in the next (局共收到依申请 / 公开事项5件)', async () => {
    const [t] = talk(await kb(a48), '四川省体育局2023年收到几件政府信息公开申请？');
    expect(t).toContain('5件');
  });
  it('next year\'s report being drafted, its 上年结转 asked: this year\'s 结转下年度', async () => {
    expect(talk(await kb('data/reports'), '起草2023年年报，表三“上年结转”那一行应该填多少？')[0]).toContain('结转下年度继续办理的申请 0 件');
    expect(talk(await kb(b48), '我在起草瓯海分局2025年年报，表三“上年结转政府信息公开申请数量”应该填多少？')[0]).toContain('结转下年度继续办理12件');
  });
  it('a row of table 三 named outright over the years; the rest of a list asked itself over the years', async () => {
    const kn = await kb(b48);
    expect(talk(kn, '瓯海分局“结转下年度继续办理”的件数，2024年跟2022年比是啥关系？是不是翻倍了？')[0]).toContain('是2022年的2倍');
    expect(talk(kn, '两年都有的“其他政府信息”，瓯海分局2024年比2022年少了多少条？降幅保留两位小数')[0]).toContain('27.43%');
  });
  it('a total of one kind of document is no proactive total; 这个2024年是多少 and the rate to the decimals asked', async () => {
    const kn = await kb(b48);
    const [, prev] = talk(kn, '雁江区卫生健康局2023年主动公开了多少条信息？', '前一年呢？');
    expect(prev).toContain('493条');
    const [, other, rate] = talk(kn, '瓯海分局2022年主动公开的“其他政府信息”有多少条？', '这个2024年是多少？', '降了百分之几？保留两位小数');
    expect(other).toContain('172条');
    expect(rate).toContain('27.43%');
  });
});
