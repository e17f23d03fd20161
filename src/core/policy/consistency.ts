/** Rule for staff checking a report's arithmetic ("小计和分项加起来对得上吗", "表三数字对得上吗"). */
import { consistencyAnswer, findingsAnswer, findingsOf, quotedNumbers } from '../../answer/consistency.js';
import { countAsked } from '../../answer/retrieve.js';
import { CHECK_ASKED, CONTACT_FIELD_NOUNS, DISCREPANCY_ASKED, MEANING_ASKED, PARTS_AGAINST_TOTAL, STATISTICS_PERIOD_NAMED, PROACTIVE_TOTAL_AGAINST } from '../patterns.js';
import { pickReport } from '../select.js';
import { toldFigure } from '../prose-figures.js';
import type { Rule } from './types.js';
import type { Knowledge } from '../knowledge.js';
import type { Understanding } from '../understanding.js';
import type { Report } from '../../report/types.js';
import { reportLabel, type Rendered } from '../../answer/render.js';
import { narrative } from '../narrative.js';
import { sectionSource } from '../prose-figures.js';
import { POLICY } from '../thresholds.js';
import { kindsOf, withoutSlots } from './helpers.js';
import { proseSumAnswer, sumInText, type ProseSum } from '../../answer/prose-sum.js';
import type { MetricQuery } from '../../understand/metrics.js';
import { T3_ROW_BY_ID, T3_ROWS } from '../../report/format.js';

/** A cell's value asked: a how-many, or what was filled in or written in it ("那一行填的数", "写的是多少"). */
/** Each of the things named asked its how-many ("各几件", "分别是多少"). */
const EACH_HOW_MANY = /(?:各|分别)(?:是|有|为)?(?:几|多少)/;
const VALUE_ASKED = /几|多少|填的(?:数|是|啥|什么)|写的(?:数|是)|[那这]一?[行栏格]的?数/;

