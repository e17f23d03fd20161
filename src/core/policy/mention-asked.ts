/**
 * Rule mention-asked: whether the report speaks of something asked ("想了解医院建设项目的情况，这份报告里有吗",
 * "年报里有没有提到养老院"), and no word of it is in the report's text: the report does not mention it, said so with where to
 * ask — never a template that shares the question's other words (报告里 … 有吗 read as the fee or the phone).
 * When the report does hold a word of it: the sentence that holds most of them.
 */
import { contentWords } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { cutSpans } from '../../understand/slots.js';
import { pickReport } from '../select.js';
import { sectionSource } from '../prose-figures.js';
import type { Rule } from './types.js';
import { CLAUSE_SPLIT, CONTACT_FIELD_NOUNS } from '../patterns.js';
import { THRESHOLDS } from '../thresholds.js';
import { enquiryNote, topScore } from './helpers.js';

/** Whether the report has something, asked ("报告里有吗", "年报里有没有提到", "报告中提没提"; "这份年报里，有没有提到…"). */
const MENTION_ASKED = /(?:报告|年报)(?:里|中|上|里面)?[,，]?(?:有没有|有无|提没提|写没写|说没说)(?:提到|提及|写到|说到|讲到|涉及|写|提)?|(?:报告|年报)(?:里|中|上|里面)?(?:有吗|有没|提到了?吗|写了吗|提了吗|涉及了?吗)/;
/** The asker's words about themselves ("我是孕妇，", "本人是…"), and the words that only point at the report or ask. */
const SELF_CLAUSE = /(?:^|[，,。！!？?])(?:我是|我在|本人是?|俺是)[^，,。！!？?]*/g;
const ASKING = /(?:报告|年报)(?:里|中|上|里面)?[,，]?(?:有没有|有无|提没提|写没写|说没说|有吗|有没|提到了?吗|写了吗|提了吗|涉及了?吗)(?:提到|提及|写到|说到|讲到|涉及|写|提)?|这份|这个|想了解|了解一下|想知道|请问|问一下|的情况|情况|的事情?|事情|相关|内容|方面|信息/g;
/** A count asked ("有几个", "多少"): the figure rules'. */
const HOW_MANY = /几|多少/;
/** A standard or rate asked ("补偿标准是多少", "收费标准多少"): an amount of some matter, not a count. */
const STANDARD_ASKED = /标准(?:是|为)?(?:多少|几)/;
/** Things with rules of their own: the fee, a website or mailbox, an email, the procedure's steps. */
const OWN_RULES = /费|钱|网址|网站|邮箱|邮件|电话|地址|申请|期限|多久|复议|诉讼/;
/** A clause that asks ("…是多少？", "…有吗", "什么…"). */
const QUESTION_CLAUSE = /多少|几|什么|啥|哪|吗|呢|有没有|有无|怎么|如何/;
/** More than one word in this many of the thing asked is in the text, for the report to speak of it. */
const MOSTLY = 2;
/** A word of the thing asked: two Han characters at least. */
const WORD = /^\p{Script=Han}{2,}$/u;

export const mentionAsked: Rule = {
  name: 'mention-asked',
  doc: 'Whether the report speaks of something ("想了解医院建设项目的情况，这份报告里有吗"), no count asked: most of its words in the text, the sentence holding most of them; else that the report does not mention the words it lacks, with the office\'s phone.',
  decide: (u, state, kn) => {
    // (a standard's amount is no count of the report's: "补偿标准是多少？这份年报里有没有写")
    if (!MENTION_ASKED.test(u.norm) || u.metric || (HOW_MANY.test(u.norm) && !STANDARD_ASKED.test(u.norm))) return undefined;
    // (a contact detail or the fee asked of, "年报里有没有留电子邮箱", "写没写收了信息处理费": their own rules answer)
    if (CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm)) || OWN_RULES.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const text = (u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm).replace(SELF_CLAUSE, ' ').replace(ASKING, ' ');
    // (the clauses that ask, not the story told before them: "我家那条街在改造，房屋征收补偿标准是多少？")
    const asking = text.split(CLAUSE_SPLIT).filter((c) => QUESTION_CLAUSE.test(c));
    const words = contentWords(asking.length ? asking.join('，') : text).filter((w) => WORD.test(w));
    if (!words.length) return undefined;
    const all = r.passages.map((p) => p.text).join('\n');
    // (a word of it in the text: the sentence that holds most of them, "年报里有没有提到新媒体")
    // (the intents read clearly, the words in the text: their answer stands)
    // (one general word of many in the text, "标准" of 房屋征收补偿标准 in 标准化: the thing is not there)
    const found = words.filter((w) => all.includes(w));
    const mentioned = found.length * MOSTLY > words.length;
    if (mentioned && topScore(u) >= THRESHOLDS.answer) return undefined;
    if (mentioned) {
      const p = r.passages.map((x) => ({ x, n: found.filter((w) => x.text.includes(w)).length })).sort((a, b) => b.n - a.n)[0]!.x;
      return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [p.text.trim()], source: sectionSource(p.section), labelled: true } };
    }
    const phone = enquiryNote(r);
    const missing = words.filter((w) => !all.includes(w));
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告中没有提到“${missing.join('、')}”相关的内容。`, lines: phone ? [phone] : [], labelled: true } };
  },
};
