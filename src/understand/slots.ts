/**
 * Which report a question is about: years ("2022年", "去年") and offices ("南岗区", "沭阳县人民政府")
 * named in the text, matched against the loaded reports. Mentions of a year or office that is not
 * loaded are returned too, so the answer can say "我只有…的报告" instead of using another report.
 */
import { shapeAlike } from './shape-alike.js';
import { readingMemo } from './memo.js';
import { mayMatch } from './matches.js';
import { Sounds } from './sounds.js';
import { nearSound } from './typos.js';
import type { Span } from './metrics.js';
import { GOVERNMENT, LEVEL_END, PROVINCE_ABBREVIATIONS, SHORT_FORM_OF, ZONE, ZONE_KIND_ALONE, abbreviates, departmentNames, officeNames, organAliases, placeNames, shortPlace, splitOffice } from './office-names.js';

export interface ReportRef {
  id: string;
  office: string;
  aliases?: string[];
  year: number | null;
  /** Title, address and department text: place names found there are not "other offices". */
  context?: string;
}

export interface ReportSlots {
  years: number[];
  /** Offices (report.office values) named in the text. */
  offices: string[];
  /** Place/office names in the text that match no loaded report. */
  unknownOffices: string[];
  spans: Span[];
  /** The year said as 今年 (this calendar year), if any. */
  thisYear?: number;
  /** The year said relatively (今年, 去年, 前年, 大前年): its report may simply not exist yet. */
  relativeYear?: number;
  /** 现在 / 目前 / 最新: the newest report, whatever the conversation was about. */
  latest?: boolean;
  /** The office of the conversation pointed at ("他们", "该局", "这家单位"): a year named goes with it. */
  pointed?: boolean;
}

/** A place just before an organ's name ("湖南省", "湖南" of 湖南省教育厅). */
const PLACE_BEFORE_ORGAN = new RegExp(`\\p{Script=Han}{2,7}(?:省|市|自治区|州|盟|地区)$|(?:${Object.keys(PROVINCE_ABBREVIATIONS).join('|')})$`, 'u');
/** A township's or a street's own name ("龙湖镇", "长河街道"). */
const TOWNSHIP_NAME = /(?:镇|乡|街道|苏木)$/;
/** A city or county right before it, its name of two characters ("晋江市", "定安县"). */
const COUNTY_RIGHT_BEFORE = /(\p{Script=Han}{2}(?:市|县|区|旗))$/u;

/**
 * A city or county said right before a township's own name ("晋江市" before 龙湖镇) that is not the loaded township's:
 * only when the office names its county (定安县龙湖镇人民政府), the name matched is the township's alone, and no ending
 * of the words before is one of the office's places or its short form.
 */
function otherCountyBefore(window: string, office: string, name: string): string | undefined {
  const places = splitOffice(office).places;
  if (places.length < 2 || name !== places.at(-1)) return undefined;
  const county = COUNTY_RIGHT_BEFORE.exec(window)?.[1];
  if (!county) return undefined;
  for (let k = 2; k <= window.length; k++) {
    const said = window.slice(-k);
    if (places.some((p) => p.includes(said) || (LEVEL_END.test(said) && abbreviates(said, p)))) return undefined;
  }
  return office.includes(shortPlace(county)) ? undefined : county;
}

/** A county, district or banner said right before an organ ("林芝市巴宜区" → 巴宜区), cut at the level before it. */
const COUNTY_BEFORE_ORGAN = /(?:^|[省市州盟])([^省市州盟区县旗我你他们这那的在和与及跟了咱]{2,4}(?:区|县|旗))$/u;

/** Length of the longest start of `rest` that is a short form of the organ (0 when none). */
function shortOrganAfter(rest: string, organ: string): number {
  for (let n = Math.min(rest.length, organ.length + 1); n >= 2; n--) if (abbreviates(rest.slice(0, n), organ)) return n;
  return 0;
}


/** Two years joined as a span: 21年到23年, 2021至2023年, 2021-2023年. */
/** The level a city's or province's name ends in ("广州市", "安徽省"), often left out before the rest of a name. */
const PLACE_LEVEL_END = /[市省]$/;
/** A change said right after a span of years: its two ends are compared ("从23年到25年降了…", "…到2025年增长多少"). */
// (anywhere in the rest of its sentence: "2022到2025年，政府网发布信息总数下降了百分之多少")
const CHANGE_AFTER_RANGE = /^[^。？?]{0,30}?(?:降|减|增|涨|升|跌|多了|少了|变化|变动|翻了|几倍|多少倍)/;
const YEAR_RANGE = /(?<!\d)((?:19|20)?\d{2})年?(?:度)?\s*(?:到|至|-|—|–|~|～)\s*((?:19|20)?\d{2})年|(?<!\d)((?:19|20)\d{2})\s*(?:到|至|—|–|~|～)\s*((?:19|20)\d{2})(?!\d)/g;
/**
 * Two years set against each other or listed ("比去年", "和2023年", "2024、去年"): both meant — read beside the relative
 * year only (SET_AGAINST_REACH), so a story's "有人跟我说" far from "前年我们楼下开了个烧烤店" sets no year against another.
 */
/** How far on either side of a relative year a word setting years against each other is read ("2023年的数据，跟去年的相比"). */
const SET_AGAINST_REACH = 8;
const YEARS_SET_AGAINST = /比|对比|相比|较|和|与|跟|及|、|到(?!底)|至(?!少|今)|同期|变化|增|减|分别|各/;
/** Words that compare by themselves ("比", "相比", "同期", "增"): years set against each other. */
const YEARS_COMPARED = /比|对比|相比|较|同期|变化|增|减/;
/** Another year said near a relative one ("去年和2024年", "前年、去年"). */
const ANOTHER_YEAR = /(?:19|20)?\d{2}\s*年|今年|去年|前年|上一?年|本年|当年|那年/;
/** The longest span of years filled in (a report series is rarely longer). */
const MAX_YEAR_SPAN = 10;

/** A pointing word before the organ ("长春这个局", "湛江那个办"): the office already meant. */
const POINTED = /^(这个|那个|这家|那家|这|那)(局|办|委|厅|单位|部门|机关)/;

/** A place inside the one just named ("淮安市" then "清江浦区"): another office than the place's own government. */
const PLACE_AFTER = /^(\p{Script=Han}{2,4}?)(?:区|县|旗|镇|乡|街道)(?![办长委])/u;
/** The start of what follows a place that is no place of its own: a second office joined ("和沭阳县"), a kind of zone ("实验区"), a title ("现任县长"), a kind pointed at ("这种乡镇"). */
// (nor a count of places, "肃南县一个县一年…", "整个县", "这个区")
const NOT_A_PLACE_START = /^(?:[和与跟及同或、]|实验|综合|开发|高新|经济|示范|试验|新|现任|原|前任|这种|那种|这类|那类|这样|那样|这些|那些|之类|[一两几每各整这那哪]个|全)/;

/**
 * A last character that makes the stem no place name ("主城区", "老城区", "山区"): NOT_PLACE's, except 城/山/湖 after
 * a character that begins place names (晋城市, 藁城区, 鞍山市, 巢湖市 are places).
 */
function notPlaceEnd(stem: string): boolean {
  const last = stem.slice(-1);
  if (/[城山湖]/.test(last) && stem.length >= 2 && !GENERIC_BEFORE_END.test(stem.slice(-2, -1))) return false;
  // (a direction alone before it is a district's whole name: 西湖区, 东城区, 南山区, 上城区)
  // (also after its city: 杭州市西湖区)
  if (/[城山湖]/.test(last) && DIRECTION.test(stem.slice(-2, -1)) && (stem.length === 2 || /[省市州盟]/.test(stem.slice(-3, -2)))) return false;
  return NOT_PLACE.test(last);
}
/** Before 城/山/湖, the characters of generic words (主城, 老城, 进城, 县城, 深山, 大湖). */
/** Before a two-character place's name, a character that makes it part of a longer name (上城区 holds 城区; after 市 or a
 *  space or a function word it is the place itself). */
const INSIDE_PLACE_BEFORE = /[东西南北上]/;
/** A city at the head of an address ("哈尔滨市南岗区大成街" → 哈尔滨). */
const CITY_IN_ADDRESS = /(?:^|[\s\u0000省])([\p{Script=Han}]{2,4}?)市/gu;
/** A direction, the first character of many districts' names (西湖区, 东城区, 南山区, 上城区). */
const DIRECTION = /^[东西南北上下中]$/;
const GENERIC_BEFORE_END = /[主老新全进县内外古京都深高大小下上前后东西南北中本该满]/;

function placeAfter(rest: string): RegExpExecArray | null {
  const m = PLACE_AFTER.exec(rest);
  return m && !NOT_A_PLACE_START.test(m[1]!) && !NOT_PLACE.test(m[1]!) && !notPlaceEnd(m[1]!) && !NOT_IN_PLACE.test(m[1]!) ? m : null;
}

/** A pointing word, then an organ's name ("那个市场监管局"): which office is meant is read from the name. */
// (or 那/这 alone, as spoken: "五常那自然资源局")
const POINTED_ORGAN = /^(这个|那个|这家|那家|那边的?|这边的?|那|这)(\p{Script=Han}{1,8}?(?:局|委员会|委|厅|办))/u;

/** Right before a year: requests carried into it ("结转到2024年", "办结11件、转2026年3件"). */
const CARRIED_INTO = /(结转到|结转至|转到|转至|转入|(?<!上年度?|去年|上一年)结转|(?<!结)转)$/;
/**
 * Right before a year, a request put off into it ("拖到2023年才办完"): carried into that year, when no other
 * year is named ("2021年没办完拖到2022年接着办" names the year it came from: both are meant, as written).
 */
const PUT_OFF_INTO = /(拖到|拖延到|拖至|延到|延长到|延期到|推迟到|推到|留到|压到)$/;

/** Right before a year: requests carried from the year before into it ("上一年结转到2022年", "去年转入2023年"). */
const FROM_YEAR_BEFORE_INTO = /(?:上一年|上年|去年|前一年)度?(?:的)?(?:申请)?(?:结转|转)(?:到|至|入)$/;
/** Characters before a year where that is said. */
const FROM_YEAR_BEFORE_CHARS = 10;

/** Right after a year: requests carried over from it ("2021年转过来的", "2021年结转的"). */
const CARRIED_FROM = /^(?:的)?(?:转过来|转来|转入|结转过来|结转来|结转的|结转下来)/;

const PLACE_ONLY = /^\p{Script=Han}{1,8}[省市区县镇乡旗]$/u;

