// Figures an unseen office's page tells only in its text (tables cut off): the sentence found through the
// real understanding and policy, on the fresh27-new fixtures (pages of offices the project never tuned on).
import { beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../../src/core/engine.js';
import { loadKnowledge } from '../../../src/core/bot.js';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh27-new');
});

/** The answer to one message with no conversation before it, on a fixed day. */
function answerOf(k: Knowledge, text: string) {
  return decide(k, text, {}, new Date('2026-06-01T10:00:00Z')).answer;
}

function ask(text: string) {
  return answerOf(kn, text);
}

describe('figure-question: a table-三 figure the text tells in a sentence of its own', () => {
  it('"政府信息公开申请办了多少件": the words every report holds left out, the count is found ("全年累计办理申请29件")', () => {
    const a = ask('彭阳县2022年政府信息公开申请办了多少件?');
    expect(a.rule).toBe('figure-question');
    expect(a.text).toContain('全年累计办理申请29件');
  });
});

describe('count-in-text-over-row: a table word with its how-many words', () => {
  it('"重大项目批复公开了几件": the text\'s count of 重大项目批复, not table 三\'s 予以公开', () => {
    const a = ask('天津市发展改革委2021年重大项目批复公开了几件?');
    expect(a.rule).toBe('count-in-text-over-row');
    expect(a.text).toContain('重大项目批复105件');
  });
  it('"予以公开了几件": 予以 is part of the row\'s name, the table row stays', () => {
    expect(ask('天津市发展改革委2021年予以公开了几件?').rule).not.toBe('count-in-text-over-row');
  });
});

describe('figure-question: requests counted in 例 (fresh28-newa, 金华市市场监管局)', () => {
  it('"受理依申请公开多少件" when the text says "共受理依申请政府信息公开事项17例": that sentence', async () => {
    const jh = await knowledge('test/fixtures/reports-fresh28-newa');
    const a = answerOf(jh, '金华市市场监督管理局22年受理依申请公开多少件？');
    expect(a.text).toContain('17例');
  });
});

describe('vague-figure-report-words: a passage without a count answers no how-many', () => {
  it('"全县一共收到多少件…申请" on a page cut before its figures: never the preface listing six sections', async () => {
    const da = await knowledge('test/fixtures/reports-fresh28-newa');
    const a = answerOf(da, '东阿县2023年全县一共收到多少件政府信息公开申请？');
    expect(a.rule).not.toBe('vague-figure-report-words');
    expect(a.text).not.toContain('六个部分');
  });
});

describe('fresh28-newb pages: counts told in the text (session 11)', () => {
  let nb: Knowledge;
  beforeAll(async () => {
    nb = await knowledge('test/fixtures/reports-fresh28-newb');
  });
  const say = (q: string) => answerOf(nb, q);
  it('visits of a website counted in 次 ("访问量和浏览量分别是多少")', () => {
    const a = say('海南省生态环境厅2022年报里门户网站的访问量和浏览量分别是多少？');
    // (each of the two read on its own by text-arithmetic since session 18, "报里" no part of the item)
    expect(a.rule).toBe('text-arithmetic');
    expect(a.text).toContain('449658次');
    expect(a.text).toContain('980862次');
  });
  it('a bare "一共几条" takes its subject from the clause before it, in a story; "听说县…" is no place', () => {
    const a = say('我老家在紫金县，村里要征地，听说县自然资源局2024年在网上公开过征地信息，一共几条？');
    expect(a.rule).toBe('count-in-report');
    expect(a.text).toContain('征地信息公开2条');
  });
  it('"办理答复了多少件…申请" is the requests handled (办理答复139件), not those received', () => {
    expect(say('大冶市政府2025年办理答复了多少件信息公开申请？').text).toContain('139件');
  });
  it('why handled differ from received, the text counting both and saying nothing of the rest: the difference, said to be unexplained', () => {
    const a = say('海南省生态环境厅2022年受理了46件申请，为什么只办结44件？剩下的哪去了？');
    expect(a.rule).toBe('balance-why');
    expect(a.text).toContain('相差 2 件');
    expect(a.text).toContain('报告没有说明');
  });
  it('the rule in general asked after the asker\'s own count: the rules, not a count', () => {
    const a = say('紫金县自然资源局2024年有2件申请不予公开，一般什么情况下会被不予公开？');
    expect(a.intent).toBe('procedure.exempt');
  });
});

