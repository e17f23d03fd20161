/**
 * Rule for the year's proactive disclosure asked as a whole ("江苏省交通运输厅23年主动公开多少条", "那年主动公开
 * 多少条"), which no table totals: the one clause of the text that tells it, each report its own way ("专栏共主动
 * 发布政府信息473条", "共公开各类政府信息12888条", "…等共计80余条") — src/answer/proactive-told.ts.
 */
import { escapeRegExp } from '../../escape.js';
import { channelCounts, proactiveTold, PROACTIVE_ITEM } from '../../answer/proactive-told.js';
import { residualLabel } from '../../answer/text-arith.js';
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { namedReports, pickReport } from '../select.js';
import { ASKING, CLAUSE_SPLIT, CONTACT_FIELD_NOUNS } from '../patterns.js';
import { kindsOf, withoutSlots } from './helpers.js';
import { contentWords } from '../../answer/retrieve.js';
import type { Rule } from './types.js';

/** A how-many of a clause (a phone number asked, "电话多少", is a contact detail all the same). */
const HOW_MANY_WORD = /几[件条个项次]|多少[件条个项次]/;

/** The clause asks the proactive disclosure's count ("主动公开多少条", "公开了多少条信息"): 公开 and a how-many in 条. */
// (or its how-many with no measure word, "一共主动公开多少", "一共公开了多少信息")
// (or, of several offices, which published most, "哪个主动公开的信息最多", or their counts set side by side, "…公开的信息数量")
const PROACTIVE_COUNT_ASKED = /(?:主动)?公开[^，。？?,]{0,8}(?:数量|最多|最少)|公开[^，。？?,]{0,8}(?:多少|几)\s*条|主动公开[^，。？?,]{0,6}?(?:多少|几)(?![钱天日年件个])|(?:多少|几)\s*条[^，。？?,]{0,4}(?:主动)?公开|主动公开[^，。？?,]{0,6}(?:总数|总量|条数)|公开了?(?:多少|几)(?:条)?(?:政府|政务)?信息/;

/** The asker's frame around the thing asked ("我是记者，想核实…的总数"): no words of the thing counted. */
// (and where it all went, online as such, "网上公开了多少条": every report's proactive disclosure is online)
// (and the report's wording pointed at, "主动公开总数写的是多少条", "主动公开信息的报告总数": what it says is the count)
const ASKER_FRAME = /^.*?(?:想|要|请|帮我)?(?:核实|核对|确认|了解|知道|晓得|打听|问问?)(?:一下)?|的?总数|的?总量|的?条数|(?:在)?(?:网上|线上)(?=主动公开|公开|发布)|(?:写的是|写着|写的)(?=多少|几)|的?(?:报告|年报)(?=总数|里|中|上)/g;

/** The channels it went out by, two or more said before the verb ("通过网站和新媒体主动公开了多少条"): how, not what, was
 *  counted — one channel named ("通过门户网站公开了多少条") is that channel's count, count-in-report's. */
// (channels pointed at, "通过网站、直播平武这些线上平台": the count the text tells of them, count-in-report's)
const CHANNELS_FRAME = /(?:通过|经)(?![^，。？?,]*(?:这些|那些|这几|那几))[^，。？?,]{1,10}?(?:和|、|及|与)[^，。？?,]{1,10}?(?:等渠道|等平台|等)?(?=主动公开|公开|发布)/g;

/** A share asked ("占…的比例", "占比多少"). */
const SHARE_OF_IT_ASKED = /占[^，。？?]{0,24}(?:比例|比重|百分之|多少)|占比/;
/** Several offices set side by side ("比较一下…", "哪个…最多"): asked of each, with no how-many of its own. */
const OFFICES_SET_SIDE_BY_SIDE = /比较|对比|相比|最多|最少|哪个多|谁多|分别/;
/** Which of them published most or least. */
const MOST_ASKED = /最多|最少|哪个多|谁多|哪个少|谁少/;
/** The website as where it was published ("在政府网站上公开的"). */
const ON_THE_SITE = /(?:在|通过)?(?:政府|门户)?(?:网站|官网)上?(?=主动公开|公开|发布)/g;

/** The channels' counts a text tells in place of a total, as a clause to add ("，分渠道写的是：…"). */
function channelsTold(r: Parameters<typeof channelCounts>[0]): string {
  const told = channelCounts(r);
  return told.length ? `，分渠道写的是：${told.join('；')}` : '';
}

