/**
 * Rule third-party-named: a request whose papers hold another's secrets or privacy ("要申请的材料里可能有别的公司的商业
 * 信息，政府会怎么处理？会直接拒绝吗"), what the office does with it: the third party's rules (第十五条, 第三十二条) —
 * the opinion asked first, refused only with good reason — not the remedies a word of refusing reads.
 */
import { THRESHOLDS } from '../thresholds.js';
import { intentDecision, kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** The intent of the third party's rules (intents/procedure.yml). */
const THIRD_PARTY = 'procedure.third-party';
/** Another's secrets or privacy named ("商业秘密", "个人隐私", "别的公司的信息", "邻居家的资料"). */
// (or their records, "邻居的住院病历", "别人的档案"; or owners' or residents' personal data, "业主的个人信息")
// (or a company named as some one, "某家快递公司报给他们的经营数据")
const ANOTHERS_INFO = /商业秘密|个人隐私|(?:某家|某个|某一家|一家)\p{Script=Han}{0,4}?(?:公司|企业)[^，。？?]{0,8}(?:信息|资料|数据|材料|内容)|(?:别人|邻居|他人|其他人|别的公司|其他公司|别的企业|其他企业|别家公司|别家企业|第三方|业主|住户|居民|村民|员工|职工|患者)(?:家)?的[^，。？?]{0,6}(?:信息|隐私|资料|秘密|材料|东西|内容|数据|病历|病例|档案|记录|住址|收入)/u;
/** What the office does with it, asked ("会怎么处理", "会直接拒绝吗", "还给不给公开"). */
const HANDLING_ASKED = /(?:怎么|如何|咋)处理|会怎么(?:办|做|弄)|会不会|拒绝(?:吗|不|么)|给不给|公开不公开|能不能公开|(?:还|能|会)(?:给我)?公开吗|公开给我吗/;
/** The asker's own request ("要申请", "想查", "申请公开"). */
// (or asked of the office, "我向盐城水利局要的资料")
// (or the papers asked for, "要是文件里有业主的个人信息")
const OWN_REQUEST = /申请|想要|想查|要查|想看|想让|给我看|(?:向|跟|找)[^，。？?]{1,12}要|(?:文件|材料|资料)(?:里|中|里面|当中)/;

export const thirdPartyNamed: Rule = {
  name: 'third-party-named',
  doc: 'A request whose papers hold another\'s secrets or privacy, what the office does with it ("材料里可能有别的公司的商业信息，政府会怎么处理？会直接拒绝吗"), no count asked: the third party\'s rules, not the remedies.',
  // (no count asked — "经营数据" is no how-many)
  decide: (u, _state, kn) => (!kindsOf(u).count && ANOTHERS_INFO.test(u.norm) && HANDLING_ASKED.test(u.norm) && OWN_REQUEST.test(u.norm) ? intentDecision(u, kn, THIRD_PARTY, THRESHOLDS.answer) : undefined),
};