describe('unseen pages: years, subjects and lookups told in the text (session 11)', () => {
  it('"今年的…出来了吗，多少件" before this year\'s report: says so first, then the newest report\'s sentence', async () => {
    const y = await knowledge('test/fixtures/reports-fresh28-years');
    const a = decide(y, '高平市政府办今年的依申请公开数量出来了吗，多少件', {}, new Date('2026-11-30T10:00:00Z')).answer;
    expect(a.text.startsWith('目前只有2023年及以前的报告，还没有2026年的')).toBe(true);
    expect(a.text).toContain('9件');
  });
  it('the requests received told with what they were about: that clause too ("主要集中在征收拆迁")', async () => {
    const y = await knowledge('test/fixtures/reports-fresh28-years');
    const a = decide(y, '龙游县政府办2021年一共收到多少件申请，主要是哪方面的', {}, new Date('2026-11-30T10:00:00Z')).answer;
    expect(a.text).toContain('17件');
    expect(a.text).toContain('征收拆迁');
  });
  it('"核一下…不掌握的几件，另行制作的几件": looked up, not checked; "是没人申请吗": the text\'s 未收到', async () => {
    const na = await knowledge('test/fixtures/reports-fresh28-newa');
    const a = decide(na, '核一下辽宁省生态环境厅2020年报：本机关不掌握相关政府信息的几件，没有现成信息需要另行制作的几件？', {}, new Date('2026-11-30T10:00:00Z')).answer;
    expect(a.rule).toBe('table-row-asked');
    expect(a.text).toContain('15件');
    expect(a.text).toContain('4件');
    expect(decide(na, '涵江区人社局2019年是没人申请吗', {}, new Date('2026-11-30T10:00:00Z')).answer.text).toContain('未收到');
  });
});

describe('figure-question: clauses of a sentence about requests (session 11)', () => {
  it('"收到几件、按期答复几件、有没有结转下年度": each clause, 无转结… included as the row\'s none', async () => {
    const k = await knowledge('test/fixtures/reports-fresh21-new');
    const a = answerOf(k, '大云镇2024年依申请公开:收到几件、按期答复几件、有没有结转下年度?');
    expect(a.text).toContain('共收到依申请公开件1件');
    expect(a.text).toContain('已按期答复1件');
    expect(a.text).toContain('无转结下年度继续办理件');
  });
  it('what the requests were about ("主要为…征地拆迁遗留相关事宜") beside their count', async () => {
    const k = await knowledge('test/fixtures/reports-fresh22-new');
    const a = answerOf(k, '黄岛街道那几件信息公开申请主要是问啥的');
    expect(a.text).toContain('征地拆迁');
  });
});

describe('conversations and everyday words (session 11, fresh26 forms and PDFs)', () => {
  it('"再加上不予处理的，一共多少件" right after a row of table 三: both rows, added up', async () => {
    const k = await knowledge('test/fixtures/reports-forms');
    const first = decide(k, '上海市人民政府办公厅2019年不予公开多少件', {}, new Date('2026-06-01T10:00:00Z'));
    const a = decide(k, '再加上不予处理的，一共多少件？', first.state, new Date('2026-06-01T10:01:00Z')).answer;
    expect(a.text).toContain('以上 2 项合计 193 件（35 + 158');
  });
  it('"按规定他们应该多久答复" after a story: the time limit, 按规定 being no unknown topic', async () => {
    const k = await knowledge('test/fixtures/reports-real');
    const a = answerOf(k, '我的申请交上去快一个月了还没回音，按规定他们应该多久答复？');
    expect(a.intent).toBe('procedure.time');
  });
  it('"为什么有103件申请没在当年答复完": the requests carried over, explained', async () => {
    const k = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-real', defaultOffice: '淮安市人民政府' })).kn;
    const a = answerOf(k, '为什么有103件申请没在当年答复完？');
    expect(a.rule).toBe('balance-why');
    expect(a.text).toContain('103');
  });
  it('English: "mailing address … for FOI questions" is the address', async () => {
    const k = await knowledge('test/fixtures/reports-real');
    const a = answerOf(k, 'What is the mailing address of 淮安市人民政府办公室 for FOI questions?');
    expect(a.text).toContain('翔宇南道');
  });
});

