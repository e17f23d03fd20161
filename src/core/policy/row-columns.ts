/**
 * Rule row-columns-asked: how many columns a row of table 二 has in the national format, asked by staff checking a draft
 * ("行政处罚那行我们填了三个0，模板是几列", "每行都填了三个数，格式上对吗"): the format's columns of each row named
 * (第二十条第（六）项 行政处罚 and 行政强制: one, 本年处理决定数量), and whether the count of cells said fits — from the format
 * itself (国办公开办函〔2021〕30号), never from the report's figures.
 */
import { T2_ROWS } from '../../report/format.js';
import { smallNumber } from '../../understand/cn-number.js';
import type { Rule } from './types.js';
import { pickReport } from '../select.js';
import { reportLabel } from '../../answer/render.js';

/** The columns asked ("几列", "几栏", "几个格", "模板…", "格式上对吗"). */
// (not "那一栏", a column pointed at)
const COLUMNS_ASKED = /几[列栏格]|多少[列栏格]|(?<![那这哪每该])[一二两三四五1-5]\s*列|格式上?(?:对|是否|有没有问题|正确)|模板(?:是|有|上|里)|表头(?:是|有)/;
/** Cells said filled ("填了三个0", "填了3个数", "每行都填了三个零"). */
const CELLS_SAID = /填了?\s*([一二两三四五1-5])\s*个\s*(?:0|零|数|数字|格)/;

export const rowColumnsAsked: Rule = {
  name: 'row-columns-asked',
  doc: 'How many columns a row of table 二 has, asked while checking a draft ("那行我们填了三个0，模板是几列"): the format\'s columns of each row named and whether the cells said fit, from the format itself.',
  decide: (u, state, kn) => {
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
