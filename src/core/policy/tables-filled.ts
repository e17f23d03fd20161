/**
 * Rule tables-filled-asked: whether the report's tables hold any figures, asked ("第二、三、四部分的表格里有数据吗",
 * "年报第三、第四部分的表里有数吗"), of a report whose tables hold none (a page cut short, tables left blank or printed as
 * pictures): that they hold none, and where its figures can be found instead. A report with figures in its tables goes
 * to the rules that give them.
 */
import { reportLabel } from '../../answer/render.js';
import { SECTION_TITLES, T4_COLUMNS, T4_GROUPS } from '../../report/format.js';
import { hasTableFigures, pickReport } from '../select.js';
import type { Report } from '../../report/types.js';
import type { Rule } from './types.js';
import { enquiryNote } from './helpers.js';

/** The tables (or the parts that hold them) named ("表格", "统计表", "第三部分的表", "二、三、四部分"). */
const TABLES_NAMED = /表格|统计表|表里|表中|表上|(?:第?[二三四]、?)+部分/;
/** Whether they hold figures, asked ("有数据吗", "有数吗", "有数据没有", "填了没有", "是不是空的"). */
// (or "填数了吗", "填了数没有": the figures filled in)
const FILLED_ASKED = /有(?:没有)?(?:数据|数字|数)(?:吗|么|没有?|不)?|(?:数据|数字)(?:有没有|有吗)|填(?:了|上)?(?:数据|数字|数)?(?:了)?(?:吗|没有?|没)|(?:是不是|是)?空(?:的|着|白)(?:吗|么)?/;
/** A clause that asks (a question mark, 吗/么/呢, 有没有, 是不是, or 没有 at its end). */
const ASKS_IN_CLAUSE = /[?？吗么呢]|有没有|是不是|没有?\s*$|不\s*$/;
/** Said when the tables hold no figure. */
const NONE = '报告的统计表（第二、三、四部分）中没有任何数字：可能是表格未填写、是图片，或网页保存不完整。报告正文中写明的数字仍可查询。';

/** One table pointed at ("表四", "那个表", "这张表"), or its part ("第四部分的表"). */
const ONE_TABLE = /表\s*([二三四234])|第([二三四])部分的?(?:表|表格)|(?:那|这)(?:个|张)(?:统计)?表(?:格)?|表格|统计表/;
/** Why it holds no figure, asked ("为啥那个表一个数都没有", "为什么表四是空的"). */
const EMPTY_WHY = /(?:为啥|为什么|为何|怎么|咋|什么原因)[^，。？?]{0,14}(?:空|一个数(?:字)?都?没有|没有?(?:任何)?(?:数|数字|数据)|没填|没有填)|(?:空的|空着|空白|没有数字?|没填)[^，。？?]{0,6}(?:为啥|为什么|为何|什么原因|怎么回事)/;
/** Table numerals as the figures' keys have them ("t4.review.total"). */
const TABLE_KEY: Readonly<Record<string, string>> = { 二: 't2.', 三: 't3.', 四: 't4.' };

/** A table named by its number ("表四", "表4"), and its numeral as the keys have it. */
const TABLE_NUMBERED = /表\s*([二三四234])/;
const NUMERAL: Readonly<Record<string, string>> = { '2': '二', '3': '三', '4': '四' };

/** That a table holds headers only, not reported (and, asked why, that the report says no why). */
function headersOnly(table: string, whyAsked: boolean): string {
  return `报告的表${table}（“${table}、${SECTION_TITLES[table]}”）只有表头，没有填写任何数字${whyAsked ? '，报告也没有说明原因' : ''}。这些数字按“未报告”处理：不能据此认定为0件，也不能认定有案件。`;
}

/** Whether one table of the report holds a figure. */
function tableFilled(r: Report, table: string): boolean {
  const prefix = TABLE_KEY[table]!;
  return Object.entries(r.values).some(([k, v]) => k.startsWith(prefix) && v.value !== null);
}

