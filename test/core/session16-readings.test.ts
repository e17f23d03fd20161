// Readings added in session 16 (tuned on the forty-first round's misses, after its first run, before the forty-second's).
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

describe('session 16 readings: the default report', () => {
  const dir = 'data/reports';
  it('a correction without a comma ("不是电话 是地址 俺要送材料过去") after the phone: the address', async () => {
    const [, t] = talk(await kb(dir), '区政府办公室电话多少', '不是电话 是地址 俺要送材料过去');
    expect(t).toContain('大成街 52 号');
    const [, plain] = talk(await kb(dir), '区政府办公室电话多少', '不是很清楚是什么意思');
    expect(plain).not.toContain('大成街');
  });
  it('告 of a neighbour is no lawsuit: the 信访 row and its article, never table 四; "这样的情况有几件" next is that row', async () => {
    const [why, count] = talk(await kb(dir), '俺写了个申请告楼上漏水物业不管，区里回说属于信访举报投诉类，不予处理，凭啥呀？', '报告里这样的情况有几件');
    expect(why).toContain('信访举报投诉类申请');
    expect(why).toContain('第三十九条');
    expect(why).not.toContain('行政诉讼');
    expect(count).toContain('信访举报投诉类申请');
    expect(count).toContain('1 件');
  });
  it('"能告他们吗" is still about suing the office (告 of an office, not of a neighbour)', async () => {
    const [t] = talk(await kb(dir), '被拒绝了能告他们吗');
    expect(t).toContain('行政诉讼');
  });
  it('English table 二 words: "newly issued" is not "sue" inside "issued"; issued, abolished and still valid are the three columns', async () => {
    const [t] = talk(await kb(dir), 'Table 二 about 行政规范性文件: how many newly issued, how many abolished, how many still valid (现行有效)? numbers please');
    expect(t).toContain('本年制发 4 件');
    expect(t).toContain('本年废止 1 件');
    expect(t).toContain('现行有效 18 件');
  });
  it('a figure quoted then 对吧 ("那无法提供是8件对吧") is checked: 对', async () => {
    const [, t] = talk(await kb(dir), '我看报告里予以公开是5件吧？', '哦 那无法提供是8件对吧');
    expect(t).toContain('核对：对');
  });
  it('the deadline for annual reports said in so many words: 1月31日, 第四十九条', async () => {
    const [t] = talk(await kb(dir), '我们办下一份年报最晚什么时候要公开？依据哪条？');
    expect(t).toContain('1月31日');
    expect(t).toContain('第四十九条');
  });
  it('"这规定在条例第几条" after the time limits: the time limits again with their article', async () => {
    const [, , t] = talk(await kb(dir), '受理信息公开申请后，多长时间内必须答复？', '能延长吗？最多延多久', '这规定在条例第几条');
    expect(t).toContain('第三十三条');
  });
  it('report-only words in a clause other than the focus ("平台建设那部分，集中清理已失效、已废止的政府文件是几件"): the text\'s 4 件, not table 二\'s 废止 1', async () => {
    const [t] = talk(await kb(dir), '平台建设那部分，集中清理已失效、已废止的政府文件是几件');
    expect(t).toContain('4 件');
    expect(t).not.toContain('本年废止 1 件');
  });
  it('an amount of money asked of a passage that states none: the passage, and that no amount is given', async () => {
    const [t] = talk(await kb(dir), '线下政务公开专区向区政府申请了多少专项资金？');
    expect(t).toContain('专项资金');
    expect(t).toContain('没有写明具体金额');
  });
  it('an applicant column by its full name alone ("自然人占总数的比例是多少"): of the requests received, with its share', async () => {
    const [t] = talk(await kb(dir), '自然人占总数的比例是多少');
    expect(t).toContain('100%');
    const [each] = talk(await kb(dir), '2022年申请人里商业企业、科研机构各是多少？自然人占总数的比例是多少？');
    expect(each).toContain('自然人占本年新收政府信息公开申请的 100%');
    expect(each).toContain('商业企业占本年新收政府信息公开申请的 0%');
  });
});

