/**
 * Rule principle-asked: the principle the office goes by, asked ("他们是按什么原则定的", "公开遵循啥原则"): the report's sentence
 * that states it ("按照“公开是原则、不公开是例外,公开不涉密、涉密不公开”的原则…") — the one sharing most words with the
 * question — not the list of refusal reasons its other words (不公开) point at. Nothing when the report states none.
 */
import { reportLabel } from '../../answer/render.js';
import { contentWords, sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** The principle asked ("按什么原则", "啥原则", "原则是什么"). */
const PRINCIPLE_ASKED = /(?:什么|啥|哪些|哪个|何种)(?:样的)?(?:基本)?原则|原则是(?:什么|啥|哪些)/;
/** A sentence stating a principle ("…的原则", "坚持…原则"), or the disclosure principle itself without the word ("坚持以公开为常态、不公开为例外"). */
const PRINCIPLE_SAID = /原则|公开为常态|不公开为例外/;
/** Words of the question that tell no principle from another. */
const PLAIN = /^(?:什么|原则|按照|根据|他们|定的|为什么|哪些|信息|政府)$/;

export const principleAsked: Rule = {
  name: 'principle-asked',
  doc: 'The principle the office goes by, asked ("有些信息不公开，他们是按什么原则定的"): the report\'s sentence that states a principle, the one sharing most words with the question; nothing when the report states none.',
  decide: (u, state, kn) => {
    const text = withoutSlots(u);
    if (!PRINCIPLE_ASKED.test(text)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const words = contentWords(text).filter((w) => w.length >= 2 && !PLAIN.test(w));
    const said = sentencesOf(r).filter((x) => PRINCIPLE_SAID.test(x.text));
    if (!said.length) return undefined;
    // (the most words of the question; the first on a tie)
    const score = (t: string) => words.filter((w) => t.includes(w)).length;
    const best = said.reduce((a, b) => (score(b.text) > score(a.text) ? b : a));
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [best.text.trim()], source: sectionSource(best.section), labelled: true } };
  },
};
