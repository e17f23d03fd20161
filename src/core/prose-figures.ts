/**
 * Figures a report tells in its text rather than its tables (a page cut short, tables as pictures, or staff
 * asking what the text says): the clause of the row asked from a sentence about disclosure requests, a
 * statement that none were received, and what the text says beside the table's own figure. Never a
 * figure the text does not state; never a corrected one.
 */
import { checkLine } from '../answer/cells.js';
import { BASIS_LABEL, reportLabel, type Rendered } from '../answer/render.js';
import { PARTS_LISTED, SECTION_TITLES, T3_ORG_COLUMNS, T3_ROW_BY_ID, T3_ROWS } from '../report/format.js';
import type { Passage, Report } from '../report/types.js';
import { findMetric, type MetricQuery } from '../understand/metrics.js';
import { officeNames } from '../understand/office-names.js';
import type { Knowledge } from './knowledge.js';

/** A count stated with its measure ("1条", "7 件"), not a year or a date. */
export const COUNT_STATED = /\d\s*(?:余|多)?\s*[件条个次项份篇例宗起]/;

/** How an answer from the text says that the tables do not give the figure. */
export const TOLD_NOT_IN_TABLE = '报告的统计表中查不到这项数字，报告正文写道：';

/** "一、总体情况" for a passage of section 一; "报告开头" for the preface. */
export function sectionSource(section: string): string {
  return SECTION_TITLES[section] ? `${section}、${SECTION_TITLES[section]}` : '报告开头';
}

/**
 * Figures quoted to check against what the text states ("行政诉讼是91件，没错吧"): the verdict line of
 * checkLine over the text's counts; nothing when the text states no count.
 */
export function toldCheck(quoted: readonly number[] | undefined, text: string, unit?: string): string | undefined {
  // (checkLine's "报告中的数字如下：" introduces cells; here the text's own words follow)
  return quoted?.length ? checkLine(countsIn(text), [...quoted], unit)?.replace(/，报告中的数字如下：$|：$/, '。') : undefined;
}

/** A figure told in the text, with a verdict on the figures quoted to check first when there are any. */
export function toldParts(r: Report, check: string | undefined, lines: string[], source: string): Rendered {
  return check
    ? { head: `${reportLabel(r)}：`, lines: [check, `${TOLD_NOT_IN_TABLE}${lines[0]}`, ...lines.slice(1)], source, labelled: true }
    : { head: `${reportLabel(r)}${TOLD_NOT_IN_TABLE}`, lines, source, labelled: true };
}

/** The numbers of a text, its years left out ("2019年度收到依申请公开2件" → 2). */
function countsIn(text: string): number[] {
  // (a year glued to the next words, "情况2025关东街共受理…", is a year too — not a count before its measure word)
  return (text.replace(/(?:19|20)\d{2}\s*年度?/g, '').replace(/(?<!\d)(?:19|20)\d{2}(?=[\p{Script=Han}](?<![件条个项份篇次人名起宗万]))/gu, '').match(/\d+/g) ?? []).map(Number);
}

/** The line without the office's own name: no figure word ("区信访办…接受依申请公开1条" names no 信访 row). */
function withoutOffice(line: string, r: Report): string {
  const plain = officeNames(r.office).reduce((t, n) => t.split(n).join(' '), line).replace(OFFICE_SHORT, ' ');
  // (the year before the report's, said by its number, carries requests in: "含2022年结转的3件" of a 2023 report)
  return r.year ? plain.replace(new RegExp(`${r.year - 1}\\s*年度?(?=(?:的)?结转|转结)`, 'g'), '上年') : plain;
}

/** The sentence's own figure words name other rows than those asked ("共受理申请2件" for 予以公开). */
export function namesOtherRows(line: string, m: MetricQuery, kn: Knowledge, r: Report): boolean {
  const said = findMetric(withoutOffice(line, r), kn.lexicon);
  return !!said && said.rows.length > 0 && !(said.table === m.table && said.rows.some((x) => rowOf(x, m)));
}

/**
 * Whether a sentence found for a figure of table 三 is about the requests or names the row asked (not "较上年增长20%"
 * of the information published, found for 上年结转 by its 上年).
 */
export function aboutRequestsOrRow(line: string, m: MetricQuery, kn: Knowledge, r: Report): boolean {
  if (m.table !== '三') return true;
  return ABOUT_DISCLOSURE_REQUESTS.test(line) || /申请/.test(line) || namesRowAsked(line, m, kn, r);
}

/** The line names a row asked, or one of its reasons, in words the figures' lexicon reads. */
export function namesRowAsked(line: string, m: MetricQuery, kn: Knowledge, r: Report): boolean {
  return !!findMetric(withoutOffice(line, r), kn.lexicon)?.rows.some((x) => rowOf(x, m));
}

/** A row asked, or one of its reasons ("因本机关不掌握等原因无法提供2件" names 无法提供 by its reason 不掌握). */
function rowOf(row: string, m: MetricQuery): boolean {
  return m.rows.includes(row) || m.rows.includes(T3_ROW_BY_ID[row]?.parent ?? '');
}
/**
 * The clauses of a sentence listing several rows that state a count of a row asked ("予以公开4件"), joined
 * as the report wrote them; empty when none does, or when a clause names the asked row beside another.
 */
/** A clause that counts disclosure requests in its own words ("我镇依申请公开请求9件", "收到政府信息公开申请12件"). */
const REQUESTS_IN_CLAUSE = /(?:申请|依申请)[^，,；;\d]{0,12}?\d+\s*[件宗]/;

/** A change against another year said between a count and its breakdown ("相比于2024年增长46.7%"). */
const CHANGE_REMARK = /(?:增长|下降|减少|增加|上升|回落)\s*\d+(?:\.\d+)?\s*[%％]/;

