/**
 * A count the report states in its text, in the unit asked and next to the thing asked
 * ("现由 1 人兼职完成政务公开各项工作" for 几个人…政务公开): that sentence, even when a template intent
 * shares the words (负责 → 负责部门). Without such a sentence the other rules decide (never a count
 * of something else).
 */
import { smallNumber } from '../../understand/cn-number.js';
import { escapeRegExp } from '../../escape.js';
import { contentWords, COUNT_ATTACHED, countAsked, countFit, CUT_NOTE_START, cutBeforeCount, cutNote, unitsAlike } from '../../answer/retrieve.js';
import { questionKinds } from '../../understand/kind.js';
import { countIn, quotedCounts } from '../handlers.js';
import { narrative } from '../narrative.js';
import { pickReport, reportById, reportsOf } from '../select.js';
import { reportLabel } from '../../answer/render.js';
import type { Knowledge } from '../knowledge.js';
import type { ConvState } from '../engine.js';
import { reportOnlyWordsIn, wholeText, type Understanding } from '../understanding.js';
import type { Report } from '../../report/types.js';
import type { CountAsked } from '../../answer/retrieve.js';
import { itemsAsked, jointCount, sumOfItems } from '../../answer/prose-sum.js';
import { toldShare, toldShareLine, toldWhole } from '../../answer/told-share.js';
import { decimalsAsked } from '../told-over-years.js';
import { sectionSource } from '../prose-figures.js';
import { ASKING, CLAUSE_SPLIT, CONTACT_FIELD_NOUNS, HOW_TOLD_ONLY, PARTS_AGAINST_TOTAL, REPORT_PART, SUM_ASKED, TOLD_PARTS_NAMED } from '../patterns.js';
import { proseSumAnswer } from '../../answer/prose-sum.js';
import { hasCells, sumTold } from './consistency.js';
import { quotedNumbers } from '../../answer/consistency.js';
import { POLICY } from '../thresholds.js';
import { T3_ROWS } from '../../report/format.js';
import { kindsOf, PLACE_COUNTED, placeCountSentence, withoutSlots } from './helpers.js';
import type { Decision, Rule } from './types.js';
import { PASSAGE_INTENT } from '../respond.js';

/** Measure words of people. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['人', '名']);
/** The office's own staff asked about ("工作人员", "负责…的", "专职"). */
const STAFF_ASKED = /工作人员|人员|负责|专职|兼职|干部|编制/;
/** Staff counted with 个 ("工作人员有几个", "专职人员几个"). */
const STAFF_COUNTED = /(?:工作人员|人员|专职|兼职)[^，。？?]{0,4}(?:有)?(?:几|多少)个(?![\u4e00-\u9fa5])/;

/** A share asked ("占了多少百分比", "比例是多少"). */
const SHARE_ASKED = /占|比例|比重|百分/;

/** A share asked in words that read no how-many ("占多大比例", "占多大的比重", "占…总数的百分之多少"). */
// (or asked to be worked out, the message ending on it: "帮我算一下…公示栏公开的信息占全年主动公开总数的比例")
const SHARE_QUESTION = /占(?:了)?[^，,。？?]{0,16}?(?:多大(?:的)?(?:比例|比重)|百分之(?:多少|几)|(?:比例|比重)(?:是|为)?多少)|占(?:了)?[^，,。？?]{0,20}?(?:的)?(?:比例|比重|百分比)(?=[。？?！!]*$)/;

/** A share asked alone, of the count just answered ("占比多少？保留两位小数", "占多少比例", "占总数的百分之几"). */
const SHARE_ALONE = /^(?:那|那么)?(?:它|这个|这些|其)?(?:占(?:了)?(?:总数|全部|总量|所有)?(?:的)?(?:(?:多少|多大)(?:比例|比重|百分比)?|几成|百分之几|百分之多少|比例|比重|百分比)|占比|比例|比重)(?:是|为)?(?:多少|几)?(?:呢|啊|呀)?[?？。]*(?:(?:请)?保留[0-4一二两三四]位小数[。.]?)?$/;

/** Decimals of a sum's share worked out from the text's counts (as text-arith's shares). */
const SUM_SHARE_DECIMALS = 2;

/** How many more of the story's words the sentence found with the story must hold than the one found without it. */
const STORY_WORDS_MARGIN = 2;

/** The most how-many questions of one message answered each from its own sentence. */
const MAX_COUNT_ASKS = 4;


/** Two things joined by 和 and asked each ("新增和注销的政务新媒体账号各有多少个"): the words before, the two, the thing counted, the how-many. */
const EACH_OF_TWO = /^(.*?)(\p{Script=Han}{1,4})(?:和|与|跟)(\p{Script=Han}{1,4})的(\p{Script=Han}{2,12}?)各(?:有|是|为)?((?:多少|几)\p{Script=Han}?)/u;

/** A clause asking a count of each of two things joined by 和: one clause of each ("新增的政务新媒体账号多少个", "注销的…"). */
function eachOfTwo(clause: string): string[] {
  const m = EACH_OF_TWO.exec(clause);
  if (m) return [`${m[1]}${m[2]}的${m[4]}${m[5]}`, `${m[3]}的${m[4]}${m[5]}`];
  // (or two how-manys run on with no pause, "新增几个号注销几个": one question of each)
  const run = TWO_RUN_ON.exec(clause);
  return run ? [run[1]!, run[2]!] : [clause];
}

/** Two how-manys run on in one clause, the second after a verb of its own ("新增几个号注销几个"). */
const TWO_RUN_ON = /^(.*?(?:几|多少)[个件条项次名位家](?:号|账号)?)(\p{Script=Han}{2}(?:了)?(?:几|多少)[个件条项次名位家]?.*)$/u;

/** Counts listed in the order of the things named before them ("分别为2764.2万宗、3124万宗和188.2万宗"). */
const RESPECTIVELY = /分别(?:为|是)/;

/** The part of the report named as where a thing is told ("报告第五部分说", "年报第一部分里写的", "报告里说"). */
// (or the report alone said as the source, "报告里说我办现在…")
const PART_SAYS = new RegExp(`(?:报告|年报)?(?:的)?${REPORT_PART.source}(?:里|中|上|里面)?(?:说|写|讲|提到|写的|说的)?(?:的)?|^(?:报告|年报)(?:里|上|中|里面)(?:说|写|讲|提到|写的|说的)(?:的)?`);

/** The office's own asked ("自己的门户网站", "本单位网站", "他们自己"). */
const OWN_ASKED = /自己|本单位|本机关|本部门/;
/** The office speaking of itself in its report ("我厅", "本局", "我中心"). */
const OWN_BODY = /我(?:厅|局|委|办|中心|镇|乡|街道|单位|机关|部门)|本(?:厅|局|委|办|中心|单位|机关|部门)/;

