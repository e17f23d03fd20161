// Readings added in session 15 (tuned on the thirty-seventh round's misses, before the thirty-eighth round's first run).
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

describe('session 15 readings: reasons and their articles in a conversation', () => {
  it('"分别基于什么理由？" (a follow-up opening with 分别) after 不予公开: that row\'s reasons; then "对应条例哪些条款" gives each reason\'s article', async () => {
    const kn = await kb('test/fixtures/reports');
    const [, why, articles] = talk(kn, '南岗区人民政府办公室2022年不予公开的申请有几件？', '分别基于什么理由？', '对应条例哪些条款？');
    expect(why).toContain('保护第三方合法权益 1 件');
    expect(why).toContain('属于三类内部事务信息 1 件');
    expect(articles).toContain('第十五条');
    expect(articles).toContain('第十六条');
  });
});

describe('session 15 readings: counts told in one sentence with others, over two years', () => {
  const dir = 'test/fixtures/reports-fresh37-newb';
  it('"办理的…件数" over two years: the clause of 办理 in "全年共办理…申请74件,办结71件" — 74 → 69, not the 办结 clause', async () => {
    const [t] = talk(await kb(dir), '大丰府办办理的依申请公开件数，24年跟23年比是多了还是少了？差几件？');
    expect(t).toContain('2024年比2023年减少5件（74件→69件');
  });
  it('"办结件数合计" over two years: the 办结 clauses added up (71 + 68)', async () => {
    const [t] = talk(await kb(dir), '@机器人 大丰府办 23年24年 办结件数合计');
    expect(t).toContain('合计 139件（71件 + 68件');
  });
});

describe('session 15 readings: the thirty-eighth round, default report', () => {
  const dir = 'test/fixtures/reports';
  it('how to apply asked beside the applicant\'s kind ("以单位名义申请…可以通过哪些方式交申请", "要写哪些内容、带什么材料"): the procedure, not the count of 法人 requests', async () => {
    const kn = await kb(dir);
    const [how] = talk(kn, '我们物业公司想以单位名义申请南岗区政府办公开一份文件，可以通过哪些方式交申请？');
    expect(how).toContain('第二十九条');
    expect(how).not.toContain('本年新收');
    const [content] = talk(kn, '老板让我以公司名义向南岗区政府办申请一份文件。以单位名义申请要写哪些内容、带什么材料？');
    expect(content).toContain('营业执照');
  });
  it('a count the asker gives of their own office ("我们县…收了40多件申请") names the row asked of this one ("南岗区政府办才几件")', async () => {
    const [t] = talk(await kb(dir), '@小助手 我们县政府办22年收了40多件申请，南岗区政府办才几件？');
    expect(t).toContain('本年新收政府信息公开申请 15 件');
  });
  it('"就1个人兼职？" is a count quoted to check: the sentence that states it, and the verdict in its own measure (人)', async () => {
    const [t] = talk(await kb(dir), '南岗政府办干政务公开的就1个人兼职？我们这还有俩专职呢');
    expect(t).toContain('您说的 1 人与报告中的数字一致');
    expect(t).toContain('1 人兼职');
  });
});

describe('session 15 readings: the thirty-eighth round, two years of an office told in text', () => {
  const dir = 'test/fixtures/reports-fresh38-newb';
  it('requests told as "办理691条依申请事项(含上年结转31件)": that count, the part in brackets no second count, and never added to itself', async () => {
    const [t] = talk(await kb(dir), '江岸区25年依申请一共办了多少条啊');
    expect(t).toContain('691条依申请事项');
    expect(t).not.toContain('合计');
  });
  it('"增长了百分之几" between two years told in text: the change with its rate, counted in the texts\' unit (条)', async () => {
    const [t] = talk(await kb(dir), '记者求证：江岸区门户网站发布信息量2025年比2023年增长了百分之几？');
    expect(t).toContain('2025年比2023年增加1831条（16224条→18055条，增长11.3%');
  });
  it('two years named, each asked ("23年几个 25年几个", "2023年和2025年哪年搞得多"): each year\'s sentence', async () => {
    const kn = await kb(dir);
    const [each] = talk(kn, '江岸新开设专栏专题 23年几个 25年几个');
    expect(each).toMatch(/2023年：[^]*专栏专题4个[^]*2025年：[^]*专栏专题1个/);
    const [which] = talk(kn, '江岸区开展网站安全检测评估，2023年和2025年哪年搞得多？');
    expect(which).toMatch(/2023年：[^]*20余次[^]*2025年：[^]*12次/);
  });
  it('two years named of a question a template reads well ("2021年和2023年有没有收信息处理费") stay the template\'s', async () => {
    const t = talk(await kb('test/fixtures/reports-years'), '2021年和2023年有没有收信息处理费？')[0]!;
    expect(t).not.toMatch(/各年度报告的说法/);
  });
});

