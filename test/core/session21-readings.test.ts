// Readings added in session 21, tuned on the misses of the sixty-fourth blind round (eval/heldout-fresh64*.jsonl),
// each checked on the round's own reports (test/fixtures/reports-fresh64-newa, -newb) or the default report.
import { describe, expect, it } from 'vitest';
import { findSignature } from '../../src/report/parse/identity.js';
import { kb, talk } from './readings-kit.js';

const home = 'data/reports';
const towns = 'test/fixtures/reports-fresh64-newa';
const bureaus = 'test/fixtures/reports-fresh64-newb';

describe('session 21 readings: reports as offices publish them', () => {
  it('an opening that says 现报告…工作情况。报告包括总体情况… and no title is a report (渭南市市场监督管理局 2021)', async () => {
    const kn = await kb(bureaus);
    expect(kn.refs.some((r) => r.office === '渭南市市场监督管理局' && r.year === 2021)).toBe(true);
    expect(talk(kn, '渭南市场监管局信息公开咨询电话')[0]).toContain('0913-2933580');
  });
  it('a sentence cut short at a page\'s end ("我镇政府信息公开工作主要依托萧山区政府") is no signature; an office\'s line is', () => {
    expect(findSignature([{ kind: 'paragraph', text: '我镇政府信息公开工作主要依托萧山区政府' }])).toBeUndefined();
    expect(findSignature([{ kind: 'paragraph', text: '本局依托区政府门户网站' }])).toBeUndefined();
    expect(findSignature([{ kind: 'paragraph', text: '本溪市明山区人民政府' }])).toBe('本溪市明山区人民政府');
  });
  it('counts the text states before their rows ("其中8件按申请事项全部予以公开,1件公开部分内容"), after the rules named', async () => {
    const kn = await kb(bureaus);
    expect(talk(kn, '渭南市监局21年依申请全部公开的有几件')[0]).toContain('8件');
    expect(talk(kn, '渭南市监局21年部分公开的几件')[0]).toContain('1件公开部分内容');
  });
  it('the next sentence on the requests handled ("截至目前,已依法按期办结19件,剩余1件结转2026年办结") goes on from their count', async () => {
    const kn = await kb(bureaus);
    expect(talk(kn, '武昌区卫健局还有几件申请要结转到2026年办')[0]).toContain('剩余1件结转2026年办结');
  });
  it('two counts asked in one spoken line of one row\'s words ("办结了几件 答复了几件"): both clauses of the text', async () => {
    const kn = await kb(towns);
    const [a] = talk(kn, '萧山瓜沥镇24年的信息公开申请 办结了几件 答复了几件');
    expect(a).toContain('33件');
    expect(a).toContain('答复27件');
  });
  it('the figure asked across a year that splits its words ("瓜沥镇信息公开申请24年有多少"): the requests received, not how to apply', async () => {
    const kn = await kb(towns);
    expect(talk(kn, '瓜沥镇信息公开申请24年有多少')[0]).toContain('37件');
    expect(talk(kn, '瓜力镇信息公凯申清24年有几个')[0]).toContain('37件');
  });
});

describe('session 21 readings: questions of procedure', () => {
  it('who compiled the report: the sentence of its opening that says so, or an honest "not found"', async () => {
    expect(talk(await kb(towns), '浮梁县2023年年报由哪个单位编制的')[0]).toContain('浮梁县人民政府办公室');
    expect(talk(await kb(home), '年报的编制单位是哪个')[0]).toContain('没有找到');
  });
  it('an office\'s answer that the information is not its own: 第三十六条第五项, and later "这种情况有几件" counts the row', async () => {
    const kn = await kb(bureaus);
    const [rules, count] = talk(kn, '六盘水市生态环境局答复说不属于本机关信息，这种答复合法吗', '他们2023年这种情况有几件');
    expect(rules).toContain('第三十六条第五项');
    expect(count).toContain('1件');
  });
  it('"有没有现成的申请表" asks for the form, no count of information that would need creating', async () => {
    const [a] = talk(await kb(home), '有没有现成的申请表');
    expect(a).not.toContain('另行制作');
    expect(a).toContain('申请表');
  });
  it('要钱 is paying (要不要钱 beside 提供资料): the fee rules, not what to provide', async () => {
    expect(talk(await kb(home), '申请信息公开提共资料要不要钱啊')[0]).toContain('第四十二条');
  });
  it('why of the fee ("为什么…一分钱信息处理费都没收"): the fee, never why information is withheld', async () => {
    const [a] = talk(await kb(home), '为什么南岗区政府办一分钱信息处理费都没收');
    expect(a).toContain('第四十二条');
    expect(a).not.toContain('不予公开的情形');
  });
  it('what a township must publish: 第二十一条 beside 第二十条', async () => {
    expect(talk(await kb(home), '乡镇政府要主动公开哪些信息')[0]).toContain('第二十一条');
  });
  it('the article asked with a remark joined on ("依据是条例第几条，我要写进函里") leaves the time limit asked before it', async () => {
    expect(talk(await kb(home), '交了申请以后一般多久给答复？依据是条例第几条，我要写进函里')[0]).toContain('第三十三条');
  });
  it('where a review goes, asked in so many words as a second question, is answered beside the first', async () => {
    const [a] = talk(await kb('test/fixtures/reports-fresh29-newb'), '安阳县住建局给的答复我不服,申请复议要找谁?有没有时间限制?');
    expect(a).toContain('60 日');
    expect(a).toContain('安阳县人民政府');
  });
});

