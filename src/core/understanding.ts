/**
 * understand(): one pass over a message that gathers everything the policy looks at, each computed once.
 * No decisions here (src/core/policy/* decides). The costlier facts that only some rules need (the
 * unknown-word share, the report-only words, the follow-up read together with the previous question)
 * are computed on first use and then kept.
 */
import type { Intent } from '../answer/intents.js';
import { contentWords, passageIndex } from '../answer/retrieve.js';
import { gluedWord, QUESTION_WORDS, type Scored } from '../understand/classifier.js';
import { findMetric, type MetricQuery } from '../understand/metrics.js';
import { isEmptyText, normalize } from '../understand/normalize.js';
import { DOCUMENT } from '../understand/rewrite.js';
import { questionKinds } from '../understand/kind.js';
import { T3_ROW_BY_ID, T3_ROWS } from '../report/format.js';
import { stripCourtesy } from '../understand/politeness.js';
import { readLatinPlaces } from '../understand/latin-places.js';
import { cutSpans, findReportSlots, LATEST_WORDS, type ReportSlots } from '../understand/slots.js';
import type { ConvState } from './engine.js';
import { classifierText, type Knowledge } from './knowledge.js';
import {
  ARTICLE_ASKED, ASKING, CHOICE, CLAUSE_SPLIT, SMALLTALK_TOPIC, DIFFERENCE_ASKED, EACH_ASKED, SUM_ASKED, COUNTED_WORD, DURATION, FOLLOW_UP, FUNCTION_CHARS, KINDS, QUANTITY, RATE, SLOT_ONLY_REST, type QuestionKindName,
} from './patterns.js';
import { pickReport } from './select.js';
import { POLICY, THRESHOLDS } from './thresholds.js';

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

/**
 * A short message the writer broke into clauses ("年报里有些数字看不懂，该问哪个科室"): when the whole reads
 * weakly (below the answer threshold), its last asking clause alone, if that reads confidently.
 */
function shortClauses(kn: Knowledge, clsText: string, whole: readonly Scored<Intent>[]): Clauses {
  const plain = { cands: whole, focus: clsText, ranked: clsText };
  if (!CLAUSE_SPLIT.test(clsText)) return plain;
  const clauses = clsText.split(CLAUSE_SPLIT).filter((c) => c.replace(/zmetric/g, '').trim().length >= 2);
  const last = clauses.at(-1) ?? '';
  // the clause that asks; a last clause that asks how long without a question word ("他们多久要答复我") too
  const asking = clauses.length > 1 ? [...clauses].reverse().find((c) => ASKING.test(c)) ?? (DURATION.test(last) ? last : undefined) : undefined;
  if (!asking) return plain;
  // a strong whole stays — unless it tells a story and then asks how long ("想向…申请公开一份文件，他们多久
  // 要答复我") while the whole reads as no time limit at all: the story's words picked another intent
  const toldThenHowLong =
    last === asking && DURATION.test(asking) && clauses.slice(0, -1).every((c) => !ASKING.test(c)) && !DURATION.test(whole[0]?.example ?? '');
  const weak = (whole[0]?.score ?? 0) < THRESHOLDS.answer && ASKING.test(asking);
  if (!weak && !toldThenHowLong) return plain;
  // the other clauses name something only the reports speak of ("线下政务公开专区"): the whole stays
  const rest = clauses.filter((c) => c !== asking).join('，');
  if (contentWords(rest).some((w) => w.length >= 2 && !kn.classifier.knows(`w:${w}`) && kn.vocab.has(w))) return plain;
  const ranked = asking.includes('zmetric') || !clsText.includes('zmetric') ? asking : `${asking} zmetric`;
  const r = kn.classifier.rank(ranked);
  return r[0] && r[0].score >= (toldThenHowLong ? THRESHOLDS.clarify : THRESHOLDS.answer) ? { cands: r, focus: asking, ranked } : plain;
}