describe('session 15 readings: the thirty-eighth round, offices never seen', () => {
  const dir = 'test/fixtures/reports-fresh38-newa';
  it('the 2019 format\'s 本年新公开数量 (no catalogue column) comes with every answer about the row, as printed', async () => {
    const [t] = talk(await kb(dir), '拖市镇20年年报里规范性文件：本年新制作、本年新公开、对外公开总数各是多少？');
    expect(t).toContain('本年新制作数量 34，本年新公开数量 4，对外公开总数量 47');
    // (two of this year's columns set against each other: no line about last year)
    const [d] = talk(await kb(dir), '拖市镇规范性文件对外公开总数量比本年新制作的多几件');
    expect(d).toContain('13');
    expect(d).not.toContain('上一年');
  });
  it('"主动公开了多少条政府信息" and "想核实…主动公开信息的总数": the year\'s total told in the text', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '平度卫健局2023年主动公开了多少条政府信息？')[0]).toContain('2023年主动公开各类信息77条');
    expect(talk(kn, '你好，我是记者，想核实平度市卫生健康局2023年主动公开信息的总数')[0]).toContain('77条');
  });
  it('"那2024年的数字有吗" after an office that has no 2024 report: said so — not another office\'s 2024 report that lacks the figure', async () => {
    const [, t] = talk(await kb(dir), '你好，我是记者，想核实平度市卫生健康局2023年主动公开信息的总数', '那2024年的数字有吗');
    expect(t).toBe('我只有平度市卫生健康局 2023年的报告，没有2024年的报告。您可以问已有年份的数据。');
  });
  it('a district of three characters by its first and 区 ("昆区" for 昆都仑区); 前年 not loaded though older than the newest: said so, then the newest', async () => {
    const [t] = talk(await kb(dir), '昆区前年新收的依申请公开有多少件');
    expect(t).toMatch(/^目前没有加载2024年的报告，最新的是2025年的报告/);
    expect(t).toContain('昆都仑区');
  });
});

describe('session 15 readings: running totals and years asked after', () => {
  it('"截至目前共发布592条" is a running total, not the year\'s: "2019年公开政府信息60条"', async () => {
    const [t] = talk(await kb('test/fixtures/reports-fresh37-newb'), '胡市镇2019年公开了多少条政府信息？');
    expect(t).toContain('60条');
    expect(t).not.toContain('592');
  });
  it('whether a year counted back is there ("沭阳前年的数据有吗"): which years there are', async () => {
    const [t] = talk(await kb('test/fixtures/reports-years'), '沭阳前年的数据有吗？想对比一下');
    expect(t).toBe('我只有沭阳县人民政府 2025年的报告，没有2024年的报告。您可以问已有年份的数据。');
  });
});

describe('session 15: a district\'s short name', () => {
  it('first character and 区 for three-character districts, never a word of its own (新区 for 新市区)', async () => {
    const { officeNames } = await import('../../src/understand/office-names.js');
    expect(officeNames('昆都仑区人民政府')).toContain('昆区');
    expect(officeNames('新市区人民政府')).not.toContain('新区');
    expect(officeNames('南岗区人民政府办公室')).not.toContain('南区');
  });
});