export function clausesOfRows(line: string, m: MetricQuery, kn: Knowledge, r: Report): string {
  // (a list of results joined by 、 is one clause per result: "予以公开3件、部分公开24件、无法提供12件")
  // (or each count said before its result, "13件予以公开、18件予以部分公开、9件无法提供")
  // (a bracket that counts a part, "办结177件(含2022年结转的3件)", is a clause of its own)
  // (or any bracket that opens with a count of its own: "收到公开申请1466件(上年度结转16件,结转下年度9件")
  // (not between those who applied: "公民、法人提交的…申请26件" is one clause)
  // (nor inside a list of kinds before one count, "属于信访、投诉、举报等申请(含问题咨询事项)不作为…处理11件": the 、 splits only
  // after a count or a bracket, the bracket only when it counts or follows a count, "81件(含重复申请事项)")
  const raw = line.replace(/[。；;]$/, '').split(/[，,；;]|(?<=\d\s*[件条个宗项次篇份期批家部人余多]|[）)])(?<!公民|个人|自然人)、(?!法人|其他组织|企业)(?=[^、，,；;]*\d)|[（(](?=(?:含|其中|包括)[^（）()]*\d|[^（）()，,]{1,12}\d+\s*件)|(?<=\d\s*[件条个宗项次篇份])[（(](?=含|其中|包括)|、(?=\s*\d+\s*[件宗条]\s*\p{Script=Han})/u);
  const clauses = raw.map((c) => (/[（(]/.test(c) ? c : c.replace(/^(含|包括)(?=[^）)]*[）)]\s*$)/, '').replace(/[）)]\s*$/, '')));
  // (an outline mark opening the clause, "(二)政府信息依申请公开情况…", is no cell "（二）" of table 三; a count with
  // its measure word left out at the clause's end, "已办结18", is a count)
  // (and without a bracket that only points elsewhere, "结转下一年7件(具体情况及涉及行政复议、行政诉讼情况详见本报告第三、四
  //部分)": its words name no row of the clause)
  // (nor a remark in brackets that counts nothing, "余0件转2024年度办理(符合办结时间要求)": 办结 there names no row)
  const bare = (c: string) => c.replace(OUTLINE_MARK, '').replace(POINTER_BRACKET, '').replace(REMARK_BRACKET, '');
  // (a complaint about requests, "受理政府信息公开申请投诉件1件", is no request received)
  // (nor are messages, letters or service cases counted: "收到留言164条,办结164条", "办件量108101件")
  // (nor is a fee not charged: "没有对公民…收取依申请信息公开的任何费用" says nothing of the requests received)
  const complaint = (c: string) => (/投诉|举报|收取|费用/.test(c) || (/留言|来信|来电|咨询|办件|诉求/.test(c) && !/信息公开|依申请|公开申请/.test(c))) && m.rows.every((x) => x === 'new' || x === 'total');
  // (a bare "其他3件(申请人主动撤销)" among the results counted, "予以公开3件…,无法提供1件…,其他3件": table 三's 其他处理)
  const otherResult = (c: string) => m.rows.includes('other') && OTHER_RESULT_CLAUSE.test(c) && RESULTS_COUNTED_BESIDE.test(line);
  const rowClause = (c: string) => !complaint(c) && (otherResult(c) || ((COUNT_STATED.test(c) || BARE_COUNT_END.test(c) || COUNT_BEFORE_REQUESTS.test(c) || NONE_CLAUSE.test(bare(c))) && findMetric(withoutOffice(bare(c), r).replace(LAST_YEAR_NONE, '$1'), kn.lexicon)?.rows.some((x) => rowOf(x, m)) && !namesOtherRows(bare(c).replace(LAST_YEAR_NONE, '$1'), m, kn, r)));
  // who applied, asked ("是企业提的还是个人提的"): the clause that says it beside the count ("申请人均为自然人")
  // (or beside the new requests' count, "共收到依申请公开1件,均为自然人申请件": who they were, said with them)
  const whoClause = (c: string) => (m.cols.length > 0 || m.rows.includes('new')) && APPLICANTS_SAID.test(c) && !COUNT_STATED.test(c);
  // (a share right after a count goes with it: "不予公开的1件,占1.02%")
  // (also after the count's own bracket, "予以公开3件(主动公开1件,依申请公开2件),占42.86%")
  // (the bracket split into clauses of its own, its last one closing it)
  const shareAfter = (i: number): string | undefined => {
    for (let j = i + 1; j < Math.min(clauses.length, i + 4); j++) {
      if (SHARE_ONLY.test(clauses[j]!)) return j === i + 1 || /[）)]\s*$/.test(raw[j - 1]!) ? clauses[j]!.trim() : undefined;
    }
    return undefined;
  };
  // (all of them handled, said after their count — "收到政府信息公开申请3条,均已依法按期办理完毕": the results' total is that
  // count and none is carried over, the two clauses together; not a rate asked, "办结率是多少", which the rate rules read)
  const allHandled = (c: string, i: number) =>
    i > 0 && !m.rate && (ALL_HANDLED.test(c) || (ALL_ANSWERED.test(c) && m.rows.every((x) => x === 'total'))) && m.rows.some((x) => x === 'total' || x === 'carry-over') && REQUESTS_COUNTED_BEFORE.test(clauses[i - 1]!);
  const found = clauses.flatMap((c, i) => {
    if (!rowClause(c)) return [];
    const share = shareAfter(i);
    return share ? [`${c}，${share}`] : [c];
  });
  // (only when no clause counts the row itself)
  const kept = found.length ? found : clauses.flatMap((c, i) => (allHandled(c, i) ? [clauses[i - 1]!, c] : []));
  // (the requests asked, and the sentence counts them first in its own words and then breaks them down — "我镇依申请公开
  // 请求9件,其中网络平台收到3件,线下邮件收到1件": the count with its parts, never a part for the whole)
  // (a remark may stand between, "…申请44件、相比于2024年增长46.7%,其中自然人申请42件")
  const breakdownAt = clauses.findIndex((c) => /^\s*其中/.test(c));
  if (m.rows.every((x) => x === 'new' || x === 'total') && breakdownAt > 0 && kept.length && kept.every((c) => clauses.indexOf(c) >= breakdownAt) && (REQUESTS_IN_CLAUSE.test(clauses[breakdownAt - 1]!) || (CHANGE_REMARK.test(clauses[breakdownAt - 1]!) && breakdownAt >= 2 && REQUESTS_IN_CLAUSE.test(clauses[breakdownAt - 2]!)))) return `${line.replace(/[。；;]$/, '')}。`;
  // (the requests asked vaguely, "一共处理了多少件申请", and the clause read is a result counted after the requests' own count
  // — "全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1181件,结转下年度继续办理80件": the whole sentence, never
  // one result for the requests)
  const firstKept = found.length ? clauses.findIndex((c) => found[0]!.startsWith(c)) : -1;
  if (m.vague && m.rows.every((x) => x === 'new' || x === 'total') && firstKept > 0 && clauses.slice(0, firstKept).some((c) => REQUESTS_IN_CLAUSE.test(c) && !complaint(c))) return `${line.replace(/[。；;]$/, '')}。`;
  if (kept.length) kept.push(...clauses.filter(whoClause));
  // (and those not answered, said right after the answered ones: "全年答复申请4件,未答复1件")
  if (kept.length && m.rows.includes('total')) kept.push(...clauses.filter((c) => NOT_ANSWERED_COUNTED.test(c) && !kept.includes(c)));
  // (and how they came in, counted beside them: "…申请251件,其中网站申请181件、当面申请44件、信函申请26件")
  if (kept.length && m.rows.every((x) => x === 'new' || x === 'total')) kept.push(...clauses.filter((c) => CHANNEL_COUNTED.test(c) && !kept.includes(c)));
  // what the requests received were about, said beside their count ("申请内容主要集中在征收拆迁、社会民生等方面")
  if (kept.length && m.rows.some((x) => x === 'new' || x === 'total')) kept.push(...clauses.filter((c) => SUBJECTS_SAID.test(c) && !COUNT_STATED.test(c) && !APPLICANTS_SAID.test(c)));
  // (and what became of them, said with no count of its own right after theirs: "…受理…依申请公开1件,当年未完结,转结至
  // 2025年度继续办理")
  if (kept.length && m.rows.every((x) => x === 'new' || x === 'total')) {
    const at = clauses.indexOf(kept[0]!);
    for (let j = at + 1; at >= 0 && j < clauses.length && FATE_TOLD.test(clauses[j]!) && !COUNT_STATED.test(clauses[j]!); j++) if (!kept.includes(clauses[j]!)) kept.push(clauses[j]!);
  }
  // (a clause that says there were none, "无结转下年度继续办理件": that is 0, said as our reading)
  return kept.length ? `${kept.map((c) => (NONE_CLAUSE.test(bare(c)) && !/\d/.test(c) ? `${bare(c)}（即 0 件）` : bare(c))).join('，')}。` : '';
}

/** What became of the requests, said without a count ("当年未完结", "转结至2025年度继续办理", "均已按时答复"). */
// (or that they were no requests for information and how they were answered: "但不属于政府信息公开范畴", "已及时通过电子邮件或纸质
// 信件进行回复")
const FATE_TOLD = /未完结|未办结|转结|结转至|继续办理|已办结|办理完毕|(?:均|全部)已?(?:按时|按期|依法)?(?:答复|办结)|不属于|(?:已|均)(?:及时)?[^，,]{0,16}(?:回复|答复|告知)/;
/** The requests counted in the clause before ("收到政府信息公开申请 3 条"). */
const REQUESTS_COUNTED_BEFORE = /(?:申请|依申请)[^，,；;\d]{0,12}?\d+\s*[件宗条]/;
/** All the requests handled, said of them as a whole ("均已依法按期办理完毕", "全部办结", "均按时答复"). */
const ALL_HANDLED = /^\s*(?:均已|已全部|全部已?|都已)[^，,。；;\d]{0,8}(?:办理完毕|办结|答复完毕|处理完毕)/;
/** All of them answered, the clause ending so ("已全部按照程序依规、按时进行答复"): the results' total, not whether any is carried over. */
const ALL_ANSWERED = /^\s*(?:均已|已全部|都已)[^，,。；;\d]{0,14}(?:进行|予以|作出)?答复\s*$/;

/** Messages, letters or service cases counted, no disclosure request named ("收到留言164条,办结164条"). */
export const OTHER_MATTERS_COUNTED = /^(?![^。]*(?:信息公开|依申请|公开申请))[^。]*(?:留言|来信|来电|咨询|办件|诉求|投诉|举报)[^。，,]{0,6}\d/;

