/**
 * Rule part-contents-asked: what a part of the annual report must hold, as the national format (国办公开办函〔2021〕30号)
 * lays it down ("第六部分“其他需要报告的事项”必须写啥", "总体情况要写哪几块"), asked by staff drafting next year's
 * report or by anyone reading one. The format's requirement for that part, then what the loaded report wrote there
 * (its opening), so the two can be set side by side. Never a report's own text passed off as the rule.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { newest, pickReport, reportsOf } from '../select.js';
import type { Rule } from './types.js';

/** What the national format requires in each part (report-format.md §2.1, from the 30号 template). */
const REQUIRED: Readonly<Record<string, string>> = {
  一: '“一、总体情况”概述全年工作，按国家格式分主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面写（政府还应写工作考核、社会评议和责任追究结果情况，《条例》第五十条）。',
  二: '“二、主动公开政府信息情况”按国家格式的统计表填写：规章和行政规范性文件的本年制发、本年废止、现行有效件数，行政许可、行政处罚、行政强制的本年处理决定数量，行政事业性收费的本年收费金额（万元）。',
  三: '“三、收到和处理政府信息公开申请情况”按国家格式的统计表填写：本年新收、上年结转的申请数，按申请人类型（自然人、法人或其他组织）分列，以及予以公开、部分公开、不予公开、无法提供、不予处理、其他处理各项办理结果和结转下年度继续办理的件数。',
  四: '“四、政府信息公开行政复议、行政诉讼情况”按国家格式的统计表填写：行政复议和行政诉讼（未经复议直接起诉、复议后起诉）的结果维持、结果纠正、其他结果、尚未审结及总计件数。',
  五: '“五、存在的主要问题及改进情况”写本年度工作存在的主要问题和改进措施（通常也写上一年度问题的整改情况）。',
  六: '“六、其他需要报告的事项”必须报告收取信息处理费的情况（国家格式模板原文：“收取信息处理费情况在此处报告”，收费依据是《政府信息公开信息处理费管理办法》），还可写本机关认为需要报告的其他事项。',
};

/** A part named by its number or its name. */
const PART_NAMED: readonly [RegExp, string][] = [
  [/第[一1]部分|一、总体情况|“总体情况”|总体情况(?:这|那)?(?:一)?(?:部分|节|块)/, '一'],
  [/第[二2]部分|主动公开政府信息情况/, '二'],
  [/第[三3]部分|收到和处理政府信息公开申请情况/, '三'],
  [/第[四4]部分|行政复议、行政诉讼情况/, '四'],
  [/第[五5]部分|存在的主要问题及改进情况/, '五'],
  [/第[六6]部分|其他需要报告的事项|其他需报告的事项/, '六'],
];

/** What must or should go in it ("必须写啥", "要写哪些内容", "应当包括什么", "有什么是必须写的"). */
const CONTENTS_ASKED = /(?:必须|一定|应该|应当|需要|要|得)(?:写|包括|包含|报告|填)(?:些)?(?:什么|啥|哪些|哪几|哪方面)|(?:写|包括|包含|报告|填)(?:些)?(?:什么|啥|哪些|哪几)(?:内容|东西|事项)?|有(?:什么|啥|哪些)(?:是)?(?:必须|一定|应该|要)写|必须写的|规定(?:要)?写(?:什么|啥|哪些)/;
/** A figure asked of the part ("第三部分新收了几件"): the figure rules answer. */
const FIGURE_ASKED = /多少|几[件条个项]|对吗|对不对|等于|加起来|合计|一致|对得上/;

export const partContentsAsked: Rule = {
  name: 'part-contents-asked',
  doc: 'What a part of the annual report must hold ("第六部分其他需要报告的事项必须写啥"): the national format\'s requirement for that part (section 六: the information-processing fees, always), then the opening of what the loaded report wrote there.',
  decide: (u, state, kn) => {
    if (!CONTENTS_ASKED.test(u.norm) || FIGURE_ASKED.test(u.norm)) return undefined;
    const part = PART_NAMED.find(([re]) => re.test(u.norm))?.[1];
    if (!part) return undefined;
    const lines = [`按国家统一格式（国办公开办函〔2021〕30号），${REQUIRED[part]!}\n`];
    const office = u.slots.offices[0] ?? pickReport(kn, { ...u.slots, years: [] }, state).report?.office;
    const r = office ? (u.slots.years.length ? pickReport(kn, u.slots, state).report : newest(reportsOf(kn, office))) : undefined;
    if (!r && !kn.reports.length) return undefined;
    const written = r ? r.passages.filter((p) => p.section === part).map((p) => p.text.trim()).filter(Boolean) : [];
    if (r && written.length) lines.push(`${reportLabel(r)}报告这一部分写的是：“${written[0]!.length > 120 ? `${written[0]!.slice(0, 120)}…` : written[0]!}”\n`);
    return { kind: 'passage', report: r ?? kn.reports[0]!, parts: { head: '', lines, ...(written.length ? { source: sectionSource(part) } : {}), labelled: true } };
  },
};
