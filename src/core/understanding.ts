/**
 * understand(): one pass over a message that gathers everything the policy looks at, each computed once.
 * No decisions here (src/core/policy/* decides). The costlier facts that only some rules need (the
 * unknown-word share, the report-only words, the follow-up read together with the previous question)
 * are computed on first use and then kept.
 */
import type { Intent } from '../answer/intents.js';
import { figureOnlyInHearsay } from './hearsay.js';
import { contentWords, countAsked, passageIndex } from '../answer/retrieve.js';
import { gluedWord, STOPWORDS, type Scored } from '../understand/classifier.js';
import { findMetric, type MetricQuery } from '../understand/metrics.js';
import { T3_ROW_BY_ID } from '../report/format.js';
import { isEmptyText, normalize } from '../understand/normalize.js';
import { DOCUMENT } from '../understand/rewrite.js';
import { RESTATED, stripCourtesy } from '../understand/politeness.js';
import { readLatinPlaces } from '../understand/latin-places.js';
import { BoundedMemo, READING_MEMO_MAX, readingMemo } from '../understand/memo.js';
import { questionKinds } from '../understand/kind.js';
import { cutSpans, findReportSlots, LATEST_WORDS, type ReportSlots } from '../understand/slots.js';
import type { ConvState } from './engine.js';
import { classifierText, type Knowledge } from './knowledge.js';
import {
  ASKING, CHOICE, CLAUSE_SPLIT, COUNTED_WORD, DURATION, FOLLOW_UP, FUNCTION_CHARS, KINDS, QUANTITY, SLOT_ONLY_REST, WORK_SUBJECT, type QuestionKindName,
} from './patterns.js';
import { blankSpans, metricInContext } from './metric-in-context.js';
import { metricAcrossSlots } from './metric-across-slots.js';
import { pickReport, reportById } from './select.js';
import { POLICY, THRESHOLDS } from './thresholds.js';
import { rankClauses } from './clause-focus.js';
export { CONDITION_OPENS, CONSEQUENCE_ASKED, rankClauses } from './clause-focus.js';

export type QuestionKind = QuestionKindName | 'other';

/** A question read once: what a rule may look at. */
export interface Understanding {
  /** The message as received. */
  text: string;
  /** Normalised, courtesy stripped ("喂你好我想问一下…谢谢" → "…"). */
  norm: string;
  /** Nothing readable (emoji, punctuation only). */
  empty: boolean;
  now: Date;
  /** Years and offices named (relative years resolved against `now`). */
  slots: ReportSlots;
  /** The figure asked for, completed from the conversation ("企业呢" takes the rows of the last figure). */
  metric?: MetricQuery;
  /** The figure words as found in the text (before context): the classifier masks these. */
  foundMetric?: MetricQuery;
  /** What the question asks for. */
  kind: QuestionKind;
  /** Asks for a count or a yes/no about figures ("多少", "有没有", QUANTITY)… */
  quantity: boolean;
  /** …or for a duration ("几天", "多久", DURATION: a procedure question, not a count in the report). */
  duration: boolean;
  followUp: FollowUp;
  /** The text the classifier saw: report names and years out, figure words marked. */
  classifierText: string;
  /** The clause that decided the ranking (the whole text unless a long message). */
  focus: string;
  /** Ranked intents, with the conversation's bias applied; best first. */
  candidates: readonly Scored<Intent>[];
  /** Share and count of content words neither the intents nor the reports know (in `focus`). */
  unknown: { share: number; count: number };
  /** Rare words of the picked report that no intent knows ("政务公开专区", "功能区"), in `focus`. */
  reportOnlyWords: string[];
}

export interface FollowUp {
  /** After an answer, a short message or one that opens/ends like a follow-up ("那…", "…呢"). */
  is: boolean;
  /** The last answer's intent. */
  previous?: Intent;
  /** The message names only a report or year ("那2025年呢", "沭阳县的呢"). */
  onlySlots: boolean;
  /** An option picked from the pending clarify question, with the question it was asked about. */
  choice?: { index: number; intent: Intent; text: string; slots: ReportSlots; metric?: MetricQuery };
  /**
   * A weak follow-up ("要多久？") read together with the previous question: its ranking when that reads
   * better (best at or above the answer threshold); undefined otherwise.
   */
  joined?: readonly Scored<Intent>[];
}


/** A correction inside the message ("去年那份……哦不对，是2022年那份"): what follows it replaces what came before. */
const SELF_CORRECTION = /哦不对|不对不对|啊不对|说错了|口误|哦不是|不对，|不对,|更正一下/g;

/** The years (and offices) named after the last self-correction, when it names any; else the slots as found. */
function correctedSlots(slots: ReportSlots, norm: string, kn: Knowledge, now: Date): ReportSlots {
  if (slots.years.length + slots.offices.length < 2) return slots;
  let last = -1;
  for (const m of norm.matchAll(SELF_CORRECTION)) last = m.index! + m[0].length;
  if (last < 0) return slots;
  const after = findReportSlots(norm.slice(last), kn.refs, now);
  if (!after.years.length && !after.offices.length) return slots;
  // the spans stay the whole message's (they are cut from it); only what is meant changes
  return {
    ...slots,
    years: after.years.length ? after.years : slots.years,
    offices: after.offices.length ? after.offices : slots.offices,
    thisYear: after.years.length ? after.thisYear : slots.thisYear,
    relativeYear: after.years.length ? after.relativeYear : slots.relativeYear,
  };
}