describe('session 15 readings: a bureau\'s branch, dialect and counts told in text', () => {
  const dir = 'test/fixtures/reports-fresh38-newb';
  it('a branch called by its place ("龙华监管局", "龙华市场监管"), dialect (莫得, 给不了, 好多件, 几多宗, 唔处理)', async () => {
    const kn = await kb(dir);
    const [a] = talk(kn, '龙华市场监管那边，手头莫得这个信息、给不了的有好多件嘛？');
    expect(a).toContain('无法提供的26件');
    expect(a).toContain('没有按原因细分');
    expect(talk(kn, '龙华监管局2023年有几多宗申请佢哋决定唔处理嘅？')[0]).toContain('不予处理3件');
  });
  it('"同意公开" is not "不同意公开的6件": the share computed from the text\'s own counts', async () => {
    expect(talk(await kb(dir), '龙华局23年同意公开占已答复的比例多少')[0]).toContain('同意公开占已答复的 50.42%（约 50.4%；60 ÷ 119');
  });
  it('a row counted in 件 beats a clause in 条 of the information made ("不予公开信息数137条")', async () => {
    const [t] = talk(await kb(dir), '漳平市政府办2023年明确答复不予公开的有几件');
    expect(t).toContain('“不予公开答复数”1件');
    expect(t).not.toContain('137');
  });
  it('an address first after 联系方式, unlabelled ("联系方式:漳平市八一路105号,…")', async () => {
    expect(talk(await kb(dir), '漳平市人民政府办公室在哪个位置，邮编多少')[0]).toContain('地址：漳平市八一路105号');
  });
  it('"去年的呢" not loaded: said so, then the newest report\'s answer — after an older year and after the newest itself (issue 9)', async () => {
    const kn = await kb(dir);
    const after2021 = talk(kn, '漳平市政府办2021年收了几件申请', '去年的呢')[1]!;
    expect(after2021).toMatch(/^目前没有加载2025年的报告，最新的是2023年的报告[^]*9件/);
    // (right after the newest, its year named by number: the year before it, not loaded either, said too — session 63)
    const after2023 = talk(kn, '漳平市政府办2023年收了几件申请', '去年的呢')[1]!;
    expect(after2023).toMatch(/^目前没有加载2025年的报告（如果您问的是2023年的前一年，2022年的报告也没有加载），最新的是2023年的报告[^]*9件/);
  });
  it('the two years named each asked, the text telling each ("23年和25年各是多少"): both counts, not the text\'s change against a year not loaded', async () => {
    const [t] = talk(await kb(dir), '江岸区依申请的量这两年差别大不大，23年和25年各是多少');
    expect(t).toContain('70条依申请事项');
    expect(t).toContain('691条依申请事项');
  });
  it('a part named that the sentence breaks the count into ("…里头,向区政府和各部门提的"): the whole sentence with its parts', async () => {
    const [t] = talk(await kb('test/fixtures/reports-fresh29-newb'), '想问下北碚2022年全区收到的申请里头,向区政府和各部门提的有好多件?');
    expect(t).toContain('向区政府及各部门提出的信息公开申请共94件');
  });
});

describe('session 15 readings: arithmetic on counts the text tells', () => {
  const dir = 'test/fixtures/reports-fresh38-newa';
  it('a share read four ways: a quoted whole with its part after 其中, "A在B里占几成", two quoted counts, and a result\'s share of the requests told', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '拖市镇主动公开114条，其中网站公开的占比多少？')[0]).toContain('网站公开占主动公开的 63.16%（约 63.2%；72 ÷ 114');
    expect(talk(kn, '平度卫健局工作动态在主动公开总数里占几成')[0]).toContain('工作动态占主动公开的 83.12%（约 83.1%；64 ÷ 77');
    expect(talk(kn, '昆区2025年门户网站发文2959篇，重点领域信息338条，占比多少')[0]).toContain('11.42%（约 11.4%；338 ÷ 2959');
    expect(talk(kn, '平度卫健局23年收了几件信息公开申请', '予以公开的比例是多少')[1]).toContain('“予以公开”占本年新收申请的 50%（1 ÷ 2');
  });
  it('"12345投诉件" is a service line\'s name, no quoted count: three items added', async () => {
    expect(talk(await kb(dir), '福建市监局局长信箱来信、来信来访、12345投诉件，三项合计多少件？')[0]).toContain('533 + 286 + 110 = 929件');
  });
  it('a count in 期 quoted to check ("在线访谈是13期吗"), and "是120件吧" after a count: the thing asked before', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '福建市监局24年在线访谈是13期吗')[0]).toContain('不对，您说的 13 期');
    const [, , check] = talk(kn, '福建市监局24年报告里开了几个专题专栏', '12345投诉件呢', '是120件吧？');
    expect(check).toContain('不对，您说的 120 件');
  });
});

