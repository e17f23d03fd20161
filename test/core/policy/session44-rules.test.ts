// New rules of session 44, on the reports they were written for (test/fixtures/reports-fresh15[67]-*).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { otherWaysFollowUp } from '../../../src/core/policy/other-ways.js';
import { figuresScopeAsked } from '../../../src/core/policy/figures-scope.js';
import { principleAsked } from '../../../src/core/policy/principle-asked.js';
import { thingPublishedWhere } from '../../../src/core/policy/thing-published-where.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';
import { textOf } from '../../../src/answer/render.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { statedRate } from '../../../src/core/policy/stated-rate.js';
import { whyOfQuotedClaim, whyOfToldCount } from '../../../src/core/policy/quoted-count-why.js';
import { quotedCountsTogether } from '../../../src/core/policy/quoted-together.js';
import { whyReportSays } from '../../../src/core/policy/why-report-says.js';
import { officeHoursTold } from '../../../src/core/policy/office-hours.js';
import { extractContact } from '../../../src/report/parse/contact.js';
import { cands } from './helpers.js';
import { exemptCasesAsked } from '../../../src/core/policy/exempt-asked.js';
import { contactNotAsked } from '../../../src/core/policy/contact-not-asked.js';
import { narrative } from '../../../src/core/narrative.js';
import { feeLawfulAsked } from '../../../src/core/policy/fee-reckoned.js';

let quanzhou: Knowledge;
let newb: Knowledge;
let nangang: Knowledge;
let newa156: Knowledge;
let newa157: Knowledge;
let newa146: Knowledge;
let newa158: Knowledge;
let newb159: Knowledge;
beforeAll(async () => {
  newb159 = await knowledge('test/fixtures/reports-fresh159-newb');
  newa158 = await knowledge('test/fixtures/reports-fresh158-newa');
  newa156 = await knowledge('test/fixtures/reports-fresh156-newa');
  newa157 = await knowledge('test/fixtures/reports-fresh157-newa');
  newa146 = await knowledge('test/fixtures/reports-fresh146-newa');
  quanzhou = await knowledge('test/fixtures/reports-fresh156-newb');
  newb = await knowledge('test/fixtures/reports-fresh157-newb');
  nangang = await knowledge();
});
const said = (d: Decision | undefined) => (d && d.kind === 'passage' ? textOf(d.parts) : '');

describe('other-ways-follow-up', () => {
  const after = { intent: PASSAGE_INTENT, report: '全州县人民政府-2022', text: '全州县2022年通过门户网站公开了多少条政府信息?' };
  it('"除了网站，别的渠道呢" after the website\'s count: the sentence counting the other ways', () => {
    const text = said(otherWaysFollowUp.decide(u({ norm: '除了网站,别的渠道呢?' }), after, quanzhou));
    expect(text).toContain('约2500条');
    expect(text).not.toContain('5667');
  });
  it('with no count just told of the text, or a figure read: no decision', () => {
    expect(otherWaysFollowUp.decide(u({ norm: '除了网站,别的渠道呢?' }), { ...after, intent: 'contact.website' }, quanzhou)).toBeUndefined();
    expect(otherWaysFollowUp.decide(u({ norm: '除了网站,别的渠道呢?', metric: metric() }), after, quanzhou)).toBeUndefined();
    expect(otherWaysFollowUp.decide(u({ norm: '网站呢?' }), after, quanzhou)).toBeUndefined();
  });
});