/** The one sentence that counts the thing asked as the office's own ("通过我厅门户网站公布…105条"). */
function ownBodySentence(r: Report, asked: CountAsked): { text: string; section: string } | undefined {
  // (the office's word right before a thing asked, "我厅门户网站": not "我厅在吉林省政府门户网站…")
  const nouns = asked.nouns.filter((w) => !OWN_ASKED.test(w));
  const ownThing = nouns.map((w) => new RegExp(`(?:${OWN_BODY.source})(?:的)?${escapeRegExp(w)}`));
  const own = r.passages.filter((p) => ownThing.some((re) => re.test(p.text)) && countFit(p.text, { ...asked, nouns }) >= COUNT_ATTACHED);
  return own.length === 1 ? own[0] : undefined;
}

export const countInReport: Rule = {
  name: 'count-in-report',
  doc: 'A how-many question with no table figure whose unit and subject sit together in one sentence of the report ("几个人…政务公开" → "1 人…政务公开"): that sentence.',
  decide: (u, state, kn) => {
    // (a share asked alone right after a count the text told, "占比多少？保留两位小数": asked of that count)
    const shareAlone = !u.metric && state.intent === PASSAGE_INTENT && !!state.text && SHARE_ALONE.test(withoutSlots(u).replace(/\s/g, ''));
    // (or a share asked in words no how-many reads, "图片解读占多大比例")
    const shareWords = !u.metric && SHARE_QUESTION.test(withoutSlots(u));
    if (u.metric || (!kindsOf(u).count && !shareAlone && !shareWords)) return undefined;
    // the clause that asks, not the framing before it ("报告里说，目前办公室负责政务公开工作的有几个人")
    // (a story told in sentences before the one that asks, "…对比几个国家级高新区…没找到汇总。麻烦问一下，…多少条"):
    // the asking sentence, whose how-many is the one asked)
    // (nor the part of the report named as where it is told, "报告第五部分说…")
    const text = shareAlone ? `${state.text}，${withoutSlots(u)}` : askingSentence(withoutSlots(u).replace(PART_SAYS, ''));
    const askedAsTyped = shareAlone
      ? countAsked(state.text!)
      : // (a share asked in words is the share, whatever count the whole's name reads: "占全年主动公开总数的比例" is no 条 asked)
        ((shareWords ? countAsked(text.replace(SHARE_QUESTION, '占比多少')) : undefined) ?? (text.length < u.norm.length - POLICY.clauseMinChars ? countAsked(text) : undefined) ?? countAsked(u.norm));
    // (staff counted with 个, "工作人员有几个": people, whom reports count in 人)
    const asked = askedAsTyped?.unit === '个' && STAFF_COUNTED.test(text) ? { ...askedAsTyped, unit: '人' } : askedAsTyped;
    if (!asked || !asked.nouns.length) return undefined;
    // (a share asked of a count the text tells, "微信公众号发布的占比是多少": its sentence and the share worked out)
    if (asked.unit === '%' && SHARE_ASKED.test(text)) {
      const r = pickReport(kn, u.slots, state).report;
      const shared = r ? shareOfTold(r, text, asked) : undefined;
      if (shared) return shared;
    }
    if (!kindsOf(u).count && !shareAlone) return undefined;
    // (two questions in the message: the whole, whose passage search answers each)
    // (two how-manys joined by 、 are two questions: "新增了几个账号、注销了几个")
    // (a contact detail asked in a later clause, "另外他们办公室电话是多少", is no count: the contact block answers it, never a
    // sentence of the text that holds its words)
    // (only after a how-many asked as a question of its own, "…主动公开了多少条信息？": a story's "几个问题写成信" is none)
    // (nor is a clause asking only how the report says it, "帮我查一下原话怎么说的")
    // (and two things joined by 和 asked each, "新增和注销的政务新媒体账号各有多少个": one question of each)
    // (and counts named by their number listed with 、, no how-many word, "权威信息转载数、预警督改次数": each asked)
    // (of one office, the message asking no how-many elsewhere: "…转载数、…次数，各是多少" of two offices is theirs to split)
    const listedByNumber = (c: string) => u.slots.offices.length < 2 && !/几|多少/.test(text) && c.includes('、') && c.split('、').every((x) => !!countAsked(x));
    const all = text
      .split(CLAUSE_SPLIT)
      .flatMap((c) => (/(?:几|多少)[^、]*、[^、]*(?:几|多少)/.test(c) ? c.split('、') : listedByNumber(c) ? c.split('、').map((x) => `${x}是多少`) : eachOfTwo(c)))
      .filter((c) => ASKING.test(c) && !HOW_TOLD_ONLY.test(c.trim()));
    const firstMarked = !!all[0] && /^[?？]/.test(text.slice(text.indexOf(all[0]) + all[0].length));
    const asks = firstMarked ? all.filter((c, i) => !(i && !countAsked(c) && CONTACT_FIELD_NOUNS.some(([re]) => re.test(c)))) : all;
    // (a bare "一共几条" takes its subject from the clause before it: "…在网上公开过征地信息,一共几条")
    const asking = asks.length === 1 && questionKinds(asks[0]!).count ? withSubject(text, asks[0]!) : text;
    // two or more offices named ("莆田医保局2023年和金厂镇2025年主动公开的信息条数分别是多少"): each one's sentence
    if (u.slots.offices.length >= 2) return eachOfficeCount(kn, u, asking, asked);
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // several how-many questions in one message ("账号有多少个？涉及几家单位？新增了几个？"): each one's sentence
    if (asks.length >= 2 && asks.length <= MAX_COUNT_ASKS) {
      const lines: string[] = [];
      let source: string | undefined;
      let shares = 0;
      // (the later questions are about the first one's subject: "新增了几个" asks new 账号)
      // (a first question naming nothing, "…线下政务公开专区，建在哪": the clause before it names its subject)
      const first = asks[0]!.replace(/[?？\s]/g, '').length > SHORT_ASK_CHARS ? asks[0]! : withClauseBefore(text, asks[0]!);
      const subject = countAsked(first)?.nouns.join(' ') ?? contentWords(first).filter((w) => w.length >= 2).join(' ');
      for (const [i, a] of asks.entries()) {
        const q = i ? `${a} ${subject}` : first;
        const each = countAsked(q);
        const own = contentWords(i ? a : q).filter((w) => w.length >= 2);
        // (a share asked of the count just answered, "有几条，占了多少百分比": its line, when it gives the share)
        if (i && SHARE_ASKED.test(a) && lines.at(-1)?.includes('%')) {
          shares++;
          continue;
        }
        const found = narrative(r, q, !!each, POLICY.countedPassageCoverage);
        // (the thing counted by a word only the report uses, "工作动态有几条": the one sentence counting it, as for one question)
        const counted = each ? u.reportOnlyWords.filter((w) => COUNTED_BEFORE_HOW_MANY(w).test(a)) : [];
        const named = counted.length && found && !counted.some((w) => found.parts.lines[0]!.includes(w)) ? ownWordsSentence(r, counted, each!) : undefined;
        const l = named ? named.text.trim() : found?.parts.lines[0];
        // a count in its unit by its subject, or (注销了哪个) a sentence holding the question's own word
        const fits = l && (each ? countFit(l, each) >= COUNT_ATTACHED : own.some((w) => l.includes(w)));
        if (!found || !l || !fits || lines.includes(l)) continue;
        lines.push(l);
        source ??= found.parts.source;
      }
      if (lines.length >= 2 || (lines.length === 1 && shares === asks.length - 1)) return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines, source, labelled: true } };
    }
    // (the asking clause read alone fits more than one sentence — "一共指导了多少家" of 指导13家单位 and 指导48家区直部门 —
    // and the story before it names the one meant, "…指导了区直部门、街道和乡镇在市政务公开平台公布…": that one)
    const alone = narrative(r, asking, true, POLICY.countedPassageCoverage);
    const told = asks.length === 1 && asking === asks[0] ? withClauseBefore(text, asking) : asking;
    const withStory = told !== asking && alone ? narrative(r, told, true, POLICY.countedPassageCoverage) : undefined;
    // (the story's words must tell the two apart, more than one of them in the sentence it finds — not a place name alone,
    // "古蔺那个彰德街道…一年公开了好多条")
    const storyWords = told === asking ? [] : contentWords(told.slice(0, told.length - asking.length)).filter((w) => w.length >= 2);
    const held = (line: string) => storyWords.filter((w) => line.includes(w)).length;
    // (or it holds a count the story quotes, "那11个重大建设项目…": "新增11个重大建设项目…,共发布197条信息", a change though it says)
    const storyLine = withStory?.parts.lines[0];
    const quotesStory = !!storyLine && quotedCounts(told).some((n) => countIn(storyLine, n));
    const better = withStory && withStory.parts.lines[0] !== alone!.parts.lines[0] && countFit(withStory.parts.lines[0]!, asked) >= COUNT_ATTACHED && (countFit(withStory.parts.lines[0]!, asked) >= countFit(alone!.parts.lines[0]!, asked) || quotesStory);
    const found = better && held(withStory!.parts.lines[0]!) - held(alone!.parts.lines[0]!) >= STORY_WORDS_MARGIN ? withStory : alone;
    // (a word only the report uses, "审计报告", names the thing counted: a sentence that counts it beats one that
    // counts something broader by the question's plainer words, "历年累计公开26条")
    // (only words of the thing counted, right before the how-many — not an office's name, not another clause's word)
    const counted = u.reportOnlyWords.filter((w) => COUNTED_BEFORE_HOW_MANY(w).test(text));
    const own = asks.length <= 1 && counted.length && found && !counted.some((w) => found.parts.lines[0]!.includes(w)) ? ownWordsSentence(r, counted, asked) : undefined;
    const byOwn = own ? { ...found!, parts: { ...found!.parts, lines: [own.text.trim()], source: sectionSource(own.section) } } : found;
    // (places counted by their one-character name, "有几个市开展了试点": the sentence that counts 市 so, "有5个市开展了试点工作",
    // before one that shares more of the other words, "在…等12个方面开展了试点工作")
    const place = PLACE_COUNTED.exec(asking)?.[1];
    const placeLine = place && byOwn?.parts.lines[0] && !new RegExp(`\\d+\\s*个${place}`).test(byOwn.parts.lines[0]) ? placeCountSentence(r, place, asked) : undefined;
    // (the office's own channel asked, "自己的门户网站公布了多少条": the sentence that counts it as 我厅/本局…, not another's)
    const ownLine = !placeLine && OWN_ASKED.test(asking) && byOwn?.parts.lines[0] && !OWN_BODY.test(byOwn.parts.lines[0]) ? ownBodySentence(r, asked) : undefined;
    const n0 = placeLine
      ? { ...byOwn!, parts: { ...byOwn!.parts, lines: [placeLine.text.trim()], source: sectionSource(placeLine.section) } }
      : ownLine
        ? { ...byOwn!, parts: { ...byOwn!.parts, lines: [ownLine.text.trim()], source: sectionSource(ownLine.section) } }
        : byOwn;
    // (a follow-up naming only what it counts, "那历年累计一共多少条" after the requests received: the sentence that also holds
    // the last question's words, "收到4条…申请(历年累计17条)", over another that counts all years of something else)
    const threaded = n0?.parts.lines.length === 1 && FOLLOW_ON.test(asking) && state.text && state.report === r.id ? threadLine(r, asking, state.text, asked, n0.parts.lines[0]!) : undefined;
    const n = threaded && n0 ? { ...n0, parts: { ...n0.parts, lines: [threaded] } } : n0;
    const line = n?.parts.lines[0];
    // (a breakdown found comes after its total, "…289条。" "其中…政策文件9条": the line that counts the thing asked)
    const fitted = n?.parts.lines.reduce((a, b) => (countFit(b, asked) > countFit(a, asked) ? b : a), line ?? '');
    // people counted that the report does not count ("负责信息公开的工作人员有几个人"): the honest fallback, never
    // the office's contact block as if it answered
    // (staff counted with 个, "工作人员有几个": people still)
    const people = PEOPLE_UNITS.has(asked.unit) || (asked.unit === '个' && STAFF_COUNTED.test(asking));
    if ((!n || !line || countFit(fitted!, asked) < COUNT_ATTACHED) && people && STAFF_ASKED.test(asking)) return { kind: 'fallback', reason: 'unknown', confidence: 0 };
    if (!n || !line || countFit(fitted!, asked) < COUNT_ATTACHED) return undefined;
    // a total sentence whose breakdown follows ("…22条,涵盖政策文件…。其中,主动公开政策文件3条"): the breakdown too,
    // when it counts the thing asked as well
    const at = r.passages.findIndex((p) => p.text.trim() === line);
    const next = at >= 0 ? r.passages[at + 1] : undefined;
    if (n.parts.lines.length === 1 && next && next.section === r.passages[at]!.section && /^(?:其中|包括)/.test(next.text.trim()) && countFit(next.text, asked) >= countFit(line, asked)) {
      // (the breakdown cut off right at the thing asked, "其中,政务信息49条、规范性文件14部、涉企政": it does not state that count)
      const cutAt = cutBeforeCount(next.text.trim(), asked.nouns);
      return { kind: 'passage', report: r, parts: { ...n.parts, lines: [line, next.text.trim(), ...(cutAt ? [cutNote(cutAt)] : [])] } };
    }
    // another sentence that counts the same thing as well, in other channels ("通过区政府门户网站主动公开政府信息7191条"
    // beside "通过…政务新媒体平台主动公开政府信息5455条"), the question naming neither: both, so the reader sees which
    const twin = n.parts.lines.length === 1 ? twinCount(r, line, asked, asking) : undefined;
    if (twin) return { kind: 'passage', report: r, parts: { ...n.parts, lines: [line, twin] } };
    // the sentence cut off right at the thing asked ("其中线上申请3件,线下申"): it does not state that count
    // (or the last line found, a breakdown after its total: "…151条。" "其中,…规范性文件14部、涉企政")
    const cut = n.parts.lines.some((l) => l.startsWith(CUT_NOTE_START)) ? undefined : (cutBeforeCount(line, asked.nouns) ?? (n.parts.lines.length > 1 ? cutBeforeCount(n.parts.lines.at(-1)!, asked.nouns) : undefined));
    if (cut) return { kind: 'passage', report: r, parts: { ...n.parts, lines: [...n.parts.lines, cutNote(cut)] } };
    // (its share asked, the sentence giving the total it breaks down: the share worked out, said so)
    const share = SHARE_ASKED.test(text) ? toldShare(r, fitted!, asked) : undefined;
    if (share) return { kind: 'passage', report: r, parts: { ...n.parts, lines: [...n.parts.lines, ...(n.parts.lines.includes(share.line) ? [] : [share.line]), `\n${toldShareLine(share, asked.unit, decimalsAsked(text))}`] } };
    // (a share asked alone that the line does not give, printed or worked out: not this rule's)
    if (shareAlone && !/[%％]/.test(fitted!)) return undefined;
    // (a sentence saying there were none, "2020年以来,我乡未有人事任免信息公开": that is 0, said as our reading)
    if (n.parts.lines.length === 1 && NONE_TOLD.test(line) && !/\d/.test(line.replace(YEARS_IN_TEXT, ''))) return { kind: 'passage', report: r, parts: { ...n.parts, lines: [line, `即 0 ${asked.unit}。`] } };
    return { kind: 'passage', report: r, parts: n.parts };
  },
};

