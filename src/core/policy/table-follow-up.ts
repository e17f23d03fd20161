/**
 * Another table named alone right after a question about one table ("表三的勾稽关系对不对？" then "表四呢"): the
 * last question asked again of that table. The national format numbers its tables as the report's parts
 * (表二 = 第二部分 主动公开, 表三 = 第三部分 依申请, 表四 = 第四部分 复议诉讼), so either name is read.
 */
import { understand } from '../understanding.js';
import { firstDecision } from '../engine.js';
import type { Rule } from './types.js';
import { CHECK_ASKED } from '../patterns.js';

/** Another table named alone ("表四呢", "那表2呢", "第四部分呢", "第二张表呢？"): its number. */
const TABLE_ONLY = /^(?:那|那么|还有|再看看?)?(?:表([一二三四1-4])|第([一二三四1-4])(?:张表|部分|个表))(?:的|里|里面)?(?:呢|怎么样|咋样|对不对|对吗|有问题吗|有没有问题)?[?？。]?$/;
/** A table named in a question ("表三", "表3", "第三张表", "第三部分"). */
const TABLE_NAMED = /表[一二三四1-4]|第[一二三四1-4](?:张表|部分|个表)/g;
const TABLE_NAMED_ONCE = new RegExp(TABLE_NAMED.source);
const TABLE_NUMBER = /[一二三四1-4]/;
/** Rows of a table quoted by name ("“本年新收+上年结转”"). */
const ROWS_QUOTED = /[“"「][^”"」]{2,30}[”"」]/;

export const tableFollowUp: Rule = {
  name: 'table-follow-up',
  doc: 'Another table named alone after a question naming a table ("表三的勾稽关系对不对？" → "表四呢"; or the question before the last, when the last named none): that question again, of that table, when the rules answer it from the report.',
  decide: (u, state, kn) => {
    const m = TABLE_ONLY.exec(u.norm.trim());
    // (the last question, or the one before it when the last named none: "核一下表三" → "正文跟表格对得上不" → "表四呢")
    const before = [state.text, state.previousText].find((t) => t && TABLE_NAMED_ONCE.test(t));
    if (!m || !before) return undefined;
    const number = m[1] ?? m[2]!;
    // (a check of one table's figures named by its rows, "表三“本年新收+上年结转”…平不平", "核一下表三：新收加上年结转，
    // 是否等于…": the other table checked as a whole, its rows are not the first one's)
    const rowsNamed = CHECK_ASKED.test(before) && (ROWS_QUOTED.test(before) || (understand(kn, before, { report: state.report }, u.now).metric?.rows.length ?? 0) > 0);
    const asked = rowsNamed ? `核对一下表${number}` : before.replace(TABLE_NAMED, (t) => t.replace(TABLE_NUMBER, number));
    if (asked === before) return undefined;
    const d = firstDecision(understand(kn, asked, { report: state.report }, u.now), { report: state.report }, kn).decision;
    // (a passage of the report: a check, a part's text; another reading of the words is not what was asked again)
    return d.kind === 'passage' ? { ...d, asked } : undefined;
  },
};