describe('session 16 readings: five new offices (fresh41-newa)', () => {
  const dir = 'test/fixtures/reports-fresh41-newa';
  it('one contact detail of two offices ("A和B的电话分别是多少"): each office\'s phone, not their figures', async () => {
    const [t] = talk(await kb(dir), '吉林市卫健委和周家桥街道办的电话分别是多少');
    expect(t).toContain('0432-62049865');
    expect(t).toContain('021-52731036');
  });
  it('a quoted count then 是吧 ("主动公开了6542条信息是吧"): checked against the text\'s 6452', async () => {
    const [t] = talk(await kb(dir), '大足区政府办2023年主动公开了6542条信息是吧');
    expect(t).toContain('不对');
    expect(t).toContain('6452');
  });
  it('a share with 大概 ("…主动公开的信息里微信公众号大概占百分之几"): 2841 ÷ 6312 = 45.0%', async () => {
    const [t] = talk(await kb(dir), '黑龙江市监局2023年主动公开的信息里微信公众号大概占百分之几');
    expect(t).toContain('45.0%');
  });
  it('a part\'s count and share in turn ("其中微博多少，占比多少") after the total: 2465 ÷ 6312 = 39.1%', async () => {
    const [, t] = talk(await kb(dir), '黑龙江省市场监管局2023年主动公开总共多少条', '其中微博多少，占比多少');
    expect(t).toContain('2465');
    expect(t).toContain('39.1%');
  });
  it('几回 is 几次 and "晓得不嘛" is courtesy: the press conferences (新闻发布会2期)', async () => {
    const [t] = talk(await kb(dir), '大足区政府办那边2023年开了几回新闻发布会嘛，晓得不嘛');
    expect(t).toContain('新闻发布会2期');
  });
  it('"总金额呢" after the procurement projects: that row\'s amount', async () => {
    const [, t] = talk(await kb(dir), '洱源县政务局2020年政府集中采购有几个项目', '总金额呢');
    expect(t).toContain('6944.93');
  });
  it('English: "FOI requests total" and "all closed" of a 2023 office', async () => {
    const [t] = talk(await kb(dir), 'Dazu District gov office 大足区政府办 2023年 FOI requests total 多少? all closed?');
    expect(t).toContain('30件');
  });
});

describe('session 16 readings: two-year offices (fresh41-newb)', () => {
  const dir = 'test/fixtures/reports-fresh41-newb';
  it('"从23年到25年降了百分之几" compares the two ends (2024 is not asked); 广州 before 荔湾区 is part of the name; 信息量 counts 信息', async () => {
    const [t] = talk(await kb(dir), '广州荔湾区政府网站发布信息量从23年到25年降了百分之几啊');
    expect(t).not.toContain('没有2024年');
    expect(t).toContain('减少13856条');
    expect(t).toContain('37.5%');
  });
  it('a change in 宗 over two years of text-told cases: 21宗 → 131宗', async () => {
    const [t] = talk(await kb(dir), '荔湾区因为信息公开被申请行政复议的，2025年比2023年多了几宗？');
    expect(t).toContain('增加110宗');
  });
  it('review and suit told in one clause, added up in the text\'s measure word: 31 宗', async () => {
    const [t] = talk(await kb(dir), '荔湾区2023年行政复议加行政诉讼一共多少宗？');
    expect(t).toContain('以上合计 31 宗');
  });
  it('"那这两年一比降了多少条" after two years\' answers: the change', async () => {
    const t = talk(await kb(dir), '荔湾区去年网站发布了多少条信息', '前年的呢？', '2023年的呢', '那这两年一比降了多少条').at(-1)!;
    expect(t).toContain('13856');
  });
  it('a count in 次 over two named years, though the words hold 申请 ("为处理疑难申请开的专题会议…各开了几次"): each year\'s sentence', async () => {
    const [t] = talk(await kb(dir), '荔湾区为处理疑难申请开的专题会议，2023年和2025年各开了几次？');
    expect(t).toContain('专题会议8次');
    expect(t).toContain('专题会议6次');
  });
  it('非本部门掌握 is the not-held reason told in the text', async () => {
    const [t] = talk(await kb(dir), '舒城县财政局2022年的依申请公开，有几件是因为不归他们管、手里没有这个信息没法给的？');
    expect(t).toContain('非本部门掌握1条');
  });
});