describe('fresh29-newb pages (session 11)', () => {
  it('a title naming the office by its organ alone ("住建局 2025 年…") takes the file name\'s office; the requests asked vaguely get the text\'s sentence', async () => {
    const k = await knowledge('test/fixtures/reports-fresh29-newb');
    expect(k.reports.map((r) => r.office)).toContain('安阳县住房和城乡建设局');
    const a = answerOf(k, '安阳县住建局2025年一共收到多少件政府信息公开申请?');
    expect(a.text).toContain('办理有69件');
  });
});

describe('fresh29-newb: things received that are not requests, and a remedy in other words', () => {
  it('"收到好多咨询建议,办结了没得": the text\'s count of 咨询、建议, not table 三\'s requests', async () => {
    const k = await knowledge('test/fixtures/reports-fresh29-newb');
    const a = answerOf(k, '振龙镇2021年收到好多咨询建议,办结了没得?');
    expect(a.rule).toBe('vague-figure-report-words');
    expect(a.text).toContain('咨询、建议和意见5条,办结5条');
  });
  it('"不给我公开,我能去哪里讨说法": the remedies', async () => {
    const k = await knowledge('test/fixtures/reports-fresh29-newb');
    expect(answerOf(k, '北碚区政府不给我公开,我能去哪里讨说法?').rule).toBe('remedy-asked');
  });
});

describe('fresh29-newa: staff across offices (session 11)', () => {
  let k: Knowledge;
  beforeAll(async () => {
    k = await knowledge('test/fixtures/reports-fresh29-newa');
  });
  const say = (q: string) => answerOf(k, q);
  it('"依申请公开数量哪家最多": ranked by each text\'s sentence about requests (26, 23, 5 …)', () => {
    const a = say('库里这几家年报，依申请公开数量哪家最多？');
    expect(a.rule).toBe('across-offices');
    expect(a.text.split('\n')[0]).toContain('兴和县人民政府2024年');
    expect(a.text).toContain('23件');
  });
  it('offices typed with a pinyin slip: 贵州省机关事物管理局, 光明区公民街道', () => {
    expect(say('贵州省机关事物管理局的公众号23年发了几条').rule).not.toBe('report-not-loaded');
    expect(say('深圳光明区公民街道2020年收到几个信息公开申请').text).toContain('受理4申请');
  });
  it('"有几件顺延到下年度办": the clause 除2件顺延至下年度办结回复外', () => {
    expect(say('硚口卫健25年有几件顺延到下年度办').text).toContain('2件顺延至下年度');
  });
});

describe('across-offices: two offices named with their own years', () => {
  it('"彭阳县2022年和海棠区2023年，哪个依申请公开件数多": each office\'s year, the tie said', async () => {
    const f = await knowledge('test/fixtures/reports-fresh27-new');
    const a = answerOf(f, '彭阳县人民政府2022年和海棠区政府办2023年,哪个依申请公开件数多?');
    expect(a.text).toContain('一样多，都是29件');
  });
});

describe('fresh29-real conversations (session 11)', () => {
  let k: Knowledge;
  beforeAll(async () => {
    k = await knowledge('test/fixtures/reports-real');
  });
  function talk(...qs: string[]) {
    let state = {};
    return qs.map((q, i) => {
      const out = decide(k, q, state, new Date(Date.parse('2026-06-01T10:00:00Z') + i * 60_000));
      state = out.state;
      return out.answer;
    });
  }
  it('"占全部办理结果的比例是多少" after a row: its share; "市里这一项是多少": the same row of the city', () => {
    const [, share, city] = talk('洪泽区2024年因为本机关不掌握相关信息无法提供的有多少件？', '占全部办理结果的比例是多少', '市里这一项是多少');
    expect(share!.text).toContain('32.6%');
    expect(city!.text).toContain('769 件');
  });
  it('"那市政府办的邮箱呢": the city government\'s own report', () => {
    const [, , mail] = talk('洪泽区政府办信息公开的电话多少？', '邮箱呢', '那市政府办的邮箱呢');
    expect(mail!.text).toContain('hazwgkc@163.com');
  });
  it('"市政府各部门分别收到多少申请？哪个部门最多？": not counted by department — never a ranking of the loaded offices', () => {
    const [a] = talk('市政府各部门分别收到多少申请？哪个部门最多？');
    expect(a!.rule).toBe('not-counted');
  });
});

