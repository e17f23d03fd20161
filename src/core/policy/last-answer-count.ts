/**
 * Rule count-in-last-answer: a how-many asked right after a passage that already holds it ("可全程在线办理政务服务事项1512项,
 * 全年办理3328473件" then "全年办了多少件"): the one clause of that answer whose count is in the measure asked and which holds
 * every character the question names (the passage found again by the question before) — before the table rules read 办 as the requests' results, of a report with no table.
 */
import { countAsked, unitsAlike } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { narrative } from '../handlers.js';
import { PASSAGE_INTENT } from '../respond.js';
import { POLICY } from '../thresholds.js';
import { pickReport } from '../select.js';
import { hasCells } from './consistency.js';
import { kindsOf, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** The how-many words and particles of a question: what is left names the thing ("全年办了多少件" → 全年办). */
const ASKING_WORDS = /(?:一共|总共|总计|合计|共|大概|大约|到底)?(?:有|是)?(?:多少|几)[件条个项次份篇人家]?|[了呢吗啊呀哦的?？,，。!！\s]/g;
/** Fewest characters left that can name a thing in a clause (one character names nothing: 办 alone). */
const THING_CHARS_MIN = 2;
/** Clauses of the answer before. */
const CLAUSE = /[，,；;。]/;

export const countInLastAnswer: Rule = {
  name: 'count-in-last-answer',
  doc: 'A how-many asked right after a passage that holds it ("…全年办理3328473件" then "全年办了多少件"): the one clause of that answer with a count in the measure asked and every character the question names; never when a table cell answers.',
  decide: (u, state, kn) => {
    if (!u.followUp.is || state.intent !== PASSAGE_INTENT || !state.text || !kindsOf(u).count) return undefined;
    const text = withoutSlots(u);
    const asked = countAsked(text);
    if (!asked) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || (u.metric && hasCells(r, u.metric))) return undefined;
    const thing = text.replace(ASKING_WORDS, '');
    if (thing.length < THING_CHARS_MIN) return undefined;
    const counted = new RegExp(`\\d+\\s*[${unitsAlike(asked.unit)}]`);
    // (the passage answered before, found again by the question before: the state keeps questions, not answers)
    const found = narrative(r, state.text, true, POLICY.countedPassageCoverage)?.parts;
    const before = found?.lines.join('');
    if (!before) return undefined;
    const clauses = before.split(CLAUSE).filter((c) => counted.test(c) && [...thing].every((ch) => c.includes(ch)));
    if (clauses.length !== 1) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${clauses[0]!.trim()}`], source: found?.source, labelled: true } };
  },
};
