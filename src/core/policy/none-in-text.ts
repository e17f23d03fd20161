/**
 * Rule none-in-text: whether there was any, or how many, of a thing the report's text says there was none of ("收到过几次投诉",
 * "那一年有人投诉他们的信息公开工作吗" against "全年未收到有关信息公开工作方面的投诉"): that sentence, so none — never the
 * remedies the word 投诉 reads, nor a table row the report does not fill.
 */
import { contentWords } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { hasCells } from './consistency.js';
import { kindsOf, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';
import type { Passage, Report } from '../../report/types.js';
import { readingMemo } from '../../understand/memo.js';

/** Table 三's row of petitions and complaints made as requests (信访举报投诉类申请). */
const PETITION_ROW = 'rejected.petition';

/** Words of the question that name nothing of their own (the doing, the domain, the asking). */
const GENERIC = /^(?:信息|公开|信息公开|政府|政务|工作|方面|收到|收到过|有没有|没有|多少|几次|几件|一共|全年|那一年|他们|有人|情况|年度|今年|去年)$/;
/** Words of what the tables count: the table rules read them, never a sentence of the text saying none of something else. */
const TABLE_THINGS = /申请|复议|诉讼|公开|信息|答复|办理|结果|数据|文件/;
/** How or where to do it asked: a channel, not whether any happened ("投诉渠道", "怎么投诉", "投诉电话"). */
const HOW_OR_WHERE = /怎么|怎样|如何|咋|哪里|哪儿|在哪|渠道|途径|方式|电话|信箱|邮箱|地址|找谁|能不能|可以吗|可不可以/;
/** A sentence that says none came or happened before its thing ("全年未收到…投诉", "没有发生…泄密"). */
// (or taken on to handle, "未接办人大代表建议和政协提案")
const NONE_BEFORE = '(?:未|没有|无)(?:收到|发生|出现|接到|受理|产生|收到过|发生过|接办|承办)[^，。；;]{0,20}';

/** Words of the thing from which one may be missing from the sentence (a slip of the report's own typing). */
const WORDS_FOR_A_SLIP = 3;
/** Joins a question's words in a memo key (no word holds it). */
const WORD_SEPARATOR = '\u0000';
/** The sentence found for the words, per report: a scan of every passage with two regexes per word (issue 15). */
const noneSentence = readingMemo<Report, { passage: Passage }>();

/** The one passage saying none of the thing the words name, when no passage counts it. */
function onlyNoneSentence(r: Report, words: readonly string[]): Passage | undefined {
  const none = words.map((w) => new RegExp(`${NONE_BEFORE}${w}`));
  // (every word of the thing in that sentence, and no sentence counting it: "扫码评议6366条" beside "未出现违反评议工作纪律情况")
  const counted = words.map((w) => new RegExp(`${w}[^，,。；;]{0,8}\\d|\\d[^，,。；;]{0,4}${w}`));
  if (r.passages.some((p) => counted.some((re) => re.test(p.text)))) return undefined;
  // (of three words or more, all but one: a slip of the text's, "人大代表建和市政协提案", keeps the sentence)
  const needed = words.length >= WORDS_FOR_A_SLIP ? words.length - 1 : words.length;
  const found = r.passages.filter((p) => none.some((re) => re.test(p.text)) && words.filter((w) => p.text.includes(w)).length >= needed);
  return found.length === 1 ? found[0] : undefined;
}

export const noneInText: Rule = {
  name: 'none-in-text',
  doc: 'Whether there was any, or how many, of a thing the text says there was none of ("收到过几次投诉" against "全年未收到有关信息公开工作方面的投诉"): that sentence, so none; never the remedies 投诉 reads, nor a table row the report leaves empty.',
  decide: (u, state, kn) => {
    if (!(kindsOf(u).count || u.kind === 'yesno') || HOW_OR_WHERE.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    // (a row of the tables named outright, "收到几件政府信息公开申请", is the table rules' — the text's "未出现因…申请引起的
    // 行政复议" is no answer to it)
    // (complaints asked of, no request named — "有没有人举报投诉信息公开的事": not table 三's row of petitions made as requests,
    // when the report does not fill it)
    const complaintsOnly = !!r && !!u.metric && !hasCells(r, u.metric) && u.metric.rows.length === 1 && u.metric.rows[0] === PETITION_ROW && !/申请/.test(u.norm);
    if (!r || (u.metric && !complaintsOnly && (hasCells(r, u.metric) || !u.metric.vague))) return undefined;
    // (two words the question runs together that the text keeps apart, "举报投诉" of "未出现举报或投诉": each)
    const words = contentWords(withoutSlots(u))
      .filter((w) => w.length >= 2 && !GENERIC.test(w) && !TABLE_THINGS.test(w) && !/\d/.test(w))
      .flatMap((w) => (w.length === 4 && !r.passages.some((p) => p.text.includes(w)) ? [w.slice(0, 2), w.slice(2)] : [w]));
    if (!words.length) return undefined;
    const p = noneSentence(r, words.join(WORD_SEPARATOR), () => {
      const passage = onlyNoneSentence(r, words);
      return passage && { passage };
    })?.passage;
    if (!p) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [p.text.trim(), '即报告写明没有（0）。'], source: sectionSource(p.section), labelled: true } };
  },
};

/** Complaints or reports of wrongdoing counted ("收到过几次投诉", "举报有多少件"): no row of the tables counts them. */
const COMPLAINTS_COUNTED = /(?:投诉|举报)[^，。？?]{0,6}(?:几|多少)|(?:几|多少)(?:次|件|个|起)?[^，。？?]{0,4}(?:投诉|举报)/;

/** Complaints counted in a sentence ("投诉举报12件", "咨询投诉126条"). */
const COMPLAINTS_TOLD = /(?:投诉|举报)[^，。；;]{0,12}\d|\d[^，。；;]{0,6}(?:投诉|举报)/;

export const complaintsNotCounted: Rule = {
  name: 'complaints-not-counted',
  doc: 'How many complaints the office received ("南岗区收到过几次投诉") of a report whose text tells none: the fallback — table 三 counts requests for information, not complaints; never the requests\' count that 收到 reads.',
  decide: (u, state, kn) => {
    if (!COMPLAINTS_COUNTED.test(u.norm) || /申请/.test(u.norm) || (u.metric && !u.metric.vague)) return undefined;
    // (a text that counts them, "答复网民咨询投诉126条", is the text rules' to read)
    const r = pickReport(kn, u.slots, state).report;
    if (!r || r.passages.some((p) => COMPLAINTS_TOLD.test(p.text))) return undefined;
    return { kind: 'fallback', reason: 'no-match', confidence: 0 };
  },
};
