/** The contact block (usually in the opening paragraph): whatever the report gives, nothing invented. */
import type { Contact } from '../types.js';
import { halfWidth, splitSentences } from './util.js';

const STOP = /[。；;，,（(\n]|地址|邮编|邮政编码|电话|传真|邮箱|电子邮箱|网址/;

function cut(s: string): string {
  const i = s.search(STOP);
  return (i >= 0 ? s.slice(0, i) : s).trim();
}

/** A unit made responsible for disclosure work ("文书科(机要科)为主管科室", "办公室为…政务信息公开的日常工作机构"; a city's whole name, "阿拉山口市人民政府办公室作为…主管部门"). */
// (or a 办 said in short, its charge called the main one: "确定镇党政办作为政府信息工作主要部门")
const RESPONSIBLE_UNIT = /(?:明确|确定|指定|设立|由|以)?(\p{Script=Han}{2,14}?(?:科|室|股|中心|办)(?:[（(][^）)。；;\n]{1,10}[）)])?)\s*(?:为|是|作为)[^，,。；;\n]{0,16}?(?:主管|牵头|责任|日常工作|工作)(?:主要)?(?:科室|部门|机构)/u;
/** The office's words before the unit a report names responsible ("我中心明确", "本局确定"). */
const UNIT_LEAD = /^\p{Script=Han}{0,6}?(?:明确|确定|指定|设立)(?=\p{Script=Han}{2})/u;
/** A contact named by its place alone ("请联系方正县大罗密镇"): the office itself, no unit of it. */
const PLACE_ONLY = /^\p{Script=Han}{2,12}(?:省|市|县|区|镇|乡|街道|旗)$/u;

/** "中国(福建)" opening a zone's name: the brackets are part of the name. */
const COUNTRY_PROVINCE = /^中国[（(](\p{Script=Han}{2,3})[)）]/u;

/** A unit named right after 请 and right before 联系, 与 left out ("请…局党政办公室联系"): an office's unit by its last word. */
const UNIT_THEN_CONTACT = /请\s*(\p{Script=Han}{4,30}?(?:办公室|科|股|中心))\s*联系/u;

/** The office named only as itself ("我办", "本局", "我单位"). */
const SELF_ONLY = /^(?:我|本)(?:镇|乡|街道|局|办|委|区|县|市|厅|中心|单位|机关|部门|处|院|所)$/;
/** An address that ends with a section of the office ("地址:凯里市营盘东路51号州委宣传部(州政府新闻办)宣传新闻科,"). */
const ADDRESS_ENDS_WITH_UNIT = /地址[:：][^，,。；;\n]*?[)）号楼]\s*(\p{Script=Han}{2,8}?(?:科|股|办公室))(?=\s*[，,。；;)）]|$)/u;

