/** Rules that answer from the report's text. */
import { escapeRegExp } from '../../escape.js';
import { DONE_ASKED } from '../plans.js';
import { handlerOf, topicOf } from '../handlers.js';
import { datesOnly } from '../narrative.js';
import { A_DAY, ARTICLE_ASKED, CLAUSE_SPLIT, CONTACT_FIELD_NOUNS, HOW_TOLD_ONLY, MONEY_OF_APPLYING } from '../patterns.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import type { Report } from '../../report/types.js';
import { reportOnlyWordsIn, wholeText, type Understanding } from '../understanding.js';
import { clauseSaid, passage, reportSays, top, topScore, wholePoint, withoutSlots } from './helpers.js';
import { contentWords, countAsked, countFit } from '../../answer/retrieve.js';
import { NO_COUNT_STATED } from '../handlers.js';
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { questionKinds } from '../../understand/kind.js';
import { PASSAGE_INTENT } from '../respond.js';
import type { Decision, Rule } from './types.js';
import type { Knowledge } from '../knowledge.js';
import type { ConvState } from '../engine.js';
import { OTHER_THING_FOLLOW_UP } from './counts.js';
import { hasCells } from './consistency.js';
import { COUNTED_AFTER, TIME_SPAN } from './intents.js';

export const reportOnlyWords: Rule = {
  name: 'report-only-words',
  doc: 'Rare report words no intent uses ("政务公开专区", "功能区") beside a weak or generic template match: the passage that holds them.',
  decide: (u, state, kn) => {
    const t = top(u);
    const score = topScore(u);
    // (an article asked is about the rules, never the report's text: "…是条例哪一条规定的")
    // (nor a contact detail asked by its name, read as such: "政务公开咨询电话是多少" is the phone, not "接听…咨询电话257人次")
    const detailRead = t && CONTACT_FIELD_NOUNS.some(([re, id]) => id === t.item.id && re.test(u.norm));
    // (when a thing of a contact detail happened, in the report's own word, "门户网站啥时候上线的": that sentence, however well
    // the detail's intent reads — a contact detail has no date)
    const whenOfDetail = t && topicOf(t.item).contact && WHEN_ASKED.test(u.norm);
    if (whenOfDetail && u.reportOnlyWords.length) {
      const r = pickReport(kn, u.slots, state).report;
      // (a point's opening that gives no date, "四是组织“政府开放日”活动。": the whole point, whose next sentence does)
      const p = r?.passages.find((x) => u.reportOnlyWords.every((w) => x.text.includes(w)));
      const whole = r && p ? wholePoint(r, p.text.trim()) : undefined;
      if (r && p && whole && whole !== p.text.trim() && DATE_IN.test(whole) && !DATE_IN.test(p.text)) return { kind: 'passage', report: r, parts: reportSays(r, [whole], p.section) };
      const said = r && clauseSaid(r, (text) => u.reportOnlyWords.every((w) => text.includes(w)));
      if (said) return said;
    }
    // (a weak reading of any intent, two words or more only the report uses said together and standing together in one of its
    // sentences only — "发的公文有没有标公开属性" read faintly as a phone: that sentence, which the search by all the question's
    // words, 标 and 发 among them, misses)
    const together = ownWordsSentence(u, state, kn);
    if (together) return together;
    if (t && score < POLICY.reportOnlyMaxScore && !handlerOf(t.item) && u.reportOnlyWords.length && !ARTICLE_ASKED.test(u.norm) && !detailRead) {
      // (a clause asking only how the report words it, "年报里怎么表述的", is no words to find: the rest is searched)
      const clauses = withoutSlots(u).split(CLAUSE_SPLIT);
      const asked = clauses.filter((c) => !HOW_TOLD_ONLY.test(c.trim()));
      const found = passage(kn, u, state, score < THRESHOLDS.answer ? THRESHOLDS.coverage : POLICY.reportOnlyCoverage, asked.length && asked.length < clauses.length ? asked.join('，') : withoutSlots(u));
      // (a how-long question is answered by a length of time, never by a sentence that holds none: "…征地批复文件，他们要多久答复我")
      // (not a share of a time limit, "减时限比例是多少": a rate)
      if (found?.kind === 'passage' && u.duration && !RATE_ASKED.test(u.norm) && !found.parts.lines.some((l) => TIME_SPAN.test(l))) return undefined;
      // (a how-many in a measure no sentence counts in, "“南岗警事”抖音号有多少粉丝": the sentence, said to give no number)
      const unit = found?.kind === 'passage' && u.quantity ? countAsked(withoutSlots(u)) : undefined;
      // (or of a thing counted with no measure word that the sentence never names, "有多少粉丝")
      // (or named before it, "粉丝有多少")
      const thing = found?.kind === 'passage' && u.quantity && !unit ? (COUNTED_AFTER.exec(withoutSlots(u))?.[1] ?? COUNTED_BEFORE.exec(withoutSlots(u))?.[1])?.replace(/[啊呀呢吗嘛哦啦哈]+$/, '') : undefined;
      const unnamed = !!thing && thing.length >= 2 && found?.kind === 'passage' && !found.parts.lines.some((l) => l.includes(thing));
      if (found?.kind === 'passage' && ((unit && unit.unit !== '%' && found.parts.lines.every((l) => countFit(l, unit) < 1)) || unnamed)) return { ...found, parts: { ...found.parts, lines: [...found.parts.lines, NO_COUNT_STATED] } };
      // (how a thing is done, asked of a sentence that closes a numbered point, "发布之前怎么审核的" of "…完善信息发布审核把关机制。":
      // the whole point, whose opening tells the measure — "二是严格落实信息管理三审制…")
      if (found?.kind === 'passage' && u.kind === 'how' && found.parts.lines.length === 1) {
        const whole = wholePoint(found.report, found.parts.lines[0]!);
        if (whole !== found.parts.lines[0]) return { ...found, parts: { ...found.parts, lines: [whole] } };
      }
      return found;
    }
    return undefined;
  },
};

