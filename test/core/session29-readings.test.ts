// Readings added in session 29, tuned on the misses of blind round fresh97 (eval/heldout-fresh97*.jsonl),
// each checked on the default report or the round's own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';
import { proactiveTold } from '../../src/answer/proactive-told.js';

const nangang = 'data/reports';
const newa = 'test/fixtures/reports-fresh97-newa';
const newb = 'test/fixtures/reports-fresh97-newb';
const zhongshan = 'test/fixtures/reports-fresh61-newa';

describe('session 29 readings: which office', () => {
  it('a department named by its organ alone among several loaded ("外事办的…") is the one loaded office with that organ', async () => {
    const kn = await kb(newa);
    const [a] = talk(kn, '外事办的电话和地址都给我一下');
    expect(a).toContain('87621190');
    expect(a).toContain('南江滨西大道193号');
  });
  it('the asker\'s own workplace ("我是县里…的") is not asked about beside an office named', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '我是县里的办事员，帮领导核一下汉中市工信局年报上的电话是不是0916-2626225');
    expect(a).toContain('0916-2626225');
    expect(a).not.toContain('永靖');
  });
  it('a verb of asking before 镇政府 ("申请看镇政府…") is no place', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '我申请看镇政府的会议讨论稿，说是过程性信息，这是什么道理');
    expect(a).not.toContain('没有申请看镇');
    expect(a).toMatch(/过程性/);
  });
});

describe('session 29 readings: words', () => {
  it('English "fully"/"partially" mixed in are 全部/部分: the rows of table 三', async () => {
    const kn = await kb(nangang);
    const [a, b] = talk(kn, '南岗区2022年fully公开的申请多少件', 'partially公开的呢');
    expect(a).toMatch(/予以公开.{0,8}4\s*件/);
    expect(b).toMatch(/部分公开.{0,8}0\s*件/);
  });
  it('做 written for 作 ("工做日") is corrected; materials said to be short is the 补正 time limit', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '要补证的话，几个工做日内会告诉我');
    expect(a).toMatch(/7\s*个工作日/);
    const [b] = talk(kn, '他们要是嫌我材料不齐要我补交，几天内会通知');
    expect(b).toMatch(/7\s*个工作日/);
  });
  it('a follow-up naming a contact detail the last question did not ("那邮编呢…寄信") asks that detail', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '我不会写字，可以口头申请吗', '那邮编也告诉我，我让闺女帮着寄信');
    expect(b).toContain('150001');
  });
});

describe('session 29 readings: the report\'s own text', () => {
  it('the period said after 统计数据 ("所列统计数据的期限自…起,至…止") is the report\'s period', async () => {
    const kn = await kb(newa);
    const [a] = talk(kn, '星子镇那份年报统计的是哪段时间');
    expect(a).toContain('2025年1月1日');
    expect(a).toContain('12月31日');
  });
  it('proactive disclosure asked "网上公开了多少条" is the year\'s total; of several offices, which is most', async () => {
    const ka = await kb(newa);
    const [a] = talk(ka, '星子镇2025年在网上一共公开多少条信息');
    expect(a).toContain('82条');
    const kb2 = await kb(newb);
    const [b] = talk(kb2, '永靖县、汉中市工信局、干召庙镇三家比一比，谁主动公开的信息最多');
    expect(b).toContain('26365');
    expect(b).toMatch(/最多[^。\n]{0,4}永靖县|永靖县人民政府2024年最多/);
    const [c] = talk(kb2, '汉中市工信局、干召庙镇和永靖县，哪家主动公开的信息最多');
    expect(c).toMatch(/永靖县人民政府2024年最多|最多的是永靖县/);
    // (two channels' counts side by side, website 556 and WeChat 292, are no total of the year)
    expect(proactiveTold(kb2.reports.find((r) => r.office.startsWith('汉中'))!)).toBeUndefined();
    expect(proactiveTold(kb2.reports.find((r) => r.office.startsWith('临河'))!)?.value).toBe(622);
  });
  it('one channel\'s count, the only count, stays the year\'s total ("全年通过…门户网站及时公布政府信息36条")', async () => {
    const kn = await kb(zhongshan);
    const [a] = talk(kn, '罗平县钟山乡2024年主动公开了多少条政府信息');
    expect(a).toContain('36条');
  });
  it('a page\'s index number spaced out in its metadata grid ("索 引 号: | …") is read', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '汉中市工信局2023年报的索引号');
    expect(a).toContain('6107000010/2024-000253');
  });
  it('which body reviews, asked of an office named ("对…林业局…不服，复议机关是谁"), is the procedure, not a count', async () => {
    const kn = await kb('test/fixtures/reports-fresh78-newa');
    const [a] = talk(kn, '要是对湘阴县林业局的答复不服，复议机关是谁');
    expect(a).toMatch(/湘阴县人民政府|县人民政府/);
  });
});