export const consistencyAsked: Rule = {
  name: 'consistency-asked',
  doc: 'Whether a report\'s figures add up ("加起来对得上吗", "核对一下表三"): a group of reasons added up against its subtotal, or the consistency findings of the load (src/answer/consistency.ts).',
  decide: (u, state, kn) => {
    const against = DISCREPANCY_ASKED.test(u.norm);
    if (!CHECK_ASKED.test(u.norm) && !against) return undefined;
    // "核一下：两年年报里留的办公室电话一样吗": a contact detail checked, not the figures
    // (nor the period its figures cover, "统计期限核一下": the report's period answers)
    if (!u.metric && (CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm)) || STATISTICS_PERIOD_NAMED.test(u.norm))) return undefined;
    // "核一下2022年上传信息多少条": a count to look up (核一下 = look it up), no figure named and nothing to set against
    // (rows named with their how-many, "核一下…不掌握的几件，另行制作的几件": looked up, nothing set against them)
    // (a cell of a table named with its how-many, "核对一下表三，不予公开里“保护第三方合法权益”是几件": looked up too)
    // (or its value asked by what was filled in, "核一下表三“危及三安全一稳定”那一行填的数")
    const cellAsked = !!u.metric && VALUE_ASKED.test(u.norm) && !CHECK_OR_SUM.test(u.norm) && u.metric.rows.every((x) => x.includes('.'));
    // (or rows named each with 各/分别 and a how-many, "核一下表三：不予公开、不予处理、结转下年度各几件": each looked up)
    const eachAsked = !!u.metric && EACH_HOW_MANY.test(u.norm) && !CHECK_OR_SUM.test(u.norm);
    if (!against && (kindsOf(u).count || (u.metric && VALUE_ASKED.test(u.norm))) && (!SET_AGAINST.test(u.norm) || cellAsked || eachAsked)) return undefined;
    // (a count of the text named by its number, no question word, "核对下…新浪微博发布数和关注人数": looked up too)
    if (!against && !u.metric && !SET_AGAINST.test(u.norm) && countAsked(withoutSlots(u))) return undefined;
    // "核一下：门户网站公开1116条，通知公告967条，对吧": counts the text tells, quoted to check one by one
    // (or in 件, no row of the tables read: "12345平台承办的是95件，对吧" is the text's count)
    if (!u.metric && !against && (COUNTS_QUOTED.test(u.norm) || CASES_QUOTED.test(u.norm)) && !TABLE_OR_SUM.test(u.norm)) return undefined;
    // (or counts quoted and added up against the year's proactive total, named: quoted-count-checked works the sum against it)
    if (!u.metric && !against && COUNTS_QUOTED.test(u.norm) && PROACTIVE_TOTAL_AGAINST.test(u.norm)) return undefined;
    // (one figure quoted to check, "予以公开5件，对不对", "新收15件对吗": that figure's answer checks it)
    // (or one for each row named, "依申请 收13 结13，对不对": each checked, nothing set against another)
    if (!against && u.metric?.quoted?.length && u.metric.quoted.length === u.metric.rows.length && !u.metric.rows.some((x) => x.includes('.')) && !SUM_OR_BALANCE.test(u.norm)) return undefined;
    // (counts of the text listed with + and their sum asked, "帮我核一下：国家级+省级+市级…合计多少篇": text-arithmetic's sum)
    if (!u.metric && !against && ITEMS_PLUS_SUM_ASKED.test(u.norm) && !CHECKED_WORDS.test(u.norm)) return undefined;
    const pick = pickReport(kn, u.slots, state);
    if (!pick.report) return undefined;
    // (the parts of a list the text tells, pointed at against their total — "那九类分项加起来跟总数108条对得上吗": that
    // sentence's own sum, sum-in-text's, when the text tells one)
    if (!u.metric && PARTS_AGAINST_TOTAL.test(u.norm) && sumTold(kn, pick.report, u, quotedNumbers(withoutSlots(u)))) return undefined;
    // the figures the asker quotes ("正文说258件"): the findings that speak of them come first
    // (the report's year named with it, "南岗2022 正文写接到申请15条", "大荔20 解读82次", is no figure quoted)
    const quoted = quotedNumbers(withoutSlots(u)).filter((n) => !u.slots.years.includes(n));
    // (a table named with no row, "表四怎么一个数都没有": the findings about that table)
    const table = u.metric ? undefined : TABLE_NAMED.exec(u.norm)?.[1];
    const aboutTable = table ? pick.report.findings.filter((f) => f.severity !== 'info' && f.message.includes(`表${TABLE_DIGITS[table] ?? table}`)) : [];
    const relevant = aboutTable.length ? aboutTable : findingsOf(pick.report, quoted, u.metric);
    if (aboutTable.length) return { kind: 'passage', report: pick.report, parts: findingsAnswer(pick.report, aboutTable) };
    // (the results asked as the parts of the requests, "新收15件，办理结果加起来对得上吗": the sum, below)
    const resultsAsParts = u.metric?.table === '三' && RESULTS_AS_PARTS.test(u.norm);
    // (parts quoted that a sentence of the text breaks its total into, "当面申请2件、信函40件、网络70件，和总数对得上吗": that
    // sentence's parts against its total, before the load's findings about the tables)
    if (quoted.length >= 2 && !hasCells(pick.report, u.metric ?? { table: '三', rows: [], cols: [], spans: [] })) {
      // (a total and its parts quoted, the sentence counting them in measures of their own — "解读…82次,其中解读材料数量45条,
      // 解读产品数量28个,媒体评论文章数量10篇": added as numbers, the measures said)
      const mixed = mixedBreakdown(pick.report, quoted);
      if (mixed) return { kind: 'passage', report: pick.report, parts: mixed };
      const told = sumTold(kn, pick.report, u, quoted);
      // (rows of table 三 quoted, "予以公开1加上不掌握1": a sum of the requests' results, never a list of what was published
      // whose small parts happen to hold the same numbers)
      const otherMatter = u.metric?.table === '三' && !!told && !/申请/.test(told.sum.text);
      // (the asker's own sum of the parts quoted too, "…加通知公告15才31条": their sum, no other figure)
      const partsSum = told ? told.sum.parts.reduce((a, b) => a + b, 0) : NaN;
      if (told && !otherMatter && quoted.every((n) => told.sum.parts.includes(n) || told.sum.total === n || n === partsSum)) return { kind: 'passage', report: pick.report, parts: proseSumAnswer(pick.report, told.sum, quoted, told.source, u.kind === 'why') };
    }
    // (one cell of table 二 set against what the text says of it, "正文里说现行有效规范性文件0件，表二里…现行有效写的是多少":
    // the cell, checked against the text's count as quoted — the figure rules' check — not the load's findings)
    const cellAgainstText = u.metric?.table === '二' && u.metric.rows.length === 1 && u.metric.cols.length === 1 && quoted.length === 1 && /正文|文字部分|前面/.test(u.norm) && /表[二2]/.test(u.norm);
    if (cellAgainstText) return undefined;
    if (relevant.length && (against || (u.metric && !checkable(u.metric) && !resultsAsParts))) return { kind: 'passage', report: pick.report, parts: findingsAnswer(pick.report, relevant) };
    // a sum the report tells in words ("全州主动公开…55236条。其中,…305条,…"), with no table cell asked or the
    // tables cut: the parts added up against the total (answer/prose-sum.ts)
    if (PARTS_SUM_ASKED.test(u.norm) && (!u.metric || (u.metric.table !== '四' && !hasCells(pick.report, u.metric)))) {
      const told = sumTold(kn, pick.report, u, quoted);
      // (two counts quoted, neither in that sum: another sentence holds them — quoted-count-checked's pair)
      const elsewhere = told && quoted.length === 2 && !quoted.some((n) => told.sum.parts.includes(n) || told.sum.total === n);
      if (told && !elsewhere) return { kind: 'passage', report: pick.report, parts: proseSumAnswer(pick.report, told.sum, quoted, told.source) };
      if (elsewhere) return undefined;
    }
    // (table 三's balance asked by name, a row of it named or none — "表三“一+二=三(七)+四”这个勾稽关系在总计列上成立吗":
    // both sides of it, new and carried in against results and carried over)
    if (BALANCE_NAMED.test(u.norm) && (!u.metric || (u.metric.table === '三' && u.metric.rows.every((x) => BALANCE_ROWS.includes(x)))) && (u.metric || /表[三3]/.test(u.norm))) {
      const parts = consistencyAnswer(pick.report, { table: '三', rows: [...BALANCE_ROWS], cols: [], spans: [], rowsExplicit: true }, toldFigure(kn));
      // (what the word means asked, "表三左上角写的“勾稽关系”是啥意思": the format's own note first, then this report's figures)
      return { kind: 'passage', report: pick.report, parts: MEANING_ASKED.test(u.norm) ? { ...parts, lines: [BALANCE_MEANING, ...parts.lines] } : parts };
    }
    // one figure named to be checked ("现行有效件数，核对一下是不是18"): its figure answers
    // (but the results named as parts of the total — "七类办理结果加起来对得上吗" — are the results against it)
    if (u.metric && !checkable(u.metric) && !(u.metric.table === '三' && RESULTS_AS_PARTS.test(u.norm))) return undefined;
    // "…加起来等不等于总计": the total named is what the sum is set against
    let metric = u.metric && TOTAL_NAMED.test(u.norm) && !u.metric.rows.includes('total') ? { ...u.metric, rows: [...u.metric.rows, 'total'] } : u.metric;
    // the results as parts of the total: each result group and the total
    // (the results by their numbers, "（一）到（六）": every group, though two of them were read as rows)
    if (metric && (!checkable(metric) || (metric.table === '三' && RESULT_RANGE.test(u.norm))) && RESULTS_AS_PARTS.test(u.norm)) metric = { ...metric, rows: [...RESULT_GROUPS, 'total'], cols: [] };
    // (a figure the asker quotes to be checked, "材料里写的不予公开3件，是不是写错了": set against the report's)
    if (metric && !metric.quoted && quoted.length === 1) metric = { ...metric, quoted };
    return { kind: 'passage', report: pick.report, parts: consistencyAnswer(pick.report, metric, toldFigure(kn)) };
  },
};

