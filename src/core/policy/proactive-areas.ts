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
const AREAS_ASKED = /(?:主动公开|公开的(?:政府)?信息|公开了)[^。？?]{0,14}?(?:主要|都|具体)?(?:是|有|包括|涉及|集中在|分为)?(?:哪(?:几|些)(?:个)?(?:方面|领域|类|块|重点)|什么(?:方面|领域|类别))/;
/** Why so much was published asked ("公开的政府信息为什么这么多"). */
const WHY_SO_MANY = /(?:主动公开|公开的(?:政府)?信息|公开(?:了|的)?(?:信息)?)[^。？?]{0,10}?(?:为什么|为啥|怎么)(?:会)?(?:这么|那么)多/;
/**
 * What was published asked by its contents ("主动公开的主要是哪些内容", "主动公开了什么信息"): the law's list (《条例》第二十条)
 * unless an office, a year or the report is named — then that report's own words.
 */
const CONTENTS_ASKED = /(?:主动公开|公开的(?:政府)?信息|公开了)[^。？?]{0,14}?(?:主要|都|具体)?(?:是|有|包括|涉及)?(?:哪些|什么)(?:内容|信息|东西)/;
/** Counts asked beside the kinds ("各多少条", "合计多少"). */
const COUNTS_ASKED = /多少|几[条件个篇]/;
/** The report named as such ("报告里", "年报中"). */
const REPORT_NAMED = /报告|年报/;
/** A sentence of part 一 listing the kinds published ("主要涉及政策文件、重大行政决策…", "主要类别包括:机构职能类信息1条,…",
 *  "积极主动公开市县要闻、财政预决算、现行政策…等信息"). */
// (or the kinds each with its count, no 等 after them: "…主动公开的信息中文秘工作为4条、电子政务2条、安全生产管理9条…")
const KINDS_LISTED = /主要(?:类别)?(?:包括|涉及|有|为|集中在)|(?:公开|发布)[^，,。；;]{0,6}?[^、，,。；;]{2,12}(?:、[^、，,。；;]{2,12}){2,}等(?:各类)?(?:政务|政府)?(?:信息|内容)|(?:[^、，,。；;\d]{2,12}\d+\s*条[、，,]){4,}/;
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
    // (the contents asked of a report named: its words, not the law's list)
    const reportNamed = u.slots.offices.length > 0 || u.slots.years.length > 0 || REPORT_NAMED.test(u.norm);
    // (not what was applied for, "那15个申请人都申请公开了些什么": the requests' subjects, which no list of published kinds tells)
    const contents = reportNamed && CONTENTS_ASKED.test(u.norm) && !/申请/.test(u.norm);
    if (u.metric || !(AREAS_ASKED.test(u.norm) || whySoMany || contents)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const points = r.passages.filter((p) => p.section === '一' && PROACTIVE_HEADING.test(p.heading ?? '') && POINT.test(p.text));
    if (points.length < MIN_POINTS) {
      // (no list of points: the one sentence of part 一 that lists the kinds published, when the report is named)
      // (not when counts are asked too, "分成哪几类，各多少条": the count rules give the kinds with their counts)
      const listing = reportNamed && !whySoMany && !COUNTS_ASKED.test(u.norm) ? r.passages.filter((p) => p.section === '一' && /公开|发布/.test(p.text) && KINDS_LISTED.test(p.text)) : [];
      const under = listing.filter((p) => PROACTIVE_HEADING.test(p.heading ?? '') || PROACTIVE_HEADING.test(p.text));
      const one = under.length === 1 ? under[0] : listing.length === 1 ? listing[0] : undefined;
      return one ? { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [one.text.trim()], source: sectionSource('一'), labelled: true } } : undefined;
    }
    const lines = points.slice(0, MAX_POINTS).map((p) => p.text.trim());
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告，${whySoMany ? NO_REASON_FOR_AMOUNT : '主动公开的重点是：'}`, lines, source: sectionSource('一'), labelled: true } };
  },
};
