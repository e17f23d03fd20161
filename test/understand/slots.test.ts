import { describe, expect, it } from 'vitest';
import { loadIntents } from '../../src/answer/intents.js';
import { findMetric } from '../../src/understand/metrics.js';
import { findReportSlots } from '../../src/understand/slots.js';
import { officeNames, splitOffice } from '../../src/understand/office-names.js';

const refs = [
  { id: '南岗区人民政府办公室-2022', office: '南岗区人民政府办公室', year: 2022, context: '哈尔滨市南岗区大成街 52 号' },
  { id: '沭阳县人民政府-2025', office: '沭阳县人民政府', aliases: ['沐阳县人民政府'], year: 2025 },
];
const now = new Date('2026-06-01');

describe('report slots', () => {
  it('a department is named by its place and organ; another organ of that place is not it', () => {
    const dept = [{ id: 'x', office: '株洲市芦淞区教育局', year: 2023 }, { id: 'y', office: '绵阳市生态环境局', year: 2020 }];
    expect(findReportSlots('芦淞教育局行政许可多少', dept, now).offices).toEqual(['株洲市芦淞区教育局']);
    expect(findReportSlots('芦淞区不予处理几件', dept, now).offices).toEqual(['株洲市芦淞区教育局']);
    const other = findReportSlots('绵阳市教育局2020年收到多少申请', dept, now);
    expect(other.offices).toEqual([]);
    expect(other.unknownOffices).toEqual(['绵阳市教育局']);
    // the place's government after a department's place is another office too
    expect(findReportSlots('绵阳市人民政府2020年收到多少申请', dept, now).unknownOffices).toEqual(['绵阳市人民政府']);
    expect(findReportSlots('绵阳市人民政府2020年收到多少申请', dept, now).offices).toEqual([]);
  });

  it('an ethnic district by its place and level alone (管城区 for 管城回族区), and the year of an old format is no report year', () => {
    const gc = [{ id: 'g', office: '郑州市管城回族区人民政府', year: 2020 }];
    expect(findReportSlots('管城区2020年行政复议有几件', gc, now).offices).toEqual(['郑州市管城回族区人民政府']);
    expect(findReportSlots('管城区2020年行政复议有几件', gc, now).unknownOffices).toEqual([]);
    expect(findReportSlots('哪份年报的表格还是2019年那种老格式', gc, now).years).toEqual([]);
  });

  it('a new district keeps its 新 (浦东新区 is another office, not nothing)', () => {
    const city = [{ id: 'h', office: '淮安市人民政府', year: 2024 }];
    expect(findReportSlots('浦东新区政府2019年受理了多少信息公开申请', city, now).unknownOffices).toEqual(['浦东新区']);
  });
  it('a verb said to the bot before 市政府 is no place ("核一下市政府的表三")', () => {
    const city = [{ id: 'h', office: '淮安市人民政府', year: 2024 }];
    expect(findReportSlots('核一下市政府表三的勾稽关系', city, now).unknownOffices).toEqual([]);
    expect(findReportSlots('查一下泗阳县政府的年报', city, now).unknownOffices).toEqual(['泗阳县']);
  });

  it('requests carried over from a year are counted in the next year\'s report ("从2021年转过来的")', () => {
    expect(findReportSlots('从2021年转过来的申请有几个', refs, now).years).toEqual([2022]);
    expect(findReportSlots('2021年收到多少申请', refs, now).years).toEqual([2021]);
  });
  it('an everyday short form of the organ names it ("长春退役军人局"); another organ stays another office', () => {
    const dept = [{ id: 'c', office: '长春市退役军人事务局', year: 2023 }];
    expect(findReportSlots('长春退役军人局收到多少申请', dept, now).offices).toEqual(['长春市退役军人事务局']);
    expect(findReportSlots('长春退伍军人局收到多少申请', dept, now).offices).toEqual(['长春市退役军人事务局']);
    // the organ said in short after the place is part of the name ("湛江地方志办呢": nothing else asked)
    const zj = [{ id: 'z', office: '湛江市人民政府地方志办公室', year: 2023 }, ...dept];
    const s = findReportSlots('那湛江地方志办呢', zj, now);
    expect(s.offices).toEqual(['湛江市人民政府地方志办公室']);
    expect(s.spans).toEqual([{ start: 1, end: 7 }]);
    // pointed at: "长春这个局" is the loaded office of that place
    expect(findReportSlots('长春这个局新收申请几件', dept, now).offices).toEqual(['长春市退役军人事务局']);
    // pointed at and named in short: "开阳县那个市场监管局" is the loaded 开阳县市场监督管理局; another organ is not
    const ky = [{ id: 'k', office: '开阳县市场监督管理局', year: 2020 }];
    const pointed = findReportSlots('那开阳县那个市场监管局呢', ky, now);
    expect([pointed.offices, pointed.unknownOffices]).toEqual([['开阳县市场监督管理局'], []]);
    expect(findReportSlots('开阳县那个教育局收到几件', ky, now).offices).toEqual([]);
    // a place inside a loaded government's place is another office: "淮安市清江浦区" is not 淮安市人民政府
    const ha = [{ id: 'h', office: '淮安市人民政府', year: 2024 }, { id: 'hz', office: '淮安市洪泽区人民政府', year: 2024 }];
    const qjp = findReportSlots('淮安市清江浦区2024年信息公开申请多少件', ha, now);
    expect([qjp.offices, qjp.unknownOffices]).toEqual([[], ['淮安市清江浦区']]);
    expect(findReportSlots('淮安市洪泽区2024年收到几件', ha, now).offices).toEqual(['淮安市洪泽区人民政府']);
    expect(findReportSlots('淮安市和洪泽区2024年各收到几件', ha, now).unknownOffices).toEqual([]);
    // a township under a loaded township's county is another office: "古蔺县大村镇" is not 古蔺县东新镇人民政府
    const gl = [{ id: 'g', office: '古蔺县东新镇人民政府', year: 2024 }, { id: 'a', office: '安镇街道办事处', year: 2025 }];
    const town = findReportSlots('古蔺县大村镇2024年公开了多少条政府信息', gl, now);
    expect([town.offices, town.unknownOffices]).toEqual([[], ['古蔺县大村镇']]);
    expect(findReportSlots('古蔺县东新镇2024年公开了多少', gl, now).offices).toEqual(['古蔺县东新镇人民政府']);
    // …and an unknown county's township, whose year is another office's: not that office
    expect(findReportSlots('苍溪县东溪镇2025年受理了几件申请', gl, now).unknownOffices).toEqual(['苍溪县东溪镇']);
    // a story's words before 区政府 are no place: "上个月十号去区政府办交了申请"
    expect(findReportSlots('我上个月十号去区政府办交了一份申请', ky, now).unknownOffices).toEqual([]);
    const other = findReportSlots('长春教育局收到多少申请', dept, now);
    expect(other.offices).toEqual([]);
    expect(other.unknownOffices).toEqual(['长春教育局']);
  });
  it('去年结转 is a row of the report, 去年底 a time in a story, 结转到2024年 the 2023 report', () => {
    expect(findReportSlots('去年结转过来的申请有没有', refs, now).years).toEqual([]);
    expect(findReportSlots('我去年底寄了个申请', refs, now).years).toEqual([]);
    expect(findReportSlots('去年收到多少申请', refs, now).years).toEqual([now.getFullYear() - 1]);
    expect([...findReportSlots('2023年结转到2024年的有几件', refs, now).years]).toEqual([2023]);
  });
  it('a government office by its place and 政府办公室 is named whole (nothing of it left in the question)', () => {
    const gov = [{ id: 'n', office: '南岗区人民政府办公室', year: 2022 }];
    const s = findReportSlots('南岗区政府办公室收了多少申请', gov, now);
    expect(s.offices).toEqual(['南岗区人民政府办公室']);
    expect(s.spans).toEqual([{ start: 0, end: 8 }]);
    expect(findReportSlots('南岗区办公室收到多少', gov, now).offices).toEqual(['南岗区人民政府办公室']);
  });
  it('a government by its level alone ("市里", "区政府") is the one loaded government of that level', () => {
    const two = [{ id: 'c', office: '淮安市人民政府', year: 2024 }, { id: 'd', office: '淮安市洪泽区人民政府', year: 2024 }];
    expect([...findReportSlots('市里和洪泽区2024年的复议各多少', two, now).offices].sort()).toEqual(['淮安市人民政府', '淮安市洪泽区人民政府'].sort());
    // (not the end of a place's name, nor a government's departments)
    expect(findReportSlots('小区里的文件怎么申请', two, now).offices).toEqual([]);
    expect(findReportSlots('2024年市政府收了多少信息处理费', two, now).offices).toEqual(['淮安市人民政府']);
    expect(findReportSlots('市政府各部门的年报什么时候公布', two, now).offices).toEqual([]);
  });
  it('short office names', () => {
    expect(officeNames('南岗区人民政府办公室')).toEqual(expect.arrayContaining(['南岗区', '南岗']));
    // an office (办公室) of a department also goes by 办: 地方志办公室 → 地方志办, and by its common short names
    expect(officeNames('陕西省地方志办公室')).toEqual(expect.arrayContaining(['陕西地方志办', '陕西省地方志办', '陕西方志办']));
  });
  it('short forms of long names: 经开区, 管委会, 高新区; an autonomous prefecture by its place (大理州, 大理)', () => {
    expect(officeNames('银川经济技术开发区管理委员会')).toEqual(expect.arrayContaining(['银川经开区', '银川经开区管委会', '银川经济技术开发区']));
    expect(officeNames('葫芦岛高新技术产业开发区')).toEqual(expect.arrayContaining(['葫芦岛高新区']));
    expect(officeNames('大理白族自治州人民政府')).toEqual(expect.arrayContaining(['大理州', '大理', '大理州政府']));
    expect(officeNames('长阳土家族自治县人民政府')).toEqual(expect.arrayContaining(['长阳县']));
    expect(officeNames('杭州市人民政府')).toEqual(expect.arrayContaining(['杭州']));
    expect(officeNames('杭州市人民政府')).not.toContain('杭');
  });
  it('the edition of the report format ("表二（2019版格式）") is no report year', () => {
    const mianyang = [{ id: 'm', office: '绵阳市生态环境局', year: 2020 }];
    expect(findReportSlots('绵阳市生态环境局2020年报表二（2019版格式），行政许可多少', mianyang, now).years).toEqual([2020]);
  });
  it('a banner by its everyday short name: 乌拉特后旗 → 乌后旗', () => {
    expect(officeNames('乌拉特后旗人民政府')).toEqual(expect.arrayContaining(['乌后旗', '乌后旗政府']));
  });
  it('an organ whose words end like a place (住房和城乡建设局, 城市管理局) is no place: its short names are made', () => {
    expect(splitOffice('威海市文登区住房和城乡建设局')).toEqual({ places: ['威海市', '文登区'], organ: '住房和城乡建设局' });
    expect(splitOffice('文登区城市管理局')).toEqual({ places: ['文登区'], organ: '城市管理局' });
    expect(splitOffice('和平区发展改革委')).toEqual({ places: ['和平区'], organ: '发展改革委' });
    expect(officeNames('威海市文登区住房和城乡建设局')).toEqual(expect.arrayContaining(['文登区住建局', '文登住建局']));
  });
  it('finds years, offices and aliases', () => {
    const s = findReportSlots('2025年沐阳县收到多少申请', refs, now);
    expect(s.years).toEqual([2025]);
    expect(s.offices).toEqual(['沭阳县人民政府']);
  });
  it('relative years follow the calendar', () => {
    expect(findReportSlots('去年收到多少申请', refs, now).years).toEqual([2025]);
  });
  it('an office that is not loaded is reported, a place in the report is not', () => {
    expect(findReportSlots('道里区2022年收到多少申请', refs, now).unknownOffices).toEqual(['道里区']);
    // a verb with 过/了 before 区政府 is not a place ("告过区政府办")
    expect(findReportSlots('有没有人因为信息公开的事告过区政府办', refs, now).unknownOffices).toEqual([]);
    expect(findReportSlots('哈尔滨市南岗区政府电话', refs, now).unknownOffices).toEqual([]);
    expect(findReportSlots('哈尔滨市政府的年报里收到多少申请', refs, now).unknownOffices).toEqual(['哈尔滨市']);
    expect(findReportSlots('座机区号是多少', refs, now).unknownOffices).toEqual([]);
    expect(findReportSlots('政务公开专区建在哪', refs, now).unknownOffices).toEqual([]);
  });
});