describe('fresh29-newb: none said in words, and a count told through two channels', () => {
  let k: Knowledge;
  beforeAll(async () => {
    k = await knowledge('test/fixtures/reports-fresh29-newb');
  });
  const say = (q: string) => answerOf(k, q);
  it('"无结转下年度继续办理件": read as 0; "无行政复议,无提起行政诉讼的情况": the none of table 四', () => {
    expect(say('汨罗市2024年的依申请公开有没有结转到下一年的').text).toContain('无结转下年度继续办理件（即 0 件）');
    expect(say('泾县教育局2023年有没有因为信息公开被复议或者被起诉?').text).toContain('无行政复议');
  });
  it('"主动公开了多少政府信息", told for the website and for new media: both sentences', () => {
    const a = say('北碚区2022年主动公开了多少政府信息');
    expect(a.text).toContain('7191条');
    expect(a.text).toContain('5455条');
    // a channel named: that one only
    expect(say('北碚区2022年政务新媒体主动公开了多少政府信息').text).not.toContain('7191');
  });
});

describe('fresh30-newa: complaints are no requests; two contact details, one asked by 发我', () => {
  let k: Knowledge;
  beforeAll(async () => {
    k = await knowledge('test/fixtures/reports-fresh30-newa');
  });
  const say = (q: string) => answerOf(k, q);
  it('"受理政府信息公开申请21件，受理…申请投诉件1件": 21 requests, ranked and added up with another office\'s', () => {
    const a = say('昌江区2019年和保山市政府办2024年收到的信息公开申请，合计多少件？');
    expect(a.text).toContain('合计 34 件');
  });
  it('"邮箱是多少？邮编也发我下": both', () => {
    const a = say('甘谷交通运输局邮箱是多少？邮编也发我下');
    expect(a.text).toContain('741200');
    expect(a.text).toContain('ggkdjtju@163.com');
  });
});

describe('fresh30-forms pages (session 11)', () => {
  let k: Knowledge;
  beforeAll(async () => {
    k = await knowledge('test/fixtures/reports-forms');
  });
  const say = (q: string) => answerOf(k, q);
  it('a 街道办 typed with a sound-alike (陀峰路 for 驼峰路): that office, never another office\'s figure', () => {
    expect(say('陀峰路街道办2020年的年报里规范性文件新制作了几件').text).toContain('驼峰路街道办事处2020年');
  });
  it('the fee told outside section 六 ("未收取任何政府信息公开费用"): the report\'s own statement', () => {
    expect(say('驼峰路街道办2020年收取政府信息公开费用了吗？').text).toContain('未收取任何政府信息公开费用');
  });
  it('a word only the report uses right before the how-many ("审计报告有几条"): the sentence that counts it', () => {
    expect(say('桃江县审计局2020年公开的审计报告有几条？').text).toContain('审计报告8条');
  });
});

describe('fresh30 on the default report: a share, a story of waiting, a document wanted (session 11)', () => {
  let k: Knowledge;
  beforeAll(async () => {
    k = await knowledge();
  });
  const say = (q: string) => answerOf(k, q);
  it('"无法提供在全部办理结果里占多大比重": the share (a share is a figure, no how-many needed)', () => {
    expect(say('无法提供在全部办理结果里占多大比重？').text).toContain('53.3%');
  });
  it('a story of waiting, then how many days by the rules, no punctuation: the time limit', () => {
    expect(say('我去年十月份交了个申请到现在也没个信儿这正常吗按规定他们多少天之内得给我回话').intent).toBe('procedure.time');
  });
  it('"我想要我们那片动迁补偿的文件上哪要去啊": how to apply', () => {
    expect(say('我想要我们那片动迁补偿的文件上哪要去啊我也不懂这些').intent).toBe('procedure.how');
  });
});
