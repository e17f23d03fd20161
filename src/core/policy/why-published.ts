/**
 * Rule for why a kind of information is published at all ("为什么要把财政预决算拿出来公开", "干嘛要公示行政处罚"): the law's
 * list of what must be published proactively (《条例》第二十条、第二十一条) — the reason in law, not a sentence of the report
 * that happens to name the kind, nor the reasons to withhold.
 */
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent of what must be published proactively (intents/procedure.yml). */
const PROACTIVE_INTENT = 'procedure.proactive';
/** Why something is published asked ("为什么要…公开", "为啥把…拿出来公示"), not why it is withheld (不公开, 没公开). */
// (said with 要 or 把 — "为什么花这么多篇幅讲扶贫信息公开" asks of the report's words, not why a kind is published)
const WHY_PUBLISHED = /(?:为什么|为啥|干嘛|干什么|凭什么|咋)(?:要|得|必须|非要|非得)(?:把|将)?[^，。？?不没]{2,16}?(?:拿出来|放到网上|挂出来)?(?:公开|公布|公示)(?:出来)?|(?:为什么|为啥|干嘛|干什么|凭什么|咋)(?:把|将)[^，。？?不没]{2,16}?(?:拿出来|放到网上|挂出来)?(?:公开|公布|公示)(?:出来)?/;
/** Kinds of information the law lists for proactive publishing (第二十条、第二十一条). */
const LISTED_KIND = /预算|决算|预决算|规划|统计|行政许可|行政处罚|行政强制|收费|采购|建设项目|社会保障|社会救助|征收|规范性文件|机构设置|职能|负责人|招考|录用|应急|扶贫|农田水利|土地承包|宅基地/;

export const whyPublishedAsked: Rule = {
  name: 'why-published-asked',
  doc: 'Why a kind of information the law lists is published at all ("为什么要把财政预决算拿出来公开"): what must be published proactively (第二十条、第二十一条), not a report sentence naming the kind.',
  decide: (u, _state, kn) => {
    const m = WHY_PUBLISHED.exec(u.norm);
    if (!m || u.metric || u.quantity || !LISTED_KIND.test(m[0])) return undefined;
    return intentDecision(u, kn, PROACTIVE_INTENT);
  },
};
