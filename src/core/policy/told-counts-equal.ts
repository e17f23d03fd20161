/**
 * Rule told-counts-equal: whether two counts one sentence of the text tells are the same, asked ("意见征集调查公布结果的期数和
 * 开展的期数一致吗" of "开展意见征集调查12期,…并及时公布调查结果12期"): each count as told in its clause, and whether they
 * agree. Each item goes to the clause that holds most of its words; nothing unless both are found, in two clauses.
 */
import { contentWords, sentencesOf } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** Two things set against each other for being the same ("A的期数和B的期数一致吗", "A和B一样吗"). */
const TWO_SAME_ASKED = /^(?:核对一下|核一下|看一下|请问)?[，,:：\s]*(\p{Script=Han}{2,20}?)的?(?:期数|数量|条数|件数|次数|个数|数)?(?:和|与|跟|同)(\p{Script=Han}{2,20}?)的?(?:期数|数量|条数|件数|次数|个数|数)?(?:是否|是不是)?(?:一致|一样|相同|相等|对得上)(?:吗|么|不|没有)?[？?。!！]*$/u;
/** The unit named with 数 ("期数" → 期). */
const UNIT_NAMED = /([期条件次个篇项])数/;
/** A count in a clause ("12期"). */
const COUNT_IN = (unit: string) => new RegExp(`(\\d+)\\s*(?:余|多)?\\s*${unit}`);

export const toldCountsEqual: Rule = {
  name: 'told-counts-equal',
  doc: 'Whether two counts the text tells are the same ("意见征集调查公布结果的期数和开展的期数一致吗"): each count in its clause of one sentence, and whether they agree.',
  decide: (u, state, kn) => {
    if (u.metric) return undefined;
    const text = withoutSlots(u).replace(/\s+/g, '');
    const m = TWO_SAME_ASKED.exec(text);
    if (!m) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const unit = UNIT_NAMED.exec(text)?.[1] ?? '[期条件次个篇项]';
    const count = COUNT_IN(unit);
    const wordsOf = (s: string) => contentWords(s).filter((w) => w.length >= 2);
    // (the second item said short, "开展的", shares the first's subject: its own words decide between the clauses)
    const [a, b] = [wordsOf(m[1]!), [...new Set([...wordsOf(m[2]!), ...(m[2]!.length <= 3 ? [m[2]!] : [])])]];
    if (!a.length || !b.length) return undefined;
    for (const s of sentencesOf(r)) {
      const clauses = s.text.split(/[，,；;]/).filter((c) => count.test(c));
      if (clauses.length < 2) continue;
      const score = (c: string, ws: string[]) => ws.filter((w) => c.includes(w)).length;
      const own = (ws: string[], other: string[]) => clauses.map((c, i) => ({ i, s: score(c, ws) - score(c, other) / 2 })).sort((x, y) => y.s - x.s)[0]!;
      const ca = own(a, b);
      const cb = own(b, a);
      if (ca.i === cb.i || score(clauses[ca.i]!, a) === 0 || score(clauses[cb.i]!, b) === 0) continue;
      const va = Number(count.exec(clauses[ca.i]!)![1]);
      const vb = Number(count.exec(clauses[cb.i]!)![1]);
      const verdict = va === vb ? `两者一致，都是 ${va}。` : `两者不一致，相差 ${Math.abs(va - vb)}。`;
      return {
        kind: 'passage',
        report: r,
        parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：“${clauses[ca.i]!.trim()}”“${clauses[cb.i]!.trim()}”；${verdict}`], source: sectionSource(s.section), labelled: true },
      };
    }
    return undefined;
  },
};