export const tablesFilledAsked: Rule = {
  name: 'tables-filled-asked',
  doc: 'Whether the tables hold figures, asked ("第二、三、四部分的表格里有数据吗"), of a report whose tables hold none: that they hold none, not the format\'s list of parts nor a contact detail; why one table is empty ("为啥那个表一个数都没有", of the table just asked about): that it holds headers only and the report says no why.',
  decide: (u, state, kn) => {
    // (a table pointed at, "那个表", "这张表": the one the last figure was of — one named by its number, "表四怎么是空的", is
    // the load's finding about it, consistency-asked)
    const one = EMPTY_WHY.test(u.norm) ? ONE_TABLE.exec(u.norm) : null;
    if (one && !one[1] && !one[2]) {
      const table = state.metric?.table;
      const r = pickReport(kn, u.slots, state).report;
      if (r && table && TABLE_KEY[table] && hasTableFigures(r) && !tableFilled(r, table)) {
        const line = `${headersOnly(table, true)}${enquiryNote(r)}`;
        return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [line], labelled: true } };
      }
    }
    // (one table named by its number, whether it holds figures asked — "表四有数没有" — of a report whose other tables
    // hold some: that it holds headers only, when it does)
    // (why it is empty, "为什么表四是空的", is the load's finding about it: consistency-asked)
    const numbered = FILLED_ASKED.test(u.norm) && !EMPTY_WHY.test(u.norm) && !/为什么|为啥|为何|怎么/.test(u.norm) ? TABLE_NUMBERED.exec(u.norm)?.[1] : undefined;
    if (numbered) {
      const r = pickReport(kn, u.slots, state).report;
      const table = NUMERAL[numbered] ?? numbered;
      if (!r || !hasTableFigures(r) || tableFilled(r, table)) return undefined;
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [headersOnly(table, false)], labelled: true } };
    }
    // (asked in one clause that asks: "表里三龙镇这一栏还空着" is the asker's own sheet, told, not asked of the report)
    if (!u.norm.split(/[,，。；;！!]/).some((c) => TABLES_NAMED.test(c) && FILLED_ASKED.test(c) && ASKS_IN_CLAUSE.test(c))) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || hasTableFigures(r)) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [NONE], labelled: true } };
  },
};

/** Table 四 named ("表四", "第四部分的表", or review and suit together). */
const TABLE_FOUR_NAMED = /表\s*[四4]|第四部分|复议[^，。？?]{0,4}诉讼/;
/** How to fill it asked ("怎么填", "应该填什么", "如何填写"). */
const HOW_FILLED = /(?:怎么|如何|咋|应该|应当|该)(?:样)?填|填(?:什么|啥|多少|几)/;
/** None having happened said ("没发生", "一件都没有", "没有复议诉讼", "为零"). */
const NONE_HAPPENED = /没(?:有)?发生|未发生|一(?:件|起|个)(?:都|也)没|都没有|没有(?:任何)?(?:复议|诉讼|案件)|为零|是零|是0|为0|空着/;

export const tableFourNoneFilled: Rule = {
  name: 'table-four-none-filled',
  doc: 'How to fill table 四 in a year with no review or suit ("明年如果也没发生复议诉讼，表四应该怎么填"): every cell of its three groups 0, headers never left alone — the format\'s rows and columns, from the format itself.',
  decide: (u, state, kn) => {
    if (!TABLE_FOUR_NAMED.test(u.norm) || !HOW_FILLED.test(u.norm) || !NONE_HAPPENED.test(u.norm)) return undefined;
    // (the report asked about, or the conversation's: the answer is the format's, the report only where it was read from)
    const r = pickReport(kn, { ...u.slots, years: [] }, state).report;
    if (!r) return undefined;
    const lines = [
      `没有发生行政复议、行政诉讼的年度，表四也应完整列出，每一格填 0，不要只留表头：`,
      ...T4_GROUPS.map((g) => `${g.label}：${T4_COLUMNS.map((c) => `${c.label} 0`).join('，')}。`),
      '正文第四部分可写明“本年度未发生因政府信息公开引发的行政复议、行政诉讼案件”。',
    ];
    return { kind: 'passage', report: r, parts: { head: '', lines, source: '国办公开办函〔2021〕30号 年度报告格式（表四）', labelled: true } };
  },
};