function department(text: string): string | undefined {
  // (with its other name in brackets: "可与…综合信息指挥室(党政综合办公室)联系")
  // (or a bracket inside the name, its unit after it: "请与浒墅关经开区(镇)党政办公室联系")
  // (or said directly, "可直接与…政务服务科联系")
  // (or "请及时与…取得联系")
  const around = /(?:请|可|可以)(?:直接|随时|及时)?(?:与|向|和)\s*([^。；;，,（(\n]{2,40}?(?:[（(][^）)。；;\n]{1,20}[）)])?(?:[^。；;，,（(\n]{0,20}?(?:办公室|办|科|室|股|中心|部))?)\s*(?:取得)?(?:联系|咨询)/.exec(text);
  // (the office speaking of itself only, "请与我办联系(地址:…州政府新闻办)宣传新闻科,…)": the section its address ends with, if any)
  if (around && SELF_ONLY.test(around[1]!.trim())) return ADDRESS_ENDS_WITH_UNIT.exec(text.slice(around.index))?.[1];
  if (around) return around[1]!.trim();
  // (与 left out, the unit named whole before 联系: "请乌鲁木齐市招商服务局党政办公室联系")
  const bare = UNIT_THEN_CONTACT.exec(text);
  if (bare) return bare[1]!.trim();
  const m = /(?:请(?:与|向)?联系|联系单位|联系部门|联系机构|受理机构|咨询单位)(?:为|是)?[:：]?\s*([^。；;\n]{2,60})/.exec(text);
  if (!m) return undefined;
  // (the office speaking of itself, "请联系我镇党政综合办公室": the unit's own name, 党政综合办公室)
  // (a free-trade zone's name holds its province in brackets, "中国(福建)自由贸易试验区…": kept whole)
  const v = cut(m[1]!.replace(COUNTRY_PROVINCE, '中国〔$1〕')).replace(/〔(\p{Script=Han}{2,3})〕/u, '($1)').replace(/联系$/, '').replace(/^(?:我|本)(?:镇|乡|街道|局|办|委|区|县|市|厅|中心|单位|机关)(?=\p{Script=Han}{2,})/u, '').trim();
  return v.length >= 2 && !/^(电话|方式|人)/.test(v) ? v : undefined;
}

/** Where the office is ("现位于南关区亚泰大街4660B号", "办公地点设于咸安区贺胜桥镇长堤路18号"): a place, a street and a number. */
const LOCATED = /(?:现位于|位于|坐落于|地处|办公地点(?:设于|设在|在|为|位于)?)\s*(\p{Script=Han}{2,}?[省市区县镇乡][^。；;\n，,]{0,30}?(?:路|街|道|巷)[^。；;，,\n]{0,12}?[\dA-Za-z]+[号楼室])/u;

function address(text: string): string | undefined {
  const m =
    // (a site's or a mailbox's 地址 is no address: "门户网站地址:http://…")
    /(?:通讯地址|通信地址|联系地址|办公地址|(?<!网站|网页|网|邮箱|信箱)地址)(?:为|是)?[:：]\s*(?!https?:|www\.)([^。；;\n]{3,80})/.exec(text) ??
    /(?:通讯地址|通信地址|联系地址|办公地址)\s*([^。；;\n]{3,80})/.exec(text) ??
    // "地址通化市东昌区金厂镇金厂大街13号": 地址 with no colon, then a place and a street or number
    // (or "接收地址为…党政办公室": 为 is no part of it)
    /地址(?:为|是)?\s*(\p{Script=Han}{2,}?[省市区县镇乡][^。；;\n]{1,78}?(?:路|街|道|巷|号|楼|室|广场|大厦)[^。；;，,\n]{0,20})/u.exec(text) ??
    // "请与文旅局办公室联系(旌德县旌阳镇西门中路7号;邮编:…)": the address first in the brackets after 联系
    // (its number printed without 号, "(泸州市泸县嘉明镇正大街16;邮编:…)")
    /联系\s*[（(]\s*(\p{Script=Han}{2,}?[省市区县镇乡][^。；;)）\n]{1,40}?(?:路|街|道|巷)[^。；;)），,\n]{0,12}?(?:号|楼|室|\d(?=\s*[;；)），,]))[^。；;)），,\n]{0,8})/u.exec(text) ??
    // "联系方式:漳平市八一路105号,漳平市人民政府办公室;邮编:…": the address first after 联系方式, unlabelled
    /联系方式\s*[:：]\s*(\p{Script=Han}{2,}?[省市区县镇乡]?[^。；;：:\n，,]{1,30}?(?:路|街|道|巷|大道)[^。；;：:，,\n]{0,12}?\d+[号楼室][^。；;：:，,\n]{0,10})/u.exec(text) ??
    // "如有疑问,请联系五常市自然资源局。五常市政法大街3号,电话:85838629": a place, a street and a number, unlabelled, right
    // before the phone
    /(?:^|[。；;，,\s])(\p{Script=Han}{2,}?[省市区县镇乡][^。；;：:\n，,]{0,20}?(?:路|街|道|巷|大道|大街)\d+[号楼室][^。；;：:，,\n]{0,10})\s*[，,]\s*(?:联系|咨询)?电话/u.exec(text);
  // "…办事处成立于1986年,…现位于南关区亚泰大街4660B号,联系电话…": where the office is, in a sentence with its phone or postcode
  const located = m ? undefined : splitSentences(text).find((s) => LOCATED.test(s) && /电话|邮编|邮政编码/.test(s));
  if (located) return LOCATED.exec(located)![1]!.trim();
  if (!m) return undefined;
  const v = m[1]!.split(/[，,、]?\s*(?:邮编|邮政编码|联系电话|电话|传真|邮箱|电子邮箱)/)[0]!.replace(/[，,、（(]\s*$/, '').trim();
  // (the bracket the block stood in closes after it: "(地址:湖口县流泗镇复兴大道)" — unless the address opened it)
  const closed = /[)）]$/.test(v) && !/[(（]/.test(v) ? v.slice(0, -1).trim() : v;
  return closed || undefined;
}

/**
 * The office's hours as the report prints them ("工作日办公时间为上午8:30-12:00、下午14:30-17:30(夏时制为15:00-18:00)"): a clock
 * time in them, cut before the next detail ("，对外办公电话…").
 */
