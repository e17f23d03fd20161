import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { textArithmetic } from '../../../src/core/policy/text-arith.js';
import { readArith, toldCount } from '../../../src/answer/text-arith.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { findReportSlots } from '../../../src/understand/slots.js';

let newa: Knowledge;
let newb: Knowledge;
let home: Knowledge;
beforeAll(async () => {
  newa = await knowledge('test/fixtures/reports-fresh33-newa');
  newb = await knowledge('test/fixtures/reports-fresh34-newb');
  home = await knowledge('data/reports');
});
const text = (d: ReturnType<typeof textArithmetic.decide>) => (d?.kind === 'passage' ? d.parts.head + d.parts.lines.join('') : '');
const fuxian = slots({ offices: ['富县人民政府'] });

describe('text-arithmetic', () => {
  it('a difference of two counts the text tells ("政务动态比政府信息公开类多几条"): 1215 - 1129 = 86', () => {
    const d = textArithmetic.decide(u({ norm: '政务动态比政府信息公开类多几条', slots: fuxian }), {}, newa);
    expect(text(d)).toContain('1215 - 1129 = 86');
  });
  it('a sum of counts quoted with the total claimed: checked, right and wrong', () => {
    const right = textArithmetic.decide(u({ norm: '核一下主动公开:政务动态1215+信息公开类1129+概况类62,等于总数2406吗', slots: fuxian }), {}, newa);
    expect(text(right)).toMatch(/= 2406.*一致/);
    const wrong = textArithmetic.decide(u({ norm: '政务动态1215+信息公开类1129+概况类62,等于总数2400吗', slots: fuxian }), {}, newa);
    expect(text(wrong)).toMatch(/不对.*不是 2400/);
  });
  it('one quoted count checked against the text ("…是2056份？我记得是这个数"): the text\'s count', () => {
    const d = textArithmetic.decide(u({ norm: '政务动态是1250条?我记得是这个数', slots: fuxian }), {}, newa);
    expect(text(d)).toMatch(/不对：报告写的是 1215条/);
  });
  it('a share of a part quoted in a whole quoted ("272条里工作信息120条，占比多少")', () => {
    const d = textArithmetic.decide(u({ norm: '门户网站272条里工作信息120条,占比多少', slots: slots({ offices: ['江干区市场监督管理局'] }) }), {}, newb);
    expect(text(d)).toContain('44.1%');
  });
  it('one item across the years of one office ("哪一年…更多，多多少"): each year\'s count and the difference', () => {
    const d = textArithmetic.decide(u({ norm: '溪下乡哪一年主动公开的政府信息更多,多多少?', slots: slots({ offices: ['永嘉县溪下乡人民政府'], spans: [{ start: 0, end: 3 }] }) }), {}, newb);
    expect(text(d)).toMatch(/2017年多.*226 - 50 = 176/);
  });
  it('two items of one joint count ("人大代表建议、政协提案共87件") are never added twice', async () => {
    const other = await knowledge('test/fixtures/reports-other');
    const r = other.reports.find((x) => x.office === '临朐县人民政府办公室')!;
    // (both items are found — in the same clause)
    expect(toldCount(r, '办理人大代表建议')?.clause).toBe(toldCount(r, '政协提案')?.clause);
    const norm = '办理人大代表建议和政协提案一共多少件';
    expect(textArithmetic.decide(u({ norm, slots: slots({ offices: ['临朐县人民政府办公室'] }) }), {}, other)).toBeUndefined();
  });
  it('a figure of the tables, or no operation asked: no decision', () => {
    expect(textArithmetic.decide(u({ norm: '不予公开和无法提供加起来几件', metric: metric({ rows: ['refused', 'unable'] }) }), {}, home)).toBeUndefined();
    expect(textArithmetic.decide(u({ norm: '政务动态有多少条', slots: fuxian }), {}, newa)).toBeUndefined();
  });
  it('a why about figures, or signed arithmetic, is not read as a sum to check', () => {
    expect(readArith('新收申请才136件,为什么办理答复是139件?多出来的3件是哪来的')).toBeUndefined();
    for (const norm of ['现行有效印的是25件,上年18件,制发6废止2,这个数对得上吗', '117加5是不是等于118加4']) expect(textArithmetic.decide(u({ norm }), {}, home)).toBeUndefined();
    expect(readArith('117加5是不是等于118加4')?.claimed).toBeUndefined();
  });
  it('items asked each ("机构类和工作类信息各多少条"): each one\'s count, nothing added', () => {
    const d = textArithmetic.decide(u({ norm: '溪下乡2023年机构类和工作类信息各多少条', slots: slots({ offices: ['永嘉县溪下乡人民政府'], years: [2023], spans: [{ start: 0, end: 3 }, { start: 3, end: 8 }] }) }), {}, newb);
    expect(text(d)).toContain('机构类：20条');
    expect(text(d)).toContain('工作类信息：11条');
    expect(text(d)).not.toContain('合计');
  });
  it('one item of offices named, a total said in words of its own ("累计公开信息858条"): the two totals added', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh34-newa');
    const d = textArithmetic.decide(u({ norm: '鹰潭林业局+永吉街道主动公开合计多少条', slots: slots({ offices: ['鹰潭市林业局', '南关区永吉街道办事处'], spans: [{ start: 0, end: 5 }, { start: 6, end: 10 }] }) }), {}, kn);
    expect(text(d)).toContain('858 + 521 = 1379条');
  });
  it('an average of one item over the years named ("23、24两年…平均一年多少条")', async () => {
    const kb = await knowledge('test/fixtures/reports-fresh35-newb');
    const d = textArithmetic.decide(u({ norm: '寒亭镇23、24两年网站主动公开平均一年多少条', slots: slots({ offices: ['寒亭镇人民政府'], years: [2023, 2024], spans: [{ start: 0, end: 9 }] }) }), {}, kb);
    expect(text(d)).toContain('÷ 2 = 820.5条');
  });
  it('counts quoted of two offices ("两江…11537条，福建发改委…3357条，差多少"): computed as quoted, each with its office', async () => {
    const kb = await knowledge('test/fixtures/reports-fresh35-newa');
    const norm = '两江新区办公室24年门户网站公开11537条,福建发改委23年门户网站3357条,差多少';
    const d = textArithmetic.decide(u({ norm, slots: slots({ offices: ['重庆两江新区管理委员会办公室', '福建省发展和改革委员会'], years: [2024, 2023], spans: [{ start: 0, end: 10 }, { start: 23, end: 31 }] }) }), {}, kb);
    expect(text(d)).toContain('11537 - 3357 = 8180条');
    expect(text(d)).toContain('福建省发展和改革委员会2023年');
  });
});

