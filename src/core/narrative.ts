/**
 * The passage of a report that answers a question in words (a count told in its prose, a measure, a list): found by
 * the question's content words among the report's sentences, under the heading that names them, and memoised per
 * report. The figures handler and many policy rules ask it.
 */
import { reportLabel, type Rendered } from '../answer/render.js';
import { cutGeneration } from '../understand/segment.js';
import { contentWords, COUNT_ATTACHED, countAsked, PLAIN_COUNT_WORDS, countCompanion, countFit, cutBeforeCount, cutNote, passageIndex, preferCounted, searchPassages, stockFirst } from '../answer/retrieve.js';
import type { Report } from '../report/types.js';
import { questionKinds } from '../understand/kind.js';
import { BoundedMemo, READING_MEMO_MAX } from '../understand/memo.js';
import { ASKING, CLAUSE_SPLIT, QUOTED_NAME } from './patterns.js';
import { sectionSource } from './prose-figures.js';
import { POLICY, THRESHOLDS } from './thresholds.js';
import type { Exec } from './handlers.js';

/** A how-many asked ("新增了几个", "注销多少"). */
const HOW_MANY = /几|多少/;
/** Questions in one message answered each from its own sentence ("一共多少个？新开了几个，注销了几个"). */
const MAX_ASKS = 3;
/** A sentence that breaks down the one before it ("其中,…", "包括…"). */
const BREAKDOWN_START = /^(?:其中|包括|分别为|具体为)/;
/** A numbered sub-item's title standing as a sentence of its own ("2.政府信息公开类别。", "（三）政府信息管理。"). */
const SUB_TITLE = /^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])[^，,。；;：:\d]{2,16}[。：:]?$/;
/** A sentence that speaks of a website without giving its address… */
const WEBSITE_NAMED = /网站|门户|网页/;
/** …and the next sentence that gives it ("网址是：http://…"). */
const WEBSITE_GIVEN = /^(网址|网站地址|链接|网站)(是|为)?[:：]?\s*(https?:\/\/|www\.|[a-z0-9-]+\.gov\.cn)/i;
/** Asking whether the report says it ("报告里有提到吗", "年报中写了没有"): words about the report, not of the passage. */
const ASKS_IF_SAID = /(?:报告|年报)(?:里|中|上|里面)?(?:有没有|有)?(?:提到|提及|写到|说到|讲到|提|写|说)(?:过|了)?(?:吗|没有|没)/g;
/** One character and the sentence's final particles, as jieba glues them ("好了吗", "来了没"). */
const FINAL_PARTICLES_GLUED = /^\p{Script=Han}(?:了吗|了没|了呢|吗|呢|了)$/u;
/** The subject every annual report is about, which tells no sentence of one from another ("政府信息公开申请"). */
export const SUBJECT_OF_EVERY_REPORT = /政府信息公开|政府信息|信息公开/;

/** Passages found kept per report (as many as the other readings of a text, understand/memo.ts). */
const NARRATIVE_MEMO_MAX = READING_MEMO_MAX;
let narratives = new WeakMap<Report, BoundedMemo<string, Rendered | null>>();
/** The jieba dictionary's generation the passages kept were found with (the question's words are cut). */
let narrativesGeneration = -1;
/** Splits the options from the text in a key (the text never holds it). */
const KEY_SEPARATOR = '\u0000';

/**
 * The passage of the report that answers the text (findNarrative). A pure function of the report, the text and
 * the options, asked by many rules of every figure-like question (counts, text arithmetic, rankings): memoised per
 * report. Every call gets its own Exec, parts and lines (callers add notes and lines to them).
 */