/** An organ named right after a place: "绵阳市教育局" → 教育局. */
// (or a public institution of the place, "淮北市人民医院" beside its 妇幼保健院: another body)
// (not a verb or a joining word right after the name: "怀远二中要点学校的资料" asks 怀远二中 for something, no office 怀远二中要点学校)
// (nor a body described rather than named, "南岗区一家二级医院", "某县的一所学校": a count or 某 opens no name)
const ORGAN_AFTER = /^(?![要找问去查看给跟向申的和与及是在把让请]|[一两几][家所个座间位]|某)\p{Script=Han}{1,6}?(局|委员会|委|厅|医院|学院|学校|大学|档案馆|图书馆|博物馆|管理中心)(?!\p{Script=Han}{0,2}(长|面|势))/u;

/** An organ said after a place that is not the loaded office's own, in full or in short ("发展改革局" beside 建设局). */
function otherOrgan(said: string, organ: string): boolean {
  return !organ.startsWith(said) && !said.startsWith(organ) && !abbreviates(said, organ);
}

/** A zone of a place said in short right after the place ("淄博高新区…", "…经开区…"). */
const ZONE_AFTER_PLACE = /^(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区)/;

/** The place's government named after a department's place ("绵阳市人民政府" when only 绵阳市生态环境局 is loaded). */
const GOVERNMENT_AFTER = /^(人民政府|政府)(办公室|办)?/u;

/** A government named by its level alone ("市里", "市政府", "县里", "区政府"). */
// (its 办公室 said with it, "市政府办的邮箱", is the government's own office: its report is compiled there)
// (not its documents or meetings, "市政府文件", "市政府办公室文件", "市政府常务会议": what it issued, no office named)
// (or a township's, and said as 上 too: "乡上的电话", "镇上", "县上")
const LEVEL_GOVERNMENT = /(市|县|区|乡|镇)(?:里|上|政府(?:办公室|办)?|人民政府(?:办公室|办)?)(?!(?:办公室|办)?(?:部门|门户|网|各|所属|下属|的各|工作部门|文件|规章|规范|令|公报|常务|工作报告|会议|决定|通知|批复))/g;
/** Right after a place's name, its organ said or not: the asker speaking from there ("香坊区政府办这边…"). */
/** The asker saying who or where they are, right before a place ("我是…", "俺家在…"). */
const SELF_INTRO_BEFORE = /(?:我是|我们是|俺是|咱是|我家在|俺家在|我住在|我在)$/;
/** Characters before a place where that is said. */
const SELF_INTRO_CHARS = 3;
/** Words no office's name holds: a site, or the office itself said as 自己/本 ("自己局", "网站和本局"). */
const NOT_AN_OFFICE = /网站|网页|门户|自己|自个/;
/** The rest of a self-introduction after the asker's office ("复议科的，", "的，"), a question of some length after it. */
const OWN_UNIT_CLAUSE_END = /^\p{Script=Han}{0,6}?的[，,。\s]\s*\S{6,}/u;
/** A place below a county or banner ("…白音察干镇", "…村", "…街道", "…社区"). */
const SUB_PLACE_END = /(?:镇|乡|苏木|街道|村|社区|嘎查)$/;
const SPEAKING_FROM = /^[^，。,？?：:\s]{0,8}?(?:这边|这里|这头)/;
/** The office asked, addressed politely or as "you" ("贵办", "贵局", "你们单位"). */
const ADDRESSED_OFFICE = /贵(?:办|局|委|厅|单位|中心|处|院|府|区|县|市|镇|街道)|你们|您们|你单位|你办|你局/;
/** The asker saying where they work ("我是县里…", "我在市政府…"), right before a level's government. */
const SELF_AT = /(?:我|我们|俺|本人)(?:是|在)$/;
/** What may stand right before it (a word boundary, not a place's last character). */
const LEVEL_BEFORE = /[和与跟及同的是在问那这年度]/;

/** Words that ask for the newest report ("现在的", "最新的"): slots.latest. */
/** Whether a year's report exists, asked in a conversation about one office ("那23年的报告有没有"): that office's. */
const REPORT_OF_IT = /(?:报告|年报)(?:有没有|有吗|有没|在吗|有不)|有没有[^，。？?]{0,6}(?:报告|年报)/;
/** Pointing at the office the conversation is about ("他们2024年收到几件", "该局去年的呢"). */
const POINTED_AT = /他们|它们|她们|他家|人家|该(?:局|委|办|单位|部门|机关|镇|街道|县|区|市)|这(?:个|家)(?:单位|部门|机关|局)/;
const LATEST = /现在|目前|最新(?:一年|一份|年度|一期)?的?|当前|最近一份|最近一年|最近的|(?:那)?(?:就)?(?:按|用)(?:你|您)?(?:手上|手里)?(?:有|已有)的\s*(?:那一?年|那份|年份|年度)?\s*(?:的)?(?:说|来说|讲|算)?|(?:你|您)(?:手上|手里)?(?:有|已有)的(?:那一?年|那份|年份|年度)(?:的)?(?:说|来说|讲|算)?/;
/** The same words, to remove them all ("现在的呢" names only the newest report). */
export const LATEST_WORDS = new RegExp(LATEST.source, 'g');

/** A place named as the subject of a report question: "道里区政府", "北京市的报告", "海淀区收到多少申请". */
const PLACE = /([\p{Script=Han}]{2,5}?)(经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|省|市|县|区|自治州|自治县|旗|镇|乡(?!下|亲|里)|街道|苏木)(?=\s?(?:人民政府)|的?政府|办公室|办事处|(?<=街道)办|\p{Script=Han}{0,10}?(?:局|委(?!托|屈|婉)|厅|档案馆|图书馆|博物馆|纪念馆|文化馆|管理中心)|的?报告|的?年报|的?数据|的?情况|收到|受理|一共|共|有多少|的申请|的?电话|的?地址|的联系|联系方式|的?邮编|信息公开|主动公开|(?:[，,]\s?)?\d{2,4}年|\s?(?:19|20)\d{2}(?!\d)|[和与及、跟](?=\p{Script=Han}{2,10}?(?:省|市|县|区|镇|乡|街道|旗)\p{Script=Han}{0,6}?(?:局|委|办|府|\d{2,4}年))|去年|今年|前年|同一?年|那一?年|当年|这一?年|全(?:省|市|州|盟|县|区|旗))/gu;
// (a committee by its everyday name counts as an organ after the place: "兰州市卫健委", "某县发改委")
/** After a place: its government's website, not the government itself. */
const WEBSITE_AFTER = /^(?:人民)?政府(?:门户)?(?:网站|网)/;
// (nor a verb of the asker's own work before 区政府办, "我在起草区政府办下一年的年报": 起草 is no place)
// (nor words joined by 或者 or a remedy before it, "去复议或者告镇政府": no place "议或者起诉镇")
/** Everyday nouns of a request that a level's character may follow ("我申请的东西镇政府回复说…"): no place. */
const THING_WORD = /^(?:东西|事情|事儿|材料|资料|文件|信息|内容|答复|结果)$/;
/**
 * Counties whose name is one character and 县 (泾县, 沛县, 萧县 …), as data: PLACE needs two characters before a level, or
 * 本县, 该县 would be places. Left out: those whose character ends a common word before 县 (和, 道, 息, 容: "…和县政府",
 * "知道县里", "信息县", "内容县").
 */
const ONE_CHAR_COUNTIES = '泾沛丰睢杞滑浚蠡易涉磁献萧歙黟祁单曹莒冠费叶郏淇温渠荣珙泸勉眉陇岚沁代盂徽礼环漳岷泗青威雄藤佳洋乾莘澧攸凤兴寿';
/** One of them as a place: at the start, after a non-Chinese character or a province's or city's level, before an organ or a year. */
const ONE_CHAR_COUNTY = new RegExp(`(?<=^|[^\\p{Script=Han}]|[省市])[${ONE_CHAR_COUNTIES}]县(?=人民政府|政府|政务|\\p{Script=Han}{0,8}?(?:局|委|办)|\\s?(?:19|20)?\\d{2}年|的)`, 'gu');

const NOT_PLACE = /^(区委|县委|市委|镇委|乡委|旗委|社|小|园|景|城|市|地|郊|辖|全|本|该|我|你|他|贵|各|新|老|片|校|学|商业|工业|开发|保税|试验|示范|专|政务|政务公开专|线下|服务|风|山|湖|省|直|管|自治)$|专$|公开$|服务$|政务$|(?:为啥|为什么|怎么|什么|哪个|那个|这个|咋)$|^(?:起草|编写|撰写|编制|核对|准备|负责|咨询|联系|查询|帮|替|给)$|^(?:下面|下属|下辖|所属|下级|基层|周边|附近|其他|其它|别的|各个)[区县市乡镇]?$|或者|或是|还是|因为|起诉|复议/;

/** Characters of a story, never of a place's name ("上个月十号去区政府办交了…": no place "个月十号去区"). */
/** The place's party committee said beside its government ("皇姑区区委、区政府的政务新媒体"): the place's own, as its
 *  report says it, not another office. */
const PARTY_AND_GOVERNMENT = /^([区县市镇乡旗])委[、和及与]?\1?(?:人民)?政府/;
// (or of a time pointed at, "…中塘镇那年乡镇动态": no place "那年乡")
// (nor places of a kind in general, "找一份区县的年报", "市县两级": a level's character just before the level)
// (nor a thing counted, "一份", "每个")
const NOT_IN_PLACE = /个月|多少|年报|报告|想让|那年|这年|当年|那一年|[区县市乡镇]$|[一两几每]份|[号去到在给了我你他她们各\d件条]/u;

type Names = {
  strong: { name: string; office: string }[];
  weak: { name: string; office: string; organ: string }[];
  /** First character → positions in strong / weak: a question looks only at names that can start in it. */
  strongByFirst: Map<number, number[]>;
  weakByFirst: Map<number, number[]>;
  /** Every strong and weak name (a place in the text that contains one is a known office). */
  all: Set<string>;
  weakNames: Set<string>;
  longest: number;
  /** Every report's context, joined by a character no name contains. */
  contexts: string;
  /** The cities of the reports' addresses said without 市 ("哈尔滨" of 哈尔滨市南岗区…): for another organ of that city. */
  cityStems: string[];
  /** Each office once, split into the level of its last place and its organ (for "省退役军人厅"). */
  levelOrgans: { office: string; level: string; organ: string }[];
  /** Last character → positions in strong of the names long enough to be read with a slip (made when first needed). */
  strongByLast?: Map<number, number[]>;
  /** Last character → positions in weak (places), for a place typed with a slip before its organ in short. */
  weakByLast?: Map<number, number[]>;
  /** Organs said alone, each with the loaded offices of that organ (made when first needed). */
  organsAlone?: { list: { name: string; offices: Set<string> }[]; byFirst: Map<number, number[]> };
};
const namesCache = new WeakMap<ReportRef[], Names>();

