/**
 * Applicants of table 三 told in the text when the table is missing ("共收到依申请件35件,其中自然人34件,企业1件"): each
 * applicant column asked, from the clause that counts it, and its share of the requests the text tells when a share is asked.
 */
import { fmt } from '../answer/cells.js';
import { toldCount } from '../answer/text-arith.js';
import type { Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';
import type { Knowledge } from './knowledge.js';
import { proseFigure, sectionSource } from './prose-figures.js';
import { reportLabel, type Rendered } from '../answer/render.js';

/** The words a text counts each applicant column by (the format's names are longer than a report's "企业1件"). */
const TOLD_AS: Readonly<Record<string, string>> = { natural: '自然人', business: '企业', research: '科研机构', nonprofit: '公益组织', legal: '法律服务机构' };

/** A count with its measure in a sentence ("24件", "1 件"). */
const COUNTED_CLAUSE = /\d+\s*件/g;
/** A sentence longer than this is a paragraph of other things: its own clauses are enough. */
const WHOLE_SENTENCE_MAX = 120;

export function applicantsTold(r: Report, metric: MetricQuery, kn: Knowledge): Rendered | undefined {
  const cols = metric.cols.filter((c) => c in TOLD_AS);
  // (a column asked that the text counts by no word of its own, 法人或其他组织 as "单位": the other readings answer)
  if (metric.cols.some((c) => c !== 'total' && !(c in TOLD_AS))) return undefined;
  if (metric.table !== '三' || !cols.length || metric.rows.some((x) => x !== 'new' && x !== 'total')) return undefined;
  const told = cols.map((c) => ({ c, t: toldCount(r, TOLD_AS[c]!, '件') }));
  if (told.some((x) => !x.t)) return undefined;
  const lines = told.map(({ c, t }) => `${TOLD_AS[c]} ${t!.value} 件（“${t!.clause}”）。`);
  // (the sentence goes on with applicants not asked, "其中自然人申请24件,其它1件": the whole sentence, so "其他的几个" asked
  // with it is answered too)
  const whole = told[0]!.t!.passage.text.trim();
  if ((whole.match(COUNTED_CLAUSE) ?? []).length > told.length && whole.length <= WHOLE_SENTENCE_MAX) lines.push(`原句：“${whole}”`);
  // (figures quoted to check, "其中企业申请是2件吧": whether the text's agree)
  if (metric.quoted?.length) {
    const have = new Set(told.map((x) => x.t!.value));
    const wrong = metric.quoted.filter((n) => !have.has(n));
    lines.unshift(wrong.length ? `核对：不对，您说的 ${wrong.join('、')} 件与报告正文的数字不一致：` : `核对：对，您说的 ${metric.quoted.join('、')} 件与报告正文一致：`);
  }
  if (metric.rate) {
    const all = proseFigure(r, { ...metric, rows: ['new'], cols: [], rate: undefined, vague: true }, kn);
    const n = all ? Number(/(\d+)\s*件/.exec(all.text)?.[1]) : NaN;
    if (n > 0) for (const { c, t } of told) lines.push(`${TOLD_AS[c]}占申请总数 ${n} 件的 ${fmt(Math.round((t!.value / n) * 10000) / 100)}%（${t!.value} ÷ ${n}，按报告数字计算）。`);
  }
  return { head: `${reportLabel(r)}报告的统计表中查不到申请人分类的数字，报告正文写道：`, lines, source: sectionSource(told[0]!.t!.passage.section), labelled: true };
}
