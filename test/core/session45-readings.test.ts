// Readings added in session 45, tuned on the misses of the blind rounds fresh160–163 (eval/heldout-fresh16[0-3]*.jsonl),
// each checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const henanJiangsuTibet = 'test/fixtures/reports-fresh160-newa';
const sichuanHainanJilin = 'test/fixtures/reports-fresh160-newb';
const tianjinHunanYunnan = 'test/fixtures/reports-fresh161-newa';
const shanghaiGuangxiShaanxi = 'test/fixtures/reports-fresh161-newb';
const qinghaiJiangxiHebei = 'test/fixtures/reports-fresh162-newa';
const heilongjiangFujianGuangdong = 'test/fixtures/reports-fresh162-newb';
const ningxiaHubeiJilin = 'test/fixtures/reports-fresh163-newa';
const zhejiangGansuMongolia = 'test/fixtures/reports-fresh163-newb';
const beijingAnhuiLiaoning = 'test/fixtures/reports-fresh164-newb';
const hunanFujianHeilongjiang = 'test/fixtures/reports-fresh166-newa';

describe('session 45 readings: figures of the text', () => {
  it('a kind of document of table 二 asked of a report with no tables: the text\'s count of it', async () => {
    const kn = await kb(sichuanHainanJilin);
    const [a] = talk(kn, '平武县政府办2023年以县政府名义制发的文件公开了几件');
    expect(a).toContain('121件');
  });
  it('a number asked of a notice the report cites ("川办便函〔2022〕几号"): the number it prints, the year no report year', async () => {
    const kn = await kb(sichuanHainanJilin);
    const [a] = talk(kn, '平武县政府办2023年报引用的川办便函〔2022〕是第几号');
    expect(a).toContain('318号');
  });
  it('the new requests named so, after a count of all received: the named one; all received asked: the total', async () => {
    const kn = await kb(tianjinHunanYunnan);
    const [fresh] = talk(kn, '河西务镇2025年本年新收了几件申请');
    expect(fresh).toContain('本年新收申请2件');
    const [all] = talk(kn, '河西务镇2025年共收到几件申请');
    expect(all).toContain('3件');
  });
  it('a how-many the passage just said holds: that clause', async () => {
    const kn = await kb(henanJiangsuTibet);
    const [, a] = talk(kn, '句容2022年全程网办的政务服务事项有几项', '全年办理了多少件');
    expect(a).toContain('3328473件');
  });
  it('projects counted with 个 that the text counts in 项', async () => {
    const kn = await kb(tianjinHunanYunnan);
    const [a] = talk(kn, '昆明应急管理局2022年搞了几个政府采购项目');
    expect(a).toContain('9项');
  });
  it('a count that opens a list of its items ("发布会2次:9月6日…;7月18日…"): every item', async () => {
    const kn = await kb(qinghaiJiangxiHebei);
    const [a] = talk(kn, '石家庄工信局2019年召开新闻发布会几次');
    expect(a).toContain('9月6日');
    expect(a).toContain('7月18日');
  });
  it('the kinds of a count asked ("那8条都是什么类型"): the list the report opens with 如下', async () => {
    const kn = await kb(heilongjiangFujianGuangdong);
    const [a] = talk(kn, '鸿山镇2021年主动公开的8条信息分别是哪些类别');
    expect(a).toContain('机构设置');
    expect(a).toContain('农村工作政策');
  });
  it('a quantity printed with no measure word ("总阅读量32402")', async () => {
    const kn = await kb(heilongjiangFujianGuangdong);
    const [a] = talk(kn, '广东省政数局官网2024年阅读量有多少');
    expect(a).toContain('32402');
  });
  it('parts in 项 of a total in 条, checked: the parts added against it', async () => {
    const kn = await kb(zhejiangGansuMongolia);
    const [a] = talk(kn, '锡盟科技局2022年报里那九类分项加起来和总数108条一致吗');
    expect(a).toContain('= 108 条');
  });
  it('a count quoted wrong of a report with no tables: the text\'s count set against it', async () => {
    const kn = await kb(ningxiaHubeiJilin);
    const [a] = talk(kn, '大湾乡2021年制发政府文件是140件吗');
    expect(a).toContain('164件');
    expect(a).toContain('不对');
  });
});

