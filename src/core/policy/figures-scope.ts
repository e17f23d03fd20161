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
    // "汇总了哪些单位的数据", "包括几个部门"
    /(?:汇总|包括|包含|涵盖|统计)(?:了)?(?:哪些|哪几个|几个|多少个?)(?:单位|部门|乡镇|机关)/.source,
    // "不光是县政府自己", "不只是本级"
    /不(?:光|只|仅)(?:是)?[^，。？?]{0,8}(?:自己|本身|本级)/.source,
  ].join('|'),
);
/** The report's own words on whom its figures cover ("所列数据仅限…机关", "统计范围不包括…"), never its period (统计期限). */
// (or the report compiled from every unit's, "汇总各苏木镇(场)人民政府(管委会)、直各部门政府信息公开年度报告": all of them)
// (or compiled from its units' reports, "结合我县29个部门及11个乡镇人民政府信息公开工作年度报告有关统计数据编制")
const SCOPE_TOLD = /(?:数据|统计)[^，。；,;]{0,4}(?:仅限|只限|仅包括|仅含|只包括)|结合[^，。；,;]{0,6}\d+个(?:部门|单位)[^，。；,;]{0,40}(?:统计数据|数据)|(?:仅限|只限|仅包括|仅含)[^，。；,;]{0,20}(?:机关|本级|本部)|统计范围|数据范围|统计口径|汇总(?:了)?(?:全[市县区旗])?(?:各|所属|下属)/;
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

/** Every unit of the place added up, asked ("整个南岗区，所有委办局和街道加起来…一共收到多少件"). */
const ALL_UNITS_SUMMED = /(?:所有|全部|各个?|整个)[^，。？?]{0,4}(?:委办局|部门|单位|街道|乡镇|机关)[^，。？?]{0,10}(?:加起来|加在一起|合计|一共|总共|汇总)/;

/** A verb of the office acting on the units named after it ("督促各部门", "指导各乡镇"). */
const ACTED_ON = /(?:督促|指导|要求|组织|协调|帮助|培训|推动|引导|通知|提醒)$/;
/** Characters before the units where that verb stands. */
const ACTED_ON_REACH = 4;

/** The whole place counted in a sentence ("全市各级行政机关…53393条", "全区共受理…申请80件"). */
const PLACE_COUNTED = /(?:全[市区县旗州盟]|各级|各部门|各乡镇|各街道)[^。]{0,80}?\d+(?:\.\d+)?\s*(?:万)?\s*[条件]/;

/** A place's government itself ("沈阳市人民政府", "重庆市沙坪坝区"), not an office or a department of it. */
const GOVERNMENT_ITSELF = /(?:人民政府|[市区县旗])$/;

export const unitsSummedAsked: Rule = {
  name: 'units-summed-asked',
  doc: 'A count of every unit of the place added up ("所有委办局和街道加起来一共收到多少件"), of a report of one office that does not say it covers them: that the report counts its own office only, with its own count beside it — never the office\'s count as the whole place\'s.',
  decide: (u, state, kn) => {
    const m = ALL_UNITS_SUMMED.exec(u.norm);
    // (the units as whom the office acted on, "督促各部门一共改了多少次": the office's own count, no sum of units)
    if (!m || !/多少|几/.test(u.norm) || ACTED_ON.test(u.norm.slice(Math.max(0, m.index - ACTED_ON_REACH), m.index))) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    // (a report that counts its whole place, "全市各级行政机关主动公开…53393条": its own count answers)
    // (nor of a place's government, whose report is the place's: "沈阳市人民政府" counts all its organs)
    if (!r || GOVERNMENT_ITSELF.test(r.office) || sentencesOf(r).some((x) => SCOPE_TOLD.test(x.text) || PLACE_COUNTED.test(x.text))) return undefined;
    const line = `这份年度报告是${r.office}本机关的报告，没有统计全区（县、市）各部门、街道加起来的总数；各单位的数字请看各自的年度报告。`;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [line], labelled: true } };
  },
};
