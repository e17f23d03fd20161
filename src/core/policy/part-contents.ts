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
import { SECTION_TITLES } from '../../report/format.js';
import type { Report } from '../../report/types.js';

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
  // (or in short, "收到和处理申请那张表")
  [/第[三3]部分|收到和处理政府信息公开申请情况|收到和处理[^，。？?]{0,8}申请/, '三'],
  [/第[四4]部分|行政复议、行政诉讼情况/, '四'],
  [/第[五5]部分|存在的主要问题及改进情况/, '五'],
  [/第[六6]部分|其他需要报告的事项|其他需报告的事项/, '六'],
];

/** The title of a part asked: how it is written, or which of two wordings ("标题原文怎么写的", "标题里写的是A还是B"). */
const TITLE_ASKED = /(?:标题|题目|名称|小标题|大标题)[^，。？?]{0,8}(?:怎么写|怎样写|如何写|写的是|写的什么|写的啥|是什么|是啥|叫什么|叫啥|原文|还是|对不对|对吗|规范|有没有问题|有问题吗|有没有错|是不是有?错|错字|错别字|写错|笔误)|(?:标题|题目)(?:原文|全文)|部分[^，。？?\s]{0,3}叫[^，。？?]{2,12}[\s，,]*(?:是不是|是否|对不对|对吗|写错|有问题)/;
/** The numbering a heading opens with ("四、", "（四）", "4."). */
const HEADING_NUMBER = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．,，]\s*)/;

/** Where two wordings part: the differing stretch of each, with one character of the common text before it. */
function wordingDiff(printed: string, format: string): [string, string] | undefined {
  if (printed === format) return undefined;
  let a = 0;
  while (a < printed.length && a < format.length && printed[a] === format[a]) a++;
  let b = 0;
  while (b < printed.length - a && b < format.length - a && printed[printed.length - 1 - b] === format[format.length - 1 - b]) b++;
  const from = Math.max(0, a - 1);
  return [printed.slice(from, printed.length - b), format.slice(from, format.length - b)];
}

/** Where two wordings differ, in words: words added or left out said as such ("报告多了“公开”"), else each side. */
function differenceSaid([printed, format]: [string, string]): string {
  // (the character before the difference is shown for context; an addition or an omission needs none)
  const [p, f] = printed[0] === format[0] ? [printed.slice(1), format.slice(1)] : [printed, format];
  if (p && !f) return `报告多了“${p}”`;
  if (f && !p) return `报告少了“${f}”`;
  return `报告写的是“${printed}”，格式为“${format}”`;
}

/** The report a part is asked of: the office and year named, else the one the conversation is about. */
export function reportAsked(u: Parameters<Rule['decide']>[0], state: Parameters<Rule['decide']>[1], kn: Parameters<Rule['decide']>[2]): Report | undefined {
  const office = u.slots.offices[0] ?? pickReport(kn, { ...u.slots, years: [] }, state).report?.office;
  return office ? (u.slots.years.length ? pickReport(kn, u.slots, state).report : newest(reportsOf(kn, office))) : undefined;
}

export const partTitleAsked: Rule = {
  name: 'part-title-asked',
  doc: 'How the title of a part of the report is written ("第五部分的标题原文怎么写的", "第四部分标题写的是“政府…”还是“政务…”"): the heading as the report prints it, the national format\'s title, and where the two differ.',
  decide: (u, state, kn) => {
    if (!TITLE_ASKED.test(u.norm)) return undefined;
    const part = PART_NAMED.find(([re]) => re.test(u.norm))?.[1];
    if (!part) return undefined;
    const r = reportAsked(u, state, kn);
    if (!r) return undefined;
    const format = `${part}、${SECTION_TITLES[part]!}`;
    const printed = r.headings?.[part];
    const lines: string[] = [];
    if (!printed) lines.push(`报告中没有找到第${part}部分的标题。国家统一格式（国办公开办函〔2021〕30号）的标题是“${format}”。`);
    else {
      const diff = wordingDiff(printed.replace(HEADING_NUMBER, ''), SECTION_TITLES[part]!);
      lines.push(`报告第${part}部分的标题原文是：“${printed}”。`);
      lines.push(diff ? `国家统一格式（国办公开办函〔2021〕30号）的标题是“${format}”，两者不同：${differenceSaid(diff)}。` : `与国家统一格式（国办公开办函〔2021〕30号）的标题“${format}”一致。`);
    }
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
  },
};