describe('toldCount: the count the text tells for an item', () => {
  it('the count right after the item\'s words, a running total only when asked', async () => {
    const qs = await knowledge('test/fixtures/reports-fresh34-newa');
    const r = qs.reports.find((x) => x.office === '清水县人民政府')!;
    expect(toldCount(r, '主动公开')?.value).toBe(8769);
    expect(toldCount(r, '累计主动公开')?.value).toBe(64627);
  });
  it('"未接到依申请公开事项要求" is a count of none', async () => {
    const qs = await knowledge('test/fixtures/reports-fresh34-newa');
    const r = qs.reports.find((x) => x.office.includes('怀远'))!;
    expect(toldCount(r, '依申请公开', '件')?.value).toBe(0);
  });
  it('the measure word asked tells an item from its part ("跑腿清单…多少项": 4615项, not 零跑腿清单1573条)', async () => {
    const kb = await knowledge('test/fixtures/reports-fresh33-newb');
    const r = kb.reports.find((x) => x.id === '兴义市人民政府-2022')!;
    expect(toldCount(r, '跑腿清单', '项')?.value).toBe(4615);
  });
});


describe('text-arithmetic: a check said as 核对', () => {
  it('"核对一下：…不予公开7件，对吧？" (the 对吧 stripped as courtesy): checked against the text', async () => {
    const kb = await knowledge('test/fixtures/reports-fresh35-newa');
    const d = textArithmetic.decide(u({ norm: '核对一下:两江新区管委会办公室2024年不予公开7件', slots: slots({ offices: ['重庆两江新区管理委员会办公室'], years: [2024], spans: [{ start: 5, end: 20 }] }) }), {}, kb);
    expect(text(d)).toContain('与您说的 7 一致');
  });
});