/**
 * Years told in the story, not asked ("我家老头子前年走了……你们这个办公室2022年一年收到多少申请"): when the
 * clause that asks names years of its own and every other clause naming a year only tells (asks nothing),
 * the asking clause's years are the ones meant.
 */
function askedYears(slots: ReportSlots, norm: string, kn: Knowledge, now: Date): ReportSlots {
  if (slots.years.length < 2) return slots;
  // the year of a report being drafted ("我在起草随县2025年的年报，需要2024年末…"): the other year is asked
  const drafting = DRAFTING_YEAR.exec(norm);
  if (drafting && slots.years.length === 2 && slots.years.includes(Number(drafting[1]))) return { ...slots, years: slots.years.filter((y) => y !== Number(drafting[1])) };
  // (a report named by its year beside 今年 as when the asker did something, "今年看到区政府办发了2025年的年报，…那年的…有多少件":
  // the report named)
  const named = REPORT_OF_YEAR.exec(norm);
  if (named && slots.years.length === 2 && slots.relativeYear !== undefined && slots.relativeYear !== Number(named[1]) && slots.years.includes(Number(named[1])) && WHEN_THE_ASKER.test(norm)) {
    return { ...slots, years: [Number(named[1])], relativeYear: undefined, thisYear: undefined };
  }
  const clauses = norm.split(CLAUSE_SPLIT).filter((c) => c.trim());
  let at = clauses.length - 1;
  while (at >= 0 && !ASKING.test(clauses[at]!)) at--;
  if (at < 0) return slots;
  const asked = findReportSlots(clauses[at]!, kn.refs, now);
  if (!asked.years.length || asked.years.length >= slots.years.length) return slots;
  const told = clauses.filter((c, i) => i !== at && findReportSlots(c, kn.refs, now).years.length);
  if (told.some((c) => ASKING.test(c))) return slots;
  return { ...slots, years: asked.years, thisYear: asked.thisYear, relativeYear: asked.relativeYear };
}

/** A count asked: a year the report tells is read as the report's words only in a how-many. */
const HOW_MANY = /多少|几/;
/** Characters at most between a year and the words after it, as the report says them ("2021年48份政府文件"). */
const YEAR_TOLD_GAP = 6;

/**
 * A year the loaded report itself tells of, named beside the report's own year ("花东镇2024年对多少份2021年的政府文件
 * 做了…评估调整" of a 2024 report saying "做好2021年48份政府文件…评估调整工作"): words of the question, not a report
 * asked — when no report of that year is loaded for the office and the report of the other year says the year with the
 * question's next words after it.
 */
function yearsTheReportTells(slots: ReportSlots, norm: string, kn: Knowledge): ReportSlots {
  if (slots.years.length !== 2 || slots.relativeYear !== undefined || !HOW_MANY.test(norm)) return slots;
  const mine = (r: { office: string }) => !slots.offices.length || slots.offices.includes(r.office);
  for (const year of slots.years) {
    const other = slots.years.find((y) => y !== year)!;
    if (kn.reports.some((r) => r.year === year && mine(r))) continue;
    const reports = kn.reports.filter((r) => r.year === other && mine(r));
    if (reports.length !== 1) continue;
    const next = new RegExp(`${year}年的?([\u4e00-\u9fa5]{2})`).exec(norm)?.[1];
    if (!next) continue;
    const told = new RegExp(`${year}年[^，。；,;]{0,${YEAR_TOLD_GAP}}?${next}`);
    if (reports[0]!.passages.some((p) => told.test(p.text))) return { ...slots, years: [other] };
  }
  return slots;
}

/** A report named by its year ("2025年的年报", "2024年度报告"). */
const REPORT_OF_YEAR = /((?:19|20)\d{2})\s*年度?的?(?:政府信息公开(?:工作)?)?(?:年报|年度报告)/;
/** 今年 or 去年 as when the asker did something ("今年看到…", "去年听说…"), not the year asked. */
const WHEN_THE_ASKER = /(?:今年|去年|前年)(?:我|俺|咱)?(?:才|刚)?(?:看到|看见|听说|听人说|发现|在网上看|去|来|申请|问过)/;

/** A report being drafted, by its year ("起草随县2025年的年报", "准备写2026年度报告"). */
const DRAFTING_YEAR = /(?:起草|编写|编制|撰写|准备写|在写|要写|(?:在|开始|准备)弄|(?:正在|在|开始)准备)[^，。？?\d]{0,8}((?:19|20)\d{2})\s*(?:年度?的?(?:政府信息公开工作)?)?(?:年报|年度报告|报告)/;

/**
 * A report being drafted whose year is not loaded, the year before it loaded, and its 上年结转 asked ("起草2023年年报，
 * 表三“上年结转”应该填多少"): the year before's report, whose 结转下年度继续办理 it carries in.
 */
function draftedNext(slots: ReportSlots, norm: string, kn: Knowledge): ReportSlots | undefined {
  const m = DRAFTING_YEAR.exec(norm);
  const year = m ? Number(m[1]) : undefined;
  if (!year || slots.years.length !== 1 || slots.years[0] !== year || !CARRIED_IN.test(norm)) return undefined;
  const mine = (r: { office: string }) => !slots.offices.length || slots.offices.includes(r.office);
  if (kn.refs.some((r) => r.year === year && mine(r)) || !kn.refs.some((r) => r.year === year - 1 && mine(r))) return undefined;
  return { ...slots, years: [year - 1] };
}
/**
 * Next year's report being drafted, a loaded year named as the one to go by ("准备写宿城区政府办2025年报，先把2024年报里
 * 主动公开的文件数报一下"): the loaded year's report — the draft's year is not asked about.
 */