/** Every name of every loaded report, longest first (computed once per list of reports). */
function namesOf(reports: ReportRef[]): Names {
  let names = namesCache.get(reports);
  if (names) return names;
  const strong = reports.flatMap((r) => [r.office, ...(r.aliases ?? [])].flatMap((o) => officeNames(o).map((name) => ({ name, office: r.office }))));
  const weak = reports.flatMap((r) => [...new Set([r.office, ...(r.aliases ?? [])].flatMap((o) => [...placeNames(o), ...departmentNames(o)]))].map((name) => ({ name, office: r.office, organ: splitOffice(r.office).organ })));
  strong.sort((a, b) => b.name.length - a.name.length);
  weak.sort((a, b) => b.name.length - a.name.length);
  const all = new Set([...strong, ...weak].map((n) => n.name));
  names = {
    strong,
    weak,
    strongByFirst: byFirst(strong),
    weakByFirst: byFirst(weak),
    all,
    weakNames: new Set(weak.map((n) => n.name)),
    longest: Math.max(0, ...[...all].map((n) => n.length)),
    contexts: reports.map((r) => r.context ?? '').join('\u0000'),
    cityStems: [...new Set(reports.flatMap((r) => [...(r.context ?? '').matchAll(CITY_IN_ADDRESS)].map((m) => m[1]!)))].filter((c) => !all.has(c)),
    levelOrgans: [...new Set(reports.map((r) => r.office))].flatMap((office) => {
      const { places, organ } = splitOffice(office);
      return places.length ? [{ office, level: places.at(-1)!.at(-1)!, organ }] : [];
    }),
  };
  namesCache.set(reports, names);
  return names;
}

/** Before an organ said alone, a character that makes it another place's or level's ("县民政局", "全市工信局"). */
const PLACE_CHAR_BEFORE_ORGAN = /[省市县区州盟旗镇乡村]/;
/** The shortest organ said alone that names an office ("外事办", "工信局"; "外办" is a word of other things too). */
const ORGAN_ALONE_MIN_CHARS = 3;

/** The names a department's organ is said by alone ("外事办公室", "外事办", "外办" too short), each with its offices. */
function organsAloneOf(names: Names): { list: { name: string; offices: Set<string> }[]; byFirst: Map<number, number[]> } {
  if (names.organsAlone) return names.organsAlone;
  const by = new Map<string, Set<string>>();
  for (const { office, organ } of names.levelOrgans) {
    // (a zone, or its committee or government, by its kind alone when it is the one zone of that kind loaded: "保税区" for
    // 天津港保税区, "经开区" for 赣州经济技术开发区)
    const kind = ZONE_KIND_ALONE.exec(splitOffice(office).places.at(-1) ?? '')?.[1];
    if (kind && (!organ || GOVERNMENT.test(organ) || /^(?:管理委员会|管委会)$/.test(organ))) {
      for (const name of [kind, ...(SHORT_FORM_OF[kind] ? [SHORT_FORM_OF[kind]!] : [])]) (by.get(name) ?? by.set(name, new Set()).get(name)!).add(office);
    }
    if (!organ || GOVERNMENT.test(organ) || /办事处$|管理委员会$|管委会$/.test(organ)) continue;
    const said = [organ, ...(organAliases(organ)), ...(/..办公室$/.test(organ) ? [organ.replace(/办公室$/, '办')] : [])];
    for (const name of said) if (name.length >= ORGAN_ALONE_MIN_CHARS) (by.get(name) ?? by.set(name, new Set()).get(name)!).add(office);
  }
  const list = [...by].map(([name, offices]) => ({ name, offices })).sort((a, b) => b.name.length - a.name.length);
  return (names.organsAlone = { list, byFirst: byFirst(list) });
}

/** The one loaded department whose organ ("外事办公室", its everyday name "外事办") the text says alone. */
function organAlone(text: string, names: Names, free: (i: number, n: number) => boolean): { office: string; span: Span } | undefined {
  const organs = organsAloneOf(names);
  const found = new Map<string, Span>();
  // (looked up by the text's characters: the cost follows the text, not the number of reports)
  for (const { name, offices } of present(organs.list, organs.byFirst, text)) {
    const i = text.indexOf(name);
    if (!free(i, name.length) || (i > 0 && PLACE_CHAR_BEFORE_ORGAN.test(text[i - 1]!))) continue;
    for (const office of offices) if (!found.has(office)) found.set(office, { start: i, end: i + name.length });
  }
  // (two loaded offices of that organ, or two organs said: none is meant over the other)
  return found.size === 1 ? [...found].map(([office, span]) => ({ office, span }))[0] : undefined;
}

/** Whether a loaded department's organ said alone ("绿化市容局") starts at this point of the text. */
function organAloneAt(text: string, at: number, names: Names): boolean {
  const organs = organsAloneOf(names);
  return (organs.byFirst.get(text.codePointAt(at)!) ?? []).some((k) => text.startsWith(organs.list[k]!.name, at));
}

/** A name this long or longer may be read with a slip (one character in six); shorter ones are common words too. */
const SLIP_MIN_CHARS = 5;
/** …except a place of three or four characters ending in its level, typed by the very reading ("得兴乡" for 德兴乡). */
const SHORT_PLACE_SLIP_MIN_CHARS = 3;

/** The one loaded office whose whole name the text holds with a character of the same reading changed. */
function nameWithSlip(text: string, names: Names, free: (i: number, n: number) => boolean): { office: string; span: Span } | undefined {
  names.strongByLast ??= byLast(names.strong, SHORT_PLACE_SLIP_MIN_CHARS);
  const found = new Map<string, Span>();
  for (let i = SHORT_PLACE_SLIP_MIN_CHARS - 1; i < text.length; i++) {
    for (const k of names.strongByLast.get(text.charCodeAt(i)) ?? []) {
      const n = names.strong[k]!;
      const start = i - n.name.length + 1;
      if (start < 0 || !free(start, n.name.length)) continue;
      const typed = text.slice(start, i + 1);
      // (a short place, its level kept, typed by the very reading of the rest: "得兴乡" for 德兴乡 — never a near one)
      const short = n.name.length < SLIP_MIN_CHARS;
      if (short && !(LEVEL_END.test(n.name) && typed.at(-1) === n.name.at(-1) && [...typed].every((c, j) => c === n.name[j] || sameReading(c, n.name[j]!)))) continue;
      if (soundsLike(typed, n.name)) found.set(n.office, { start, end: i + 1 });
    }
  }
  return found.size === 1 ? [...found].map(([office, span]) => ({ office, span }))[0] : undefined;
}

/** The last character of an organ's name, said in short or in full. */
const ORGAN_END = /[局委办厅院署馆所站队]$/;
/** The most characters an organ said in short after its place has ("工信局", "卫健委", "市场监管局"). */
const ORGAN_SHORT_MAX_CHARS = 6;

/**
 * The one loaded office whose place the text holds with a slip of the same or a near reading, right before its
 * organ in short as written ("蒲田工信局" for 莆田市工业和信息化局): no level after the place, so no unknown name
 * was read there.
 */
function placeSlipThenOrgan(text: string, names: Names, free: (i: number, n: number) => boolean): { office: string; span: Span } | undefined {
  names.weakByLast ??= byLast(names.weak, 2);
  const found = new Map<string, Span>();
  for (let i = 1; i < text.length - 1; i++) {
    for (const k of names.weakByLast.get(text.charCodeAt(i)) ?? []) {
      const n = names.weak[k]!;
      const start = i - n.name.length + 1;
      if (start < 0 || !n.organ || !soundsLike(text.slice(start, i + 1), n.name)) continue;
      const after = /^\p{Script=Han}+/u.exec(text.slice(i + 1, i + 1 + ORGAN_SHORT_MAX_CHARS))?.[0] ?? '';
      for (let len = after.length; len >= 2; len--) {
        const rest = after.slice(0, len);
        if (!free(start, i + 1 - start + len)) continue;
        // (the organ's last character typed by its reading too, "蒲田工信句": three characters at least)
        const asWritten = ORGAN_END.test(rest) && (abbreviates(rest, n.organ) || n.organ.startsWith(rest));
        if (asWritten || (len >= 3 && soundAbbreviates(rest, n.organ))) {
          found.set(n.office, { start, end: i + 1 + len });
          break;
        }
      }
    }
  }
  return found.size === 1 ? [...found].map(([office, span]) => ({ office, span }))[0] : undefined;
}

/** A government or its general office as a name ends ("…人民政府", "…政府办公室", "…政府办"). */
const GOVERNMENT_FORM = /(?:人民政府|政府)(?:办公室|办公厅|办)?$/;

/** A name this long or longer may be said short ("义乌工商学院"); shorter ones are short already. */
const ABBREVIATED_MIN_CHARS = 7;
/** The fewest characters a short form keeps. */
const SHORT_FORM_MIN_CHARS = 4;

/**
 * The one loaded office a run of the text abbreviates: its name's first two characters, then some of the rest in
 * order, ending in its last character ("义乌工商学院" for 义乌工商职业技术学院).
 */
function nameAbbreviated(text: string, names: Names, free: (i: number, n: number) => boolean): { office: string; span: Span } | undefined {
  const found = new Map<string, Span>();
  for (let i = 0; i + SHORT_FORM_MIN_CHARS <= text.length; i++) {
    for (const k of names.strongByFirst.get(text.codePointAt(i)!) ?? []) {
      const n = names.strong[k]!.name;
      if (n.length < ABBREVIATED_MIN_CHARS || text[i + 1] !== n[1]) continue;
      for (let end = i + SHORT_FORM_MIN_CHARS; end <= Math.min(text.length, i + n.length - 1); end++) {
        if (text[end - 1] !== n.at(-1) || !free(i, end - i)) continue;
        // (a government or its office said in full is no department of it: "大足区人民政府办公室" is not 大足区人民政府外事办公室)
        if (GOVERNMENT_FORM.test(text.slice(i, end)) && !GOVERNMENT_FORM.test(n)) continue;
        if (abbreviates(text.slice(i, end), n)) found.set(names.strong[k]!.office, { start: i, end });
      }
    }
  }
  return found.size === 1 ? [...found].map(([office, span]) => ({ office, span }))[0] : undefined;
}

/** Positions in `strong` of the names at least SLIP_MIN_CHARS long, by their last character (its code unit). */
function byLast(strong: readonly { name: string }[], minChars = SLIP_MIN_CHARS): Map<number, number[]> {
  const map = new Map<number, number[]>();
  strong.forEach(({ name }, k) => {
    if (name.length < minChars) return;
    const c = name.charCodeAt(name.length - 1);
    const at = map.get(c);
    if (at) at.push(k);
    else map.set(c, [k]);
  });
  return map;
}