/** A question going on from the last one ("那…", "那么…"). */
const FOLLOW_ON = /^\s*(?:那么?|那个)/;

/**
 * The sentence found for the follow-up and the last question together, when it differs from the one found for the follow-up
 * alone, holds every word of the follow-up that sentence held (and that the last question did not say) and counts the thing
 * asked; else undefined.
 */
function threadLine(r: Report, asking: string, before: string, asked: CountAsked, alone: string): string | undefined {
  const own = contentWords(asking).filter((w) => w.length >= 2 && !before.includes(w) && alone.includes(w));
  if (!own.length) return undefined;
  const both = narrative(r, `${before} ${asking}`, true, POLICY.countedPassageCoverage)?.parts.lines[0];
  return both && both !== alone && own.every((w) => both.includes(w)) && countFit(both, asked) >= COUNT_ATTACHED ? both : undefined;
}

/** A sentence saying there were none of the thing ("未有…公开", "没有发生", "无…"). */
const NONE_TOLD = /未有|没有|未发生|未出现|均无|暂无/;
/** Years and dates in a sentence, which count nothing. */
const YEARS_IN_TEXT = /(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日/g;

/** The last sentence when the sentences before it ask nothing (no question mark), else the whole text. */
function askingSentence(text: string): string {
  const cut = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('!'));
  if (cut <= 0 || cut >= text.length - 2) return text;
  const told = text.slice(0, cut);
  return /[?？]/.test(told) ? text : text.slice(cut + 1);
}

