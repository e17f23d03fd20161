/**
 * Rule wording-of-thing-asked: how the report words a thing the message describes first ("我记得…在政府网站上传各类信息是
 * 600多条，年报里原话怎么写的？"): the report's sentence on that thing — never the address or the application form that
 * "怎么写" alone reads.
 */
import { ASKING, CLAUSE_SPLIT, HOW_TOLD_ONLY } from '../patterns.js';
import { POLICY } from '../thresholds.js';
import { passage, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** A clause asking something of its own, its mark lost at the split ("我琢磨是不是因为涉密"). */
const QUESTION_WORDS = /是不是|是否|有没有|为什么|为啥|多少|几[件个条项次]|[吗么呢]$/;
/** A part of the report named, or a draft of it ("第六部分", "初稿写的是"). */
const PART_OR_DRAFT = /第[一二三四五六七八九十\d]+部分|初稿|草稿|稿子/;
/** The words of the other clauses must say something: a few characters at least ("上传各类信息是600多条"). */
const THING_MIN_CHARS = 6;

/** A done-or-not asked at a clause's end ("收了没", "公开过没有", "…了吗"). */
const DONE_OR_NOT = /[了过]没有?$|吗$/;

export const wordingOfThingAsked: Rule = {
  name: 'wording-of-thing-asked',
  doc: 'How the report words a thing the message describes before ("…上传各类信息是600多条，年报里原话怎么写的"): the report\'s sentence on it, not what "怎么写" alone matches.',
  decide: (u, state, kn) => {
    const clauses = withoutSlots(u).split(CLAUSE_SPLIT).map((c) => c.trim()).filter(Boolean);
    const last = clauses.at(-1);
    if (clauses.length < 2 || !last || !HOW_TOLD_ONLY.test(last)) return undefined;
    // (the clauses before tell, asking nothing of their own: "那他们依申请公开办了多少件，年报里怎么说的" is the count's question)
    // (nor a done-or-not asked, "信息处理费收了没，报告原话咋写的": that question's, the report's words on it with it)
    if (clauses.slice(0, -1).some((c) => ASKING.test(c) || QUESTION_WORDS.test(c) || DONE_OR_NOT.test(c))) return undefined;
    // (nor a part of the report named, or a draft quoted against it: "第六部分…，初稿写的是“…”" — the part's own rules)
    if (PART_OR_DRAFT.test(u.norm)) return undefined;
    const thing = clauses.slice(0, -1).join('，').replace(/^(?:我记得|记得|听说|好像|据说)/, '');
    if (thing.replace(/[\s，,]/g, '').length < THING_MIN_CHARS) return undefined;
    return passage(kn, u, state, POLICY.countedPassageCoverage, thing);
  },
};