function draftedFrom(slots: ReportSlots, norm: string, kn: Knowledge): ReportSlots | undefined {
  const m = DRAFTING_YEAR.exec(norm);
  const year = m ? Number(m[1]) : undefined;
  if (!year || slots.years.length !== 2 || !slots.years.includes(year)) return undefined;
  const other = slots.years.find((y) => y !== year)!;
  const mine = (r: { office: string }) => !slots.offices.length || slots.offices.includes(r.office);
  if (kn.refs.some((r) => r.year === year && mine(r)) || !kn.refs.some((r) => r.year === other && mine(r))) return undefined;
  return { ...slots, years: [other] };
}

/** The requests carried in from the year before ("上年结转"). */
const CARRIED_IN = /上年结转|上一年结转|上年度结转|去年结转/;

/** The 结转下年度 row for a 上年结转 asked of next year's report. */
function carriedOverRow(found: MetricQuery | undefined): MetricQuery | undefined {
  return found?.table === '三' && found.rows.includes('carried') ? { ...found, rows: ['carry-over'], vague: false } : found;
}

/** Requests carried over from one year into the next ("2021年没办完拖到2022年接着办的"). */
const CARRIED_ACROSS = /结转|拖到|延长到|转到|转入|接着办|继续办|没办完|未办结/;

/**
 * Two consecutive years named with requests carried from the first into the second, and no report of the
 * first year: the second year's report, whose 上年结转 row counts them.
 */
function carriedAcross(slots: ReportSlots, norm: string, kn: Knowledge): ReportSlots | undefined {
  const [a, b] = [...slots.years].sort((x, y) => x - y);
  if (slots.years.length !== 2 || a === undefined || b !== a + 1 || !CARRIED_ACROSS.test(norm)) return undefined;
  // (with the first year's report loaded too, both years are meant: "2022年的上年结转跟2021年的结转下年度对得上吗")
  if (kn.refs.some((r) => r.year === a)) return undefined;
  return { ...slots, years: [b] };
}

/** The figure of requests carried in: table 三's 上年结转, whatever word of carrying over the question used. */
function carriedRow(found: MetricQuery | undefined): MetricQuery {
  if (found?.table === '三') return { ...found, rows: [...new Set(found.rows.map((r) => (r === 'carry-over' ? 'carried' : r)))], vague: false };
  return { table: '三', rows: ['carried'], cols: [], spans: found?.spans ?? [], rowsExplicit: true };
}

/** "会不会" (will it?): a yes/no question, not the 不会 of "不会写字". */
const A_NOT_A_WILL = /会不会/g;
/** A verb asked as A-not-A ("收没收过", "交不交", "给没给"): whether it was done; the verb is the word. */
const A_NOT_A_VERB = /([收交给发办拿要退批回查])[没不]\1/g;
/** The year of the conversation pointed at ("那年", "那一年", "当年"): no topic word (the report is the conversation's; not "那年报": 那 and the annual report). */
const THAT_YEAR = /(?:那一?年|当年|这一?年|同一年|同年)(?!报)/g;


/** A number in words, with its measure ("十几次", "二十多件", "几十个"). */
const NUMBER_WORD = /^第?[零一二两三四五六七八九十百千万几多来余]+[次件个条项份天年月号届期批轮]?$/;
/** A pronoun glued to one character ("我交", "这是", "他说"): what jieba cuts off a sentence, no topic of its own ("俺家" names the asker's home: a matter of their own). */
const PRONOUN_GLUED = /^[我你他她它这那俺咱](?!家)[\p{Script=Han}]$/u;
/** Time connectives ("交了以后多久…", "之前"): when, not what about. */
// (or when, "今年…什么时候开始": words of time, no topic)
const TIME_CONNECTIVE = /^(?:以后|之后|然后|后来|后面|后续|往后|今后|接下来|下一步|将来|以前|之前|当时|已经|一直|今年|明年|每年|什么时候|啥时候|开始|结束)$/;
/** A negation glued to one character ("没去", "不来", "没交"): what the asker did not do, no topic of its own. */
const NEGATED_CHAR = /^[没不未别]\p{Script=Han}$/u;
/** Words that report hearsay or opinion around a question ("听说超过了要收费"). */
const HEARSAY = /^(听说|据说|听人说|有人说|好像|感觉|觉得|估计|可能|真的假的|真的吗|是真的吗)$/;

/** A clause that only says who the asker is ("我是海外华侨", "本人是退休教师"), among others. */
const SELF_INTRODUCED = /(?:^|(?<=[,，。;；\s]))\s*(?:我是|我叫|本人是|本人|我们是)[^,，。;；？?!！]{1,14}(?=[,，。;；]|$)/g;

/** What jieba makes of 年报 with its year cut out ("报是", "报里", "报的"). */
const REPORT_LEFT = /^报[是里的中上]?$/;

/**
 * unknownShare per knowledge and text: a pure function of the two (the vocabulary and the classifier's words
 * are the knowledge's), asked for the same text by several rules and again for every repeated question (each
 * time a jieba cut and ten regular expressions per word, ~3 % of a repeated question's CPU profile, more with
 * 1,000 reports' vocabulary). Kept frozen: callers only read it.
 */
const unknownShares = readingMemo<Knowledge, { share: number; count: number }>();

export function unknownShare(kn: Knowledge, focus: string, _slots?: ReportSlots): { share: number; count: number } {
  return unknownShares(kn, focus, () => readUnknownShare(kn, focus))!;
}

