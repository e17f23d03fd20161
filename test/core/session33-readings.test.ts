// Readings added in session 33, tuned on the misses of the blind round fresh109 (eval/heldout-fresh109*.jsonl) and of
// earlier rounds, each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const dushi = 'test/fixtures/reports-fresh109-newa';
const dizhen = 'test/fixtures/reports-fresh110-newa';
const yuncheng = 'test/fixtures/reports-fresh110-newb';

describe('session 33 readings: two questions in one message', () => {
  it('a row\'s count, then a time limit asked in the next sentence: both, the count first', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年无法提供的有多少件？另外申请后多少个工作日内必须答复？');
    expect(a).toMatch(/无法提供.{0,20}8 件/);
    expect(a).toContain('20个工作日');
    expect(a.indexOf('8 件')).toBeLessThan(a.indexOf('20个工作日'));
  });
  it('a count named as wanted and a time limit joined by 以及, after "请告知": both', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '烦请告知：南岗区政府办2022年不予处理的件数，以及申请内容不明确时通知补正的期限。');
    expect(a).toMatch(/不予处理.{0,20}1 件/);
    expect(a).toMatch(/7 ?个工作日/);
  });
  it('a story sentence with a count word before a time-limit question: the time limit alone', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我们小区好几户的材料他们都不给看。想申请公开那份文件，交上去以后最多多少天给答复？');
    expect(a).toContain('20个工作日');
    expect(a).not.toContain('（来源：三、');
  });
  it('a contact detail asked for without a question word, beside a question of the procedure: both', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '把南岗区政府办的电话发我一下，另外申请信息公开需要带什么材料？');
    expect(a).toContain('0451-82705546');
    expect(a).toContain('第二十九条');
  });
});

describe('session 33 readings: words', () => {
  it('在哪能看 asks where (not 上海话\'s 哪能, how)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年的年报全文去哪能下载');
    expect(a).toContain('xxgk.harbin.gov.cn');
  });
  it('south-western 喃 and north-eastern 唠唠 are no unknown topic', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '申请政府信息公开收钱不嘛', '一个月申请二三十件喃？');
    expect(b).toContain('信息处理费');
    const [c] = talk(kn, '给唠唠南岗区政府办2022年主动公开的情况');
    expect(c).not.toContain('暂时无法回答');
    expect(c).toContain('600');
  });
  it('a remedy joined by 或者 before 镇政府 names no office ("复议或者告镇政府")', async () => {
    const kn = await kb(dushi);
    const [, b] = talk(kn, '杜市镇2019年有人申请信息公开吗', '那有没有人去复议或者告镇政府的');
    expect(b).not.toMatch(/没有.{0,8}的报告/);
    expect(b).toMatch(/行政复议|复议/);
  });
});

describe('session 33 readings: another table named alone', () => {
  it('"表四呢" after a check of table 三: table 四 checked', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '帮我核对南岗区政府办2022年报表三的数对不对', '表四呢');
    expect(b).toContain('表四');
    expect(b).toContain('没有数据行');
  });
});

describe('session 33 readings: more than one question', () => {
  it('a bare what-then asks of the clause before it ("…不服这个决定，能怎么办"), beside a count', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年不予处理的有几件？还有就是我对不予处理的决定不服，该咋办');
    expect(a).toMatch(/不予处理.{0,20}1 件/);
    expect(a).toMatch(/行政复议/);
  });
  it('a story whose words ask, then one sentence asking two things: both things', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '单位让我查一份旧城改造的批复，我也不知道里面到底怎么写的，准备递个申请。想问一下：申请要不要花钱，多长时间给答复？');
    expect(a).toContain('第四十二条');
    expect(a).toContain('20个工作日');
  });
  it('"要不要钱" after a phone asked, no punctuation but a space: both (the synonyms make it 要不花钱)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办电话多少 另外申请公开要不要钱');
    expect(a).toContain('0451-82705546');
    expect(a).toContain('第四十二条');
  });
  it('a second question opened by 还有 is read without it ("…电话多少 还有申请公开要不要钱")', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办的电话多少 还有申请公开要不要钱');
    expect(a).toContain('0451-82705546');
    expect(a).toContain('第四十二条');
  });
  it('"给个电话" beside another question is a question of its own', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年收到多少件申请？完了给个咨询电话');
    expect(a).toMatch(/15 ?件/);
    expect(a).toContain('0451-82705546');
  });
});

