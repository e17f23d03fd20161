/**
 * Rule for staff adding up a list of figures they quote, set against a total they name ("予以公开17、不予公开6、无法提供21、
 * 其他处理12、结转1，加起来多少？和收到的70件对得上吗？"): the asker's own figures added, and the sum against that total —
 * said to be computed from the figures given, never a figure of the report's changed.
 */
import { fmt } from '../../answer/cells.js';
import { reportLabel } from '../../answer/render.js';
import { cutSpans } from '../../understand/slots.js';
import type { Report } from '../../report/types.js';
import { pickReport } from '../select.js';
import { sectionSource } from '../prose-figures.js';
import { T3_ROW_BY_ID, T3_ROWS } from '../../report/format.js';
import { quotedPartsWrong } from './quoted-check.js';
import type { Rule } from './types.js';
import { hasCells } from './consistency.js';

/** A sum asked of the figures listed. */
const SUM_ASKED = /加起来|相加|加总|合计|总和|之和|一共(?:是)?多少|共计多少/;
/** One figure quoted with the words just before it ("予以公开17", "无法提供21件"), not a year ("2025年") nor a share. */
export const LABELLED_FIGURE = /([\p{Script=Han}“”"]{1,12})\s*(\d{1,7})\s*(件|条|个|项|起|宗|份|篇)?(?!\d|\s*[年月日%％.])/gu;
/** Words before a figure that make it the total the sum is set against ("和收到的70件", "总数55236", "新收15件", "加起来是15吧"). */
const TOTAL_WORDS = /收到|新收|受理|总数|总计|总共|一共|共收|共计|合计|全年|加起来|相加|之和|等于|(?:正好|刚好|恰好)$/;
/** Both sides of table 三's balance quoted ("新收859件、上年结转18件，办结805件、结转下年72件"): the consistency rule's. */
export const BALANCE_QUOTED = /两边|左右两|勾稽|平衡/;
/** Whether figures quoted agree, asked without saying to add ("收到72件、答复71件、结转1件，这几个数对得上吗"). */
export const CHECK_ASKED = /对得上|对不上|平不平|平吗|相符吗|是否相符|能对上|对上吗|对不对|对吗|核一下|核对|吻合|有没有问题|有问题吗|没问题吧|是不是(?:正好|刚好)?等于|是不是(?:正好|刚好|恰好)(?=\s*\d)|等不等于/;
/** The words before a total that make it the sum of the parts before it ("合计是不是报告写的120条", "加起来等于120条吗"). */
const SUM_BEFORE_TOTAL = /合计|加起来|相加|之和|总和|共计/;
/** A rate or share named ("办结率", "100%"). */
const RATE_NAMED = /率|%|％|百分/;
/** An equation written out ("主动公开86条=采购16条+其他70条", "25件加上2件是不是等于27件"): two parts and their whole are a check. */
const EQUATION = /[=＝]|等于/;
/** An equation of figures put as a question ("86条 = 7+7+72？", "7+7+72=86吗"): a check asked, in so many signs. */
const EQUATION_ASKED = /\d\s*[件条个项篇]?\s*[=＝]\s*\d[\d+＋\s]*[?？吗]|\d\s*[+＋][\d+＋\s]*[=＝]\s*\d+\s*[件条个项篇]?\s*[?？吗]/;
/** Two labelled parts joined by 加 and the whole they are said to make ("许可3912项加服务557项，是不是正好4469项"): an equation too. */
const PLUS_IN_WORDS = /\d\s*[件条个项起宗份篇]?\s*加上?(?!起来)\p{Script=Han}{1,12}\d[^。？?]*?(?:正好|刚好|恰好|等于)\s*\d/u;
/** A total named in words, its figure left to the report ("跟总数对得上吗", "等于主动公开总数"). */
const TOTAL_NAMED = /总数|总量|总计|总共|等于|对得上|对不上|对不对|核/;
/** Parts said to follow right after a figure ("，其中…", "，分基础信息26条…", "（包括…"). */
const PARTS_AFTER = /^\s*[，,：:（(]?\s*(?:其中|分为|分成|分别为|分(?=\p{Script=Han}{2,12}\d)|包括)/u;
/** The parts of a total quoted first, said to follow ("2593条，其中网站1984条、新媒体555条"). */
const PARTS_FOLLOW = /其中|分别是|包括/;
/** Shares written as a sum ("19%+81%"). */
const SHARE_CHAIN = /\d+(?:\.\d+)?\s*[%％](?:\s*[+＋]\s*\d+(?:\.\d+)?\s*[%％])+/;
/** Fewer figures than this are a sum the other rules read (a balance of two, "新收加结转")… */
const MIN_ITEMS = 3;
/** …unless the requests they make are quoted first ("收到9件、办结8件、结转1件"): two parts and their whole are a check. */
const MIN_ITEMS_WITH_TOTAL = 2;

interface Item {
  label: string;
  n: number;
  unit?: string;
}

/**
 * The labelled figures of a message and the one total it quotes for them; undefined unless it lists enough
 * figures and quotes exactly one total (a total named without its figure, "等于主动公开总数", is the report's:
 * the consistency rule reads it).
 */
export function quotedSum(text: string): { items: Item[]; total?: Item; byClauses?: true } | undefined {
  if (BALANCE_QUOTED.test(text)) return undefined;
  // (bare figures listed, then their sum set against a total: "正文列的125、32、132、49这几项加起来等于4943吗")
  const bare = BARE_LIST_SUMMED.exec(text);
  if (bare) {
    const items = bare[1]!.split(/\s*[、,，]\s*/).map((n) => ({ label: '', n: Number(n) }));
    // (the sum said is the asker's own adding, "929条，我把2、189、784加起来是975，对不上": the figure quoted before the list is
    // the total it is set against)
    const before = items.reduce((a, x) => a + x.n, 0) === Number(bare[2]) ? [...text.slice(0, bare.index).matchAll(OTHER_NUMBER)].at(-1) : undefined;
    if (before) return { items, total: { label: '', n: Number(before[1]), ...(before[2]?.trim() ? { unit: before[2].trim() } : {}) } };
    return { items, total: { label: '合计', n: Number(bare[2]), ...(bare[3] ? { unit: bare[3] } : {}) } };
  }
  const items: Item[] = [];
  const totals: Item[] = [];
  for (const m of text.matchAll(LABELLED_FIGURE)) {
    const label = m[1]!.replace(/[“”"]/g, '').replace(/^(?:和|与|跟|及|还有|以及|另外|再加上?(?!年)|加上(?!年))/, '');
    const item = { label, n: Number(m[2]), ...(m[3] ? { unit: m[3] } : {}) };
    // (the figure an equation starts with is its whole: "主动公开86条=…")
    const after = text.slice(m.index! + m[0].length);
    // (or the figure its parts follow, "主动公开102条，分基础信息26条、…", "共1265条，其中…")
    const equalsNext = /^\s*[=＝]/.test(after) || PARTS_AFTER.test(after);
    (TOTAL_WORDS.test(label) || equalsNext ? totals : items).push(item);
  }
  // (both sides of the balance by their rows: carried in and carried over)
  if (items.some((x) => /上年结转|上年度结转/.test(x.label)) && items.some((x) => /结转下|转下年/.test(x.label))) return undefined;
  const total = totals[0];
  // (a list to add up and no total to set it against: "十个栏目（要闻1156、…常务会议17）加起来是多少")
  // (a total named without its figure, "加起来跟总数对得上吗", is the report's: the consistency rule's)
  if (!total && !totals.length && items.length >= MIN_ITEMS && SUM_ASKED.test(text) && !TOTAL_NAMED.test(text) && !PLUS_CHAIN.test(text)) return { items };
  // (an equation's whole, its figure the last of the message or right before "=": "…2件，是不是正好等于收到的27件")
  const equation = totals.length === 1 && (EQUATION.test(text) || PLUS_IN_WORDS.test(text)) && (/^\s*[=＝]/.test(text.slice(text.indexOf(`${total!.n}`) + `${total!.n}`.length + (total!.unit?.length ?? 0))) || !/\d/.test(text.slice(text.lastIndexOf(`${total!.n}`) + `${total!.n}`.length)));
  // (or the total set after the parts as their sum: "原创11条、转发109条，合计是不是报告写的120条")
  // (the parts in the total's unit, none of them the total itself: "主动公开96条，括号里那15项加起来是96吗" counts items)
  const sumAfter = !!total && SUM_BEFORE_TOTAL.test(total.label) && items.every((x) => x.n !== total.n && (!x.unit || !total.unit || x.unit === total.unit));
  if (!total || totals.some((t) => t.n !== total.n) || items.length < ((quotedFirst(text, total) && (total.unit === '件' || PARTS_FOLLOW.test(text))) || equation || sumAfter ? MIN_ITEMS_WITH_TOTAL : MIN_ITEMS)) return plusSum(text) ?? clauseSum(text);
  return { items, total };
}

/** How the report explains a sum that does not agree, asked ("年报怎么解释的", "为啥对不上"). */
const EXPLANATION_ASKED = /怎么解释|如何解释|咋解释|为什么|为啥|为何|什么原因|啥原因|怎么回事|咋回事/;
/** What the answer says when the report does not explain its figures' gap. */
const NO_EXPLANATION = '报告没有说明这几项相加与总数不一致的原因。';

/** Three or more bare figures listed (no words between them), then their sum set against a total. */
const BARE_LIST_SUMMED = /((?<![\d.])\d{1,7}(?:\s*[、,，]\s*\d{1,7}){2,})(?![\d.%％])[^\d。？?]{0,12}?(?:加起来|相加|之和|合计|总和|共计)[^\d。？?]{0,6}?(?:等于|是|为|得)?\s*(\d{1,7})\s*(件|条|个|项|起|宗|份|篇)?(?![\d.%％])/;

/** Where a list's clauses part ("8件已公开、6件部分公开，…"). */
const LIST_BREAK = /[、，,；;：:]/;
/** A number of a clause that is a figure: no year, no share, no date. */
const CLAUSE_NUMBER = /(?<![\d.])(\d{1,7})(?![\d.%％]|\s*[年月日号])\s*(件|条|个|项|起|宗|份|篇)?/g;

/**
 * Figures said before their words, one to a clause ("8件已公开、6件部分公开、2条不掌握，跟收到的16件总数对得上吗"), or after
 * the total they make, quoted first ("那20件，信息不存在9、信息存在5、非本机关6，合计对不对"): the clauses' figures, the total
 * the one its words name as such — or the first, when the rest make it exactly.
 */
export function clauseSum(text: string): { items: Item[]; total: Item; byClauses: true } | undefined {
  const figures: Item[] = [];
  for (const clause of text.split(LIST_BREAK)) {
    const found = [...clause.matchAll(CLAUSE_NUMBER)];
    if (found.length > 1) return undefined;
    if (!found.length) continue;
    const m = found[0]!;
    const label = clause.replace(m[0], ' ').replace(/[^\p{Script=Han}]/gu, '');
    figures.push({ label, n: Number(m[1]), ...(m[2] ? { unit: m[2] } : {}) });
  }
  if (figures.length < MIN_ITEMS) return undefined;
  const totals = figures.filter((x) => TOTAL_WORDS.test(x.label) || /总数/.test(x.label));
  if (totals.length > 1) return undefined;
  const [first, ...rest] = figures;
  const total = totals[0] ?? (rest.reduce((a, x) => a + x.n, 0) === first!.n && quotedFirst(text, first!) ? first! : undefined);
  if (!total) return undefined;
  return { items: figures.filter((x) => x !== total), total, byClauses: true };
}

/** The measure word the report prints after a number ("381条"), for a sum written out without one ("224+79+78是不是正好381"). */
function unitInReport(r: Report, n: number): string | undefined {
  const re = new RegExp(`(?<![\\d.])${n}\\s*(件|条|个|项|起|宗|份|篇)`);
  for (const p of r.passages) {
    const m = re.exec(p.text);
    if (m) return m[1];
  }
  return undefined;
}

/** A total this large is found in the report as itself, not as some small count that happens to share it (its unit is the report's). */
const UNIQUE_ENOUGH = 100;

/** Figures written as a sum ("10+3+1+1"), unlabelled. */
const PLUS_CHAIN = /\d{1,7}(?:\s*[+＋]\s*\d{1,7})+/;
/** A number of the message that is no year ("2023年", "23年"), no share and no part of a sum. */
const OTHER_NUMBER = /(?<![\d+＋.])(\d{1,7})(?![\d.%％]|\s*[+＋年])(\s*(?:件|条|个|项|起|宗|份|篇))?/g;

/**
 * A sum written out and the one other number it is set against ("依申请那块10+3+1+1对得上15吗", "15=10+3+1+1吗"):
 * the parts as written, the total the only other number of the message.
 */
function plusSum(text: string): { items: Item[]; total: Item } | undefined {
  const chain = PLUS_CHAIN.exec(text);
  if (!chain) return undefined;
  const items = chain[0].split(/[+＋]/).map((x) => ({ label: '', n: Number(x.trim()) }));
  const rest = text.slice(0, chain.index) + ' '.repeat(chain[0].length) + text.slice(chain.index + chain[0].length);
  const others = [...rest.matchAll(OTHER_NUMBER)];
  if (others.length !== 1) return undefined;
  const unit = others[0]![2]?.trim();
  return { items, total: { label: '', n: Number(others[0]![1]), ...(unit ? { unit } : {}) } };
}

/** The total quoted before its parts, as a report states it ("年报写收到75件、答复72件、结转3件"). */
function quotedFirst(text: string, total: Item): boolean {
  const at = text.search(new RegExp(`${total.n}\\s*${total.unit ?? ''}`));
  return at >= 0 && !/\d/.test(text.slice(0, at).replace(/(?:19|20)\d{2}\s*年/g, ''));
}

export const quotedSumChecked: Rule = {
  name: 'quoted-sum-checked',
  doc: 'Staff listing figures of their own to add up, and a total to set the sum against ("予以公开17、不予公开6、无法提供21、其他处理12、结转1，加起来多少？和收到的70件对得上吗"): the sum of the figures given, equal or not to that total, computed from the figures as given.',
  decide: (u, state, kn) => {
    // (a check of a rate the report states, "…办结率写100%对不对": the stated-rate rule's, not a sum)
    if (!SUM_ASKED.test(u.norm) && !EQUATION_ASKED.test(u.norm) && (!CHECK_ASKED.test(u.norm) || (RATE_NAMED.test(u.norm) && !EQUATION.test(u.norm)))) return undefined;
    const text = u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm;
    const asked = quotedSum(text);
    if (!asked) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (parts the report's sentence gives otherwise, each after its own words: wrong whatever they add up to)
    const wrong = quotedPartsWrong(u, state, kn);
    if (wrong) return wrong;
    // (figures read clause by clause are the report's own only when its text holds every one of them: else the rules that
    // read the report's sentence answer — "那9件申请，我记的是土地征收6件…" against a sentence that splits them otherwise)
    if (asked.byClauses && ![...asked.items, asked.total!].every((x) => r.passages.some((p) => new RegExp(`(?<![\\d.])${x.n}(?![\\d.])`).test(p.text)))) return undefined;
    // (a row of the report's tables named for each figure, their cells printed: the consistency rule sets the table's own figures
    // against its total)
    if (u.metric && u.metric.rows.length >= asked.items.length && u.metric.rows.every((row) => hasCells(r, { ...u.metric!, rows: [row] }))) return undefined;
    // (parts that are rows of table 三, the report's cells saying otherwise: wrong, with the table's figures — never "对得上"
    // on the asker's own numbers: "本机关不掌握6件、没有现成信息需另行制作3件，合计9件，没错吧")
    const table = tableRowsWrong(r, asked.items, asked.total);
    if (table) return table;
    const { total } = asked;
    // (a whole quoted first, its parts listed and the asker's own sum of them: "重点领域信息160条，下面列的三公经费32、…、债务4，
    // 加起来才89" — the parts against that sum, and against the whole they fall short of, with the report's sentence)
    const [first, ...rest] = asked.items;
    if (total && first && rest.length >= MIN_ITEMS_WITH_TOTAL && first.n > total.n && rest.reduce((a, x) => a + x.n, 0) === total.n) return partsShort(r, first, rest, total);
    const unit = total?.unit ?? asked.items.find((x) => x.unit)?.unit ?? (!total || asked.items.every((x) => !x.label) || total.n >= UNIQUE_ENOUGH ? unitInReport(r, (total ?? first!).n) : undefined) ?? '件';
    const sum = asked.items.reduce((a, x) => a + x.n, 0);
    const lines = [`您列的 ${asked.items.length} 项相加：${asked.items.map((x) => fmt(x.n)).join(' + ')} = ${fmt(sum)} ${unit}（按您给的数字计算）。`];
    if (total) {
      const gap = total.n - sum;
      const against = `您给的总数 ${fmt(total.n)} ${unit}`;
      lines.push(gap === 0 ? `与${against}相等，一致，对得上。` : `与${against}不一致，${gap > 0 ? '少' : '多'} ${fmt(Math.abs(gap))} ${unit}，对不上。`);
      // (not adding up, and the report's sentence gives these parts: what it says, for the draft to be set right)
      // (adding up, and "是不是报告写的120条": the report's sentence holding the whole and its parts, when one does)
      const said = gap !== 0 ? sentenceOfParts(r, asked.items) : REPORT_NAMED.test(text) ? sentenceOfParts(r, asked.items, total, true) : undefined;
      if (said) lines.push(`报告正文写道：${said.text.trim()}`);
      // (how the report explains the gap, asked: it says nothing of it — never a reason made up)
      if (gap !== 0 && EXPLANATION_ASKED.test(text)) lines.push(NO_EXPLANATION);
    }
    // (shares written as a sum beside it, "19%+81%": added too)
    const shares = SHARE_CHAIN.exec(text)?.[0].split(/[+＋]/).map((x) => Number.parseFloat(x));
    if (shares) {
      const all = shares.reduce((a, x) => a + x, 0);
      lines.push(`占比相加：${shares.map((x) => `${fmt(x)}%`).join(' + ')} = ${fmt(Number(all.toFixed(4)))}%${Math.abs(all - 100) < 1e-9 ? '，正好 100%' : ''}。`);
    }
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
  },
};

/** The row of table 三 a quoted label names, only one: its id. */
function t3RowOf(label: string): string | undefined {
  const rows = T3_ROWS.filter((x) => !x.derived && x.match.some((re) => re.test(label)));
  return rows.length === 1 ? rows[0]!.id : undefined;
}

/**
 * Quoted parts each naming a row of table 三 whose cell the report gives, one or more of them quoted otherwise: the table's
 * figures, what they add up to, and whether the asker's total is that — said as a correction.
 */
function tableRowsWrong(r: Report, items: Item[], total?: Item) {
  const cells = items.map((x) => {
    const row = t3RowOf(x.label);
    const v = row ? r.values[`t3.${row}.total`]?.value : undefined;
    return { ...x, row, v: typeof v === 'number' ? v : undefined };
  });
  if (cells.length < 2 || cells.some((c) => c.v === undefined) || cells.every((c) => c.v === c.n)) return undefined;
  const label = (id: string) => T3_ROW_BY_ID[id]?.label ?? id;
  const lines = cells.filter((c) => c.v !== c.n).map((c) => `不对：“${label(c.row!)}”您写的是 ${fmt(c.n)} 件，报告表三为 ${fmt(c.v!)} 件。`);
  const sum = cells.reduce((a, c) => a + c.v!, 0);
  lines.push(`按报告表三：${cells.map((c) => `${label(c.row!)} ${fmt(c.v!)} 件`).join('，')}，合计 ${fmt(sum)} 件（${cells.map((c) => fmt(c.v!)).join(' + ')}，按报告数字计算）${total && total.n !== sum ? `，不是 ${fmt(total.n)} 件` : ''}。`);
  return { kind: 'passage' as const, report: r, parts: { head: `${reportLabel(r)}：`, lines, source: sectionSource('三'), labelled: true } };
}

/** A list the report ends with 等 ("…债务4条等栏目信息"): what it names is not all of it. */
const LIST_GOES_ON = /\d\s*[件条个项篇]?\s*等/;

/** The report's sentence holding most of the parts quoted (and the whole, when one holds it too). */
export function sentenceOfParts(r: Report, parts: Item[], whole?: Item, withWhole = false) {
  const has = (text: string, n: number) => new RegExp(`(?<![\\d.])${n}(?![\\d.])`).test(text);
  const most = (text: string) => parts.filter((x) => has(text, x.n)).length * 2 >= parts.length;
  const both = whole ? r.passages.find((p) => has(p.text, whole.n) && most(p.text)) : undefined;
  return withWhole ? both : (both ?? r.passages.find((p) => most(p.text)));
}

/** The report named as where the asker's figure comes from ("是不是报告写的120条", "年报里写的"). */
const REPORT_NAMED = /报告|年报|报表|表里|文中|正文/;

/** The parts listed add up to the asker's sum, short of the whole quoted first: both said, with the report's sentence. */
function partsShort(r: Report, whole: Item, parts: Item[], sum: Item) {
  const unit = whole.unit ?? sum.unit ?? parts.find((x) => x.unit)?.unit ?? unitInReport(r, whole.n) ?? '件';
  const lines = [
    `您列的 ${parts.length} 项相加：${parts.map((x) => fmt(x.n)).join(' + ')} = ${fmt(sum.n)} ${unit}，与您算的相同；比总数 ${fmt(whole.n)} ${unit}少 ${fmt(whole.n - sum.n)} ${unit}（按您给的数字计算）。`,
  ];
  const said = sentenceOfParts(r, parts, whole);
  if (said) {
    lines.push(`报告正文写道：${said.text.trim()}`);
    if (LIST_GOES_ON.test(said.text)) lines.push('原文列举后写有“等”，所列各项只是其中一部分，不是全部，相加少于总数并不矛盾。');
  }
  return { kind: 'passage' as const, report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
}

/** What is left of a count asked ("还有几件没办结", "还剩几件", "剩下多少"). */
const REST_ASKED = /还有(?:几|多少)[件条个项]?(?:没|未)|还剩(?:下)?(?:几|多少)?|剩下(?:的)?(?:有)?(?:几|多少)|剩(?:几|多少)|(?:没|未)(?:办结|办完|答复|处理|办)(?:的)?(?:有|是)?(?:几|多少)/;

/**
 * Two figures the asker quotes, a whole and a part of it, and what is left asked ("收到37件、办结33件，那还有几件没办结"):
 * the whole first, by its words (收到, 受理, 一共 …), the part after it, both in one unit.
 */
export function quotedRest(text: string): { whole: Item; part: Item } | undefined {
  const figures = [...text.matchAll(LABELLED_FIGURE)].map((m) => ({ label: m[1]!, n: Number(m[2]), ...(m[3] ? { unit: m[3] } : {}) }));
  if (figures.length !== 2) return undefined;
  // (the part's opposite asked, "推文760篇，原创398篇，非原创的是多少篇": the larger figure less the part named after 非)
  const [big, small] = figures[0]!.n >= figures[1]!.n ? figures : [figures[1]!, figures[0]!];
  const partWord = small!.label.replace(/^.*[，,、。其中]/u, '').slice(-2);
  if (partWord.length === 2 && new RegExp(`(?:非|不是|没有|未)${partWord}[^，。？?\\d]{0,4}(?:几|多少)`).test(text) && (!big!.unit || !small!.unit || big!.unit === small!.unit)) return { whole: big!, part: small! };
  if (!REST_ASKED.test(text)) return undefined;
  const [whole, part] = figures as [Item, Item];
  if (!TOTAL_WORDS.test(whole.label) || TOTAL_WORDS.test(part.label) || part.n > whole.n || (whole.unit && part.unit && whole.unit !== part.unit)) return undefined;
  return { whole, part };
}

export const quotedRestAsked: Rule = {
  name: 'quoted-rest-asked',
  doc: 'A whole and a part of it quoted by the asker, what is left asked ("瓜沥镇2024年收到37件、办结33件，那还有几件没办结"): the difference of the figures given, said to be computed from them.',
  decide: (u, state, kn) => {
    const text = u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm;
    const asked = quotedRest(text);
    if (!asked) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const unit = asked.whole.unit ?? asked.part.unit ?? '件';
    const rest = asked.whole.n - asked.part.n;
    const lines = [`按您给的数字：${fmt(asked.whole.n)} − ${fmt(asked.part.n)} = ${fmt(rest)} ${unit}，即还有 ${fmt(rest)} ${unit}。`];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
  },
};