describe('figure words', async () => {
  const { lexicon } = await loadIntents();
  it('maps citizen words to rows and columns', () => {
    expect(findMetric('有多少申请被拒绝', lexicon)).toMatchObject({ table: '三', rows: ['refused'] });
    // a part asked beside its group ("其中", "里面"): both; the part alone: the part
    expect(findMetric('无法提供的有几件 其中不掌握的多少', lexicon)?.rows).toEqual(['unable', 'unable.not-held']);
    expect(findMetric('不掌握相关信息的无法提供有几件', lexicon)?.rows).toEqual(['unable.not-held']);
    expect(findMetric('政府集中采购 项目数和金额', lexicon)).toMatchObject({ table: '二', rows: ['procurement'], cols: ['count', 'amount'] });
    expect(findMetric('企业申请了几次', lexicon)).toMatchObject({ table: '三', rows: ['new'], cols: ['business'] });
    expect(findMetric('告过你们吗', lexicon)).toMatchObject({ table: '四', rows: ['suit'] });
    expect(findMetric('现行有效的行政规范性文件有多少件', lexicon)).toMatchObject({ table: '二', rows: ['normative'], cols: ['valid'] });
  });
  it('prefers the specific sub-row', () => {
    expect(findMetric('因保护第三方合法权益不予公开的有几件', lexicon)?.rows).toEqual(['refused.third-party']);
  });
  it('tolerates one wrong character', () => {
    expect(findMetric('无法提共的申请多少', lexicon)?.rows).toEqual(['unable']);
  });
  it('a column without 申请 is not a figure of table 三', () => {
    expect(findMetric('全区有多少家单位运营政务新媒体', lexicon)?.rows ?? []).toEqual([]);
  });
});