describe('session 45 readings: questions and words', () => {
  it('numbered questions that name their own offices: each answered of its own office', async () => {
    const kn = await kb(shanghaiGuangxiShaanxi);
    const [a] = talk(kn, '1.柳北区政务服务监督管理办公室的地址 2.西安市2021年主动公开政策文件几件');
    expect(a).toContain('胜利路12-8号');
    expect(a).toContain('1490件');
  });
  it('the report\'s own date after its period ("什么时候发布的"), a date alone on a line of the page', async () => {
    const kn = await kb(shanghaiGuangxiShaanxi);
    const [a] = talk(kn, '盈浦街道2024年报统计期限是什么？哪天发布的？');
    expect(a).toContain('2025年1月8日');
    expect(a).toContain('2024年1月1日');
  });
  it('the hours of a report that prints them, with a figure asked beside them, and a Saturday visit', async () => {
    const kn = await kb(zhejiangGansuMongolia);
    const [both] = talk(kn, '锡盟科技局2022年有人申请信息公开吗？办公时间几点到几点？');
    expect(both).toContain('8:30');
    expect(both).toContain('0件');
    const [, saturday] = talk(kn, '锡林郭勒盟科学技术局几点上班', '星期六去能办吗');
    expect(saturday).toContain('双休日');
  });
  it('a league called by its short name (锡盟)', async () => {
    const kn = await kb(zhejiangGansuMongolia);
    const [a] = talk(kn, '锡盟科技局的地址');
    expect(a).toContain('党政2号楼');
  });
  it('the weather, a private phone, applicants\' names, a divorce suit to write: the honest fallback', async () => {
    const kn = await kb(qinghaiJiangxiHebei);
    for (const q of ['庐山这两天天气好吗', '庐山市政府办公室主任的个人手机号多少']) expect(talk(kn, q)[0]).toContain('暂时无法回答');
    const nangang = await kb('data/reports');
    for (const q of ['把申请信息公开的那些人的名单给我', '帮我写一份离婚起诉状']) expect(talk(nangang, q)[0]).toContain('暂时无法回答');
  });
  it('the office\'s address asked with how to get there ("搁哪旮旯呢 咋去"), and a staff member asking for the landline', async () => {
    const nangang = await kb('data/reports');
    expect(talk(nangang, '南岗区政府办在哪旮旯 咋走')[0]).toContain('大成街');
    expect(talk(nangang, '窗口有群众要咱们信息科的座机号，发群里一下')[0]).toContain('82705546');
  });
  it('what one may do when the reply still does not come, after the time limit was given', async () => {
    const nangang = await kb('data/reports');
    const [, , a] = talk(nangang, '信息公开怎么申请', '多久答复', '要是到时候还不回我呢');
    expect(a).toMatch(/复议|诉讼/);
  });
  it('short names: a street named for a city gate (崇外街道), a free-trade zone\'s area committee (福州自贸片区管委会)', async () => {
    const bj = await kb(beijingAnhuiLiaoning);
    expect(talk(bj, '崇外街道2023年政府网站主动公开了多少条信息')[0]).toContain('207条');
    const fz = await kb(hunanFujianHeilongjiang);
    expect(talk(fz, '福州自贸片区管委会信息公开的电话')[0]).toContain('0591-28200507');
  });
  it('the whole place added up, of an office\'s report: said to be not counted there', async () => {
    const nangang = await kb('data/reports');
    expect(talk(nangang, '所有委办局和街道加起来南岗区2022年一共收到多少件申请')[0]).toContain('没有统计');
  });
});