/** A word right before the how-many that counts it ("审计报告有几条", "审计报告一共多少"). */
const COUNTED_BEFORE_HOW_MANY = (w: string) => new RegExp(`${escapeRegExp(w)}[^，,。？?\\s]{0,4}(?:多少|几)`);

/** The one sentence that holds every report-only word of the question with a count of it attached. */
function ownWordsSentence(r: Report, words: readonly string[], asked: CountAsked): Report['passages'][number] | undefined {
  const hits = r.passages.filter((p) => words.every((w) => p.text.includes(w)) && countFit(p.text, asked) >= COUNT_ATTACHED);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Channels a count is told by ("门户网站", "政务新媒体", "微信公众号"): two sentences differing in them count apart. */
const CHANNEL = /门户网站|政府网站|网站|新媒体|公众号|微信|微博|抖音|政务服务|公开栏|公报/;

/**
 * The one other sentence of the report that counts the thing asked just as closely (every noun asked, the same
 * fit), through another channel — undefined when there is none, several, or the question names a channel.
 */
function twinCount(r: Report, line: string, asked: CountAsked, asking: string): string | undefined {
  if (CHANNEL.test(asking)) return undefined;
  const fit = countFit(line, asked);
  const nouns = asked.nouns.filter((w) => line.includes(w));
  if (!nouns.length || !CHANNEL.test(line)) return undefined;
  const twins = r.passages.filter((p) => p.text.trim() !== line && CHANNEL.test(p.text) && nouns.every((w) => p.text.includes(w)) && countFit(p.text, asked) >= fit);
  return twins.length === 1 ? twins[0]!.text.trim() : undefined;
}

/** A question this short ("建在哪", "有几个") names no subject of its own. */
const SHORT_ASK_CHARS = 4;

/** A clause with the one before it ("…专区" + "建在哪"). */
function withClauseBefore(text: string, ask: string): string {
  const clauses = text.split(CLAUSE_SPLIT);
  const at = clauses.indexOf(ask);
  return at > 0 ? `${clauses[at - 1]} ${ask}` : ask;
}

/** The asking clause, with the clause before it when it names nothing counted itself ("一共几条"). */
function withSubject(text: string, ask: string): string {
  return countAsked(ask)?.nouns.some((w) => !REPORT_ITSELF.test(w)) ? ask : withClauseBefore(text, ask);
}

/** Words naming the report itself ("报告里写的是多少次"): where the count is read, never the thing counted. */
const REPORT_ITSELF = /^(?:这份|那份|本)?(?:年度报告|报告|年报|报告里|年报里|原文|文中)$/;


/**
 * A count the text states with words only the report uses, where the question's table word is part of
 * that sentence ("清理了多少件失效废止的文件" → "集中规范清理已失效、已废止的政府文件 4 件", not table 二's
 * 本年废止): the table row was only inferred from one word, the sentence holds them all.
 */
/** A verb of table 二's columns that names no row ("发了", "印发"): how a document came out, not which. */
const COLUMN_VERB = /^(?:发|发了|发布了?|制发了?|出台了?|印发了?|制定了?|新发了?|新出了?)$/;
/** The how-many words a metric's span may take with its row word ("公开了几件"). */
const HOW_MANY_IN_SPAN = /了|(?:有|是)?(?:多少|几)[件个条项次]?|[吗呢?？]/g;

/** The other plain terms of the lexicon's rows and columns that hold `word` ("作废" → 废止, 废除 …): the same table word. */
function sameTerms(kn: Knowledge, word: string): string[] {
  const out: string[] = [];
  for (const group of Object.values(kn.lexicon)) for (const terms of Object.values(group)) if (terms.includes(word)) for (const t of terms) if (typeof t === 'string' && t !== word) out.push(t);
  return out;
}

/** A row and its column read off one word ("制发的文件": 行政规范性文件, 本年制发): the column names no cell of its own. */
const sameSpan = (m: { spans: readonly unknown[]; cols: readonly unknown[] }) => m.spans.length === 1 && m.cols.length > 0;

/** The measures tried, in turn, for a how-many asked with none ("发了多少政策文件"): the table's 件, then the text's 条. */
const UNITLESS_TRIED = ['件', '条'];

/** Characters between a row's words and its count in a tableless text ("制发的各类文件121件": 的各类文件). */
const ROW_COUNT_GAP = 6;

export const countInTextOverRow: Rule = {
  name: 'count-in-text-over-row',
  doc: 'A how-many question whose words only the report uses (清理, 失效) sit with its table word in one counted sentence of the text: that sentence, not the table row the single word pointed at.',
  decide: (u, state, kn) => {
    const metric = u.metric;
    if (!metric || metric.table === '四' || !kindsOf(u).count) return undefined;
    // the row named outright ("行政规范性文件废止了几件") is the table's
    // (unless the report has no cell of that row to give: "印发的文件集中公开了多少件" of a report cut off before table 三
    // asks the text's "集中公开…印发文件共25件", not 予以公开)
    const named = metric.rowsExplicit && metric.spans.length > 1;
    const shown = pickReport(kn, u.slots, state).report;
    if (named && (!shown || hasCells(shown, metric))) return undefined;
    // (a word glued before the row's span that makes a row's name with it is part of that name: 予以 of 予以公开)
    // (the words of the whole message when the clause read as its focus holds none: "平台建设那部分，集中清理已失效…是几件")
    // (only when that clause asks no count itself: then the words of the clause that does are the question's)
    // (a focus clause asking a count of something else — "…多少件建设用地批复文件？还有他们办公室电话多少": the phone's — holds none
    // of the figure's words: the whole message's words then)
    const focusAsksIt = /几|多少/.test(u.focus) && metric.spans.some((s) => u.focus.includes(u.norm.slice(s.start, s.end)));
    const reportOnly = u.reportOnlyWords.length || focusAsksIt ? u.reportOnlyWords : reportOnlyWordsIn(kn, wholeText(u), u.slots, state);
    const own = reportOnly.filter((w) => !metric.spans.some((s) => u.norm.slice(s.start, s.end).includes(w) || (u.norm.slice(Math.max(0, s.start - w.length), s.start) === w && T3_ROWS.some((r) => r.match.some((re) => re.test(w + u.norm.slice(s.start, s.end)))))));
    // (or a row of table 二 named outright, no column, of a report whose tables give no figure at all, "采购信息类公开了多少条" of
    // a page with the text alone, or none of that row: the sentence counting it right after the row's words, "采购信息类75条",
    // "共制作规范性文件1份" — one figure of one report, asked afresh)
    // (a column named too, "发布…文件多少件" read as 制发, of a page with no figure of table 二 at all: the text's count as well)
    const noTableTwo = !!shown && !Object.entries(shown.values).some(([k, v]) => k.startsWith('t2.') && typeof v.value === 'number');
    const columnToo = !(!metric.cols.length || reportOnly.length > 0 || sameSpan(metric));
    const tableless = metric.table === '二' && metric.rowsExplicit && (!columnToo || noTableTwo) && !metric.rate && !metric.difference && !metric.times && !u.followUp.is && u.slots.offices.length <= 1 && u.slots.years.length <= 1 && !!shown && !hasCells(shown, metric);
    if (!own.length && !tableless) return undefined;
    // (no measure word asked, "那个数是多少来着": in the table row's own, 件 — or 条, as the text may count documents,
    // "发了多少政策文件" of "…发布…政策文件70余条")
    const unitless = !countAsked(u.norm);
    const countInTextOverRowWith = (asking: string): Decision | undefined => {
      const asked = countAsked(asking);
      if (!asked) return undefined;
      const r = pickReport(kn, u.slots, state).report;
      if (!r) return undefined;
      const n = narrative(r, asking, true, POLICY.countedPassageCoverage);
      // (a breakdown comes with its total before it, "…300条。" "其中…政策文件19条": the lines together)
      const line = n?.parts.lines.join('');
      // (the table word without the how-many words the span took with it: "公开了几件" → 公开)
      // (a span that was only the how-many, "多少项" read as table 二's count column, leaves no word)
      const spanWords = metric.spans.map((s) => u.norm.slice(s.start, s.end).replace(HOW_MANY_IN_SPAN, '')).filter((w, i, all) => w || all.every((x) => !x));
      // (a column's verb alone, "发了好多条政策文件": the sentence that counts the thing named says it was published)
      // (or the table word said as the text says it, a term of the same row or column: 作废 for the text's 已废止)
      const saidIn = (w: string) => !!line && (line.includes(w) || sameTerms(kn, w).some((t) => line.includes(t)));
      // (a tableless report's row may be asked with the asker's own words beside it, "全乡制发政府文件": its count right after
      // the row's words, below, is enough)
      const ownSaid = !!line && own.every((w) => line.includes(w));
      if (!n || !line || (!ownSaid && !tableless) || !spanWords.every((w) => w && (saidIn(w) || (metric.table === '二' && COLUMN_VERB.test(w))))) return undefined;
      // (counts listed "respectively", "行政许可、行政处罚、行政强制决定数量分别为…、…和…": the row's rules pick its own one)
      if (RESPECTIVELY.test(line)) return undefined;
      // (a row read of a tableless report, no word only the report uses in the question: its count right after its words, "采购信息类75条")
      // (of a page with no figure of table 二 at all, a clause that counts in it and says every word read — "发布州政府和州政府办公室
      // 文件38件" for 发布…文件 — not "现行有效的行政规范性文件15件" for 新制发)
      const rowCounted = spanWords.some((w) => new RegExp(`${w}[^，,。；;、\\d]{0,${ROW_COUNT_GAP}}\\d+\\s*[条件项个篇份部]`).test(line));
      const clauseSaysAll = noTableTwo && line.split(/[，,；;。]/).some((c) => /\d+\s*[条件项个篇份部]/.test(c) && spanWords.every((w) => c.includes(w) || sameTerms(kn, w).some((t) => c.includes(t)) || (metric.table === '二' && COLUMN_VERB.test(w) && c.includes(w))));
      if ((!reportOnly.length || !ownSaid) && (columnToo ? !clauseSaysAll : !rowCounted && !clauseSaysAll)) return undefined;
      if (countFit(line, asked) < COUNT_ATTACHED) return undefined;
      // (a row of table 二 read of a report with no table: kept, so the same row of another office may be asked next)
      return { kind: 'passage', report: r, parts: n.parts, ...(tableless ? { metric } : {}) };
    };
    for (const unit of unitless ? UNITLESS_TRIED : ['']) {
      const found = countInTextOverRowWith(unitless ? withoutSlots(u).replace(/(?:多少|几)(?![件条个项次份篇])/, `多少${unit}`) : withoutSlots(u));
      if (found) return found;
    }
    return undefined;
  },
};


/** The count-in-report answer of each office named (its year named, else its newest report), labelled. */
function eachOfficeCount(kn: Knowledge, u: Understanding, asking: string, asked: CountAsked): Decision | undefined {
  const lines: string[] = [];
  let first: Report | undefined;
  for (const office of u.slots.offices) {
    const own = reportsOf(kn, office).filter((r) => !u.slots.years.length || (r.year !== null && u.slots.years.includes(r.year)));
    const r = [...own].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
    if (!r) continue;
    // (the sentence whose count fits best, the later on a tie: a breakdown "其中,主动公开政策文件3条" over the total before it)
    const found = narrative(r, asking, true, POLICY.countedPassageCoverage)?.parts.lines ?? [];
    const line = found.reduce<string | undefined>((best, l) => (best === undefined || countFit(l, asked) >= countFit(best, asked) ? l : best), undefined);
    if (!line || countFit(line, asked) < COUNT_ATTACHED) continue;
    first ??= r;
    lines.push(`${reportLabel(r)}：${line}`);
  }
  return first && lines.length >= 2 ? { kind: 'passage', report: first, parts: { head: '据各报告：', lines, labelled: true } } : undefined;
}



/**
 * Items named to be added up whose counts the text states ("线上加线下一共受理了多少件": 受理线上…65件 … 受理线下…9件):
 * the text's sentence and the sum of those counts — when no table cell answers it.
 */
/** The gap between the items' sum and the total asked ("跟总数差多少条", "比总数少几条"). */
// (or set against a total the asker quotes, "跟全年9035条差多少"; or the gap asked why, "加起来才1509篇，差的那些是怎么回事")
const GAP_TO_TOTAL = /(?:总数|总量|合计|总共|全部)[^，。？?]{0,6}(?:差|相差|少)(?:了)?(?:多少|几)|(?:差|相差|少)(?:了)?(?:多少|几)[^，。？?]{0,4}(?:总数|总量)|(?:跟|和|与|比)[^，。？?\d]{0,8}\d+\s*[条件篇个项]?(?:相)?(?:差|少)(?:了)?(?:多少|几)|差(?:的|了)?(?:那些|那部分|这些|部分)?[^，。？?]{0,4}(?:是)?(?:怎么回事|咋回事|哪些|什么|啥)|(?:为什么|为啥|怎么)[^，。？?]{0,10}(?:对不上|不一致|不相等)/;
/** The clause setting the sum against a total ("，和9035条相差多少", "？跟全年9035条差多少"). */
const GAP_CLAUSE = /[，,？?]?\s*(?:跟|和|与|比)[^，。？?\d]{0,8}\d+\s*[条件篇个项]?(?:相)?(?:差|少)[^，。？?]*/g;
/** The total quoted in the gap asked ("跟全年9035条差多少"). */
const GAP_TOTAL_QUOTED = /(?:跟|和|与|比)[^，。？?\d]{0,8}(\d+)\s*[条件篇个项]?(?:相)?(?:差|少)/;
/** The gap asked why, not only how large ("差的那些是怎么回事"). */
const GAP_WHY = /怎么回事|咋回事|为什么|为啥|哪些|是什么|是啥/;
/** The sum's gap to the last count in its unit told before its first item ("主动公开政府信息115条,包括工作动态40条,…"). */
function gapToTotal(text: string, s: { parts: { item: string; v: number }[]; unit: string; sum: number }, question: string, before?: string): string | undefined {
  const quoted = GAP_TOTAL_QUOTED.exec(question)?.[1];
  // (the passage before it when the breakdown begins a passage of its own, "全年累计发布信息9035条。" "其中,概况类…")
  const lead = `${before ?? ''}${text.slice(0, text.indexOf(s.parts[0]!.item))}`;
  const total = quoted ?? [...lead.matchAll(new RegExp(`(\\d+)\\s*${s.unit}`, 'g'))].at(-1)?.[1];
  const t = total === undefined ? NaN : Number(total);
  if (!(t > s.sum)) return undefined;
  const told = quoted === undefined || lead.includes(quoted);
  const gap = `与${told ? '报告所写的' : '您说的'}总数 ${t} ${s.unit}相差 ${t - s.sum} ${s.unit}（${t} − ${s.sum}，按报告数字计算）。`;
  // (why the gap, asked: the report does not say what the rest are — no guess)
  return GAP_WHY.test(question) ? `${gap}报告没有说明这 ${t - s.sum} ${s.unit}是哪些（所列各项之外的部分未写明）。` : gap;
}

/** The number of items the asker says they add ("这五项", "三项", "这4个"). */
const ITEMS_COUNTED = /([二两三四五六七八九十2-9])\s*(?:项|个|类|样|种)(?:加起来|相加|合计|一共|总共|加在一起|的和|之和)/;

/** Words asking whether something is right (a check, not a sum asked). */
const QUOTE_CHECKED = /对吗|对不对|对吧|对得上|对不上|是不是|是否|一致|没错|正确|准确|等于|等不等于|相符|吻合/;
/** Every count quoted in the question. */
const QUOTED_COUNTS = /\d+\s*[件条个篇项份]/g;
/** A count quoted in the question ("146件"). */
const QUOTED_COUNT = /\d+\s*[件条个篇项份]/;

export const sumInText: Rule = {
  name: 'sum-in-text',
  doc: 'Items named to be added up ("线上加线下一共受理了多少件", "文字、图片、视频…这几种解读加起来多少份") whose counts one sentence of the text states: that sentence and their sum, computed from the report\'s numbers.',
  decide: (u, state, kn) => {
    if (!SUM_ASKED.test(u.norm)) return undefined;
    // (counts quoted to be checked, "办结146件加上结转下年度5件…对得上吗": a check, not a sum asked; counts quoted
    // with the sum asked, "通知公告967条和政策法规7条加起来是多少": the items, their counts left out)
    const text = withoutSlots(u);
    // (the parts of a list the text tells, pointed at — "括号里各项加起来是多少", "括号里那15项加起来是96吗": that list added
    // up against its total)
    if (TOLD_PARTS_NAMED.test(text) || PARTS_AGAINST_TOTAL.test(text)) {
      const r = pickReport(kn, u.slots, state).report;
      const told = r ? sumTold(kn, r, u, quotedNumbers(u.norm)) : undefined;
      if (r && told) return { kind: 'passage', report: r, parts: proseSumAnswer(r, told.sum, quotedNumbers(u.norm), told.source, u.kind === 'why') };
    }
    if (QUOTED_COUNT.test(text) && QUOTE_CHECKED.test(text)) return undefined;
    // (counts quoted bare, "规范性文件16、财政预决算11、…": their numbers are no part of the items' names either)
    // (nor is the total the sum is set against, "…，和9035条相差多少": no item)
    const items = itemsAsked(text.replace(GAP_CLAUSE, '').replace(QUOTED_COUNTS, '').replace(/\d+/g, ''));
    if (items.length < 2) return undefined;
    // (the items counted by the asker, "这五项加起来": never a sum of fewer than that)
    const named = ITEMS_COUNTED.exec(text)?.[1];
    if (named && smallNumber(named.replace('两', '二')) !== items.length) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // a table's own rows ("不予公开加无法提供一共几件"): the tables answer
    if (u.metric && u.metric.rows.length >= 2) return undefined;
    for (const p of r.passages) {
      const s = sumOfItems(p.text, items);
      if (!s) continue;
      const added = `${s.parts.map((x) => `${x.item} ${x.v}`).join(' + ')} = ${s.sum} ${s.unit}（按报告数字计算）。`;
      const clause = p.text.split(/[，,；;。]/).find((c) => c.includes(s.parts[0]!.item)) ?? '';
      const share = sumShare(r, text, p.text.trim(), clause, s.sum, s.unit);
      // (and how far the sum falls short of the total told before the items, "跟主动公开总数差多少条": that gap)
      const at = r.passages.indexOf(p);
      const prev = at > 0 && r.passages[at - 1]!.section === p.section ? r.passages[at - 1]!.text : undefined;
      const gap = GAP_TO_TOTAL.test(text) ? gapToTotal(p.text, s, text, prev) : undefined;
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${p.text.trim()}`, added, ...share, ...(gap ? [gap] : [])], source: sectionSource(p.section), labelled: true } };
    }
    // (the items counted together in one clause, "目录和我局专题专栏共188条": the report's own joint count)
    const joint = jointCount(r, items);
    if (joint) return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${joint.sentence}`, `${items.join('和')}合计 ${joint.count}（报告原文所写的合计数）。`], source: sectionSource(joint.section), labelled: true } };
    return itemsInSentences(r, items, countAsked(u.norm), text);
  },
};

