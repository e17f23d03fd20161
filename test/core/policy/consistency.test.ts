import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { consistencyAsked } from '../../../src/core/policy/consistency.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('consistency-asked', () => {
  it('table 三\'s results by their numbers, first to last ("（一）到（六）各项加起来"), two of them read as rows: every group against the total', () => {
    const d = consistencyAsked.decide(u({ norm: '表三办理结果(一)到(六)加起来跟(七)总计对得上吗', metric: metric({ rows: ['granted', 'other', 'total'] }) }), {}, kn);
    const text = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('无法提供 8');
    expect(text).toContain('= 15 件');
  });
  it('a group\'s parts, the balance rows, or nothing named: the check', () => {
    expect(consistencyAsked.decide(u({ norm: '不予公开的小计和分项加起来对得上吗', metric: metric({ rows: ['refused'] }) }), {}, kn)?.kind).toBe('passage');
    expect(consistencyAsked.decide(u({ norm: '新收加上年结转是否等于总计加结转下年，核对一下', metric: metric({ rows: ['new', 'carried', 'total', 'carry-over'] }) }), {}, kn)?.kind).toBe('passage');
    expect(consistencyAsked.decide(u({ norm: '表三的数字对得上吗' }), {}, kn)?.kind).toBe('passage');
    // "是不是数据错了" asks the check too
    const d = consistencyAsked.decide(u({ norm: '办结15件,新收15件,是不是数据错了?', metric: metric({ rows: ['total', 'new'] }) }), {}, kn);
    expect(JSON.stringify(d)).toContain('上年结转');
  });
  it('one figure named to be checked, or no check asked: no decision', () => {
    expect(consistencyAsked.decide(u({ norm: '现行有效件数，核对一下是不是18', metric: metric({ table: '二', rows: ['normative'], cols: ['valid'] }) }), {}, kn)).toBeUndefined();
    expect(consistencyAsked.decide(u({ norm: '不予公开多少', metric: metric({ rows: ['refused'] }) }), {}, kn)).toBeUndefined();
  });
});

describe('consistency-asked: two of the report\'s own figures set against each other', () => {
  let web: Knowledge;
  beforeAll(async () => {
    web = await knowledge('test/fixtures/reports-web');
  });
  const text = (d: unknown) => JSON.stringify(d);
  it('the text against a table, with the numbers quoted: the load\'s finding that states them', () => {
    const d = consistencyAsked.decide(u({ norm: '长春退役军人事务局年报正文说受理2件,表格里新收写的3件,哪个准?', slots: { years: [], offices: ['长春市退役军人事务局'], unknownOffices: [], spans: [] }, metric: metric({ rows: ['new'] }) }), {}, web);
    expect(d?.kind).toBe('passage');
    expect(text(d)).toMatch(/说收到的申请 2 件，与表格数字 3 不一致/);
    expect(text(d)).toContain('机器人未作改动');
  });
  it('a figure asked plainly, or against the text with no finding that speaks of it: no decision', () => {
    expect(consistencyAsked.decide(u({ norm: '本年新收多少', metric: metric({ rows: ['new'] }) }), {}, kn)).toBeUndefined();
    // 南岗区 2022 has no finding about 新收: the figure answers (rule figure-question)
    expect(consistencyAsked.decide(u({ norm: '正文说收到15件,表三新收是多少', metric: metric({ rows: ['new'] }) }), {}, kn)).toBeUndefined();
  });
});

describe('consistency-asked: 核一下 … 是不是等于', () => {
  it('"帮我核一下表三：新收加上年结转，是不是等于办理总计加结转下年": the balance of table 三', async () => {
    const { decide } = await import('../../../src/core/engine.js');
    const { loadKnowledge } = await import('../../../src/core/bot.js');
    const k = (await loadKnowledge({})).kn;
    const a = decide(k, '帮我核一下表三：新收加上年结转，是不是等于办理总计加结转下年', {}).answer;
    expect(a.rule).toBe('consistency-asked');
    expect(a.text).toContain('一致');
  });
});