/** Words only the report uses, said together, that point at one of its sentences. */
const MIN_OWN_WORDS_TOGETHER = 2;
/** A count named however it is asked ("具体条数吗", "数量有没有写"): the count rules weigh whether the sentence gives it. */
const COUNT_WORDS = /多少|几|[条件个人次篇项]数|数量|数目/;
/** What the report's words mean, asked ("…传播矩阵具体指什么", "是什么意思"): the sentence that holds them says. */
const WHAT_IT_MEANS = /具体指|指的是|是指|指什么|指啥|什么意思|啥意思/;
/** The kinds of question one sentence of the report answers whole: whether it is so, how it is done. */
const SENTENCE_KINDS: ReadonlySet<string> = new Set(['yesno', 'how']);

/**
 * A weak reading of any intent, a yes/no or a how, two words or more only the report uses said together and standing together
 * in one of its sentences only ("发的公文有没有标公开属性" of "…各类公文均注明信息公开属性"): that sentence — a how asked of a
 * numbered point's closing sentence, the whole point. Not a count, a length of time or a why: their rules weigh what the
 * sentence gives.
 */
export function ownWordsSentence(u: Understanding, state: ConvState, kn: Knowledge): Decision | undefined {
  const t = top(u);
  if (!t || topScore(u) >= THRESHOLDS.clarify || u.reportOnlyWords.length < MIN_OWN_WORDS_TOGETHER || u.metric || u.duration || !(SENTENCE_KINDS.has(u.kind) || WHAT_IT_MEANS.test(u.norm)) || ARTICLE_ASKED.test(u.norm) || COUNT_WORDS.test(u.norm)) return undefined;
  const r = pickReport(kn, u.slots, state).report;
  const holding = r ? r.passages.filter((p) => u.reportOnlyWords.every((w) => p.text.includes(w))) : [];
  if (!r || holding.length !== 1) return undefined;
  const line = holding[0]!.text.trim();
  return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [u.kind === 'how' ? wholePoint(r, line) : line], source: sectionSource(holding[0]!.section), labelled: true } };
}

/** When something happened, asked ("啥时候上线的", "哪天开通"). */
const WHEN_ASKED = /什么时候|啥时候|哪天|何时|什么时间|哪一天|几号|哪年哪月/;
/** A date in a sentence ("2020年10月16日", "10月16日"). */
const DATE_IN = /\d{1,2}月\d{1,2}[日号]|\d{4}年\d{1,2}月/;