/**
 * Items counted each in a sentence of its own ("美篇和微信平台粉丝加起来一共多少人": "…美篇平台…粉丝人数达到123人。"
 * and "…微信平台…粉丝人数达到389人。"), the thing counted named once after the last item (粉丝): each item's
 * sentence, found as count-in-report finds it, and the sum of their counts — or nothing unless every item is counted.
 */
/** Units a count the text tells is counted in, tried for a share asked without one ("…的占比是多少"). */
const TOLD_UNITS = ['条', '件', '个', '篇', '项', '次'];
/** Words of a share question that name no thing counted. */
const SHARE_WORDS = /[%\d]|精确|保留|占比|比例|比重|百分/;

/** A share asked of a count the text tells: the count's sentence, found in a unit it is counted in, and its share of the whole. */
function shareOfTold(r: Report, text: string, asked: CountAsked): Decision | undefined {
  const nouns = asked.nouns.filter((n) => !SHARE_WORDS.test(n));
  if (!nouns.length) return undefined;
  const found = narrative(r, text, true, POLICY.countedPassageCoverage);
  for (const unit of TOLD_UNITS) {
    const a = { ...asked, unit, nouns };
    // (toldShare itself wants the part by a word of its own, counted in the unit, and the whole its sentence breaks down)
    for (const line of found?.parts.lines ?? []) {
      const share = toldShare(r, line, a);
      if (share) return { kind: 'passage', report: r, parts: { ...found!.parts, lines: [line, ...(share.line === line ? [] : [share.line]), `\n${toldShareLine(share, unit, decimalsAsked(text))}`] } };
    }
  }
  return undefined;
}

