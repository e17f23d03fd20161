/**
 * Rule withheld-in-text: which information the office withholds, or why ("哪些信息是不予公开的", "跟执法有关的信息为什么不
 * 公开"), of a report with no tables whose text says what it does not disclose ("对确定为国家秘密…涉及公民个人隐私的信息…
 * 均不予向社会公众公开"): that sentence, as printed — never "the report lists no count" of table 三's row, nor the
 * regulation's list in its place.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { hasTableFigures, pickReport } from '../select.js';
import { kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** A sentence saying information is withheld ("不予公开", "不予向社会公众公开", "免予公开"). */
const WITHHELD_SAID = /不予(?:向社会(?:公众)?)?公开|免予公开/;
/** What kind of information, as the exemptions name it: a sentence of the report's own policy, not a count. */
const EXEMPT_KINDS = /国家秘密|隐私|商业秘密|保密|执法|三安全一稳定|内部事务|过程性/;
/** The most sentences quoted. */
const MAX_SENTENCES = 2;

export const withheldInText: Rule = {
  name: 'withheld-in-text',
  doc: 'Which information is withheld, or why, of a report with no tables whose text says what it withholds ("哪些信息是不予公开的"): that sentence, not the missing row.',
  decide: (u, state, kn) => {
    const m = u.metric;
    if (!m || m.table !== '三' || m.rows.length !== 1 || m.rows[0] !== 'refused' || u.quantity || kindsOf(u).count) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || hasTableFigures(r)) return undefined;
    const said = r.passages.filter((p) => WITHHELD_SAID.test(p.text) && EXEMPT_KINDS.test(p.text) && !/\d+\s*件/.test(p.text)).slice(0, MAX_SENTENCES);
    if (!said.length) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: said.map((p) => p.text.trim()), source: sectionSource(said[0]!.section), labelled: true } };
  },
};