/** The sentence of the report right after `line`, in the same section. */
function nextSentence(r: Report, line: string): string | undefined {
  const at = r.passages.findIndex((p) => line.includes(p.text.trim()) || p.text.trim().includes(line.replace(/^据.*?报告：/, '').trim()));
  const next = at >= 0 ? r.passages[at + 1] : undefined;
  return next && next.section === r.passages[at]!.section ? next.text.trim() : undefined;
}

/** A unit of an office ("办公室", "信息公开科"), ending a word only the report uses or right after it. */
const UNIT = '(?:工作)?(?:办公室|办|科|股|室|局|委)';
/** The address asked right after it ("…的办公地址", "…地址"). */
const ADDRESS_AFTER = '的?(?:办公|联系|通讯)?(?:地址|地点)';

/** The address of a unit the word names asked ("政务公开办公室的办公地址在哪里"): the unit, with its address, right there. */
function unitAddressAsked(norm: string, word: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(`${w}${UNIT}${ADDRESS_AFTER}`).test(norm) || (new RegExp(`${UNIT}$`).test(word) && new RegExp(`${w}${ADDRESS_AFTER}`).test(norm));
}
/** The intent that gives the office's own address (intents/contact.yml). */
const ADDRESS_INTENT = 'contact.address';

/** A term quoted in the question ("“六稳”"). */
const QUOTED_TERM = /[“"「『]([^”"」』，。？?]{2,12})[”"」』]/g;

export const rareTermPassage: Rule = {
  name: 'rare-term-passage',
  doc: 'A long word only the report uses ("政务公开专区") in a question no intent reads well ("专区建好了没", "是卡在哪儿了"): the passage that holds it, whatever else the question asks.',
  decide: (u, state, kn) => {
    // (how it stands, asked of it: even over a good match of the question words, "啥时候建成的" is no report period)
    const status = DONE_ASKED.test(u.norm);
    // (where the thing is, "专区打算建在哪儿": the report's place for it, not the office's address the words matched)
    const placeOf = questionKinds(u.norm).where && top(u)?.item.id === ADDRESS_INTENT;
    // (a metric read only from money applied for, "专项资金申请了多少钱", is no figure asked)
    const figureAsked = u.metric && !(u.metric.table === '三' && MONEY_OF_APPLYING.test(u.norm));
    if (figureAsked || (!placeOf && topScore(u) >= (status ? POLICY.reportOnlyMaxScore : THRESHOLDS.answer)) || ARTICLE_ASKED.test(u.norm)) return undefined;
    // a day named ("绵阳今天空气质量怎么样"): the annual report does not tell it
    if (A_DAY.test(u.norm)) return undefined;
    // (a long message's story may name it, its asking clause only "搞好了没有"): the whole message's words
    const words = u.focus === u.classifierText ? u.reportOnlyWords : reportOnlyWordsIn(kn, wholeText(u), u.slots, state);
    // (or two of them said together, "水资源公报" of 水资源 and 公报: the long word they make, when the report prints it so)
    // (of the asking clause only: a story's "…推进81家部门所属单位预算决算公开，那…支出总额是多少" names no thing asked)
    const own = u.reportOnlyWords;
    // (not of a follow-up, "微信公众号上呢？": the passage-follow-up's, which keeps the thread)
    const r = own.length >= 2 && !u.followUp.is ? pickReport(kn, u.slots, state).report : undefined;
    // (five characters at least, and in one passage: "政策解读" of 政策 and 解读 is every report's words, no thing of its own)
    const joined = r ? own.slice(1).map((w, i) => own[i]! + w).filter((w) => w.length >= JOINED_TERM_MIN_CHARS && u.focus.includes(w) && r.passages.filter((p) => p.text.includes(w)).length === 1) : [];
    // (a shorter word the asker quotes from the report, "年报中提到“六稳”“六保”": the report's term all the same)
    const quoted = new Set([...u.norm.matchAll(QUOTED_TERM)].map((m) => m[1]!));
    const terms = [...words, ...joined].filter((w) => w.length >= POLICY.rareTermMinChars || quoted.has(w));
    if (!terms.length) return undefined;
    // (the address of a unit the report names, "政务公开办公室的办公地址在哪里": the office's contact details answer, never a
    // sentence that only names the unit)
    if (placeOf && terms.some((w) => unitAddressAsked(u.norm, w))) return undefined;
    const d = passage(kn, u, state, POLICY.rareTermCoverage);
    // the passage found must hold the term itself (not a passage matched on the question's other words)
    if (d?.kind !== 'passage' || !terms.some((w) => d.parts.lines.some((l) => l.includes(w)))) return undefined;
    // how it stands ("建好了没", "卡在哪儿了"): the sentence after it too, where reports say what comes next
    // (when it goes on about the same thing: "…线下专区实施方案…待资金批复后，即刻组织施工")
    const after = status || placeOf ? nextSentence(d.report, d.parts.lines.at(-1) ?? '') : undefined;
    const next = after && terms.some((w) => after.includes(w.slice(-2))) ? after : undefined;
    return next ? { ...d, parts: { ...d.parts, lines: [...d.parts.lines, next] } } : d;
  },
};

/**
 * A question this short right after an answer from the text is read as about it, though longer than the
 * follow-ups of templates (POLICY.followUpMaxChars): "新增的是哪个单位的" (9) asks of the accounts just counted.
 */
const FOLLOW_UP_ON_TEXT_MAX_CHARS = 12;

/** The asker correcting the last question ("打错了，我问的是柳南区"): another subject, no count of the last one. */
const CORRECTED = /打错|写错|说错|输错|我问的是|我是说|不是这个/;
/** A bare count asked ("发了多少条", "一共几个"): a verb at most besides the question words. */
const BARE_COUNT_WORDS = 1;

/**
 * A short count asked with nothing of its own ("发了多少条", "一共几个"): no row, no word only the report uses, no report,
 * no contact detail, no correction of the last question ("打错了，我问的是柳南区").
 */
function bareCount(u: Understanding): boolean {
  const s = u.slots;
  return (
    u.quantity && /多少|几/.test(u.text) && !CORRECTED.test(u.text) && !u.metric && !u.reportOnlyWords.length && u.norm.length <= FOLLOW_UP_ON_TEXT_MAX_CHARS &&
    // (single characters beside the measure word, "来了多少人" → 来, 人, name nothing either)
    contentWords(u.norm).filter((w) => w.length >= 2).length <= BARE_COUNT_WORDS && contentWords(u.norm).length <= BARE_COUNT_WORDS + 1 && !s.offices.length && !s.years.length && !s.unknownOffices.length && !CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm))
  );
}