// (the days the label names, "工作日办公时间:9:30-13:00", are kept before the hours: they say when it is open)
// (the next detail may follow with no comma, "…15:30-18:30 电子邮箱:…", and the bracket the block stood in may close after it)
function hours(text: string): string | undefined {
  const m = /(工作日|周一至周五|星期一至星期五)?(?:的)?(?:办公时间|工作时间|上班时间|受理时间|接待时间)(?:为|是)?[:：]?\s*([^。；;\n]{4,80})/.exec(halfWidth(text));
  if (!m) return undefined;
  const cut = m[2]!.split(/[，,]\s*(?=[^，,]{0,8}(?:电话|地址|邮编|邮政编码|传真|邮箱|网址))|\s+(?=(?:电子邮箱|邮箱|电子邮件|传真|联系电话|电话|邮编|邮政编码|地址|网址)\s*[:：])/)[0]!.trim();
  const closed = /[)）]$/.test(cut) && !/[(（]/.test(cut) ? cut.slice(0, -1).trim() : cut;
  const v = m[1] && !closed.startsWith(m[1]) ? `${m[1]} ${closed}` : closed;
  return /\d{1,2}[:：]\d{2}|\d{1,2}点|[上下]午/.test(v) ? v : undefined;
}

/** The contact person the report names ("联系人:王曦瑶"): a name of two to four characters, as printed. */
function person(text: string): string | undefined {
  // (or before the number, "联系人及电话:何小磊0871-65301787")
  return /联系人(?:为|是)?[:：]\s*(\p{Script=Han}{2,4})(?=[)）;；,，。\s]|$)/u.exec(text)?.[1] ?? /联系人(?:及|和|、)?电话[:：]\s*(\p{Script=Han}{2,4})(?=\s*\(?\d)/u.exec(text)?.[1];
}

function postcode(text: string): string | undefined {
  // (a postcode misprinted with five digits, "邮编:67800", right after its label: given as printed)
  // (or after a stray list mark in brackets, "邮编:(4)556700": the six digits after it)
  return /(?:邮编|邮政编码)(?:为|是)?[:：]?\s*(?:[(（]\d[)）]\s*(?=\d{6}(?!\d)))?(\d{5,6})(?!\d)/.exec(halfWidth(text))?.[1];
}

/** A number as printed after its label: digits, dashes, spaces and brackets ("(0571) 8888 1234"). */
/** A number as printed, with its extension when one is written after it ("021-52564588*2385", "…转8012", "…分机8012"). */
const NUMBER = String.raw`(\(?\d[\d\s\-()]{5,}\d(?:\s*(?:[*＊]|转|分机)\s*\d{1,6})?)`;
/** One line for both ("电话/传真:0571-…", "电话及传真：…", "电话(传真):…"): the number is the phone and the fax. */
const PHONE_AND_FAX = new RegExp(String.raw`(?:联系电话|电话)\s*(?:[/／、]|及|和|与|[(（])\s*传真[)）]?(?:号码)?(?:为|是)?[:：]?\s*` + NUMBER);

/** Dashes of every width as "-", full-width digits and colons as half-width. */
const numbersOf = (text: string): string => halfWidth(text).replace(/[—–－]/g, '-');
/** One whole number of its own: area code and line, a mobile, or a line alone ("0991-2822671", "13800001111"). */
const WHOLE_NUMBER = /^(?:\(?\d{3,4}\)?-?\d{7,8}|1\d{10}|\d{7,8})$/;
/**
 * The number as printed, without its spaces; two whole numbers one space apart
 * ("0991-2822671 0991-2810740") are two lines, given with 、 rather than run together.
 */
const tidy = (n: string): string => {
  const parts = n.trim().split(/\s+/).map((x) => x.replace(/-+/g, '-'));
  if (parts.length > 1 && parts.every((x) => WHOLE_NUMBER.test(x)) && parts.some((x) => x.includes('-') || x.length === 11)) return parts.join('、');
  return n.replace(/\s+/g, '').replace(/-+/g, '-');
};

