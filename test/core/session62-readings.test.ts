// Readings added in session 62, tuned on the misses of the blind round fresh242 (eval/heldout-fresh242*.jsonl, measured
// before any of this) and of fresh240, checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const zhejiangAnhuiShandong = 'test/fixtures/reports-fresh240-newa';
const shandongLiaoningJiangxi = 'test/fixtures/reports-fresh242-newa';
const guizhouYunnanShaanxi = 'test/fixtures/reports-fresh242-newb';

describe('session 62: arithmetic on what the text tells', () => {
  it('the share of a sum just worked out, its part pointed at ("这几项", "它们加起来")', async () => {
    const kn = await kb(zhejiangAnhuiShandong);
    const [, share] = talk(kn, '杭州城管局2023年信息不存在的和不属于本机关的合计几件', '这几项占受理的比例是多少');
    expect(share).toContain('10 ÷ 18');
    expect(share).toContain('55.56%');
  });
  it('a share asked in a word after a part of the proactive total, in a report with tables too', async () => {
    const kn = await kb(guizhouYunnanShaanxi);
    const [, , share] = talk(kn, '碑林区投资合作局2024年主动公开信息多少条', '那工作动态呢', '比例多少');
    expect(share).toContain('39 ÷ 42');
  });
  it('the year\'s whole count asked ("全年一共"): the sentence that counts the whole year, not a part of it', async () => {
    const kn = await kb(shandongLiaoningJiangxi);
    const [a] = talk(kn, '鹰潭市场监管局2024年全年总共发了多少条信息');
    expect(a).toContain('1699');
  });
  it('a sum set against a total the asker quotes, and a gap asked why: the difference, and that the report does not say', async () => {
    const kn = await kb(guizhouYunnanShaanxi);
    const [gap] = talk(kn, '瓮安县概况类、政务动态、信息公开目录加起来多少条，和9035条相差多少');
    expect(gap).toContain('681');
    const jx = await kb(shandongLiaoningJiangxi);
    const [why] = talk(jx, '鹰潭市场监管局的国家级、省级、市级、省局网站和新媒体稿件加起来比4132篇少那么多，差的是哪些');
    expect(why).toContain('2623');
    expect(why).toContain('没有说明');
  });
  it('a sum of items joined by + with "核一下" is the sum, not the report\'s own check', async () => {
    const kn = await kb(shandongLiaoningJiangxi);
    const [a] = talk(kn, '核一下鹰潭市场监管局：国家级+省级+市级媒体稿件一共多少篇');
    expect(a).toContain('848');
  });
  it('a rate worked out with ÷ and 算一下: the share, not what the result means', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '部分公开率（部分公开÷新收）帮我算一下');
    expect(a).toContain('÷ 15');
  });
  it('a sum checked: "一致" said when it agrees', async () => {
    const kn = await kb(guizhouYunnanShaanxi);
    const [a] = talk(kn, '碑林区投资合作局机构概况1条、预决算2条、工作动态39条，加起来是不是42条');
    expect(a).toContain('一致');
  });
  it('table 三 cut after its first rows: the receiving side added up, the rest said to be missing', async () => {
    const kn = await kb(guizhouYunnanShaanxi);
    const [a] = talk(kn, '碑林区投资合作局表三新收加结转一共几件，跟办理结果对得上吗');
    expect(a).toContain('0 + 上年结转 0 = 0');
    expect(a).toContain('无法核对');
  });
});

describe('session 62: parts quoted against the proactive total', () => {
  it('two channels\' counts quoted and set against the year\'s total, named: their sum against the total the text tells', async () => {
    const kn = await kb('test/fixtures/reports-fresh191-newa');
    const [a] = talk(kn, '连云港城管局2022年网站990条和公众号656条加起来，跟主动公开总数一致吗');
    expect(a).toContain('990 + 656 = 1646');
    expect(a).toContain('一致');
  });
});

describe('session 62: who and which report', () => {
  it('whether one may apply by phone, asked after a story, is no request for the phone number', async () => {
    const kn = await kb('test/fixtures/reports-fresh154-newb');
    const [a] = talk(kn, '我想跟东浦镇要一份文件，手抖写不了字，能不能打个电话口头讲一下就行？');
    expect(a).toContain('口头');
  });
  it('"区县" in general names no office, and a city\'s 哈 is never a courtesy particle', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我们要写区县年报的对比作业，你们这份2022年不予公开几件');
    expect(a).not.toContain('没有');
    expect(a).toContain('不予公开');
    const [b] = talk(kn, '想问哈尔滨市香坊区的电话');
    expect(b).toContain('香坊区');
    expect(b).not.toContain('尔滨市香坊区');
  });
  it('a correction naming another office, "那边也一样吗": the same question of that office', async () => {
    const kn = await kb(shandongLiaoningJiangxi);
    const [, again] = talk(kn, '向鹰潭市场监管局申请信息公开要多少天答复', '说错了，是大明湖街道，也一样吗');
    expect(again).toContain('20个工作日');
  });
  it('a story and then one detail asked outright at its end: that detail of the office named, no year of the story', async () => {
    const kn = await kb(shandongLiaoningJiangxi);
    const [a] = talk(kn, '我住在大明湖街道，前年楼下修路的事想问问，听说能申请信息公开，我眼神不好不会弄，你把街道地址告诉我，我自己过去');
    expect(a).toContain('按察司街17号');
    expect(a).not.toContain('没有加载');
  });
  it('a neighbour\'s nuisance and which department handles it: another matter, the fallback', async () => {
    const kn = await kb(guizhouYunnanShaanxi);
    const [a] = talk(kn, '楼上邻居半夜噪音扰民该去哪投诉');
    expect(a).toContain('暂时无法回答');
  });
});

