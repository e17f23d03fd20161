/**
 * The asker's own next step against an office ("我能去哪告他们", "能起诉他们吗", "不给我公开，我能咋办"):
 * the remedies (complaint, administrative review, lawsuit), not the count of table 四 that 起诉/复议 also
 * name, and not the figure of a result the story mentions ("答复说不掌握…我能去哪告他们").
 */
import { ASKING, CLAUSE_SPLIT } from '../patterns.js';
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

/** The intents that tell the remedies (intents/procedure.yml). */
const REMEDY_INTENTS: ReadonlySet<string> = new Set(['procedure.remedy', 'procedure.remedy-deadline']);

/**
 * The asker asks what they may do: a modal or a where/how word right before a remedy act
 * ("能起诉", "可以告", "去哪起诉", "怎么投诉", "找谁复议"). 告 is read as 起诉 (intents/synonyms.yml).
 */
const OWN_REMEDY = /(?:能|可以|可不可以|能不能|该|应该|怎么|如何|哪里?|哪儿|谁|上哪)(?:去|到|向|找)?(?:哪里?|哪儿|法院|上级)?(?:起诉|复议|投诉|举报|申诉|维权|打官司)|(?:不经|不走|绕过)复议|(?:去|到|上)法院(?:去)?(?:起诉|打官司)/;
/**
 * The asker says they will take the office to review or court ("我要去告你们", "我想起诉"): 投诉 is left out,
 * people complain of anything ("我要投诉我们小区物业", "我要投诉你这机器人").
 */
const WILL_SUE = /(?:要|想|准备|打算)(?:去)?(?:法院)?(?:起诉|复议|打官司)/;
/** Refused or ignored, then what to do ("要是不给我公开，我能咋办"; 咋办 is read as 怎么办). */
const REFUSED_THEN_WHAT = /(?:不给|不予|拒绝|不公开|不答复|不回复|没有?答复|不理).{0,12}(?:怎么办|能怎么|该怎么|能做什么|有什么办法)/;
/** A count asked, or a past case ("起诉过吗", "有没有被起诉"): the figure, not the asker's step. */
const CASES_ASKED = /多少|几[件起次个宗]|过吗|过没有|过你们|有没有被|被起诉|被复议|案件|数量|情况/;

export const remedyAsked: Rule = {
  name: 'remedy-asked',
  doc: 'The asker\'s own next step against an office ("我能去哪告他们", "不给我公开，我能咋办"), not a count of cases: the remedies, whatever row or case the story names.',
  decide: (u) => {
    // none of the patterns anywhere in the message: none in a clause of it either (the common case, decided
    // without splitting the message into clauses twice)
    if (!OWN_REMEDY.test(u.norm) && !WILL_SUE.test(u.norm) && !REFUSED_THEN_WHAT.test(u.norm)) return undefined;
    // the last clause that asks: the story before it may name a result ("答复说不掌握") or a case
    const asking = [...u.norm.split(CLAUSE_SPLIT)].reverse().find((c) => ASKING.test(c)) ?? u.norm;
    if (CASES_ASKED.test(asking) || u.quantity && CASES_ASKED.test(u.norm)) return undefined;
    // (or the message ends saying so: "…这合法吗，我要去告你们！")
    const last = u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim()).at(-1) ?? '';
    if (!OWN_REMEDY.test(asking) && !((OWN_REMEDY.test(last) || WILL_SUE.test(last)) && !CASES_ASKED.test(last)) && !REFUSED_THEN_WHAT.test(u.norm)) return undefined;
    const best = u.candidates.find((c) => REMEDY_INTENTS.has(c.item.id));
    if (!best || best.score < POLICY.remedyPatternMin) return undefined;
    return { kind: 'intent', intent: best.item, confidence: best.score };
  },
};
