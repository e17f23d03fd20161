/**
 * Documents in force, worked out (staff checking table 二): last year's 现行有效 plus this year's 制发 less its
 * 废止 should be this year's 现行有效 ("2022年现行有效18件，2023年又制发6件、废止2件，按理应该是多少件？和报告里写的一样吗"),
 * and back from this year's alone, the count at the start of the year ("倒推回去年初应该有几件有效"). Always from
 * the reports' own cells, said to be computed, and the report's own figure beside it — never corrected.
 */
import { reportLabel } from '../../answer/render.js';
import type { Report } from '../../report/types.js';
import { pickReport, reportsOf } from '../select.js';
import type { Rule } from './types.js';

const STOCK = /现行有效/;
const ISSUED = /制发|新制发|新发|印发|出台/;
const REPEALED = /废止|作废|废除/;
/** Worked out, not read off: 按理, 应该是, 倒推, 对得上, 一样吗 … */
const WORKED_OUT = /按理|应该是|应该有|应有|倒推|推算|对得上|对的上|对不上|能对上|对上吗|算得上|合得上|接得上|接不上|衔接|一样吗|一致吗|为什么|怎么是|年初/;
/** The sum spelled out ("18加6减2"). */
const SUM_SPELLED = /\d+\s*(?:加|\+)\s*\d+\s*(?:减|-|−)\s*\d+/;
/** A year said in the message (the story's and the asked clause's alike). */
const YEAR_SAID = /(?<!\d)(?:19|20)\d{2}(?!\d)(?!\s*[件条个项份])/g;
/** Back to the start of the year from this year's figures alone. */
const BACKWARD = /倒推|年初|年初时|开始时/;

const cell = (r: Report, row: string, col: string): number | undefined => {
  const v = r.values[`t2.${row}.${col}`]?.value;
  return typeof v === 'number' ? v : undefined;
};

export const stockFlowCheck: Rule = {
  name: 'stock-flow-check',
  doc: 'Documents in force worked out from last year\'s 现行有效 plus 制发 less 废止 ("按理应该是多少，和报告写的一样吗"), or back to the start of the year: computed from the reports\' own cells, with the report\'s own figure.',
  decide: (u, state, kn) => {
    const t = u.norm;
    // (or two years' stock set side by side: "现行有效8件，跟2023年的5件接得上吗")
    if (!STOCK.test(t) || !((ISSUED.test(t) && REPEALED.test(t)) || SUM_SPELLED.test(t) || (t.match(YEAR_SAID) ?? []).length >= 2) || !WORKED_OUT.test(t)) return undefined;
    const row = /规章/.test(t) && !/规范性文件/.test(t) ? 'rules' : 'normative';
    const label = row === 'rules' ? '规章' : '行政规范性文件';
    // the year the stock is asked for: the latest year named
    // (all years said, the story's too: "2023年…25件，按2022年的18件…" asks of 2023)
    const said = (t.match(YEAR_SAID) ?? []).map(Number);
    const year = said.length ? Math.max(...said) : u.slots.years.length ? Math.max(...u.slots.years) : undefined;
    const r = pickReport(kn, year ? { ...u.slots, years: [year] } : u.slots, state).report;
    if (!r || r.year === null) return undefined;
    const [issued, repealed, valid] = [cell(r, row, 'issued'), cell(r, row, 'repealed'), cell(r, row, 'valid')];
    if (issued === undefined || repealed === undefined) return undefined;
    const prev = reportsOf(kn, r.office).find((x) => x.year === r.year! - 1);
    const before = prev ? cell(prev, row, 'valid') : undefined;
    let lines: string[];
    if (before !== undefined && !BACKWARD.test(t)) {
      const worked = before + issued - repealed;
      lines = [
        `${prev!.year}年${label}现行有效 ${before} 件；${r.year}年制发 ${issued} 件、废止 ${repealed} 件：${before} + ${issued} − ${repealed} = ${worked} 件（按报告数字计算）。`,
        valid === undefined
          ? `${r.year}年报告未列出现行有效件数。`
          : valid === worked
            ? `${r.year}年报告写的现行有效也是 ${valid} 件，一致。`
            : `${r.year}年报告写的现行有效是 ${valid} 件，与推算的 ${worked} 件不一致（相差 ${Math.abs(valid - worked)} 件；可能另有文件清理或统计口径不同，以报告为准，可向制作机关核实）。`,
      ];
    } else if (valid !== undefined) {
      const start = valid - issued + repealed;
      lines = [`${r.year}年${label}现行有效 ${valid} 件，本年制发 ${issued} 件、废止 ${repealed} 件，倒推年初现行有效应为 ${valid} − ${issued} + ${repealed} = ${start} 件（按报告数字计算）。`];
    } else return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, source: '二、主动公开政府信息情况', labelled: true } };
  },
};

