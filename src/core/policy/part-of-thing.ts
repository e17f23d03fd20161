/**
 * Rule part-of-thing-asked: which part of the annual report something goes in, asked ("明年写2024年度的年报，依申请公开的
 * 办理情况应该放在第几部分", "收取信息处理费的情况放在哪一部分写", "那个995条写在年报哪一部分"). A number quoted that a
 * sentence of the loaded report holds: the part that sentence is in, with it. Otherwise the national format's part for the
 * thing named (国办公开办函〔2021〕30号) — whatever year is being drafted, loaded or not — and, when the loaded report writes
 * of it elsewhere (a page whose tables are cut off tells its reviews in 一), where it does.
 */
import { reportLabel } from '../../answer/render.js';
import { SECTION_TITLES } from '../../report/format.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { reportAsked } from './part-contents.js';
import type { Rule } from './types.js';

/** Which part, asked ("第几部分", "哪一部分", "哪个部分", "哪块"). */
const WHICH_PART = /第几部分|哪一?部分|哪个部分|哪一?大?块|哪一节/;
/** The things a part of the format is for, most particular first (report-format.md §2.1). */
const THING_PART: readonly [RegExp, string, string][] = [
  [/信息处理费|收费情况|收取.{0,4}费|收费/, '六', '收取信息处理费的情况'],
  [/行政复议|行政诉讼|复议|诉讼|打官司/, '四', '行政复议、行政诉讼情况'],
  [/存在的?问题|主要问题|不足|短板|整改|改进/, '五', '存在的主要问题及改进情况'],
  [/依申请|申请/, '三', '依申请公开的收到和办理情况'],
  [/规章|规范性文件|行政许可|行政处罚|行政强制|行政事业性收费/, '二', '规章、规范性文件和行政许可、处罚、强制、收费的数字'],
  [/平台建设|监督保障|政府信息管理|考核|培训|社会评议|责任追究/, '一', '这方面的工作'],
];
/** A number the asker quotes ("那个995条", "32170条"), not a year. */
const QUOTED_NUMBER = /(?<![\d.])(\d{1,7})(?!\s*年)(?=\s*(?:余|多)?\s*[条件个项次份篇万])/g;
/** A count with its measure ("复议1件", "7 件"): the sentence tells a figure of the thing. */
const COUNTED = /\d\s*(?:余|多)?\s*[件条宗项]/;
/** A figure asked with the place ("写的多少", "几件"), not the part's number ("第几部分"). */
const FIGURE_ASKED = /多少|(?<!第)几[件条个项次份宗]/;
/** The format named. */
const FORMAT = '国家统一格式（国办公开办函〔2021〕30号）';

export const partOfThingAsked: Rule = {
  name: 'part-of-thing-asked',
  doc: 'Which part of the report something goes in ("依申请公开的办理情况应该放在第几部分", "那个995条写在年报哪一部分"): the part of the loaded report\'s sentence holding the number quoted, else the national format\'s part for the thing, the report\'s own sentence on it when it writes of it elsewhere.',
  decide: (u, state, kn) => {
    if (!WHICH_PART.test(u.norm)) return undefined;
    // (the year being drafted is not loaded: the office's newest report)
    const r = reportAsked(u, state, kn) ?? pickReport(kn, { ...u.slots, years: [] }, state).report;
    // (a number quoted: where the loaded report writes it)
    const numbers = [...u.norm.matchAll(QUOTED_NUMBER)].map((m) => m[1]!);
    if (r && numbers.length) {
      const said = r.passages.find((p) => numbers.some((n) => new RegExp(`(?<![\\d.])${n}(?![\\d.])`).test(p.text)));
      if (!said) return undefined;
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告把这个数字写在“${sectionSource(said.section)}”：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } };
    }
    const hit = THING_PART.find(([re]) => re.test(u.norm));
    if (!hit || !r) return undefined;
    const [re, part, thing] = hit;
        // (and a figure asked with the place, "写在哪部分，写的多少": the figure rules, which say where they read it)
    if (FIGURE_ASKED.test(u.norm)) return undefined;
    const lines = [`按${FORMAT}，${thing}写在第${part}部分“${part}、${SECTION_TITLES[part]!}”${part === '六' ? '（模板原文：“收取信息处理费情况在此处报告”）' : ''}。`];
    // (the loaded report writes of it in another part, its table cut off: that sentence too)
    const elsewhere = r.passages.find((p) => p.section !== part && p.section !== '' && re.test(p.text) && COUNTED.test(p.text));
    if (elsewhere && !r.passages.some((p) => p.section === part)) lines.push(`${reportLabel(r)}报告没有第${part}部分，相关内容写在“${sectionSource(elsewhere.section)}”：“${elsewhere.text.trim()}”`);
    return { kind: 'passage', report: r, parts: { head: '', lines, labelled: true } };
  },
};