/** The share of a sum of told parts in the whole their sentence breaks down, when asked ("加起来…占全部的百分之几"). */
function sumShare(r: Report, question: string, line: string, clause: string, sum: number, unit: string): string[] {
  if (!SHARE_ASKED.test(question.replace(/加起来|合计|一共|总共/g, ''))) return [];
  const whole = toldWhole(r, line, clause, unit);
  return whole !== undefined && sum <= whole ? [`\n合计 ${sum}${unit} ÷ 总数 ${whole}${unit} ≈ ${((sum / whole) * 100).toFixed(decimalsAsked(question) ?? SUM_SHARE_DECIMALS)}%（按报告数字计算）。`] : [];
}

function itemsInSentences(r: Report, items: string[], asked: CountAsked | undefined, question: string): Decision | undefined {
  if (!asked || items.length < 2) return undefined;
  const last = contentWords(items.at(-1)!);
  // (the thing counted, named after the last item only: 粉丝 of 微信平台粉丝)
  const counted = last.length >= 2 && !items.slice(0, -1).some((x) => x.includes(last.at(-1)!)) ? last.at(-1)! : '';
  const names = counted ? [...items.slice(0, -1), items.at(-1)!.slice(0, -counted.length)] : items;
  const unitRe = new RegExp(`(\\d+)\\s*(?:余|多)?\\s*[${unitsAlike(asked.unit)}]`);
  const parts: { item: string; v: number; line: string; clause: string }[] = [];
  for (const item of names) {
    const q = `${item}${counted}有多少${asked.unit}`;
    const want = countAsked(q);
    const line = want ? narrative(r, q, true, POLICY.countedPassageCoverage)?.parts.lines[0] : undefined;
    if (!want || !line || countFit(line, want) < COUNT_ATTACHED || !line.includes(item.slice(0, 2))) return undefined;
    // (the count in the clause that names the thing counted, else the first in the unit)
    // (the clause naming the item itself first: "…71条,其中通知公告信息19条" counts 通知公告 19)
    const clauses = line.split(/[，,；;。]/);
    const clause = clauses.find((c) => unitRe.test(c) && c.includes(item) && (!counted || c.includes(counted))) ?? clauses.find((c) => unitRe.test(c) && (!counted || c.includes(counted))) ?? line;
    const n = unitRe.exec(clause);
    if (!n) return undefined;
    parts.push({ item, v: Number(n[1]), line, clause });
  }
  if (new Set(parts.map((x) => x.line)).size < 2) return undefined;
  // (two items counted by one figure, "予以公开及部分公开18件": counted together, no sum of them)
  if (parts.some((x, i) => parts.some((y, j) => j < i && y.clause === x.clause && y.v === x.v))) return undefined;
  const sum = parts.reduce((a, x) => a + x.v, 0);
  const added = `${parts.map((x) => `${x.item}${counted} ${x.v}`).join(' + ')} = ${sum} ${asked.unit}（按报告数字计算）。`;
  const share = sumShare(r, question, parts[0]!.line, parts[0]!.clause, sum, asked.unit);
  return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [...parts.map((x) => `报告正文写道：${x.line}`), added, ...share], labelled: true } };
}

