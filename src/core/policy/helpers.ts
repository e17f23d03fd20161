/** Facts several rules share, derived from the Understanding (memoised per Understanding). */
import { BoundedMemo, READING_MEMO_MAX } from '../../understand/memo.js';
import type { Intent } from '../../answer/intents.js';
import type { Scored } from '../../understand/classifier.js';
import type { ConvState } from '../engine.js';
import { handlerOf, reportFree, topicOf } from '../handlers.js';
import { narrative } from '../narrative.js';
import type { Knowledge } from '../knowledge.js';
import { ARTICLE_ASKED, askedClauses, ASKING, CLAUSE_SPLIT, DOMAIN_SUBJECT, SMALLTALK_TOPIC, CONTACT_ALL, CONTACT_ASKED, CONTACT_FIELD_NOUNS, CONTACT_WORDS, COUNTED_WORD, WORK_SUBJECT, CHANNELS_USED, FEE_THRESHOLD_ASKED, PAST_ASKED, QUOTED_NAME, REPORT_TWINS, STATUS_ASKED, DISCLOSURE_HOW_ASKED, OUT_OF_SCOPE_TOPIC } from '../patterns.js';
import { contentWords, countAsked } from '../../answer/retrieve.js';
import { METRIC_TOKEN } from '../knowledge.js';
/** The classifier's token for figure words, as a content word. */
const FIGURE_WORD = METRIC_TOKEN.trim();
import { gluedWord } from '../../understand/classifier.js';
import { questionKinds, type QuestionKinds } from '../../understand/kind.js';

/** The address intent (intents/contact.yml). */
const ADDRESS = 'contact.address';
/** The fax intent (intents/contact.yml). */
const FAX = 'contact.fax';
/** 传真 and a bare 号码 asked, no other number named (电话, 热线, 座机, 手机): the fax number. */
const FAX_NUMBER_ASKED = (text: string): boolean => /传真/.test(text) && /号码/.test(text) && !/电话|热线|座机|手机|邮编|邮箱|地址/.test(text);
/** The single-detail contact intents (not the whole block, the department or office hours). */
const FIELD_INTENTS = new Set(CONTACT_FIELD_NOUNS.map(([, id]) => id));
import { pickReport } from '../select.js';
import { reportLabel, type Rendered } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { WordOwners } from '../word-owners.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { questionKind, type Understanding } from '../understanding.js';
import { cutSpans } from '../../understand/slots.js';
import type { Decision } from './types.js';
import type { Report } from '../../report/types.js';

export const top = (u: Understanding): Scored<Intent> | undefined => u.candidates[0];
export const topScore = (u: Understanding): number => u.candidates[0]?.score ?? 0;
export const namesReport = (u: Understanding): boolean => Boolean(u.slots.years.length || u.slots.offices.length || u.slots.unknownOffices.length);

/**
 * The message without the report names and years it holds: "临朐县天气怎么样" must not be covered by the
 * passage that holds the address 临朐县民主路1号 — the office name is how the report was chosen, not what is asked.
 */
