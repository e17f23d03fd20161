/** Rules that answer with the classifier's intents (after the rules that may take a question elsewhere). */
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { choice, moreContent, passage, signatureWord, termOwner, top, topScore, withoutSlots } from './helpers.js';
import { APPLY_VERB, DOMAIN_SUBJECT, QUANTITY, REPORT_PART, ROUGH_NUMBER, SMALLTALK_TOPIC, STATUS_ASKED, askedClauses } from '../patterns.js';
import type { Rule } from './types.js';
import { countAsked, countFit } from '../../answer/retrieve.js';
import { figuresIntent, NO_COUNT_STATED } from '../handlers.js';
import type { Understanding } from '../understanding.js';
import type { Knowledge } from '../knowledge.js';
import type { Intent } from '../../answer/intents.js';
import type { Scored } from '../../understand/classifier.js';

export const noCandidate: Rule = {
  name: 'no-candidate',
  doc: 'No intent shares a word with the question: a passage that covers it, else the fallback.',
  decide: (u, state, kn) => (choice(u, kn).best ? undefined : passage(kn, u, state, THRESHOLDS.coverage) ?? { kind: 'fallback', reason: 'no-match', confidence: 0 }),
};

export const closeCall: Rule = {
  name: 'close-call',
  doc: 'Two confident intents of different topics within the margin: ask which one — unless applying or a status is asked, or one example holds more of the question\'s words.',
  decide: (u, _state, kn) => {
    const { best, runnerUp, close } = choice(u, kn);
    if (best && best.score >= THRESHOLDS.answer && close && runnerUp && runnerUp.score >= THRESHOLDS.answer) {
      // applying is asked about ("应该向哪个部门申请"): the procedure option, not a question back
      const procedure = applyingAsked(u) ? [best.item, runnerUp.item].filter((i) => i.topic === 'procedure') : [];
      if (procedure.length === 1) return { kind: 'intent', intent: procedure[0]!, confidence: best.score };
      // a status asked ("行政复议情况怎么样"): the report's option, not the procedure
      const reported = STATUS_ASKED.test(u.norm) ? [best.item, runnerUp.item].filter((i) => i.topic === 'figures' || i.topic === 'report') : [];
      if (reported.length === 1) return { kind: 'intent', intent: reported[0]!, confidence: best.score };
      // one example holds more of the question's words ("年报在哪下载": 怎么下载年报, not 申请表去哪下载)
      const fuller = moreContent(u, best, runnerUp);
      if (fuller) return { kind: 'intent', intent: fuller === best ? choice(u, kn).chosen ?? best.item : fuller.item, confidence: best.score };
      if (figuresNoRival(u, kn, best, runnerUp)) return { kind: 'intent', intent: choice(u, kn).chosen ?? best.item, confidence: best.score };
      return { kind: 'clarify', options: [best.item, runnerUp.item], confidence: best.score };
    }
    return undefined;
  },
};

/** 申请 as the verb of the question ("向哪个部门申请"), not the form, the applicant, a review or a suit. */
const applyingAsked = (u: { norm: string }) => APPLY_VERB.test(u.norm);

export const confidentIntent: Rule = {
  name: 'confident-intent',
  doc: 'The best intent at or above the answer threshold answers (a follow-up read with the previous question counts).',
  decide: (u, _state, kn) => {
    const { best, chosen } = choice(u, kn);
    return best && chosen && best.score >= THRESHOLDS.answer ? { kind: 'intent', intent: chosen, confidence: best.score } : undefined;
  },
};

/** The report itself as where to look ("年报里", "报告中", "年报上"). */
const IN_THE_REPORT = /(?:年度报告|年报|报告)(?:里面|里头|里|中|上)/g;

/** A length of time in a sentence ("20个工作日", "三个月", "15日内"); never a year ("2021年"). */
export const TIME_SPAN = /(?:(?<![\d月])\d{1,3}|[一二三四五六七八九十两]+)\s*个?\s*(?:工作日|自然日|日|天|周|星期|个月|月|年|小时)/;