/** A sentence going on with the requests just counted: those handled, carried over ("目前依法办结122件", "结转下年度…12件"). */
// (or of those handled, "在已答复的信件中,予以公开7件…")
// (or "截至目前,已依法按期办结19件,剩余1件结转2026年办结"; or with the year and the place first, "2022年全区共受理申请227件")
// (or those answered, said of all the requests: "依法对全部申请进行了审慎处理和规范答复,其中“予以公开”17件")
// (or the requests restated by their count: "64件申请均在法定期限内予以答复,其中予以公开30件")
const HANDLED_NEXT = /^\d+\s*件(?:申请|来件)|^(?:依法)?对(?:全部|所有|上述|以上|这些)?(?:申请|来件)?[^，,。]{0,8}(?:处理|答复|办理)|^(?:\d{4}年度?[，,]?)?(?:全区|全县|全市|全镇|全乡|全旗)?(?:目前|截[至止][^，,]{0,10}[，,]?|全年|本年度?|共|累计|全年累计|全年共)?(?:已)?(?:依法)?(?:按期|按时|及时)?(?:办结|办理|答复|处理|结转|受理|收到|接收)(?:各类)?(?:申请)?|^(?:在|其中)?(?:已|所有|全部)?(?:答复|办结|办理|处理)(?:了)?的[^，,。]{0,8}(?:中|里)/;

/** A count glued to the requests it counts, no measure word ("共受理4申请公开政府信息"). */
// (or with its measure word and what was asked between: "接到7条提出公开政府信息的申请")
// (or after the requests with its measure word lost, as a page copied by a mirror site has it: "全年办理政府信息公开申请96,均按照…",
// "全年共收到依申请公开事项7,均已办理")
const COUNT_BEFORE_REQUESTS = /(?:受理|收到|接到|接收|办理)了?\s*\d{1,5}\s*(?=申请)|(?:受理|收到|接到|接收)了?\s*\d{1,5}\s*[件条个起][^，,。；;\d]{0,14}申请|(?:受理|收到|接到|接收|办理)[^，,。；;\d]{0,14}申请(?:公开)?(?:事项|请求)?\s*\d{1,5}\s*(?=[，,。；;]|$)/;

/** A bracket without a figure that points to another part of the report ("(详见本报告第三、四部分)"). */
const POINTER_BRACKET = /[（(][^（）()\d]*(?:详见|见本报告|见附件|见下表|见表)[^（）()\d]*[）)]/g;

/** A clause saying there were none of a row ("无转结下年度继续办理件", "没有结转"). */
// (after the year it is of: "本年度无结转下年度办理的申请")
/** "上年无结转": the none said inside 上年结转, read as that row (carried over from last year) when the row is looked up. */
const LAST_YEAR_NONE = /^(\s*(?:上年度?|上一年度?))(?:无|没有)/;
const NONE_CLAUSE = /^\s*(?:本年度?|全年|当年|今年|上年度?|上一年度?|(?:19|20)\d{2}年度?)?\s*(?:无|没有|均无|未有|未发生)(?!法)/;

/** An outline mark opening a clause ("(二)", "（三）", "二、"). */
const OUTLINE_MARK = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])/;
/** A count at a clause's end with no measure word ("已办结18", "结转下年度继续办理5"), not a year. */
// (or its number said as such: "上年结转申请数量为0")
// (or a count the page was cut in, "…无法提供49……（原文在此处中断…）": report/parse.ts marks it)
const BARE_COUNT_END = /(?:办结|办理|受理|结转|公开|提供|处理)(?:了)?\s*\d{1,5}\s*(?:……（原文在此处中断[^）]*）)?$|数量?(?:为|是)\s*\d{1,5}\s*$/;

/** A clause counting "the rest" of the results, with what they were in brackets ("其他3件(申请人主动撤销)"). */
const OTHER_RESULT_CLAUSE = /^\s*(?:其他|其它)(?:处理)?\s*\d+\s*件/;
/** Results of table 三 counted in the same sentence, so "其他" is one of them. */
const RESULTS_COUNTED_BESIDE = /(?:予以公开|部分公开|不予公开|无法提供|不予处理)[^，,。；;]{0,12}\d+\s*[件宗]/;

/** A clause that is only a share ("占1.02%"). */
// (or a rate of the count before it, "答复7件,答复率100%")
const SHARE_ONLY = /^\s*(?:约)?占[^，,；;。\d]{0,6}\d+(?:\.\d+)?\s*[%％]\s*$|^\s*(?:按时|按期|依法|及时)?(?:答复|办结|回复|公开)率(?:为|达|达到)?\s*\d+(?:\.\d+)?\s*[%％]\s*$/;

/** A clause saying what the requests were about ("申请内容主要集中在征收拆迁…等方面", "主要涉及…"). */
// (or a clause opening on 涉 and listing them, "…57件(含上年结转件1件),涉垃圾分类、餐饮油烟、建筑垃圾等")
export const SUBJECTS_SAID = /(?:主要)?(?:集中在|集中于|涉及)[^，,；;。]{2,}|[，,]涉(?![及密外])[^，,；;。、]{2,8}、|内容主要|(?:主要|多)(?:为|是|系)[^，,；;。]{2,}(?:事宜|问题|事项|方面|信息|情况)/;

/** Requests carried over, said ("上年结转申请数量为0", "无结转下年度办理的申请"). */
/** The rows of requests carried over from last year and into next. */
/** A sentence opening on the requests carried over and their count ("上年度结转3件"). */
const CARRIED_COUNT_OPENS = /^(?:上年度?|上一年度?|去年)(?:结转|转来|转入)(?:的)?(?:申请)?\s*\d+\s*件/;
const CARRIED_ROWS: ReadonlySet<string> = new Set(['carried', 'carry-over']);
// (or the cases carried, counted: "包括2023年度结转的5个案件")
const CARRIED_REQUESTS = /结转[^，,。；;]{0,8}申请|申请[^，,。；;]{0,4}结转|结转的?\d+\s*个?(?:案件|件)/;

/** A sentence on how the requests came in ("申请渠道以信函申请为主(11件),网络申请6件"). */
const CHANNELS_SAID = /申请渠道|(?:信函|网络|网上|当面|现场|邮寄)申请\s*\d+\s*件|以(?:信函|网络|网上|当面|现场)申请为主/;

/**
 * A sentence between the requests' count and their results that keeps the thread: what they were about, no count of its own
 * ("申请内容主要集中在土地征收…等方面"), or how they came in ("申请渠道以信函申请为主(11件),网络申请6件").
 */
/** A sentence that counts, under a sub-item on the requests ("(二)依申请公开办理情况" "2019年,汝州市共收到申请19件。"). */
function underRequests(p: { text: string; heading?: string }): boolean {
  return !!p.heading && p.heading !== p.text && ABOUT_DISCLOSURE_REQUESTS.test(p.heading) && /申请[^，。；,;]{0,4}\d+\s*件/.test(p.text);
}

/** A remark on the requests between their count and their results that counts nothing ("全部已在规定时间内答复。"). */
const ANSWERED_REMARK = /答复|办结|办理完毕/;

function keepsThread(text: string): boolean {
  return (SUBJECTS_SAID.test(text) && !/\d/.test(text)) || CHANNELS_SAID.test(text);
}

/** Requests counted as not yet answered ("未答复1件", "尚未办结2件"). */
const NOT_ANSWERED_COUNTED = /(?:未|尚未|没有)(?:答复|办结|办理完毕)\s*\d+\s*件/;
/** A count of the requests that came in one way ("网站申请181件", "当面申请44件", "信函申请26件"). */
const CHANNEL_COUNTED = /(?:网站|网上|在线|网络|当面|现场|信函|邮寄|传真|电子邮件|邮件|电话)[^，,；;、]{0,6}申请\s*\d+\s*件/;

/** A clause saying who the applicants were ("申请人均为自然人", "均为公民个人申请"). */
const APPLICANTS_SAID = /申请人|自然人|法人|公民|个人|企业|社会组织/;

