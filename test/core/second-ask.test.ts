// Two questions in one message about different things: each answered; a clause that leans on the other, a
// loose match of a clause read alone, or something already said adds nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  ({ kn } = await loadKnowledge({ reportsDir: 'data/reports' }));
});

describe('two questions in one message', () => {
  it('the phone and a figure: both answered', () => {
    const t = decide(kn, '联系电话多少？另外信访举报投诉类的申请有几件', {}).answer.text;
    expect(t).toContain('0451-82705546');
    expect(t).toMatch(/信访举报投诉类申请.{0,12}1 件/);
  });
  it('a clause that leans on the other ("都是啥原因"): the figure with its reasons only, no general rules added', () => {
    const t = decide(kn, '不予公开多少件 都是啥原因', {}).answer.text;
    expect(t).toContain('保护第三方合法权益');
    expect(t).not.toContain('《条例》第十四');
  });
  it('a story with question words of its own, then two questions marked as such: both answered, each read whole', () => {
    const t = decide(kn, '工作人员也说不清是按什么标准定的。想问问：申请交上去以后对方最晚多少个工作日得答复？要是一直不理我们，我们还能怎么办？', {}).answer.text;
    expect(t).toContain('20个工作日');
    expect(t).toMatch(/行政复议/);
  });
  it('said in one breath (voice input, no punctuation): the question particles end the questions, a yes/no of its own is added', () => {
    const t = decide(kn, '喂你好我想问一下那个政府信息公开申请要不要交钱啊我岁数大了不会上网写字手也哆嗦能不能口头说给你们让你们帮着填', {}).answer.text;
    expect(t).toContain('口头提出');
    expect(t).toContain('不收取费用');
  });
  it('two procedure questions, each marked as a question or with a question word of its own: both answered', () => {
    const t = decide(kn, '我们公司想申请某地块的批复，能以公司名义申请吗？要准备什么材料？', {}).answer.text;
    expect(t).toContain('身份证明');
    expect(t).toContain('法人或者其他组织都可以');
  });
  it('how, then how long ("怎么申请，多久能答复"): both', () => {
    const t = decide(kn, '我要向你们申请公开一个企业的环评批复，怎么申请，多久能答复', {}).answer.text;
    expect(t).toMatch(/书面|信件/);
    expect(t).toContain('20个工作日');
  });
  it('numbered questions (1.… 2.… 3.…): each answered', () => {
    const t = decide(kn, '问三个事：1.规范性文件现行有效几件？2.行政许可决定多少？3.全年新收申请多少件？', {}).answer.text;
    expect(t).toContain('现行有效 18 件');
    expect(t).toContain('本年新收政府信息公开申请 15 件');
  });
  it('one question: one answer', () => {
    expect(decide(kn, '联系电话多少', {}).answer.text).not.toContain('\n\n');
  });
});

describe('two questions: a how-long clause', () => {
  it('the phone and the time limit ("电话多少？另外申请一般多久能答复"): a plausible match of the clause\'s own kind is added', () => {
    const t = decide(kn, '电话多少？另外申请一般多久能答复', {}).answer.text;
    expect(t).toContain('0451-82705546');
    expect(t).toContain('20个工作日');
  });
});

describe('会不会 asks whether', () => {
  it('"…会不会被收钱": the fee rules, not "不会写字怎么申请"', () => {
    expect(decide(kn, '要是一个月里申请了三十多次，会不会被收钱', {}).answer.intent).toBe('procedure.fee');
  });
});

describe('a lawyer asking a figure and the remedies', () => {
  it('"我是律师…这种情况有几件？我们能通过什么途径救济？": the 第三方 row (not the 法律服务机构 column) and the remedies', () => {
    const t = decide(kn, '我是律师。我当事人的申请被以保护第三方合法权益为由不予公开，南岗区政府办2022年这种情况有几件？我们能通过什么途径救济？', {}).answer.text;
    expect(t).toMatch(/保护第三方合法权益.{0,12}1 件/);
    expect(t).not.toContain('法律服务机构');
    expect(t).toMatch(/复议|诉讼/);
  });
});

describe('two figures in two questions, and a clause that points back', () => {
  it('"新收了几件，上年结转几件": both figures', async () => {
    const other = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-other' })).kn;
    const t = decide(other, '株洲芦淞教育局23年新收了几件信息公开申请，上年结转几件', {}).answer.text;
    expect(t).toContain('43 件');
    expect(t).toMatch(/上年结转.{0,16}2 件/);
  });
  it('"…几件？里面商业企业申请的几件": the clause leans back on the first, nothing about new requests is added', async () => {
    const real = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-real', defaultOffice: '淮安市人民政府' })).kn;
    expect(decide(real, '三类内部事务信息不予公开几件？里面商业企业申请的几件', {}).answer.text).not.toContain('本年新收');
  });
});

describe('two questions in one message: a contact detail asked for without a question word', () => {
  it('"想知道…一共有几个人申请过信息公开，顺便把他们办公室电话给我": the phone and the count', async () => {
    const k = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh29-newa' })).kn;
    const a = decide(k, '我是温州的退休职工，想知道市医保局2024年一共有几个人申请过信息公开，顺便把他们办公室电话给我', {}, new Date('2026-06-01T10:00:00Z')).answer;
    expect(a.text).toContain('0577-88880725');
    expect(a.text).toContain('5件');
  });
});