describe('session 62: the page above the report', () => {
  it('an index number printed as a list, its label and number on lines of their own', async () => {
    const kn = await kb('test/fixtures/reports-fresh105-newb');
    const [a] = talk(kn, '平顶山市政府办2021年那份年报索引号是啥');
    expect(a).toContain('005452065/2022-00001');
  });
  it('an index number whose label lost its first characters ("号: cxs037/2026-00009")', async () => {
    const kn = await kb(guizhouYunnanShaanxi);
    const [a] = talk(kn, '鹿城街道那份年报的索引号');
    expect(a).toContain('cxs037/2026-00009');
  });
});

describe('session 62 (fresh243): readings checked on its reports', () => {
  const northEast = 'test/fixtures/reports-fresh243-newa';
  const southWest = 'test/fixtures/reports-fresh243-newb';
  it('a government\'s own office said with 政府 short ("黔东南州政府新闻办"), its section read from the address when the report says "我办"', async () => {
    const kn = await kb(southWest);
    const [a] = talk(kn, '黔东南州政府新闻办的地址在哪');
    expect(a).toContain('营盘东路51号');
    const [who] = talk(kn, '黔东南州新闻办对年报有疑问联系哪个科');
    expect(who).toContain('宣传新闻科');
  });
  it('emoji that stand for a word, and a download link asked in English', async () => {
    const kn = await kb(nangang);
    const [phone] = talk(kn, '☎️是多少');
    expect(phone).toContain('82705546');
    const [link] = talk(kn, '年报的download link发我');
    expect(link).toContain('xxgk.harbin.gov.cn');
  });
  it('another level of government asked right after the report deadline: the deadline answer, which gives each level\'s', async () => {
    const kn = await kb(nangang);
    const [, next] = talk(kn, '区里的局年报最迟哪天公布', '那乡镇的呢');
    expect(next).toContain('3月31日');
  });
  it('a phrase the report holds word for word, asked why: the sentence holding it', async () => {
    const kn = await kb(southWest);
    const [a] = talk(kn, '黔东南新闻办年报里为什么提到村BA');
    expect(a).toContain('两会报道的热词');
  });
  it('a story with 去年 and a list joined by 、: the year named is the one asked, and no last year\'s column', async () => {
    const kn = await kb(southWest);
    const [a] = talk(kn, '去年给孩子办入学、办户口跑了几趟 海城镇2024年行政许可处理决定有多少');
    expect(a).toContain('6359');
    expect(a).not.toContain('上一年');
  });
  it('a share asked right after things named together with 、: the count the text gives them', async () => {
    const kn = await kb(southWest);
    const [, , share] = talk(kn, '潼关县2024年网站一共发了多少条', '其中潼关要闻、政务动态有几条', '比例是多少');
    expect(share).toContain('2650 ÷ 5386');
  });
  it('a share asked with only its whole named, as a volume ("占办理量"), right after a count: that count of what the text did', async () => {
    const kn = await kb(northEast);
    const [, share] = talk(kn, '天津河北区2024年同意公开或部分公开的有多少件', '占办理量多少');
    expect(share).toContain('247 ÷ 434');
  });
  it('a detail added with 顺便 after the address asked: both', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '林园街道办事处在哪条街？顺便把电话给一个');
    expect(a).toContain('基隆中街577号');
    expect(a).toContain('80881039');
  });
  it('a story of phoning and a lead-in, then how long a reply takes: the time limit', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '申请寄过去两个月了，打了好几次电话也没用。我就想问一下：他们收到申请后最多多长时间必须答复？');
    expect(a).toContain('20个工作日');
  });
  it('a count asked, then the phone in a clause of its own: the count is the text\'s, not a row of table 三', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '盐城自然资源和规划局2022年公开了多少件建设用地批复文件？还有他们电话多少');
    expect(a).toContain('347');
  });
  it('suing a neighbour at the township government: the quarrel, the fallback', async () => {
    const kn = await kb(southWest);
    const [a] = talk(kn, '隔壁邻居装修吵得睡不着，能去镇政府告他吗');
    expect(a).toContain('暂时无法回答');
  });
  it('applying for a benefit, 申请 its only word of the domain: another matter; applying for a list of it is still a request', async () => {
    const kn = await kb(northEast);
    const [benefit, list] = talk(kn, '想给我妈申请低保，得准备哪些材料', '想申请公开低保名单怎么弄');
    expect(benefit).toContain('暂时无法回答');
    expect(list).toContain('第二十九条');
  });
});