describe('cutSpans', () => {
  it('cuts overlapping spans once, from the end', async () => {
    const { cutSpans } = await import('../../src/understand/slots.js');
    expect(cutSpans('沭阳县自然人申请了多少', [{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 11 }])).toBe('   ');
    expect(cutSpans('abcdef', [{ start: 1, end: 4 }, { start: 3, end: 5 }])).toBe('a  f');
  });
});

describe('names of a provincial general office', () => {
  it('办公厅 as 办公室 (上海市政府办公厅, 上海市府办公厅, 上海市政府办) and the one-character name with 府办 (沪府办)', async () => {
    const { officeNames } = await import('../../src/understand/office-names.js');
    const names = officeNames('上海市人民政府办公厅');
    for (const n of ['上海市政府办公厅', '上海市府办公厅', '上海市政府办', '沪府办']) expect(names).toContain(n);
    // the character alone never names the place; a county's office gets no province short form
    expect(names).not.toContain('沪');
    expect(officeNames('南岗区人民政府办公室').some((n) => n.length === 3 && n.endsWith('府办') && !n.startsWith('南岗'))).toBe(false);
  });
});

describe('a development or pilot zone', () => {
  it('平潭综合实验区 is called 平潭, and its 管委会 is its own government, not another office', async () => {
    const { officeNames } = await import('../../src/understand/office-names.js');
    const { findReportSlots } = await import('../../src/understand/slots.js');
    expect(officeNames('平潭综合实验区')).toContain('平潭');
    const refs = [{ id: '平潭综合实验区-2022', office: '平潭综合实验区', year: 2022 }];
    const s = findReportSlots('平潭管委会办公室地址在哪', refs, new Date('2026-11-30'));
    expect(s.offices).toEqual(['平潭综合实验区']);
    expect(s.unknownOffices).toEqual([]);
  });
});

