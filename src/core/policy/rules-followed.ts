/**
 * Rule rules-followed-asked: which rules besides the Regulation an office says it follows ("除了条例还按哪个部门的办法搞信息
 * 公开", "依据哪些规定"): the report's sentence naming them (《生态环境部政府信息公开实施办法》) — never the Regulation's own
 * articles passed off as the office's rules.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Rules besides the Regulation asked ("除了条例还按…", "按哪个部门的办法", "依据哪些规定"). */
const OTHER_RULES_ASKED = /除了?(?:《)?(?:政府信息公开)?条例(?:》)?(?:以外|之外)?[^，。？?]{0,10}(?:按|依|根据|执行|遵照)|按(?:照)?(?:哪个|哪些|什么)[^，。？?]{0,8}(?:办法|规定|细则|制度|文件)|依据(?:哪些|什么|哪个)(?:办法|规定|细则|文件)/;
/** The report's format asked (格式, 模板, 编制): not the rules of the office's work. */
const FORMAT_ASKED = /格式|模板|编制|编写|体例/;
/** A rule named in title marks, not the Regulation nor the annual report's format notice. */
const RULE_NAMED = /《(?![^》]*条例》)(?![^》]*年度报告格式)[^》]{2,40}(?:办法|规定|细则|制度|意见|要点)》/;

export const rulesFollowedAsked: Rule = {
  name: 'rules-followed-asked',
  doc: 'Which rules besides the Regulation an office follows ("除了条例还按哪个部门的办法"): the report\'s sentence naming them in title marks, not the Regulation\'s articles.',
  decide: (u, state, kn) => {
    // (the format the report was written to, "按哪个文件规定的格式编制的": the format notice's own rule answers)
    if (!OTHER_RULES_ASKED.test(u.norm) || u.metric || FORMAT_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const said = r ? sentencesOf(r).find((x) => RULE_NAMED.test(x.text)) : undefined;
    if (!r || !said) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } };
  },
};