/** Positions of names by their first character (its code point). */
function byFirst(list: { name: string }[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  list.forEach(({ name }, k) => {
    const c = name.codePointAt(0)!;
    const at = map.get(c);
    if (at) at.push(k);
    else map.set(c, [k]);
  });
  return map;
}

/** The characters (code points) present() has looked up in the current text: one set, emptied per call. */
const looked = new Set<number>();

/**
 * The names of a list that occur in the text, in the list's order (longest first). Names that do
 * not occur change nothing in findReportSlots, so skipping them keeps the result and makes the cost
 * depend on the text, not on the number of reports. The text is read by code point, each character
 * once, as a Set of the text's characters would give them (without a string and a set entry made for
 * each character of every question: ~8 % of the bytes a batch answer allocated, measured).
 */
function present<T extends { name: string }>(list: T[], index: Map<number, number[]>, text: string): T[] {
  const at: number[] = [];
  looked.clear();
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    const ks = index.get(c);
    if (ks === undefined || looked.has(c)) continue;
    looked.add(c);
    for (const k of ks) if (text.includes(list[k]!.name)) at.push(k);
  }
  if (!at.length) return [];
  return at.sort((a, b) => a - b).map((k) => list[k]!);
}

/**
 * Whether some known name is part of a place name (every substring looked up, instead of every name
 * scanned). A strong name read as "another organ of that place" in this text is not known, unless
 * another entry of the same name was named.
 */
function containsKnown(name: string, names: Names, unnamed: Set<string>, namedHere: Set<string>): boolean {
  for (let i = 0; i < name.length; i++) {
    for (let j = i + 1; j <= Math.min(name.length, i + names.longest); j++) {
      const k = name.slice(i, j);
      // (a two-character name inside a longer one is not it: 城区 of 上城区)
      if (k.length <= 2 && i > 0 && INSIDE_PLACE_BEFORE.test(name[i - 1]!)) continue;
      if (names.all.has(k) && (!unnamed.has(k) || namedHere.has(k) || names.weakNames.has(k))) return true;
    }
  }
  return false;
}

/** A township's own name after the known places before it ("古蔺县大村镇" → "大村镇"); undefined when no known place leads. */
function townshipOf(name: string, names: Names): string | undefined {
  for (let j = name.length - 2; j >= 2; j--) if (names.all.has(name.slice(0, j)) && /[省市县区州旗]$/.test(name.slice(0, j))) return name.slice(j);
  return undefined;
}

/** Slot readings kept per list of reports (citizens repeat questions; a read depends only on text and year). */
const slotsMemo = readingMemo<ReportRef[], ReportSlots>();

/**
 * Years and offices named in the text. Memoised by text and calendar year (the only part of `now` read):
 * the result is frozen, spans and lists included.
 */
export function findReportSlots(text: string, reports: ReportRef[], now = new Date()): ReportSlots {
  return slotsMemo(reports, `${now.getFullYear()}\u0000${text}`, () => readSlots(text, reports, now))!;
}

/** After a year: a law's coming into force or revision, not a report's year ("2024年施行", "2019年修订"). */
// (or the year's edition of the regulation itself: "2007年条例要求…", "2007年版的条例", "07年的老条例")
const LAW_DATE = /^\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:起)?(?:施行|实施|修订|修正|颁布|生效|正式施行|开始施行|起施行)|^\s*(?:版)?(?:的)?(?:老|旧|新)?(?:《)?(?:政府信息公开)?条例/;

/** After a year: the day something was published ("1月26号才发", "1月20日发布的"), a date, no report year. */
// (or the month alone, "为啥到2026年1月才发布")
const PUBLISHED_ON = /^\s*\d{1,2}\s*月(?:份|底|初|中旬|下旬|上旬)?(?:\s*\d{1,2}\s*[日号])?\s*(?:才|就|已经|已)?(?:发布|公布|发出|发的|发了|发|挂网|上网|出来|印发)/;

/** After a year: the edition of a format or template ("2019版格式", "2021年版"), not a report's year. */
/** Characters after a year within which a format's edition is named ("年那种老格式"). */
const FORMAT_WORDS_CHARS = 8;
// (or the format of a year called old, "还是2019年那种老格式", "2019年的旧格式")
/** A document of that year other than the report ("统计公报", "政府工作报告", "白皮书", "工作要点"), right after the year. */
const YEAR_OF_DOCUMENT = /^\s*(?:年度?)?(?:的)?(?:全[市县区省]|国民经济和社会发展)?(?:统计公报|政府工作报告|白皮书|工作要点|统计年鉴|气候公报)/;
/** Any bulletin or yearbook, its subject before it, of a span of years ("2000年以来的水资源公报", "2000-2023年的水资源公报"):
 *  the years of the document asked for, no report's — not the office's own bulletin of one year ("2022年的市政府公报出了几期"). */
const SPAN_OF_DOCUMENT = /^\s*(?:(?:年度?)?\s*(?:到|至|-|—|–|~|～)\s*(?:19|20)?\d{2}年度?|(?:年度?)?以来)(?:的)?\p{Script=Han}{1,6}?(?:公报|年鉴)/u;
/** The end of a span of years right before a year ("2000-" of 2000-2023年): its document is read after this year. */
const SPAN_BEFORE = /(?:19|20)\d{2}年?度?\s*(?:到|至|-|—|–|~|～)\s*$/;
/** A bulletin or yearbook right after a year that ends a span ("…-2023年的水资源公报"). */
const DOCUMENT_AFTER = /^\s*(?:年度?)?(?:的)?\p{Script=Han}{1,6}?(?:公报|年鉴)/u;
/** Characters after a year looked at for the document it dates. */
const YEAR_DOCUMENT_CHARS = 16;
const FORMAT_EDITION = /^\s*(?:年)?(?:版|格式|样式|模板)|^\s*(?:年)?(?:那种|那个|那套|的)?(?:老|旧)(?:的)?(?:格式|样式|模板|表格|版)/;
/** A year in the brackets of a document's number ("〔2021〕30号", "[2022]5号", "〔2022〕多少号"); 〔〕 alone mark one. */
const DOCUMENT_NUMBER_YEAR = /^(?:〔\d{4}〕|[〔［\[(（]\d{4}[〕］\])）]\s*第?(?:\d{1,4}|多少|几)\s*号)/;

/** A level and an organ in short, no place named ("省退役军人厅", "市医保局", "县教体局"). */
const LEVEL_ORGAN = /(省|市|县|区|州|盟|旗)(\p{Script=Han}{1,8}?(?:厅|局|委|办))/gu;

/** A level right after a place's name ("二郎街道", "二郎镇"): which kind of place is meant. */
// (乡下, 乡亲, 乡里: the countryside and its people, no township)
const LEVEL_AFTER = /^(街道|苏木|镇|乡(?![下亲里])|县|区|市|州|旗)/;

let placeSounds: Sounds | undefined;

/** Whether `typed` is `meant` with a few characters of equal or near reading changed (at most one in six). */
function soundsLike(typed: string, meant: string): boolean {
  // (the last character kept, or typed by its very reading in a name of three or more: "长兴导" for 长兴岛)
  if (typed.length !== meant.length || typed === meant) return false;
  if (typed.at(-1) !== meant.at(-1) && !(typed.length >= LAST_SLIP_MIN_CHARS && sameReading(typed.at(-1)!, meant.at(-1)!))) return false;
  const at = [...typed].map((c, k) => (c === meant[k] ? -1 : k)).filter((k) => k >= 0);
  // (two characters of a name of five or more may be typed by their exact reading, "贵羊高心区" for 贵阳高新区)
  // (or of a place of three or four, its level kept, "留人八镇" for 刘仁八镇, "搞成区" for 藁城区)
  const exactOnly = at.length === EXACT_SLIPS && (typed.length >= EXACT_SLIPS_MIN_CHARS || (typed.length >= EXACT_SLIPS_MIN_CHARS - 2 && LEVEL_END.test(meant) && !at.includes(typed.length - 1)));
  if (at.length > Math.max(1, Math.floor(typed.length / 6)) && !exactOnly) return false;
  placeSounds ??= new Sounds();
  return at.every((k) => {
    // (or one of like shape, "宜城市教肓局" for 宜城市教育局)
    if (!exactOnly && shapeAlike(typed[k]!, meant[k]!)) return true;
    const a = placeSounds!.readings(typed[k]!);
    const b = placeSounds!.readings(meant[k]!);
    return a.some((x) => b.some((y) => x === y || (!exactOnly && nearSound(x, y))));
  });
}
/** The fewest characters a name has for its last one to be typed by its very reading ("长兴导" for 长兴岛). */
const LAST_SLIP_MIN_CHARS = 3;
/** Two characters with a reading in common, tones aside (导 and 岛: dao). */
function sameReading(a: string, b: string): boolean {
  placeSounds ??= new Sounds();
  const x = placeSounds.readings(a);
  const y = placeSounds.readings(b);
  return x.some((r) => y.includes(r));
}
/** Characters of a name that may be typed by their exact reading at once, and the fewest characters the name has then. */
const EXACT_SLIPS = 2;
const EXACT_SLIPS_MIN_CHARS = 5;

/**
 * The loaded office a name the text holds as unknown sounds like: its whole name or alias (贵州省机关事物管理局), or
 * its last place when the places before it are the office's own (光明区公民街道 → 深圳市光明区公明街道办事处). Only
 * one office may fit.
 */
/** Characters that end a place or an office's level: an abbreviation keeps them where the name has them. */
const LEVEL_CHARS = /[省市区县旗镇乡]|街道|办事处|苏木/g;
/** The fewest characters of a shortened name before its level when its first two are not together in the full name ("科右中旗"). */
const IN_ORDER_MIN_BEFORE_LEVEL = 3;
/** The government's own office said short ("政府办", "府办", "政府办公室"). */
const GOVERNMENT_OFFICE_SAID = /政府办(?:公室)?$|府办$/;
/** An office that is a place's government itself (its organ empty, or the government or its office). */
const GOVERNMENT_ORGAN = /^(?:人民政府|政府)(?:办公室)?$/;
/** The fewest characters of a shortened name read this way. */
const IN_ORDER_MIN_CHARS = 4;

/**
 * The one loaded office whose name holds every character of `name` in order, its level characters among them
 * ("科右中旗" in 科尔沁右翼中旗; "东湖城乡办事处" in 武汉市东湖生态旅游风景区城乡工作办事处); the name begins as the place does —
 * its first two characters together in the office's name (东湖), or its first character the office's first with three
 * characters before its level (科右中旗) — so "南区" is no short form of 南岗区.
 */