/** What a how-many counts when named after it ("几条通知公告", "多少条政策解读"). */
// (or in a measure word of its own, "几份政策文件", "多少篇稿件")
const THING_COUNTED = /(?:多少|几)\s*[条份篇项个]([\p{Script=Han}]{2,})/u;
/** Words after a how-many that name nothing of their own: the information itself, or a particle. */
const NO_THING = /^(?:(?:政府|政务)?信息|呢|啊|吗|呀|了|的|嘛|吧)/;

/** Words of a question that any clause about disclosure holds. */
const PLAIN_WORDS = /^(?:公开|主动|信息|政府|政务|多少|一共|总共|全年|发布|那些|这些|我们|你们|前年|去年|今年)$/;
/** The clauses of a passage, each ending at a comma, semicolon or stop. */
const CLAUSE_OF_PASSAGE = /[^，,；;。]+/g;

/**
 * Whether another clause of the total's part of the text counts something ("…公开民政社保等信息82条") holding two or more of the question's
 * own words that the total's clause lacks: that part is what is asked.
 */
function otherCountedClause(passage: string, total: string, question: string): boolean {
  const words = contentWords(question).filter((w) => w.length >= 2 && !PLAIN_WORDS.test(w) && !total.includes(w));
  if (words.length < 2) return false;
  return [...passage.matchAll(CLAUSE_OF_PASSAGE)].some((c) => !total.includes(c[0].trim()) && /\d+\s*(?:余|多)?\s*条/.test(c[0]) && words.filter((w) => c[0].includes(w)).length >= 2);
}

/** Sub-units of an office that published part of its total ("各区(市)政府", "各部门", "市级机关"). */
const SUB_UNITS = /各(?:区|县|乡镇|乡|镇|街道|部门|单位)(?:\((?:市|县|区)\))?(?:政府|人民政府)?|(?:市|区|县)级(?:机关|部门)/;

/** Things named and pointed back at before the asking clause ("…议定事项这些决策信息", "上面那几类"). */
const THESE_THINGS = /(?:这些|那些|这几类|那几类|这几项|那几项|这两类|这类|此类)\p{Script=Han}{0,6}[，,]?\s*$/u;