describe('session 16 readings: the forty-second round', () => {
  it('quoted figures listed with their rows, "哪个不对": each checked', async () => {
    const [t] = talk(await kb('data/reports'), '我稿子里写了：南岗区政府办2022年收到申请15件，予以公开5件，无法提供8件，现行有效规范性文件18件。帮我核对一下哪个不对');
    expect(t).toContain('“予以公开”：您写的 5 与报告不一致，报告为 4 件');
  });
  it('"可以延期吗？最多延多久" is the extension of the time limit, not who may apply', async () => {
    const [t] = talk(await kb('data/reports'), '20个工作日答复不了的话可以延期吗？最多延多久，要什么条件');
    expect(t).toContain('延长不超过 20个工作日');
  });
  it('"它们占本年办理结果总数的比例" after the refusals and their articles: their share, 13.3%', async () => {
    const t = talk(await kb('data/reports'), '这份年报里不予公开的申请有几件，理由分别是什么？', '这两个理由各自的法律依据是条例第几条？', '它们占本年办理结果总数的比例是多少？').at(-1)!;
    expect(t).toContain('13.3%');
  });
  it('"报告里说新增和注销的各几个" after the new-media accounts: 4 and 1', async () => {
    const [, t] = talk(await kb('data/reports'), '南岗区的政务新媒体账号一共有多少个？', '报告里说新增和注销的各几个？');
    expect(t).toContain('新增：4个');
    expect(t).toContain('注销：1个');
  });
  it('"那信息处理费呢" right after a fee figure of table 二: what the report says (none collected)', async () => {
    const [, t] = talk(await kb('data/reports'), '区政府办2022年行政事业性收费收了多少？', '那信息处理费呢？');
    expect(t).toContain('本年度无收取信息费情况');
  });
  it('the office\'s own website: after its organ ("…交通运输局网站(jtj…)"), and "我局的门户网站——http://…" in section 一', async () => {
    const [a] = talk(await kb('test/fixtures/reports-fresh42-newa'), '乌兰察布市交通运输局自己的网站网址是啥');
    expect(a).toContain('jtj.wulanchabu.gov.cn');
    expect(a).not.toContain('未写明');
    const [b] = talk(await kb('test/fixtures/reports-fresh42-newb'), '乌海市工业和信息化局的网站网址是啥');
    expect(b).toContain('gxj.wuhai.gov.cn');
  });
  it('"它2023年呢" after another office\'s figure: the same figure of the office just asked, in 2023', async () => {
    const t = talk(await kb('test/fixtures/reports-fresh42-newb'), '柳州市体育局2023年局长信箱信件办了多少？', '换个单位，杭州市萧山区审计局2024年收到几件申请', '它2023年呢').at(-1)!;
    expect(t).toContain('杭州市萧山区审计局2023年');
    expect(t).toContain('未收到依申请公开事项');
  });
  it('the 2019 format\'s row figures and column meanings asked together; items this year worked out from last year and the change', async () => {
    const dir = 'test/fixtures/reports-fresh42-newb';
    const [both] = talk(await kb(dir), '乌海市工业和信息化局2020年报表里行政许可那一行，上一年项目数量、本年增/减、处理决定数量分别是多少？这几列啥意思');
    expect(both).toContain('上一年项目数量 1');
    expect(both).toContain('“上一年项目数量”：');
    const [left] = talk(await kb(dir), '乌海市工业和信息化局 2020年 行政处罚上一年25项 本年-1 那2020年还剩几项处罚事项？');
    expect(left).toContain('本年该类事项为 24 项（25 - 1）');
  });
  it('changes of a text-told item between two years: "增加了还是减少了", "是不是比2023年少了", a whole per cent without ".0"', async () => {
    const dir = 'test/fixtures/reports-fresh42-newb';
    const [a] = talk(await kb(dir), '杭州市蕭山區審計局公開的部門文件，2023到2024是增加了還是減少了？各幾條');
    expect(a).toContain('增加2条（1条→3条');
    const [b] = talk(await kb(dir), '请问杭州市萧山区审计局《政府工作报告》重点任务执行情况这一项，2024年公开的条数是不是比2023年少了？');
    expect(b).toContain('减少1条（5条→4条');
    const [c] = talk(await kb(dir), '萧山区审计局主动公开的信息从２０２３年到２０２４年增长了百分之多少？');
    expect(c).toContain('增长12%');
  });
});