describe('figures-scope-asked', () => {
  const sjz = slots({ offices: ['河北省石家庄市气象局'], years: [2023] });
  it('"统计的是全市气象系统还是只有局机关": the clause saying the figures cover the 局机关 only', () => {
    const text = said(figuresScopeAsked.decide(u({ norm: '统计的是全市气象系统还是只有局机关?', slots: sjz }), {}, newb));
    expect(text).toContain('所列数据仅限石家庄市气象局机关');
    expect(text).not.toContain('统计时间');
  });
  it('a count quoted, "103条只算局机关的": the sentence holding it too', () => {
    const text = said(figuresScopeAsked.decide(u({ norm: '为什么年报说的103条只算局机关的,不包括下面区县气象局?', kind: 'why', slots: sjz }), {}, newb));
    expect(text).toContain('仅限');
    expect(text).toContain('103条');
  });
  it('a report that does not say whom its figures cover, or no such question: no decision', () => {
    expect(figuresScopeAsked.decide(u({ norm: '数据包不包括下属单位?' }), {}, nangang)).toBeUndefined();
    expect(figuresScopeAsked.decide(u({ norm: '统计时间是哪段?', slots: sjz }), {}, newb)).toBeUndefined();
  });
});

describe('principle-asked', () => {
  const xintian = slots({ offices: ['临洮县新添镇'], years: [2022] });
  it('"有些信息不公开，他们是按什么原则定的": the sentence stating the principle', () => {
    const text = said(principleAsked.decide(u({ norm: '为什么有些信息不公开?他们是按什么原则定的?', kind: 'why', slots: xintian }), {}, newb));
    expect(text).toContain('涉密不公开');
  });
  it('no principle asked, or a report stating none: no decision', () => {
    expect(principleAsked.decide(u({ norm: '为什么有些信息不公开?', kind: 'why', slots: xintian }), {}, newb)).toBeUndefined();
    const sjz = slots({ offices: ['河北省石家庄市气象局'], years: [2023] });
    expect(principleAsked.decide(u({ norm: '按什么原则公开?', slots: sjz }), {}, newb)).toBeUndefined();
  });
});

describe('thing-published-where', () => {
  const sjz = slots({ offices: ['河北省石家庄市气象局'], years: [2023] });
  const license = (norm: string) => metric({ table: '二', rows: ['license'], spans: [{ start: norm.indexOf('行政许可'), end: norm.indexOf('行政许可') + 4 }] });
  it('"行政许可结果放哪儿公示了": the sentence naming the platform, not the table row', () => {
    const norm = '行政许可结果放哪儿公示了?';
    const text = said(thingPublishedWhere.decide(u({ norm, metric: license(norm), slots: sjz }), {}, newb));
    expect(text).toContain('信用信息共享平台');
    expect(text).not.toContain('表二');
  });
  it('where it goes in the tables, or no where asked: no decision', () => {
    const a = '行政许可应该填在表二哪一行?';
    expect(thingPublishedWhere.decide(u({ norm: a, metric: license(a), slots: sjz }), {}, newb)).toBeUndefined();
    const b = '行政许可有多少件?';
    expect(thingPublishedWhere.decide(u({ norm: b, metric: license(b), slots: sjz }), {}, newb)).toBeUndefined();
  });
});

describe('stated-rate: a per cent said not to be reached is no quote', () => {
  it('"办结率为什么不是100%" quotes no rate of the text (the text\'s "同比增长100%" is another thing)', () => {
    const xianyang = slots({ offices: ['咸阳市人民政府'], years: [2022] });
    expect(statedRate.decide(u({ norm: '依申请公开办结率为什么不是100%?', kind: 'why', slots: xianyang }), {}, newa156)).toBeUndefined();
    expect(said(statedRate.decide(u({ norm: '政策解读同比增长100%是跟哪年比?', slots: xianyang }), {}, newa156))).toContain('2021年');
  });
});