describe('a law\'s date is no report year', () => {
  it('a span "2021到2023" fills the year between; a relative year beside a year named is that year; "想问下淮安市政府" is no place 想问下淮安市', () => {
    const ha = [{ id: 'h', office: '淮安市人民政府', year: 2024 }];
    const now = new Date('2026-11-30T12:00:00+08:00');
    expect([...findReportSlots('2021到2023这三年新收申请分别是多少', ha, now).years].sort()).toEqual([2021, 2022, 2023]);
    const named = findReportSlots('我想问下淮安市政府去年报告里行政许可是多少件就是2024年那份', ha, now);
    expect([named.years, named.offices, named.unknownOffices, named.relativeYear]).toEqual([[2024], ['淮安市人民政府'], [], undefined]);
    // (set against each other, both are meant)
    expect([...findReportSlots('2024年比去年多多少', ha, now).years].sort()).toEqual([2024, 2025]);
  });
  it('"新行政复议法2024年施行以后", "2019年修订的条例": no year; "2024年收到几件": 2024', () => {
    expect(findReportSlots('新行政复议法2024年施行以后，是不是必须先复议', refs, now).years).toEqual([]);
    expect(findReportSlots('2019年修订的条例还要说明用途吗', refs, now).years).toEqual([]);
    expect(findReportSlots('2024年1月1日起施行的复议法', refs, now).years).toEqual([]);
    expect(findReportSlots('2024年收到几件', refs, now).years).toEqual([2024]);
  });
});