export const passageFollowUp: Rule = {
  name: 'passage-follow-up',
  doc: 'A short follow-up with a word only the report uses, right after an answer from the report\'s text ("点击量呢" after "发布政府信息总数多少", "新增的是哪个单位的" after "新媒体账号有多少个"), or a bare count ("发了多少条" after "他们公众号叫啥"): the passage that holds the word beside the last question\'s subject, whatever template its question words match.',
  decide: (u, state, kn) => {
    // (a bare count asked next, "发了多少条" after "他们公众号叫啥" was answered from the text: the count of the last
    // question's subject, from the passage holding both)
    if (state.intent === PASSAGE_INTENT && state.text && bareCount(u)) return passage(kn, u, state, THRESHOLDS.coverage, `${state.text}，${u.norm}`);
    if (!(u.followUp.is || u.norm.length <= FOLLOW_UP_ON_TEXT_MAX_CHARS) || state.intent !== PASSAGE_INTENT || !state.text || !u.reportOnlyWords.length || u.metric) return undefined;
    if (u.slots.offices.length || u.slots.years.length || u.slots.unknownOffices.length || ARTICLE_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // the passages holding every such word of the follow-up ("微信公众号呢" is not the sentence naming 政务微信), the
    // one sharing most words with the last question first (its subject: "发布政府信息" for 点击量)
    const before = contentWords(state.text).filter((w) => w.length >= 2);
    // (and the follow-up's own other words first, "按什么要求清理的": the sentence with 要求 beside 清理)
    const own = contentWords(u.norm).filter((w) => w.length >= 2 && !before.includes(w) && !u.reportOnlyWords.includes(w));
    let best: { p: (typeof r.passages)[number]; shared: number; owned: number } | undefined;
    // (a how-many or a share asked: a passage stating a number)
    const counted = u.quantity || questionKinds(u.norm).count || /占/.test(u.norm);
    // (a count in a measure word, or a thing named after a count, "公众号呢" after "那微博呢" read as 微博多少条: a passage that
    // counts, not one whose only figure is a year)
    const inUnit = !!countAsked(u.norm) || (OTHER_THING_FOLLOW_UP.test(u.norm.trim()) && !!countAsked(state.text));
    // (the thing named whole, "工作动态呢" after "部门动态多少条": a passage holding that name, when one does, over one sharing
    // more of the last question's words)
    const named = OTHER_THING_FOLLOW_UP.exec(u.norm.trim())?.[1];
    const wholeName = !!named && named.length >= 2 && r.passages.some((p) => p.text.includes(named));
    for (const p of r.passages) {
      // (a number that counts, not a year: "2021年,…通过…(微信公众号、官方微博)等途径" states no count)
      if (!u.reportOnlyWords.every((w) => p.text.includes(w)) || (counted && !/\d/.test(p.text)) || (inUnit && datesOnly(p.text))) continue;
      if (wholeName && !p.text.includes(named!)) continue;
      const shared = before.filter((w) => p.text.includes(w)).length;
      const owned = own.filter((w) => p.text.includes(w)).length;
      if (shared >= 1 && (!best || owned > best.owned || (owned === best.owned && shared > best.shared))) best = { p, shared, owned };
    }
    if (!best || best.shared < 1) return undefined;
    // (after a count, "公众号呢" is that thing's count: kept as the question, so "征求意见稿呢" next goes on from it)
    const count = countAsked(state.text);
    const thing = count ? OTHER_THING_FOLLOW_UP.exec(u.norm.trim())?.[1] : undefined;
    const asked = count && thing ? `${thing}多少${count.unit}` : undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [best.p.text.trim()], source: sectionSource(best.p.section), labelled: true }, asked };
  },
};

