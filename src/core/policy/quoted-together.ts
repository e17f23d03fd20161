/**
 * Rule for why two counts the asker quotes differ ("发布了18269条信息，为啥比政务网的2905条多出那么多？"), no figure of the
 * tables read: the one sentence of the report that states both, as printed — it is where the report says what the
 * larger count holds (the other channels), and the bot never guesses a reason of its own.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { hasTableFigures, pickReport } from '../select.js';
import { kindsOf, withoutSlots } from './helpers.js';
import { GROUND_NAMED, NOT_GIVEN_WHY } from '../patterns.js';
import { countStated } from './quoted-check.js';
import type { Rule } from './types.js';

/** A count quoted with its measure word ("18269条", "3件"). */
const COUNT_QUOTED = /(?<![\d.])(\d{1,7})\s*(?:余|多)?\s*([件条个次项篇])/g;
/** Words by which a sentence tells what a count holds or why ("其中…", "因为", "主要是"). */
// (or a count carried over from the year before: what the larger count holds beside the new ones)
const TELLS_WHY = /其中|包括|因为|由于|原因|所以|因此|主要是|主要为|系|结转/;
const NO_REASON_TOLD = '报告没有说明原因。';
/** A cause or a ground for not giving named in a sentence ("因为…", "主要是…", "属于…", "不掌握"). */
const GROUND_OR_CAUSE = new RegExp(`因为|由于|原因|所以|因此|主要是|主要为|${GROUND_NAMED.source}`);
/** Said when a part is listed larger than the whole it is listed in: the report gives the figures, not why. */
const PART_OVER_WHOLE = '报告把这一项列在总数之内，但这一项比总数还多，报告没有解释原因。';
/** Words that open a breakdown inside a sentence ("包括…", "其中…"). */
const BREAKDOWN_WORDS = /包括|其中/;
/** A sentence that breaks down the one before it ("其中…", or its first numbered item: "1.通过政府网站…432条"). */
// (or one that goes on with the same applications, "以上申请全部受理,办理结果为…")
const BREAKDOWN_OPENS = /^\s*(?:其中|包括|以上|[1１一][.．、])/;
/** How far (characters) from a count the asker's word beside it may stand in a sentence for the count to be the same one. */
const BESIDE_WINDOW = 12;
/** "How come" said with 怎么 ("明明只收到19件，怎么答复了28件", "怎么会多出来"): a why. */
const HOW_COME = /明明|怎么(?:会|就|还|却|倒)|怎么\p{Script=Han}{1,4}了\s*\d/u;
/** The fewest counts quoted for them to be set against each other. */
const MIN_COUNTS = 2;

export const quotedCountsTogether: Rule = {
  name: 'quoted-counts-together',
  doc: 'Why two counts quoted differ ("发布了18269条，为啥比政务网的2905条多"), no table figure read: the one sentence of the report that states them all, as printed.',
  decide: (u, state, kn) => {
    // (a difference or sum asked in figures, "净变化是多少件", "多多少条": worked out by the arithmetic rules)
    if (!(kindsOf(u).why || kindsOf(u).compare || HOW_COME.test(u.norm)) || /多少|几/.test(u.norm)) return undefined;
    const quoted = [...withoutSlots(u).matchAll(COUNT_QUOTED)];
    const counts = new Map(quoted.map((m) => [`${m[1]}${m[2]}`, countStated(m[1]!, m[2]!)]));
    if (counts.size < MIN_COUNTS) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    // (a figure of the tables read, of a report that has them: the figure rules')
    if (!r || (u.metric && hasTableFigures(r))) return undefined;
    const stated = [...counts.values()];
    // (a sentence with the breakdown after it, "…申请37件。" "其中市政府办7件、…": read together)
    const withNext = r.passages.map((p, i) => {
      const next = r.passages[i + 1];
      return next && next.section === p.section && BREAKDOWN_OPENS.test(next.text) ? `${p.text.trim()}${next.text.trim()}` : p.text.trim();
    });
    const all = [...new Set(withNext.filter((t) => stated.every((re) => re.test(t))))];
    // (the readings that state most counts with the asker's word beside them: "只有5条予以公开" is the 5 granted, not
    // the 5 sent online)
    const beside = quoted.map((m) => besideWords(withoutSlots(u), m));
    const scoreOf = (t: string) => quoted.filter((m, k) => besideIn(t, m, beside[k]!)).length;
    const top = Math.max(0, ...all.map(scoreOf));
    const found = all.filter((t) => scoreOf(t) === top);
    // (the shortest reading: the sentence alone when it states them all)
    const text = found.sort((a, b) => a.length - b.length)[0];
    if (!text || found.some((t) => !t.includes(text))) return undefined;
    const p = r.passages.find((x) => text.startsWith(x.text.trim()))!;
    // (a sentence that only states them, no breakdown or cause in it: said that the report gives no reason)
    // (a part listed larger than the whole it is listed in, "全年主动公开…382条,包括…公众号2443条": no breakdown explains that)
    const first = /(\d+)\s*(?:余|多)?\s*[件条个次项篇]/.exec(text);
    const whole = first ? Number(first[1]) : NaN;
    const after = first ? text.slice(first.index + first[0].length) : '';
    const partOver = BREAKDOWN_WORDS.test(after) && quoted.some((m) => Number(m[1]) > whole && new RegExp(`(?<![\\d.])${m[1]}\\s*(?:余|多)?\\s*${m[2]}`).test(after));
    // (why some were not given, "剩下3件为什么没公开": only a ground named tells it, not a breakdown or a carry-over)
    const tells = NOT_GIVEN_WHY.test(u.norm) ? GROUND_OR_CAUSE.test(text) : TELLS_WHY.test(text);
    const why = partOver ? [PART_OVER_WHOLE] : tells ? [] : [NO_REASON_TOLD];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [text.replace(/[，,、;；]$/, '。'), ...why], source: sectionSource(p.section), labelled: true } };
  },
};

/** The asker's words on each side of a quoted count ("收到13条申请": 收到, 申请), two Han characters each, 的 skipped. */
function besideWords(text: string, m: RegExpMatchArray): string[] {
  const before = /(\p{Script=Han}{2})[的]?\s*$/u.exec(text.slice(0, m.index))?.[1];
  const after = /^\s*[的]?(\p{Script=Han}{2})/u.exec(text.slice(m.index! + m[0].length))?.[1];
  return [before, after].filter((w): w is string => !!w && !/^(?:只有|一共|共计|总共|才有|还有|有了)$/.test(w));
}

/** The count is stated in the sentence with one of the asker's words beside it. */
function besideIn(text: string, m: RegExpMatchArray, words: string[]): boolean {
  const re = new RegExp(`(?<![\\d.])${m[1]}\\s*(?:余|多)?\\s*${m[2]}`, 'g');
  for (const at of text.matchAll(re)) {
    const near = text.slice(Math.max(0, at.index! - BESIDE_WINDOW), at.index! + at[0].length + BESIDE_WINDOW);
    if (words.some((w) => near.includes(w))) return true;
  }
  return false;
}