describe('a place and its organ with 的 between them', () => {
  it('"绵阳的环保局" is the loaded 绵阳市生态环境局 (its everyday name 绵阳环保局)', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-other' });
    const s = findReportSlots('绵阳的环保局2020年不予公开的一共有几件', kn.refs, now);
    expect(s.offices).toEqual(['绵阳市生态环境局']);
    expect(s.unknownOffices).toEqual([]);
  });
});

describe('a place\'s government website', () => {
  it('"在和平区政府门户网站上发布了多少条" names no office, known or unknown', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-forms' });
    const s = findReportSlots('在和平区政府门户网站上发布了多少条信息', kn.refs, now);
    expect(s.unknownOffices).toEqual([]);
    expect(s.offices).toEqual([]);
  });
});

describe('a question word before 市/区 is no place', () => {
  it('"为啥市政府有105件申请…" names no office 为啥市', () => {
    expect(findReportSlots('为啥市政府有105件申请被认定为行政查询事项', refs, now).unknownOffices).toEqual([]);
  });
});

describe('fresh25: a county of one character', () => {
  it('"冠县人社局" is the loaded 冠县人力资源和社会保障局 (冠县 is a place of one character); "聊城冠县人力社保局" too', () => {
    const refs = [{ id: 'g', office: '冠县人力资源和社会保障局', year: 2023 }, { id: 'q', office: '昌图县七家子镇', year: 2023 }];
    const now = new Date('2026-11-30T12:00:00+08:00');
    expect(findReportSlots('冠县人社局的联系电话是多少', refs, now).offices).toEqual(['冠县人力资源和社会保障局']);
    expect(findReportSlots('聊城冠县人力社保局2023年财政信息公开了几条', refs, now).offices).toEqual(['冠县人力资源和社会保障局']);
    expect(findReportSlots('冠县教育局收到几件', refs, now).unknownOffices).toEqual(['冠县教育局']);
  });
});