/** What must or should go in it ("必须写啥", "要写哪些内容", "应当包括什么", "有什么是必须写的"). */
const CONTENTS_ASKED = /(?:必须|一定|应该|应当|需要|要|得)(?:写|包括|包含|报告|填)(?:些)?(?:什么|啥|哪些|哪几|哪方面|哪项|哪一项|哪类)|(?:写|包括|包含|报告|填)(?:些)?(?:什么|啥|哪些|哪几)(?:内容|东西|事项)?|有(?:什么|啥|哪些)(?:是)?(?:必须|一定|应该|要)写|必须写的|规定(?:要)?写(?:什么|啥|哪些)/;
/** The parts of a report asked all together ("年报必须包括哪几部分", "年报提纲", "年报必须包含哪些内容"). */
// (what a report must hold, as staff drafting one ask it; "年报包括哪些内容" alone is the report-structure intent's)
const ALL_PARTS_ASKED = /(?:年报|年度报告)[^，。？?]{0,10}(?:必须|应当|应该|需要|要|得)(?:包括|包含|写|有)[^，。？?]{0,3}(?:哪几|哪些|几)(?:个|大)?(?:部分|块|内容|项)|(?:年报|年度报告)[^，。？?]{0,10}(?:包括|包含|分为?|由)[^，。？?]{0,3}哪几(?:个|大)?部分|(?:年报|年度报告)的?(?:提纲|框架|大纲)/;
/** A figure asked of the part ("第三部分新收了几件"): the figure rules answer. */
const FIGURE_ASKED = /多少|几[件条个项]|对吗|对不对|等于|加起来|合计|一致|对得上/;

/** Drafting or the format's requirement said ("必须包括", "明年的年报", "拉个提纲"): what the format requires is asked. */
const DRAFTING = /必须|应当|应该|需要|得包括|提纲|明年|下一年|起草|要求|规定/;
/** A report's own sentence on how it is made up ("本报告由总体情况、…六个部分组成", "全文包括…"). */
const STRUCTURE_SAID = /(?:本报告|本年度报告|全文|报告)[^。]{0,8}(?:由|包括|分为)[^。]{6,}(?:组成|部分|事项)/;
/** The format's six parts, named in a line. */
const FORMAT_PARTS = `国家统一格式（国办公开办函〔2021〕30号）的六个部分是：${Object.keys(SECTION_TITLES).map((k) => `${k}、${SECTION_TITLES[k]}`).join('；')}。`;

export const partContentsAsked: Rule = {
  name: 'part-contents-asked',
  doc: 'What a part of the annual report must hold ("第六部分其他需要报告的事项必须写啥"): the national format\'s requirement for that part (section 六: the information-processing fees, always), then the opening of what the loaded report wrote there.',
  decide: (u, state, kn) => {
    // (every part asked, "明年的年报必须包括哪几部分", "按30号文拉个年报提纲": each part and what it must hold)
    if (ALL_PARTS_ASKED.test(u.norm) && !FIGURE_ASKED.test(u.norm) && !PART_NAMED.some(([re]) => re.test(u.norm))) {
      // (a loaded report named, its parts asked and no drafting said, "大田县政府办的年报由哪几部分组成": how that report is
      // made up, in its own words or its headings, the format's six parts named beside it)
      const own = u.slots.offices.length && !DRAFTING.test(u.norm) ? reportAsked(u, state, kn) : undefined;
      const said = own?.passages.find((p) => STRUCTURE_SAID.test(p.text));
      const headings = own?.headings ? Object.values(own.headings) : [];
      if (own && (said || headings.length >= 3)) {
        const first = said ? `据${reportLabel(own)}报告：${said.text.trim()}` : `${reportLabel(own)}报告分为：${headings.join('；')}。`;
        return { kind: 'passage', report: own, parts: { head: '', lines: [`${first}\n`, FORMAT_PARTS], ...(said ? { source: sectionSource(said.section) } : {}), labelled: true } };
      }
      const lines = ['按国家统一格式（国办公开办函〔2021〕30号），年度报告分六个部分：\n', ...Object.values(REQUIRED).map((x) => `${x}\n`)];
      return { kind: 'passage', report: reportAsked(u, state, kn) ?? kn.reports[0]!, parts: { head: '', lines, labelled: true } };
    }
    if (!CONTENTS_ASKED.test(u.norm) || FIGURE_ASKED.test(u.norm)) return undefined;
    const part = PART_NAMED.find(([re]) => re.test(u.norm))?.[1];
    if (!part) return undefined;
    const lines = [`按国家统一格式（国办公开办函〔2021〕30号），${REQUIRED[part]!}\n`];
    const r = reportAsked(u, state, kn);
    if (!r && !kn.reports.length) return undefined;
    const written = r ? r.passages.filter((p) => p.section === part).map((p) => p.text.trim()).filter(Boolean) : [];
    if (r && written.length) lines.push(`${reportLabel(r)}报告这一部分写的是：“${written[0]!.length > 120 ? `${written[0]!.slice(0, 120)}…` : written[0]!}”\n`);
    return { kind: 'passage', report: r ?? kn.reports[0]!, parts: { head: '', lines, ...(written.length ? { source: sectionSource(part) } : {}), labelled: true } };
  },
};
