/**
 * Rule why-told-count: why the report tells a count, asked with the count quoted ("年报里为什么说政务公开只有1个人在干",
 * "…就一个人在干？咋回事"): the sentence of the report that states that count of that thing ("原政务公开专员离职后未增加新人,
 * 现由 1 人兼职完成"), which holds what the report says of it — not a fallback, nor a rule of the regulation.
 */
import { COUNT_ATTACHED, countAsked, countFit } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { narrative } from '../narrative.js';
import { pickReport } from '../select.js';
import { POLICY } from '../thresholds.js';
import { smallNumber } from '../../understand/cn-number.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** Why asked, or what it is about ("咋回事", "怎么回事"). */
const WHY_ASKED = /为什么|为啥|为何|咋回事|怎么回事|什么原因|啥原因|怎么会/;
/** A count quoted with its measure word ("1个人", "一个人", "3名", "两家"). */
const COUNT_QUOTED = /(\d+|[一二两三四五六七八九十])\s*(?:个|名|位)?(人|名|家|个|件|条|宗)/;
/** A sentence that tells something of why ("未增加新人", "由于…", "导致…"). */
// (or where most of them came from, in brackets after the count: "1521宗(含区规划资源分局收到申请1187宗)")
const CAUSE_TOLD = /因为|由于|导致|原因|所以|造成|未增加|没有增加|缺乏|不足|只能|\d+\s*[件宗条]\s*[（(]\s*(?:其中|含)/;
/** The words of the question that only frame it. */
const FRAME = /年报里|报告里|年报|报告|为什么|为啥|为何|咋回事|怎么回事|什么原因|啥原因|怎么会|说|写|只有|就|才|仅/g;

export const whyToldCount: Rule = {
  name: 'why-told-count',
  doc: 'Why the report tells a count, the count quoted ("为什么说政务公开只有1个人在干"): the report\'s sentence stating that count of that thing, not a fallback.',
  decide: (u, state, kn) => {
    if (u.metric || !WHY_ASKED.test(u.norm)) return undefined;
    const m = COUNT_QUOTED.exec(u.norm);
    if (!m) return undefined;
    const n = /\d/.test(m[1]!) ? Number(m[1]) : m[1] === '两' ? 2 : smallNumber(m[1]!);
    if (n === undefined) return undefined;
    // the question as a how-many of the thing: "政务公开几个人在干"
    const alone = withoutSlots(u).replace(m[0], `几个${m[2] === '个' ? '' : m[2]}`).replace(FRAME, '');
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (a follow-up naming only the count, "为啥就一个人" after "政务公开几个人在做": read with the question before it)
    const tries = [alone, ...(u.followUp.is && state.text ? [`${state.text.replace(/[?？]/g, '')}，${alone}`] : [])];
    const stated = new RegExp(`(?<!\\d)${n}\\s*(?:个|名|位)?${m[2]}`);
    let found: ReturnType<typeof narrative>;
    let line: string | undefined;
    for (const asking of tries) {
      const asked = countAsked(asking);
      found = asked ? narrative(r, asking, true, POLICY.countedPassageCoverage) : undefined;
      line = found?.parts.lines[0];
      if (asked && found && line && countFit(line, asked) >= COUNT_ATTACHED && stated.test(line)) break;
      found = undefined;
    }
    if (!found || !line) return undefined;
    // (a sentence that states the count and nothing of why — "全年主动公开政府信息5条" — tells no reason: left to the rules that say so)
    if (!CAUSE_TOLD.test(line)) return undefined;
    return { kind: 'passage', report: r, parts: { ...found.parts, head: `据${reportLabel(r)}报告：` } };
  },
};