export function withoutSlots(u: Understanding): string {
  if (!u.slots.spans.length) return u.norm;
  let out = withoutSlotsOf.get(u);
  if (out === undefined) withoutSlotsOf.set(u, (out = cutSlots(u)));
  return out;
}
/** withoutSlots once per message: some forty rules ask it of nearly every question (issue 15). */
const withoutSlotsOf = new WeakMap<Understanding, string>();
function cutSlots(u: Understanding): string {
  // (a name in quotation marks that holds the office's short name, "“察右后旗发布”" — an account's name — is kept whole)
  const quoted = [...u.norm.matchAll(QUOTED_NAME)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const spans = quoted.length ? u.slots.spans.filter((sp) => !quoted.some((q) => q.start < sp.start && sp.end < q.end)) : u.slots.spans;
  return spans.length ? cutSpans(u.norm, spans) : u.norm;
}


/** An amount of money asked ("花了多少钱", "经费多少", "预算是多少"). */
// (or an amount in its unit, "预决算具体是多少亿元")
const MONEY_ASKED = /多少钱|几块钱|花了多少|花费(?:了)?多少|(?:经费|预算|资金|费用|开支|支出)(?:是|有|为|一共|总共)?多少(?!件|条|个|项|次)|多少(?:个)?(?:亿|万)?元/;
/** An amount stated ("12.5万元", "300元"). */
export const MONEY_STATED = /\d+(?:\.\d+)?\s*(?:万|亿)?\s*元/;

/** Places counted by their one-character name ("几个市", "多少个乡镇" — 乡 is its first). */
export const PLACE_COUNTED = /(?:几|多少)个([市县区镇乡村])/;

/** The one sentence that counts places by that name ("全省11个市中有5个市开展了试点工作"), holding the most words of the question. */
export function placeCountSentence(r: Report, place: string, asked: { nouns: readonly string[] }): { text: string; section: string } | undefined {
  const counts = new RegExp(`\\d+\\s*个${place}`);
  const scored = r.passages.filter((p) => counts.test(p.text)).map((p) => ({ p, held: asked.nouns.filter((w) => p.text.includes(w)).length }));
  const top = Math.max(0, ...scored.map((x) => x.held));
  const best = scored.filter((x) => x.held === top && top > 0);
  return best.length === 1 ? best[0]!.p : undefined;
}

/** A passage of the picked report covering the question at least this much, as a decision. */
/** Said after a sentence that names the thing whose amount was asked but gives none. */
const NO_AMOUNT_STATED = '报告这段话没有写明金额。';

export function passage(kn: Knowledge, u: Understanding, state: ConvState, coverage: number, text = withoutSlots(u)): Decision | undefined {
  const pick = pickReport(kn, u.slots, state);
  if (!pick.report) return undefined;
  // a how-many question needs a passage with a number in it
  const n = narrative(pick.report, text, u.quantity, coverage, true);
  if (!n) return undefined;
  // (places counted by their one-character name, "有几个市开展了试点": the sentence that counts 市 so)
  const place = u.quantity ? PLACE_COUNTED.exec(text)?.[1] : undefined;
  const placeLine = place && !new RegExp(`\\d+\\s*个${place}`).test(n.parts.lines[0] ?? '') ? placeCountSentence(pick.report, place, { nouns: contentWords(text).filter((w) => w.length >= 2) }) : undefined;
  if (placeLine) return { kind: 'passage', report: pick.report, parts: { ...n.parts, lines: [placeLine.text.trim()], source: sectionSource(placeLine.section) } };
  // (money asked, "预算花了多少钱": a sentence with no amount in it does not answer, however many words it shares)
  // (unless the sentence is the one that names the thing only the report speaks of, "专项资金申请了多少钱" of "…现已向区政府申请专项资金,
  // 待资金批复后…": that sentence, said to give no amount)
  if (MONEY_ASKED.test(u.norm) && !n.parts.lines.some((l) => MONEY_STATED.test(l))) {
    const own = u.reportOnlyWords.some((w) => w.length >= POLICY.rareTermMinChars && n.parts.lines.some((l) => l.includes(w)));
    if (!own) return undefined;
    return { kind: 'passage', report: pick.report, parts: { ...n.parts, lines: [...n.parts.lines, NO_AMOUNT_STATED] } };
  }
  // (why a point of the report's list is so, "为什么说内容单一": the whole point, its reasons told around the sentence found)
  // (or a thing that did not happen, "为什么没出现信息泄密": the sentences before it in its sub-item, what was done)
  const whyOf = (l: string) => {
    const whole = wholePoint(pick.report!, l);
    return whole === l && OUTCOME_NONE.test(l) ? withMeasuresBefore(pick.report!, l) : whole;
  };
  // (or when it was asked, "开放日是哪天办的", of a point's opening that gives no date: the whole point, whose sentences do)
  const whenOf = (l: string) => {
    if (DATE_STATED.test(l)) return l;
    const whole = wholePoint(pick.report!, l);
    return DATE_STATED.test(whole) ? whole : l;
  };
  const parts = u.kind === 'why' ? { ...n.parts, lines: n.parts.lines.map((l, i) => (i === 0 ? whyOf(l) : l)) } : DATE_ASKED.test(u.norm) ? { ...n.parts, lines: n.parts.lines.map((l, i) => (i === 0 ? whenOf(l) : l)) } : n.parts;
  // (a relative year not loaded, "今年…": said first, as for any answer from the newest report)
  return { kind: 'passage', report: pick.report, parts: pick.note ? { ...parts, note: pick.note + (parts.note ?? '') } : parts };
}

/** A point of a list the report makes ("一是…", "二是…"): where one starts. */
const POINT_START = /[一二三四五六七八九十]是/;
/** Sentences on either side of the one found that a point may run to, and the characters it may take. */
const POINT_SENTENCES = 3;
const POINT_MAX_CHARS = 260;

/**
 * The whole point of the report's list that holds the sentence `line` ("二是…缺口、内容单一。部分事项信息涉密…。公开内容
 * 未实现全覆盖，内容单一。"): its sentences in one sub-item, from the one opening the point to the one before the next; the
 * line itself when it stands in no such list or the point runs too long.
 */
export function wholePoint(r: Report, line: string): string {
  const at = r.passages.findIndex((p) => p.text.trim() === line.trim());
  if (at < 0) return line;
  const same = (i: number) => r.passages[i] && r.passages[i]!.section === r.passages[at]!.section && r.passages[i]!.heading === r.passages[at]!.heading;
  let from = at;
  while (!POINT_START.test(r.passages[from]!.text) && from > at - POINT_SENTENCES && same(from - 1)) from--;
  if (!POINT_START.test(r.passages[from]!.text)) return line;
  let to = at;
  while (to < at + POINT_SENTENCES && same(to + 1) && !POINT_START.test(r.passages[to + 1]!.text)) to++;
  const text = r.passages.slice(from, to + 1).map((p) => p.text.trim()).join('');
  return from === to || text.length > POINT_MAX_CHARS ? line : text;
}

/** A day asked ("哪天", "什么时候", "几月几号"). */
const DATE_ASKED = /什么时候|啥时候|哪天|哪一天|几号|何时|几月|什么时间|哪个月/;
/** A date stated ("2020年10月16日", "10月16日", "10月"). */
const DATE_STATED = /\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年\d{1,2}月/;

/** A sentence telling that something did not happen ("全年未发生信息泄密事件", "没有出现…问题"). */
const OUTCOME_NONE = /(?:未|没有|无)(?:发生|出现)|零(?:差错|失误|事故)/;
/** Sentences before an outcome that may tell what brought it about, and the characters they may take with it. */
const MEASURE_SENTENCES_BEFORE = 2;

/**
 * A sentence telling that something did not happen, with the sentences before it in its sub-item that tell what was done
 * ("严格执行…“分级审核、先审后发、授权发布”制度…。…做好信息公开前的保密审查工作…。全年未发生信息泄密事件。"): the line
 * alone when it opens its sub-item or the whole runs too long.
 */
export function withMeasuresBefore(r: Report, line: string): string {
  const at = r.passages.findIndex((p) => p.text.trim() === line.trim());
  if (at < 1) return line;
  const same = (i: number) => i >= 0 && r.passages[i]!.section === r.passages[at]!.section && r.passages[i]!.heading === r.passages[at]!.heading;
  let from = at;
  while (from > at - MEASURE_SENTENCES_BEFORE && same(from - 1) && !POINT_START.test(r.passages[from]!.text)) from--;
  const text = r.passages.slice(from, at + 1).map((p) => p.text.trim()).join('');
  return from === at || text.length > POINT_MAX_CHARS ? line : text;
}

/** The final reading of the candidates, after the rules that may take a question elsewhere. */
export interface Choice {
  best?: Scored<Intent>;
  /** The intent to carry out (may differ from best: the whole contact block, a report's own answer). */
  chosen?: Intent;
  runnerUp?: Scored<Intent>;
  /** best and runnerUp are too close to choose. */
  close: boolean;
}

/** Kept on the Understanding itself (a WeakMap of short-lived keys costs the garbage collector more). */
const CHOICE = Symbol('choice');
type WithChoice = Understanding & { [CHOICE]?: Choice };

/** What the report itself says asked for ("年报里说", "报告中写的", "年报上提到"). */
const REPORT_WORDS_ASKED = /(?:年度报告|年报|报告)(?:里面|里头|里|中|上)(?:是)?(?:说|写|提到|讲|列|介绍)/;

/** Subjects no table counts, named in a how-many ("超过几件开始收信息处理费", "几个工作日"): the rules', not a figure. */
const FIGURELESS_SUBJECT = /信息处理费|收费|工作日|期限|多久|几天/;

export function choice(u: Understanding, kn: Knowledge): Choice {
  return ((u as WithChoice)[CHOICE] ??= choose(u, kn));
}

const KINDS = Symbol('kinds');
type WithKinds = Understanding & { [KINDS]?: QuestionKinds };

/** The question's kinds (questionKinds of the normal form): read once per message for the rules that ask. */
export function kindsOf(u: Understanding): QuestionKinds {
  return ((u as WithKinds)[KINDS] ??= questionKinds(u.norm));
}

/**
 * Kinds that tell near matches apart. Not yes/no: "能不能告诉我他们的电话" asks for the phone, the
 * 能不能 is politeness.
 */
const DECIDING_KINDS: ReadonlySet<string> = new Set(['how', 'who', 'where', 'why', 'duration', 'count']);

/** Between two near matches, the one whose example asks the question's kind ("怎么申请…" → how, not who). */
function preferKind(cands: readonly Scored<Intent>[], u: Understanding): readonly Scored<Intent>[] {
  const [lead] = cands;
  if (!lead || lead.item.fallback || !DECIDING_KINDS.has(u.kind)) return cands;
  const leadKind = questionKind(lead.example);
  if (leadKind === u.kind) return cands;
  // the lead's example asks another kind outright ("谁可以申请…" for "怎么申请…"): a wider margin
  // a how-long question is answered only by a time limit: the widest margin
  const margin = u.kind === 'duration' ? POLICY.durationKindMargin : DECIDING_KINDS.has(leadKind) ? POLICY.kindConflictMargin : POLICY.kindMargin;
  const floor = u.kind === 'duration' && lead.score < THRESHOLDS.answer ? POLICY.durationKindFloor : THRESHOLDS.clarify;
  const near = cands.find((c) => c !== lead && lead.score - c.score < margin && c.score >= floor && !c.item.fallback && questionKind(c.example) === u.kind);
  if (!near) return cands;
  // (the kind alone does not take the question from a lead that knows its telling words to one that knows none of
  // them: "为什么…一分钱信息处理费都没收" asks why of the fee, not why information is withheld)
  if (u.kind === 'why' && knowsTelling(lead, u) && !knowsTelling(near, u)) return cands;
  // (nor a how-long from a lead that knows its telling words to one that knows none: "递了申请，多长时间内得给我答复"
  // asks the time to answer a request, not the time to ask for a review)
  if (u.kind === 'duration' && knowsMore(lead, near, u)) return cands;
  // (a time limit taken under `clarify` stands where the weak lead stood: it is the reading of the question)
  const taken = near.score < THRESHOLDS.clarify ? { ...near, score: lead.score } : near;
  return [taken, ...cands.filter((c) => c !== near)];
}

/** The asker quoting what the report says ("报告里说…", "年报上写着…"), then asking of it. */
const REPORT_REMARK = /(?:报告|年报)(?:里|中|上|里面)?(?:说|写|提到|讲)/;

/** Whether an intent's examples know a telling word of the clauses before the asking one (the remark quoted). */
function knowsRemark(c: Scored<Intent>, u: Understanding): boolean {
  const clauses = u.focus.split(CLAUSE_SPLIT).filter((x) => x.trim());
  const words = intentWords(c.item);
  return clauses.slice(0, -1).some((x) => contentOf(x).some((a) => !domainWord(a) && words.has(a)));
}

/** Whether an intent's examples know a telling word (not the domain's own, not a question word) of the question's asking clause. */
function knowsTelling(c: Scored<Intent>, u: Understanding): boolean {
  const words = intentWords(c.item);
  return contentOf(askingClause(u.focus)).some((a) => !domainWord(a) && words.has(a));
}

/** Whether `a`'s examples know a telling word of the asking clause that `b`'s do not, and `b`'s none that `a`'s do not. */
function knowsMore(a: Scored<Intent>, b: Scored<Intent>, u: Understanding): boolean {
  const wa = intentWords(a.item);
  const wb = intentWords(b.item);
  const telling = contentOf(askingClause(u.focus)).filter((w) => !domainWord(w));
  return telling.some((w) => wa.has(w) && !wb.has(w)) && !telling.some((w) => wb.has(w) && !wa.has(w));
}

/** The contact details named as a whole ("联系方式", "联系办法"). */
const ALL_DETAILS_NAMED = /联系方式|联系办法/;

/**
 * A contact intent made exact by the details the question names: two or more → the whole block; one →
 * that detail (also over the whole block); none and asked where ("在哪办公") → the address.
 */
function contactChoice(u: Understanding, kn: Knowledge, chosen: Intent, fields: [RegExp, string][]): Intent {
  // "想发传真，号码多少": a bare 号码 beside 传真 is the fax's (the normal form reads 号码 as 电话)
  if (FAX_NUMBER_ASKED(u.text) && (FIELD_INTENTS.has(chosen.id) || chosen.id === CONTACT_ALL) && kn.byId.has(FAX)) return kn.byId.get(FAX)!;
  // the details the asking clauses name ("有没有邮箱可以发过去？我不太想打电话": the e-mail, not the phone)
  // (an asking clause that names none, "给我…电话和地址，一起发我": the details the message names)
  const clauses = askedClauses(u.norm);
  // (a detail added in a clause of its own with no question word, "邮编是多少，还有邮箱": asked too)
  const asking = CONTACT_WORDS.some(([re]) => re.test(clauses)) && !DETAIL_ADDED.test(u.norm) ? clauses : u.norm;
  if (CONTACT_WORDS.filter(([re]) => re.test(asking)).length >= 2 && kn.byId.has(CONTACT_ALL)) return kn.byId.get(CONTACT_ALL)!;
  // ("把…联系方式整理一下": the contact details as a whole, none named alone)
  if (ALL_DETAILS_NAMED.test(asking) && !CONTACT_FIELD_NOUNS.some(([re]) => re.test(asking)) && (FIELD_INTENTS.has(chosen.id) || chosen.id === CONTACT_ALL) && kn.byId.has(CONTACT_ALL)) return kn.byId.get(CONTACT_ALL)!;
  fields = fields.length > 1 ? fields.filter(([re]) => re.test(asking)) : fields;
  const field = fields.length === 1 ? kn.byId.get(fields[0]![1]) : !fields.length && u.kind === 'where' ? kn.byId.get(ADDRESS) : undefined;
  // (or the website read from the question's other words, none of them a site's: "打车过去…地址是哪儿" is the address)
  // (or of the asking clause alone, the story's 年报 aside: "想当面去问问年报的事，信息科地址在哪儿" is the address)
  // (not when the asking clause asks where it is read, "…年度报告 在哪能看到": the site)
  const siteRead = chosen.id === WEBSITE && (!SITE_WORDS.test(u.norm) || (asking !== u.norm && !SITE_WORDS.test(asking) && !READ_WHERE.test(asking)));
  // (who to ask, with one detail wanted in a clause of its own — "有疑问可以发邮件给谁？邮箱给我一下": the department
  // with every detail, the one wanted among them)
  // (not "哪个部门的电话": the detail of the department asked for, the department answers it)
  const ownClause = u.norm.split(CLAUSE_SPLIT).some((c) => !WHO_WORD.test(c) && fields.some(([re]) => re.test(c)));
  if (field && chosen.id === DEPARTMENT && ownClause && kn.byId.has(CONTACT_ALL)) return kn.byId.get(CONTACT_ALL)!;
  return field && (FIELD_INTENTS.has(chosen.id) || chosen.id === CONTACT_ALL || siteRead) ? field : chosen;
}
/** A contact detail added after the question ("还有邮箱", "另外传真", "以及地址", "顺便电话也给一个"). */
const DETAIL_ADDED = /(?:还有|另外|以及|再给个|再要个|顺便(?:把|给个|给)?)(?:他们的|你们的|一下)?(?:邮箱|电子邮箱|电话|传真|地址|邮编|网址)/;
/** The contact department intent (intents/contact.yml). */
const DEPARTMENT = 'contact.department';
/** Who or which body asked ("找谁", "哪个部门", "什么单位"). */
const WHO_WORD = /谁|哪个|哪家|哪一?个?(?:部门|单位|科室)|什么(?:部门|单位|科室)/;
/** The website intent (intents/contact.yml). */
const WEBSITE = 'contact.website';
/** Words that name a site or what is found on one. */
/** Where a thing is read or seen, asked ("在哪能看到", "哪里查看", "哪下载"). */
const READ_WHERE = /看到|能看|查到|查看|下载|浏览|阅读/;
const SITE_WORDS = /网站|网址|网页|官网|链接|下载|年报|报告|电子版|全文/;

/**
 * Content words of a classifier text: two characters or more, not question words or particles; figure
 * words read as one token (zmetric), so "我能不能复议" and "到哪里复议" share it.
 */
export function contentOf(text: string): readonly string[] {
  let words = CONTENT_MEMO.get(text);
  if (!words) {
    words = Object.freeze(contentWords(text).filter((w) => COUNTED_WORD.test(w) && !gluedWord(w)));
    CONTENT_MEMO.set(text, words);
  }
  return words;
}
/** The same examples are read for every question: their content words are kept (bounded as the readings, understand/memo.ts). */
const CONTENT_MEMO_MAX = READING_MEMO_MAX;
const CONTENT_MEMO = new BoundedMemo<string, readonly string[]>(CONTENT_MEMO_MAX);

/**
 * The last clause that asks ("政府办不理我的申请，我能去哪投诉" → 我能去哪投诉), else the whole text; the
 * whole text too when that clause holds no content word ("想投诉，应该找谁").
 */
function askingClause(text: string): string {
  const clauses = text.split(CLAUSE_SPLIT).filter((c) => c.trim());
  const asking = clauses.length > 1 ? [...clauses].reverse().find((c) => ASKING.test(c)) : undefined;
  return asking && contentOf(asking).length ? asking : text;
}

export { askedClauses };

/**
 * A best match that shares no content word with the question rests on question words and modals only
 * ("我能去哪投诉" ~ "我能申请吗" by 我能): a near candidate that shares one (投诉 ~ "怎么投诉") is the better
 * reading. Within POLICY.contentMargin only; a question without content words keeps the order.
 */
function preferContent(cands: readonly Scored<Intent>[], u: Understanding, promoted: boolean): readonly Scored<Intent>[] {
  const [lead] = cands;
  // a how-many question rests on its count words by design when the figures intent leads
  if (!lead || lead.item.fallback || u.followUp.joined || (u.quantity && handlerOf(lead.item)?.figures)) return cands;
  // (the figure token only when a count is asked: "能在网上提交申请不" names the 新收 row's words, it asks no figure)
  const asked = contentOf(askingClause(u.focus)).filter((w) => u.quantity || w !== FIGURE_WORD);
  if (!asked.length) return cands;
  // (a why asked of what the asker quotes the report saying, "报告里说…有短板，原因是啥": the lead that knows the words of the
  // remark answers from the report, not an intent that knows only 原因 — why information is withheld)
  if (u.kind === 'why' && REPORT_REMARK.test(u.norm)) {
    if (knowsRemark(lead, u)) return cands;
    const remarked = cands.find((c) => c !== lead && !c.item.fallback && lead.score - c.score < POLICY.contentMargin && c.score >= THRESHOLDS.clarify && knowsRemark(c, u));
    if (remarked) return [remarked, ...cands.filter((c) => c !== remarked)];
  }
  // words overlap when one holds the other (依申请 and 申请, 政府信息公开 and 公开)
  const overlap = (a: string, b: string) => a.includes(b) || b.includes(a);
  // the domain's own words (申请, 信息公开) say the question is about disclosure, not which part of it:
  // "申请公开政府信息收费吗" shares them all with 申请公开政府信息的流程 and still asks about fees
  const leadWords = [...intentWords(lead.item)];
  const uses = (words: readonly string[], a: string) => words.some((w) => overlap(a, w));
  const leadShared = contentOf(lead.example).some((w) => asked.some((a) => overlap(a, w)));
  // the question's telling words that the lead's intent knows (from any of its examples)
  const leadTelling = asked.filter((a) => !domainWord(a) && uses(leadWords, a));
  // a match on the domain's words alone leads by more than one on question words
  // (…and so does a lead whose example names a thing the question never does: "年报去哪下载" ~ 申请表去哪下载 on 下载
  // alone, the asker's own thing, 年报, known to 怎么下载年报)
  const leadOwnThing = contentOf(lead.example).some((w) => !domainWord(w) && !asked.some((a) => overlap(a, w)));
  const margin = (!leadTelling.length && leadShared) || leadOwnThing ? POLICY.domainContentMargin : POLICY.contentMargin;
  // the other intent must know a word of the question that the lead's intent never uses (投诉 for 申请 who):
  // a word every procedure intent shares (申请, 信息公开) says nothing about which one is meant
  const distinct = (c: Scored<Intent>) => {
    const words = [...intentWords(c.item)];
    return contentOf(c.example).some((w) => asked.includes(w)) && asked.some((a) => !domainWord(a) && uses(words, a) && !uses(leadWords, a));
  };
  // …and every telling word the lead knows: then the lead has nothing of its own ("能不能在网上提交申请":
  // 现场能提交申请吗 knows 提交, as the online intent does, and not 网上)
  // (not for a lead the kind of question promoted: the kind told them apart already)
  if (leadTelling.length && promoted) return cands;
  const covers = (c: Scored<Intent>) => leadTelling.every((a) => uses([...intentWords(c.item)], a));
  const better = cands.find((c) => c !== lead && !c.item.fallback && lead.score - c.score < margin && c.score >= THRESHOLDS.clarify && distinct(c) && covers(c));
  return better ? [better, ...cands.filter((c) => c !== better)] : cands;
}

/**
 * The domain's own words: every part of the procedure and the report is about applying for and disclosing
 * government information, so these say nothing about which part a question asks (申请 is in 24 of the 51
 * intents, 信息公开 in 17). Longer words that hold one (依申请公开) are read the same.
 */
const DOMAIN_WORDS = ['申请', '信息公开', '政府信息', '公开', '信息', '政府'];
export const domainWord = (w: string): boolean => DOMAIN_WORDS.some((d) => w === d || (w.includes(d) && [...w.replace(d, '')].every((c) => DOMAIN_CHARS.has(c))));
/** Characters that only join domain words (依申请公开, 政府信息公开). */
const DOMAIN_CHARS = new Set([...'依政府信息公开申请']);

/** Content words of all of an intent's examples (computed once per intent). */
const INTENT_WORDS = new WeakMap<Intent, Set<string>>();
function intentWords(it: Intent): Set<string> {
  let words = INTENT_WORDS.get(it);
  if (!words) INTENT_WORDS.set(it, (words = new Set(it.examples.flatMap((e) => contentOf(e)))));
  return words;
}

/**
 * A telling word of the question that only the lead's intent knows among the answering intents ("要不要交钱":
 * 交钱 is the fee intent's alone): the question names that intent's own subject, whatever else it says.
 */
export function signatureWord(kn: Knowledge, u: Understanding): string | undefined {
  const lead = u.candidates[0];
  if (!lead || lead.item.fallback) return undefined;
  const mine = intentWords(lead.item);
  return contentOf(u.focus).find((w) => !domainWord(w) && mine.has(w) && ownersOf(kn).onlyBy(w, lead.item));
}

/**
 * A candidate below the lead that alone knows a term of art the question names (`term`: "补正" of the correction rules,
 * "他们说要我补正，这是为什么" led by the refusal rules): that candidate.
 */
export function termOwner(kn: Knowledge, u: Understanding, term: RegExp, reach: number): Scored<Intent> | undefined {
  const words = contentOf(u.focus).filter((w) => term.test(w));
  if (!words.length) return undefined;
  return u.candidates.slice(1, 1 + reach).find((c) => !c.item.fallback && words.some((w) => intentWords(c.item).has(w) && ownersOf(kn).onlyBy(w, c.item)));
}

/** The answering (non-fallback) intents by word, once per Knowledge (signatureWord). */
const OWNERS = new WeakMap<Knowledge, WordOwners<Intent>>();
function ownersOf(kn: Knowledge): WordOwners<Intent> {
  let owners = OWNERS.get(kn);
  if (!owners) OWNERS.set(kn, (owners = new WordOwners(kn.intents.filter((it) => !it.fallback), intentWords)));
  return owners;
}

/**
 * Between two near matches, the one whose example holds more of the question's content words ("年报在哪
 * 下载": 怎么下载年报 holds 年报 and 下载, 申请表去哪下载 only 下载); undefined when they hold as many.
 */
export function moreContent(u: Understanding, a: Scored<Intent>, b: Scored<Intent>): Scored<Intent> | undefined {
  // (a why of the report's remark quoted: the one that knows the remark's words, as in preferContent)
  if (u.kind === 'why' && REPORT_REMARK.test(u.norm)) {
    const [ra, rb] = [knowsRemark(a, u), knowsRemark(b, u)];
    if (ra !== rb) return ra ? a : b;
  }
  const asked = contentOf(askingClause(u.focus));
  const held = (c: Scored<Intent>) => new Set(contentOf(c.example).filter((w) => asked.includes(w))).size;
  const [x, y] = [held(a), held(b)];
  return x === y ? undefined : x > y ? a : b;
}

/** The rule a figure follows is asked, not what the report says happened ("按什么标准收的", "怎么算的"). */
const STANDARD_ASKED = /按什么标准|什么标准|收费标准|怎么算|如何计算|怎么收的|按什么收/;

/** An amount of money quoted ("380元", "1.2万元"). */
const AMOUNT_QUOTED = /\d+(?:\.\d+)?\s*(?:元|万元|块)/;

/** What the rules require ("按规定应该", "最晚哪天之前要"): the rules' answer, not what one report did. */
const RULE_REQUIRES = /按规定|规定(?:要|在|的)?|依法|应当|应该.{0,6}(?:前|之前|以前)|最晚|截止|最迟/;

/** What happens as a rule, not once ("一般", "通常", "每年"). */
const HABITUAL = /一般|通常|每年|每一年|历年都/;

/** The report pointed at as the one at hand ("这份年报", "本报告", "你们的年报"), not reports in general. */
const THIS_REPORT = /(?:这份|这个|这篇|本|该|此|你们的?|贵单位的?)(?:年度)?(?:年报|报告)/;

/** The intent about the regulation as a whole (intents/procedure.yml). */
const LAW_INTENT = 'procedure.law';

/** The phone asked in so many words ("打什么电话", "电话是多少", "拨哪个号"; "给个人工电话" is contact-detail-wanted's). */
// (or another detail asked in so many words: "年报里邮箱写的是哪个", "邮编是多少", "地址在哪", "网址是啥"; or asked for formally,
// "请提供…公布的联系邮箱")
const PHONE_ASKED =
  /(?:打|拨)(?:什么|哪个|啥|哪)(?:个)?(?:电话|号码?)|电话(?:号码)?[?？,，]?(?:分别|各自)?(?:是|为)?(?:多少|几号)|(?:邮箱|电子邮箱|邮编|传真|网址)(?:地址|号码)?(?:写的|留的|填的)?(?:是|为)?(?:多少|哪个|什么|啥)|提供[^，。？?]{0,20}(?:电话|号码|地址|邮编|邮箱|传真|网址)[。.!！]?$|(?:电话|号码|地址|邮编)[^，。？?]{0,3}(?:给我|发我|告诉我|发一下|给一下)/;

/** The fee named ("收费", "信息处理费", "收钱" is read as 收费). */
const FEE_NAMED = /收费|费用|信息处理费|免费/;
/** A charge that is the subject of the information asked ("收费标准的文件", "拆迁费用明细"). */
const FEE_AS_SUBJECT = /(?:收费|费用)[^，。？?]{0,4}(?:标准|文件|项目|依据|政策|明细|清单)/;
/** The intents about the fee: its rules, and whether the report's office charged any (intents/procedure.yml, report.yml). */
const FEE_INTENTS: ReadonlySet<string> = new Set(['procedure.fee', 'report.fee']);
/** Any word of money ("费", "钱", "收取", "付", "价"): without one, 收了多少 counts what was received, no fee. */
const MONEY_WORD = /费|钱|收取|付|价|免|元/;
/** A fee intent read from a message that names no money ("问问…收了多少信息公开申请"): its match is 收了多少 alone. */
export function feeWithoutMoney(u: Understanding, item: Intent): boolean {
  return FEE_INTENTS.has(item.id) && !MONEY_WORD.test(u.norm);
}
/** Saying goodbye (intents/smalltalk.yml). */
const BYE_INTENT = 'smalltalk.bye';
/** The bot's own identity (intents/smalltalk.yml). */
const IDENTITY_INTENT = 'smalltalk.identity';

/** The correction of a request (intents/procedure.yml), and the words that ask about one ("补正", "补材料", "内容不明确", "让我改"). */
const CORRECTION_INTENT = 'procedure.correction';
const CORRECTION_SAID = /补|不(?:够|太|很)?(?:明确|清楚|具体|完整|规范)|写错|填错|修改|改一下|重新(?:填|写|交)|[让要叫通知]我改/;

function choose(u: Understanding, kn: Knowledge): Choice {
  // elliptical follow-up ("要多久？") with a weak match: read with the previous question
  // (unless it asks how long by itself and its own reading is a time limit: "他们多少天给我回" after where to apply)
  const ownTime = u.kind === 'duration' && u.candidates[0] && !u.candidates[0].item.fallback && questionKind(u.candidates[0].example) === 'duration' && u.candidates[0].score >= POLICY.durationKindFloor;
  // (taken at the joined reading's strength: the follow-up is as clear as the conversation makes it)
  const joinedLead = u.followUp.joined?.[0];
  const ranked = ownTime && joinedLead ? [{ ...u.candidates[0]!, score: Math.max(u.candidates[0]!.score, joinedLead.score) }, ...u.candidates.slice(1)] : (u.followUp.joined ?? u.candidates);
  const byKind = preferKind(ranked, u);
  let cands = preferContent(byKind, u, byKind[0] !== ranked[0]);
  // (the correction of a request read with no correction asked, "…申请公开方案，怎么办？要交什么材料？": how to apply, not 补正)
  if (cands[0]?.item.id === CORRECTION_INTENT && !u.followUp.is && !CORRECTION_SAID.test(u.norm)) cands = cands.filter((c) => c.item.id !== CORRECTION_INTENT);
  // the article of a rule asked ("答复期限20个工作日是条例哪一条规定的"): the rule's own intent cites it; the
  // intent about the regulation as a whole only matched 条例
  if (cands[0]?.item.id === LAW_INTENT && ARTICLE_ASKED.test(u.norm)) {
    const rule = cands.find((c, i) => i > 0 && c.item.topic === cands[0]!.item.topic && cands[0]!.score - c.score < POLICY.contentMargin && c.score >= THRESHOLDS.clarify);
    if (rule) cands = [rule, ...cands.filter((c) => c !== rule)];
  }
  // (the information itself asked for by a disclosure request, "申请公开我们村的低保名单 咋个申请": the request, never the
  // out-of-scope matter its words name)
  if (cands[0]?.item.fallback && cands[0].item.topic === OUT_OF_SCOPE_TOPIC && DISCLOSURE_HOW_ASKED.test(u.norm)) cands = cands.filter((c) => c.item.topic !== OUT_OF_SCOPE_TOPIC);
  // small talk never answers a message about the domain ("…2023年有人申请信息公开吗" ~ 有人吗)
  if (cands[0]?.item.topic === SMALLTALK_TOPIC && DOMAIN_SUBJECT.test(withoutSlots(u))) {
    const rest = cands.filter((c) => c.item.topic !== SMALLTALK_TOPIC);
    // (nor says who the bot is when something of the office's is asked by name: "你们的公众号叫什么名字")
    // (nor says goodbye to one: "…一件申请都没有？" is no "没有了")
    if ((rest[0] && rest[0].score >= THRESHOLDS.clarify) || cands[0].item.id === IDENTITY_INTENT || cands[0].item.id === BYE_INTENT) cands = rest;
  }
  // the phone asked in so many words ("有问题打什么电话"): the contact answer, whatever the story's topic matched
  if (cands[0] && !topicOf(cands[0].item).contact && PHONE_ASKED.test(u.norm)) {
    // (or the message's own reading, when a follow-up was read with the question before it: "那你把…电话给我一下吧"
    // after the remedies)
    const phone = cands.find((c) => topicOf(c.item).contact && c.score >= THRESHOLDS.clarify) ?? u.candidates.find((c) => topicOf(c.item).contact && c.score >= THRESHOLDS.clarify);
    if (phone) cands = [phone, ...cands.filter((c) => c !== phone)];
  }
  // (a contact detail read from the words every question about a report shares, "报告里写…", no contact word in the
  // message and a part of the report's work named: "那他们报告里写主动公开了些什么" asks that work, never an address)
  if (cands[0] && topicOf(cands[0].item).contact && !CONTACT_ASKED.test(u.norm) && !CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm)) && WORK_SUBJECT.test(u.norm)) {
    // (a how-many of that work, "政府网站主动公开数是多少", is no contact detail however weak the rest: a count is asked)
    const rest = cands.filter((c) => !topicOf(c.item).contact);
    if (u.quantity || (rest[0] && !rest[0].item.fallback && rest[0].score >= THRESHOLDS.clarify)) cands = rest;
  }
  // the fee named in the asking clause ("为什么找政府要信息不收费"): the fee answer, not the refusals its "为什么不…" reads as
  // (not a charge that is the information asked, "学校收费标准的文件想要一份")
  if (cands[0] && !FEE_INTENTS.has(cands[0].item.id) && !u.metric && FEE_NAMED.test(u.focus) && !FEE_AS_SUBJECT.test(u.focus)) {
    // (under `clarify` only when no amount is asked: "收费那块一共上缴了多少" asks the report's figure)
    const fee = cands.find((c) => FEE_INTENTS.has(c.item.id) && c.score >= (u.quantity ? THRESHOLDS.clarify : POLICY.feeNamedFloor));
    // (taken at the lead's strength: the fee named is the reading of the question)
    if (fee) cands = [fee.score >= THRESHOLDS.clarify ? fee : { ...fee, score: Math.max(fee.score, cands[0].score) }, ...cands.filter((c) => c !== fee)];
  }
  const best = cands[0];
  if (!best) return { close: false };
  const contact = topicOf(best.item).contact;
  // contact details named by their nouns (电话, 地址 …)
  const fields = contact ? CONTACT_FIELD_NOUNS.filter(([re]) => re.test(u.norm)) : [];
  let chosen = contact ? contactChoice(u, kn, best.item, fields) : best.item;
  // things counted in a unit ("多少条信息") are never a contact detail: "官网发布了多少条" counts what the
  // website published, it does not ask for the website
  const counting = Boolean(countAsked(u.norm)?.unit) && !topicOf(best.item).contact;
  const option = (c: Scored<Intent>) => !c.item.fallback && !(counting && topicOf(c.item).contact);
  const runnerUp = cands.find((c) => c.item.id !== best.item.id && option(c) && !topicOf(c.item).neverAnOption);
  // a contact detail named settles a near call against another topic ("能不能告诉我他们的电话")
  // a lead taken by its content word is a reading, not a coin toss
  let close =
    cands[0] === byKind[0] &&
    !!runnerUp && best.score - runnerUp.score < THRESHOLDS.margin && runnerUp.item.topic !== best.item.topic && !best.item.fallback && !topicOf(best.item).neverAnOption && !fields.length;
  // (the report's own words asked for, "年报里说主动公开了哪些东西", count as a report named)
  const named = u.slots.offices.length || u.slots.years.length || (REPORT_WORDS_ASKED.test(u.norm) ? 1 : 0);
  // the figures intent matched by "几件" alone, with no figure word in the question, barely leads another
  // intent that names the subject ("每个月几件以内不收费" → the fee rules)
  const second = cands.find((c) => c.item.id !== best.item.id && option(c));
  // (or leads one of another topic the whole message names, "…是不是要收信息处理费？超过几件开始收？": the figures intent
  // has no figure to give, and that one reads the question)
  const namedSubject = second && second.score >= THRESHOLDS.clarify && second.item.topic !== best.item.topic && FIGURELESS_SUBJECT.test(u.norm);
  if (handlerOf(best.item)?.figures && !u.metric && second && (best.score - second.score < POLICY.figureWithoutWordsMargin || namedSubject)) {
    return { best: second, chosen: second.item, runnerUp: cands.find((c) => c.item.id !== second.item.id && !c.item.fallback), close: false };
  }
  // the article asked ("条例哪一条规定了可以收取信息处理费"): the rules, whichever of the twins leads
  const rulesTwin = Object.keys(REPORT_TWINS).find((id) => REPORT_TWINS[id] === chosen.id);
  // (or the standard it follows: "丁蜀镇收了我200元信息处理费，这个钱是按什么标准收的")
  // (or what the rules require, of no report named: "年报按规定应该什么时候前公布")
  // (or what happens as a rule, every year, whatever office is named: "淮安市政府的年报一般每年什么时候公布")
  const byRule = (RULE_REQUIRES.test(u.norm) && !u.slots.offices.length && !u.slots.years.length) || (HABITUAL.test(u.norm) && !u.slots.years.length);
  // (or from how many requests the fee is charged: "同一个人…超过多少件会收信息处理费？收多少")
  if (rulesTwin && (ARTICLE_ASKED.test(u.norm) || STANDARD_ASKED.test(u.norm) || FEE_THRESHOLD_ASKED.test(u.norm) || byRule) && kn.byId.has(rulesTwin)) return { best, chosen: kn.byId.get(rulesTwin)!, runnerUp: undefined, close: false };
  // an amount the report states, quoted ("沭阳那380元信息处理费是哪个部门收的"): what the report says of it
  // (whatever the question word read: "哪个部门收的" is asked of the fee the report states)
  const reportTwin = AMOUNT_QUOTED.test(u.norm) ? cands.find((c) => Object.values(REPORT_TWINS).includes(c.item.id) && c.score >= THRESHOLDS.clarify) : undefined;
  if (reportTwin) return { best: reportTwin, chosen: reportTwin.item, runnerUp: undefined, close: false };
  // asked in the past ("收了多少钱", "收费了没"): with a report named, or with the rules and the report's own
  // answer neck and neck, what the report says happened
  // (or the channels a named office used: "凤凰镇是通过哪些渠道主动公开信息的")
  const past = PAST_ASKED.test(u.norm) || (named > 0 && CHANNELS_USED.test(u.norm));
  const twinId = REPORT_TWINS[chosen.id];
  const neck = close && runnerUp?.item.id === twinId;
  // (or asked right after a figure of the report, neck and neck: "行政事业性收费收了多少" → "那信息处理费呢" asks what
  // the report says of it, not how the fee works)
  const afterFigure = u.followUp.is && !!u.followUp.previous && !!handlerOf(u.followUp.previous)?.figures;
  // (or the report pointed at as this one, neck and neck: "这份年报什么时候发布的" asks its own date, not the rules' deadline)
  // (the report's own answer need only be a reading, not neck and neck: the pointing settles it)
  const pointed = THIS_REPORT.test(u.norm) && !HABITUAL.test(u.norm) && runnerUp?.item.id === twinId && runnerUp.score >= THRESHOLDS.clarify;
  // (or one report named by its office and year, the twin a reading: "北部湾办2022年度…年度报告系何时发布" asks that report's own date)
  const oneReport =
    u.slots.offices.length === 1 && u.slots.years.length === 1 && !RULE_REQUIRES.test(u.norm) && !HABITUAL.test(u.norm) && cands.some((c) => c.item.id === twinId && c.score >= THRESHOLDS.clarify);
  const twin = (past && (named || neck)) || (afterFigure && neck) || pointed || oneReport ? kn.byId.get(twinId ?? '') : undefined;
  if (twin) return { best, chosen: twin, runnerUp: undefined, close: false };
  const other = past && close && runnerUp && REPORT_TWINS[runnerUp.item.id] === best.item.id ? best.item : undefined;
  if (other) return { best, chosen: other, runnerUp: undefined, close: false };
  // the rules and the report's own answer neck and neck, asked in the present of no report ("什么情况下要收
  //信息处理费"): how it works, the rules
  const rules = neck ? best.item : close && runnerUp && REPORT_TWINS[runnerUp.item.id] === best.item.id ? runnerUp.item : undefined;
  if (rules && !named && !STATUS_ASKED.test(u.norm)) return { best, chosen: rules, runnerUp: undefined, close: false };
  // (what happens as a rule every year is the rules' answer, whatever office is named: "南岗区的年报一般每年什么时候公布")
  if (REPORT_TWINS[best.item.id] && HABITUAL.test(u.norm) && !u.slots.years.length && !past) return { best, chosen: best.item, runnerUp: undefined, close: false };
  // (not from how many requests a fee is charged, "向临夏州水务局申请超过多少件会收费": the rule, whatever office is named)
  if (runnerUp && named && reportFree(best.item) && !reportFree(runnerUp.item) && best.score - runnerUp.score < POLICY.namedReportMargin && runnerUp.score >= THRESHOLDS.clarify && !FEE_THRESHOLD_ASKED.test(u.norm)) close = true;
  if (close && runnerUp && named && reportFree(best.item) !== reportFree(runnerUp.item)) {
    // "南岗区收信息处理费了吗": naming a report means the report's answer
    // (a contact reading taken so is made exact by the details named, as a lead's is: "…地址在哪儿" read 年报去哪儿找 is the address)
    const taken = reportFree(best.item) ? runnerUp.item : best.item;
    chosen = taken !== best.item && topicOf(taken).contact ? contactChoice(u, kn, taken, CONTACT_FIELD_NOUNS.filter(([re]) => re.test(u.norm))) : taken;
    close = false;
  }
  return { best, chosen, runnerUp, close };
}