function readUnknownShare(kn: Knowledge, focus: string): { share: number; count: number } {
  // `focus` is (a clause of) the classifier text: report names and years are already out of it (its
  // positions are not the message's, so the slots' spans must not be cut again); figure words stay
  // (who the asker is, "我是海外华侨", "我是开花店的", says nothing of what is asked)
  const text = focus.replace(SELF_INTRODUCED, ' ');
  // a word that is one character plus particles ("交了", "天能", "一趟": jieba's cut of 交了申请多少天能给答复)
  // says nothing either way
  // number words ("十几次") and hearsay ("听说") say nothing about the topic either
  // (nor do the words that pick the newest report, "最新", "最近": they are slots, not a topic)
  // (nor the words that carry no topic, "顺便", "一般": the classifier's stop words)
  // (nor a pronoun glued to one character, "我交" of 我交了申请, "这是" of 这是为啥: jieba's cut, no topic)
  // (nor what is left of 年报 when its year was cut out, "2024年报是哪天发布的" → "报是": the report itself)
  const words = contentWords(text).filter((w) => COUNTED_WORD.test(w) && !STOPWORDS.has(w) && !gluedWord(w) && !NUMBER_WORD.test(w) && !HEARSAY.test(w) && !NEGATED_CHAR.test(w) && !TIME_CONNECTIVE.test(w) && !PRONOUN_GLUED.test(w) && !REPORT_LEFT.test(w) && w.replace(LATEST_WORDS, '') !== '');
  if (!words.length) return { share: 0, count: 0 };
  // a document noun (方案, 文件, 档案) names the information asked for: the domain itself, never unknown
  const unknown = words.filter((w) => !kn.vocab.has(w) && !kn.classifier.knows(`w:${w}`) && !DOCUMENT.test(w));
  return { share: unknown.length / words.length, count: unknown.length };
}

/** A government named by its level ("区政府", "县人民政府", "镇政府"). */
const LEVEL_GOVERNMENT_WORD = /^(?:省|市|区|县|镇|乡|州|旗)(?:人民)?政府$/;

function reportOnlyWords(kn: Knowledge, u: Understanding, state: ConvState): string[] {
  // the whole message without report names, years and figure words (their spans are positions in `norm`);
  // a clause of a long message as it is
  const text = u.focus === u.classifierText ? wholeText(u) : u.focus.replace(/zmetric/g, ' ');
  return reportOnlyWordsIn(kn, text, u.slots, state);
}

/** The whole message without report names, years and figure words. */
export function wholeText(u: Understanding): string {
  return cutSpans(u.norm, [...u.slots.spans, ...(u.foundMetric?.spans ?? [])]);
}

/** Words of `text` that only the picked report uses, in at most a few of its passages. */
export function reportOnlyWordsIn(kn: Knowledge, text: string, slots: ReportSlots, state: ConvState): string[] {
  const r = pickReport(kn, slots, state).report;
  if (!r) return [];
  const index = passageIndex(r);
  // (the question's own web addresses and e-mails: a word of one is checked against the report's, "…是lyjbgs8409@126.com吗")
  const asksAnAddress = (text.match(WEB_ADDRESS_IN_TEXT) ?? []).join(' ').toLowerCase();
  return contentWords(text).filter((w) => {
    // (the office's own department, "信息科", names who answers, not a fact of the report)
    // (a government named by its level, "区政府", is an office asked of, no thing of the report's)
    if (w.length < POLICY.reportOnlyMinChars || kn.classifier.knows(`w:${w}`) || r.contact.department?.includes(w) || LEVEL_GOVERNMENT_WORD.test(w)) return false;
    const df = index.df.get(w) ?? 0;
    // (a Latin word the report holds only inside a web address, "harbin" of xxgk.harbin.gov.cn, is no word of its text:
    // "How do I renew my passport in Harbin?" is another matter)
    if (df > 0 && LATIN_WORD.test(w) && !asksAnAddress.includes(w.toLowerCase()) && !r.passages.some((p) => p.text.replace(WEB_ADDRESS_IN_TEXT, ' ').toLowerCase().includes(w))) return false;
    return df > 0 && df <= POLICY.reportOnlyMaxPassages;
  });
}

/** A word in Latin letters (and digits). */
const LATIN_WORD = /^[a-z][a-z0-9]*$/i;
/** A web address or e-mail as a report prints it ("http://xxgk.harbin.gov.cn", "www.x.gov.cn/a", "nggov@163.com"). */
const WEB_ADDRESS_IN_TEXT = /(?:https?:\/\/)?[\w.-]+\.(?:gov\.cn|com\.cn|com|cn|net|org)(?:\/[\w./?=&%-]*)?|[\w.-]+@[\w.-]+/gi;

export function questionKind(norm: string): QuestionKind {
  for (const [kind, re] of KINDS) if (re.test(norm)) return kind;
  return 'other';
}

/** A message about a part of the last figure ("其中…", "这里面…"). */
const PART_OF_LAST = /^(?:其中|这里面|里面|这中间)/;
/** A how-many with no measure word at the end of a message ("…是多少"). */
const HOW_MANY_END = /(?:是|有)?(?:多少|几)[?？]*$/;

const NO_SLOTS: ReportSlots = { years: [], offices: [], unknownOffices: [], spans: [] };

/**
 * Normal forms kept per knowledge: as many as the other readings' memos (a smaller table dropped
 * questions still remembered by the rest, and the steps behind it ran again for them).
 */
