/**
 * Rule official-in-report: which official leads the disclosure work, asked ("由哪位领导分管政务公开工作", "谁任领导小组组长"), of a
 * report that names one ("由常务副市长吴刚强同志分管政务公开工作"): that sentence — the report's own words, before the fallback
 * that says reports name no officials.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';
import { UNIT_LEADS_WORK } from './contact-fields.js';

/** Who leads the work asked ("哪位领导分管", "谁负责", "组长是谁"). */
const LEADER_ASKED = /(?:哪位|哪个|什么|谁)(?:领导|同志|副?(?:省|市|县|区|镇|乡)长|负责人)?[^。？?]{0,4}(?:分管|主管|负责|牵头|任组长|当组长|挂帅)|(?:分管|主管|牵头)[^。？?]{0,10}(?:的)?(?:领导|是谁|是哪位)|组长是谁|组长是哪位/;
/** A sentence naming an official with the work ("由常务副市长吴刚强同志分管", "由邹积新副厅长任组长"). */
const LEADER_NAMED = /(?:副?(?:省|市|县|区|镇|乡|厅|局)长|书记|主任|同志)[^，,。；;]{0,12}(?:分管|主管|负责|牵头|任组长|任副组长)|(?:分管|主管|任组长)[^，,。；;]{0,6}(?:副?(?:省|市|县|区|镇|乡|厅|局)长|书记|主任|同志)/;

export const officialInReport: Rule = {
  name: 'official-in-report',
  doc: 'Which official leads the disclosure work, asked ("茂名市2016年由哪位领导分管政务公开工作"), of a report whose text names one ("由常务副市长吴刚强同志分管政务公开工作"): that sentence, before the fallback for officials no report names.',
  decide: (u, state, kn) => {
    if (u.metric || !LEADER_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const named = r?.passages.filter((p) => LEADER_NAMED.test(p.text)) ?? [];
    if (!r || named.length !== 1) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [named[0]!.text.trim()], source: sectionSource(named[0]!.section), labelled: true } };
  },
};

/** Which section does the work, asked ("具体是哪个科在办", "哪个科室负责"). */
const UNIT_ASKED = /(?:哪个|什么|哪一个|哪)(?:科室|科|股|处室)|具体(?:是)?(?:谁|哪个部门)(?:在)?(?:办|负责|管)/;
/** A sentence naming the section that does the work ("区政府办设政务信息科,具体承接政府信息公开日常工作"). */
const UNIT_NAMED = /设(?:立|置)?\p{Script=Han}{2,8}(?:科|股)|\p{Script=Han}{2,8}(?:科|股)[^，,。；;]{0,4}(?:具体)?(?:承接|负责|承办|办理)/u;

export const unitInReport: Rule = {
  name: 'unit-in-report',
  doc: 'Which section does the disclosure work, asked ("具体是哪个科在办"), of a report that names it ("区政府办设政务信息科,具体承接政府信息公开日常工作"): that sentence — not a fallback because no intent knows 科.',
  decide: (u, state, kn) => {
    if (u.metric || !UNIT_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const named = r?.passages.filter((p) => UNIT_NAMED.test(p.text) && /公开/.test(p.text)) ?? [];
    // (a sentence that puts a unit at the head of the disclosure work, "政务公开等工作分别由街道党政综合办公室牵头": the
    // unit asked, which responsible-unit-asked gives — not a section that only deals with the media)
    if (!r || named.length !== 1 || r.passages.some((p) => UNIT_LEADS_WORK.test(p.text) && !named.includes(p))) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [named[0]!.text.trim()], source: sectionSource(named[0]!.section), labelled: true } };
  },
};