/** A sentence about the requests for information (table 三's subject), not 行政许可 or 信访 requests (also with 申请 left out: "接收网络方式提交政府信息公开5件"; or their replies, "申请回复为予以公开2件"). */
const ABOUT_DISCLOSURE_REQUESTS = /申请公开(?:政府)?信息|信息公开申请|申请(?:的)?(?:回复|答复)(?:情况)?(?:为|是|结果)|依申请(?:政府)?(?:信息)?公开|依申请(?:的)?(?:事项|件)|公开申请|依法申请公开|申请公开件|答复件|(?:收到|受理|接收|接到|办理)[^，。；,;复诉]{0,12}(?:信息[^，。；,;]{0,4}申请|申请信息公开)|(?:收到|受理|接收|接到)[^，。；,;复诉]{0,10}(?:提交|提出)(?:的)?(?:政府)?信息公开(?:申请)?\s*\d+\s*件|(?:收到|受理|接收|接到)[^，。；,;复诉]{0,10}申请的(?:政府)?信息公开[^，。；,;]{0,4}\d+\s*件|(?:共|全年|累计|全年共)(?:收到|受理|接收|接到)(?:了)?\d+\s*件(?:的)?申请(?:[,，]\s*(?:已)?办结)/;

/** The sections whose running text tells table 三's figures: the preface, the overview and section 三 itself. */
export const PROSE_FIGURE_SECTIONS = new Set(['前言', '一', '三']);

/** 予以公开 and 部分公开 counted together in the text ("予以公开或部分公开48件", "予以公开及部分公开的42件"). */
const GRANTED_WITH_PARTIAL = /予以公开(?:或者?|及|和|与|、)部分公开/;
/** A share the text states ("占58.5%"). */
const SHARE_STATED = /\d+(?:\.\d+)?\s*[%％]/;

/**
 * 予以公开 or 部分公开 asked alone, where the text counts them together: that clause (its count and share),
 * said to be one figure for both — never a figure for one of them.
 */
export function jointGrantedClause(r: Report, m: MetricQuery): { text: string; source: string } | undefined {
  if (m.table !== '三') return undefined;
  // one of the two asked, or both together (and the total, as the base of a share: "予以公开或部分公开的占比")
  const asked = m.rows.filter((x) => x !== 'total');
  if (!asked.length || asked.length > 2 || !asked.every((x) => x === 'granted' || x === 'partial')) return undefined;
  if (m.rows.includes('total') && !m.rate) return undefined;
  const both = asked.length === 2;
  for (const p of r.passages) {
    if (!PROSE_FIGURE_SECTIONS.has(p.section)) continue;
    const clause = p.text.split(/[，,；;。]/).find((c) => GRANTED_WITH_PARTIAL.test(c) && ((m.rate ? SHARE_STATED : COUNT_STATED).test(c) || COUNT_STATED.test(c)));
    if (!clause) continue;
    const said = clause.trim().replace(/^其中/, '');
    return { text: both ? `报告正文写道：${said}。` : `报告没有分别列出“予以公开”和“部分公开”，正文把两者合在一起写：${said}。`, source: sectionSource(p.section) };
  }
  return undefined;
}

/**
 * Why a result the text counts was given, when the text gives no reasons (tables cut off): said plainly, with
 * the kinds of that result the annual report format lists ("不予公开" → 国家秘密、第三方合法权益 …).
 */
/** What the rule says of a row of table 三 with no kinds under it and a basis (部分公开, a reason): "依据：…". */
export function basisOfResult(m: MetricQuery): string | undefined {
  if (m.table !== '三' || m.rows.length !== 1) return undefined;
  const row = T3_ROW_BY_ID[m.rows[0]!];
  return row?.basis && !T3_ROWS.some((x) => x.parent === row.id) ? `${BASIS_LABEL}${row.basis}` : undefined;
}

export function reasonsNotTold(m: MetricQuery, told = ''): string | undefined {
  if (m.table !== '三' || m.rows.length !== 1) return undefined;
  const row = T3_ROW_BY_ID[m.rows[0]!];
  const kinds = T3_ROWS.filter((x) => x.parent === m.rows[0]);
  // (a result with no kinds of its own and a basis, 部分公开: what the rule says of it)
  if (!kinds.length) return basisOfResult(m);
  if (!row) return undefined;
  // (the text names the kind itself: "无法提供8件(均属于本机关不掌握的信息)")
  if (kinds.some((k) => k.match.some((re) => re.test(told)))) return undefined;
  return `报告正文没有说明这些申请的具体原因。${kindsOfResult(m)}`;
}

/** The kinds the format counts under one result of table 三 ("按年度报告格式，“不予公开”分为：…"); undefined for a result of no kinds. */
export function kindsOfResult(m: MetricQuery): string | undefined {
  const row = m.table === '三' && m.rows.length === 1 ? T3_ROW_BY_ID[m.rows[0]!] : undefined;
  const kinds = T3_ROWS.filter((x) => x.parent === m.rows[0]);
  return row && kinds.length ? `按年度报告格式，“${row.label}”分为：${kinds.map((k) => k.label).join('；')}。` : undefined;
}

/** The kinds of a result of table 三 with the article of each ("信访举报投诉类申请（《条例》第三十九条）"), for a why the report does not answer. */
export function reasonRules(m: MetricQuery): string | undefined {
  if (m.table !== '三' || m.rows.length !== 1) return undefined;
  const row = T3_ROW_BY_ID[m.rows[0]!];
  const kinds = T3_ROWS.filter((x) => x.parent === m.rows[0] && x.basis);
  if (!row || !kinds.length) return undefined;
  return `按《条例》和年度报告格式，“${row.label}”的情形有：${kinds.map((k) => `${k.label}（${k.basis!.split('：')[0]}）`).join('；')}。具体是哪一种，以机关的答复书为准。`;
}

/**
 * How requests came in, as texts count them ("网上申请20件", "通过门户网站申请24件", "线下申请9件", "当面提交2件") — or
 * went, withdrawn by the applicant ("申请人主动撤销3件"), which no row of table 三 counts either.
 */
// (or the ways the report leaves unnamed, "其他渠道受理依申请公开13件")
export const CHANNEL_WORDS = /撤回|撤销|网上|线上|网络|在线|门户网站|互联网|线下|书面|当面|信函|信件|邮寄|写信|寄信|来信|传真|电子邮件|网页|口头|现场|窗口|其他渠道|其他方式|其他途径/g;
/** What the office published itself, not a request that came in. */
const PUBLISHED = /主动公开|发布/;
/** Words reports use for the same way in. */
const CHANNEL_FAMILIES: readonly string[][] = [['撤回', '撤销'], ['网上', '线上', '网络', '在线', '网页', '门户网站', '互联网'], ['线下', '当面', '现场', '窗口'], ['信函', '信件', '邮寄', '写信', '寄信', '来信'], ['其他渠道', '其他方式', '其他途径']];

/**
 * Requests asked by how they came in ("网上申请有多少件？书面申请多少件？"), which tables do not count: the clauses of the
 * text that count them, each with its channel word; undefined when the text counts none of them.
 */
/** Requests withdrawn: no way in. */
const WITHDRAWN = CHANNEL_FAMILIES[0]!;

/** The ways in asked as such, none named ("件数和渠道", "通过什么方式提交的"). */
export const CHANNELS_ASKED = /渠道|途径|(?:什么|哪种|哪些|啥)方式|(?:怎么|如何|通过什么|用什么)(?:提交|提出|递交|申请)(?:的)?(?:申请)?的/;
/** Requests said to have come in, in a clause ("申请", "提交", "提出"). */
const CAME_IN = /申请|提交|提出|递交/;

/**
 * How the requests came in, asked with no way named ("依申请公开件数和渠道", "他们都是怎么提交申请的"): every clause of the
 * text that says a way in, with the clause before it when that one holds their count ("全年累计受理依申请公开4件,为互联网
 * 申请"); undefined when the text says none.
 */
export function channelsTold(r: Report): { text: string; source: string } | undefined {
  const found: string[] = [];
  let source: string | undefined;
  for (const p of r.passages) {
    if (!PROSE_FIGURE_SECTIONS.has(p.section)) continue;
    const clauses = p.text.split(/[，,；;。]/).map((c) => c.trim());
    for (const [i, c] of clauses.entries()) {
      const words = c.match(CHANNEL_WORDS) ?? [];
      if (!words.some((w) => !WITHDRAWN.includes(w)) || !CAME_IN.test(c) || PUBLISHED.test(c)) continue;
      const before = clauses[i - 1] ?? '';
      const line = /\d+\s*件/.test(c) || !(/\d+\s*件/.test(before) && CAME_IN.test(before)) ? c : `${before}，${c}`;
      if (!found.includes(line)) found.push(line);
      source ??= sectionSource(p.section);
    }
  }
  return found.length ? { text: `${found.join('；')}。`, source: source! } : undefined;
}