/** Another thing named alone after a count ("12345投诉件呢", "那在线访谈呢"): its words. */
// (quoted, or pointed at as a kind of it: "“其他信息”那一类呢")
/** The question just answered corrected, another thing named as the one meant ("不对，我要问的是采购信息"; its words are no question's). */
const CORRECTION_SAID = /^(?:不对|不是|错了|搞错了)?[,，\s]*(?:我(?:要)?问的是|我是说|我说的是|我要的是)/;
/** A thing named alone, no question word ("采购信息"). */
const BARE_THING = /^([\p{Script=Han}\d][\p{Script=Han}\dA-Za-z]{1,11}?)[?？。!]*$/u;
export const OTHER_THING_FOLLOW_UP = /^(?:那|那么)?[“"「]?([\p{Script=Han}\d][\p{Script=Han}\dA-Za-z]{1,11}?)[”"」]?(?:的)?(?:那一?类|这一?类|那一?项|这一?项|那块|那部分)?(?:呢|嘞|咧)[?？。!]*$/u;
/** A verb said after the thing named ("网站上发的", "公众号发布的"): not part of the thing. */
const THING_VERB_AFTER = /(?<=\p{Script=Han}{2})(?:上)?(?:发|发布|公开|公布|推送|登)(?:了)?(?:的)?$/u;
/** Measure words tried, after the one asked before. */
const FOLLOW_UP_UNITS = ['件', '条', '个', '次', '篇', '期', '场'];