describe('consistency-asked: a printed total asked whether it is right', () => {
  it('"洪泽区2023年表四里行政复议总计印的是0，这个对吗": the parts add up to 11, the total says 0', async () => {
    const { decide } = await import('../../../src/core/engine.js');
    const { loadKnowledge } = await import('../../../src/core/bot.js');
    const real = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-real' })).kn;
    const a = decide(real, '洪泽区2023年表四里行政复议总计印的是0，这个对吗', {}).answer;
    expect(a.rule).toBe('consistency-asked');
    expect(a.text).toContain('= 11，但总计为 0');
  });
});

describe('consistency-asked: a sum the text tells', () => {
  it('"分项加起来是不是116条" of a page without tables: the parts after 其中 added against the total', async () => {
    const pages = await knowledge('test/fixtures/reports-fresh19-new');
    const slots = { years: [], offices: ['宣汉县民政局'], unknownOffices: [], spans: [{ start: 0, end: 5 }] };
    const d = consistencyAsked.decide(u({ norm: '宣汉民政局公开信息分项加起来是不是116条?', slots }), {}, pages);
    expect(JSON.stringify(d)).toContain('= 116 条，与报告所写的总数 116 条相等，一致');
    // a table asked that is empty ("表四…一个数都没有") is not such a sum
    const t4 = consistencyAsked.decide(u({ norm: '表四复议诉讼那栏怎么一个数都没有', slots, metric: metric({ table: '四', rows: ['review'] }) }), {}, pages);
    expect(JSON.stringify(t4 ?? {})).not.toContain('其中各项相加');
  });
});

describe('consistency-asked: the results against their total, and 没问题吧', () => {
  it('"七类办理结果加起来对得上吗" with the total named: each result group added up against the total', () => {
    const d = consistencyAsked.decide(u({ norm: '办结15件,七类办理结果加起来对得上吗', metric: metric({ rows: ['total'] }) }), {}, kn);
    const text = d?.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('予以公开 4 + 部分公开 0 + 不予公开 2');
    expect(text).toContain('= 15 件');
  });
  it('"新收15、结转0，办结15、结转下年0，没问题吧": the balance of table 三', () => {
    const d = consistencyAsked.decide(u({ norm: '新收15、结转0,办结15、结转下年0,没问题吧', metric: metric({ rows: ['new', 'carried', 'total', 'carry-over'] }) }), {}, kn);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('两边相等');
  });
});

describe('consistency-asked: 核一下 as "look it up"', () => {
  it('"核一下2022年上传信息多少条": a count to look up, nothing set against it — no decision', () => {
    expect(consistencyAsked.decide(u({ norm: '核一下上传信息多少条', kind: 'count', quantity: true }), {}, kn)).toBeUndefined();
  });
});

describe('consistency-asked: a subtotal quoted inside a larger total', () => {
  it('"网站发布3832篇,是不是等于概况类、政务动态、信息公开目录三项相加": the parts against the subtotal quoted, not the year\'s total', async () => {
    const f = await knowledge('test/fixtures/reports-fresh27-new');
    const norm = '核对一下:彭阳县2022年网站发布3832篇,是不是等于概况类、政务动态、信息公开目录三项相加?';
    const d = consistencyAsked.decide(u({ norm, slots: { years: [2022], offices: ['彭阳县人民政府'], unknownOffices: [], spans: [{ start: 5, end: 14 }] } }), {}, f);
    const text = d?.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('269 + 435 + 3128 = 3832');
    expect(text).toContain('一致');
    expect(text).not.toContain('不相等');
  });
});

describe('consistency-asked: a cell of a table looked up with 核对', () => {
  it('"核对一下…表三，不予公开里“保护第三方合法权益”是几件": no check, the cell answers', async () => {
    const g = await knowledge('test/fixtures/reports-fresh20-newb');
    const m = metric({ rows: ['refused.third-party'] });
    expect(consistencyAsked.decide(u({ norm: '核对一下官洲街道23年表三,不予公开里“保护第三方合法权益”是几件', metric: m, kind: 'count', quantity: true }), {}, g)).toBeUndefined();
    // a check asked beside it still checks
    expect(consistencyAsked.decide(u({ norm: '核对一下表三,不予公开的分项加起来对得上吗', metric: metric({ rows: ['refused'] }) }), {}, g)).toBeDefined();
  });
});
