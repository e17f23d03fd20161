/**
 * Rule for a year the report's own words name that is not the year it reports on ("前言说‘在总结2021年…的基础上’，可
 * 数据是2022年的，到底是哪一年"): the statistics period it states, the sentences naming the other year, and that these
 * disagree with the period — the period is what the figures are for. No report of the other year is asked for.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { pickReport } from '../select.js';
import { sectionSource } from '../prose-figures.js';
import type { Rule } from './types.js';

/** The report's words pointed at ("报告开头写", "前言说", "总体情况又写", quotation marks). */
const REPORT_WORDS_QUOTED = /(?:报告|年报|前言|开头|总体情况|正文|第.部分)[^，。？?]{0,6}(?:写|说|提到|讲)|[“"‘「][^”"’」]{2,40}[”"’」]/;
/** Which year is meant, or a slip, asked ("到底是哪一年", "怎么回事", "是不是写错了", "矛盾"). */
const WHICH_YEAR_ASKED = /哪一?年|怎么回事|咋回事|是不是写错|写错了|笔误|矛盾|不一致|对不上|搞错|有误|以哪个为准/;
/** At most this many sentences naming the other year are quoted (the asker points at one or two). */
const SENTENCES_QUOTED = 2;
/** A sentence longer than this is cut at the other year's clause. */
const SENTENCE_MAX_CHARS = 90;

export const yearSlipAsked: Rule = {
  name: 'year-slip-asked',
  doc: 'A year the report\'s own words name, not the year it reports on, pointed at with which year is meant ("前言写‘总结2021年…’，数据却是2022年的，到底是哪年"): the statistics period, the sentences naming the other year, and that they disagree with it — never "no report of that year".',
  decide: (u, state, kn) => {
    if (!REPORT_WORDS_QUOTED.test(u.norm) || !WHICH_YEAR_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, { ...u.slots, years: [] }, state).report;
    if (!r?.year) return undefined;
    const others = [...new Set(u.slots.years.filter((y) => y !== r.year))];
    if (others.length !== 1) return undefined;
    const other = others[0]!;
    // (a year named to compare with, "与2021年相比", "较2021年增加", or counted since, "2021年以来": no slip)
    const compared = new RegExp(`(?:与|较|比|同|自|从)\\s*${other}\\s*年|${other}\\s*年(?:度)?[^，。；;]{0,4}(?:相比|同期|以来|底|末|结转)`);
    const naming = sentencesOf(r).filter((s) => (s.text.includes(`${other}年`) || s.text.includes(`${other} 年`)) && !compared.test(s.text));
    if (!naming.length) return undefined;
    const quoted = naming.slice(0, SENTENCES_QUOTED).map((s) => {
      const t = s.text.trim();
      if (t.length <= SENTENCE_MAX_CHARS) return t;
      const at = Math.max(t.indexOf(`${other}年`), t.indexOf(`${other} 年`));
      const from = Math.max(0, t.lastIndexOf('，', at) + 1, t.lastIndexOf(',', at) + 1);
      return `……${t.slice(from, from + SENTENCE_MAX_CHARS)}……`;
    });
    const period = r.period ? `报告写明的统计期限是：${r.period.trim()}。` : `这是${r.year}年的年度报告。`;
    const lines = [
      `${period}报告中的数据都是${r.year}年的。\n`,
      `报告中写到${other}年的地方：${quoted.map((q) => `“${q}”`).join('；')}\n`,
      `这些地方写的${other}年与统计期限不一致，应是笔误（应为${r.year}年），以统计期限为准；如需更正可联系报告的制作机关。`,
    ];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：\n`, lines, source: sectionSource(naming[0]!.section), labelled: true } };
  },
};
