/**
 * What a report's text tells of review and suit cases, and of the year's results, when its tables do not give them: the
 * sentence saying no case arose (and of which kinds that holds), and the sentence listing the results with their counts.
 */
import { reportLabel, type Rendered } from '../answer/render.js';
import type { Report } from '../report/types.js';
import { sectionSource, TOLD_NOT_IN_TABLE } from './prose-figures.js';

/** A kind of case and its count in a sentence ("行政复议21宗", "提起行政诉讼3件"), each clause once. */
export const CASE_KIND_COUNT = /(?:复议|诉讼|起诉)[^，,；;、。\d]{0,8}?(\d+)\s*([件起宗次])/g;

/** The text's word that no case arose ("未发生因政府信息公开…行政复议…"; "没有有涉及…" with a 有 doubled as printed). */
// (or "不存在因信息公开申请引起的行政复议和行政诉讼情况")
export const NO_CASES_STATED = /(?:未|没有|均未|无|不存在)有?(?:发生|出现|产生|涉及|因|收到|被|(?:政府)?信息公开)[^。；;]{0,24}(?:行政复议|行政诉讼|复议|诉讼)|(?:^|[，,。；;：:\s])无(?:提起)?(?:行政复议|行政诉讼)/;

/** The text's word that no case arose, said plainly as 0 of each kind asked that the same sentence does not count. */
export function noCasesTold(r: Report, rows: readonly string[]): Rendered | undefined {
  const said = r.passages.find((p) => NO_CASES_STATED.test(p.text));
  if (!said) return undefined;
  // (a kind the same sentence counts, "未发生行政复议,发生…行政诉讼1件", had cases: only the others are none)
  const counted = new Set<string>([...said.text.matchAll(CASE_KIND_COUNT)].map((m) => (m[0].startsWith('复议') ? 'review' : 'suit')));
  // (and the clause saying none names one kind only, "…行政复议7件,…;无行政诉讼": only that kind is none)
  const m = NO_CASES_STATED.exec(said.text)!;
  const clause = said.text.slice(m.index).split(/[。；;]/)[0]!;
  const namesReview = /复议/.test(clause);
  const namesSuit = /诉讼|起诉/.test(clause);
  const kind = (x: string) => (x.startsWith('suit') ? 'suit' : x);
  const none = rows.filter((x) => !counted.has(kind(x)) && (kind(x) === 'suit' ? namesSuit : kind(x) === 'review' ? namesReview : true));
  if (!none.length) return undefined;
  return { head: `${reportLabel(r)}${TOLD_NOT_IN_TABLE}`, lines: [said.text.trim(), noCasesAsZero(none)], source: sectionSource(said.section), labelled: true };
}

/** "即行政复议、行政诉讼案件为 0 件。": the kinds of case asked, when the text says none arose. */
function noCasesAsZero(rows: readonly string[]): string {
  const suit = rows.some((x) => x.startsWith('suit'));
  const review = rows.includes('review');
  return `即${suit && !review ? '行政诉讼' : review && !suit ? '行政复议' : '行政复议、行政诉讼'}案件为 0 件。`;
}

/** Results counted in a sentence ("“予以公开”的1件", "不予公开2件"): two or more of them make a list of the year's results. */
const RESULT_COUNTED = /(?:予以公开|部分公开|区分处理|不予公开|无法提供|不掌握|不予处理|不属于本|其他处理)[^，,、；;。\d]{0,16}?\d+\s*件/g;
/** The fewest results a sentence counts to be the text's list of them. */
const RESULTS_IN_LIST = 2;

/** The sentence of the text that lists the year's results with their counts, if one does. */
export function resultsListed(r: Report): Report['passages'][number] | undefined {
  return r.passages.find((p) => (p.text.match(RESULT_COUNTED)?.length ?? 0) >= RESULTS_IN_LIST);
}
