/**
 * The year's count of information disclosed proactively, as a report's text tells it when no table gives it (pages
 * cut before table 二, which has no such total anyway). Reports word it many ways: "全年主动公开政务信息987条", "主动公开政府信息1.17万条", "全年累计上传各类信息 600 余条",
 * "共公开各类政府信息12888条", "专栏共主动发布政府信息473条", "主动公开…等共计80余条", "截至2024年12月31日,…共主动
 * 公开政府信息218条". A running total of all years ("截至2019年底,累计…", "历年来") is not the year's count.
 */
import type { Passage, Report } from '../report/types.js';

export interface ProactiveTold {
  value: number;
  /** Said with 余/多 ("80余条"): the count is at least this. */
  approx: boolean;
  unit: string;
  /** The clause holding it, as printed. */
  clause: string;
  passage: Passage;
}

/** Sections where the text tells the year's disclosure (the opening, 一 总体情况, 二 主动公开). */
const SECTIONS: ReadonlySet<string> = new Set(['前言', '一', '二']);

/**
 * A count of information disclosed: a verb of disclosing, then within a short stretch (a list of kinds, "各类政府
 * 信息", "规划信息、统计信息…等共计") the count in 条. One clause (no comma, full stop or semicolon between).
 */
// (the verb nearest the count: "通过政府信息公开专栏主动公开各类政府信息14条" reads 主动公开, not the 公开 of 信息公开专栏)
// (or glued to the 其中 of its breakdown, a character dropped: "主动公开信息38其中,发布…")
// (or with no measure word when its breakdown follows in brackets: "我镇公开信息238。(其中:政府网站公开…203条,…)")
// (a number of kinds in the list is no count, "…基层政务公开25个试点领域等方面内容共计2575条")
const DISCLOSED_COUNT = /(主动(?:全面|及时|依法|规范)?)?(?:公开|发布|公布|上传)((?:(?!主动)(?:[^，,。；;：:\d]|\d{1,3}(?=[个项类大]))){0,48}?)(\d{1,7}(?:\.\d{1,3})?)\s*(万)?\s*(余|多)?\s*(?:条|(?=[。；;]?\s*(?:[（(]\s*其中|$))|(?=其中))/g;
/** Words that make a count a total ("共", "全年", "累计", "总计"). */
// (共 of 公共 is no total: "公共资源配置领域信息公开12条")
const TOTAL_WORDS = /(?<!公)共|全年|总计|合计|累计|总数|总量/;
/** A running total of all years, not the year's own ("历年来", "截至2019年底,累计…", "截至目前共发布592条"), unless the year is said ("全年累计"). */
const RUNNING = /历年|以来|自\d{4}年/;
/** One kind of information named right after the count ("1条领导信息", "4条政府采购"): a part of the year's disclosure. */
const KIND_AFTER_COUNT = /^(?!(?:各类|各项)?(?:政府|政务)?信息(?=[、,，;；。)）]|$))(?:\p{Script=Han}{1,6}信息|(?:政策解读|行政许可|规划|统计|政府采购|财政资金|公益事业|重大建设项目|领导|机构)(?=[、,，;；。]))/u;
/** Information in general named right after the count ("62条信息", "300条政府信息"). */
const GENERAL_AFTER_COUNT = /^(?:各类|各项)?(?:政府|政务)?信息(?=[、,，;；。)）]|$)/;
/** A running total said in the clause itself ("截至目前共发布592条信息", "至今累计…"). */
const RUNNING_IN_CLAUSE = /(?:截至|截止)(?:目前|当前|现在|今)|至今|迄今/;
const RUNNING_CUMULATIVE = /累计/;
/** Words that sum over channels (not 全年, which only names the year). */
const SUM_WORDS = /(?<!公)共|总计|合计|累计|总数|总量/;
const THE_YEAR = /全年|本年|当年|今年/;
/** The year's own count said earlier in the passage ("2023年度我局主动公开政府信息44件"). */
const YEAR_COUNT_BEFORE = /(?:年度|全年|本年)[^。]*?主动公开[^。，,；;]*?\d+\s*[件条]/;
/** A count through one channel ("通过…网站公开信息96条", "微博公开信息650条"): a part, not the total. */
/** The website and the new media named together ("政府网站和政务新媒体", "门户网站、微信公众号及微博"): every channel, the whole — not
 * two new-media accounts ("通过微信公众号、微博账号公开…1447条"), which are a part. */
