/**
 * Rule parts-of-last-count: which kinds a count just answered splits into, asked right after it with no count quoted
 * ("发了多少信息" then "分成哪几类"): the same sentence of the report again when it lists the parts with their counts
 * ("…4296条(概况类102条、政务动态1914条、信息公开目录2280条)") — never a breakdown the report does not give.
 */
import { PASSAGE_INTENT } from '../respond.js';
import { pickReport } from '../select.js';
import { passageBefore } from './helpers.js';
import type { Rule } from './types.js';

/** The kinds asked ("分成哪几类", "分哪几种", "都包括哪些类", "有哪几块"). */
const KINDS_ASKED = /(?:分成|分为|分|包括|包含|有)(?:了)?(?:哪几|哪些|几)(?:类|种|项|块|部分|个方面)|(?:哪几|哪些)(?:类|种)/;
/** A count in a line, with its measure word. */
const COUNT = /(?<![\d.])\d{1,6}\s*(?:家|个|条|篇|项|次|场|期|所|名|户|批|件|份)/g;
/** The fewest counts the line must hold: the whole and two parts. */
const COUNTS_MIN = 3;

export const partsOfLastCount: Rule = {
  name: 'parts-of-last-count',
  doc: 'Which kinds a count just answered from the text splits into ("分成哪几类"), no count quoted: that sentence again when it lists three counts or more (the whole and its parts); else other rules answer.',
  decide: (u, state, kn) => {
    if (u.metric || !u.followUp.is || state.intent !== PASSAGE_INTENT || !state.text || !KINDS_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const before = r ? passageBefore(r, state.text) : undefined;
    if (!r || !before || before.lines.join('').match(COUNT)?.length! < COUNTS_MIN) return undefined;
    return { kind: 'passage', report: r, parts: before };
  },
};