const f98a = 'test/fixtures/reports-fresh98-newa';
const f98b = 'test/fixtures/reports-fresh98-newb';

describe('session 29 readings, round fresh98', () => {
  it('a district typed by the very readings of its two characters, its level kept ("搞成区" for 藁城区), is that office', async () => {
    const kn = await kb(f98b);
    const [a] = talk(kn, '搞成区政府办的联系电话');
    expect(a).toContain('88113051');
  });
  it('proactive totals of several offices asked "各是多少": each text\'s total, or its channels\' counts where it tells none', async () => {
    const kn = await kb(f98b);
    const [a] = talk(kn, '光明路街道、宛城区民政局和藁城区政府办2025年主动公开信息各是多少');
    expect(a).toContain('794');
    expect(a).toContain('64');
    expect(a).toMatch(/没有写明全年主动公开信息的总条数，分渠道写的是：[^。]*4862条/);
  });
  it('Cantonese 俾 is 给 ("有几多份系俾佢哋公开咗嘅" asks the granted row)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年有几多份申请系俾人哋公开咗嘅');
    expect(a).toMatch(/予以公开.{0,8}4\s*件/);
  });
  it('the address asked in the last clause, the report named in the story before it: the address, not the website', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '关于年报有几处想当面请教，信息科的地址在哪');
    expect(a).toContain('大成街');
  });
  it('a request long unanswered told as a grievance: the remedies, the time limit to reply told first', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '上上个月就把信息公开申请寄过去了，至今没人回复，太不像话了！');
    expect(a).toMatch(/20\s*个工作日/);
    expect(a).toContain('行政复议');
    const [b] = talk(kn, '申请寄出去一个多月了还没回音，他们最多能拖多久');
    expect(b).not.toContain('60 日');
  });
  it('why no purpose need be written now ("为什么现在不用写用途了"): the 2019 change', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '以前申请要写用途，为啥现在不需要写用途了');
    expect(a).toContain('2019');
  });
  it('the fee asked for a rough number of requests ("申请了二十多次，会收费吗"): the fee rules, not a count of the report', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我一个月申请了二十多次，会被收费吗');
    expect(a).toContain('信息处理费');
    expect(a).not.toContain('15 件');
  });
  it('whether to apply to an office named, and how: which body first (第十条), then how', async () => {
    const kn = await kb(f98b);
    const [a] = talk(kn, '想要我爸当年的救助审批材料，是不是找宛城区民政局申请？具体怎么申请？');
    expect(a).toMatch(/第十条[^。]*宛城区民政局/);
    expect(a).toContain('第二十九条');
  });
  it('one reason named for the whole result ("因本机关不掌握等原因无法提供") asks the result\'s count', async () => {
    const kn = await kb(f98a);
    const [a] = talk(kn, '三亚市2024年因本机关不掌握等原因无法提供的有多少');
    expect(a).toContain('513');
  });
  it('a year quoted from the report asked to agree with its period ("…2021年…，跟统计期限对得上吗"): the slip said', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '报告第一段写着“2021年我办…”，这和统计期限对得上吗');
    expect(a).toMatch(/不一致|笔误/);
    expect(a).not.toContain('没有2021年的报告');
  });
});

const f99b = 'test/fixtures/reports-fresh99-newb';

describe('session 29 readings, round fresh99', () => {
  it('河南话 哩 between words is 的, 恁 is 你; 单 counted is 件', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '恁给俺说说南岗区政府办2022年收哩申请，给公开哩是几件');
    expect(a).toMatch(/予以公开.{0,8}4\s*件/);
    const [b] = talk(kn, '南岗区政府办2022年信息公开申请一共收了多少单');
    expect(b).toMatch(/15\s*件/);
  });
  it('the bot called by an everyday name first ("哥们 …") is courtesy, not words of the question', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '老铁 南岗区政府办的电话多少');
    expect(a).toContain('82705546');
  });
  it('a case put to the time limit that names a step of its own ("要是让我补材料呢", "我一直不补呢"): that step', async () => {
    const kn = await kb(nangang);
    const [, b, c] = talk(kn, '申请交了以后多久答复', '那要是说我材料不全让我补材料呢', '那我要是一直不补呢');
    expect(b).toMatch(/7\s*个工作日/);
    expect(c).toContain('视为放弃');
  });
  it('why no fee is charged ("为啥…不收钱"): the fee rule (第四十二条), not how to apply', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '为什么向政府申请公开信息不收钱');
    expect(a).toContain('第四十二条');
  });
  it('a count broken down after a remark on its change ("…申请44件、相比于2024年增长46.7%,其中…"): the count with its parts', async () => {
    const kn = await kb(f99b);
    const [a] = talk(kn, '姜堰区政府办2025年的信息公开申请有多少件');
    expect(a).toContain('44件');
    const [b] = talk(kn, '姜堰区政府办2025年的申请数量相比2024年增长了多少');
    expect(b).toContain('46.7%');
  });
});