const SEVERAL_CHANNELS = /(?:网站|政务服务网)[^，,。；;]{0,12}?(?:和|、|及|与|以及)[^，,。；;]{0,12}?(?:新媒体|微博|微信|公众号|客户端)/;
const ONE_CHANNEL = /通过|网站|微博|微信|公众号|头条|抖音|新媒体|公开栏|传统媒体|政务服务网|App|客户端/i;
/** A part of a total named ("其中…", "政策解读信息15条"): the clause starts with it. */
// (or the rest after the parts, "其他应主动公开的政府信息3条")
const PART_START = /^(?:其中|包括|含|其他|其余)/;
/** Every channel at once ("通过各类公开平台", "通过多种渠道"): the whole, not one channel's part. */
const ALL_CHANNELS = /(?:各类|各种|多种|多个|全部|所有)(?:公开)?(?:平台|渠道|载体|媒体|方式)/;
/** The whole place said as what published, right before the verb ("全区公开政府信息19000余条"): the place's total, over
 *  a year's count of some kinds listed ("全年归集、整理公开…等信息1100余条"). */
const PLACE_WIDE = /全(?:区|县|市|镇|乡|旗|省|州|盟)$/;
/** The information an office made counted before ("共制作信息33条"): its proactive part is the year's proactive count. */
const MADE_BEFORE = /(?:制作|产生|生成)[^，,。；;]{0,10}\d+\s*条/;
/** The verb negated ("不予以公开", "不公开", "未公开"): information not disclosed. */
const NOT_DISCLOSED_BEFORE = /(?:不予以?|不|未)$/;
/** The rest after the kinds listed, named between the verb and the count ("应主动公开的其他信息0条"). */
const REST_NAMED = /其他|其余|其它/;
/** A numbered item ("1.通过政府网站…"), right after a count of the same part: a part of that count. */
const NUMBERED_ITEM = /^\d{1,2}\s*[.．、]/;

/** How far back before a clause's disclosing verb its subject is read (running-total words, 截至…). */
const CLAUSE_BACK = 30;