/** The text with each span's characters as spaces (positions unchanged). */
function blankSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let s = text;
  for (const sp of spans) s = s.slice(0, sp.start) + ' '.repeat(Math.max(0, sp.end - sp.start)) + s.slice(sp.end);
  return s;
}

/** The question without the words of the rows it names (their labels say 理由, 原因 of their own). */
function withoutRowWords(norm: string, metric: MetricQuery): string {
  let text = blankSpans(norm, metric.spans);
  for (const row of metric.rows) text = text.split(T3_ROW_BY_ID[row]?.label ?? row).join(' ');
  return text.replace(ROW_REASON_WORDS, ' ');
}
/** Reason words inside the labels of table 三's rows ("无正当理由"). */
const ROW_REASON_WORDS = /无正当理由/g;

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

/** A share asked on its own, after a figure ("占多少", "占比呢", "百分之几"). */
const SHARE_FOLLOW_UP = /^占|占比|比例|百分之?几|百分比|比重/;


/** "会不会" (will it?): a yes/no question, not the 不会 of "不会写字". */
const A_NOT_A_WILL = /会不会/g;
/** A verb asked as A-not-A ("收没收过", "交不交", "给没给"): whether it was done; the verb is the word. */
const A_NOT_A_VERB = /([收交给发办拿要退批回查])[没不]\1/g;
/** The year of the conversation pointed at ("那年", "那一年", "当年"): no topic word (the report is the conversation's). */
const THAT_YEAR = /那一?年|当年|这一?年/g;

/** Table 四's two kinds of case: administrative review and lawsuit (a suit's two paths add up to it). */
const T4_BOTH_GROUPS = ['review', 'suit'] as const;

/** Asked whether something is right ("对不对", "没错吧", "核对一下…对吗"). */
const CHECK_ASKED = /对不对|对吗|对吧|对么|是不是这样|是这样吗|是吗|没错吧|有没有错|准不准确|准确吗|一致吗|是否正确|正确吗|核对|核一下/;
/** A count the asker states ("8件", "予以公开4", "总计15"), not a year, a date, a share or an amount. */
const QUOTED_COUNT = /(?<![\d.])(\d{1,6})(?![\d.]|\s*(?:年|月|日|号|%|％|万|元))/g;

/** A question naming its own subject (a website, a channel, news, information items): not a column of the last figure. */
const OWN_SUBJECT = /网站|网页|平台|公众号|微博|新媒体|信息\d*条|多少条|几条|新闻|稿件/;

/** The two figures just asked ("这两项", "这两个", "两者", "这俩"). */
const THE_TWO = /这两项|这两个|这两类|两者|这俩|二者/;

/** The row of table 三 that counts what a rule's intent explains (intents/procedure.yml → report format). */
const ROW_OF_RULE: Readonly<Record<string, string>> = {
  'procedure.third-party': 'refused.third-party',
  'procedure.correction': 'other.no-correction',
  'procedure.exempt': 'refused',
};
/** Pointing back at what was just explained ("这个理由", "这种情况", "这类"). */
const POINTS_BACK = /这个理由|这个原因|这种情况|这类情况|这种理由|这类|这样的/;

/** Table 三's results (（一）–（六）), in the report's order. */
const RESULT_ROWS = ['granted', 'partial', 'refused', 'unable', 'rejected', 'other'];
/** The rest asked after one figure ("剩下那些都是什么情况", "其余的呢", "别的几件呢"). */
const REST_ASKED = /剩下|剩余|其余|其它的|其他的|别的|另外的|另外那些/;

/** Table 三's base rows: a share is of them, a sum is not made of them. */
const BASE_ROW_IDS: ReadonlySet<string> = new Set(['new', 'carried', 'total', 'carry-over']);

/** The ranking that decides, its clause, and the text ranked for it. */
interface Clauses {
  cands: readonly Scored<Intent>[];
  focus: string;
  ranked: string;
}

