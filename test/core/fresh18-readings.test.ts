// Readings added after the eighteenth blind round (five offices' pages cut at ~2,000 bytes,
// test/fixtures/reports-fresh18-new): what the text says when the tables are cut off.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh18-new' })).kn;
});
const ask = (q: string) => decide(kn, q, {}).answer;

describe('tables cut off: the text\'s own word', () => {
  it('no review or suit, said in the text ("未发生…行政复议、提起行政诉讼"), answers a question about table 四', () => {
    const a = ask('山西省交通运输厅2021年有没有因为信息公开当被告');
    expect(a.text).toContain('未发生因政府信息公开工作而被申请行政复议');
  });
  it('"未因政府信息公开工作收到被申请行政复议、提起诉讼的情况" is no case either', () => {
    const a = ask('宣州区医疗保障局2022年信息公开方面有被起诉吗');
    expect(a.text).toContain('未因政府信息公开工作收到被申请行政复议');
  });
  it('received and handled, told in one sentence ("收到…16项,办理15项"): both clauses', () => {
    const a = ask('山西省交通运输厅2021年依申请公开接到了多少，处理了几件');
    expect(a.text).toContain('16项');
    expect(a.text).toContain('办理15项');
  });
});

describe('a table named as empty', () => {
  it('"表四怎么是空的": the finding about that table only', async () => {
    const multi = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
    const a = decide(multi, '南岗区的表四为什么空着', {}).answer;
    expect(a.rule).toBe('consistency-asked');
    expect(a.text).toContain('表四');
    expect(a.text).not.toContain('2021 年');
  });
});

describe('follow-ups and rows in a conversation (test/fixtures/reports-multi)', () => {
  let multi: Knowledge;
  beforeAll(async () => {
    multi = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
  });
  it('a bare "几件" after a row named without a count: that row\'s figure', () => {
    const one = decide(multi, '说一下沭阳县属于行政查询事项那一行', {});
    const a = decide(multi, '多少件', one.state).answer;
    expect(a.text).toContain('9 件');
  });
  it('没审完 is 尚未审结', () => {
    const one = decide(multi, '沭阳县被申请行政复议多少件', {});
    const a = decide(multi, '有几件没审完', one.state).answer;
    expect(a.text).toContain('尚未审结 15');
  });
  it('"…然后公开了多少件" after the requests received: the granted too', () => {
    const a = decide(multi, '沭阳县2025年收了多少申请然后公开了多少', {}).answer;
    expect(a.text).toContain('713');
    expect(a.text).toContain('294');
  });
  it('the article of a result with reasons: the basis of each reason it counts', () => {
    const a = decide(multi, '南岗区不予公开的依据是条例哪一条', {}).answer;
    expect(a.text).toContain('第十五条');
    expect(a.text).toContain('第十六条');
  });
  it('"具体呢" after a figure: that figure with its parts; "结果呢" after cases: every result', () => {
    const one = decide(multi, '南岗区2022年无法提供的有几件', {});
    expect(decide(multi, '详细点呢', one.state).answer.text).toContain('本机关不掌握相关政府信息 6 件');
    const two = decide(multi, '沭阳县行政诉讼几件', {});
    expect(decide(multi, '结果如何', two.state).answer.text).toMatch(/结果维持 \d+/);
    expect(decide(multi, '结果咋样了', two.state).answer.text).toMatch(/结果维持 \d+/);
  });
  it('"不对 我要沭阳的": a correction naming the report, the last question again', () => {
    const one = decide(multi, '南岗区新收多少申请', {});
    const a = decide(multi, '不对 我要沭阳的', one.state).answer;
    expect(a.rule).toBe('slot-only-follow-up');
    expect(a.text).toContain('713');
  });
});

describe('rows of table 二 added up', () => {
  it('"许可、处罚、强制加起来多少": the sum of cells in one unit', () => {
    const a = ask('二郎街道2022年行政许可和行政处罚合起来一共多少件');
    expect(a.text).toMatch(/以上 2 项合计 \d+ 件（\d+ \+ \d+，按报告数字计算）/);
  });
});

describe('which of the loaded offices', () => {
  it('"这几家单位里哪几家写了电话": each office\'s answer, labelled', () => {
    const a = ask('这几家单位里哪几家留了联系电话');
    expect(a.rule).toBe('across-offices');
    expect(a.text).toContain('平塘县人民政府');
    expect(a.text).toContain('二郎街道办事处');
  });
});

describe('procedure answers of an office without contact details', () => {
  it('the rules still, the missing details left out (never "未写明" for the whole answer)', () => {
    const a = ask('申请书用挂号信寄到葫芦岛高新区，收件的日期怎么确定');
    expect(a.text).toContain('签收之日');
    expect(a.text).not.toContain('未写明');
  });
});