/** The national format's note on table 三's balance (国办公开办函〔2021〕30号, the note over its 总计 column). */
const BALANCE_MEANING = '年度报告格式在表三左上角写明：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”，即本年新收加上年结转，等于办理结果总计加结转下年度继续办理；对不上，说明表三有错漏。';

/** Table 三's balance named ("勾稽关系", "平不平", "平衡吗"). */
const BALANCE_NAMED = /勾稽|平不平|平衡(?:吗|不|么)|是否平衡/;
/** The rows of table 三's balance: new + carried in = results + carried over. */
const BALANCE_ROWS: readonly string[] = ['new', 'carried', 'total', 'carry-over'];

/** Words that set figures against each other or ask whether they are right (not a plain look-up). */
const SET_AGAINST = /对得上|对不上|加起来|相加|加总|一致|是不是|对不对|对吗|等于|有没有错|矛盾|平衡|没问题|表[一二三四1-4]|总计|合计|小计/;

/** Words that check or add up (not a table's name, which a look-up of one of its cells names too). */
/** Parts added up or a balance checked ("加起来", "对得上"): more than one figure's check. */
const SUM_OR_BALANCE = /对得上|对不上|加起来|相加|加总|等于|平衡|总计|合计|小计|勾稽/;
// (the 总计 column named as the cell's, "补正后申请内容仍不明确，总计列是几", is no sum asked)
const CHECK_OR_SUM = /对得上|对不上|加起来|相加|加总|一致|是不是|对不对|对吗|等于|有没有错|矛盾|平衡|没问题|(?:总计|合计)(?!列|栏|那一?[列栏])|小计/;