/** A share or rate asked ("比例", "占比", "百分之几"). */
const RATE_ASKED = /比例|比率|占比|百分/;

/** A thing counted named right before the how-many that ends the question ("粉丝有多少", "访问量是多少"). */
const COUNTED_BEFORE = /(\p{Script=Han}{2,4}?)(?:有|是|共有|一共)?(?:多少|几)[个位名人]?[?？。！!]*$/u;

/** The fewest characters of a term made of two report words said together ("水资源公报"). */
const JOINED_TERM_MIN_CHARS = 5;

/** The thing asked for said not to have been given ("为什么没有提供", "为啥不给", "没公开"). */
const NOT_GIVEN_ASKED = /没(?:有)?(?:给|提供|公开)|不(?:给|提供|予公开|公开)|无法提供|拒绝/;

/** Sections where a report tells of the year's requests one by one (the opening, 一 总体情况, 三 the requests). */
const REQUESTS_TOLD_IN: ReadonlySet<string> = new Set(['前言', '一', '三']);

export const whyOfNamedRequest: Rule = {
  name: 'why-of-named-request',
  doc: 'Why a request named by what it asked for was not given ("为什么没有提供2000-2023年的水资源公报"), of a report whose tables do not count that result: the one passage of the text that tells of that request and what became of it — not the regulation\'s cases of that result.',
  decide: (u, state, kn) => {
    // (the result named by its ground, "属于内部事务信息…凭啥不公开", is table-row-asked's: its reasons)
    if (!kindsWhy(u) || u.metric?.table !== '三' || u.metric.rows.some((x) => x.includes('.')) || !NOT_GIVEN_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || hasCells(r, u.metric)) return undefined;
    const words = u.reportOnlyWords;
    const joined = words.slice(1).map((w, i) => words[i]! + w).filter((w) => u.norm.includes(w));
    const terms = [...words, ...joined].filter((w) => w.length >= POLICY.rareTermMinChars);
    if (!terms.length) return undefined;
    // (the passage telling of a request for it: "申请…水资源公报…无法提供")
    const told = r.passages.filter((p) => REQUESTS_TOLD_IN.has(p.section) && /申请/.test(p.text) && terms.some((w) => p.text.includes(w)));
    if (told.length !== 1) return undefined;
    return { kind: 'passage', report: r, parts: reportSays(r, [told[0]!.text.trim()], told[0]!.section) };
  },
};

/** Whether the question asks why. */
const kindsWhy = (u: Understanding) => questionKinds(u.norm).why;