/**
 * The decision to answer with one intent (intents/*.yml) that a rule's own patterns chose: at least `floor`, or the
 * intent's own score when the classifier read it higher (none when the intent is not loaded).
 */
export function intentDecision(u: Understanding, kn: Knowledge, id: string, floor: number = THRESHOLDS.clarify): Decision | undefined {
  const intent = kn.byId.get(id);
  return intent ? { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, floor) } : undefined;
}

/** Whom to ask, said after something the report does not tell ("如需了解，可咨询…（电话 …）。"), or '' without a phone. */
export function enquiryNote(r: Report): string {
  return r.contact.phone ? `如需了解，可咨询${r.contact.department ?? r.office}（电话 ${r.contact.phone}）。` : '';
}

/**
 * The passage the last answer gave, found again by the question before (the state keeps questions, not answers): what a
 * follow-up on "that count" reads ("全年办了多少件", "都是在哪里公开的").
 */
export function passageBefore(r: Report, text: string): Rendered | undefined {
  return narrative(r, text, true, POLICY.countedPassageCoverage)?.parts;
}

/** The report's own words, said as such ("X2022年报告写道：…"), with the part they come from. */
export function reportSays(r: Report, lines: string[], section?: string): Rendered {
  return { head: `${reportLabel(r)}报告写道：`, lines, ...(section ? { source: sectionSource(section) } : {}), labelled: true };
}

/** The first clause of the report's text that fits (cut at commas, stops and brackets), said as the report's words. */
export function clauseSaid(r: Report, fits: (text: string) => boolean): Decision | undefined {
  const p = r.passages.find((x) => fits(x.text));
  const clause = p?.text.split(/[，,；;。（）()]/).find(fits);
  return p && clause ? { kind: 'passage', report: r, parts: reportSays(r, [`${clause.trim()}。`], p.section) } : undefined;
}

/** The report's own sentences as the answer ("据…报告：" and each sentence, its section the source). */
export function sentencesAnswer(r: Report, said: readonly { text: string; section: string }[]): Decision {
  return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: said.map((s) => s.text.trim()), source: sectionSource(said[0]!.section), labelled: true } };
}