describe('session 15 readings: the thirty-ninth round, default report', () => {
  // (the default reports folder, as the eval runs it: 南岗 2022 alone)
  const dir = 'data/reports';
  it('"万一区政府办…" is no office 万一区: the remedies', async () => {
    const [t] = talk(await kb(dir), '万一区政府办回复说不予公开，我们这种小企业能走什么途径维权');
    expect(t).toContain('行政复议');
    expect(t).not.toContain('没有万一区');
  });
  it('a share asked as 份额; a figure quoted in quotes to check ("其中予以公开5条", 跟年报一致吧)', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '申请人结构方面，自然人申请占当年新收申请的份额是多少？')[0]).toContain('100%');
    expect(talk(kn, '稿子里写的“其中予以公开5条”，跟年报一致吧？')[0]).toMatch(/不对，您说的 5 件[^]*4 件/);
  });
  it('a sentence quoted with a wrong count ("全年累计上传各类信息800余条——有出处吗"): not so, with the report\'s sentence', async () => {
    const [t] = talk(await kb(dir), '“全年累计上传各类信息800余条”——这句年报里有出处吗');
    expect(t).toContain('不对，您说的 800 条');
    expect(t).toContain('600 余条');
  });
  it('the text\'s own count over a table row one word points at, no unit asked ("清理已失效已废止政府文件那个数是多少来着")', async () => {
    expect(talk(await kb(dir), '清理已失效已废止政府文件那个数是多少来着')[0]).toContain('已废止的政府文件 4 件');
  });
  it('what the office will do with the asker\'s own unclear request, in a long story: 补正, not the count of refusals', async () => {
    const [t] = talk(await kb(dir), '我是在南岗开装修公司的，前年在区里办过一个手续。最近听说有份和我们那条街改造有关的文件，想调出来看看原文。朋友说可以走信息公开申请，但我这人写东西不太行，怕写得不清不楚。我想问：要是我申请里写得不够明白，区政府办会直接给我驳回吗？');
    expect(t).toContain('补正');
    expect(t).not.toContain('不予公开”的申请 2 件');
  });
  it('an applicant\'s kind in a story asking what will be done ("居民把投诉…写成信息公开申请交上去了，会按…办吗"): the procedure', async () => {
    const [t] = talk(await kb(dir), '居民把投诉邻居违建的事写成信息公开申请交上去了，区里会按信息公开申请来办吗');
    expect(t).toContain('第三十九条');
  });
  it('an office loaded beside one that is not ("南岗和道里区…对比一下"): said, then the loaded one\'s figure', async () => {
    expect(talk(await kb(dir), '南岗和道里区政府办2022年的申请量能放一起对比一下吗')[0]).toMatch(/^目前没有道里区的报告；以下是南岗区人民政府办公室2022年的数据。[^]*15 件/);
  });
});