/** A zone's own committee, at the end of its office's name ("管理委员会", "管委会"). */
const COMMITTEE_END = /(?:管理委员会|管委会)$/;
/** A zone's kind at the end of its name ("投资区", "开发区", "新区", "园区"). */
const ZONE_KIND_END = /(?:投资区|开发区|新区|园区|试验区|实验区|合作区|示范区|保税区)$/;

function officeInOrder(name: string, names: Names): string | undefined {
  // (the place's government said after it, "科右中旗政府": the office is the place's own government, its name the place's)
  const stem = name.replace(/(?:人民)?政府$/, '');
  const ofGovernment = stem !== name;
  if (stem.length < IN_ORDER_MIN_CHARS) return undefined;
  const level = stem.search(LEVEL_CHARS);
  const found = new Set<string>();
  for (const { office, organ } of names.levelOrgans) {
    // (a name the office holds whole is no short form: "株洲市芦淞区人民政府" beside 株洲市芦淞区教育局 is another office)
    // (nor is the government's own office said short, "大足区政府办", one of its departments: 大足区人民政府外事办公室)
    // (but the tail of a zone's name held whole right before its committee, "华侨投资区" of 钦州市北部湾华侨投资区管理委员会:
    // the zone's own body, its everyday name without the region before it)
    const committeeAt = office.search(COMMITTEE_END);
    const heldAt = office.indexOf(stem);
    if (committeeAt > 0 && heldAt > 0 && heldAt + stem.length === committeeAt && ZONE_KIND_END.test(stem)) {
      found.add(office);
      continue;
    }
    if (office.includes(stem) || ((ofGovernment || GOVERNMENT_OFFICE_SAID.test(stem)) && organ && !GOVERNMENT_ORGAN.test(organ))) continue;
    const together = office.includes(stem.slice(0, 2));
    if (!together && !(office[0] === stem[0] && level >= IN_ORDER_MIN_BEFORE_LEVEL)) continue;
    let at = 0;
    for (const ch of stem) {
      at = office.indexOf(ch, at);
      if (at < 0) break;
      at++;
    }
    if (at > 0) {
      // (each level character of the short form is one of the office's: 旗 of 科右中旗 is 中旗's)
      const levels = stem.match(LEVEL_CHARS) ?? [];
      if (levels.every((l) => office.includes(l))) found.add(office);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function soundAlikeOffice(name: string, names: Names): string | undefined {
  const found = new Set<string>();
  for (const n of names.strong) if (soundsLike(name, n.name)) found.add(n.office);
  const parts = name.match(/\p{Script=Han}{2,}?(?:街道|苏木|[省市区县镇乡旗])/gu) ?? [];
  const last = parts.at(-1);
  if (last && parts.join('') === name) {
    for (const n of [...names.weak, ...names.strong]) if (soundsLike(last, n.name) && parts.slice(0, -1).every((p) => n.office.includes(p))) found.add(n.office);
  }
  // (a place loaded and its organ in short with a slip, "西山区叫体局" for 西山区教体局: one character read alike)
  if (!found.size) {
    for (const n of names.weak) {
      if (!name.startsWith(n.name) || name.length - n.name.length < 2) continue;
      if (soundAbbreviates(name.slice(n.name.length), n.organ)) found.add(n.office);
    }
  }
  // (or the place typed with a slip and the organ in short as written, "连运港开发区" for 连云港经济技术开发区…)
  if (!found.size) {
    for (const n of names.weak) {
      const rest = name.slice(n.name.length);
      // (a place of two characters, its last typed by its very reading, the organ after it bearing it out: "天金高新区" for
      // 天津滨海高新技术产业开发区)
      const typed = name.slice(0, n.name.length);
      const twoSlip = n.name.length === 2 && typed[0] === n.name[0] && typed[1] !== n.name[1] && sameReading(typed[1]!, n.name[1]!);
      if (rest.length < 2 || !(soundsLike(typed, n.name) || twoSlip)) continue;
      if (abbreviates(rest, n.organ) || n.organ.startsWith(rest) || (n.office.includes(rest) && /[区局委办厅]$/.test(rest))) found.add(n.office);
    }
  }
  // (or a long name said short, "随县开发区" for 随县经济开发区, read as a place and a level of its own)
  if (!found.size && name.length >= SHORT_FORM_MIN_CHARS) {
    for (const n of names.strong) {
      // (its second character typed by its very reading, "天金高新区" for 天津滨海高新区, read as written)
      const head = name.slice(0, 2) === n.name.slice(0, 2) || (name[0] === n.name[0] && sameReading(name[1]!, n.name[1]!)) ? n.name.slice(0, 2) : undefined;
      if (n.name.length < ABBREVIATED_MIN_CHARS || n.name.length <= name.length || !head || name.at(-1) !== n.name.at(-1)) continue;
      if (GOVERNMENT_FORM.test(name) && !GOVERNMENT_FORM.test(n.name)) continue;
      if (abbreviates(head + name.slice(2), n.name)) found.add(n.office);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** An organ said in short with one character typed by its reading ("叫体局" for 教体局 of 教育体育局). */
function soundAbbreviates(short: string, organ: string): boolean {
  placeSounds ??= new Sounds();
  const chars = [...new Set(organ)];
  return [...short].some((ch, k) =>
    chars.some((c) => {
      if (c === ch) return false;
      const a = placeSounds!.readings(ch);
      const b = placeSounds!.readings(c);
      return a.some((x) => b.includes(x)) && abbreviates(short.slice(0, k) + c + short.slice(k + 1), organ);
    }),
  );
}

/** Two years listed with one 年 after the last ("23、24两年", "2022和2023年"). */
// (or three: "18、22、23三年")
const YEARS_LISTED = /(?<![\d.])(?:(?:20)?\d{2}\s*[、和与及跟]\s*)+(?:20)?\d{2}\s*(?:两|二|三|四)?年(?!度?[内底末初来间前后])/g;

/** A year written as four digits (used to see whether a message names another year). */
const YEAR_ELSEWHERE = /(?<![\d.])(?:19|20)\d{2}(?![\d.])/;

/** A year: 2022年 / 2022年度 / 2022 alone — but not a count ("2000件申请"). */
// (not a date written with dashes or slashes, "2017-08-20", "2024/01/10": a day, no report year)
const YEAR_NAMED = /(?<![\d.])((?:19|20)\d{2})(?:\s*年度?|(?![\d.]|\s*(?:件|条|个|次|项|家|人|元|万|亿|页|号|多|余|份|起|篇)|[-/／]\d{1,2}[-/／]\d{1,2}))/g;
/** A bare number in a sum written out ("政务动态802+政策解读15+其他1968", "1968+15"): no year, when no 年 follows it. */
const IN_PLUS_SUM_BEFORE = /[+＋][^，,。；;\d]{0,8}$/;
const IN_PLUS_SUM_AFTER = /^\s*[+＋]/;
/** What a count is said of, right before a bare number ("更新量是", "总数为", "共"): the number is that count. */
const COUNT_BEFORE_BARE = /(?:量|数|数量|总数|条数|件数)(?:是|为)$|(?:共|共计|合计|达)$/;
/** "22年" — but not a span of years ("近10年", "10年来"). */
const SHORT_YEAR = /(?<![\d近前后这过去多])(\d{2})年(?!度?[内底末初来间前后])/g;
/**
 * A year said relative to now; "去年结转过来的" is the carry-over row of the report, "去年底寄了申请" a time in a
 * story: no report year.
 */
// (nor an age, "我今年六十有八", "今年都70岁了": the asker's, no year of a report)
// (nor when something was said or begun in a story, "前年就说要征收", "去年说要拆": a time of the story)
const RELATIVE_YEAR = /(大前年|今年|去年|前年)(?:度)?(?!结转|转过来|转来|底|初|年底|年初|(?:就|曾经?|便)(?:说|讲|通知|开始|要|已经|已|贴|征|拆|定)|(?:说要|说是|讲要|讲是)|[0-9一二三四五六七八九十]+月|(?:已经|已|都|快|刚|才|也)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:岁|周岁|多岁|有[一二三四五六七八九]|了|出头))/g;

/** After a year, the draft being written ("2026年报草稿", "2026年的年报草稿", "2026年度报告初稿"). */
/** The next report named right before a bracketed year ("下一份年报（", "明年的年报("). */
const NEXT_REPORT_BEFORE = /(?:下一份|下份|下一年度?的?|明年的?|新一年的?)(?:年报|年度报告|报告)\s*[（(]\s*$/;
const DRAFT_AFTER = /^(?:度)?(?:的)?(?:年报|年度报告|报告|报)?(?:的)?(?:草稿|初稿|征求意见稿|送审稿)/;
/** Before a year, writing or preparing the report ("在准备2026年的年报", "起草2026年度报告", "写2024年报要对比上一份"). */
const DRAFTING_BEFORE = /(?:准备|写|在编|编制|编写|起草|撰写|在弄|在做)$/;
/** After a year, the budgets or final accounts of that year ("2024年度的部门决算"): published the year after. */
/** Final accounts named ("决算"), published the year after the year they are of. */
const FINAL_ACCOUNTS_AFTER = /(?:19|20)?\d{2}年度?(?:的)?(?:部门|财政|政府)?决算/;
const ACCOUNTS_AFTER = /^(?:度)?(?:的)?(?:部门|财政|政府)?(?:预算|决算|预决算)/;
/** After a year, the report itself ("2026年的年报", "2026年度报告"). */
const REPORT_AFTER = /^(?:度)?(?:的)?(?:年报|年度报告|报告|报)/;

/** The 报 of 年报 right after a year's 年, with where in it ("年报里"), not 报告, 报道, 报名, 报销, 报送, 报表, 报纸, 报警, 报案, 报批. */
const YEAR_REPORT_TAIL = /^报(?:里面|里|中|上)?(?![告道名销送表纸警案批])/;

/** Where a year's span ends: a year written into 年报 ("2023年报主动公开总数") takes its 报 along, never a stray word. */
function yearSpanEnd(text: string, end: number): number {
  const tail = text[end - 1] === '年' ? YEAR_REPORT_TAIL.exec(text.slice(end, end + 4)) : null;
  return tail ? end + tail[0].length : end;
}

function readSlots(text: string, reports: ReportRef[], now: Date): ReportSlots {
  const spans: Span[] = [];
  const years = new Set<number>();
  const drafts = new Set<number>();
  const accountsOf = new Set<number>();
  // a year: 2022年 / 2022年度 / 2022 alone — but not a count ("2000件申请")
  if (mayMatch(text, YEAR_NAMED)) for (const m of text.matchAll(YEAR_NAMED)) {
    // a law's date ("新行政复议法2024年施行以后", "2019年修订的条例"): no report year
    if (LAW_DATE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8))) continue;
    // (nor the day a report came out: "年报2026年1月26号才发" is a date of publishing, not the report of 2026)
    if (PUBLISHED_ON.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 14))) continue;
    // (nor the year of the next report, in brackets after it: "下一份年报（2026年度）要按哪个格式写" asks of the one being drafted)
    if (NEXT_REPORT_BEFORE.test(text.slice(Math.max(0, m.index! - 10), m.index!))) continue;
    // (nor the edition of the report format: "表二（2019版格式）", "2021年版")
    if (FORMAT_EDITION.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + FORMAT_WORDS_CHARS))) continue;
    // (nor the year of another document the report names: "提到2022年的统计公报", "2023年政府工作报告")
    const afterYear = text.slice(m.index! + m[0].length, m.index! + m[0].length + YEAR_DOCUMENT_CHARS);
    if (YEAR_OF_DOCUMENT.test(afterYear) || SPAN_OF_DOCUMENT.test(afterYear) || (SPAN_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index!)) && DOCUMENT_AFTER.test(afterYear))) continue;
    // (nor the year of a document's number: "国办公开办函〔2021〕30号", "哈政办发[2022]5号")
    if (m.index! > 0 && DOCUMENT_NUMBER_YEAR.test(text.slice(m.index! - 1, m.index! + m[0].length + 8))) continue;
    if (!/年/.test(m[0]) && (IN_PLUS_SUM_BEFORE.test(text.slice(Math.max(0, m.index! - 10), m.index!)) || IN_PLUS_SUM_AFTER.test(text.slice(m.index! + m[0].length)))) continue;
    // (nor a count quoted after what it counts, "政务动态更新量是1939吧": a figure to check, no year)
    if (!/年/.test(m[0]) && COUNT_BEFORE_BARE.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    // requests carried over from a year ("从2021年转过来的") are counted in the next year's report
    const carriedFrom = CARRIED_FROM.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6));
    // "2023年结转到2024年的": carried into a year, counted in the report of the year before
    const before = text.slice(Math.max(0, m.index! - 4), m.index!);
    // (not from the year before into it, "上一年结转到2022年继续办的": the carry-over row of that year's own report)
    const fromYearBefore = FROM_YEAR_BEFORE_INTO.test(text.slice(Math.max(0, m.index! - FROM_YEAR_BEFORE_CHARS), m.index!));
    const carriedInto = !fromYearBefore && (CARRIED_INTO.test(before) || (PUT_OFF_INTO.test(before) && !YEAR_ELSEWHERE.test(text.slice(0, m.index!) + text.slice(m.index! + m[0].length))));
    // (the year of the draft being written, "在准备2026年的年报，先确认一下2023年报…": the staff's own, set aside below)
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 8);
    if (DRAFT_AFTER.test(after) || (DRAFTING_BEFORE.test(text.slice(Math.max(0, m.index! - 4), m.index!)) && REPORT_AFTER.test(after))) drafts.add(Number(m[1]));
    if (ACCOUNTS_AFTER.test(after)) accountsOf.add(Number(m[1]));
    years.add(Number(m[1]) + (carriedFrom ? 1 : 0) - (carriedInto ? 1 : 0));
    spans.push({ start: m.index!, end: yearSpanEnd(text, m.index! + m[0].length) });
  }
  // (a draft's year beside a year asked: the year asked)
  if (drafts.size && [...years].some((y) => !drafts.has(y))) for (const y of drafts) years.delete(y);
  // (so is the year of budgets or final accounts beside the year they were published in: "2024年度的部门决算在2025年公开了多少条")
  if (accountsOf.size && [...years].some((y) => !accountsOf.has(y))) for (const y of accountsOf) years.delete(y);
  // "22年" — but not a span of years ("近10年", "10年来")
  if (mayMatch(text, SHORT_YEAR)) for (const m of text.matchAll(SHORT_YEAR)) {
    const y = 2000 + Number(m[1]);
    if (y >= 2008 && y <= now.getFullYear()) {
      years.add(y);
      spans.push({ start: m.index!, end: yearSpanEnd(text, m.index! + m[0].length) });
    }
  }
  // years listed with one 年 after the last ("23、24两年", "22和23年"): each is meant
  if (mayMatch(text, YEARS_LISTED)) for (const m of text.matchAll(YEARS_LISTED)) {
    const listed = (m[0].match(/\d{2,4}/g) ?? []).map((y) => (y.length === 2 ? 2000 + Number(y) : Number(y)));
    if (!listed.every((y) => y >= 2008 && y <= now.getFullYear())) continue;
    for (const y of listed) years.add(y);
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // a span of years ("21年到23年", "2021—2023年"): the years between are meant too
  if (mayMatch(text, YEAR_RANGE)) for (const m of text.matchAll(YEAR_RANGE)) {
    const [a, b] = [m[1] ?? m[3]!, m[2] ?? m[4]!].map((y) => (y.length === 2 ? 2000 + Number(y) : Number(y)));
    // (not a change from one to the other: "从23年到25年降了百分之几" compares the two ends)
    const change = CHANGE_AFTER_RANGE.test(text.slice(m.index! + m[0].length));
    // (nor the years of another document, "2000-2023年的水资源公报")
    const ofDocument = DOCUMENT_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + YEAR_DOCUMENT_CHARS));
    if (a! < b! && b! - a! <= MAX_YEAR_SPAN && !change && !ofDocument) for (let y = a! + 1; y < b!; y++) years.add(y);
  }
  let thisYear: number | undefined;
  let relativeYear: number | undefined;
  const explicit = new Set(years);
  const relatives = new Set<number>();
  const relativeSpots: Span[] = [];
  const BACK: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2, 大前年: 3 };
  // "去年结转过来的" is the carry-over row of the report, "去年底寄了申请" a time in a story: no report year
  if (mayMatch(text, RELATIVE_YEAR)) for (const m of text.matchAll(RELATIVE_YEAR)) {
    // (a year word inside the report's words quoted, "年报写“20件，比去年减少27件”": the report's own year before, no year asked)
    if (insideQuote(text, m.index!)) continue;
    years.add(now.getFullYear() - BACK[m[1]!]!);
    relatives.add(now.getFullYear() - BACK[m[1]!]!);
    if (m[1] === '今年') thisYear = now.getFullYear();
    relativeYear ??= now.getFullYear() - BACK[m[1]!]!;
    spans.push({ start: m.index!, end: m.index! + m[0].length });
    relativeSpots.push({ start: m.index!, end: m.index! + m[0].length });
  }

  // a relative year beside a year named, not set against it ("去年报告里…就是2024年那份"): the year named is meant
  // (去年's report is the one published last year, about the year before)
  // (a word joining things, 和 or 、, sets years against each other only beside another year: "去年办营业执照、食品经营许可" joins
  // two licences, "去年和2024年" two years)
  const setAgainst = (at: { start: number; end: number }) => {
    const near = text.slice(Math.max(0, at.start - SET_AGAINST_REACH), at.end + SET_AGAINST_REACH);
    const other = `${text.slice(Math.max(0, at.start - SET_AGAINST_REACH), at.start)} ${text.slice(at.end, at.end + SET_AGAINST_REACH)}`;
    return YEARS_COMPARED.test(near) || (YEARS_SET_AGAINST.test(near) && ANOTHER_YEAR.test(other));
  };
  if (relatives.size && explicit.size && !relativeSpots.some(setAgainst)) {
    for (const y of relatives) if (!explicit.has(y)) years.delete(y);
    relativeYear = thisYear = undefined;
  }
  const offices = new Set<string>();
  const unknownOffices: string[] = [];
  const free = (i: number, n: number) => !spans.some((s) => i < s.end && s.start < i + n);
  const unnamed = new Set<string>();
  const namedHere = new Set<string>();
  const named = (name: string, office: string) => {
    namedHere.add(name);
    let hit = false;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (!free(i, name.length)) continue;
      offices.add(office);
      // (a general office said as its place and 办, "南岗区办22年…": the 办 is part of the name, no word of the question)
      const ban = office.endsWith('办公室') && !name.endsWith('办') && GENERAL_OFFICE_SHORT_AFTER.test(text.slice(i + name.length)) ? 1 : 0;
      spans.push({ start: i, end: i + name.length + ban });
      hit = true;
    }
    return hit;
  };
  const names = namesOf(reports);
  for (const { name, office } of present(names.strong, names.strongByFirst, text)) {
    // "临朐县教育局": the place of a government report followed by another organ is another office
    if (PLACE_ONLY.test(name) || !/[局委办厅院府室]$/.test(name)) {
      const i = text.indexOf(name);
      // (or by a place inside it: "淮安市清江浦区" is not 淮安市人民政府)
      // (or by another level of the same name: "二郎街道" is not 二郎镇)
      const level = i >= 0 && !LEVEL_END.test(name) ? LEVEL_AFTER.exec(text.slice(i + name.length)) : null;
      const otherLevel = level && !office.includes(name + level[1]) ? level : null;
      const after = i >= 0 ? otherLevel ?? ORGAN_AFTER.exec(text.slice(i + name.length)) ?? placeAfter(text.slice(i + name.length)) : null;
      // a zone's government is its 管委会 ("平潭管委会办公室" is 平潭综合实验区's own office)
      const ownGovernment = after && ((ZONE.test(office) && /^管委/.test(after[0])) || PARTY_AND_GOVERNMENT.test(text.slice(i + name.length)));
      if (after && !ownGovernment && free(i, name.length + after[0].length)) {
        unknownOffices.push(name + after[0]);
        spans.push({ start: i, end: i + name.length + after[0].length });
        unnamed.add(name);
        continue;
      }
      // (a township of the same name under another city or county, "晋江市龙湖镇" beside 定安县龙湖镇: another office — when the
      // office's own county is known, and the place before is none of its places, nor one said in short: 科右中旗 for
      // 科尔沁右翼中旗)
      const county = i > 0 && TOWNSHIP_NAME.test(name) ? otherCountyBefore(text.slice(Math.max(0, i - 8), i), office, name) : undefined;
      if (county && !names.contexts.includes(county) && free(i - county.length, county.length + name.length)) {
        unknownOffices.push(county + name);
        spans.push({ start: i - county.length, end: i + name.length });
        unnamed.add(name);
        continue;
      }
    }
    named(name, office);
  }
  // a department's place alone ("芦淞区不予处理几件"), unless another organ of that place is named ("绵阳市教育局")
  for (const { name, office, organ } of present(names.weak, names.weakByFirst, text)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (!free(i, name.length)) continue;
      // (a two-character place inside a longer one is not that place: 城区 of 上城区, beside 晋城市城区)
      if (name.length <= 2 && i > 0 && INSIDE_PLACE_BEFORE.test(text[i - 1]!)) continue;
      // (a province's department named after another place, "湖南省教育厅" beside 湖北省教育厅: another office)
      if (name === organ || organAliases(organ).includes(name)) {
        const window = text.slice(Math.max(0, i - 8), i);
        // (or a county or district of it, "林芝市巴宜区卫健委" beside 米林市卫生健康委员会)
        const before = PLACE_BEFORE_ORGAN.exec(window)?.[0] ?? COUNTY_BEFORE_ORGAN.exec(window)?.[1];
        if (before && !office.includes(before) && !office.includes(shortPlace(before))) continue;
      }
      // ("绵阳的环保局": the place and its organ with 的 between them)
      const of = text[i + name.length] === '的' && ORGAN_AFTER.test(text.slice(i + name.length + 1)) ? 1 : 0;
      const rest = text.slice(i + name.length + of);
      // "在和平区政府门户网站上发布了多少条": the place's government website, where something was published
      if (WEBSITE_AFTER.test(rest)) {
        spans.push({ start: i, end: i + name.length });
        continue;
      }
      // "开阳县那个市场监管局": the place's loaded office, pointed at and named in short
      const pointed = POINTED_ORGAN.exec(rest);
      if (pointed && (organ.startsWith(pointed[2]!) || pointed[2]!.startsWith(organ) || abbreviates(pointed[2]!, organ) || names.all.has(name + pointed[2]))) {
        offices.add(office);
        spans.push({ start: i, end: i + name.length + of + pointed[0].length });
        continue;
      }
      // "长春这个局": the place's loaded office, pointed at
      const after = POINTED.test(rest) ? null : ORGAN_AFTER.exec(rest) ?? GOVERNMENT_AFTER.exec(rest);
      // ("绵阳的环保局" is 绵阳环保局, an everyday name of a loaded office)
      const everyday = of && after ? names.strong.find((n) => n.name === name + after[0]) : undefined;
      if (everyday) {
        offices.add(everyday.office);
        spans.push({ start: i, end: i + name.length + of + after![0].length });
        continue;
      }
      // "二郎街道" beside 合川区二郎镇: the same name at another level is another place's office
      const level = LEVEL_END.test(name) ? undefined : LEVEL_AFTER.exec(rest)?.[1];
      if (level && !office.includes(name + level) && free(i, name.length + of + level.length)) {
        unknownOffices.push(name + level);
        spans.push({ start: i, end: i + name.length + of + level.length });
        continue;
      }
      // (the place's zone, then another organ of it, "淄博高新区发展改革局" beside 淄博高新技术产业开发区建设局: another office)
      const zone = after ? null : ZONE_AFTER_PLACE.exec(rest);
      const zoneOrgan = zone ? ORGAN_AFTER.exec(rest.slice(zone[0].length)) : null;
      if (zone && zoneOrgan && otherOrgan(zoneOrgan[0], organ) && free(i, name.length + of + zone[0].length + zoneOrgan[0].length)) {
        unknownOffices.push(name + zone[0] + zoneOrgan[0]);
        spans.push({ start: i, end: i + name.length + of + zone[0].length + zoneOrgan[0].length });
        continue;
      }
      // (the place's government or its general office, "大足区政府办", is not the department loaded there, 大足区人民政府外事办公室)
      const government = !!after && GOVERNMENT_FORM.test(after[0]) && !GOVERNMENT_FORM.test(organ) && !GOVERNMENT.test(organ);
      if (after && (government || otherOrgan(after[0], organ))) {
        unknownOffices.push(name + (of ? '的' : '') + after[0]);
        spans.push({ start: i, end: i + name.length + of + after[0].length });
        continue;
      }
      offices.add(office);
      // the organ said in short after the place ("湛江地方志办"): part of the name, not words of the question
      const organShort = shortOrganAfter(rest, organ);
      spans.push({ start: i, end: i + name.length + (organShort ? of + organShort : 0) });
    }
  }
  // "市里", "市政府", "县里" said alone (not the end of a place's name: 小区里): the one loaded government of that
  // level ("市里和洪泽区2024年…" → 淮安市人民政府 beside its district)
  if (mayMatch(text, LEVEL_GOVERNMENT)) for (const m of text.matchAll(LEVEL_GOVERNMENT)) {
    const start = m.index!;
    if (spans.some((s) => start < s.end && s.start < start + m[0].length)) continue;
    if (start > 0 && /\p{Script=Han}/u.test(text[start - 1]!) && !LEVEL_BEFORE.test(text[start - 1]!)) continue;
    // (the asker's own workplace beside an office named, "我是县里政务公开办的，核对一下汉中市工信局…": not asked about)
    if (offices.size && SELF_AT.test(text.slice(0, start))) continue;
    // (镇上 as where one is or goes, "我在镇上开个小卖部", "回县上": a place, not its government)
    if (m[0].endsWith('上') && /[在到去回住]$/.test(text.slice(0, start))) continue;
    const govs = [...new Set(reports.map((r) => r.office))].filter((o) => o.endsWith(`${m[1]}人民政府`) || o.endsWith(`${m[1]}人民政府办公室`));
    if (govs.length !== 1) continue;
    offices.add(govs[0]!);
    spans.push({ start, end: start + m[0].length });
  }
  if (mayMatch(text, PLACE)) for (const m of text.matchAll(PLACE)) {
    const start = m.index!;
    // the name starts after the last function character ("你们和哈尔滨市" → 哈尔滨市)
    // (or after a verb said to the bot: "核一下市政府的表三" names the city government, no place 核一下市)
    // (or after a conjunction: "万一区政府办回复说…" names the district government, no place 万一区)
    // (or after a verb of asking or telling: "都找区政府办", "年报里说区政府办", "因为区政府办" name the district government)
    // (or after a word pointing at a kind: "参照鹄山镇这种乡镇" names no place 这种乡)
    // (the words before the single characters: at one place the longer word is the one cut, "了解下县政府" names no 解下县)
    // (or after reading or being able to: "有冇实体地方可以查阅市政府办公开嘅信息" names no place 方可以查阅市)
    // (or after going there: "我想上区政府办当面问问", "明天去区政府办" name the district government, no place 想上区)
    // (or after a word taking up part of what was said: "其中自治区政府文件多少条" names no place 其中自治区)
    let stem = m[1]!.replace(/^.*(?:(?:想|要|得|准备|打算|明天|今天|后天|改天|回头|亲自)[上去到来]|[去到]|因为|所以|一下|问下|查下|看下|说下|看看|查查|核对|申请|想看|要看|查看|查阅|可以|能够|咨询|联系|核查|听说|据说|听人说|说是|想知道|知道|了解下?|打听|问问|请问|冒出来个?|出来个|不含|不包括|包括|除了|万一|如果|假如|要是|一旦|若是|假设|即使|就算|比如|例如|然后|但是|可是|这种|那种|这类|那类|这样|那样|这个|那个|这些|那些|其中|其余|其他|[们和与及跟同的是在从向对给把被你我他她过了着找说]|^那(?=\p{Script=Han}{2,}$))/u, '');
    // (a place whose own name ends in 和, "兴和县", "太和县": not cut at its 和)
    // (not after an organ's last character, "开发区管委会和市政府": 和 joins two organs there)
    // (a place whose name begins with what reads as a conjunction, said after a city or at the start, "沈阳市和平区",
    // "厦门市同安区": not cut at it — after 市 or 省 no conjunction joins two names)
    const cutAt = m[1]!.length - stem.length - 1;
    if (stem.length < 2 && cutAt >= 0 && /[和同向与]/u.test(m[1]![cutAt]!) && (cutAt === 0 ? start === 0 || !/\p{Script=Han}/u.test(text[start - 1]!) : /[省市]/u.test(m[1]![cutAt - 1]!))) stem = m[1]!.slice(cutAt);
    if (stem.length < 2 && m[1]!.endsWith('和') && m[1]!.length >= 2 && !/[会局委办厅府部院处科室所站队]和$/u.test(m[1]!)) stem = m[1]!.slice(-2).replace(/^[们与及跟同的是在从向对给把被你我他她过了着]/u, '');
    // (a city's level character inside, the match begun inside the city's name: "哈尔滨市道外区" read from 尔 is 道外区 of 哈尔滨市)
    if (stem === m[1] && start > 0 && /\p{Script=Han}/u.test(text[start - 1]!)) stem = stem.replace(/^.*[省市](?=\p{Script=Han}{2,}$)/u, '');
    if (stem.length < 2) continue;
    // (a place named before it and already read, "南岗区和道里区的政府办": only the name after 和 is this one's)
    const from = start + m[1]!.length - stem.length;
    if (spans.some((s) => from < s.end && s.start < start + m[0].length)) continue;
    // (a state-level new district keeps its 新: 浦东新区, 滨海新区, 两江新区)
    const newDistrict = m[2] === '区' && stem.length >= 3 && stem.endsWith('新');
    if (NOT_PLACE.test(stem) || NOT_PLACE.test(stem.slice(-2)) || (notPlaceEnd(stem) && !newDistrict) || NOT_IN_PLACE.test(stem) || THING_WORD.test(stem)) continue;
    const name = stem + m[2];
    // a township under a known place ("古蔺县大村镇" beside 古蔺县东新镇): another office, unless the township is the known one
    const township = /^(?:镇|乡|街道)$/.test(m[2]!) ? townshipOf(name, names) : undefined;
    if (township === undefined && containsKnown(name, names, unnamed, namedHere)) continue;
    if (township !== undefined && containsKnown(township, names, unnamed, namedHere)) continue;
    // a place's government website ("在和平区政府门户网站上发布了多少条"): where something was published, no office asked
    if (WEBSITE_AFTER.test(text.slice(start + m[0].length))) continue;
    // a place of the report's address ("哈尔滨市南岗区") is not another office — unless its government is named
    // (an organ of it named after it, "宜春市档案馆" where the loaded report's address says 宜春市樟树市: another office)
    // (but a place of the address said alone, no loaded office named, asks that place's own report: "上饶市2022年全市一共收到
    // 多少申请" beside 上饶市广丰区 is the city's count, not the district's)
    if (!/^(人民政府|政府|\p{Script=Han}{0,6}?(局|委员会|馆)|\p{Script=Han}{0,8}?管理中心)/u.test(text.slice(start + m[0].length)) && names.contexts.includes(name) && offices.size) continue;
    // (a loaded department's organ said alone that holds a level's character, "绿化市容局": no place 绿化市)
    if (organAloneAt(text, from, names)) continue;
    if (!unknownOffices.includes(name)) unknownOffices.push(name);
    spans.push({ start: from, end: start + m[0].length });
  }
  // a county named by one character ("泾县政务公开办", "宣城市泾县2023年"): PLACE reads two at least
  if (mayMatch(text, ONE_CHAR_COUNTY)) for (const m of text.matchAll(ONE_CHAR_COUNTY)) {
    const name = m[0];
    if (!free(m.index!, name.length) || containsKnown(name, names, unnamed, namedHere)) continue;
    if (!unknownOffices.includes(name)) unknownOffices.push(name);
    spans.push({ start: m.index!, end: m.index! + name.length });
  }
  // a city of a loaded report's address said without its 市, then another organ of it ("哈尔滨住房公积金管理中心"): another office
  if (!offices.size) for (const stem of names.cityStems) {
    const i = text.indexOf(stem);
    if (i < 0 || !free(i, stem.length)) continue;
    const organ = ORGAN_AFTER.exec(text.slice(i + stem.length));
    // (an organ asked about, "哈尔滨哪个博物馆适合…", names none)
    if (!organ || !free(i + stem.length, organ[0].length) || /哪|什么|啥|有没有/.test(organ[0])) continue;
    unknownOffices.push(stem + organ[0]);
    spans.push({ start: i, end: i + stem.length + organ[0].length });
  }
  // the places of an office named that the text also says ("合川区的二郎镇", "哈尔滨市…南岗区"): part of its name
  for (const office of offices) {
    for (const place of splitOffice(office).places) {
      for (let i = text.indexOf(place); i >= 0; i = text.indexOf(place, i + 1)) if (free(i, place.length)) spans.push({ start: i, end: i + place.length });
      // (the city or province said without its level right before the rest of the name: "广州荔湾区…" — 广州 is
      // part of 广州市荔湾区人民政府, no word of the question)
      const stem = PLACE_LEVEL_END.test(place) ? place.slice(0, -1) : '';
      if (stem.length >= 2) {
        for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
          if (free(i, stem.length) && spans.some((sp) => sp.start === i + stem.length)) spans.push({ start: i, end: i + stem.length });
        }
      }
    }
  }
  // an office named by its level and its organ in short ("省退役军人厅", "市医保局"): the one loaded office of that
  // level whose organ it abbreviates
  if (!offices.size && !unknownOffices.length) {
    if (mayMatch(text, LEVEL_ORGAN)) for (const m of text.matchAll(LEVEL_ORGAN)) {
      if (!free(m.index!, m[0].length) || (m.index! > 0 && /\p{Script=Han}/u.test(text[m.index! - 1]!) && !LEVEL_BEFORE.test(text[m.index! - 1]!))) continue;
      const fits = names.levelOrgans.filter((x) => x.level === m[1] && (x.organ === m[2] || abbreviates(m[2]!, x.organ) || organAliases(x.organ).includes(m[2]!)));
      if (fits.length !== 1) continue;
      offices.add(fits[0]!.office);
      spans.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  // a department named by its organ alone ("你们外事办", "工信局电话") among several loaded offices: the one loaded
  // office with that organ (no place or level said before it: "县民政局" is a county's, read above)
  if (!offices.size && !unknownOffices.length && names.levelOrgans.length > 1) {
    const alone = organAlone(text, names, free);
    if (alone) {
      offices.add(alone.office);
      spans.push(alone.span);
    }
  }
  // a loaded office typed with a pinyin slip (贵州省机关事物管理局, 光明区公民街道): that office, not an unknown one
  for (const name of [...unknownOffices]) {
    const alike = soundAlikeOffice(name, names);
    if (!alike) continue;
    unknownOffices.splice(unknownOffices.indexOf(name), 1);
    offices.add(alike);
  }
  // a loaded office said by some of its characters in order, as places shorten their names ("科右中旗" for 科尔沁右翼中旗,
  // "东湖城乡办事处" for 武汉市东湖生态旅游风景区城乡工作办事处): that office, when it is the only one that fits
  // (not a place whose organ follows it, "九华山风景区管委会财政局": that organ's office, another one)
  for (const name of [...unknownOffices]) {
    const at = text.indexOf(name);
    if (at >= 0 && ORGAN_AFTER.test(text.slice(at + name.length))) continue;
    // (or with the character before it, which the place's reading took: "钦州华侨投资区" read as 钦/州华侨投资区)
    const before = at > 0 ? text[at - 1]! : '';
    const office = officeInOrder(name, names) ?? (/\p{Script=Han}/u.test(before) ? officeInOrder(before + name, names) : undefined);
    if (!office) continue;
    unknownOffices.splice(unknownOffices.indexOf(name), 1);
    offices.add(office);
  }
  // a loaded office's whole name typed with one character of the same reading ("义务工商职业技术学院"), no office
  // or place of the text read otherwise: that office
  if (!offices.size && !unknownOffices.length) {
    const slip = nameWithSlip(text, names, free) ?? placeSlipThenOrgan(text, names, free);
    if (slip) {
      offices.add(slip.office);
      spans.push(slip.span);
    }
  }
  // a long name said short, its first two characters and its last kept ("义乌工商学院" for 义乌工商职业技术学院)
  // (no office is a site or the office's own self, "嘉兴网站和自己局": words around a name the place pattern ran together)
  for (const name of [...unknownOffices]) if (NOT_AN_OFFICE.test(name)) unknownOffices.splice(unknownOffices.indexOf(name), 1);
  // (the asker's own office in a clause that only says who they are, a question in the clauses after it — "我是嘉兴市司法局复议科的，
  // 核实一下市场监管局…": where they work, not a report asked for)
  for (const name of [...unknownOffices]) {
    const at = text.indexOf(name);
    if (at < 0 || !SELF_INTRO_BEFORE.test(text.slice(Math.max(0, at - SELF_INTRO_CHARS), at))) continue;
    const rest = text.slice(at + name.length);
    if (OWN_UNIT_CLAUSE_END.test(rest)) unknownOffices.splice(unknownOffices.indexOf(name), 1);
  }
  // (beside another office named too: "义乌工商学院2022年…比马水镇2019年多多少")
  if (!unknownOffices.length) {
    const short = nameAbbreviated(text, names, free);
    if (short && !offices.has(short.office)) {
      offices.add(short.office);
      spans.push(short.span);
    }
  }
  // the asker's own office, said as where they speak from, the office asked addressed as 贵办 ("香坊区政府办这边对下口径：
  // 贵办2022年…"): not a report asked for
  for (const name of [...unknownOffices]) {
    const at = text.indexOf(name);
    if (at >= 0 && SPEAKING_FROM.test(text.slice(at + name.length)) && ADDRESSED_OFFICE.test(text.slice(at + name.length))) unknownOffices.splice(unknownOffices.indexOf(name), 1);
  }
  // (the asker's own place inside a loaded office's, said as who they are — "我是察哈尔右翼后旗白音察干镇的": a town of that banner,
  // whose report the question then asks, "旗里2024年…")
  for (const name of [...unknownOffices]) {
    const at = text.indexOf(name);
    if (at < 0 || !SELF_INTRO_BEFORE.test(text.slice(Math.max(0, at - SELF_INTRO_CHARS), at)) || !SUB_PLACE_END.test(name)) continue;
    const within = names.strong.filter((n) => n.name.length >= 2 && name.startsWith(n.name) && name.length > n.name.length).sort((a, b) => b.name.length - a.name.length)[0];
    if (!within) continue;
    unknownOffices.splice(unknownOffices.indexOf(name), 1);
    offices.add(within.office);
    spans.push({ start: at, end: at + within.name.length });
  }
  // (a place's name read short, its level said after some more of its characters in order — "大泉塔乡" for 大泉塔塔尔族乡,
  // read by 大泉: the span runs to the level, so those characters are no unknown words of the question)
  if (offices.size) for (const sp of spans) {
    const run = text.slice(sp.end, sp.end + PLACE_TAIL_MAX + 1);
    const lv = run.search(PLACE_LEVEL_CHAR);
    if (lv < 1 || /[^\p{Script=Han}]/u.test(run.slice(0, lv))) continue;
    const said = text.slice(sp.start, sp.end + lv + 1);
    if ([...offices].some((o) => inOrderWithin(said, o))) sp.end += lv + 1;
  }
  const latest = LATEST.test(text) || undefined;
  const pointed = POINTED_AT.test(text) || REPORT_OF_IT.test(text) || undefined;
  // (the year of final accounts alone, the office's report of it not loaded and its next year's is: "牵头公开2022年度决算…" of a
  // 2023 report — final accounts are published the year after)
  if (accountsOf.size && offices.size === 1 && [...years].every((y) => accountsOf.has(y)) && FINAL_ACCOUNTS_AFTER.test(text)) {
    const own = reports.filter((r) => offices.has(r.office));
    for (const y of accountsOf) if (!own.some((r) => r.year === y) && own.some((r) => r.year === y + 1)) years.delete(y), years.add(y + 1);
  }
  return { years: [...years], offices: [...offices], unknownOffices, spans, thisYear, relativeYear, latest, pointed };
}

/** The most characters of a place's name said after the part read, before its level ("塔" of 大泉塔乡). */
const PLACE_TAIL_MAX = 3;
/** A place's level said last. */
const PLACE_LEVEL_CHAR = /[乡镇县旗]/;
/** The characters of a name said short stand in order in the office's name, its level char among them after the rest. */
function inOrderWithin(said: string, office: string): boolean {
  let at = 0;
  for (const ch of said) {
    at = office.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** 办 right after a general office's place, then its year, a topic of the report or a pause ("南岗区办22年", "区办信息科"). */
const GENERAL_OFFICE_SHORT_AFTER = /^办(?=\d|[今去前]年|信息|政务|年报|报告|[，,？?\s])/;

/** Removes spans from a text (used to classify a question without its slots). */
export function cutSpans(text: string, spans: Span[], filler = ' '): string {
  const sorted = [...spans].sort((a, b) => b.start - a.start);
  let s = text;
  // from the end, so earlier positions stay valid; a span overlapping one already cut is cut up to it
  let limit = Infinity;
  for (const sp of sorted) {
    const end = Math.min(sp.end, limit);
    if (end <= sp.start) continue;
    s = s.slice(0, sp.start) + filler + s.slice(end);
    limit = sp.start;
  }
  return s;
}

/** Whether a place of the text is inside quotation marks ("年报写“…比去年减少27件…”"). */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = before.lastIndexOf('“');
  if (open >= 0 && before.lastIndexOf('”') < open && text.indexOf('”', at) > 0) return true;
  const corner = before.lastIndexOf('「');
  return corner >= 0 && before.lastIndexOf('」') < corner && text.indexOf('」', at) > 0;
}