/** A breakdown in brackets opening ("(其中:…", "（其中…"), after the count's stop at most. */
const BREAKDOWN_IN_BRACKETS = /^[。；;]?\s*[（(]\s*其中/;
/** A breakdown opening right after a count ("，其中：…", "（其中…"). */
// (or in the next sentence of the passage, "…共计2575条。其中通过…")
const BROKEN_DOWN_AFTER = /^\s*[,，(（。]?\s*其中/;

/** A count, then its breakdown opened, before a clause of the same sentence ("…77条,其中公共文化服务信25条,"): the clause is an item of it. */
const INSIDE_BREAKDOWN = /\d\s*条\s*[,，]?\s*其中/;

/** Words naming one kind of document or matter, not information in general. */
const ONE_KIND = /文件|规章|解读|建议|提案|公告|通知|决定|许可|处罚|稿件|简报/;

export function proactiveTold(r: Report): ProactiveTold | undefined {
  type Cand = ProactiveTold & { score: number; order: number; channel: boolean };
  let cands: Cand[] = [];
  let order = 0;
  for (const [i, p] of r.passages.entries()) {
    if (!SECTIONS.has(p.section)) continue;
    const next = r.passages[i + 1];
    for (const m of p.text.matchAll(DISCLOSED_COUNT)) {
      order++;
      const at = m.index!;
      const start = Math.max(p.text.lastIndexOf('，', at), p.text.lastIndexOf(',', at), p.text.lastIndexOf('。', at), p.text.lastIndexOf('；', at), p.text.lastIndexOf(';', at)) + 1;
      const before = p.text.slice(Math.max(0, start - CLAUSE_BACK), at);
      const clause = p.text.slice(start, at + m[0].length).trim();
      const between = m[2] ?? '';
      // (the words of the clause before the verb, and a sentence-opening 截至… before them)
      const lead = p.text.slice(start, at);
      // (through several channels named together is the whole: "通过政府网站和政务新媒体公开各类政府信息43873条")
      const placeWide = PLACE_WIDE.test(lead.trim());
      const total = TOTAL_WORDS.test(lead + between) || SEVERAL_CHANNELS.test(lead) || placeWide;
      // (through one channel is a part, unless said to be the total: "全年通过…网站、…新媒体等渠道主动公开信息120余条")
      // (nor when said to be proactive disclosure itself: "在政府官网上主动公开街道信息423条")
      // (no measure word: only when a breakdown in brackets follows, in this passage or as the next)
      if (!m[0].endsWith('条') && !BREAKDOWN_IN_BRACKETS.test(p.text.slice(at + m[0].length)) && !(/^[。；;]?\s*$/.test(p.text.slice(at + m[0].length)) && next?.section === p.section && BREAKDOWN_IN_BRACKETS.test(next.text))) continue;
      // (nor a count inside a breakdown in brackets, "(其中:政府网站…203条,政务微信…21条,其他方式…14条)": each a part)
      const opened = Math.max(p.text.lastIndexOf('(其中', at), p.text.lastIndexOf('（其中', at));
      if (opened >= 0 && opened > Math.max(p.text.lastIndexOf(')', at), p.text.lastIndexOf('）', at))) continue;
      // (a part of the information an office made, said to be the proactive part, "共制作信息33条,其中主动公开信息数29条": the
      // year's proactive count; nor one not disclosed, "不予以公开信息数2条")
      const ofMade = !!m[1] && MADE_BEFORE.test(p.text.slice(Math.max(0, start - CLAUSE_BACK), start));
      // (a channel's count broken down right after it, "在…门户网站公开信息77条,其中…", is the whole the report gives)
      const wholeHere = BROKEN_DOWN_AFTER.test(p.text.slice(at + m[0].length));
      if ((PART_START.test(clause) && !ofMade) || (ONE_CHANNEL.test(lead + between) && !total && !m[1] && !wholeHere)) continue;
      // (nor an item of a breakdown with no brackets, "…77条,其中…,决策预公开信息2条,…": a part)
      const sentenceStart = Math.max(p.text.lastIndexOf('。', at), p.text.lastIndexOf('；', at), p.text.lastIndexOf(';', at)) + 1;
      if (INSIDE_BREAKDOWN.test(p.text.slice(sentenceStart, start))) continue;
      if (NOT_DISCLOSED_BEFORE.test(p.text.slice(0, at))) continue;
      if (RUNNING_IN_CLAUSE.test(lead + between)) continue;
      // (a running total after the year's own count in the sentence, "2023年度…主动公开政府信息44件,累计主动公开…2305条")
      if (RUNNING_CUMULATIVE.test(lead) && !THE_YEAR.test(lead) && YEAR_COUNT_BEFORE.test(p.text.slice(0, start))) continue;
      // (requests disclosed on application are no proactive disclosure: "全年办理政府信息依申请公开9条")
      if (/依申请$/.test(p.text.slice(0, at))) continue;
      // (since the start of the report's own year is that year, "2024年以来,通过…主动公开…共597条" of a 2024 report)
      const sinceOwnYear = r.year ? before.replace(new RegExp(`自?${r.year}年(?:以来)?`, 'g'), '') : before;
      if ((RUNNING.test(sinceOwnYear) || (RUNNING_CUMULATIVE.test(before + between) && /截至|截止/.test(before))) && !THE_YEAR.test(before + between)) continue;
      // (only information in general, "政府信息", "政务信息", "各类信息", not one kind: "政策解读信息15条")
      // (said to be proactive, a short qualifier is still information in general: "主动公开街道信息423条")
      // (or published again in other words: "主动公开政府信息按时发布96条"; the verb doubled, "公开发布各类信息556条")
      // (or kinds listed, then all of them as what was disclosed: "发布财政信息、工作动态等各类公开信息12条")
      const general = /^(?:了)?(?:发布|公布)?(?:各类|各项)?(?:政府|政务)?信息(?:(?:按时|及时|依法)?(?:发布|公布))?(?:共|共计|总计|合计|数|总数|总量)?(?:为|达)?$/.test(between) || /等(?:各类)?(?:公开的?)?(?:政府|政务)?(?:公开)?(?:信息)?(?:共计|共|合计)?$/.test(between) || (!!m[1] && /^(?:了)?\p{Script=Han}{0,4}信息$/u.test(between));
      // (the thing counted named after the count, "共公布1条领导信息、0条机构信息": one kind, a part; "累计公开62条信息": the
      // information in general)
      const afterCount = p.text.slice(at + m[0].length);
      // (nor an item of a list, "…7条其他主动公开内容、1条政府信息公开年报")
      if (KIND_AFTER_COUNT.test(afterCount) || /、\s*$/.test(between)) continue;
      // (nor the rest after the kinds listed, "本镇应主动公开的其他信息0条": the last item of the list, a part)
      if (REST_NAMED.test(between)) continue;
      const generalAfter = !between.trim() && GENERAL_AFTER_COUNT.test(afterCount);
      if (!total && !general && !generalAfter) continue;
      // (a total of one kind of document, "共发布行政规范性文件0条", is no total of the information published)
      if (!general && ONE_KIND.test(between) && !/信息/.test(between)) continue;
      // (a channel's count said as a total, "部门网站共公开信息584条", ranks under the year's: "累计公开信息858条")
      // (a count broken down right after it, "公开信息共1265条,其中:组织机构类信息5条;…", is a whole: it ranks over a
      // count of one channel beside it, "在各类媒体报刊公开信息134条")
      // (or in the next sentence, the count ending its own: "…公开政府信息3800余条。" "其中通过政府网站公开…2000余条;")
      const after = p.text.slice(at + m[0].length);
      const brokenDown = BROKEN_DOWN_AFTER.test(after) || (/^\s*[。；;]?\s*$/.test(after) && next?.section === p.section && BROKEN_DOWN_AFTER.test(next.text));
      // (through every channel, "通过各类公开平台公开政府信息共932条", is the whole; an item numbered after it, "1.通过政府网站…432条",
      // a part of it)
      const everyChannel = ALL_CHANNELS.test(lead + between);
      if (NUMBERED_ITEM.test(clause) && cands.some((c) => c.passage === p || (c.passage === r.passages[i - 1] && c.passage.section === p.section))) continue;
      const score = (m[1] ? 2 : 0) + (total ? 2 : 0) + (general ? 1 : 0) - (ONE_CHANNEL.test(lead + between) && !SEVERAL_CHANNELS.test(lead) && !everyChannel ? 1 : 0) + (brokenDown ? 1 : 0) + (placeWide ? 1 : 0);
      // (in 万: "1.17万条" is 11700, said as printed in the clause)
      const value = m[4] ? Math.round(Number(m[3]) * 10_000) : Number(m[3]);
      if (!Number.isInteger(value)) continue;
      // (a channel's count that is a total only by 全年, "局机关网站全年公开发布各类信息556条", is that channel's)
      const channel = ONE_CHANNEL.test(lead + between) && !m[1] && !SUM_WORDS.test(lead + between);
      cands.push({ value, approx: !!m[5], unit: '条', clause, passage: p, score, order, channel });
    }
  }
  // two channels' counts side by side ("网站全年…556条,公众号全年…292条"): parts, neither the year's total
  if (new Set(cands.filter((c) => c.channel).map((c) => c.value)).size >= 2) cands = cands.filter((c) => !c.channel);
  if (!cands.length) return undefined;
  cands.sort((a, b) => b.score - a.score || a.order - b.order);
  const [best, next] = cands;
  // (two equally good counts that differ: no one total)
  if (next && next.score === best!.score && next.value !== best!.value) return undefined;
  const { score: _s, order: _o, channel: _c, ...told } = best!;
  return told;
}

/** An item that names the year's proactive disclosure as a whole ("主动公开", "主动公开信息条数", "公开信息总数"). */
export const PROACTIVE_ITEM = /^(?:全年)?(?:主动)?(?:公开|发布)(?:了)?(?:的)?(?:政府|政务)?(?:信息)?(?:条数|数量|总数|总量|数)?$/;

/** The most channels' counts told in place of a total. */
const MAX_CHANNELS_TOLD = 4;

/**
 * The counts of information published through each channel, when the text tells no total ("通过区政府门户网站公开各类
 * 信息4862条,通过区政府政务微博发布信息2026条…"): the clauses as written, at most MAX_CHANNELS_TOLD.
 */
export function channelCounts(r: Report): string[] {
  const out: string[] = [];
  for (const p of r.passages) {
    if (!SECTIONS.has(p.section)) continue;
    for (const m of p.text.matchAll(DISCLOSED_COUNT)) {
      const at = m.index!;
      const start = Math.max(p.text.lastIndexOf('，', at), p.text.lastIndexOf(',', at), p.text.lastIndexOf('。', at), p.text.lastIndexOf('；', at), p.text.lastIndexOf(';', at), p.text.lastIndexOf('、', at)) + 1;
      const lead = p.text.slice(start, at);
      const between = m[2] ?? '';
      const clause = p.text.slice(start, at + m[0].length).trim();
      if (!ONE_CHANNEL.test(lead + between) || PART_START.test(clause) || (ONE_KIND.test(between) && !/信息/.test(between))) continue;
      if (!out.includes(clause)) out.push(clause);
      if (out.length >= MAX_CHANNELS_TOLD) return out;
    }
  }
  return out;
}