/** The count the last question asked; a bare how-many at its end ("其中微信公众号发了多少") too, its measure word left to the units tried. */
function lastCount(text: string): CountAsked | undefined {
  const asked = countAsked(text);
  if (asked) return asked;
  const bare = text.replace(/[?？。!！\s呢啊呀]+$/, '');
  return /(?:多少|几)$/.test(bare) ? countAsked(`${bare}${FOLLOW_UP_UNITS[0]}`) : undefined;
}

/** What was done to the things just counted, asked alone ("新增了几个", "注销了几个"): the verb of each how-many. */
// (or right after the last how-many, "新增几个注销几个")
const VERB_COUNT_FOLLOW_UP = /(?:^|[，,、\s和又]|(?<=(?:几|多少)[个件条次篇期场家]?))(?:那年|那|还有|又)?(\p{Script=Han}{2})了?(?:几|多少)[个件条次篇期场家]?(?=$|[，,、。？?！!\s呢啊呀]|\p{Script=Han}{2}了?(?:几|多少))/gu;
/** Verbs that ask no count of the things ("有几个", "是多少"). */
const NO_VERB = /^(?:一共|总共|分别|大概|大约|其中|现在|目前|今年|去年|总计|合计|加起)/;

/**
 * The things just counted, asked again by what was done to them ("新媒体账号有几个" then "新增了几个 注销了几个"): each
 * verb with the last question's nouns, from the sentence that states it.
 */
function verbFollowUp(u: Understanding, state: ConvState, kn: Knowledge, before: CountAsked) {
  if (!before.nouns.length) return undefined;
  const verbs = [...withoutSlots(u).matchAll(VERB_COUNT_FOLLOW_UP)].map((m) => m[1]!).filter((v) => !NO_VERB.test(v));
  if (!verbs.length) return undefined;
  const r = pickReport(kn, u.slots, state).report;
  if (!r) return undefined;
  const lines: string[] = [];
  for (const verb of verbs) {
    const q = `${verb}${before.nouns.join('')}多少${before.unit}`;
    const asked = countAsked(q);
    const line = asked ? narrative(r, q, true, POLICY.countedPassageCoverage)?.parts.lines[0] : undefined;
    if (!asked || !line || countFit(line, asked) < COUNT_ATTACHED || !line.includes(verb)) return undefined;
    if (!lines.includes(line)) lines.push(line);
  }
  return { kind: 'passage' as const, report: r, parts: { head: `${reportLabel(r)}：`, lines: lines.map((x) => `报告正文写道：${x}`), labelled: true } };
}

export const countFollowUp: Rule = {
  name: 'count-follow-up',
  doc: 'Another thing named alone right after a count the text told ("开了几个专题专栏" then "12345投诉件呢", "领导简介呢"): that thing\'s count, from the sentence that states it — never another intent its words happen to match (投诉 → remedies, 领导 → out of scope). The count asked is kept, so the next thing named goes on from it.',
  decide: (u, state, kn) => {
    // (another report named with it, "四川省文旅厅2025年政府网站发布的呢": that thing's count in that report)
    // (a table word read in it, "其中发布文件呢" → table 二's 制发, of a report with no such cell: the text's count still)
    if (!u.followUp.is || !state.text || u.slots.unknownOffices.length) return undefined;
    // (or a figure of the tables the report gave in its text only, no cell: "伊宁县依申请公开多少件" then "那县长信箱呢")
    const answeredOf = reportById(kn, state.report);
    const toldBefore = state.intent === PASSAGE_INTENT || (!!state.metric && !!answeredOf && !hasCells(answeredOf, state.metric));
    if (!toldBefore) return undefined;
    const shown = u.metric ? pickReport(kn, u.slots, state).report : undefined;
    // (only table 二's words, which name kinds of document the text may count; a result of the requests named is a figure asked)
    if (u.metric && (u.metric.table !== '二' || !shown || hasCells(shown, u.metric))) return undefined;
    const before = lastCount(state.text);
    // (a part said with 其中 before it, "其中发布文件呢": the thing itself)
    // (the verb after it, "网站上发的呢": the place itself, 网站)
    const said = withoutSlots(u).trim();
    const thing = (OTHER_THING_FOLLOW_UP.exec(said) ?? (CORRECTION_SAID.test(u.text.trim()) ? BARE_THING.exec(said) : null))?.[1]?.replace(/^其中(?=\p{Script=Han}{2})/u, '').replace(THING_VERB_AFTER, '');
    if (!before) return undefined;
    if (!thing) return verbFollowUp(u, state, kn, before);
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    for (const unit of [before.unit, ...FOLLOW_UP_UNITS.filter((x) => x !== before.unit)]) {
      const q = `${thing}多少${unit}`;
      const asked = countAsked(q);
      if (!asked?.nouns.length) continue;
      const found = narrative(r, q, true, POLICY.countedPassageCoverage);
      const line = found?.parts.lines[0];
      // (the conversation goes on with this count: "征求意见稿呢" after it asks that thing's, in the same measure)
      // (or the thing named in the count's own clause, further back than countFit looks: "1.通过政府网站主动公开发布政府信息共432 条")
      // (or in tens of thousands, "总阅读量达120.7万次")
      const inClause = !!line && line.split(/[，,；;。]/).some((c) => c.includes(thing) && new RegExp(`\\d+(?:\\.\\d+)?\\s*(?:万|千|余|多)?\\s*[${unitsAlike(unit)}]`).test(c));
      if (found && line && (countFit(line, asked) >= COUNT_ATTACHED || inClause)) return { kind: 'passage', report: r, parts: found.parts, asked: q };
    }
    return undefined;
  },
};

export const countFollowUpOverRow: Rule = {
  name: 'count-follow-up-over-row',
  doc: 'A thing named alone right after a count the text told, read as a table word the report has no cell for ("其中发布文件呢" after "通过政府网站公开了多少条" → table 二\'s 制发): count-follow-up\'s answer, the text\'s count, before the table rules say the cell is missing.',
  decide: (u, state, kn) => (u.metric ? countFollowUp.decide(u, state, kn) : undefined),
};
