/**
 * Rule for staff checking both sides of the requests' balance with figures they quote, when the report's table 三 is
 * missing or cut ("红桥区政府办2023年新收59件、上年结转2件，按时答复54件、结转2024年7件，两边对得上吗"): the figures
 * taken in (new and carried from last year) against those dealt with (answered and carried into next year), each side
 * added up as given — with the report's sentence that holds them, when one does.
 */
import { fmt } from '../../answer/cells.js';
import { reportLabel } from '../../answer/render.js';
import { cutSpans } from '../../understand/slots.js';
import { pickReport } from '../select.js';
import { hasCells } from './consistency.js';
import { toldFigure } from '../prose-figures.js';
import { BALANCE_QUOTED, CHECK_ASKED, LABELLED_FIGURE, sentenceOfParts } from './quoted-sum.js';
import type { Rule } from './types.js';

/** Words of a figure taken in: the requests received, or carried over from last year. */
const TAKEN_IN = /^(?:.*(?:上年|上一年|去年|上年度)(?:度)?结转|.*(?:新收|收到|受理|接收|接到|转来))/;
/** Words of a figure dealt with: answered, finished, or carried into next year. */
const DEALT_WITH = /答复|办结|办理完|处理完|结转|转下年|转入下/;
/** Both sides named by their carry-overs ("上年结转…结转下年"), a balance whatever it is called. */
const BOTH_CARRIES = /(?:上年|上一年|去年)(?:度)?结转[^，,。？?]*?(?:结转|转下年)/;
/** Table 三's balance rows: taken in (new, carried) and dealt with (total, carried over). */
const BALANCE_ROWS = ['new', 'carried', 'total', 'carry-over'];
/** A balance has a figure on each side at least, and three in all (two alone are one figure checked against another). */
const MIN_FIGURES = 3;

interface Figure {
  label: string;
  n: number;
}

/** The figures quoted, each put on its side; undefined when one has no side or a side is empty. */
export function balanceQuoted(text: string): { taken: Figure[]; dealt: Figure[] } | undefined {
  const taken: Figure[] = [];
  const dealt: Figure[] = [];
  for (const m of text.matchAll(LABELLED_FIGURE)) {
    const label = m[1]!.replace(/[“”"]/g, '');
    const f = { label, n: Number(m[2]) };
    if (TAKEN_IN.test(label)) taken.push(f);
    else if (DEALT_WITH.test(label)) dealt.push(f);
    else return undefined;
  }
  return taken.length && dealt.length && taken.length + dealt.length >= MIN_FIGURES ? { taken, dealt } : undefined;
}

export const quotedBalanceChecked: Rule = {
  name: 'quoted-balance-checked',
  doc: 'Both sides of the requests\' balance quoted to check ("新收59件、上年结转2件，按时答复54件、结转2024年7件，两边对得上吗") of a report whose table 三 gives none of them: each side added up as given, equal or not — computed from the figures given, with the report\'s sentence holding them.',
  decide: (u, state, kn) => {
    if (!CHECK_ASKED.test(u.norm) || !(BALANCE_QUOTED.test(u.norm) || BOTH_CARRIES.test(u.norm))) return undefined;
    const quoted = balanceQuoted(u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm);
    if (!quoted) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    // (the table gives them: the consistency rule sets the table's own figures against each other)
    if (!r || hasCells(r, { table: '三', rows: ['new', 'carried', 'total', 'carry-over'], cols: [], spans: [] })) return undefined;
    // (nor when the text tells each of the four in clauses of its own: the consistency rule sets the text's figures, named by
    // their rows, against each other)
    const told = toldFigure(kn);
    if (BALANCE_ROWS.every((row) => told(r, { table: '三', rows: [row], cols: [], spans: [] }))) return undefined;
    const side = (fs: Figure[]) => fs.reduce((a, x) => a + x.n, 0);
    const [inSum, outSum] = [side(quoted.taken), side(quoted.dealt)];
    const said = (fs: Figure[]) => (fs.length > 1 ? `${fs.map((x) => fmt(x.n)).join(' + ')} = ${fmt(side(fs))} 件` : `${fmt(side(fs))} 件`);
    const lines = [
      `收到一边（${quoted.taken.map((x) => x.label).join('、')}）：${said(quoted.taken)}；办理一边（${quoted.dealt.map((x) => x.label).join('、')}）：${said(quoted.dealt)}（按您给的数字计算）。`,
      inSum === outSum ? `两边都是 ${fmt(inSum)} 件，相等，一致，对得上。` : `两边不相等，相差 ${fmt(Math.abs(inSum - outSum))} 件，对不上。`,
    ];
    const sentence = sentenceOfParts(r, [...quoted.taken, ...quoted.dealt]);
    if (sentence) lines.push(`报告正文写道：${sentence.text.trim()}`);
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
  },
};