/** Letters, messages or calls to an office counted ("网络信件327件", "来信来电", "留言"): no requests for information. */
const MESSAGES_COUNTED = /信件|来信|留言|咨询|诉求|办件|来电|信箱/;

export function channelClauses(r: Report, norm: string): { text: string; source: string } | undefined {
  // (each word asked with the words reports use for the same way in: 网上 = 线上 = 网络 = 在线)
  const families = [...new Set(norm.match(CHANNEL_WORDS) ?? [])].map((w) => CHANNEL_FAMILIES.find((f) => f.includes(w)) ?? [w]);
  if (!families.length) return undefined;
  // (each way asked from the first sentence that counts it: "信函申请133件,占82.6%;网络申请28件" is two sentences)
  const found: string[] = [];
  let source: string | undefined;
  const open = new Set(families);
  for (const p of r.passages) {
    if (!PROSE_FIGURE_SECTIONS.has(p.section) || !open.size) continue;
    // (a clause of what the office published, "通过门户网站主动公开政务信息808件", counts no request)
    // (nor one of letters or messages to the office, "接到网络信件327件", its requests unnamed)
    const clauses = p.text.split(/[，,；;。、]/).filter((c) => [...open].some((f) => f.some((w) => c.includes(w))) && /\d+\s*件/.test(c) && !PUBLISHED.test(c) && !(MESSAGES_COUNTED.test(c) && !/申请/.test(c)));
    if (!clauses.length) continue;
    for (const c of clauses) for (const f of open) if (f.some((w) => c.includes(w))) open.delete(f);
    found.push(...clauses.map((c) => c.trim().replace(/^其中/, '')));
    source ??= sectionSource(p.section);
  }
  return found.length ? { text: `${found.join('，')}。`, source: source! } : undefined;
}

/**
 * A sentence that opens a breakdown, at once or after a clause naming the rules it follows ("其中予以公开10件",
 * "根据《政府信息公开条例》相关规定,其中8件按申请事项全部予以公开").
 */
const BREAKDOWN_OPENS = /^(?:(?:根据|依据|按照|依照)[^，,。；;]{0,30}[，,]\s*)?(?:其中|包括)/;

/** The first sentence about disclosure requests with a clause stating a figure asked (see clausesOfRows). */
/** The new requests named as such ("本年新收申请2件", "新增申请"), not all received. */
const NEW_NAMED = /新收|新增|本年度?新|新受理/;

/** Rows that count the requests themselves (received, handled), not what came of them. */
const BASE_ROWS: ReadonlySet<string> = new Set(['new', 'total']);

/** The applicants' columns (自然人, 法人或其他组织 and its kinds). */
const APPLICANT_COLS: ReadonlySet<string> = new Set(['natural', 'org', ...T3_ORG_COLUMNS]);
/** How many sentences after a count of the requests may tell who made them. */
const APPLICANTS_NEAR = 3;

/**
 * The text's figure of a row (proseFigureOf), and, when who applied is asked and its clauses do not say, the sentence right
 * after it in the same section that counts the applicants ("…收到政府信息公开申请4件,上年结转0件。" "当年新收申请中,自然人
 * 提交申请4件,均按期答复。").
 */
export function proseFigure(r: Report, m: MetricQuery, kn: Knowledge): { text: string; source: string } | undefined {
  const found = proseFigureOf(r, m, kn);
  if (!found || !m.cols.some((c) => APPLICANT_COLS.has(c)) || APPLICANTS_SAID.test(found.text)) return found;
  const at = r.passages.findIndex((p) => p.text.includes(found.text.replace(/[。；;]$/, '').split(/[，,]/)[0]!));
  const next = at >= 0 ? r.passages.slice(at + 1, at + 1 + APPLICANTS_NEAR).find((p) => p.section === r.passages[at]!.section && APPLICANTS_SAID.test(p.text) && COUNT_STATED.test(p.text)) : undefined;
  return next ? { text: `${found.text.replace(/[。；;]?$/, '。')}${next.text.trim()}`, source: found.source } : found;
}

function proseFigureOf(r: Report, m: MetricQuery, kn: Knowledge): { text: string; source: string } | undefined {
  // whether the passage before is about the requests (itself, or going on from one that is)
  let prevAbout = false;
  let inItems: { text: string; source: string } | undefined;
  // (a count of the requests received that does not say they are new, kept while a later sentence may name the new ones)
  let found: { text: string; section: string } | undefined;
  const totalAsked = m.rows.length === 1 && m.rows[0] === 'total';
  for (const [i, p] of r.passages.entries()) {
    const prev = r.passages[i - 1];
    // (or a breakdown going on from a sentence about them: "…收到政府信息公开申请12件。其中予以公开10件,部分公开2件。")
    // (or the same sentence going on after a semicolon: "所有答复件中,予以公开…42件;不予公开的1件;因…无法提供的49件")
    const sameSection = prev?.section === p.section;
    // (or the next sentence, on the same requests handled: "…共计134件。目前依法办结122件,其中予以公开的27件…")
    // (or a result and its count opening the next sentence: "…予以答复。" "无法提供3件,因不掌握相关政府信息。")
    // (or the carried ones counted in a sentence of their own: "…申请15件,…。上年度结转3件。共按时办结10件,…")
    const goesOn: boolean = sameSection && prevAbout && (BREAKDOWN_OPENS.test(p.text.trim()) || /[;；]\s*$/.test(prev!.text.trim()) || HANDLED_NEXT.test(p.text.trim()) || RESULTS_GO_ON.test(p.text.trim()) || CARRIED_COUNT_OPENS.test(p.text.trim()));
    // (requests carried over are the disclosure requests: "上年结转申请数量为0,本年度无结转下年度办理的申请")
    // (or the next sentence of the section counting how many were handled, "截止…,包括…结转的5个案件,所有申请已办结完成29件")
    const about: boolean = ABOUT_DISCLOSURE_REQUESTS.test(p.text) || underRequests(p) || goesOn || (prevAbout && sameSection && CARRIED_REQUESTS.test(p.text) && m.rows.some((x) => CARRIED_ROWS.has(x))) || (prevAbout && sameSection && HANDLED_SAID.test(p.text) && /\d\s*件/.test(p.text));
    // (a sentence on what the requests were about, between their count and their results, keeps the thread:
    // "…申请70件。申请内容主要集中在土地征收…等方面。依法对全部申请进行了…答复,其中“予以公开”17件")
    // (so does one on how they came in: "申请渠道以信函申请为主(11件),网络申请6件,申请内容集中于…")
    prevAbout = about || (prevAbout && sameSection && keepsThread(p.text));
    if (!PROSE_FIGURE_SECTIONS.has(p.section) || !about) continue;
    const rowClauses = clausesOfRows(p.text, m, kn, r);
    // (the requests themselves asked too, "办了几件申请，其中多少件是不掌握信息的", of a breakdown that goes on from the
    // sentence counting them: that sentence first, "全年共办理依申请政府信息公开9件…。其中…不掌握相关政府信息6件。")
    const withBase = rowClauses && goesOn && BREAKDOWN_OPENS.test(p.text.trim()) && m.rows.some((x) => BASE_ROWS.has(x)) && m.rows.length >= 2;
    const text = withBase ? `${prev!.text.trim()}${rowClauses}` : rowClauses;
    // (requests are counted in 件: a clause in 条 — "不予公开信息数137条" of the information an office made — or in 次 —
    // "主动沟通申请人35次", talks with applicants — gives way to a later clause in 件, "“不予公开答复数”1件")
    if (text && (m.table !== '三' || !/\d\s*[条次]/.test(text) || /\d\s*件/.test(text))) {
      if (found) {
        // (the new requests named so in a later sentence of the same section, after a count of all received — "共收到…3件。"
        // "其中,上年结转申请1件,本年新收申请2件": that one, for the received count holds the carried ones)
        if (p.section === found.section && NEW_NAMED.test(text)) return { text, source: sectionSource(p.section) };
        // (the results' total asked, a later clause of the same section saying how many were handled: "所有申请已办结完成29件")
        if (totalAsked && p.section === found.section && HANDLED_SAID.test(text)) return { text, source: sectionSource(p.section) };
        continue;
      }
      // (the results' total asked of a clause that only counts those received, "共计收到…申请24件": kept while a later clause of
      // the section may say how many were handled, which the carried ones add to)
      if (totalAsked && !HANDLED_SAID.test(text)) {
        found = { text, section: p.section };
        continue;
      }
      // (only when the question names them new, "本年新收的是几件": "一共收到几件" asks all received)
      if (!m.rows.includes('new') || m.vague || NEW_NAMED.test(text)) return { text, source: sectionSource(p.section) };
      found = { text, section: p.section };
      continue;
    }
    if (text) inItems ??= { text, source: sectionSource(p.section) };
  }
  if (found) return { text: found.text, source: sectionSource(found.section) };
  if (inItems) return inItems;
  // "本年度，我局未收到政府信息公开申请": none received, so none of this year's requests was handled either
  // (the requests carried over from last year are another matter)
  if (m.rows.includes('carried')) return undefined;
  return noRequestsTold(r);
}

