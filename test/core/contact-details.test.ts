// Contact details asked by name, read against what the report gives: the fax asked with a bare 号码, the
// details a report leaves out said so, whether a detail changed between two years, an office named after
// its 街道 is no street quoted.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Intent } from '../../src/answer/intents.js';
import { loadKnowledge } from '../../src/core/bot.js';
import { detailsNotGiven, fieldOf, sameOverYears } from '../../src/core/contact-details.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import type { Contact, Report } from '../../src/report/types.js';

let home: Knowledge;
let newa: Knowledge;
let years: Knowledge;
beforeAll(async () => {
  home = (await loadKnowledge({ reportsDir: 'data/reports' })).kn;
  newa = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh28-newa' })).kn;
  years = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh28-years' })).kn;
});

const report = (year: number, contact: Contact, office = '某县人民政府办公室'): Report =>
  ({ id: `${office}-${year}`, office, year, title: '', file: '', contact, passages: [], values: {}, table2Raw: [], findings: [] }) as Report;
const intent = (id: string): Intent => home.byId.get(id)!;

describe('contact details: the field of an intent', () => {
  it('single details and the department have one; the whole block and office hours have none', () => {
    expect(['contact.phone', 'contact.fax', 'contact.department', 'contact.all', 'contact.hours'].map(fieldOf)).toEqual(['phone', 'fax', 'department', undefined, undefined]);
  });
});

describe('contact details: asked by name, not given', () => {
  const r = report(2023, { department: '某县政府办公室政务公开科', phone: '0570-7013699' });
  it('the titles of the details asked that the report leaves out', () => {
    expect(detailsNotGiven(home, r, '通信地址和邮箱分别是什么')).toEqual(['办公地址', '电子邮箱']);
    expect(detailsNotGiven(home, r, '电话和地址给我一下')).toEqual(['办公地址']);
  });
  it('every detail asked given, none named, or one said not to be wanted: nothing', () => {
    expect(detailsNotGiven(home, r, '电话多少')).toEqual([]);
    expect(detailsNotGiven(home, r, '联系方式有哪些')).toEqual([]);
    expect(detailsNotGiven(home, r, '电话多少?不要地址')).toEqual([]);
  });
  it('the whole block asked for two details it lacks: said first, then what it gives', () => {
    const t = decide(years, '龙游县政府办的邮箱和地址分别是什么', {}).answer.text;
    expect(t).toMatch(/没有写明(办公地址和电子邮箱|电子邮箱和办公地址)/);
    expect(t).toContain('0570-7013699');
  });
});

describe('contact details: the same over the years?', () => {
  const a = report(2022, { phone: '0356-5221239', department: '办公室信息科' });
  const b = report(2023, { phone: '0356 - 5221239', department: '办公室信息室' });
  it('one number printed with other spaces: the same', () => {
    expect(sameOverYears(intent('contact.phone'), [a, b])).toBe('2022年、2023年报告写的咨询电话一样，没有变化。');
  });
  it('another name: changed, with what each year prints', () => {
    expect(sameOverYears(intent('contact.department'), [b, a])).toBe('负责部门有变化：2022年报告为 办公室信息科，2023年报告为 办公室信息室。');
  });
  it('three years: the years that print the same told together, so the year it changed is seen', () => {
    const c = report(2024, { phone: '0356-5220000' });
    expect(sameOverYears(intent('contact.phone'), [a, b, c])).toBe('咨询电话有变化：2022年、2023年报告为 0356-5221239，2024年报告为 0356-5220000。');
  });
  it('a year that does not give it: said, no verdict; none gives it, the whole block, two offices: nothing', () => {
    expect(sameOverYears(intent('contact.email'), [a, { ...b, contact: { email: 'x@163.com' } }])).toContain('2022年报告没有写明电子邮箱');
    expect(sameOverYears(intent('contact.email'), [a, b])).toBeUndefined();
    expect(sameOverYears(intent('contact.all'), [a, b])).toBeUndefined();
    expect(sameOverYears(intent('contact.phone'), [a, { ...b, office: '另一机关' }])).toBeUndefined();
  });
  it('asked of two loaded years whose enquiry line stands inside section 一: both years read, the verdict said', () => {
    const t = decide(years, '高平市政府办2022年和2023年年报的咨询电话一样吗', {}).answer.text;
    expect(t).toContain('一样，没有变化');
    const d = decide(years, '高平市政府办2022年和2023年年报里负责信息公开的部门有没有变', {}).answer.text;
    expect(d).toContain('信息科');
    expect(d).toContain('信息室');
  });
});

describe('contact details: the fax asked with a bare 号码', () => {
  it('"传真…号码": the fax, not the phone (the normal form reads 号码 as 电话)', () => {
    const t = decide(newa, '金华市市场监管局能收传真吗？号码给一下', {}).answer.text;
    expect(t).toContain('0579-82112630');
  });
  it('the phone named beside the fax: both', () => {
    const t = decide(newa, '金华市市场监管局的电话和传真号码', {}).answer.text;
    expect(t).toContain('0579-82112630');
    expect(t).toContain('0579-82112359');
  });
});

describe('contact details: an office named after its 街道', () => {
  it('"蜀山街道办的电话和地址": the block with the phone as printed, not the address check', () => {
    const a = decide(newa, '萧山区蜀山街道办事处的地址和联系电话是多少', {}).answer;
    expect(a.text).toContain('0570-82363069');
    expect(a.text).toContain('潘右路988号');
  });
  it('the street of the address quoted to check: still the address check', () => {
    const a = decide(newa, '蜀山街道办事处地址是潘右路988号吗', {}).answer;
    expect(a.rule).toBe('address-checked');
  });
});