export const weakMatchPassage: Rule = {
  name: 'weak-match-passage',
  doc: 'Below the answer threshold, a passage that covers the question well beats a guess.',
  decide: (u, state, kn) => {
    const { best } = choice(u, kn);
    const coverage = (best?.score ?? 0) >= THRESHOLDS.clarify ? POLICY.tentativePassageCoverage : THRESHOLDS.coverage;
    // (a remark after the question, "…类别列了哪些？明年我照着写": the asking clauses alone, when the whole finds nothing and
    // they hold a word only the report uses)
    const whole = withoutSlots(u);
    const asked = askedClauses(whole);
    const askedAlone = asked !== whole && asked.length < whole.length && u.reportOnlyWords.some((w) => asked.includes(w));
    // (the report named as where to look, "年报里", is no word of its sentences)
    const found = passage(kn, u, state, coverage) ?? (askedAlone ? passage(kn, u, state, coverage, asked.replace(IN_THE_REPORT, ' ')) : undefined);
    // a how-long question is answered by a length of time, never by a sentence that holds none
    // ("…一般多长时间给答复" is no question for "…申请以及答复工作顺利开展")
    if (found?.kind === 'passage' && u.duration && !found.parts.lines.some((l) => TIME_SPAN.test(l))) return undefined;
    // (nor a how-many of a thing no intent knows and the sentence never names, "公众号有多少粉丝": a count the report does not give)
    const counted = COUNTED_AFTER.exec(whole)?.[1]?.replace(/[啊呀呢吗嘛哦啦哈]+$/, '');
    // (a word the report uses somewhere is no stranger: the passage search weighed it)
    if (found?.kind === 'passage' && counted && counted.length >= 2 && !kn.classifier.knows(`w:${counted}`) && !found.report.passages.some((p) => p.text.includes(counted))) return undefined;
    // (a how-many in a measure word of a sentence that counts nothing in it, "主动公开了几条" of "…第二十条的规定,…主动公开相关内容":
    // the sentence, said to give no number — never read as the count)
    const unit = found?.kind === 'passage' && u.quantity ? countAsked(whole) : undefined;
    if (found?.kind === 'passage' && unit && found.parts.lines.every((l) => countFit(l, unit) < 1)) return { ...found, parts: { ...found.parts, lines: [...found.parts.lines, NO_COUNT_STATED] } };
    return found;
  },
};

/** The thing counted right after the how-many that ends the question ("有多少粉丝？", "几个粉丝"). */
export const COUNTED_AFTER = /(?:多少|(?<!哪)几)(?:人次|个|位|名|条|篇|件|次|项|家|期|人)?(\p{Script=Han}{2,4}?)[?？。！!]*$/u;

/**
 * The report's figures as the other reading of a question that asks no figure — no how-many, no row, no office or year:
 * "申请信息公开收钱不，我要是一个月申请十几次呢" is the fee, whatever its 申请…次 shares with "企业申请了几次". No rival then.
 */
function figuresNoRival(u: Understanding, kn: Knowledge, best: Scored<Intent>, runnerUp: Scored<Intent>): boolean {
  const figures = figuresIntent(kn);
  // (the 几 of a rough number, "十几次", "好几个", asks no how-many)
  const quantity = u.quantity && QUANTITY.test(u.norm.replace(ROUGH_NUMBER, ''));
  return !!figures && runnerUp.item.id === figures.id && best.item.id !== figures.id && !quantity && !u.metric && !u.slots.offices.length && !u.slots.years.length;
}

