/**
 * Rule for how to apply for a thing of another matter ("公租房怎么申请", "取暖补贴咋申请"): the thing named is no word
 * the domain knows, so the question is that matter's (housing, benefits), not a disclosure request — the fallback with
 * the office's phone, never the how-to answer of 《条例》第二十九条 that "怎么申请" alone reads.
 */
import { CLAUSE_SPLIT } from '../patterns.js';
import { contentOf, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** "<thing>怎么申请" as the whole asking clause ("的公租房怎么申请", "取暖补贴要如何申请呢"). */
const THING_HOW_APPLY = /^(?:的|那|那个|这个)?(\p{Script=Han}{2,8}?)(?:要|该|应该|得)?(?:怎么|如何|咋|怎样)(?:样)?(?:去|来)?申请(?:啊|呢|呀|嘛|哇)?$/u;

/** A person or body who applies ("农民工", "个体户", "学生", "律师"): who asks how to request disclosure, not a thing applied for. */
const APPLICANT_NAMED = /(?:人|者|员|工|户|生|民|师|属|士|主|侨|家|方|企业|公司|单位|组织|协会|社团)$/;

/** A document one asks an office to disclose ("征地批复", "拆迁补偿方案"): applying for it is a disclosure request. */
const DOCUMENT_NAMED = /批复|文件|名单|方案|合同|公示|记录|档案|清单|纪要|决定|通知|规划|图纸|报告|资料|材料|信息|数据|预算|决算|台账|明细|依据|标准|说明/;

export const matterAppliedFor: Rule = {
  name: 'matter-applied-for',
  doc: 'How to apply for a thing no word of the domain names ("公租房怎么申请"): another matter (housing, benefits) — the fallback, not how to request disclosure.',
  decide: (u, _state, kn) => {
    if (u.metric || u.followUp.is) return undefined;
    const clauses = withoutSlots(u).split(CLAUSE_SPLIT).map((c) => c.trim()).filter(Boolean);
    if (clauses.length !== 1) return undefined;
    const thing = THING_HOW_APPLY.exec(clauses[0]!)?.[1];
    if (!thing || APPLICANT_NAMED.test(thing) || DOCUMENT_NAMED.test(thing)) return undefined;
    const words = contentOf(thing);
    // (every content word of the thing unknown to the intents: a word they know, "复议", "网上", "文件", is the domain's)
    if (!words.length || words.some((w) => kn.classifier.knows(`w:${w}`))) return undefined;
    return { kind: 'fallback', reason: 'off-topic', confidence: u.candidates[0]?.score ?? 0 };
  },
};