function phone(text: string): string | undefined {
  const t = numbersOf(text);
  // (not the fax's own line: "传真电话:0571-…" is the fax)
  const m =
    new RegExp(String.raw`(?<!传真)(?:联系电话|咨询电话|办公电话|服务电话|咨询热线|电话)(?:号码)?(?:为|是)?[:：]?\s*` + NUMBER).exec(t) ??
    // ("联系人及电话:何小磊0871-65301787": the person's name, then the number)
    new RegExp(String.raw`联系人(?:及|和|、)?电话[:：]?\s*\p{Script=Han}{2,4}\s*` + NUMBER, 'u').exec(t) ??
    PHONE_AND_FAX.exec(t) ??
    // "联系方式:0571-82363069": a number straight after the label
    new RegExp(String.raw`联系方式(?:为|是)?[:：]\s*` + NUMBER).exec(t) ??
    // "请与…办公室联系(0482-6736915)": a phone number alone in the brackets after 联系
    /联系\s*\(\s*(\d{3,4}-?\d{7,8})\s*\)/.exec(t);
  return m ? tidy(m[1]!) : undefined;
}

function fax(text: string): string | undefined {
  const t = numbersOf(text);
  // "传真:0791-…" ("传真电话", "传真号"), one line for both ("电话/传真:…"), or the number marked after it
  // ("0791-85622668、0791-85622696(传真)")
  const m =
    new RegExp(String.raw`传真(?:电话|号码|号)?(?:为|是)?[:：]?\s*` + NUMBER).exec(t) ??
    PHONE_AND_FAX.exec(t) ??
    /(\d[\d-]{5,}\d)\s*[(（]传真[)）]/.exec(t);
  return m ? tidy(m[1]!) : undefined;
}

function email(text: string): string | undefined {
  const t = halfWidth(text);
  // (the year of the next sentence run into it, "…@qq.com2023年,我镇…": not part of the address)
  const at = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(t)?.[0]?.replace(/(\.(?:com|cn|net|org|gov|edu))(?:19|20)\d{2}$/i, '$1');
  if (at) return at;
  // a labelled address printed without its @ ("电子信箱jczdzbgs163.com"): as printed, said to be so
  const bare = /(?:电子信箱|电子邮箱|电子邮件|邮箱|E-?mail)[:：]?\s*([a-z0-9._-]{3,}\.(?:com|cn|net|org)(?:\.cn)?)\b/i.exec(t)?.[1];
  if (bare) return `${bare}（报告原文如此，缺少“@”）`;
  // (or with its @ in the wrong place, "zzhangsha163@.com": as printed, said to be so)
  const misplaced = /(?:电子信箱|电子邮箱|电子邮件|邮箱|E-?mail)[:：]?\s*([a-z0-9._-]{3,}@\.(?:com|cn|net|org)(?:\.cn)?)\b/i.exec(t)?.[1];
  return misplaced ? `${misplaced}（报告原文如此，地址格式有误）` : undefined;
}

/** After a site's label: 是/为, a colon, a dash or a bracket, then the address. */
const URL_AFTER_LABEL = '(?:是|为)?[:：]?[\\s—–-]*[（(]?\\s*((?:https?:\\/\\/)?(?:[\\w-]+\\.)+[a-z]{2,}(?:\\/[^\\s<>。，；;）)"\\u4e00-\\u9fff]*)?)';

