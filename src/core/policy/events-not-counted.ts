/**
 * Rule events-not-counted: how many trainings, meetings or events were held, asked ("组织了政务公开培训，全年一共办了几场"),
 * of a report that tells of them with no count: the sentence that tells of them, said to give no number — never the
 * requests' count that 办了 reads, nor a section read faintly.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { EVENT_KIND, EVENTS_COUNTED } from '../patterns.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** A count of them in so many times, sessions or rounds ("3次", "两期"). */
const COUNTED = /(?:\d+|[一二两三四五六七八九十]+)\s*(?:次|场|期|批)/;
const NO_COUNT = '报告没有写明具体场次或次数。';

export const eventsNotCounted: Rule = {
  name: 'events-not-counted',
  doc: 'How many trainings or meetings were held, asked ("…培训，全年一共办了几场"), of a report that tells of them with no count: that sentence, said to give no number — not the requests that 办了 reads.',
  decide: (u, state, kn) => {
    const named = EVENT_KIND.exec(u.norm)?.[0];
    if (!named || !EVENTS_COUNTED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const all = sentencesOf(r);
    const told = all.filter((x) => x.text.includes(named));
    // (a sentence that counts them is another rule's: count-in-report reads it — named by its stem too, "新闻发布(通气)会6场")
    if (!told.length || all.some((x) => x.text.includes(named.slice(0, 2)) && COUNTED.test(x.text))) return undefined;
    const said = told[0]!;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim(), NO_COUNT], source: sectionSource(said.section), labelled: true } };
  },
};
