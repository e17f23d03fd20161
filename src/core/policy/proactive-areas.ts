/**
 * Rule proactive-areas-asked: which areas the report's proactive disclosure covered ("公开的政府信息主要是哪几方面的"), or why
 * so much was published ("为什么这么多？"): the points of its 主动公开 part as it lists them ("一是优化营商环境信息。…",
 * "二是公共企事业单位信息。…"), each by its opening sentence — never the reasons to withhold that 为什么…公开 reads, nor a
 * fallback while the report lists them.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The areas of what was published asked ("主动公开了哪几方面的信息", "公开的信息主要是哪些领域"). */
const AREAS_ASKED = /(?:主动公开|公开的(?:政府)?信息|公开了)[^。？?]{0,14}?(?:主要|都|具体)?(?:是|有|包括|涉及|集中在|分为)?(?:哪(?:几|些)(?:个)?(?:方面|领域|类|块|重点)|什么(?:方面|领域))/;
/** Why so much was published asked ("公开的政府信息为什么这么多"). */
const WHY_SO_MANY = /(?:主动公开|公开的(?:政府)?信息|公开(?:了|的)?(?:信息)?)[^。？?]{0,10}?(?:为什么|为啥|怎么)(?:会)?(?:这么|那么)多/;
/** The sub-part of part 一 on proactive disclosure, by its heading. */
const PROACTIVE_HEADING = /主动公开/;
/** A point of the report's list ("一是…", "二是…"). */
const POINT = /^\s*[一二三四五六七八九十]是/;
/** The fewest points that make a list. */
const MIN_POINTS = 2;
/** The most points listed (a longer list is cut). */
const MAX_POINTS = 8;
/** What is said first when asked why so much: the report gives no reason of its own. */
const NO_REASON_FOR_AMOUNT = '报告没有专门解释数量为什么多；它列出的主动公开重点是：';

export const proactiveAreasAsked: Rule = {
  name: 'proactive-areas-asked',
  doc: 'Which areas the proactive disclosure covered, or why so much was published ("公开的政府信息为什么这么多？主要是哪几方面的"): the points of the report\'s 主动公开 part, each by its opening sentence ("一是优化营商环境信息。"); never the reasons to withhold.',
  decide: (u, state, kn) => {
    const whySoMany = WHY_SO_MANY.test(u.norm);
    if (u.metric || !(AREAS_ASKED.test(u.norm) || whySoMany)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const points = r.passages.filter((p) => p.section === '一' && PROACTIVE_HEADING.test(p.heading ?? '') && POINT.test(p.text));
    if (points.length < MIN_POINTS) return undefined;
    const lines = points.slice(0, MAX_POINTS).map((p) => p.text.trim());
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告，${whySoMany ? NO_REASON_FOR_AMOUNT : '主动公开的重点是：'}`, lines, source: sectionSource('一'), labelled: true } };
  },
};