describe('text-arithmetic: reading the items', () => {
  it('"…三项合计多少" names three items, "三项" none of them; "是787条？我看着像" is a check', () => {
    expect(readArith('其中规范性文件、重大项目批复、建议提案复文三项合计多少?')?.items.map((i) => i.label)).toEqual(['规范性文件', '重大项目批复', '建议提案复文']);
    expect(readArith('网站主动公开是787条?我看着像')).toMatchObject({ op: 'check', items: [{ label: '网站主动公开', quoted: 787 }] });
  });
  it('counts said with 余 ("140余条"): the result is said to be about (session 14)', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh36-newb');
    const norm = '底张街道2024年主动公开比2023年多了多少条';
    const d = textArithmetic.decide(u({ norm, slots: findReportSlots(norm, kn.refs, new Date('2026-12-01')) }), {}, kn);
    expect(text(d)).toContain('140余条');
    expect(text(d)).toMatch(/= 约 78条/);
    expect(text(d)).toContain('约数');
  });
  it('an average over the years names its item after 平均 ("这两年平均每年主动公开多少条")', () => {
    expect(readArith('这两年平均每年主动公开多少条信息?')?.items.map((i) => i.label)).toEqual(['主动公开']);
  });
  it('官网 is the text\'s 官方网站, "其他平台" the rest the text names its own way, a total said first then "=" its parts', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh36-newa');
    const ask = (norm: string) => text(textArithmetic.decide(u({ norm, slots: findReportSlots(norm, kn.refs, new Date('2026-12-01')) }), {}, kn));
    expect(ask('南宁经开区21年官网+微博+微信+头条号 四个加起来多少条')).toContain('= 5822条');
    expect(ask('湖东24年主动公开987条 = 网站96 + 其他平台891 对得上吗')).toMatch(/= 987，与您说的 987 一致/);
    expect(ask('湖东24年主动公开987条 = 网站96 + 其他平台890 对得上吗')).toMatch(/不对：不是 987/);
  });
  it('a share whose whole is named first ("…的申请里，不属于本机关的占比多少") or quoted ("那2例申请里，财政信息的占比")', async () => {
    expect(readArith('的申请里,不属于本机关的占比多少')?.items).toEqual([{ label: '不属于本机关' }, { label: '申请', whole: true }]);
    const kn = await knowledge('test/fixtures/reports-fresh36-newb');
    const norm = '建筑新村街道2024年那2例申请里,财政信息的占比多少';
    expect(text(textArithmetic.decide(u({ norm, slots: findReportSlots(norm, kn.refs, new Date('2026-12-01')) }), {}, kn))).toContain('的 50%（');
    // ("其中…占多少比例" after a count names no whole: the count before is the whole)
    expect(readArith('其中公示公告类占多少比例')?.items).toEqual([{ label: '公示公告类' }]);
  });
  it('one count checked as hearsay or a question back ("有人说…发了766条信息？", "不是发布了22条信息吗"), never a time limit', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh37-newa');
    const ask = (norm: string) => text(textArithmetic.decide(u({ norm, slots: findReportSlots(norm, kn.refs, new Date('2026-12-01')) }), {}, kn));
    expect(ask('我看有人说海南省商务厅微信公众号2023年发了766条信息?')).toContain('不对：报告写的是 667条，您说的 766条与报告不一致');
    expect(ask('淮北市人民医院2022年不是发布了22条信息吗')).toContain('报告写的是 18条，您说的 22条与报告不一致');
    expect(readArith('听说申请政府信息公开是15个工作日内答复是不是')).toBeUndefined();
  });
});

