/**
 * Rules for the disclosure request of a document the asker wants: who must disclose it, and how to ask.
 *
 * Rule for who must disclose a document the asker wants ("想查那栋楼的规划审批文件，到底谁负责公开这种文件"): the office
 * that made or keeps it (《条例》第十条) — not the report's own enquiry office, which answers questions about the report.
 */
import { intentDecision } from './helpers.js';
import { DISCLOSURE_HOW_ASKED } from '../patterns.js';
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** The intent of where to apply (intents/procedure.yml: 第十条、第二十九条). */
const WHERE_INTENT = 'procedure.where';
/** Who must disclose it asked ("谁负责公开", "哪个部门负责公开", "该由谁公开"). */
const WHO_DISCLOSES = /(?:谁|哪个(?:部门|单位|机关)|哪家|什么(?:部门|单位|机关))(?:来)?(?:负责)?(?:公开|提供)|(?:由|归)谁(?:负责)?(?:公开|提供|管)/;
/** A document of the asker's matter named ("规划审批文件", "批复", "图纸"), not the disclosure work itself. */
const DOCUMENT_WANTED = /文件|资料|批复|图纸|合同|审批|档案|方案|记录|红头/;
/** The work of disclosure or the report asked of ("负责信息公开工作", "年报"): the enquiry office's. */
const THE_WORK = /工作|年报|年度报告|这份报告/;

export const whoDisclosesDocument: Rule = {
  name: 'who-discloses-document',
  doc: 'Who must disclose a document the asker wants ("规划审批文件到底谁负责公开"): the office that made or keeps it (第十条), not the report\'s enquiry office.',
  decide: (u, _state, kn) => {
    if (u.metric || !WHO_DISCLOSES.test(u.norm) || !DOCUMENT_WANTED.test(u.norm) || THE_WORK.test(u.norm)) return undefined;
    return intentDecision(u, kn, WHERE_INTENT);
  },
};

/** The intent of how to apply (intents/procedure.yml: 第二十九条). */
const HOW_INTENT = 'procedure.how';

export const disclosureHowAsked: Rule = {
  name: 'disclosure-how-asked',
  doc: 'How to request a thing\'s disclosure asked in so many words, no intent sure of itself ("申请公开我们村的低保名单 咋个申请"): how to apply (第二十九条), never the matter the thing belongs to.',
  decide: (u, _state, kn) => {
    if (u.metric || !DISCLOSURE_HOW_ASKED.test(u.norm) || (u.candidates[0] && !u.candidates[0].item.fallback && u.candidates[0].score >= THRESHOLDS.answer)) return undefined;
    return intentDecision(u, kn, HOW_INTENT);
  },
};