/** Requests said to be handled ("办结", "答复", "办理完成"): the results' total, not those received. */
const HANDLED_SAID = /办结|办理完|答复了?|已办理|处理完/;

/**
 * A figure of table 三 the text states in one clause with one number ("本年新收到政府信息公开申请42件"): that
 * number, for comparing offices; undefined when the text says it otherwise or not at all.
 */
/** A clause that states a change over another year ("与2023年相比增加了5件", "同比减少3件"). */
const CHANGE_CLAUSE = /相比|同比|较(?:去年|上年|\d{4}年)|比(?:去年|上年|\d{4}年)/;

export function toldFigure(kn: Knowledge): (r: Report, m: MetricQuery) => { v: number; text: string } | undefined {
  return (r, m) => {
    if (m.table !== '三' || m.rows.length !== 1) return undefined;
    // (the requests asked only vaguely, "依申请公开件数", and no clause naming a row: the text's sentence that counts
    // the requests, when it states one number — "全年累计办理申请29件")
    const vague = m.vague && (m.rows[0] === 'new' || m.rows[0] === 'total');
    const told = proseFigure(r, m, kn) ?? (vague ? requestsSentence(r) : undefined);
    if (!told) return undefined;
    if (NO_REQUESTS.test(told.text)) return { v: 0, text: told.text };
    // (a breakdown after the count is part of it: "收到…申请12件，其中自然人申请件12件…", "14件(其中信件申请10件…")
    // (a change beside the count is no count of it: "…共6件，申请数量与2023年相比增加了5件")
    // (nor is a share told with it: "予以公开3件，占42.86%")
    // (nor is the count of all years in brackets, "共收到4条…申请(历年累计17条)": this year's is the one asked)
    const head = told.text.replace(/^\s*[（(]?\s*其中/, '').replace(ALL_YEARS_BRACKET, '').split(BREAKDOWN_AFTER)[0]!.split(/[，,]/).filter((c) => !CHANGE_CLAUSE.test(c) && !SHARE_ONLY.test(c.replace(/[。；;]\s*$/, ''))).join('，');
    const numbers = countsIn(head);
    if (numbers.length === 1) return APPROXIMATE.test(head) ? undefined : { v: numbers[0]!, text: told.text };
    // (several counts in one sentence, "全年共办理政府信息公开申请74件,办结71件,剩余3件结转": the one clause that
    // counts the row asked by its verb — 办结 for the results' total, 办理 / 收到 for the requests asked vaguely)
    const verb = vague ? REQUESTS_VERB : ROW_VERB[m.rows[0]!];
    const hits = verb ? head.split('，').filter((c) => verb.test(c) && countsIn(c).length === 1 && !APPROXIMATE.test(c)) : [];
    return hits.length === 1 ? { v: countsIn(hits[0]!)[0]!, text: told.text } : undefined;
  };
}

/** A remark in brackets with no number in it ("(符合办结时间要求)"), at a clause's end. */
// (not a bracket that tells a reason of the result, "无法提供8件(均属于本机关不掌握的信息)")
const REMARK_BRACKET = /[（(](?![^（()）]*(?:中断|公开|掌握|制作|信访|投诉|举报|重复|补正|第三方|秘密|内部|过程|执法|查询|撤|不明确|出版物|申请人|危及|法律))[^（()）\d]{1,20}[）)]?\s*$/;

/** A bracket counting all years so far ("(历年累计17条)", "（累计公开314条）"). */
const ALL_YEARS_BRACKET = /[（(][^（()）]*(?:历年|累计)[^（()）]*[）)]/g;

/** A count said to be at least so many ("20余件", "30多件"); not "余0件", what remains. */
const APPROXIMATE = /\d\s*(?:余|多)/;

/** The verbs a clause counts a row of table 三 by, when a sentence gives several counts. */
const ROW_VERB: Readonly<Record<string, RegExp>> = {
  // (not those left unfinished, "上年度未办结3件")
  total: /(?<![未没])办结|办理完毕|处理完毕|已答复|答复\d/,
  new: /新收|收到|受理|接收|接到/,
};
/** The requests asked vaguely ("办理的依申请公开件数"): the clause that counts the requests taken in or handled. */
const REQUESTS_VERB = /(?:办理|处理|收到|受理|接收|接到)[^，]{0,12}申请|申请[^，]{0,4}(?:办理|收到|受理)/;

/**
 * What the text says of a figure of table 三, beside the table's own ("正文说受理了几件？跟表三对得上吗"): the
 * text's clause, the table's figure, and — when the text's number is the new and carried requests together —
 * that reading; never a corrected figure.
 */
export function textBesideTable(r: Report, m: MetricQuery, kn: Knowledge): Rendered | undefined {
  if (m.table !== '三' || m.rows.length !== 1) return undefined;
  const told = proseFigure(r, m, kn);
  // (予以公开 and 部分公开 told together, "予以公开及部分公开258件": no one row of the table to set it against — the
  // consistency rule adds them)
  // (nor a reason said with others, "因本机关不掌握等原因无法提供265件": the whole result, not the reason's row)
  if (!told || /予以公开(?:及|和|或|与)部分公开/.test(told.text) || (/等原因/.test(told.text) && T3_ROW_BY_ID[m.rows[0]!]?.parent)) return undefined;
  const said = countsIn(told.text)[0] ?? NaN;
  const row = m.rows[0]!;
  const v = r.values[`t3.${row}.total`]?.value;
  const lines = [`报告正文写道：${told.text}`];
  if (typeof v === 'number') {
    const table = `表三：${T3_ROW_BY_ID[row]?.label ?? row} ${v} 件`;
    const carried = r.values['t3.carried.total']?.value;
    if (said === v) lines.push(`${table}，与正文一致。`);
    else if (row === 'new' && typeof carried === 'number' && said === v + carried) lines.push(`${table}，上年结转 ${carried} 件，两项合计 ${v + carried} 件，与正文的 ${said} 件相同：正文的数包括上年结转的申请（按报告数字计算）。`);
    else if (Number.isFinite(said)) lines.push(`${table}，与正文的 ${said} 件不一致（以报告为准，可向制作机关核实）。`);
    else lines.push(`${table}。`);
  } else lines.push(`报告中没有表三“${T3_ROW_BY_ID[row]?.label ?? row}”这一栏的数字，无法与正文核对。`);
  return { head: `${reportLabel(r)}：`, lines, source: told.source, labelled: true };
}

/** Where a count's breakdown begins ("，其中…", "(其中…", "(含上年结转31件)"). */
// (or its parts in a bracket right after the count, "申请247件(网络申请195件、信函邮寄31件…)")
const BREAKDOWN_AFTER = /[，,；;]?\s*[（(]?\s*其中|[（(]\s*(?:含|包括|包含)|(?<=\d\s*[件条])\s*[（(](?=[^（()）]*\d)/;

/** The requests handled, counted with last year's carried ones within ("共处理政府信息公开申请1261件(含上年度结转申请74件)"). */
const HANDLED_WITH_CARRIED = /(?:处理|办理|受理|收到)[^，,。；;]{0,16}?申请[^，,。；;\d]{0,6}?(\d+)\s*件\s*[（(]\s*(?:其中)?(?:含|包括|包含)(?:上一?年度?|\d{4}年度?)结转(?:的)?(?:申请)?(\d+)\s*件/;

/**
 * A count the text does not state but two of its counts in one sentence give by difference (`told`: the larger count,
 * then the part taken from it): the sentence and the difference, said to be computed. Passages `skip` matches are passed.
 */
function differenceTold(r: Report, told: RegExp, line: (n: number, all: number, part: number) => string, skip?: RegExp): { lines: string[]; source: string } | undefined {
  for (const p of r.passages) {
    if (!PROSE_FIGURE_SECTIONS.has(p.section) || skip?.test(p.text)) continue;
    const m = told.exec(p.text);
    if (!m) continue;
    const [all, part] = [Number(m[1]), Number(m[2])];
    if (part > all) continue;
    return { lines: [p.text.trim(), line(all - part, all, part)], source: sectionSource(p.section) };
  }
  return undefined;
}

/** This year's new requests, when the text counts only the requests handled with last year's carried ones inside. */
export function newFromHandled(r: Report): { lines: string[]; source: string } | undefined {
  const label = T3_ROW_BY_ID.new?.label ?? '本年新收政府信息公开申请数量';
  return differenceTold(r, HANDLED_WITH_CARRIED, (n, all, part) => `据此，${label}为 ${n} 件（${all} − ${part}，按报告数字计算）。`);
}

/** The requests counted and, after, those carried into next year ("共收到政府信息公开申请9件,其中结转下年度办理1件"). */
const COUNTED_THEN_CARRIED = /(?:处理|办理|受理|收到|接收)[^，,。；;]{0,16}?申请[^，,。；;\d]{0,6}?(\d+)\s*件[^。；;]{0,12}?结转(?:至|到)?下一?年度?[^，,。；;\d]{0,6}?(\d+)\s*件/;
/** Last year's carried requests named, which the count may or may not hold. */
const CARRIED_IN_NAMED = /上一?年度?结转|结转上年/;

/**
 * The results' total of this year, when the text counts the requests and those carried into next year but not the
 * results. Not when it speaks of last year's carried ones too.
 */
export function totalFromCarried(r: Report): { lines: string[]; source: string } | undefined {
  const line = (n: number, all: number, part: number) => `据此，本年度办理完毕的（表三办理结果“总计”）为 ${n} 件（${all} − ${part}，按报告数字计算）。`;
  return differenceTold(r, COUNTED_THEN_CARRIED, line, CARRIED_IN_NAMED) ?? differenceTold(r, COUNTED_SAVE_CARRIED, line, CARRIED_IN_NAMED);
}
/** The requests counted, all handled save those carried into next year ("受理…申请36件,除1件结转下年度继续办理外,其余均…办理完毕"). */
const COUNTED_SAVE_CARRIED = /(?:处理|办理|受理|收到|接收)[^，,。；;]{0,16}?申请[^，,。；;\d]{0,6}?(\d+)\s*件[，,]?\s*除(\d+)\s*件(?:申请)?结转(?:至|到)?下一?年度?[^。；;]{0,16}?(?:外|以外)[，,]?\s*其余/;

/** The text's sentence that says no request was received, with the heading of a bare "无" (see NO_REQUESTS). */
export function noRequestsTold(r: Report): { text: string; source: string } | undefined {
  const none = r.passages.find((p) => PROSE_FIGURE_SECTIONS.has(p.section) && NO_REQUESTS.test(noneUnderHeading(p)));
  return none ? { text: noneUnderHeading(none), source: sectionSource(none.section) } : undefined;
}

/** A passage that is only "无" under the requests' heading ("（二）依申请公开情况" then "无。"), said with that heading. */
function noneUnderHeading(p: Passage): string {
  const text = p.text.trim();
  return p.heading && /依申请/.test(p.heading) && BARE_NONE.test(text) ? `${p.heading.replace(/[。：:]\s*$/, '')}：${text}` : text;
}
/** A passage saying "none" and nothing else ("无。", "本年度无。", "暂无"). */
const BARE_NONE = /^(?:本年度|全年|\d{4}年)?[，,]?\s*(?:暂)?无[。；;]?$/;

/** The report says no request was received ("未收到政府信息申请", "没有收到依申请公开的申请"). */
// ("未接收到依申请公开")
// (or with who did not apply between: "我乡未收到公民、法人或其他组织提出的政府信息公开申请")
// ("本年度我委无依法申请公开情况", "全年无依申请公开事项", "2024年朋普镇无政府信息依申请公开办理情况", "我镇无收到和处理政府信息公开申请情况"; or the heading's own "无": "（二）依申请公开情况：无。")
// (or a page's opening cut off in the word itself, "…我局未收到政府信息公开申": what it says is plain)
// (not a review brought over a request, "未受理因政府信息公开申请提起的行政复议申请")
// (or their count said to be 0 — all of them, not one way in, "受理当面申请0件": "共受理依申请公开办件0件(申请数为0)",
// "…;受理公民个人提出的政府信息公开申请0条")
// (the form named for the requests, "没有收到个人和组织递交的《信息公开申请表》")
export const NO_REQUESTS = /无(?:政府信息)?(?:依法|依)申请|无涉及(?:政府信息)?(?:依法|依)?申请公开|无(?:政府信息)?公开申请|依申请公开(?:情况|工作)?[：:]\s*(?:本年度|全年)?\s*(?:暂)?无[。；;]?\s*$|(?:未|没有|无)(?:共|曾)?(?:收到|接到|受理|接收到|接收)[^，。,；;]{0,16}申请(?!提起|引起)|(?:未|没有)(?:收到|接到|受理|接收到|接收)(?:公众、)?(?:公民、)?法人(?:和|或者?)其他组织[^，。,；;]{0,16}申请|(?:未|没有)(?:收到|接到|接收到?)[^，。,；;]{0,8}要求公开|(?:未|没有)(?:收到|接到|受理|接收到|接收)[^，。,；;]{0,10}公开申\s*$|(?:共|全年|累计)(?:收到|受理|接到|接收)[^，。,；;\d]{0,14}(?:申请|办件)[^，。,；;\d]{0,4}0\s*件|申请数(?:量)?为\s*0(?![\d.])|(?:^|[;；,，。])(?:受理|收到|接到)(?:公民个人|公民|个人)?(?:提出的)?(?:政府)?信息公开申请\s*0\s*[件条个](?![\d.])/;

/** A passage that goes on with the results of the requests just counted ("64件申请均…予以答复,其中予以公开30件", "部分公开14件,占21.88%;"). */
// (after a short lead saying how they were handled: "经审核分类办理,予以公开2件、部分公开5件")
const RESULTS_GO_ON = /^(?:经[^，,。；;]{0,10}[，,]\s*)?(?:\d+\s*[件宗](?:申请)?|其中|(?:予以|部分|不予|无法|不予处理|其他处理|结转)[^，,。；;]{0,10}\d+\s*[件宗])/;
/** Passages of results read after the requests' count, at most (a list of seven results and the carry-over). */
const MAX_RESULT_PASSAGES = 8;

/**
 * The requests' sentence and the passages right after it that go on with what became of them ("全年共受理…64件…"
 * "64件申请均在法定期限内予以答复,其中予以公开30件,占46.88%;" "部分公开14件,占21.88%;" …): the overview of a report
 * whose table 三 is missing, as its text gives it.
 */
export function requestsWithResults(r: Report): { text: string; source: string } | undefined {
  const told = requestsSentence(r);
  if (!told) return undefined;
  const i = r.passages.findIndex((p) => p.text.trim() === told.text);
  if (i < 0) return told;
  const lines = [told.text];
  for (let j = i + 1; j < r.passages.length && j <= i + MAX_RESULT_PASSAGES; j++) {
    const p = r.passages[j]!;
    const prev = r.passages[j - 1]!;
    // (a sentence on how they came in or what about keeps the thread: "申请渠道以信函申请为主(11件)…" before "经审核…予以公开2件")
    // (or a remark that they were all answered, the results after it: "全部已在规定时间内答复。" "其中,予以公开11件,…")
    const next = r.passages[j + 1];
    const remark = !/\d/.test(p.text) && ANSWERED_REMARK.test(p.text) && !!next && next.section === p.section && RESULTS_GO_ON.test(next.text.trim());
    if (p.section === prev.section && (keepsThread(p.text) || remark)) {
      lines.push(p.text.trim());
      continue;
    }
    if (p.section !== prev.section || !(RESULTS_GO_ON.test(p.text.trim()) || (/[;；]\s*$/.test(prev.text.trim()) && /\d\s*[件宗]/.test(p.text)))) break;
    lines.push(p.text.trim());
  }
  return { text: lines.join(''), source: told.source };
}

/** The first sentence about disclosure requests that states counts ("本年新收到政府信息公开申请42件，…"). */
export function requestsSentence(r: Report): { text: string; source: string } | undefined {
  // (a sentence whose count is the requests' own comes first: "…及时答复依申请公开17件" before "…关于主动公开和依申请
  // 公开相关规定,…主动公开信息数量2056条")
  return requestsSentenceWhere(r, (t) => REQUESTS_COUNTED.test(t)) ?? requestsSentenceWhere(r, () => true);
}

/** A count of requests in one clause ("依申请公开17件", "受理申请12件", "12件申请"). */
const REQUESTS_COUNTED = /申请[^，。；,;\d]{0,12}?\d+\s*(?:余|多)?\s*[件条起]|\d+\s*[件条起][^，。；,;]{0,4}申请/;

function requestsSentenceWhere(r: Report, fits: (text: string) => boolean): { text: string; source: string } | undefined {
  // (or the sentence right after one about them, on the requests handled: "…依法依规满足人民群众的信息公开申请需求。
  // 全年累计办理申请29件。")
  let prevAbout = false;
  for (const [i, p] of r.passages.entries()) {
    const prev = r.passages[i - 1];
    const goesOn: boolean = prevAbout && prev?.section === p.section && HANDLED_NEXT.test(p.text.trim());
    const about: boolean = ABOUT_DISCLOSURE_REQUESTS.test(p.text) || underRequests(p) || goesOn;
    // (a sentence on what the requests were about, between their count and their results, keeps the thread:
    // "…申请70件。申请内容主要集中在土地征收…等方面。依法对全部申请进行了…答复,其中“予以公开”17件")
    prevAbout = about || (prevAbout && prev?.section === p.section && SUBJECTS_SAID.test(p.text) && !/\d/.test(p.text));
    // (the sentence that lists the report's parts, "全文涵盖总体情况、…收到和处理政府信息公开申请情况…等6个部分", counts no request)
    if (PROSE_FIGURE_SECTIONS.has(p.section) && about && !PARTS_LISTED.test(p.text) && (COUNT_STATED.test(p.text) || COUNT_BEFORE_REQUESTS.test(p.text)) && (goesOn || fits(p.text))) return { text: p.text.trim(), source: sectionSource(p.section) };
  }
  return undefined;
}


/** How a report calls its own office in its text ("我办", "区信访办", "本局"). */
// (not a verb of handling before its count, "上一年度转办2件", "交办3件")
const OFFICE_SHORT = /[区县市镇]?\p{Script=Han}{0,3}(?<![转交督承代协经])办(?=\d|年|政府|依|主动|共)|我[办局委]|(?<!非|属于|不是)本[办局委机]/gu;

/** Sections whose text may tell the review and suit cases when table 四 is missing (the opening, 一 and 四). */
const CASE_SECTIONS = new Set(['前言', '一', '四']);
/** A clause going on with the cases the one before it counted: it starts with a count or a word that takes them up. */
// (or a short clause that is one more count of them, "结果被纠正2宗;", "尚未审结1宗。")
const GOES_ON_COUNTING = /^(?:\d+\s*(?:件|起|宗)|其中|均|已|另有|剩余|尚有)|^[^，,；;。\d]{1,12}\d+\s*(?:件|起|宗)\s*[;；。]?$/;
/** A review or a suit counted in a clause ("发生行政复议4件", "行政诉讼案件1件", "被申请行政复议2起"). */
// (or the count first, "收到1件行政复议")
// (or the count first with its cause between, "收到1件因政府信息公开申请提起的行政复议")
const REVIEW_COUNTED = /复议[^，,；;。]{0,8}?\d+\s*(?:件|起|宗|次|条)|\d+\s*(?:件|起|宗)(?:行政)?复议|\d+\s*(?:件|起|宗)因[^，,；;。\d]{0,20}(?:行政)?复议/;
const SUIT_COUNTED = /(?:诉讼|起诉)[^，,；;。]{0,8}?\d+\s*(?:件|起|宗|次|条)|\d+\s*(?:件|起|宗)(?:行政)?(?:诉讼|起诉)|\d+\s*(?:件|起|宗)因[^，,；;。\d]{0,20}(?:行政)?(?:诉讼|起诉)/;
/**
 * The clause is about cases against the office over disclosure, not cases it handled itself (a 司法局 deciding
 * reviews): "发生…", "被申请…", "因政府信息公开…", "信息公开…行政复议".
 */
const CASES_AGAINST = /发生|被申请|被提起|被起诉|引发|涉及|因政府信息公开|信息公开[^，,；;。]{0,8}(?:复议|诉讼)|信息公开申请[^。]{0,30}收到(?:的)?(?:\d+\s*[件起宗])?(?:行政)?(?:复议|诉讼)|^(?:共|另)?收到\s*\d+\s*[件起宗](?:行政)?(?:复议|诉讼)/;

/** Disclosure requests taken in, counted ("全年受理政府信息公开申请36件", "收到依申请公开2条"). */
const REQUESTS_TAKEN_COUNTED = /(?:受理|收到|接收|接到)[^，,；;。]{0,12}(?:信息公开|依申请公开|公开)[^，,；;。]{0,6}?\d+\s*[件条]/;

/**
 * Table 四 cut off or left out, and the text counts the cases ("2022年度发生行政复议案件1件,为其他结果;行政诉讼
 * 案件1件,为其他结果"): the clauses (up to ；) that count the review or suit cases asked, with their results.
 */
export function casesFigure(r: Report, m: MetricQuery): { text: string; source: string } | undefined {
  if (m.table !== '四') return undefined;
  const wanted = [...new Set(m.rows.map((row) => (row === 'review' ? REVIEW_COUNTED : SUIT_COUNTED)))];
  if (!wanted.length) wanted.push(REVIEW_COUNTED, SUIT_COUNTED);
  // (passages are sentences, cut at ；too: a paragraph's sentences are read together, "…复议1件;" "行政诉讼1件。")
  for (const para of paragraphsOf(r.passages.filter((p) => CASE_SECTIONS.has(p.section)))) {
    const clauses = para.map((p) => p.text.trim());
    // (or a count of cases right after the disclosure requests' own count in the same paragraph, "全年受理政府信息公开申请36件,…;"
    // "政府行政复议7件,6件结果维持,1件驳回;": those requests' cases)
    const first = clauses.findIndex((c, i) => CASES_AGAINST.test(c) || ((REVIEW_COUNTED.test(c) || SUIT_COUNTED.test(c)) && clauses.slice(0, i).some((x) => REQUESTS_TAKEN_COUNTED.test(x))));
    if (first < 0) continue;
    // (a clause that goes on with the one before it, counting what became of its cases — "…行政复议3件,2件维持行政行为;"
    // "1件…要求重新作出答复。" — belongs with that one)
    const chosen: string[] = [];
    let taking = false;
    for (const c of clauses.slice(first)) {
      if (REVIEW_COUNTED.test(c) || SUIT_COUNTED.test(c)) taking = wanted.some((re) => re.test(c));
      else if (!GOES_ON_COUNTING.test(c)) taking = false;
      if (taking) chosen.push(c);
    }
    if (wanted.every((re) => chosen.some((c) => re.test(c)))) return { text: chosen.join(''), source: sectionSource(para[0]!.section) };
  }
  return undefined;
}

/** Passages in runs of one paragraph (the same id up to the sentence number: "一.(二).2", "一.(二).3"). */
function paragraphsOf<T extends { id: string }>(passages: T[]): T[][] {
  const runs: T[][] = [];
  let key = '';
  for (const p of passages) {
    const k = p.id.replace(/\.\d+$/, '');
    if (runs.length && k === key) runs.at(-1)!.push(p);
    else runs.push([p]);
    key = k;
  }
  return runs;
}
