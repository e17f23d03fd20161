/** Rule for staff checking a report's arithmetic ("小计和分项加起来对得上吗", "表三数字对得上吗"). */
import { consistencyAnswer, findingsAnswer, findingsOf, quotedNumbers } from '../../answer/consistency.js';
import { CHECK_ASKED, DISCREPANCY_ASKED } from '../patterns.js';
import { pickReport } from '../select.js';
import { toldFigure } from '../prose-figures.js';
import type { Rule } from './types.js';
import type { MetricQuery } from '../../understand/metrics.js';
import { T3_ROW_BY_ID, T3_ROWS } from '../../report/format.js';

export const consistencyAsked: Rule = {
  name: 'consistency-asked',
  doc: 'Whether a report\'s figures add up ("加起来对得上吗", "核对一下表三"): a group of reasons added up against its subtotal, or the consistency findings of the load (src/answer/consistency.ts).',
  decide: (u, state, kn) => {
    const against = DISCREPANCY_ASKED.test(u.norm);
    if (!CHECK_ASKED.test(u.norm) && !against) return undefined;
    const pick = pickReport(kn, u.slots, state);
    if (!pick.report) return undefined;
    // the figures the asker quotes ("正文说258件"): the findings that speak of them come first
    const quoted = quotedNumbers(u.norm);
    // (a table named with no row, "表四怎么一个数都没有": the findings about that table)
    const table = u.metric ? undefined : TABLE_NAMED.exec(u.norm)?.[1];
    const aboutTable = table ? pick.report.findings.filter((f) => f.severity !== 'info' && f.message.includes(`表${TABLE_DIGITS[table] ?? table}`)) : [];
    const relevant = aboutTable.length ? aboutTable : findingsOf(pick.report, quoted, u.metric);
    if (aboutTable.length) return { kind: 'passage', report: pick.report, parts: findingsAnswer(pick.report, aboutTable) };
    if (relevant.length && (against || (u.metric && !checkable(u.metric)))) return { kind: 'passage', report: pick.report, parts: findingsAnswer(pick.report, relevant) };
    // one figure named to be checked ("现行有效件数，核对一下是不是18"): its figure answers
    if (u.metric && !checkable(u.metric)) return undefined;
    // "…加起来等不等于总计": the total named is what the sum is set against
    const metric = u.metric && TOTAL_NAMED.test(u.norm) && !u.metric.rows.includes('total') ? { ...u.metric, rows: [...u.metric.rows, 'total'] } : u.metric;
    return { kind: 'passage', report: pick.report, parts: consistencyAnswer(pick.report, metric, toldFigure(kn)) };
  },
};

/** A statistics table named by its number ("表四", "表3"). */
const TABLE_NAMED = /表([一二三四1-4])/;
/** Arabic table numbers as the findings write them (表三). */
const TABLE_DIGITS: Record<string, string> = { '1': '一', '2': '二', '3': '三', '4': '四' };

/** The total of table 三 named as what a sum should equal. */
const TOTAL_NAMED = /总计|总数|合计数/;

/** A metric whose arithmetic can be checked: a group of reasons of table 三, or its balance rows (R1). */
function checkable(m: MetricQuery): boolean {
  if (m.table !== '三') return false;
  const balance = ['new', 'carried', 'total', 'carry-over'].filter((x) => m.rows.includes(x)).length >= 2;
  return balance || m.rows.some((x) => T3_ROWS.some((s) => s.parent === (T3_ROW_BY_ID[x]?.parent ?? x)));
}