export function narrative(r: Report, norm: string, needNumber: boolean, coverage = THRESHOLDS.coverage, requireRare = false): Exec | undefined {
  // (words added to jieba's dictionary since: the passages kept were found with the question cut before)
  if (narrativesGeneration !== cutGeneration()) (narratives = new WeakMap()), (narrativesGeneration = cutGeneration());
  let table = narratives.get(r);
  if (!table) narratives.set(r, (table = new BoundedMemo(NARRATIVE_MEMO_MAX)));
  const key = `${needNumber ? 1 : 0}${requireRare ? 1 : 0}${coverage}${KEY_SEPARATOR}${norm}`;
  let parts = table.get(key);
  if (parts === undefined) {
    parts = findNarrative(r, norm, needNumber, coverage, requireRare)?.parts ?? null;
    // (when a number is needed, only a title naming an activity in quotes, "3.“5.15政务公开日”活动开展情况。", whose paragraph
    // tells of that activity: a count asked must be found by its own words, never by the paragraph under a title of general
    // words, "2. 强化政府信息与政务公开宣传力度。")
    if (parts) parts = { ...parts, lines: parts.lines.map((l) => (needNumber && !NAMED_IN_TITLE.test(l) ? withListedItems(r, l) : withBodyOfTitle(r, withListedItems(r, l)))) };
    table.set(key, parts);
  }
  return parts ? { parts: { ...parts, lines: [...parts.lines] } } : undefined;
}

/** A count that opens a list of its items after a colon, the first item ending the passage ("新闻发布会2次:9月6日…;"). */
const LIST_OPENS = /(\d{1,2})\s*[次项个场期件条]\s*[:：][^;；]*[;；]\s*$/;
/** The most items of such a list added after it. */
const LIST_ITEMS_MAX = 5;

/** A passage that counts a list and names only its first item: with the next passages of its section that name the rest. */
function withListedItems(r: Report, line: string): string {
  const m = LIST_OPENS.exec(line);
  const n = m ? Number(m[1]) : 0;
  if (n < 2 || n > LIST_ITEMS_MAX) return line;
  const at = r.passages.findIndex((p) => p.text.trim() === line.trim());
  if (at < 0) return line;
  let out = line;
  for (let i = at + 1, items = 1; i < r.passages.length && items < n; i++, items++) {
    const next = r.passages[i]!;
    if (next.section !== r.passages[at]!.section || next.heading !== r.passages[at]!.heading) break;
    out += next.text.trim();
    if (!/[;；]\s*$/.test(next.text)) break;
  }
  return out;
}

/** A numbered item's title printed as a paragraph of its own ("3.“5.15政务公开日”活动开展情况。"): no clause, no figure. */
const TITLE_PASSAGE = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.．、]\s*(?:(?!\d+\s*[条件个项次篇家人份])[^。，,；;:：]){2,30}[。：:]?\s*$/;

