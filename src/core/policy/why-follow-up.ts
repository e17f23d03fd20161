/**
 * Rule why-of-last-passage: a bare why, or whether it is done yet, right after an answer from the report's text ("为什么还没建？",
 * "那它现在建好了吗" after "…专区建在哪"):
 * the passage that answer gave, when it tells a cause or a wait ("待资金批复后建设", "由于…"), never the regulation's
 * reasons to withhold information that 为什么 alone reads.
 */
import { PASSAGE_INTENT } from '../respond.js';
import { pickReport } from '../select.js';
import { kindsOf, passageBefore, reportSays } from './helpers.js';
import { toldOfRow } from '../../answer/render-t2.js';
import { T2_ROWS } from '../../report/format.js';
import type { Rule } from './types.js';

/** A why asked alone is short ("为什么还没建", "为啥呢", "咋还没弄好"). */
const BARE_WHY_MAX_CHARS = 12;
/** Whether it is done yet, asked alone ("那它现在建好了吗", "开放了没有", "完成了吗"). */
const DONE_YET = /(?:建|弄|搞|做|修|装|开|办)(?:好|完|成)了?(?:吗|没|么|嘛)|(?:完成|建成|开放|启用|投用|开通)了?(?:吗|没|么|嘛)/;
/** A cause or a wait the passage tells ("由于", "因为", "待…批复", "尚未", "导致"). */
// (or what the office is, "作为组织协调机构,我办全年未制发…")
const CAUSE_TOLD = /由于|因为|因(?!此)|待[^，。]{0,12}(?:批复|审批|到位|落实)|尚未|还未|导致|原因|作为[^，,。]{2,12}(?:机构|单位|部门|机关)/;

/** A thing told as planned or waiting ("拟在…建设", "计划", "待…后"). */
const PLANNED = /拟|计划|待[^，。]{0,12}后|尚未|正在/;

export const whyOfLastPassage: Rule = {
  name: 'why-of-last-passage',
  doc: 'A bare why or done-yet right after an answer from the report\'s text ("为什么还没建？", "建好了吗"): that passage again when it tells a cause, a plan or a wait, not the reasons to withhold.',
  decide: (u, state, kn) => {
    // (or after a row of table 二 the text told in place of its cells, "那行政事业性收费呢" answered by "作为组织协调机构,…不涉及
    // 行政事业性收费": "为什么这些都没有" asks that sentence's cause)
    const row = state.metric?.table === '二' && state.metric.rows.length === 1 ? T2_ROWS.find((x) => x.id === state.metric!.rows[0]) : undefined;
    if ((state.intent !== PASSAGE_INTENT && !row) || !state.text || u.metric || !(kindsOf(u).why || DONE_YET.test(u.norm)) || u.norm.length > BARE_WHY_MAX_CHARS) return undefined;
    if (u.slots.offices.length || u.slots.years.length || /公开|申请|复议|诉讼/.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const told = r && row && state.intent !== PASSAGE_INTENT ? toldOfRow(r, row.label) : undefined;
    const parts = told && r ? reportSays(r, [told.text], told.section || undefined) : r && state.intent === PASSAGE_INTENT ? passageBefore(r, state.text) : undefined;
    // (whether it is done: the passage saying it is planned or waiting, "拟在…建设", "待资金批复后")
    if (!r || !parts || !(CAUSE_TOLD.test(parts.lines.join('')) || (DONE_YET.test(u.norm) && PLANNED.test(parts.lines.join(''))))) return undefined;
    // (the question followed stays the one asked before: a why after a done-yet reads the same passage)
    return { kind: 'passage', report: r, parts, asked: state.text };
  },
};