export const proactiveTotal: Rule = {
  name: 'proactive-total-told',
  doc: 'The year\'s proactive disclosure asked as a whole ("主动公开多少条") with no table to total it: the clause of the text that tells it (共公开…条, 共主动发布…条, 全年主动公开…条), per report named; running totals of all years never count.',
  decide: (u, state, kn) => {
    const several = u.slots.offices.length >= 2;
    if (u.metric || !(kindsOf(u).count || (several && OFFICES_SET_SIDE_BY_SIDE.test(u.norm)))) return undefined;
    // (a part's share of it asked, "新媒体平台发的信息占主动公开信息总数的比例": the part over the whole, count-in-report's)
    if (SHARE_OF_IT_ASKED.test(u.norm)) return undefined;
    // (of several offices, the website said as where it went: each one's year's total, the one count all reports tell)
    const text = several ? withoutSlots(u).replace(ON_THE_SITE, '') : withoutSlots(u);
    // (the clause that asks it; another question of the message is left to the second-ask pass)
    // (a contact detail asked beside it, "…主动公开了几条？有疑问打什么电话": the second-ask pass adds it)
    const asks = text.split(CLAUSE_SPLIT).filter((c) => ASKING.test(c) && !(CONTACT_FIELD_NOUNS.some(([re]) => re.test(c)) && !HOW_MANY_WORD.test(c)));
    // (two questions in one message, "主动公开多少条？其中…多少条": count-in-report answers both from their sentences)
    if (asks.length >= 2) return undefined;
    // (no clause with a question word, "想核实…主动公开信息的总数": the message itself)
    const clause = (asks.length ? asks : [text]).find((c) => PROACTIVE_COUNT_ASKED.test(c));
    // (the thing counted after its how-many, "主动公开了多少条政府信息", is read joined to the verb: "主动公开了政府信息")
    // (the offices' names taken out, what joined them is no word of the thing: "六安市2023年和朋普镇2024年各自主动公开了…")
    const item = (c: string) => PROACTIVE_ITEM.test(residualLabel(c.replace(ASKER_FRAME, '').replace(CHANNELS_FRAME, '')).replace(/^(?:和|与|及|跟)?(?:各自|分别)?(?:那年|这年|当年|那一年|这一年|一年|今年|全年|本年)?/, '').replace(/(?:各自|各|分别)(?:是|为|有)?$/, ''));
    if (!clause || !(item(clause) || item(clause.replace(/(?:多少|几)\s*条/g, '')))) return undefined;
    // (a bare clause that asks, its thing named in the clause before it, "…重大决策预公开、全体会议议定事项这些决策信息，一共公开了
    // 多少条": that thing's count, not the year's total)
    const at = text.indexOf(clause);
    const before = at > 0 ? text.slice(0, at) : '';
    if (THESE_THINGS.test(before)) return undefined;
    // (a thing of its own counted after the how-many, "主动公开了几条通知公告": that thing's count, not the year's total)
    const thing = THING_COUNTED.exec(clause)?.[1];
    if (thing && !NO_THING.test(thing)) return undefined;
    const reports = u.slots.offices.length >= 2 ? namedReports(kn, u.slots) : [pickReport(kn, u.slots, state).report].filter((r) => !!r);
    if (!reports.length) return undefined;
    const told = reports.map((r) => ({ r: r!, t: proactiveTold(r!) }));
    // (of several compared, one whose text tells no total is said so; the others are still compared)
    if (several ? told.filter((x) => x.t).length < 2 : told.some((x) => !x.t)) return undefined;
    // (a part of it named elsewhere in the message in words only the report uses, "科教文体卫生类的信息，…公开了几条": that
    // part's count, which the total's clause does not hold — count-in-report's, from the sentence that breaks it down)
    if (!several && u.reportOnlyWords.length && told.every((x) => x.t && !u.reportOnlyWords.some((w) => x.t!.clause.includes(w)) && x.t.passage.text.includes(u.reportOnlyWords[0]!))) return undefined;
    // (or a part counted in a clause of its own beside the total, named by its words: "公示栏、大喇叭公开的那些民政社保信息" for
    // "通过公示栏、大喇叭等方式公开民政社保等信息82条")
    if (!several && told.every((x) => x.t && otherCountedClause(x.r.passages.filter((p) => p.section === x.t!.passage.section && p.heading === x.t!.passage.heading).map((p) => p.text).join('。'), x.t.clause, text))) return undefined;
    // (a part by who published it, "各区(市)政府…主动公开的信息有多少条", that the text counts apart — "各区(市)政府224810条":
    // that part's count, count-in-report's, never the whole)
    const part = !several ? SUB_UNITS.exec(clause)?.[0] : undefined;
    if (part && told.every((x) => x.r.passages.some((p) => new RegExp(`${escapeRegExp(part)}[^，。；,;\\d]{0,6}\\d+\\s*条`).test(p.text)))) return undefined;
    const many = told.length > 1;
    const lines = told.map(({ r, t }) => (t ? `${many ? `${reportLabel(r)}：` : ''}${t.clause}${/[。；;]$/.test(t.clause) ? '' : '。'}${many ? '\n' : ''}` : `${reportLabel(r)}：报告正文没有写明全年主动公开信息的总条数${channelsTold(r)}。\n`));
    // which published most (or least), when asked: from the counts the texts tell
    const extreme = MOST_ASKED.exec(u.norm)?.[0];
    const counted = told.filter((x) => x.t && !x.t.approx).map((x) => ({ r: x.r, n: x.t!.value }));
    if (many && extreme && counted.length >= 2) {
      const most = /少/.test(extreme);
      const top = counted.reduce((a, b) => ((most ? b.n < a.n : b.n > a.n) ? b : a));
      if (counted.filter((x) => x.n === top.n).length === 1) lines.push(`按各报告写的条数，${reportLabel(top.r)}${most ? '最少' : '最多'}（${top.n}条）。`);
    }
    const firstTold = told.find((x) => x.t)!;
    return {
      kind: 'passage',
      report: firstTold.r,
      parts: { head: many ? '据各报告正文：' : `据${reportLabel(firstTold.r)}报告：`, lines, source: sectionSource(firstTold.t!.passage.section), labelled: true },
    };
  },
};