describe('session 21 readings: the sixty-fifth round', () => {
  it('words the input method left half in pinyin ("申qing", "zheng府", "电hua", "网zhi", "要bu要") read as the Chinese words', async () => {
    const { readMixedTerms } = await import('../../src/understand/latin-places.js');
    expect(readMixedTerms('申qing zheng府xin息gong开 要bu要jiao qian啊')).toBe('申请政府信息公开要不要交钱啊');
    expect(readMixedTerms('网zhi呢')).toBe('网址呢');
    // (English words and Latin text without Chinese stay as they are)
    expect(readMixedTerms('我用wechat问一下')).toBe('我用wechat问一下');
    expect(readMixedTerms('dianhua')).toBe('dianhua');
    const kn = await kb(home);
    expect(talk(kn, '南岗区郑府ban公室电hua')[0]).toContain('0451-82705546');
    expect(talk(kn, '申qing zheng府xin息gong开 要bu要jiao qian啊')[0]).toContain('第四十二条');
  });
  it('a figure keeps the decimals the report prints (190.457379 万元), computed figures lose their float noise', async () => {
    const { fmt } = await import('../../src/answer/cells.js');
    expect(fmt(190.457379)).toBe('190.457379');
    expect(fmt(0.1 + 0.2)).toBe('0.3');
    expect(talk(await kb('test/fixtures/reports-fresh65-newb'), '北坡镇年报里面行政事业性收费是多少钱')[0]).toContain('190.457379');
  });
  it('a notice received ("上个月收到补正通知") is the asker\'s, no count of requests an office received', async () => {
    expect(talk(await kb(home), '上个月收到补正通知，我出差一个多月没来得及补，现在会怎么样')[0]).toContain('第三十条');
  });
  it('a province\'s department by its organ alone (工信厅), unless another place is named before it (湖南省教育厅 beside 湖北省教育厅)', async () => {
    expect(talk(await kb('test/fixtures/reports-fresh65-newb'), '工信厅网站2023年总访问量大概多少')[0]).toContain('353.4万');
    const [other] = talk(await kb('test/fixtures/reports-fresh52-newa'), '湖南省教育厅2021年收到多少政府信息公开申请');
    expect(other).not.toContain('132');
  });
});

describe('session 21 readings: the sixty-sixth round', () => {
  it('a story clause that only tells the asker applied, then "咋办": what to do about it, not how to apply', async () => {
    const [a] = talk(await kb('test/fixtures/reports-fresh66-newa'), '我向平川区发改局申请信息公开，20个工作日过去了一直不答复，咋办');
    expect(a).toMatch(/复议|诉讼/);
  });
  it('what will happen to the asker\'s own requests ("发了十几个申请，会被收钱吗"): the fee rules, not the office\'s count', async () => {
    const [a] = talk(await kb('test/fixtures/reports-fresh66-newa'), '我一个月给平川区发改局发了十几个申请，会被收钱吗？收多少');
    expect(a).toContain('信息处理费');
    expect(a).toContain('10 件以内免收');
  });
  it('a summary asked for a brief (起草一句话…依申请公开办理情况): the figures, not how to apply', async () => {
    const [a] = talk(await kb('test/fixtures/reports-fresh66-newa'), '帮我起草一句话给领导：通城县2024年依申请公开办理情况，要带数字');
    expect(a).toContain('16件');
  });
});

describe('session 21 readings: the sixty-seventh round', () => {
  it('characters of one shape typed for the domain\'s (幵/开, 诘/请, 子/予, 曰/日, 己/已) where a domain term results', async () => {
    const kn = await kb(home);
    expect(talk(kn, '南冈区政苻办公室2022年的信息公幵申诘一共几个')[0]).toContain('15 件');
    const [both] = talk(kn, '南岗区22年子以公开几个 不子公开几个');
    expect(both).toContain('“予以公开”的申请 4 件');
    expect(both).toContain('“不予公开”的申请 2 件');
    // (a word of the dictionary keeps its characters: 孩子 is no 孩予)
    expect(talk(kn, '孩子以后想申请')[0]).not.toContain('予以');
  });
  it('requests told without the word 申请 ("接收网络方式提交政府信息公开5件"), none told with who did not apply between, and "未收取费用" in that paragraph', async () => {
    const kn = await kb('test/fixtures/reports-fresh67-newb');
    expect(talk(kn, '沧州市卫健委2023年一共收到几件政府信息公开申请？')[0]).toContain('5件');
    expect(talk(kn, '原村乡2024年收到几个信息公开申请')[0]).toContain('未收到公民、法人或其他组织提出的政府信息公开申请');
    expect(talk(kn, '沧州卫健委收没收信息处理费')[0]).toContain('未收取费用');
  });
  it('which remedy comes first, asked of the asker\'s case ("想起诉，是不是必须先申请行政复议"): the remedies, not a count', async () => {
    const [a] = talk(await kb(home), '当事人的申请被南岗区政府办公室以“保护第三方合法权益”为由不予公开，想起诉，是不是必须先申请行政复议？');
    expect(a).toContain('前置');
  });
});

describe('session 21 readings: a second question after a time limit', () => {
  it('"…多久答复 超过了咋个办": the time limit, then the remedies for when it passes', async () => {
    const [a] = talk(await kb(home), '信息公凯申请多久答腹 超过了咋个办');
    expect(a).toContain('20个工作日');
    expect(a).toContain('行政复议');
    // (exceeded alone, after no time limit, is no overdue answer: "超过10件" is the fee's)
    expect(talk(await kb(home), '申请信息公开要带什么材料')[0]).not.toContain('行政复议');
  });
});