/** Items joined by + with their total asked ("国家级+省级+市级的稿件合计多少篇"). */
const ITEMS_PLUS_SUM_ASKED = /\p{Script=Han}[+＋]\p{Script=Han}[^，。？?]*(?:合计|一共|总共|共计|加起来|总数)?(?:是|有)?(?:多少|几)/u;
/** Words that set a sum against something, not only ask it. */
const CHECKED_WORDS = /对得上|对不上|一致|对不对|对吗|是不是|等于|没问题|有没有错|矛盾|[=＝]/;

/** Counts quoted with their measure word ("1116条"). */
const COUNTS_QUOTED = /\d+\s*(?:余|多)?\s*[条篇个项份期]/;
/** Things counted in 件 quoted ("承办95件"): with no row of the tables read, a count of the text. */
const CASES_QUOTED = /\d+\s*(?:余|多)?\s*件/;
/** A table, its totals or a sum named: the report's own arithmetic is what is checked. */
const TABLE_OR_SUM = /表[一二三四1-4]|总计|合计|小计|加起来|相加|加总|对得上|对不上|平衡/;

/** A statistics table named by its number ("表四", "表3"). */
const TABLE_NAMED = /表([一二三四1-4])/;
/** Arabic table numbers as the findings write them (表三). */
const TABLE_DIGITS: Record<string, string> = { '1': '一', '2': '二', '3': '三', '4': '四' };

/** Table 三's results named as the parts of a sum ("七类办理结果加起来", "各项结果相加"). */
// (or table 三's results by their numbers, first to last: "办理结果（一）到（六）各项加起来")
const RESULT_RANGE = /[（(]一[）)]\s*(?:到|至|[-—~～])\s*[（(]六[）)]/;
const RESULTS_AS_PARTS = /(?:[几两三四五六七八各]类|各项|分项|各种|所有)(?:办理)?结果|办理结果[^，。？?]{0,4}(?:加起来|相加|加总|合计)|[（(]一[）)]\s*(?:到|至|[-—~～])\s*[（(]六[）)]/;

/** Table 三's result groups, whose sum is the total of results. */
const RESULT_GROUPS = ['granted', 'partial', 'refused', 'unable', 'rejected', 'other'];

/** The total of table 三 named as what a sum should equal. */
const TOTAL_NAMED = /总计|总数|合计数/;

/** A metric whose arithmetic can be checked: a group of reasons of table 三, or its balance rows (R1). */
function checkable(m: MetricQuery): boolean {
  if (m.table !== '三') return false;
  const balance = ['new', 'carried', 'total', 'carry-over'].filter((x) => m.rows.includes(x)).length >= 2;
  return balance || m.rows.some((x) => T3_ROWS.some((s) => s.parent === (T3_ROW_BY_ID[x]?.parent ?? x)));
}

/** Whether the report's tables give any cell of the rows asked. */
export function hasCells(r: Report, m: MetricQuery): boolean {
  const prefix = m.table === '二' ? 't2' : m.table === '三' ? 't3' : 't4';
  const filled = filledRows(r);
  return m.rows.some((row) => filled.has(`${prefix}.${row}`));
}

/**
 * The rows ("t3.granted") of which the report's tables give a number in some cell, once per report: asked by
 * several rules of nearly every figure-like question, each scan of every cell cost ~10 µs (issue 15).
 */