/** Readings of clauses kept per knowledge before its table starts afresh. */
const CLAUSES_MEMO_MAX = 10_000;
const clausesMemo = new WeakMap<Knowledge, Map<string, { focus: string; ranked: string }>>();

/**
 * Ranks the text; a long message is also ranked clause by clause and the best-matching clause decides.
 * Which clause decides is a pure function of the knowledge and the text: memoised as the clause and the
 * text ranked for it (the ranking itself is made again by the classifier, from its own memo), so a
 * repeated long message is ranked once instead of once per clause.
 */
export function rankClauses(kn: Knowledge, clsText: string): { cands: readonly Scored<Intent>[]; focus: string } {
  let memo = clausesMemo.get(kn);
  if (!memo) clausesMemo.set(kn, (memo = new Map()));
  const hit = memo.get(clsText);
  if (hit) return { cands: kn.classifier.rank(hit.ranked), focus: hit.focus };
  const { cands, focus, ranked } = readClauses(kn, clsText);
  if (memo.size >= CLAUSES_MEMO_MAX) memo.clear();
  memo.set(clsText, { focus, ranked });
  return { cands, focus };
}

function readClauses(kn: Knowledge, clsText: string): Clauses {
  const whole = kn.classifier.rank(clsText);
  if (clsText.length <= POLICY.clauseMinChars) return shortClauses(kn, clsText, whole);
  let best = { cands: whole, focus: clsText, ranked: clsText };
  let bestScore = whole[0]?.score ?? 0;
  // a short clause goes on from the one before it ("想申请行政复议，期限是多少天"): read the two together
  const parts = clsText.split(CLAUSE_SPLIT);
  const clauses = parts.map((c, i) => (i > 0 && c.replace(/zmetric/g, '').trim().length <= POLICY.followUpMaxChars ? `${parts[i - 1]}，${c}` : c));
  for (const clause of clauses) {
    if (clause.replace(/zmetric/g, '').trim().length < 2) continue;
    const ranked = clause.includes('zmetric') || !clsText.includes('zmetric') ? clause : `${clause} zmetric`;
    const r = kn.classifier.rank(ranked);
    // a greeting or thanks inside a longer message ("尊敬的工作人员您好！…要准备什么材料？") is not what it asks
    if (r[0]?.item.topic === SMALLTALK_TOPIC) continue;
    // a clause with no content word of its own ("是卡在哪儿了") asks about the rest: it cannot stand alone
    if (!contentWords(clause.replace(/zmetric/g, ' ')).some((w) => w.length >= 2 && COUNTED_WORD.test(w) && !QUESTION_WORDS.has(w) && !gluedWord(w))) continue;
    const bonus = ASKING.test(clause) ? POLICY.askingClauseBonus : 0;
    if (r[0] && (!best.cands[0] || r[0].score + bonus > bestScore)) {
      best = { cands: r, focus: clause, ranked };
      bestScore = r[0].score + bonus;
    }
  }
  return best;
}


/** A number in words, with its measure ("十几次", "二十多件", "几十个"). */
const NUMBER_WORD = /^[零一二两三四五六七八九十百千万几多来余]+[次件个条项份天年月号]?$/;
/** Words that report hearsay or opinion around a question ("听说超过了要收费"). */
const HEARSAY = /^(听说|据说|听人说|有人说|好像|感觉|觉得|估计|可能|真的假的|真的吗|是真的吗)$/;

