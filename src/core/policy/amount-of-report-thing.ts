/**
 * Rule for the amount of money of a thing only the report names ("线下专区那笔专项资金，报告里写批了多少钱没"): the
 * report's sentence about that thing, and, when it states no amount, that the report does not say one — never the
 * information-processing fee, whose intent 多少钱 reads.
 */
import { CLAUSE_SPLIT } from '../patterns.js';
import { pickReport } from '../select.js';
import { MONEY_STATED, reportSays } from './helpers.js';
import type { Rule } from './types.js';

/** An amount of money asked ("多少钱", "金额多少", "批了多少"). */
const AMOUNT_ASKED = /多少钱|几块钱|金额|多少万|几万|花了多少|批了多少|拨了多少/;
/** The fee of a request named: the fee rules', not a thing of the report. */
const FEE_NAMED = /信息处理费|处理费|信息费|收费|费用|工本费|手续费/;
/** Said when the report's sentences about the thing state no amount. */
const NO_AMOUNT = '报告没有写明具体金额。';
/** The fewest characters of the report's word for the thing ("专项资金"): a shorter one ("预算") names too many sentences. */
const THING_MIN_CHARS = 4;
/** Clauses a message may have for this rule to read it as asking the amount alone. */
const MAX_CLAUSES = 3;
/** Sentences about the thing quoted at most. */
const MAX_SENTENCES = 2;

export const amountOfReportThing: Rule = {
  name: 'amount-of-report-thing',
  doc: 'The amount of money of a thing only the report names ("专项资金批了多少钱"): the report\'s sentences about it, and that it states no amount when it does not — never the fee rules.',
  decide: (u, state, kn) => {
    if (u.metric || !AMOUNT_ASKED.test(u.norm) || FEE_NAMED.test(u.norm) || !u.reportOnlyWords.length) return undefined;
    // (a long message asking other things as well is not this rule's alone: only money asked)
    if (u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim()).length > MAX_CLAUSES) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (the longest of the words only the report uses: the thing itself, 专项资金 before 专区)
    const words = [...u.reportOnlyWords].sort((a, b) => b.length - a.length);
    // (a word specific enough to be the thing: "预算" alone names many sentences, none of which may be about what is asked)
    if (words[0]!.length < THING_MIN_CHARS) return undefined;
    const about = r.passages.filter((p) => p.text.includes(words[0]!));
    if (!about.length) return undefined;
    const stated = about.find((p) => MONEY_STATED.test(p.text));
    const lines = stated ? [stated.text.trim()] : [...about.slice(0, MAX_SENTENCES).map((p) => p.text.trim()), NO_AMOUNT];
    return { kind: 'passage', report: r, parts: reportSays(r, lines, (stated ?? about[0]!).section) };
  },
};