/** The base a draft year's stock starts from, asked ("基数", "起算", "上年末"), or what it should be ("应该填多少"). */
const BASE_OR_SHOULD = /基数|起算|起点|基础|上年末|上年底|年初|应该|应当|该填|该写|要填|要写|填多少|填几|写多少|写几/;
/** The year after the one named, as the draft's ("下一年报告", "明年的年报", "往下推"). */
const NEXT_YEAR_DRAFTED = /下一年|下一年度|明年|下年度?|往下推|推到下一年/;
/** A count said with a verb ("制发3件", "废止了2件"): the figures the asker supposes. */
const SAID_ISSUED = /(?:新制发|制发|新发|印发|出台)(?:了)?\s*(\d+)\s*[件个份]?/;
const SAID_REPEALED = /(?:废止|作废|废除)(?:了)?\s*(\d+)\s*[件个份]?/;

export const stockIntoNext: Rule = {
  name: 'stock-into-next',
  doc: 'Documents in force (现行有效) of the year after a loaded report, asked while drafting it ("23年的年报…现行有效的基数是多少", "假如制发3件、废止2件，现行有效应该填多少"): the loaded year\'s 现行有效 as the base, and the sum with the counts supposed — worked out, and said to be.',
  decide: (u, state, kn) => {
    const t = u.norm;
    const next = NEXT_YEAR_DRAFTED.test(t);
    if (!STOCK.test(t) || u.slots.years.length > 1 || (!u.slots.years.length && !next) || !BASE_OR_SHOULD.test(t)) return undefined;
    const office = u.slots.offices[0] ?? pickReport(kn, { ...u.slots, years: [] }, state).report?.office;
    if (!office) return undefined;
    const reports = reportsOf(kn, office);
    // (the loaded year named as the base, the draft said as the year after it: "下一年报告草稿…按2022年底的数往下推"; no
    // year named, the year after the office's newest report)
    const named = u.slots.years[0] ?? Math.max(...reports.map((r) => r.year ?? 0));
    const year = named + (next && (u.slots.years.length === 0 || reports.some((r) => r.year === named)) ? 1 : 0);
    const before = reports.find((r) => r.year === year - 1);
    if (!before || reports.some((r) => r.year === year)) return undefined;
    const row = /规章/.test(t) && !/规范性文件/.test(t) ? 'rules' : 'normative';
    const label = row === 'rules' ? '规章' : '行政规范性文件';
    const base = cell(before, row, 'valid');
    if (base === undefined) return undefined;
    const issued = t.match(SAID_ISSUED)?.[1];
    const repealed = t.match(SAID_REPEALED)?.[1];
    const tail = `（${year}年的报告还没有加载，这是按${before.year}年报告推出的）`;
    const lines = [`${year}年报告表二${label}的“现行有效件数”从${reportLabel(before)}报告的现行有效 ${base} 件算起${tail}。`];
    if (issued !== undefined || repealed !== undefined) {
      const n = Number(issued ?? 0);
      const m = Number(repealed ?? 0);
      lines.push(`按${year}年制发 ${n} 件、废止 ${m} 件：${base} + ${n} − ${m} = ${base + n - m} 件（按假设数字计算，以实际清理结果为准）。`);
    } else {
      lines.push(`${year}年的现行有效 = ${base} + ${year}年制发件数 − ${year}年废止件数（另有清理失效的，一并减去）。`);
    }
    return { kind: 'passage', report: before, parts: { head: '', lines, source: '二、主动公开政府信息情况', labelled: true } };
  },
};
