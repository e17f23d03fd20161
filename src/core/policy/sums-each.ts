/**
 * Rule for staff checking two sides of a balance by adding each pair they quote ("受理27件加上年结转2件，答复28件加结转1件，
 * 两边各是多少"): each sum worked out from the figures given, and whether the sides agree — said to be the asker's figures,
 * and only when every figure quoted is one the report states.
 */
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';
import { withoutSlots } from './helpers.js';

/** One pair added ("受理27件加上年结转2件", "答复28件+结转1件"): the first label, count, unit, the second label and count. */
const PAIR_ADDED = /([\p{Script=Han}]{0,8}?)(\d{1,7})\s*([件条个项篇])\s*(?:加上(?!年|一年|半年)|加|\+|＋)\s*([\p{Script=Han}]{0,8}?)(\d{1,7})\s*(?:[件条个项篇])?/gu;
/** Each sum asked ("两边各是多少", "分别是多少", "各等于几"). */
const EACH_SUM_ASKED = /各(?:是|为|自|等于)?(?:多少|几)|分别(?:是|为|等于)?(?:多少|几)|两边(?:是|为)?(?:多少|几)|两边[^，。？?]{0,4}(?:相等|一样|对得上|平)/;

export const pairsSummedEach: Rule = {
  name: 'pairs-summed-each',
  doc: 'Two or more pairs of counts quoted with 加, each sum asked ("受理27件加上年结转2件，答复28件加结转1件，两边各是多少"): each sum from the figures given, and whether they agree — only when the report states every figure quoted.',
  decide: (u, state, kn) => {
    const text = withoutSlots(u);
    if (!EACH_SUM_ASKED.test(text)) return undefined;
    const pairs = [...text.matchAll(PAIR_ADDED)];
    if (pairs.length < 2) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (a figure the report never states is no side of its balance: the other rules, or the fallback, answer)
    const said = r.passages.map((p) => p.text).join('\n') + Object.values(r.values).map((v) => ` ${v.value} `).join('');
    const stated = (n: string) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(said);
    if (!pairs.every((p) => stated(p[2]!) && stated(p[5]!))) return undefined;
    const sums = pairs.map((p) => Number(p[2]) + Number(p[5]));
    const unit = pairs[0]![3]!;
    const lines = pairs.map((p, i) => `${p[1] || ''}${p[2]}${p[3]} + ${p[4] || ''}${p[5]}${unit} = ${sums[i]}${unit}\n`);
    const same = sums.every((x) => x === sums[0]);
    lines.push(same ? `${sums.length === 2 ? '两边' : '各项'}相等，都是 ${sums[0]}${unit}（按您给的数字计算，数字与报告一致）。` : `${sums.length === 2 ? '两边' : '各项'}不相等（按您给的数字计算，数字与报告一致）。`);
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：\n`, lines, labelled: true } };
  },
};