describe('session 15 readings: the thirty-ninth round, two years and the 2019 format', () => {
  const dir = 'test/fixtures/reports-fresh39-newb';
  it('the 2019 format\'s rows shown as printed: units of their own (31批次, 709455.9元) and last year\'s items beside this year\'s decisions', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '舟山市退役军人事务局2020年政府集中采购搞了多少批次、总金额多少')[0]).toContain('采购项目数量 31批次，采购总金额 709455.9元');
    expect(talk(kn, '舟山退役军人局2020年行政许可多少', '其他对外管理服务事项那行的三个数分别是啥')[1]).toContain('上一年项目数量 36，本年增/减 9，处理决定数量 0');
  });
  it('a row of table 二 no year\'s table gives, its change asked ("变化多大"): each year\'s sentence and the change', async () => {
    expect(talk(await kb(dir), '温岭文广旅体局行政处罚决定从2023年到2024年变化多大？')[0]).toContain('2024年比2023年减少70件（106件→36件');
  });
  it('everyday names: 文旅局 for 文化和广电旅游体育局, 龙华公安分局 for 深圳市公安局龙华分局; Cantonese 收咗', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '温岭文旅局的年报你这里最新的是哪一年的？')[0]).toContain('温岭市文化和广电旅游体育局 2023、2024年');
    expect(talk(kn, '龍華公安分局2024年收咗幾多單信息公開申請呀？')[0]).toContain('申请30件');
  });
});

describe('session 15 readings: the thirty-ninth round, offices never seen', () => {
  const dir = 'test/fixtures/reports-fresh39-newa';
  it('a mirror\'s page in traditional characters with pinyin after words ("鳳凰鎮(zhèn)"), the contact in "如需咨询,请与…联系(…)": read whole', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '凤凰镇政府信息公开找哪个部门？电话多少？')[0]).toContain('0914-4261352');
    expect(talk(kn, '麻烦把柞水县凤凰镇党政办的传真和邮箱发我一下')[0]).toMatch(/471782106@qq\.com[^]*0914-4261396|0914-4261396[^]*471782106@qq\.com/);
  });
  it('an amount printed "140万" is 140 万元, shown as printed too', async () => {
    expect(talk(await kb(dir), '药监局2019年报里政府集中采购的总金额是多少')[0]).toContain('采购总金额 140 万元');
  });
});

describe('session 15 readings: none told plainly, checks asked as 帮我确认, time words no typo', () => {
  const dir = 'test/fixtures/reports-fresh39-newb';
  it('"没有因政府信息公开申请行政复议、提起行政诉讼…的情况发生" is said as 0 cases too', async () => {
    expect(talk(await kb(dir), '温岭文旅局2023年有没有因为信息公开被人申请行政复议或者告上法院？')[0]).toContain('即行政复议、行政诉讼案件为 0 件');
  });
  it('"全年公开政府信息151条？帮我确认": 全年公开 is no typo of 全部公开; the text\'s count checked', async () => {
    const [t] = talk(await kb(dir), '七里坪镇2020年全年公开政府信息151条？帮我确认');
    expect(t).toContain('不对，您说的 151 条');
    expect(t).toContain('115条');
  });
  it('a count told wrong is said not to match, never "不是 160件" (which reads as if it were said)', async () => {
    expect(talk(await kb(dir), '温岭文旅局23年公开行政处罚决定是160件吧？我核一下数')[0]).toContain('您说的 160件与报告不一致');
  });
});

