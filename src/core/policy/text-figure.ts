/** Rule for what the report's text says of a figure, beside its table ("正文说受理了几件？跟表三对得上吗"). */
import { reportLabel } from '../../answer/render.js';
import { T2_ROWS, t2Unit } from '../../report/format.js';
import type { Report } from '../../report/types.js';
import { sectionSource, textBesideTable } from '../prose-figures.js';
import { pairs } from '../../answer/text-arith.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The report's text asked about, not its tables ("正文说", "正文里写的", "文字部分说"). */
// (a part of the text named between, "正文总体情况里写的")
const TEXT_ASKED = /正文(?:里|中|部分)?(?:又|还|却|也)?(?:说|写|讲|提到|称)|正文(?:里|中)(?:写的|说的)|正文[^，。？?]{1,8}?(?:里|中)(?:说|写|讲|提到|称)|正文(?:第[一二三四五六1-6]部分|开头|前面|总体情况)(?:里|中)?(?:写的|说的|讲的|提到的)|文字部分/;

export const textFigureAsked: Rule = {
  name: 'text-figure-asked',
  doc: 'What the report\'s text says of a figure of table 三, asked beside the table ("正文说受理了几件？跟表三对得上吗"): the text\'s clause and the table\'s figure, and how they relate (new and carried together); never a corrected figure.',
  decide: (u, state, kn) => {
    if (!u.metric || u.metric.table !== '三' || !TEXT_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const parts = r ? textBesideTable(r, u.metric, kn) : undefined;
    return r && parts ? { kind: 'passage', report: r, parts } : undefined;
  },
};

/** What the asker says the text holds, after 正文…说 ("正文又说清理失效文件4件"): the clause, its count and its measure word. */
const TEXT_QUOTED = /正文(?:里|中|部分|上)?(?:又|还|却|也)?(?:说|写|讲|提到|称)(?:了|的是|的|道)?[:：]?\s*([^，,。；;？?]*?(?<!\d)(\d+)\s*([件条个项次份篇]))/u;

/** Pairs of the quoted clause a sentence must repeat to be the one quoted (a count and one word in common is chance). */
const MIN_SHARED_PAIRS = 2;

/** The sentence of the report's text that holds the quoted count with words of the quoted clause; the best match. */
function quotedSentence(r: Report, clause: string, count: number, unit: string): { text: string; section: string } | undefined {
  const words = pairs(clause.replace(/\d+\s*\S?$/u, ''));
  const countRe = new RegExp(`(?<![\\d.])${count}\\s*${unit}`, 'u');
  let best: { text: string; section: string; shared: number } | undefined;
  for (const s of sentencesOf(r)) {
    if (!countRe.test(s.text)) continue;
    const shared = words.filter((w) => s.text.includes(w)).length;
    if (shared >= MIN_SHARED_PAIRS && (!best || shared > best.shared)) best = { text: s.text.trim(), section: s.section, shared };
  }
  return best;
}

export const textQuotedBesideTableTwo: Rule = {
  name: 'text-quoted-beside-table-two',
  doc: 'A count the asker says the report\'s text gives, set against one cell of table 二 ("表二规范性文件废止1件，但正文又说清理失效文件4件，是不是矛盾"): the text\'s sentence that holds it and the cell, and whether the two numbers agree — never which of them is right.',
  decide: (u, state, kn) => {
    const m = u.metric;
    if (!m || m.table !== '二' || m.rows.length !== 1 || m.cols.length !== 1) return undefined;
    const q = TEXT_QUOTED.exec(u.norm);
    if (!q) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const row = T2_ROWS.find((x) => x.id === m.rows[0]);
    const col = m.cols[0]!;
    const v = r?.values[`t2.${m.rows[0]}.${col}`]?.value;
    if (!r || !row || !row.cols[col] || typeof v !== 'number') return undefined;
    const said = Number(q[2]);
    const found = quotedSentence(r, q[1]!, said, q[3]!);
    if (!found) return undefined;
    const unit = t2Unit(row, col);
    const cell = `表二：${row.label}“${row.cols[col]}” ${v} ${unit}`;
    const lines = [`报告正文写道：${found.text}`];
    lines.push(
      v === said
        ? `${cell}，与正文的数字一致。`
        : `${cell}，与正文的 ${said} ${q[3]}不一致：正文这句与表二这一栏计的不一定是同一件事，请以报告原文为准，必要时向制作机关核实。`,
    );
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, source: sectionSource(found.section), labelled: true } };
  },
};