const NORM_MEMO_MAX = READING_MEMO_MAX;
const normMemo = new WeakMap<Knowledge, BoundedMemo<string, string>>();

/**
 * The message as the bot reads it: normalised, courtesy stripped, places typed in pinyin read, typos
 * by sound and synonyms read as the words the bot knows (src/understand/rewrite.ts). A pure function
 * of the text and the knowledge, memoised: citizens repeat questions, and the steps' own memos still
 * cost a lookup each and stripCourtesy its regular expressions.
 */
function normalForm(kn: Knowledge, text: string): string {
  let memo = normMemo.get(kn);
  if (!memo) normMemo.set(kn, (memo = new BoundedMemo(NORM_MEMO_MAX)));
  let norm = memo.get(text);
  if (norm === undefined) {
    norm = kn.rewrite(readLatinPlaces(stripCourtesy(normalize(text)), kn.officeNames));
    memo.set(text, norm);
  }
  return norm;
}

/** What the normal form alone gives, whatever the conversation: read once per knowledge and calendar year. */
interface NormReading {
  /** The calendar year it was read in (relative years: "去年"). */
  year: number;
  slots: ReportSlots;
  found: MetricQuery | undefined;
  clsText: string;
  /** Names only a report or year ("那2025年呢", "沭阳县的呢", "现在的呢"). */
  onlySlots: boolean;
  kind: QuestionKind;
  quantity: boolean;
  duration: boolean;
}

const normReadings = new WeakMap<Knowledge, BoundedMemo<string, NormReading>>();

/**
 * The slots, the figure words, the classifier text and the question kind of a normal form: pure
 * functions of it, the knowledge and the year, memoised (bounded as the normal forms). The normal form
 * is the memo's own string (normalForm), so the lookup reuses its hash; the classifier text comes back
 * as the same string too, for rankClauses' memo.
 */
function readNorm(kn: Knowledge, norm: string, now: Date): NormReading {
  let memo = normReadings.get(kn);
  if (!memo) normReadings.set(kn, (memo = new BoundedMemo(NORM_MEMO_MAX)));
  const year = now.getFullYear();
  const hit = memo.get(norm);
  if (hit && hit.year === year) return hit;
  const named = yearsTheReportTells(askedYears(correctedSlots(findReportSlots(norm, kn.refs, now), norm, kn, now), norm, kn, now), norm, kn);
  // requests carried from one year into the next, both years named: the later year's 上年结转
  const across = carriedAcross(named, norm, kn);
  // (next year's report being drafted, its 上年结转 asked: this year's 结转下年度)
  const drafted = across ? undefined : (draftedNext(named, norm, kn) ?? draftedFrom(named, norm, kn));
  const slots = across ?? drafted ?? named;
  // the office's own name is not a figure word ("通州信访办…收到几件" asks no 信访 row): read without it, the
  // positions kept (each character of a name becomes a space)
  const plain = slots.offices.length ? blankSpans(norm, slots.spans) : norm;
  const read = pointedReasonMetric(plain, kn) ?? askingSentenceMetric(plain, kn) ?? findMetric(plain, kn.lexicon) ?? topicClauseMetric(plain, kn) ?? metricAcrossSlots(norm, slots.spans, kn.lexicon);
  const found = across ? carriedRow(read) : drafted ? carriedOverRow(read) : read;
  // "会不会收费" asks whether: its 不会 is no "cannot" (不会写字), so the classifier reads 会
  const clsText = classifierText(norm, kn.lexicon, kn.refs, now, { slots, metric: found }).replace(A_NOT_A_WILL, '会').replace(A_NOT_A_VERB, '$1').replace(THAT_YEAR, ' ');
  const onlySlots =
    (clsText.replace(SLOT_ONLY_REST, '') === '' && Boolean(slots.years.length || slots.offices.length || slots.unknownOffices.length)) ||
    (Boolean(slots.latest) && clsText.replace(LATEST_WORDS, '').replace(SLOT_ONLY_REST, '') === '');
  // (nor is a word of it a how-many: "厦门市数据管理局", "统计局" ask no count)
  const reading = { year, slots, found, clsText, onlySlots, kind: questionKind(plain), quantity: QUANTITY.test(plain), duration: DURATION.test(norm) };
  memo.set(norm, reading);
  return reading;
}

/** A sentence's end: the story told before a question ends with one of these. */
const SENTENCE_END = /[。！!；;]/g;
/** A sentence that asks how many: only its figure words name the figure asked. */
const ASKS_COUNT = /多少|几[件个条次项人家宗起]|[?？]$/;

/**
 * A story, then the question ("他老念叨说县里什么都不公开。我想先弄清楚个数：环县一共受理了多少件依申请公开？"):
 * the figure is the one the asking sentence names — the story's words (不公开) are told, not asked. Only when the
 * told sentences ask nothing and the last one names a figure of its own; otherwise undefined (the whole is read).
 */
function askingSentenceMetric(text: string, kn: Knowledge): MetricQuery | null | undefined {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index!).filter((i) => i < text.length - 1);
  if (!ends.length) return undefined;
  const cut = ends[ends.length - 1]! + 1;
  const told = text.slice(0, cut);
  const asking = text.slice(cut);
  if (!ASKS_COUNT.test(asking) || ASKS_COUNT.test(told) || /[?？]/.test(told)) return undefined;
  const own = findMetric(' '.repeat(cut) + asking, kn.lexicon);
  return own ?? undefined;
}

