// Readings added after the seventeenth blind round (four offices' pages cut at ~2,000 bytes, test/fixtures/reports-fresh17-new):
// figures of table 三 the text states when the table is cut off, a procedure asked of a named office, the address
// without a department.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import { unknownShare } from '../../src/core/understanding.js';

const NO_SLOTS = { years: [], offices: [], unknownOffices: [], spans: [] };

let kn: Knowledge;
let years: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh17-new' })).kn;
  years = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-years' })).kn;
});
const ask = (q: string) => decide(kn, q, {}).answer;

describe('table 三 cut off: the figures the text states', () => {
  it('a result row told by its reason ("因本机关不掌握等原因无法提供2件") answers the row', () => {
    const a = ask('丽水市林业局2024年无法提供的申请有多少件');
    expect(a.text).toContain('无法提供2件');
    expect(a.text).toContain('正文写道');
  });
  it('who applied, asked beside the count: the clause that says it ("申请人均为自然人")', () => {
    const a = ask('丽水市林业局的依申请公开件都是自然人提的吗，有没有法人');
    expect(a.text).toContain('申请人均为自然人');
  });
});

describe('a procedure asked of a named office', () => {
  it('how to apply to a named office is the procedure, not table 三', () => {
    const a = ask('想找丽水市林业局要一份文件，应该如何申请');
    expect(a.intent).toBe('procedure.how');
  });
  it('how long, asked of a named office, is the time limit, not a sentence without one', () => {
    const a = ask('向桦川县卫生健康局申请信息公开后多久能有答复');
    expect(a.text).toMatch(/20\s*个工作日/);
  });
});

describe('words that say when, not what about', () => {
  it('最晚 is a question word: "年报最迟什么时候公布" is the annual report\'s deadline, not the reply\'s', () => {
    expect(ask('年报最迟什么时候公布').intent).toBe('procedure.annual-report');
  });
  it('"…以后多久…" is no unknown topic: the time limit', () => {
    expect(unknownShare(kn, '寄了以后多久给回复', NO_SLOTS).count).toBe(0);
    expect(unknownShare(kn, '离婚以后多久给回复', NO_SLOTS).count).toBe(1);
    expect(ask('寄了以后多久给回复').intent).toBe('procedure.time');
  });
});

describe('contact without a department', () => {
  it('the address the report gives, labelled by the office', () => {
    const a = ask('丽水市林业局的办公地址在哪');
    expect(a.text).toContain('括苍路158号');
    expect(a.text).not.toContain('未写明');
  });
});

describe('staff and follow-ups across years (test/fixtures/reports-years)', () => {
  it('"2021年的报告上呢" after a contact question: the same question of that year\'s report', () => {
    const first = decide(years, '南岗区政府办的邮编是多少', {});
    const next = decide(years, '2021年的报告上呢', first.state).answer;
    expect(next.rule).toBe('slot-only-follow-up');
    expect(next.intent).toBe(first.answer.intent);
  });
  it('"表四里的数字有没有问题" is a check of the report\'s sums, not a procedure', () => {
    const a = decide(years, '南岗区2023年表四里的数字有没有问题', {}).answer;
    expect(a.rule).toBe('consistency-asked');
  });
  it('新出 is 制发 (the new documents of table 二)', () => {
    const a = decide(years, '南岗区2023年新出了几个规范性文件', {}).answer;
    expect(a.text).toContain('本年制发');
  });
  it('"最新的呢" in a conversation about one office: that office\'s newest report, not the newest of all', () => {
    const first = decide(years, '南岗区2021年报告里的邮编', {});
    const next = decide(years, '那最新的呢', first.state).answer;
    expect(next.text).toContain('150080');
  });
  it('依申请公开 asked how many is the new requests of table 三', () => {
    const a = decide(years, '南岗区2023年依申请公开一共多少件', {}).answer;
    expect(a.text).toContain('本年新收政府信息公开申请 46 件');
  });
  it('two years\' stock side by side, "接得上吗": the stock-flow check', () => {
    const a = decide(years, '南岗区2023年现行有效规范性文件25件，和2022年的18件接得上吗', {}).answer;
    expect(a.rule).toBe('stock-flow-check');
  });
  it('a stock worked out and "能对上吗": the stock-flow check', () => {
    const a = decide(years, '南岗区2023年规范性文件，用上一年的现行有效加制发减废止，能对上吗', {}).answer;
    expect(a.rule).toBe('stock-flow-check');
  });
  it('requests carried from a year into the next, that year\'s report loaded and the one before not: 上年结转', async () => {
    const multi = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
    const a = decide(multi, '南岗区2021年没办完、拖到2022年继续办的申请多少件', {}).answer;
    expect(a.text).toContain('上年结转的政府信息公开申请 0 件');
    // (both years loaded: both are meant, no year dropped)
    const b = decide(years, '南岗区2021年没办完、拖到2022年继续办的申请多少件', {}).answer;
    expect(b.text).not.toContain('上年结转的政府信息公开申请 0 件');
  });
});

describe('the base row named as a share\'s denominator', () => {
  it('"这两项…占总申请数的多少" after two rows: both rows added up, over the total', () => {
    const one = decide(years, '南岗区2022年予以公开几件', {});
    const two = decide(years, '那不予公开呢', one.state);
    const a = decide(years, '这两项合起来占总申请数的多少', two.state).answer;
    expect(a.text).toMatch(/40(\.0)?%/);
  });
});

describe('slot-only-follow-up: the year next to the conversation\'s, and corrections said twice', () => {
  it('"那上一年的呢" after a 2023 figure: 2022\'s', () => {
    const one = decide(years, '南岗区2023年予以公开多少件', {});
    const a = decide(years, '那上一年的呢', one.state).answer;
    expect(a.rule).toBe('slot-only-follow-up');
    expect(a.text).toContain('2022年');
  });
  it('"不对不对，我搞错了，是2021年"', () => {
    const one = decide(years, '南岗区2023年予以公开多少件', {});
    const a = decide(years, '不对不对，我搞错了，是2021年', one.state).answer;
    expect(a.rule).toBe('slot-only-follow-up');
    expect(a.text).toContain('2021年');
  });
});

