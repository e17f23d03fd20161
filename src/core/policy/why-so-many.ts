/**
 * Rule why-so-many-of-thing: why the office did so much of a thing the text counts, the count not quoted but pointed at
 * ("为什么开了那么多场新闻发布会"): the one sentence that counts that thing in that measure ("全年共牵头或参与11场与疫情相关的新闻
 * 发布会") — the figure and the words round it, said to give no reason when it gives none.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { kindsOf, withoutSlots } from './helpers.js';
import { NO_REASON_TOLD, REASON_OR_PURPOSE } from './quoted-count-why.js';
import type { Rule } from './types.js';

/** "So many" of a measure, then the thing ("那么多场新闻发布会", "这么多条政策解读"). */
const SO_MANY_OF = /(?:那么|这么|那样|这样|如此)多(?:的)?([场次件条个家期篇份项])(?:的)?(\p{Script=Han}{2,8})/u;
/** Characters of the thing's name, from its end, that a sentence must hold ("发布会" of 新闻发布会). */
const THING_TAIL = 3;

export const whySoManyOfThing: Rule = {
  name: 'why-so-many-of-thing',
  doc: 'Why so much of a thing the text counts, pointed at ("为什么开了那么多场新闻发布会"): the one sentence counting that thing in that measure ("…11场与疫情相关的新闻发布会"), with no reason made up.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why || u.metric) return undefined;
    const m = SO_MANY_OF.exec(withoutSlots(u));
    if (!m) return undefined;
    const [, measure, thing] = m as unknown as [string, string, string];
    const tail = thing.replace(/[吗呢啊呀]+$/, '').slice(-THING_TAIL);
    const r = pickReport(kn, u.slots, state).report;
    if (!r || tail.length < 2) return undefined;
    const counted = new RegExp(`\\d+\\s*${measure}[^，,。；;]{0,12}${tail}`);
    const found = sentencesOf(r).filter((x) => counted.test(x.text));
    if (found.length !== 1) return undefined;
    const said = found[0]!;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [said.text.trim(), ...(REASON_OR_PURPOSE.test(said.text) ? [] : [NO_REASON_TOLD])], source: sectionSource(said.section), labelled: true } };
  },
};