/** The last sentence points back at a reason told before it ("因为这个原因没给的有几件", "这种理由拒的多少"). */
const REASON_POINTED = /(?:这个|这种|这一|这样的?|此|该|那个|那种)(?:原因|理由|情况|答复|回复|说法)/;
/** Where a sentence ends, a question mark too: the last one asks, those before it tell. */
const ANY_SENTENCE_END = /[。！!；;?？]/g;

/**
 * A reason of table 三 told (quoted from a reply: "回复说“本机关不掌握相关政府信息”"), then asked by pointing at it
 * ("…因为这个原因没给的有几件"): that reason's row — not the result the asking sentence names in everyday words (没给).
 */
function pointedReasonMetric(text: string, kn: Knowledge): MetricQuery | undefined {
  if (!REASON_POINTED.test(text)) return undefined;
  const ends = [...text.matchAll(ANY_SENTENCE_END)].map((m) => m.index!).filter((i) => i < text.length - 1);
  if (!ends.length) return undefined;
  const cut = ends[ends.length - 1]! + 1;
  const asking = text.slice(cut);
  if (!ASKS_COUNT.test(asking) || !REASON_POINTED.test(asking)) return undefined;
  const told = findMetric(text.slice(0, cut), kn.lexicon);
  const reasons = told?.table === '三' ? told.rows.filter((x) => T3_ROW_BY_ID[x]?.parent) : [];
  return told && reasons.length ? { ...told, rows: reasons, cols: [], rowsExplicit: true } : undefined;
}

/**
 * The requests named as the topic in a clause of their own, the count asked in the next ("那边的申请，写信寄过去的有多少件",
 * "你们的申请，网上交的几件"): read as the asking clause of requests ("写信寄过去的申请有多少件"). The words are moved, so the
 * reading keeps no positions of its own.
 */
// (the topic is requests of someone's, "…的申请"; the asking clause only a "…的" and its count, "写信寄过去的有多少件")
const TOPIC_CLAUSE = /的申请(?:件)?(?:里|中|里面|当中)?[,，]([^,，。？?]{1,10}的)(?:有|是)?(多少|几)(?=(?:件|个|份|条)?[?？。]*$)/;

function topicClauseMetric(text: string, kn: Knowledge): MetricQuery | undefined {
  const m = TOPIC_CLAUSE.exec(text);
  if (!m) return undefined;
  const read = findMetric(`${m[1]}申请有${m[2]}${text.slice(m.index + m[0].length)}`, kn.lexicon);
  return read ? { ...read, spans: [] } : undefined;
}

/** "那X呢" / "X呢": another thing put to the last question. */
const THAT_ONE = /^(?:那|那么)?[^，。？?]{2,10}呢[?？]*$/;
const THAT_ONE_END = /呢[?？]*$/;

/**
 * "那依申请公开呢" right after a how-many ("主动公开了多少信息"): the same question of a figure the message names
 * only in words that ask no count by themselves — read as "依申请公开多少". Unchanged otherwise.
 */
function countOfThatOne(kn: Knowledge, norm: string, state: ConvState, now: Date, text: string): string {
  if (!state.text || !questionKinds(state.text).count) return norm;
  const read = readNorm(kn, norm, now);
  // (a year or an office named is the slot follow-up's: "搞错了，我想问的是2024年")
  if (read.found || read.slots.years.length || read.slots.offices.length || read.slots.unknownOffices.length) return norm;
  if (THAT_ONE.test(norm)) {
    const asCount = `${norm.replace(THAT_ONE_END, '')}多少`;
    return readNorm(kn, asCount, now).found ? asCount : norm;
  }
  // "不对不对，我问的是政府网站" right after a count the text told ("新媒体发了多少条"): that count of the thing
  // named instead — "政府网站多少条"
  const unit = countAsked(state.text)?.unit;
  // "其中县政府网站是多少" right after a count in 条: a part of it, in the same measure word ("…多少条")
  if (unit && PART_OF_LAST.test(norm) && HOW_MANY_END.test(norm)) return `${norm.replace(/[?？]+$/, '')}${unit}`;
  if (unit && RESTATED.test(normalize(text)) && norm.length <= RESTATED_THING_MAX_CHARS && !questionKinds(norm).count && !ASKS_OTHER.test(norm)) return `${norm}多少${unit}`;
  return norm;
}
/** A thing named in a correction is a few words ("政府网站", "微信公众号"), not a question of its own. */
const RESTATED_THING_MAX_CHARS = 10;
/** A correction that asks something else than a count ("我问的是电话", "我问的是怎么申请"). */
const ASKS_OTHER = /电话|地址|邮编|邮箱|传真|网址|怎么|如何|哪里|哪儿|为什么|什么时候|期限|多久/;

/**
 * "这样的情况有几件" right after a figure: such cases are the figure just answered, asked as "有几件"
 * (the words naming them name nothing the report counts; read alone they fell back).
 */
const SUCH_CASES = /^(?:那)?(?:报告里|报告中|报告上|表里|去年|全年)?(?:像)?(?:这样|这种|这类|此类|这一类|这个|那样|那种)(?:的)?(?:情况|申请|案子|案件|事情?|理由|原因)?(?=(?:的)?(?:有|是|一共|总共|共|占)?(?:几|多少))/;

/** Such cases said after the how-many, at the message's end ("有几个这样的", "有多少件这种情况"). */
const SUCH_CASES_AFTER = /(?<=(?:几|多少)[个件次]?)(?:像)?(?:这样|这种|这类|此类|那样|那种)(?:的)?(?:情况|申请|案子|案件|事情?)?(?=[?？。!！呢]*$)/;