describe('session 33 readings: pointing back, Cantonese', () => {
  it('"这样答复的有几件" after a reason quoted: that reason\'s row', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '他们答复我“信息不存在”，这是什么意思', '南岗区政府办2022年这样答复的一共多少件');
    expect(b).toMatch(/\d+ ?件/);
    expect(b).not.toContain('20个工作日');
  });
  it('边个 is 哪个: "打边个电话" asks the phone', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办嘅年报有问题要打边个电话');
    expect(a).toContain('0451-82705546');
  });
});

describe('session 33 readings: the statistics period as printed', () => {
  it('"数据时限为…" is the period', async () => {
    const kn = await kb(dizhen);
    const [a] = talk(kn, '西藏地震局2023年报里的数据统计的是哪段时间');
    expect(a).toContain('2023年1月1日至2023年12月31日');
  });
  it('a year printed without its 年: the period as printed, and how it reads', async () => {
    const kn = await kb(yuncheng);
    const [a] = talk(kn, '运城经开区2020年报的统计期限写的是啥');
    expect(a).toContain('自20201月1日起至202012月31日止');
    expect(a).toContain('应读作：自2020年1月1日起至2020年12月31日止');
  });
});

describe('session 33 readings: terms typed by their pinyin initials', () => {
  it('"zf办", "gfxwj", "zdgk", "dh" read as the terms', async () => {
    const kn = await kb(nangang);
    expect(talk(kn, '南岗区zf办2022年gfxwj废止了几件')[0]).toMatch(/本年废止 1 件/);
    expect(talk(kn, '南岗zf办的dh多少')[0]).toContain('0451-82705546');
    expect(kn.rewrite('南岗区2022年zdgk了多少条')).toContain('主动公开');
  });
  it('Latin abbreviations of their own and a place named by initials stay as typed', async () => {
    const kn = await kb(nangang);
    expect(kn.rewrite('年报pdf在哪下载')).toContain('pdf');
    expect(kn.rewrite('wt镇的年报')).toContain('wt镇');
    expect(kn.rewrite('江东jd的电话')).toContain('江东街道');
  });
});

describe('session 33 readings: offices and their contacts', () => {
  const jinshan = 'test/fixtures/reports-fresh112-newb';
  it('a township whose name holds 和 after one character (查和特乡) is named by its short name', async () => {
    const kn = await kb(jinshan);
    const [a] = talk(kn, '查和特乡的地址在哪');
    expect(a).toContain('准噶尔路015号');
  });
  it('"如对报告有任何疑问,请联系我镇…办公室,联系电话…" inside section 一: the unit and the phone, without 我镇', async () => {
    const kn = await kb(jinshan);
    const [a] = talk(kn, '金山店镇信息公开找谁，电话呢');
    expect(a).toContain('0714-8601029');
    expect(a).toContain('党政综合办公室');
    expect(a).not.toContain('我镇党政');
  });
});

describe('session 33 readings: why a figure of table 二', () => {
  it('why a row is 0: the figure, and that the report gives no reason', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年行政强制为什么一件都没有');
    expect(a).toMatch(/行政强制.{0,12}0 件/);
    expect(a).toContain('报告没有说明原因');
  });
  it('why more documents are in force than were issued: what the two columns count', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年规范性文件只制发了4件，为啥现行有效有18件');
    expect(a).toContain('含以前年度制发的');
    expect(a).not.toContain('报告没有说明原因');
  });
});

describe('session 33 readings: bare figures listed and their sum checked', () => {
  it('"4、0、2、8、1、0加起来是不是15件": the asker\'s figures added and set against the total', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '核一下南岗区政府办2022年表三：4、0、2、8、1、0加起来是不是15件');
    expect(a).toContain('4 + 0 + 2 + 8 + 1 + 0 = 15');
    expect(a).toContain('对得上');
    const [b] = talk(kn, '南岗区政府办2022年那几个数3、5、9相加等于20件吗');
    expect(b).toContain('= 17');
    expect(b).toContain('对不上');
  });
});