export function unknownShare(kn: Knowledge, focus: string, slots: ReportSlots): { share: number; count: number } {
  // `focus` is (a clause of) the classifier text: report names and years are already out of it (its
  // positions are not the message's, so the slots' spans must not be cut again); figure words stay
  const text = focus;
  // a word that is one character plus particles ("交了", "天能", "一趟": jieba's cut of 交了申请多少天能给答复)
  // says nothing either way
  // number words ("十几次") and hearsay ("听说") say nothing about the topic either
  // (nor do the words that pick the newest report, "最新", "最近": they are slots, not a topic)
  const words = contentWords(text).filter((w) => COUNTED_WORD.test(w) && !gluedWord(w) && !NUMBER_WORD.test(w) && !HEARSAY.test(w) && w.replace(LATEST_WORDS, '') !== '');
  if (!words.length) return { share: 0, count: 0 };
  // a document noun (方案, 文件, 档案) names the information asked for: the domain itself, never unknown
  const unknown = words.filter((w) => !kn.vocab.has(w) && !kn.classifier.knows(`w:${w}`) && !DOCUMENT.test(w));
  return { share: unknown.length / words.length, count: unknown.length };
}

function reportOnlyWords(kn: Knowledge, u: Understanding, state: ConvState): string[] {
  // the whole message without report names, years and figure words (their spans are positions in `norm`);
  // a clause of a long message as it is
  const text = u.focus === u.classifierText ? cutSpans(u.norm, [...u.slots.spans, ...(u.foundMetric?.spans ?? [])]) : u.focus.replace(/zmetric/g, ' ');
  const slots = u.slots;
  const r = pickReport(kn, slots, state).report;
  if (!r) return [];
  const index = passageIndex(r);
  return contentWords(text).filter((w) => {
    // (the office's own department, "信息科", names who answers, not a fact of the report)
    if (w.length < POLICY.reportOnlyMinChars || kn.classifier.knows(`w:${w}`) || r.contact.department?.includes(w)) return false;
    const df = index.df.get(w) ?? 0;
    return df > 0 && df <= POLICY.reportOnlyMaxPassages;
  });
}

export function questionKind(norm: string): QuestionKind {
  for (const [kind, re] of KINDS) if (re.test(norm)) return kind;
  return 'other';
}

const NO_SLOTS: ReportSlots = { years: [], offices: [], unknownOffices: [], spans: [] };

/** Normal forms kept per knowledge before its table starts afresh. */
const NORM_MEMO_MAX = 5000;
const normMemo = new WeakMap<Knowledge, Map<string, string>>();

/**
 * The message as the bot reads it: normalised, courtesy stripped, places typed in pinyin read, typos
 * by sound and synonyms read as the words the bot knows (src/understand/rewrite.ts). A pure function
 * of the text and the knowledge, memoised: citizens repeat questions, and the steps' own memos still
 * cost a lookup each and stripCourtesy its regular expressions.
 */