function suchCases(norm: string, state: ConvState): string {
  if (!state.metric) return norm;
  // (or said after the how-many, "南岗区政府办2022年有几个这样的": that figure, of the report named)
  return SUCH_CASES.test(norm) ? norm.replace(SUCH_CASES, '') : SUCH_CASES_AFTER.test(norm) ? norm.replace(SUCH_CASES_AFTER, '') : norm;
}

/** The year before or after the one the conversation is about ("那渝中它前一年收到几件"), said without its number. */
// (not the carry-over into the next year, "结转下一年度", "转下一年度", "拖到下一年")
// (nor the requests carried in from it, "打上一年挪过来的", "从上一年转过来的", "从上一年接过来的", "上一年剩下的")
// (nor a change against it, "比上一年涨了多少", "较上一年")
const ADJACENT_YEAR_SAID = /(?<![转到至入比较])(前一年|上一年|头一年|后一年|下一年|次年)(?!度?(?:结转|转结|转来|项目|的?数量|增)|[^，。？?]{0,4}项|度?[^，。？?]{0,2}(?:挪|转|带|留|剩|拖|遗留|接)(?:过来|过|来|下))/;

/** A year said relative to today and nothing else, asked right after an answer ("去年呢", "那前年的呢"). */
const RELATIVE_FOLLOW_UP = /^(?:那|那么|那你说)?(去年|前年)(?:的)?(?:呢|嘞|咧|嘛|啊)?[？?。]?$/;

/**
 * "那渝中它前一年收到几件" after an answer of 2025: the year before that one, by its number ("2024年"), so the
 * office named with it is asked of that year. Only when the message names no year itself.
 */
function adjacentYear(kn: Knowledge, norm: string, state: ConvState, now: Date): string {
  const relative = RELATIVE_FOLLOW_UP.exec(norm);
  // (only when the question before named its year by number, "…2025年受理了几条": one that said 去年 itself counts from today)
  if (relative && state.report && state.text && /(?:19|20)?\d{2}\s*年/.test(state.text)) {
    // ("去年呢" right after the report of last year: asking it again makes no sense — the year before it is meant)
    const year = reportById(kn, state.report)?.year;
    const back = relative[1] === '前年' ? 2 : 1;
    if (year && now.getFullYear() - back === year) return norm.replace(relative[1]!, `${year - back}年`);
  }
  const m = ADJACENT_YEAR_SAID.exec(norm);
  if (!m || !state.report || /(?:19|20)\d{2}/.test(norm)) return norm;
  const year = reportById(kn, state.report)?.year;
  if (!year) return norm;
  const to = /前|上|头/.test(m[1]!) ? year - 1 : year + 1;
  return norm.replace(m[0], `${to}年`);
}

export function understand(kn: Knowledge, text: string, state: ConvState = {}, now = new Date()): Understanding {
  const norm = suchCases(countOfThatOne(kn, adjacentYear(kn, normalForm(kn, text), state, now), state, now, text), state);
  if (isEmptyText(norm)) {
    return {
      text, norm, empty: true, now, slots: NO_SLOTS, kind: 'other', quantity: false, duration: false, followUp: { is: false, onlySlots: false },
      classifierText: '', focus: '', candidates: [], unknown: { share: 0, count: 0 }, reportOnlyWords: [],
    };
  }

  let choice: FollowUp['choice'];
  if (state.clarify) {
    const m = CHOICE.exec(norm);
    if (m) {
      const index = '1一'.includes(m[1]!) ? 0 : '2二'.includes(m[1]!) ? 1 : 2;
      const intent = kn.byId.get(state.clarify.options[index] ?? '');
      const q = state.clarify.text;
      if (intent) choice = { index, intent, text: q, slots: findReportSlots(q, kn.refs, now), metric: findMetric(q, kn.lexicon) };
    }
  }

  const reading = readNorm(kn, norm, now);
  const { found, clsText, onlySlots, kind, quantity, duration } = reading;
  const slots = unknownNamedAgain(reading.slots, norm, state, kn, now);
  const shortOrMarked = Boolean(state.intent) && (FOLLOW_UP.test(norm) || norm.length <= POLICY.followUpMaxChars);
  const previous = state.intent ? kn.byId.get(state.intent) : undefined;
  // the figure asked, read with the conversation (a column alone, "占多少", "剩下那些", the two just asked …)
  // ("其中有几件是企业申请的": a part of the last figure, whatever its length)
  // (not a figure's words only in what someone said, "奶奶说政府啥都不公开。…报告里说了存在啥问题没": another clause asks)
  const metric = figureOnlyInHearsay(norm, found) ? undefined : metricInContext(found, norm, state, slots, shortOrMarked || (Boolean(state.intent) && PART_OF_LAST.test(norm)));

  const { cands: ranked, focus } = rankClauses(kn, clsText);
  // after an answer: a short message, one that opens or ends like a follow-up, or one that names only a
  // report, however long its name ("长春退役军人事务局")
  const isFollowUp = shortOrMarked || (Boolean(state.intent) && onlySlots);
  // (an intent that names the words it must be asked with, "asked" in intents/*.yml, is no reading of a message without them)
  let candidates = ranked.some((c) => c.item.asked && !c.item.asked.test(norm)) ? ranked.filter((c) => !c.item.asked || c.item.asked.test(norm)) : ranked;
  if (isFollowUp && state.intent && (norm.length <= POLICY.followUpMaxChars || (ranked[0]?.score ?? 0) < THRESHOLDS.answer)) {
    // in a conversation the previous topic is the likelier reading of a short or unclear question
    candidates = candidates
      .map((c) => ({
        ...c,
        score: c.score + (c.item.id === state.intent ? POLICY.followUpSameIntentBonus : c.item.topic === previous?.topic ? POLICY.followUpSameTopicBonus : 0),
      }))
      .sort((a, b) => b.score - a.score);
  }
  const followUp = new FollowUpFacts(isFollowUp, previous, onlySlots, choice, kn, state, norm, now, candidates);
  return new Reading(text, norm, now, slots, metric, found, kind, quantity, duration, followUp, clsText, focus, candidates, kn, state);
}