describe('session 16 readings: the forty-second round (2)', () => {
  it('review and suit told as "收到行政复议、行政诉讼为0条" in the requests\' sentence: that sentence, 0', async () => {
    const [t] = talk(await kb('test/fixtures/reports-fresh42-newb'), '柳州市体育局2021年有没有因为信息公开被人申请行政复议或者告上法院的？');
    expect(t).toContain('收到行政复议、行政诉讼为0条');
  });
  it('a whole named at length ("驻省政务中心窗口办理的公共法律服务事项里，律师类大概占百分之几"): counted by the last words of its name', async () => {
    const [t] = talk(await kb('test/fixtures/reports-fresh42-newa'), '湖南司法厅驻省政务中心窗口2023年办理的公共法律服务事项里，律师类大概占百分之几？');
    expect(t).toContain('14527件');
    expect(t).toContain('76.2%');
  });
});

describe('session 16 readings: the forty-third round', () => {
  it('"在哪个网站能下" asks the site, not the address as well: the report\'s download sentence', async () => {
    const [t] = talk(await kb('test/fixtures/reports-fresh43-newb'), '临沂市司法局的年报电子版在哪个网站能下');
    expect(t).toContain('sfj.linyi.gov.cn');
    expect(t).not.toContain('邮编');
  });
  it('English: how many days until they reply, can they extend it; fax', async () => {
    const [t] = talk(await kb('test/fixtures/reports-fresh43-newa'), "I want to apply to 包头市市场监管局 for a company's 抽检报告, how many days until they reply? can they extend it?");
    expect(t).toContain('20个工作日');
    expect(t).toContain('延长');
    const [fax] = talk(await kb('test/fixtures/reports-fresh43-newb'), '临沂市司法局的fax号码多少 thx');
    expect(fax).toContain('8122990');
  });
  it('a request written unclearly ("写得不太清楚…会直接驳回吗"): 补正, not the refusals', async () => {
    const [t] = talk(await kb('data/reports'), '我交的申请写得不太清楚，他们会怎么处理？会直接驳回吗');
    expect(t).toContain('补正');
    expect(t).toContain('7 个工作日');
  });
  it('"补正以后申请内容还是不明确的有多少": that row of table 三, 0', async () => {
    const [t] = talk(await kb('data/reports'), '补正以后申请内容还是不明确的有多少');
    expect(t).toContain('补正后申请内容仍不明确');
    expect(t).toContain('0 件');
  });
  it('"邮编顺便也说下" after the address: the postcode (顺便 is no unknown topic)', async () => {
    const [, t] = talk(await kb('data/reports'), '办公地址在哪', '邮编顺便也说下');
    expect(t).toContain('150001');
  });
  it('a count quoted with 余 to check ("上传各类信息是800余条？"): not the report\'s 600余', async () => {
    const [t] = talk(await kb('data/reports'), '上传各类信息是800余条？');
    expect(t).toMatch(/不对|不一致/);
    expect(t).toContain('600');
  });
});

describe('session 16 readings: the forty-third round (2)', () => {
  it('"它占全部申请的百分之多少" after a row: its share; "这两项加起来占…" after two rows still adds both', async () => {
    const kn = await kb('data/reports');
    const [, share] = talk(kn, '予以公开的有几件', '它占全部申请的百分之多少');
    expect(share).toContain('26.7%');
    const [, , both] = talk(kn, '不予公开几件', '无法提供呢', '这两项加起来占总申请数的百分之多少');
    expect(both).toContain('66.7%');
  });
  it('another thing of another office right after a count ("四川省文旅厅2025年政府网站发布的呢？"): that count', async () => {
    const [, t] = talk(await kb('test/fixtures/reports-fresh43-newa'), '包头市市场监督管理局2022年一共公开了多少条政府信息？', '四川省文旅厅2025年政府网站发布的呢？');
    expect(t).toContain('3833条');
  });
});
