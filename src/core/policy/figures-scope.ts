/**
 * Rule figures-scope-asked: whom the report's figures cover, asked ("统计的是全市气象系统还是只有局机关", "103条只算局机关的，
 * 不包括下面区县？", "数据包不包括下属单位"): the report's own words on it ("所列数据仅限石家庄市气象局机关", "统计范围不包括
 * 省内实行垂直领导的系统"), with the sentence of a count the question quotes — never a guess, and nothing when the report
 * does not say.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';
import { countStated } from './quoted-check.js';

/** Whether the figures cover the office alone or all under it, asked. */
const SCOPE_ASKED = new RegExp(
  [
    // "只算局机关的", "只统计本级", "仅包括机关本身"
    /(?:只|仅)(?:算|统计|包括|包含|含|是|有|限|计)[^，。？?]{0,8}(?:机关|本级|本身|自己|本部)/.source,
    // "不包括下面区县", "包不包括下属单位", "含不含乡镇"
    /(?:包不包括|包括不包括|含不含|是否包括|是否包含|包含不包含|算不算|算没算|有没有算|不包括|不包含|不含|包括|包含)[^，。？?]{0,10}(?:下属|下面|下辖|区县|县区|乡镇|街道|各部门|直属|系统|全市|全县|全区|垂直)/.source,
    // "统计的是全市气象系统还是只有局机关"
    /统计(?:的)?(?:是|范围是?)[^，。？?]{0,14}还是/.source,
    // "数据的范围", "统计口径"
    /(?:数据|数字|统计)(?:的)?(?:范围|口径)/.source,
  ].join('|'),
);
/** The report's own words on whom its figures cover ("所列数据仅限…机关", "统计范围不包括…"), never its period (统计期限). */
// (or the report compiled from every unit's, "汇总各苏木镇(场)人民政府(管委会)、直各部门政府信息公开年度报告": all of them)
const SCOPE_TOLD = /(?:数据|统计)[^，。；,;]{0,4}(?:仅限|只限|仅包括|仅含|只包括)|(?:仅限|只限|仅包括|仅含)[^，。；,;]{0,20}(?:机关|本级|本部)|统计范围|数据范围|统计口径|汇总(?:了)?(?:全[市县区旗])?(?:各|所属|下属)/;
/** A count the question quotes ("103条"). */
const COUNT_QUOTED = /(?<![\d.])(\d{2,6})\s*([条件项个篇])/;

export const figuresScopeAsked: Rule = {
  name: 'figures-scope-asked',
  doc: 'Whom the report\'s figures cover, asked ("统计的是全市系统还是只有局机关", "103条只算局机关的，不包括下面区县？"): the clause of the report that says so ("所列数据仅限…机关"), with the sentence of a count the question quotes; nothing when the report does not say.',
  decide: (u, state, kn) => {
    const text = withoutSlots(u);
    if (!SCOPE_ASKED.test(text)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const all = sentencesOf(r);
    // (the clause that says it, within its sentence: "所列数据仅限石家庄市气象局机关(以下简称“本机关”)")
    const told = all.find((x) => SCOPE_TOLD.test(x.text));
    if (!told) return undefined;
    const clause = told.text.split(/[，,](?![^(（]*[)）])/).find((c) => SCOPE_TOLD.test(c))!.trim().replace(/[。；;]$/, '');
    // (a count quoted, "103条": the one sentence that holds it, so the reader sees what the figure is)
    const q = COUNT_QUOTED.exec(text);
    const counted = q ? all.filter((x) => countStated(q[1]!, q[2]!).test(x.text)) : [];
    const lines = [`${clause}。`, ...(counted.length === 1 && counted[0] !== told ? [counted[0]!.text.trim()] : [])];
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines, source: sectionSource(told.section), labelled: true } };
  },
};
