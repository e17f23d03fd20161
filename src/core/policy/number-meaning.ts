/**
 * Rule number-meaning-asked: what numbers the asker quotes stand for in the report ("年报里45和41分别是什么数？我记混了"):
 * each number with the clause of the report's text that states it — never a guess when the text does not hold it.
 */
import { reportLabel } from '../../answer/render.js';
import { cutSpans } from '../../understand/slots.js';
import { sectionSource } from '../prose-figures.js';
import { T2_ROWS, T3_COLUMN_LABEL, T3_ROW_BY_ID, T4_COLUMNS, T4_GROUPS } from '../../report/format.js';
import type { Report } from '../../report/types.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/**
 * Numbers said, then what they stand for asked right after them ("45和41分别是什么数", "这个41指的是啥"): two digits or
 * more (a single digit is in too many clauses to tell), no year, article or document number.
 */
const MEANING_ASKED = /(?<![\d.第〔])\d{2,7}(?:\s*(?:和|与|跟|、|,|，|及)\s*\d{2,7})*(?![\d.%％])\s*(?:这[个两几]?个?数(?:字)?)?\s*(?:分别|各自|都)?(?:是|指|代表|说的是|表示)(?:的)?(?:是)?(?:什么|啥|哪个|哪项|哪些)/;
/** The numbers of that phrase. */
const NUMBER = /\d{2,7}/g;
/** Clauses of a passage. */
const CLAUSE = /[，,；;。]/;
/** Clauses shown per number at most: more say the number is no one figure's. */
const MAX_CLAUSES = 2;
/** Numbers answered at most in one message. */
const MAX_NUMBERS = 4;

export const numberMeaningAsked: Rule = {
  name: 'number-meaning-asked',
  doc: 'What numbers quoted stand for ("年报里45和41分别是什么数"): each with the clause of the report\'s text that states it, or that the text does not hold it.',
  decide: (u, state, kn) => {
    const text = u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm;
    const asked = MEANING_ASKED.exec(text);
    if (!asked) return undefined;
    const numbers = [...new Set(asked[0].match(NUMBER) ?? [])];
    if (!numbers.length || numbers.length > MAX_NUMBERS) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    let source: string | undefined;
    const lines = numbers.map((n) => {
      const re = new RegExp(`(?<![\\d.])${n}(?![\\d.])(?!\\s*年)`);
      const found: string[] = [];
      for (const p of r.passages) {
        for (const c of p.text.split(CLAUSE)) if (re.test(c) && found.length <= MAX_CLAUSES) found.push(c.trim());
        if (found.length && !source) source = sectionSource(p.section);
      }
      // (a cell of the tables holding it comes first: "18" is 现行有效 行政规范性文件 before a document number's 18号)
      const cells = cellsOf(r, Number(n));
      const said = [...cells.slice(0, MAX_CLAUSES), ...(found.length ? [found.length > MAX_CLAUSES ? `正文多处出现，例如：${found.slice(0, MAX_CLAUSES).join('；')}` : `正文：${found.join('；')}`] : [])];
      return said.length ? `“${n}”：${said.join('；')}。` : `“${n}”：报告中没有找到这个数。`;
    });
    // (none of them in the text: another rule reads the question)
    if (lines.every((l) => l.includes('没有找到这个数'))) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告中：`, lines, ...(source ? { source } : {}), labelled: true } };
  },
};

/** The table cells that hold a number, each named by its table, row and column ("表二“行政规范性文件”现行有效件数"). */
function cellsOf(r: Report, n: number): string[] {
  const out: string[] = [];
  for (const [key, cell] of Object.entries(r.values)) {
    if (cell.value !== n) continue;
    const [table, row, col] = key.split('.') as [string, string, string];
    if (table === 't2') {
      const def = T2_ROWS.find((x) => x.id === row);
      if (def) out.push(`表二“${def.label}”${(def.cols as Record<string, string>)[col] ?? ''}`);
    } else if (table === 't3') {
      const def = T3_ROW_BY_ID[row];
      if (def) out.push(`表三“${def.label}”${col === 'total' ? '' : `（${T3_COLUMN_LABEL[col] ?? col}）`}`);
    } else if (table === 't4') {
      const g = T4_GROUPS.find((x) => x.id === row);
      const c = T4_COLUMNS.find((x) => x.id === col);
      if (g) out.push(`表四“${g.label}”${c ? c.label : ''}`);
    }
  }
  return out;
}