function website(text: string): string | undefined {
  // (a space typed inside the address, "www .cangyuan.gov.cn": the address without it)
  const t = halfWidth(text).replace(/\bwww\s+\./g, 'www.');
  const angle = /<((?:https?:\/\/)[^>\s]+)>/.exec(t);
  if (angle) return angle[1];
  // the office's own site first ("…门户网站(www.wulanchabu.gov.cn)和乌兰察布市交通运输局网站(jtj.wulanchabu.gov.cn)",
  // "我局的门户网站——http://gxj.wuhai.gov.cn/"): a site of an organ (局, 委, 厅, 办) or of "我局"
  const own = new RegExp(`(?:[局委厅办院]|我局|本局|本单位)(?:的)?(?:门户|官方)?(?:网站|官网)${URL_AFTER_LABEL}`, 'i').exec(t);
  if (own) return own[1]!.replace(/[.,/]$/, '');
  // (an office named with its site in brackets, "绥宁县政府(www.hnsn.gov.cn)政府信息公开专栏下载")
  const named = /(?:政府|[局委厅办院]|中心|街道|镇|乡)(?:网|网站|门户网)?\s*[（(]\s*((?:https?:\/\/)?www\.(?:[\w-]+\.)+[a-z]{2,}(?:\/[^\s<>。，；）)"\u4e00-\u9fff]*)?)\s*[）)]/i.exec(t);
  if (named) return named[1]!.replace(/[.,/]$/, '');
  // (or a government domain in brackets after the site's words, no www: "本报告将在青海省民政厅网站上公布(mzt.qinghai.gov.cn)")
  const domain = /(?:网站|门户网|官网)[^。；;（(]{0,8}[（(]\s*((?:https?:\/\/)?(?:[\w-]+\.)+gov\.cn(?:\/[^\s）)]*)?)\s*[）)]/i.exec(t);
  if (domain) return domain[1]!.replace(/[.,/]$/, '');
  // (or with its government domain after a space, as a page's banner prints it: "湘潭市国资委 gzw.xiangtan.gov.cn 发布时间…")
  const banner = /(?:政府|[局委厅办院]|中心|街道|镇|乡)\s+((?:https?:\/\/)?(?:[\w-]+\.)+gov\.cn)(?![\w.-])/i.exec(t);
  if (banner) return banner[1]!;
  // (or a domain labelled so, "网站(域名:www.cangyuan.gov.cn)")
  const labelled = new RegExp(`(?:网址|网站地址|域名|网站|URL|链接地址|链接)${URL_AFTER_LABEL}`, 'i').exec(t);
  if (labelled) return labelled[1]!.replace(/[.,]$/, '');
  // (the address ends where the words go on, "…/index.html进行查阅")
  const bare = /https?:\/\/[^\s<>。，；;）)"\u4e00-\u9fff]+/.exec(t);
  return bare ? bare[0].replace(/[.,]$/, '') : undefined;
}

/** The report said to be published somewhere ("本年度报告通过…网站全文公开", "本报告在…网站公开发布"). */
// (or "报告将在…网(www.…)上公开")
// (or "本报告将在青海省民政厅网站上公布")
// (or the place first, the report after: "咸宁市审计局政府信息公开平台(咸宁市审计局门户网站)公开发布本报告")
// (or the report called 年报 and its site by name, no address: "本年报在耿马县政府公众信息网()“政府信息公开年度报告”专栏公布")
const REPORT_PUBLISHED_AT = /本(?:年度)?(?:报告|年报)[^。]{0,40}(?:全文公开|予以公开|公开发布|对外公布|发布|刊登|(?<=网站|网|门户|平台|专栏)(?:上)?公布)|报告(?:将|会)?(?:在|于)[^。]{0,40}(?:上)?(?:公开|公布)|(?:网站|网|门户|平台|专栏)[^。]{0,20}(?:公开发布|发布|公布|刊登)本(?:年度)?报告/;

function download(text: string): string | undefined {
  for (const s of splitSentences(text)) {
    // (or "…电子版可在…门户网站查询", "…栏目获取")
    if (/下载|查阅|查看|查询|获取|浏览/.test(s) && /可(?:通过|在|登录|从|于|到)|电子版|登录/.test(s)) return s;
    // ("本年度报告通过经开区官方网站(jkq.nanning.gov.cn)全文公开": where the report is published is where it is read)
    if (REPORT_PUBLISHED_AT.test(s) && /网站|网址|信息网|门户网|政务网|\.gov\.cn|https?:/.test(s)) return s;
  }
  return undefined;
}

/**
 * A sentence that invites questions about the report ("如对本报告有任何疑问，请联系…"), the office to
 * ask named in between ("如对本年度报告有任何疑问,请与高平市人民政府办公室信息科联系").
 */
// (or the block announced as such: "咨询联系方式如下:地址…,联系电话…")
// ("如对报告有任何疑问,请联系我镇党政综合办公室": the report named after 对 alone)
const ENQUIRY = /(?:(?:本|年度|此|该|对)报告|年报).{0,12}(?:疑问|意见|问题)(?:.{0,10}|[^。]{0,40})(?:联系|咨询)|(?:如需|如有|若有|若需)(?:咨询|疑问|问题)[^。]{0,40}(?:联系|咨询)|(?:咨询|联系)(?:联系)?方式(?:如下|为)\s*[:：]/;
/** The line after it may hold the phone alone ("联系电话：0737-2691838。"); a longer one is prose. */
const MAX_ENQUIRY_TAIL = 60;
/**
 * A longer line after it that is a block of labelled contact fields ("(地址:团结乡政府办公室;邮编:137207;电话:
 * 0436-4698002;传真:…邮箱:…)。"): two labels or more, up to this many characters — never a paragraph of prose.
 */
const MAX_CONTACT_BLOCK = 200;
const CONTACT_LABEL = /(?:地址|邮编|邮政编码|电话|传真|邮箱|信箱|网址)\s*[:：]/g;
const isContactBlock = (t: string) => t.length <= MAX_CONTACT_BLOCK && (t.match(CONTACT_LABEL)?.length ?? 0) >= 2;

/**
 * Wherever it stands (桃江县审计局 2020 ends section 一 with it), the paragraph that invites
 * questions about the report, with the short paragraph after it; '' when there is none.
 */
export function enquiryText(paragraphs: string[]): string {
  const i = paragraphs.findIndex((p) => ENQUIRY.test(p));
  if (i < 0) return '';
  const next = paragraphs[i + 1];
  return next !== undefined && (next.length <= MAX_ENQUIRY_TAIL || isContactBlock(next)) ? `${paragraphs[i]}\n${next}` : paragraphs[i]!;
}

/** The fields a page footer of the office's own site may give (parse.ts ownFooter). */
const FOOTER_FIELDS: ReadonlySet<keyof Contact> = new Set(['address', 'postcode', 'phone']);
/** A sentence naming a government site (its portal, its official site) that may give the address. */
const SITE_NAMED = /政府网站|门户网站|门户网|官方网站|官网/;
/** A sentence of the text telling where the office sits or when it is open, beside its phone. */
/** A sentence that is one contact field ("邮编:629111;", "联系电话:0825—5400090;"). */
const DETAIL_FIELD_LEAD = /^(?:邮编|邮政编码|联系电话|咨询电话|电话|传真|电子邮箱|电子信箱|邮箱|联系人|地址)\s*[:：]/;
// (or where requests are received, "依申请公开政府信息接收地址为…党政办公室;邮编:…;联系电话:…")
const OWN_DETAILS_TOLD = /办公地点|办公地址|办公时间|工作时间|位于|坐落于|(?:接收|受理)(?:地址|地点)/;

/**
 * Contact fields from the opening text first, then from the rest of the report (section 六), then
 * from the enquiry paragraph wherever it stands (enquiryText).
 */
export function extractContact(intro: string, rest: string, enquiry = '', whole = '', footer = ''): Contact {
  const contact: Contact = {};
  const finders: [keyof Contact, (t: string) => string | undefined][] = [
    ['department', department],
    ['address', address],
    ['postcode', postcode],
    ['phone', phone],
    ['fax', fax],
    ['email', email],
    ['website', website],
    ['download', download],
    ['person', person],
    ['hours', hours],
  ];
  // (the office's own details told in a sentence of the text with its phone, "(一)单位信息。…办公地点设于…长堤路18号,工作日
  // 办公时间为…,对外办公电话0715-8872228": read last, when the opening and the enquiry paragraph give none)
  const sentences = whole ? splitSentences(whole) : [];
  // (with the fields right after it, each a sentence of its own when ";" parts them: "…接收地址为…党政办公室;邮编:629111;联系电话:…")
  const told = sentences
    .flatMap((x, i) => {
      if (!OWN_DETAILS_TOLD.test(x)) return [];
      let to = i + 1;
      while (to < sentences.length && DETAIL_FIELD_LEAD.test(sentences[to]!)) to++;
      return [sentences.slice(i, to).join('')];
    })
    .filter((x) => /电话/.test(x))
    .join('\n');
  // (the site the text names among its platforms, "信息公开的主要平台…一是江永县人民政府网站,链接地址:http://www.jiangyong.gov.cn/":
  // read last, for the website alone)
  const sites = sentences.filter((x) => SITE_NAMED.test(x) && /https?:\/\/|www\./i.test(x)).join('\n');
  for (const [field, find] of finders) {
    const v = find(intro) ?? find(rest) ?? (enquiry ? find(enquiry) : undefined) ?? (told ? find(told) : undefined) ?? (field === 'website' && sites ? find(sites) : undefined) ?? (footer && FOOTER_FIELDS.has(field) ? find(footer) : undefined);
    if (v) contact[field] = v;
  }
  // (no unit to contact named: the unit the text makes responsible for the work, wherever it says so — "文书科(机要科)为主管
  // 科室", "办公室为我镇政府政务信息公开的日常工作机构")
  // (nor when the unit to contact is the office itself by its place, "请联系方正县大罗密镇")
  // (the words before the verb naming it are the office's own, "我中心明确办公室为牵头科室": 办公室)
  const unit = contact.department && !PLACE_ONLY.test(contact.department) ? undefined : RESPONSIBLE_UNIT.exec(whole)?.[1]?.trim().replace(UNIT_LEAD, '');
  if (unit) contact.department = unit;
  return contact;
}