const filledRowsOf = new WeakMap<Report, ReadonlySet<string>>();
export function filledRows(r: Report): ReadonlySet<string> {
  let rows = filledRowsOf.get(r);
  if (!rows) {
    const found = new Set<string>();
    for (const [k, v] of Object.entries(r.values)) {
      if (typeof v.value !== 'number') continue;
      // every prefix of the key ending at a dot before its last part: "t3.granted.natural" gives "t3" and "t3.granted"
      for (let at = k.indexOf('.'); at >= 0; at = k.indexOf('.', at + 1)) found.add(k.slice(0, at));
    }
    filledRowsOf.set(r, (rows = found));
  }
  return rows;
}

/**
 * The passage the check is about, read as a total and its parts (its sentence before 其中 included): the one
 * whose total the asker quotes ("…加起来是不是116条"), else the one the passage search finds, else the only one.
 */
export function sumTold(kn: Knowledge, r: Report, u: Understanding, quoted: readonly number[]): { sum: ProseSum; source: string } | undefined {
  const sums: { sum: ProseSum; source: string }[] = [];
  const innerSums: { sum: ProseSum; source: string }[] = [];
  r.passages.forEach((p, i) => {
    const prev = r.passages[i - 1];
    // (or a sentence of its own announcing them, "…累计主动公开政府信息285条。" "具体类别如下:基层政务公开信息201条,…", "具体包括履职依据1条,…")
    // (or one naming the kinds as a list of its own, "本年度主动公开的信息主要涉及类别有:政策…5条、…")
    let text = prev && prev.section === p.section && (/^(?:其中|包括|具体(?:类别|分类|情况)?如下|分类如下|具体(?:包括|为)|主要包括|分别为)/.test(p.text.trim()) || KINDS_LISTED.test(p.text.trim())) ? prev.text.trim() + p.text.trim() : p.text.trim();
    // (a list split at its semicolons, "共发布78条,其中:机构信息数13条;" "工作动态信息数37条;" …: read whole)
    for (let j = i + 1; /[;；]$/.test(text) && r.passages[j]?.section === p.section && j - i <= MAX_LIST_ITEMS; j++) text += r.passages[j]!.text.trim();
    const sum = sumInText(text);
    if (sum) sums.push({ sum, source: sectionSource(p.section) });
    // (a list of kinds counted in a sentence of its own, its total quoted and told in the sentence before it — "…主动公开政府
    // 信息27条,…。" "本年度主动公开的信息主要涉及类别有:…5条、…3条、…6条等": the kinds' counts as the total's parts)
    if (!sum && prev && prev.section === p.section && KINDS_LISTED.test(p.text.trim())) {
      const parts = [...p.text.matchAll(/(?<![\d.])(\d+)\s*([条件项篇个])/g)];
      const unit = parts[0]?.[2];
      const total = quoted.find((n) => unit && new RegExp(`(?<![\\d.])${n}\\s*${unit}`).test(prev.text));
      if (unit && total !== undefined && parts.length >= 2 && parts.every((m) => m[2] === unit)) sums.push({ sum: { text: `${prev.text.trim()}${p.text.trim()}`, total, unit, parts: parts.map((m) => Number(m[1])), approximate: false }, source: sectionSource(p.section) });
    }
    // (the total quoted told in the sentence before as a total (共…), the parts in this one with no 其中: "…主动公开…共597条。" "门户网站…6条,
    // 公众号…315篇,…": the two read together)
    if (prev && prev.section === p.section && text === p.text.trim() && quoted.some((n) => new RegExp(`(?<!\\d)${n}\\s*[条件篇个项]`).test(prev.text))) {
      const joined = sumInText(`${prev.text.trim()}其中${p.text.trim()}`, BY_CHANNEL.test(u.norm));
      if (joined && quoted.includes(joined.total) && new RegExp(`(?:共|共计|总计|合计|累计)[^，,。；;\\d]{0,4}${joined.total}`).test(prev.text)) sums.push({ sum: { ...joined, text: prev.text.trim() + p.text.trim() }, source: sectionSource(p.section) });
    }
    // (a part broken down again, "…其中:概况类信息2条,政务公开栏目公开信息141条,其中部门文件49条,…": that part's own sum,
    // read from the breakdown before it on)
    const opens = [...text.matchAll(/其中/g)].map((m) => m.index!);
    for (let k = 1; k < opens.length; k++) {
      const inner = sumInText(text.slice(opens[k - 1]! + 2));
      if (inner && inner.total !== sum?.total) innerSums.push({ sum: { ...inner, text }, source: sectionSource(p.section) });
    }
  });
  // (a part's own sum only when its total is the one quoted)
  const byQuote = sums.find((x) => quoted.includes(x.sum.total)) ?? innerSums.find((x) => quoted.includes(x.sum.total));
  if (byQuote) return byQuote;
  if (!sums.length) return undefined;
  const found = narrative(r, withoutSlots(u).replace(CHECK_WORDS, ' '), true, POLICY.proseFigureCoverage)?.parts.lines.join('') ?? '';
  return sums.find((x) => found.includes(x.sum.text) || x.sum.text.includes(found.slice(0, 40))) ?? (sums.length === 1 ? sums[0] : undefined);
}