export const tentativeCloseCall: Rule = {
  name: 'tentative-close-call',
  doc: 'Two plausible intents (above the clarify threshold) of different topics within the margin: ask which one, unless one example holds more of the question\'s words.',
  decide: (u, _state, kn) => {
    const { best, runnerUp, close } = choice(u, kn);
    if (best && best.score >= THRESHOLDS.clarify && !best.item.fallback && close && runnerUp && runnerUp.score >= THRESHOLDS.clarify) {
      // one example holds more of the question's words: that one, as in a close call
      const fuller = moreContent(u, best, runnerUp);
      if (fuller) return { kind: 'intent', intent: fuller === best ? choice(u, kn).chosen ?? best.item : fuller.item, confidence: best.score };
      if (figuresNoRival(u, kn, best, runnerUp)) return { kind: 'intent', intent: choice(u, kn).chosen ?? best.item, confidence: best.score };
      return { kind: 'clarify', options: [best.item, runnerUp.item], confidence: best.score };
    }
    return undefined;
  },
};

export const tentativeIntent: Rule = {
  name: 'tentative-intent',
  doc: 'A plausible intent (between the clarify and answer thresholds) answers when nothing better was found.',
  decide: (u, _state, kn) => {
    const { best, chosen } = choice(u, kn);
    return best && chosen && best.score >= THRESHOLDS.clarify && !best.item.fallback ? { kind: 'intent', intent: chosen, confidence: best.score } : undefined;
  },
};

export const noMatch: Rule = {
  name: 'no-match',
  doc: 'Nothing fits well enough: the honest fallback with the office phone, never the nearest intent.',
  decide: (u, _state, kn) => ({ kind: 'fallback', reason: 'no-match', confidence: choice(u, kn).best?.score ?? 0 }),
};

/**
 * A weak reading (under `clarify`) of a question about the domain that names one intent's own word
 * ("我这个月打算申请二十多件，会不会收费": 收费 is the fee rules' alone): that intent, tentatively, rather
 * than the fallback. Only the intent's own word decides, never question words or the domain's own words.
 */
/** Words of the regulation's own procedure that no other matter uses (补正 in 《条例》第三十条). */
const TERM_OF_ART = /^(?:补正|依申请公开|信息处理费)$/;

/** How many candidates after the lead are looked at for a term of art's owner (the next two). */
const TERM_OWNER_REACH = 2;

export const signatureIntent: Rule = {
  name: 'signature-word',
  doc: 'A weak match of a question about applying or the report that names a word only one intent uses ("…二十多件，会不会收费" → the fee rules): that intent, tentatively.',
  decide: (u, _state, kn) => {
    const t = top(u);
    const score = topScore(u);
    // (small talk has no subject of its own to sign: "有人帮忙吗" about applying is no greeting)
    if (!t || t.item.fallback || t.item.topic === SMALLTALK_TOPIC || score >= THRESHOLDS.clarify || score < POLICY.signatureMinScore) return undefined;
    // (a term of art named that a near candidate alone knows, the lead not: "他们说要我补正，这是为什么" → the correction
    // rules, not the refusal rules the why leads to)
    const owner = termOwner(kn, u, TERM_OF_ART, TERM_OWNER_REACH);
    if (owner && owner.score >= POLICY.signatureMinScore) return { kind: 'intent', intent: owner.item, confidence: owner.score };
    // (a count of people or things asked, the report's part named only as where it is told — "报告第五部分说…做政务公开工作
    // 的有几个人": the count, which the text's rules find, not what the part holds)
    if (u.kind === 'count' && REPORT_PART.test(u.norm) && countAsked(withoutSlots(u))?.nouns.length) return undefined;
    const word = signatureWord(kn, u);
    // (about the domain by another word than the signature itself: "物业乱收费" is not about applying — unless the
    // signature is a term of art of the regulation, which has no other matter: "让我补正我没去补会怎么样")
    return word && (TERM_OF_ART.test(word) || DOMAIN_SUBJECT.test(u.focus.split(word).join(' '))) ? { kind: 'intent', intent: t.item, confidence: score } : undefined;
  },
};