function normalForm(kn: Knowledge, text: string): string {
  let memo = normMemo.get(kn);
  if (!memo) normMemo.set(kn, (memo = new Map()));
  let norm = memo.get(text);
  if (norm === undefined) {
    norm = kn.rewrite(readLatinPlaces(stripCourtesy(normalize(text)), kn.officeNames));
    if (memo.size >= NORM_MEMO_MAX) memo.clear();
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

const normReadings = new WeakMap<Knowledge, Map<string, NormReading>>();

/**
 * The slots, the figure words, the classifier text and the question kind of a normal form: pure
 * functions of it, the knowledge and the year, memoised (bounded as the normal forms). The normal form
 * is the memo's own string (normalForm), so the lookup reuses its hash; the classifier text comes back
 * as the same string too, for rankClauses' memo.
 */
function readNorm(kn: Knowledge, norm: string, now: Date): NormReading {
  let memo = normReadings.get(kn);
  if (!memo) normReadings.set(kn, (memo = new Map()));
  const year = now.getFullYear();
  const hit = memo.get(norm);
  if (hit && hit.year === year) return hit;
  const slots = correctedSlots(findReportSlots(norm, kn.refs, now), norm, kn, now);
  // the office's own name is not a figure word ("通州信访办…收到几件" asks no 信访 row): read without it, the
  // positions kept (each character of a name becomes a space)
  const found = findMetric(slots.offices.length ? blankSpans(norm, slots.spans) : norm, kn.lexicon);
  // "会不会收费" asks whether: its 不会 is no "cannot" (不会写字), so the classifier reads 会
  const clsText = classifierText(norm, kn.lexicon, kn.refs, now, { slots, metric: found }).replace(A_NOT_A_WILL, '会').replace(A_NOT_A_VERB, '$1').replace(THAT_YEAR, ' ');
  const onlySlots =
    (clsText.replace(SLOT_ONLY_REST, '') === '' && Boolean(slots.years.length || slots.offices.length || slots.unknownOffices.length)) ||
    (Boolean(slots.latest) && clsText.replace(LATEST_WORDS, '').replace(SLOT_ONLY_REST, '') === '');
  const reading = { year, slots, found, clsText, onlySlots, kind: questionKind(norm), quantity: QUANTITY.test(norm), duration: DURATION.test(norm) };
  if (memo.size >= NORM_MEMO_MAX) memo.clear();
  memo.set(norm, reading);
  return reading;
}

export function understand(kn: Knowledge, text: string, state: ConvState = {}, now = new Date()): Understanding {
  const norm = normalForm(kn, text);
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

  const { slots, found, clsText, onlySlots, kind, quantity, duration } = readNorm(kn, norm, now);
  const shortOrMarked = Boolean(state.intent) && (FOLLOW_UP.test(norm) || norm.length <= POLICY.followUpMaxChars);
  const previous = state.intent ? kn.byId.get(state.intent) : undefined;
  let metric = found;
  // "现行有效的呢" / "企业呢": a column alone takes its rows from the previous figure
  // (not a question of its own that happens to hold a column word: "在和平区政府门户网站上发布了多少条信息")
  if (metric && !metric.rowsExplicit && state.metric && state.metric.table === metric.table && (shortOrMarked || (!metric.rows.length && !OWN_SUBJECT.test(norm)))) {
    metric = { ...metric, rows: state.metric.rows, rowsExplicit: true };
  }
  // "败诉了吗", "纠错了几件": a result of table 四 with no case kind named and none in the conversation is
  // asked of both kinds of case
  if (metric?.table === '四' && !metric.rows.length && metric.cols.length) metric = { ...metric, rows: [...T4_BOTH_GROUPS], rowsExplicit: true };
  if (metric && !metric.rows.length) metric = undefined;
  // "占多少" / "比例呢" right after a figure of table 三: that figure's share
  if (!metric && shortOrMarked && state.metric?.table === '三' && SHARE_FOLLOW_UP.test(norm)) {
    const rows = state.metric.rows.includes('total') ? state.metric.rows : [...state.metric.rows, 'total'];
    metric = { ...state.metric, rows, rowsExplicit: true, rate: true };
  }
  // "因为这个理由拒了几件" right after the rules of a step that table 三 counts (the third party's rights,
  // no 补正): that row
  const pointedRow = !metric && state.intent ? ROW_OF_RULE[state.intent] : undefined;
  if (pointedRow && POINTS_BACK.test(norm) && QUANTITY.test(norm)) metric = { table: '三', rows: [pointedRow], cols: [], spans: [], rowsExplicit: true };
  // "这两项加起来占总申请数的百分之多少" right after two rows asked one after the other: both, added up
  if (!metric && state.metric?.table === '三' && state.previousRows && THE_TWO.test(norm)) {
    metric = { ...state.metric, rows: [...state.previousRows, ...state.metric.rows], cols: [], rowsExplicit: true };
  }
  // "剩下那些都是什么情况" right after a result of table 三: the other results
  if (!metric && state.metric?.table === '三' && REST_ASKED.test(norm) && !slots.years.length && !slots.offices.length) {
    // (after reasons of one result, "其中本机关不掌握的呢": the other reasons of that result)
    const parents = new Set(state.metric.rows.map((x) => T3_ROW_BY_ID[x]?.parent));
    const parent = parents.size === 1 ? [...parents][0] : undefined;
    const siblings = parent ? T3_ROWS.filter((r) => r.parent === parent && !state.metric!.rows.includes(r.id)).map((r) => r.id) : [];
    const asked = new Set(state.metric.rows.map((x) => T3_ROW_BY_ID[x]?.parent ?? x));
    if (siblings.length) metric = { ...state.metric, rows: siblings, cols: [], rowsExplicit: true };
    else if (RESULT_ROWS.some((x) => asked.has(x))) metric = { ...state.metric, rows: RESULT_ROWS.filter((x) => !asked.has(x)), cols: [], rowsExplicit: true };
  }
  // "予以公开率是多少": give the total beside the row, so the share can be read off the report's own figures
  // (an applicant column's share of its own row needs no total row: "新收申请里自然人占比多少")
  const columnShare = metric && metric.cols.length === 1 && metric.cols[0] !== 'total' && metric.rows.every((x) => BASE_ROW_IDS.has(x));
  // "不予公开的申请里，因为保护第三方合法权益的占几成": a reason's share of its own result row, both named
  const parentNamed = metric?.table === '三' && metric.rows.length === 1 ? T3_ROW_BY_ID[metric.rows[0]!]?.parent : undefined;
  if (parentNamed && RATE.test(norm) && norm.includes(T3_ROW_BY_ID[parentNamed]?.label ?? '\u0000')) metric = { ...metric!, rows: [parentNamed, ...metric!.rows], rate: true };
  else if (metric?.table === '三' && RATE.test(norm)) metric = { ...metric, rows: metric.rows.includes('total') || columnShare ? metric.rows : [...metric.rows, 'total'], rate: true };
  // "纠错率": a result's share of the cases of table 四
  if (metric?.table === '四' && RATE.test(norm) && metric.cols.some((c) => c !== 'total')) metric = { ...metric, rate: true };
  // "行政复议、行政诉讼案件共多少件": the cases of table 四 added up as well
  if (metric?.table === '四' && metric.rows.length > 1 && SUM_ASKED.test(norm)) metric = { ...metric, added: true };
  // "不予公开加上无法提供一共多少件": results of table 三 added up (not "分别是多少")
  if (metric?.table === '三' && metric.rows.filter((x) => !BASE_ROW_IDS.has(x)).length > 1 && SUM_ASKED.test(norm) && !EACH_ASKED.test(norm)) metric = { ...metric, added: true };
  // "信访举报投诉类的申请凭啥就不予处理了": why a reason applies, its legal basis with its count
  // (the row's own words are not the why: "无正当理由大量反复申请" holds 理由)
  // (or which article allows it: "内部事务信息可以不公开，依据是条例第几条")
  if (metric?.table === '三' && metric.rows.every((x) => T3_ROW_BY_ID[x]?.basis) && (questionKinds(withoutRowWords(norm, metric)).why || ARTICLE_ASKED.test(norm))) metric = { ...metric, basis: true };
  // "无法提供合计8件，其中不掌握6件、需要另行制作2件，对不对": the figures quoted, to check against the report's
  if (metric && CHECK_ASKED.test(norm)) {
    const quoted = [...norm.matchAll(QUOTED_COUNT)].map((m) => Number(m[1]));
    if (quoted.length) metric = { ...metric, quoted };
  }
  // "现行有效的比新发的多几件": two figures against each other
  if (metric && DIFFERENCE_ASKED.test(norm)) metric = { ...metric, difference: true };

  const { cands: ranked, focus } = rankClauses(kn, clsText);
  // after an answer: a short message, one that opens or ends like a follow-up, or one that names only a
  // report, however long its name ("长春退役军人事务局")
  const isFollowUp = shortOrMarked || (Boolean(state.intent) && onlySlots);
  let candidates = ranked;
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
        if (joined[0] && joined[0].score >= THRESHOLDS.answer) this.joinedMemo = joined;
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