describe('why-of-told-count: two counts quoted, and parts said not to add up', () => {
  it('"网站5667条以外，为啥还有约2500条": the count of the clause that asks', () => {
    const quanzhouSlots = slots({ offices: ['全州县人民政府'], years: [2022] });
    const norm = '年报里网站5667条以外,为啥还有约2500条?这些是从哪来的';
    const text = said(whyOfToldCount.decide(u({ norm, kind: 'why', focus: '为啥还有约2500条，这些是从哪来的', slots: quanzhouSlots }), {}, quanzhou));
    expect(text).toContain('云媒全州');
  });
  it('"主动公开199条，可分项加起来不一样": the parts added, the difference said, no reason made up', () => {
    const fengxin = slots({ offices: ['奉新县人民政府办公室'], years: [2022] });
    const text = said(whyOfToldCount.decide(u({ norm: '为什么年报说主动公开199条,可分项加起来不一样?', kind: 'why', slots: fengxin }), {}, newa146));
    expect(text).toContain('201 条（2 + 72 + 127');
    expect(text).toContain('多 2 条');
  });
});

describe('quoted-counts-together: a part larger than its whole', () => {
  it('"公众号2443条，可全年主动公开才382条": the sentence, and that the report does not explain it', () => {
    const xintian = slots({ offices: ['临洮县新添镇'], years: [2022] });
    const text = said(quotedCountsTogether.decide(u({ norm: '年报里公众号2443条,可全年主动公开才382条,报告里有没有解释为啥对不上?', kind: 'why', slots: xintian }), {}, newb));
    expect(text).toContain('382条');
    expect(text).toContain('没有解释');
  });
});

describe('why-of-quoted-claim: a title in book-title marks', () => {
  it('"为什么要办《忻州市人民政府公报》": the sentence that says what it is for', () => {
    const xinzhou = slots({ offices: ['忻州市人民政府'], years: [2020] });
    const text = said(whyOfQuotedClaim.decide(u({ norm: '为什么要办《忻州市人民政府公报》啊?', text: '为什么要办《忻州市人民政府公报》啊？', kind: 'why', slots: xinzhou }), {}, newa157));
    expect(text).toContain('拓宽政府信息公开渠道');
  });
});

describe('why-report-says: what was done, asked', () => {
  it('"凭什么说…依法依规的？采取了啥措施": the sentences after it under the same heading, not "no reason"', () => {
    const furong = slots({ offices: ['长沙市芙蓉区人民政府'], years: [2021] });
    const text = said(whyReportSays.decide(u({ norm: '凭什么说他们依申请公开答复是依法依规的?采取了什么措施', kind: 'why', slots: furong, reportOnlyWords: ['依规'] }), {}, newa156));
    expect(text).toContain('法律顾问');
    expect(text).not.toContain('没有写明原因');
  });
});

describe('office-hours-told', () => {
  const hesheng = slots({ offices: ['咸安区贺胜桥镇人民政府'], years: [2022] });
  it('hours asked of a report that prints them: those hours as printed, with the phone', () => {
    const text = said(officeHoursTold.decide(u({ norm: '工作日几点开始办公?', slots: hesheng, candidates: cands(newa158, ['contact.hours', 0.6]) }), {}, newa158));
    expect(text).toContain('上午8:30-12:00');
    expect(text).toContain('0715-8872228');
  });
  it('"下午几点上班" read first as 下午好: still the hours', () => {
    const text = said(officeHoursTold.decide(u({ norm: '下午几点上班哦', slots: hesheng, candidates: cands(newa158, ['smalltalk.greeting', 0.45], ['contact.hours', 0.44]) }), {}, newa158));
    expect(text).toContain('14:30');
  });
  it('a report that gives no hours, or hours not asked: no decision (the intent says the report gives none)', () => {
    expect(officeHoursTold.decide(u({ norm: '几点上班', candidates: cands(nangang, ['contact.hours', 0.6]) }), {}, nangang)).toBeUndefined();
    expect(officeHoursTold.decide(u({ norm: '电话多少', slots: hesheng, candidates: cands(newa158, ['contact.phone', 0.6]) }), {}, newa158)).toBeUndefined();
  });
});