/** A count and the parts after its 其中 in one sentence ("82次,其中…45条,…28个,…10篇"): the count, its measure, the rest. */
const TOTAL_THEN_PARTS = (n: number) => new RegExp(`(?<![\\d.])${n}\\s*([件条个项次篇份期家人])[,，]?\\s*其中([^。]*)`);
/** Numbers quoted beside a total and its parts that may name something else ("大荔20": the year said short). */
const STRAY_NUMBERS_MAX = 1;
/** A count with its measure word in a breakdown. */
const PART_COUNT = /(?<![\d.])(\d+)\s*([件条个项次篇份期家人])/g;

/**
 * The one sentence of the text that holds a quoted total with every other quoted number among the counts after its 其中,
 * when the parts are counted in measures unlike the total's: their sum against it, the measures said.
 */
function mixedBreakdown(r: Report, quoted: readonly number[]): Rendered | undefined {
  const found: { text: string; section: string; total: number; unit: string; parts: { n: number; unit: string }[] }[] = [];
  for (const total of quoted) {
    const re = TOTAL_THEN_PARTS(total);
    for (const p of r.passages) {
      const m = re.exec(p.text);
      if (!m) continue;
      const parts = [...m[2]!.matchAll(PART_COUNT)].map((x) => ({ n: Number(x[1]), unit: x[2]! }));
      // (every other number quoted among the parts, but one that names something else, "大荔20": a year said short)
      const others = quoted.filter((n) => n !== total);
      const inParts = others.filter((n) => parts.some((x) => x.n === n));
      if (parts.length < 2 || inParts.length < 2 || inParts.length < others.length - STRAY_NUMBERS_MAX || parts.every((x) => x.unit === m[1])) continue;
      found.push({ text: p.text.trim(), section: p.section, total, unit: m[1]!, parts });
    }
  }
  if (found.length !== 1) return undefined;
  const f = found[0]!;
  const sum = f.parts.reduce((a, x) => a + x.n, 0);
  const units = [...new Set(f.parts.map((x) => x.unit))].join('、');
  const verdict = sum === f.total ? `与总数 ${f.total}${f.unit} 的数字相等` : `比总数 ${f.total}${f.unit} ${sum > f.total ? '多' : '少'} ${Math.abs(sum - f.total)}，不一致`;
  return {
    head: `${reportLabel(r)}：`,
    lines: [`报告正文写道：${f.text}`, `其中各项数字相加：${f.parts.map((x) => x.n).join(' + ')} = ${sum}（按报告数字计算），${verdict}。`, `注意：各项的计量单位不同（${units}），与总数的“${f.unit}”不是同一单位，报告没有说明它们之间的关系。`],
    source: sectionSource(f.section),
    labelled: true,
  };
}

/** A sentence opening a list of kinds ("本年度主动公开的信息主要涉及类别有:", "分类有:"). */
const KINDS_LISTED = /^[^，,。]{0,20}(?:涉及类别有|类别有|类别如下|分类有|分类为)[:：]?/;

/** The parts asked as channels ("各渠道分项"): their counts in their own measures (篇, 期) are parts too. */
const BY_CHANNEL = /渠道|平台|各类媒体/;

/** Items of a list split at its semicolons read back together, at most (a report's breakdowns run to a dozen). */
const MAX_LIST_ITEMS = 20;

/** A sum asked to be checked ("分项加起来", "相加等于313吗", "加总是不是42"). */
const PARTS_SUM_ASKED = /加起来|相加|加总|总和|分项|各项|各类|分类|\d\s*[+＋]\s*\d/;
/** The words of checking, left out of the passage search. */
const CHECK_WORDS = /核对一下|核一下|核对|加起来|相加|加总|是不是|是否|等于|对得上|对不上|一致|吗|正好|总数/g;