/** A name quoted in a title ("“5.15政务公开日”"). */
const NAMED_IN_TITLE = /[“"「][^”"」]{2,20}[”"」]/;

/** A title found for the question: with the paragraph after it in its section, which says what the title names. */
function withBodyOfTitle(r: Report, line: string): string {
  if (!TITLE_PASSAGE.test(line)) return line;
  const at = r.passages.findIndex((p) => p.text.trim() === line.trim());
  const next = at >= 0 ? r.passages[at + 1] : undefined;
  return next && next.section === r.passages[at]!.section && !TITLE_PASSAGE.test(next.text) ? `${line.trim()}${next.text.trim()}` : line;
}

/** The subject words as the question says them (每个 "信息公开", "政府信息公开"): taken out for a second search. */
const SUBJECT_WORDS = new RegExp(SUBJECT_OF_EVERY_REPORT.source, 'g');
/** Content words a question keeps without its subject words, for the second search to tell anything. */
const MIN_WORDS_WITHOUT_SUBJECT = 2;

function findNarrative(r: Report, norm: string, needNumber: boolean, coverage: number, requireRare: boolean, subjectDropped = false): Exec | undefined {
  const found = findNarrativeOnce(r, norm, needNumber, coverage, requireRare) ?? (subjectDropped ? undefined : underHeading(r, norm, needNumber, coverage, requireRare));
  if (found || subjectDropped || !SUBJECT_OF_EVERY_REPORT.test(norm)) return found;
  // (the subject of every report said in the citizen's words, "搞信息公开配了几个专职人员", of a passage that says
  // 政务公开: it tells no sentence from another, so the rest of the question is searched alone)
  const rest = norm.replace(SUBJECT_WORDS, ' ');
  return contentWords(rest).length >= MIN_WORDS_WITHOUT_SUBJECT ? findNarrative(r, rest, needNumber, coverage, requireRare, true) : undefined;
}

/**
 * A question naming the sub-item its sentence stands under ("依申请公开有几种渠道" of "（二）依申请公开办理情况。畅通线上、线下5种
 * 公开申请渠道"): the words the sub-item's title holds left out of the search, the sentence found then kept only when it
 * stands under a title holding them all.
 */
function underHeading(r: Report, norm: string, needNumber: boolean, coverage: number, requireRare: boolean): Exec | undefined {
  const words = contentWords(norm);
  const headings = headingsOf(r);
  const inTitle = words.filter((w) => w.length >= 2 && headings.some((h) => h.includes(w)));
  if (!inTitle.length || inTitle.length === words.length) return undefined;
  let rest = norm;
  for (const w of inTitle) rest = rest.split(w).join(' ');
  const found = findNarrativeOnce(r, rest, needNumber, coverage, requireRare);
  const line = found?.parts.lines[0];
  const under = line ? r.passages.find((p) => p.text.trim() === line)?.heading : undefined;
  return under && inTitle.every((w) => under.includes(w)) ? found : undefined;
}

/** The titles of a report's sub-items ("（二）依申请公开办理情况"), once per report. */
const headingsCache = new WeakMap<Report, string[]>();
function headingsOf(r: Report): string[] {
  let hs = headingsCache.get(r);
  if (!hs) headingsCache.set(r, (hs = [...new Set(r.passages.map((p) => p.heading).filter((h): h is string => !!h))]));
  return hs;
}

/** A name quoted in a question is matched whole from this many characters ("“察右后旗发布”"; "“公开”" is a word, not a name). */
const QUOTED_MATCH_MIN_CHARS = 4;

/** A passage whose only figures are years, months or days ("2021年,…", "2020年1月1日至…"): it counts nothing. */
export function datesOnly(text: string): boolean {
  return !/\d/.test(text.replace(DOCUMENT_NUMBERS, '').replace(DATE_FIGURES, '')) && !CN_COUNT_IN.test(text);
}
/** A document's number ("国办公开办函〔2021〕30号", "国务院令第711号"): it counts nothing either. */
// (its closing bracket lost in a copy, "国办公开办函〔202130号")
const DOCUMENT_NUMBERS = /[〔［\[]\s*\d{4}\s*[〕］\]]?\s*(?:第)?\s*\d+\s*号|令第\s*\d+\s*号/g;
/** A passage that counts, under a dates-only one, answers when it covers at least this share of the question as much. */
const COUNTED_OVER_DATES_SHARE = 0.5;
/** The report's parts listed ("全文包括总体情况,…6个部分", "本报告由…等六部分组成"). */
const PARTS_LISTED = /(?:全文|本报告|本年报|报告|年报)(?:主要)?(?:包括|由|分为)[^。]{0,120}(?:部分|组成)/;
/** A question about the report's own parts or layout ("报告分几部分", "由哪些部分组成", "结构"). */
const PARTS_ASKED = /部分|组成|结构|章节|板块|几块|目录|框架/;
/** A passage that ends as a sentence does, not cut off mid-word. */
const WHOLE_SENTENCE = /[。；;！？!?）)”"：:]\s*$/;
/** Years, months and days written in figures. */
const DATE_FIGURES = /\d{4}\s*年(?:度)?|\d{1,2}\s*月|\d{1,2}\s*[日号]/g;
/** A count written in Chinese numerals ("两个", "二十一次"). */
const CN_COUNT_IN = /[一二两三四五六七八九十百千万]+\s*[个件条次项篇家名人期场批]/;

/** A numbered title standing as a sentence of its own, no other number in it ("1.门户网站主动公开政府信息情况。"). */
const NUMBERED_TITLE = /^\s*\d{1,2}\s*[.、．]\s*[^\d，,；;]{2,30}[。.]?\s*$/;

function findNarrativeOnce(r: Report, norm: string, needNumber: boolean, coverage: number, requireRare: boolean): Exec | undefined {
  // a character glued to the sentence's final particles ("好了吗") is a cut artefact, not something to look for
  const words = contentWords(norm.replace(ASKS_IF_SAID, ' ')).filter((w) => !FINAL_PARTICLES_GLUED.test(w));
  if (!words.length) return undefined;
  let hits = searchPassages(passageIndex(r), words, { needNumber });
  // the unit asked for and the thing counted: 几篇 → 篇; "新媒体账号有几个" → the passage with "16个…新媒体账号"
  const asked = countAsked(norm);
  const unit = asked?.unit;
  if (asked) hits = preferCounted(hits, asked, POLICY.unitCoverageSlack);
  // (a name quoted, "“察右后旗发布”": the passages that hold it whole first — "“察右后旗人民政府蒙古文发布”" shares its words only)
  const quoted = [...norm.matchAll(QUOTED_NAME)].map((m) => m[1]!).find((q) => q.length >= QUOTED_MATCH_MIN_CHARS);
  if (quoted && hits.some((h) => h.passage.text.includes(quoted))) hits = [...hits.filter((h) => h.passage.text.includes(quoted)), ...hits.filter((h) => !h.passage.text.includes(quoted))];
  // (the best passage holding no count but a year or a date, "2021年,清远市农业农村局…通过…政务新媒体(微信公众号、官方微博)等途径,
  // 主动公开各类政务信息" for 公众号推了多少条: a passage further down that counts in the unit asked, "…官方公众号623条"; with none,
  // no sentence answers — never the opening's "现就…2020年度政府信息公开情况报告如下")
  // (a passage cut off before its count, "…并通过市政府网站卫生健康委信息公": the note that it stops there answers, below)
  if (asked && needNumber && hits.length && datesOnly(hits[0]!.passage.text) && WHOLE_SENTENCE.test(hits[0]!.passage.text)) {
    // (one about as much on the question: a count of another thing far down the list is no answer, "微信公众号…发布信息2560条" for
    // the year's total)
    const top = hits[0]!.coverage;
    const counted = hits.find((h) => !datesOnly(h.passage.text) && countFit(h.passage.text, asked) >= 1);
    if (!counted) return undefined;
    // (and holding a word of the thing asked beyond the words every count of information has: 公众号, not 公开 or 信息)
    const named = words.some((w) => w.length >= 2 && !PLAIN_COUNT_WORDS.test(w) && counted.passage.text.includes(w));
    if (named && counted.coverage >= top * COUNTED_OVER_DATES_SHARE) hits = [counted, ...hits.filter((h) => h !== counted)];
    // (or one whose count holds a word of the thing asked right beside it, "新增信息数16条" for 多少条信息: never the dates alone)
    else if (countFit(counted.passage.text, asked) >= COUNT_ATTACHED) hits = [counted, ...hits.filter((h) => h !== counted)];
  }
  // (the best passage holding no count, the count of what it tells in the next sentence under the same heading — "…向社会
  // 主动公开行政处罚、…等情况,自觉接受社会监督。" "年内通过…门户网站新增信息数16条。": the two together)
  // (or a numbered title of its own, "1.门户网站主动公开政府信息情况。", whose count is told in the sentence after it)
  if (asked && needNumber && hits.length && (datesOnly(hits[0]!.passage.text) || NUMBERED_TITLE.test(hits[0]!.passage.text))) {
    const at = r.passages.indexOf(hits[0]!.passage);
    const next = at >= 0 ? r.passages[at + 1] : undefined;
    const sameItem = next && next.section === hits[0]!.passage.section && next.heading === hits[0]!.passage.heading;
    if (sameItem && !datesOnly(next.text) && countFit(next.text, asked) >= 1 && hits[0]!.coverage >= coverage) {
      return { parts: { head: `据${reportLabel(r)}报告：`, lines: [`${hits[0]!.passage.text.trim()}${next.text.trim()}`], source: sectionSource(next.section), labelled: true } };
    }
  }
  // (the sentence listing the report's parts, "全文包括总体情况,主动公开政府信息情况,…6个部分", counts no information: never the
  // answer to how many 条 or 件)
  // (the next best answers only when it counts something: a preface's document numbers are no count either)
  if (asked && unit && !/[个部]/.test(unit) && hits.length && PARTS_LISTED.test(hits[0]!.passage.text)) {
    hits = hits.filter((h) => !PARTS_LISTED.test(h.passage.text));
    if (!hits.length || datesOnly(hits[0]!.passage.text)) return undefined;
  }
  // (nor what something was about, "主动公开的信息主要是哪些方面的": the parts of the report are asked only by their own words)
  if (!asked && hits.length > 1 && PARTS_LISTED.test(hits[0]!.passage.text) && !PARTS_ASKED.test(norm)) hits = hits.filter((h) => !PARTS_LISTED.test(h.passage.text));
  // the passage found is judged as found; a stock put before it stands on its evidence
  const found = hits[0];
  if (asked) hits = stockFirst(hits, asked, POLICY.stockCoverageShare);
  const top = hits[0];
  // a passage answers only through a real word of the question (not 大 in 大数据), and generic words alone don't do;
  // a rare word of the question plus a count in the unit asked for ("4个功能区" for 几个功能区) is strong evidence
  const counted = !!unit && top?.rare && new RegExp(`\\d+\\s*(?:余|多)?\\s*${unit}`).test(top.passage.text);
  const need = counted ? coverage - POLICY.countedCoverageBonus : coverage;
  if (!top || !found || !found.word || found.coverage < need || (requireRare && !found.rare && found.coverage < POLICY.commonWordsCoverage)) return undefined;
  const sec = top.passage.section;
  const where = sectionSource(sec);
  // a stock asked and found: the change beside it too ("16个…账号" and "新增…4个新媒体账号")
  const also = asked ? countCompanion(hits, top, asked, POLICY.unitCoverageSlack) : undefined;
  const lines = also ? [top.passage.text.trim(), also.passage.text.trim()] : [top.passage.text.trim()];
  // "其中,…305条,…" goes on from the sentence before it ("全州主动公开各类政府信息55236条。"): that total first
  const before = r.passages[r.passages.indexOf(top.passage) - 1];
  if (!also && BREAKDOWN_START.test(top.passage.text.trim()) && before && before.section === top.passage.section && (!unit || new RegExp(`\\d+\\s*(?:余|多)?\\s*${unit}`).test(before.text))) {
    lines.unshift(before.text.trim());
  }
  // "…可通过门户网站…查阅下载。网址是：http://…": the address the sentence speaks of comes with it
  const next = r.passages[r.passages.indexOf(top.passage) + 1];
  // (a sub-item's title found, "2.政府信息公开类别。": what it says comes with it, "政府信息公开主要类别:权责清单、…")
  // (not for a count: the next sentence's figures are no count of the title's)
  if (!also && !needNumber && next && next.section === top.passage.section && SUB_TITLE.test(top.passage.text.trim())) lines.push(next.text.trim());
  if (!also && next && next.section === top.passage.section && WEBSITE_NAMED.test(top.passage.text) && WEBSITE_GIVEN.test(next.text)) lines.push(next.text.trim());
  // two questions in one message ("专区打算建在哪，建几个功能区"): the other one's sentence too
  // (each how-many of a list joined by 、 too: "新增了几个、注销了几个")
  // (when that keeps them few enough to answer each)
  const clauses = norm.split(CLAUSE_SPLIT);
  const listed = clauses.flatMap((c) => (c.includes('、') && c.split('、').every((x) => HOW_MANY.test(x)) ? c.split('、') : [c]));
  const asking = (cs: string[]) => cs.filter((c) => ASKING.test(c) && c.trim().length >= POLICY.askMinChars);
  const asks = asking(listed).length <= MAX_ASKS ? asking(listed) : asking(clauses);
  if (!also && asks.length >= 2 && asks.length <= MAX_ASKS) {
    for (const c of asks) {
      const other = narrative(r, c, questionKinds(c).count, coverage, requireRare);
      const line = other?.parts.lines[0];
      if (line && !lines.includes(line)) lines.push(line);
    }
  }
  // the sentence cut off right at the thing asked ("…713条,微信公众号发布"): it does not state that count
  const cut = asked && lines.length === 1 ? cutBeforeCount(lines[0]!, asked.nouns) : undefined;
  if (cut) lines.push(cutNote(cut));
  return { parts: { head: `据${reportLabel(r)}报告：`, lines, source: where, labelled: true } };
}