/** The level or organ words after a place's name ("沭阳县" → 沭阳). */
const LEVEL_TAIL = /(?:人民政府|政府|办公室|街道办事处|街道|办事处|镇|乡|县|区|市|州|盟|旗)+$/;

/**
 * An office not loaded, named again in short right after ("沭阳县2025年的" then "那沭阳收了多少信息处理费"): still
 * that office, never the loaded one's figure.
 */
function unknownNamedAgain(slots: ReportSlots, norm: string, state: ConvState, kn: Knowledge, now: Date): ReportSlots {
  const name = state.unknownOffice;
  if (slots.offices.length || slots.unknownOffices.length || !name) return slots;
  const stem = name.replace(LEVEL_TAIL, '');
  const at = stem.length >= 2 ? norm.indexOf(stem) : -1;
  return at < 0 ? slots : { ...slots, unknownOffices: [name], spans: [...slots.spans, { start: at, end: at + stem.length }] };
}

/** Kinds a short message asks of its own, whatever was asked before ("那我不服怎么办": how). */
/** The contact intents' topic (intents/contact.yml), and the details a message names by their word. */
const CONTACT_TOPIC = 'contact';
const CONTACT_DETAIL = /邮编|电话|地址|邮箱|传真|网址/;
const OWN_KINDS: ReadonlySet<string> = new Set(['how', 'why', 'who', 'where', 'duration']);

/** Follow-up facts; the joined reading is computed on first use. (Classes: one stable shape for every question.) */
class FollowUpFacts implements FollowUp {
  private joinedMemo: readonly Scored<Intent>[] | null | undefined = undefined;
  constructor(
    readonly is: boolean,
    readonly previous: Intent | undefined,
    readonly onlySlots: boolean,
    readonly choice: FollowUp['choice'],
    private readonly kn: Knowledge,
    private readonly state: ConvState,
    private readonly norm: string,
    private readonly now: Date,
    private readonly candidates: readonly Scored<Intent>[],
  ) {}

  get joined(): readonly Scored<Intent>[] | undefined {
    if (this.joinedMemo === undefined) {
      this.joinedMemo = null;
      const { kn, state, norm, now } = this;
      if (this.is && (this.candidates[0]?.score ?? 0) < THRESHOLDS.answer && state.text) {
        const joined = rankClauses(kn, classifierText(`${state.text} ${norm}`, kn.lexicon, kn.refs, now)).cands;
        // (a question of its own kind, plausibly read alone as another topic, is not the last question again:
        // "那我不服怎么办" after a count asks the remedies, not the count)
        const own = this.candidates[0];
        // (nor one naming a contact detail the last question did not, read alone as that detail: "那邮编给俺说一下，
        // 俺叫孙子帮着寄信" after how to apply by mouth asks the postcode)
        const detailNamed = own?.item.topic === CONTACT_TOPIC && CONTACT_DETAIL.exec(norm)?.[0];
        const ownDetail = !!detailNamed && !state.text.includes(detailNamed) && this.previous?.topic !== CONTACT_TOPIC;
        // (nor one naming a part of the report's work after a contact detail was asked: "那他们年报里说主动公开了哪些东西"
        // after the phone asks what was published)
        const subject = WORK_SUBJECT.exec(norm)?.[0];
        const ownSubject = !!subject && this.previous?.topic === CONTACT_TOPIC && !state.text.includes(subject);
        const asksOwn = !!own && own.score >= THRESHOLDS.clarify && (OWN_KINDS.has(questionKind(norm)) || ownDetail || ownSubject) && own.item.topic !== this.previous?.topic && joined[0]?.item.id === state.intent;
        if (joined[0] && joined[0].score >= THRESHOLDS.answer && !asksOwn) this.joinedMemo = joined;
      }
    }
    return this.joinedMemo ?? undefined;
  }
}

class Reading implements Understanding {
  readonly empty = false;
  private unknownMemo: Understanding['unknown'] | undefined = undefined;
  private reportOnlyMemo: string[] | undefined = undefined;
  constructor(
    readonly text: string,
    readonly norm: string,
    readonly now: Date,
    readonly slots: ReportSlots,
    readonly metric: MetricQuery | undefined,
    readonly foundMetric: MetricQuery | undefined,
    readonly kind: QuestionKind,
    readonly quantity: boolean,
    readonly duration: boolean,
    readonly followUp: FollowUp,
    readonly classifierText: string,
    readonly focus: string,
    readonly candidates: readonly Scored<Intent>[],
    private readonly kn: Knowledge,
    private readonly state: ConvState,
  ) {}

  get unknown(): Understanding['unknown'] {
    return (this.unknownMemo ??= unknownShare(this.kn, this.focus, this.slots));
  }

  get reportOnlyWords(): string[] {
    return (this.reportOnlyMemo ??= reportOnlyWords(this.kn, this, this.state));
  }
}