describe('fresh26: places ending in 城/山 and development zones', () => {
  it('"晋城市人民政府", "石家庄市藁城区人民政府", "呼伦贝尔经济技术开发区" are offices not loaded; "主城区" is no place', () => {
    const refs = [{ id: 's', office: '石家庄市人民政府办公室', year: 2022 }, { id: 'h', office: '呼和浩特经济技术开发区', year: 2024 }];
    const now = new Date('2026-11-30T12:00:00+08:00');
    expect(findReportSlots('晋城市人民政府2024年依申请公开有多少件', refs, now).unknownOffices).toEqual(['晋城市']);
    const gc = findReportSlots('石家庄市藁城区人民政府2022年收到多少信息公开申请', refs, now);
    expect([gc.offices, gc.unknownOffices]).toEqual([[], ['石家庄市藁城区']]);
    expect(findReportSlots('呼伦贝尔经济技术开发区2022年主动公开了多少条政府信息', refs, now).unknownOffices).toEqual(['呼伦贝尔经济技术开发区']);
    expect(findReportSlots('呼和浩特经济技术开发区2024年主动公开了多少条', refs, now).offices).toEqual(['呼和浩特经济技术开发区']);
    expect(findReportSlots('主城区2024年收到多少申请', refs, now).unknownOffices).toEqual([]);
  });
});

describe('fresh26: a city by its everyday short name', () => {
  it('"呼市经开区" is 呼和浩特经济技术开发区', () => {
    expect(officeNames('呼和浩特经济技术开发区')).toContain('呼市经开区');
    const refs = [{ id: 'h', office: '呼和浩特经济技术开发区', year: 2024 }, { id: 's', office: '石家庄市人民政府办公室', year: 2022 }];
    expect(findReportSlots('呼市经开区2024年主动公开了多少条政府信息', refs, new Date('2026-11-30T12:00:00+08:00')).offices).toEqual(['呼和浩特经济技术开发区']);
  });
});

describe('findReportSlots: places of unseen offices (session 11)', () => {
  const loaded = [
    { id: 'a', office: '重庆市合川区二郎镇人民政府', year: 2019 },
    { id: 'b', office: '紫金县自然资源局', year: 2024 },
    { id: 'c', office: '大冶市人民政府', year: 2025 },
  ];
  it('a place typed with a near sound of a loaded one ("紫荆县" for 紫金县): that office', () => {
    const s = findReportSlots('紫荆县自然资源局2024年受理了几件信息公开申请', loaded, now);
    expect(s.offices).toEqual(['紫金县自然资源局']);
    expect(s.unknownOffices).toEqual([]);
  });
  it('a look-alike typed by its shape ("大治市" for 大冶市, session 19) is the place loaded; another place is still not loaded', () => {
    expect(findReportSlots('大治市政府2025年收到多少申请', loaded, now).offices.join()).toContain('大冶市');
    expect(findReportSlots('东阿县政府2023年收到多少申请', loaded, now).offices).toEqual([]);
  });
  it('the same name at another level ("二郎街道" beside 二郎镇): another office, not loaded', () => {
    const s = findReportSlots('九龙坡区二郎街道2019年规范性文件公开了多少件', loaded, now);
    expect(s.offices).toEqual([]);
    expect(s.unknownOffices.join()).toContain('二郎街道');
    expect(findReportSlots('二郎镇2019年规范性文件公开了多少件', loaded, now).offices).toEqual(['重庆市合川区二郎镇人民政府']);
  });
  it('the places of an office named, said apart from its name ("合川区的二郎镇"), are part of it', () => {
    const text = '合川区的二郎镇';
    const s = findReportSlots(text, loaded, now);
    expect(s.offices).toEqual(['重庆市合川区二郎镇人民政府']);
    const covered = [...text].map((_, i) => s.spans.some((x) => x.start <= i && i < x.end));
    expect(covered.filter((c) => !c).length).toBe(1); // only 的
  });
});

describe('findReportSlots: 到底 sets no years against each other', () => {
  it('"我去年问过朋友…2020年他们到底收没收": the year named, not 去年', () => {
    const r = [{ id: 'l', office: '辽宁省生态环境厅', year: 2020 }];
    expect(findReportSlots('我去年问过朋友,说辽宁省生态环境厅会收费,2020年他们到底收没收钱', r, now).years).toEqual([2020]);
    expect(findReportSlots('辽宁省生态环境厅2020年到去年收了多少', r, now).years).toContain(2020);
  });
});