describe('contact details told in the text, not the opening (extractContact)', () => {
  const told = '(一)单位信息。核定机关行政编制人员45名。办公地点设于咸安区贺胜桥镇长堤路18号,工作日办公时间为上午8:30-12:00、下午14:30-17:30(夏时制为15:00-18:00),对外办公电话0715-8872228。';
  it('the address, the hours and the phone of the sentence that tells them', () => {
    const c = extractContact('', '', '', told);
    expect(c.address).toBe('咸安区贺胜桥镇长堤路18号');
    expect(c.phone).toBe('0715-8872228');
    // (the days the label names are kept before the hours since session 53: "工作日办公时间为…")
    expect(c.hours).toBe('工作日 上午8:30-12:00、下午14:30-17:30(夏时制为15:00-18:00)');
  });
  it('a phone of other work in the text is no contact ("开通12345热线电话12345")', () => {
    expect(extractContact('', '', '', '全年开通政务服务热线电话12345,受理诉求1万件。').phone).toBeUndefined();
  });
});

describe('exempt-cases-asked', () => {
  it('"说依申请全部予以公开，那什么情况下才不公开": the rules\' cases, whatever result the message names', () => {
    const d = exemptCasesAsked.decide(u({ norm: '说依申请全部予以公开,那什么情况下才不公开?', metric: metric({ rows: ['granted'] }) }), {}, nangang);
    expect(d && d.kind === 'intent' ? d.intent.id : '').toBe('procedure.exempt');
  });
  it('a count of them asked, or no case asked: no decision', () => {
    expect(exemptCasesAsked.decide(u({ norm: '不予公开的有几件?' }), {}, nangang)).toBeUndefined();
    expect(exemptCasesAsked.decide(u({ norm: '什么情况下收费?' }), {}, nangang)).toBeUndefined();
  });
});

describe('contact-not-asked: the unit the report names to contact', () => {
  it('"为什么让有疑问找电子政务管理科": about the contact, no fallback', () => {
    const shule = slots({ offices: ['疏勒县人民政府'], years: [2020] });
    const weak = cands(newb159, ['contact.department', 0.3]);
    expect(contactNotAsked.decide(u({ norm: '为什么年报让有疑问找电子政务管理科?这个科是干啥的', slots: shule, candidates: weak }), {}, newb159)).toBeUndefined();
    expect(contactNotAsked.decide(u({ norm: '2020年有没有这种情况', slots: shule, candidates: weak }), {}, newb159)?.kind).toBe('fallback');
  });
});

describe('narrative: a passage whose only figures are dates counts nothing', () => {
  it('"公众号推了多少条": the sentence counting it, not the opening that names the account beside a year', () => {
    const r = newb159.reports.find((x) => x.office === '清远市农业农村局')!;
    expect(narrative(r, '微信公众号推了多少条', true)?.parts.lines.join('')).toContain('公众号623条');
  });
  it('no passage counting anything, only "2020年度…报告如下": nothing found', () => {
    const r = newb159.reports.find((x) => x.office === '疏勒县人民政府')!;
    expect(narrative(r, '主动公开了多少条政府信息', true)).toBeUndefined();
  });
});

describe('fee-lawful-asked', () => {
  it('"提了好多申请，他们说要收信息处理费，这合法吗": the fee rules (far beyond a reasonable number)', () => {
    const d = feeLawfulAsked.decide(u({ norm: '我一个月提了好多申请,他们说可能要收信息处理费,这合法吗?' }), {}, nangang);
    expect(d && d.kind === 'intent' ? d.intent.id : '').toBe('procedure.fee');
  });
  it('another matter\'s charges ("小区物业收费合法吗"), or no lawfulness asked: no decision', () => {
    expect(feeLawfulAsked.decide(u({ norm: '小区物业收费合法吗' }), {}, nangang)).toBeUndefined();
    expect(feeLawfulAsked.decide(u({ norm: '收了多少信息处理费' }), {}, nangang)).toBeUndefined();
  });
});
