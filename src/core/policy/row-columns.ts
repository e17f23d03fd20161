/**
 * Rule row-columns-asked: how many columns a row of table 二 has in the national format, asked by staff checking a draft
 * ("行政处罚那行我们填了三个0，模板是几列", "每行都填了三个数，格式上对吗"): the format's columns of each row named
 * (第二十条第（六）项 行政处罚 and 行政强制: one, 本年处理决定数量), and whether the count of cells said fits — from the format
 * itself (国办公开办函〔2021〕30号), never from the report's figures.
 */
import { T2_ROWS, T4_COLUMNS, T4_GROUPS } from '../../report/format.js';
import { smallNumber } from '../../understand/cn-number.js';
import type { Rule } from './types.js';
import { pickReport } from '../select.js';
import { reportLabel } from '../../answer/render.js';

/** The columns asked ("几列", "几栏", "几个格", "模板…", "格式上对吗"). */
// (not "那一栏", a column pointed at)
// (or, the cells said filled, how many figures the format holds and which columns: "填了3个0 按格式应该几个数 是啥列")
const COLUMNS_ASKED = /几[列栏格]|多少[列栏格]|(?<![那这哪每该])[一二两三四五1-5]\s*列|格式上?(?:对|是否|有没有问题|正确)|模板(?:是|有|上|里)|表头(?:是|有)|(?:啥|什么|哪些|哪几)[列栏]|(?:应该|应|该)(?:填)?(?:几|多少)个?(?:数|数字|格)/;
/** Table 四 named ("表四", "第四部分的表"). */
const TABLE_FOUR = /表\s*[四4]|第四部分的?(?:表|表格)/;
/** How many figures or cells it holds, asked ("要填几个数", "共多少格", "几列"). */
// (not "那几栏": cells pointed at, their figures asked; "要填哪几栏" asks the format's)
const CELLS_ASKED = /(?<![那这])(?:几|多少)个?(?:数|数字|格|栏|列)/;
/** Cells said filled ("填了三个0", "填了3个数", "每行都填了三个零"). */
const CELLS_SAID = /填了?\s*([一二两三四五1-5])\s*个\s*(?:0|零|数|数字|格)/;

export const rowColumnsAsked: Rule = {
  name: 'row-columns-asked',
  doc: 'How many columns a row of table 二 has, asked while checking a draft ("那行我们填了三个0，模板是几列"), or how many figures table 四 holds ("表四按格式要填几个数"): the format\'s columns of each row named and whether the cells said fit, from the format itself.',
  decide: (u, state, kn) => {
    // (table 四 as a whole: its groups times its columns, "下一年度的年报表四按格式要填几个数")
    // (figures of one's own to place, "7起复议（维持3、纠正3…）", are another question)
    if (TABLE_FOUR.test(u.norm) && CELLS_ASKED.test(u.norm) && !/\d\s*[起件]/.test(u.norm)) {
      const r = pickReport(kn, { ...u.slots, years: [] }, state).report;
      if (!r) return undefined;
      const n = T4_GROUPS.length * T4_COLUMNS.length;
      const lines = [
        `表四按国家格式共 ${T4_GROUPS.length} 组 × ${T4_COLUMNS.length} 列 = ${n} 个数：${T4_GROUPS.map((g) => g.label).join('、')}，每组各有${T4_COLUMNS.map((c) => c.label).join('、')}。`,
        '没有发生的填 0，不要只留表头。',
      ];
      return { kind: 'passage', report: r, parts: { head: '', lines, source: '国办公开办函〔2021〕30号 年度报告格式（表四）', labelled: true } };
    }
    const m = u.metric;
    if (m?.table !== '二' || !m.rows.length || !COLUMNS_ASKED.test(u.norm)) return undefined;
    const rows = T2_ROWS.filter((r) => m.rows.includes(r.id) && !r.oldFormat);
    if (!rows.length) return undefined;
    const said = CELLS_SAID.exec(u.norm)?.[1];
    const cells = said === undefined ? undefined : said === '两' ? 2 : smallNumber(said);
    const lines = rows.map((r) => {
      const cols = Object.values(r.cols);
      const fit = cells === undefined ? '' : cells === cols.length ? '，与您说的格数一致' : `；您说填了 ${cells} 个数，与格式不符，应只填 ${cols.length} 个`;
      return `${r.item}“${r.label}”按国家格式共 ${cols.length} 列：${cols.join('、')}${fit}。`;
    });
    const r = pickReport(kn, { ...u.slots, years: [] }, state).report;
    if (!r) return undefined;
    // (the report's own cells of those rows beside it, as it printed them)
    const own = rows.flatMap((row) => Object.entries(row.cols).map(([col, label]) => ({ row, label, v: r.values[`t2.${row.id}.${col}`]?.value })).filter((x) => typeof x.v === 'number'));
    if (own.length) lines.push(`${reportLabel(r)}报告中：${own.map((x) => `${x.row.label}${x.label} ${x.v} ${x.row.unit}`).join('，')}。`);
    return { kind: 'passage', report: r, parts: { head: '', lines, source: '国办公开办函〔2021〕30号 年度报告格式（表二）', labelled: true } };
  },
};