describe('session 15 readings: the fortieth round, default report', () => {
  const dir = 'data/reports';
  it('formal letters (谨询, 贵办, 有无, 欲知悉, 见告, 二〇二二年度): the fee line, the row\'s three figures', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '谨询：贵办二〇二二年度有无收取政府信息公开之信息处理费？')[0]).toContain('无收取信息费');
    expect(talk(kn, '敬启者：本人系退休干部，欲知悉贵办二〇二二年度行政规范性文件之制发、废止及现行有效件数，烦请逐项见告。')[0]).toContain('本年制发 4 件，本年废止 1 件，现行有效 18 件');
  });
  it('English and pinyin mixed in (reject, appeal, deadline; ngq, buyu gongkai, wufa tigong, xingzheng shiyexing shoufei, why)', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '申请被reject了，can I appeal? deadline多久')[0]).toContain('60 日');
    const [refused, why, unable] = talk(kn, 'ngq 2022 buyu gongkai how many', 'why', '那wufa tigong呢');
    expect(refused).toContain('“不予公开”的申请 2 件');
    expect(why).toContain('保护第三方合法权益 1 件');
    expect(unable).toContain('“无法提供”的申请 8 件');
    expect(talk(kn, 'table 2 里 xingzheng shiyexing shoufei 收了多少万')[0]).toContain('本年收费金额 0 万元');
  });
  it('"他们办公的地方在哪个街几号" is the office\'s address, whatever the story after it; "字写的不好能不能口头说" is applying orally', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '他们办公的地方在哪个街几号我一会儿拉活顺道过去问问')[0]).toContain('大成街 52 号');
    expect(talk(kn, '我字写的也不好能不能口头说')[0]).toContain('口头');
  });
  it('a reason\'s article asked beside its result ("“信访举报投诉类申请”被列为不予处理，其条例依据为第几条"); a reason in everyday words ("要专门去整理制作、所以没提供的")', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '年报表三中“信访举报投诉类申请”被列为不予处理，其条例依据为第几条？贵办本年度此类有几件？')[0]).toContain('第三十九条');
    expect(talk(kn, '因为要的东西得专门去整理制作、所以没提供的有几件')[0]).toContain('另行制作”而无法提供的申请 2 件');
  });
});

describe('session 15 readings: the fortieth round, offices never seen', () => {
  const dir = 'test/fixtures/reports-fresh40-new';
  it('Sichuan "在哪点", then "电话是好多", "他们2022年一共收了好多件申请": the same office throughout', async () => {
    const [where, phone, count] = talk(await kb(dir), '合江县政府信息公开办公室在哪点嘛', '电话是好多', '他们2022年一共收了好多件申请');
    expect(where).toContain('少岷南路329号');
    expect(phone).toContain('0830-5269802');
    expect(count).toContain('17件');
  });
  it('a ranking after a framing clause ("你这里几个单位的年报，哪个单位…最多"): the offices ranked, not where to apply', async () => {
    expect(talk(await kb(dir), '你这里几个单位的年报，哪个单位主动公开的信息条数最多')[0]).toMatch(/^最多的是/);
  });
  it('a count quoted with a question mark ("那个数是8931件？"), a service line\'s number in the name (12345热线)', async () => {
    expect(talk(await kb(dir), '合江12345热线那个数是8931件？我表格里是这么写的')[0]).toContain('不对，您说的 8931 件');
  });
});

describe('session 15 readings: the fortieth round, refusals and their sources', () => {
  const dir = 'data/reports';
  it('"那我能咋办" right after a refusal: the remedies; "出处？" after the time limit: the rule with its article', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '我申请看你们政府办的人员编制和人事安排，你们说属于内部事务不予公开，凭啥？', '那我能咋办')[1]).toContain('复议');
    expect(talk(kn, '依申请公开的答复期限？', '可以延长吗', '出处？')[2]).toContain('第三十三条');
  });
  it('a row\'s rule asked as where to go next or "什么道理": its basis; a figure quoted without its unit checked ("也是15吗")', async () => {
    const kn = await kb(dir);
    expect(talk(kn, '回复我说“本机关不掌握相关政府信息”，那我上哪要去？踢皮球呢？')[0]).toContain('第三十六条');
    expect(talk(kn, '我明明是申请信息公开，你们非说我是信访，不予处理，这是什么道理？？')[0]).toContain('第三十九条');
    expect(talk(kn, '@助手 帮我对下：正文（二）写接到申请15条，表三“本年新收”也是15吗')[0]).toContain('与报告中的数字一致');
  });
});

describe('session 15 readings: every result but one', () => {
  it('"除了予以公开以外的一共几件": the other results, each and added up (0 + 2 + 8 + 1 + 0 = 11)', async () => {
    expect(talk(await kb('data/reports'), '这年申请里最后没拿到信息的（除了予以公开以外的）一共几件')[0]).toContain('以上 5 项合计 11 件');
  });
});
