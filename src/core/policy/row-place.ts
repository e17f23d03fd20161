/**
 * Rule for staff asking where a figure goes in the national format's tables ("无法提供603件应该填在表三哪一行",
 * "信访举报投诉类的那1件申请在表三哪一栏", "15件自然人申请这个数在哪张表哪一行"): the table, the row with its printed
 * numbering and group, and the column — then the report's own figure for that cell, when it prints one.
 */
import { reportLabel, renderMetric } from '../../answer/render.js';
import { SECTION_TITLES, T2_ROWS, T3_COLUMN_LABEL, T3_ROW_BY_ID, type T3Row } from '../../report/format.js';
import type { MetricQuery } from '../../understand/metrics.js';
import { hasTableFigures, pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Where in a table something goes or stands ("填在哪一行", "归到哪一栏", "在哪张表哪一行", "算在哪一项"). */
const PLACE_ASKED =
  /哪一?[行栏格]|哪张表|哪个表|(?:填|归|放|计|算|列|统计|写)(?:在|到|入|进)?(?:表[二三2３]?)?(?:里|中)?(?:的)?哪(?:一)?(?:项|类|部分|里|儿)|(?:填|归|放|计|算|列|写)(?:在|到|入|进)(?:哪)/;

/** How many to fill asked ("填几", "填多少", "该写几"). */
const FILL_HOW_MANY = /(?:填|写)(?:几|多少)/;

/** Which part or table holds it, asked ("在报告第几部分", "在哪一部分的表格里", "哪张表"). */
const WHICH_PART = /第几部分|哪一?部分|哪张表|哪个表|第几张表|第几个表/;

/** A count of requests stated in the question ("收到申请223件", "依申请22件"). */
const COUNT_QUOTED = /\d+\s*件/;

/** The national format these places are of. */
const FORMAT_NAME = '国家格式（国办公开办函〔2021〕30号）';

/** Table 三's results are one numbered part of it; its other rows stand alone ("一、", "二、", "四、"). */
const RESULTS_PART = '三、本年度办理结果';

/** The printed place of a table-三 row: its part, its group and itself ("“三、本年度办理结果”下“（四）无法提供”中的“1.本机关不掌握相关政府信息”"). */
function t3Place(row: T3Row): string {
  const own = `“${row.num}${row.label}”`;
  if (/^[一二四]、$/.test(row.num)) return own;
  const parent = row.parent ? T3_ROW_BY_ID[row.parent] : undefined;
  return parent ? `“${RESULTS_PART}”下“${parent.num}${parent.label}”中的${own}` : `“${RESULTS_PART}”下的${own}`;
}

function placeLine(m: MetricQuery): string | undefined {
  if (m.table === '三') {
    const rows = m.rows.map((id) => T3_ROW_BY_ID[id]).filter((r): r is T3Row => !!r);
    if (!rows.length) return undefined;
    const cols = m.cols.filter((c) => c !== 'org').map((c) => T3_COLUMN_LABEL[c]).filter(Boolean);
    const col = cols.length ? `，“${cols.join('”“')}”一列` : '';
    return `按${FORMAT_NAME}，应填在表三（${SECTION_TITLES.三}）${rows.map(t3Place).join('、')}一行${col}。`;
  }
  if (m.table === '二') {
    const rows = m.rows.map((id) => T2_ROWS.find((r) => r.id === id)).filter((r) => !!r);
    if (!rows.length) return undefined;
    const cols = m.cols.map((c) => rows[0]!.cols[c]).filter(Boolean);
    const col = cols.length ? `，“${cols.join('”“')}”一列` : '';
    return `按${FORMAT_NAME}，应填在表二（${SECTION_TITLES.二}）“${rows[0]!.item}”下的${rows.map((r) => `“${r.label}”`).join('、')}一行${col}。`;
  }
  return undefined;
}

export const rowPlaceAsked: Rule = {
  name: 'row-place-asked',
  doc: 'Where a figure goes in the national format ("无法提供603件应该填在表三哪一行", "那1件在表三哪一栏"): the table, the row with its numbering and group, the column, then the report\'s own figure of that cell; the requests in general, which part asked: table 三 and its part.',
  decide: (u, state, kn) => {
    const m = u.metric;
    // (the requests asked of in general, "依申请公开的受理和办理数据在报告第几部分的表格里": table 三, its part)
    if (m && m.table === '三' && m.vague && WHICH_PART.test(u.norm)) {
      // (a report whose tables hold no figure tells its counts in its text: the rules of the text answer)
      const r = pickReport(kn, u.slots, state).report;
      if (!r || !hasTableFigures(r)) return undefined;
      const heading = r.headings?.['三'] ?? `三、${SECTION_TITLES['三']}`;
      // (how many asked too, "写在哪部分，写的多少": the figure after the place)
      const figure = u.quantity ? renderMetric(r, m) : undefined;
      const lines = [`收到和办理政府信息公开申请的数字在表三，即报告第三部分“${heading}”。`, ...(figure && !figure.missing ? figure.lines : [])];
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
    }
    // (a count of requests received quoted, "“全年收到申请223件”对应哪一行": the row of the year's new requests, though 申请
    // alone names no row)
    const received = m?.vague && m.rows.length === 1 && m.rows[0] === 'new' && COUNT_QUOTED.test(u.norm);
    if (!m || (m.table !== '三' && m.table !== '二') || !m.rows.length || (m.vague && !received) || !PLACE_ASKED.test(u.norm)) return undefined;
    const place = placeLine(m);
    if (!place) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const figure = renderMetric(r, m);
    // (how many to fill asked beside one count quoted, "2件申请都予以公开了，…该填哪一行，填几", of a report whose tables do
    // not give it: the count quoted, as the asker's own)
    const quoted = [...u.norm.matchAll(/(?<![\d.])(\d{1,6})\s*件/g)].map((x) => x[1]!);
    const fill = figure.missing && FILL_HOW_MANY.test(u.norm) && new Set(quoted).size === 1 ? [`按您说的情况，这一行填 ${quoted[0]}。`] : [];
    // (the text's own word on it when the tables lack it, "2023年现行有效的行政规范性文件15件": said after the place)
    const toldLines = figure.missing ? figure.lines.filter((l) => l.startsWith('报告正文') || l.startsWith('即')) : [];
    const lines = [place, ...(figure.missing ? [...toldLines, ...fill] : figure.lines)];
    return { kind: 'passage', report: r, parts: { head: figure.head, lines, source: figure.missing ? undefined : figure.source, labelled: true } };
  },
};
