/**
 * Rule tables-filled-asked: whether the report's tables hold any figures, asked ("第二、三、四部分的表格里有数据吗",
 * "年报第三、第四部分的表里有数吗"), of a report whose tables hold none (a page cut short, tables left blank or printed as
 * pictures): that they hold none, and where its figures can be found instead. A report with figures in its tables goes
 * to the rules that give them.
 */
import { reportLabel } from '../../answer/render.js';
import { hasTableFigures, pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The tables (or the parts that hold them) named ("表格", "统计表", "第三部分的表", "二、三、四部分"). */
const TABLES_NAMED = /表格|统计表|表里|表中|表上|(?:第?[二三四]、?)+部分/;
/** Whether they hold figures, asked ("有数据吗", "有数吗", "有数据没有", "填了没有", "是不是空的"). */
const FILLED_ASKED = /有(?:没有)?(?:数据|数字|数)(?:吗|么|没有?|不)?|(?:数据|数字)(?:有没有|有吗)|填了?(?:吗|没有?|没)|(?:是不是|是)?空(?:的|着|白)(?:吗|么)?/;
/** Said when the tables hold no figure. */
const NONE = '报告的统计表（第二、三、四部分）中没有任何数字：可能是表格未填写、是图片，或网页保存不完整。报告正文中写明的数字仍可查询。';

export const tablesFilledAsked: Rule = {
  name: 'tables-filled-asked',
  doc: 'Whether the tables hold figures, asked ("第二、三、四部分的表格里有数据吗"), of a report whose tables hold none: that they hold none, not the format\'s list of parts nor a contact detail.',
  decide: (u, state, kn) => {
    if (!TABLES_NAMED.test(u.norm) || !FILLED_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || hasTableFigures(r)) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [NONE], labelled: true } };
  },
};