describe('places whose own name holds 和 (兴和县, 太和县)', () => {
  it('split as a place and named by it; 住房和城乡建设局 stays an organ', () => {
    expect(splitOffice('兴和县人民政府').places).toEqual(['兴和县']);
    expect(splitOffice('太和县教育局')).toEqual({ places: ['太和县'], organ: '教育局' });
    expect(splitOffice('住房和城乡建设局').places).toEqual([]);
    const r = [{ id: 'x', office: '兴和县人民政府', year: 2024 }, { id: 'w', office: '温州市医疗保障局', year: 2024 }];
    expect(findReportSlots('核一下，兴和县24年依申请收了几件？', r, now).offices).toEqual(['兴和县人民政府']);
  });
  it('not loaded: an unknown office, never the loaded one', () => {
    const r = [{ id: 'w', office: '温州市医疗保障局', year: 2024 }];
    expect(findReportSlots('核一下，兴和县24年依申请收了几件？', r, now).unknownOffices).toEqual(['兴和县']);
  });
});

describe('offices of fresh30-newa (session 11)', () => {
  const r = [{ id: 'c', office: '景德镇市昌江区人民政府', year: 2019 }, { id: 'g', office: '甘肃省退役军人事务厅', year: 2022 }];
  it('a city whose name ends in 镇 (景德镇市) is split as a city, not a town, and its district sounds alike (长江区 for 昌江区)', () => {
    expect(splitOffice('景德镇市昌江区人民政府').places).toEqual(['景德镇市', '昌江区']);
    expect(findReportSlots('景德镇长江区19年财政相关信息公开了几条', r, now).offices).toEqual(['景德镇市昌江区人民政府']);
  });
  it('a level and an organ in short ("省退役军人厅"): the one loaded office of that level whose organ it abbreviates', () => {
    expect(findReportSlots('请问省退役军人厅22年微信公众号发了多少条', r, now).offices).toEqual(['甘肃省退役军人事务厅']);
    expect(findReportSlots('市教育局收到几件', r, now).offices).toEqual([]);
  });
});

describe('findReportSlots: the asker\'s verbs before a level are no place ("想知道市医保局")', () => {
  it('"想知道市医保局…" names no unknown office 想知道市', () => {
    const r = [{ id: 'w', office: '温州市医疗保障局', year: 2024 }];
    expect(findReportSlots('我是温州的退休职工,想知道市医保局2024年一共有几个人申请过', r, now).unknownOffices).toEqual([]);
  });
});

describe('another province\'s department (a 厅) is an office not loaded (session 14)', () => {
  it('云南省交通运输厅 beside 江苏省交通运输厅, 湖北省住房和城乡建设厅 beside 浙江省…: not loaded, never the loaded one', () => {
    const js = [{ id: 'a', office: '江苏省交通运输厅', year: 2023 }, { id: 'b', office: '浙江省住房和城乡建设厅', year: 2020 }];
    expect(findReportSlots('云南省交通运输厅2024年网站发了多少信息', js, now).unknownOffices).toEqual(['云南省']);
    expect(findReportSlots('湖北省住房和城乡建设厅', js, now).unknownOffices).toEqual(['湖北省']);
    expect(findReportSlots('江苏省交通运输厅23年主动公开多少条', js, now).offices).toEqual(['江苏省交通运输厅']);
    expect(findReportSlots('江苏交通厅', js, now).offices).toEqual(['江苏省交通运输厅']);
  });
});

describe('a place after a loaded one, "南岗区和道里区的政府办" (session 14)', () => {
  it('道里区 is an office not loaded, 南岗区 the loaded one; "多少件区政府" names no place 多少件区', () => {
    const both = findReportSlots('南岗区和道里区的政府办2022年谁收到的信息公开申请多？', refs, now);
    expect([both.offices, both.unknownOffices]).toEqual([['南岗区人民政府办公室'], ['道里区']]);
    expect(findReportSlots('南岗区政府办发布了多少件区政府、区政府办公室的文件', refs, now).unknownOffices).toEqual([]);
  });
});
