/**
 * Rule contact-not-asked: a weak reading of a contact detail (under the answer threshold) for a message that names
 * no contact at all — no phone, address, e-mail, department, office hours, way there, "找谁" — ("2023年有没有这种情况",
 * "为什么会转到下一年？报告里有说吗"): the honest fallback, never an office's phone for a question it did not ask.
 */
import { topicOf } from '../handlers.js';
import { CLAUSE_SPLIT, CONTACT_ASKED, DIFFERENCE_ASKED, HOURS_ASKED, HOW_TOLD_ONLY, SUM_ASKED } from '../patterns.js';
import { THRESHOLDS } from '../thresholds.js';
import { choice } from './helpers.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';
import { ownWordsSentence } from './passages.js';

/**
 * Words by which a message asks for a contact, beyond CONTACT_ASKED and HOURS_ASKED: the details by their nouns, the
 * way there, the office's unit ("哪个股室"), reaching it ("怎么找你们", "打给谁"), the office's accounts, opening days.
 */
const CONTACT_HINT =
  /邮编|邮政编码|网址|网站|网页|链接|(?:年报|报告)全文|电子版|邮箱|邮件|传真|座机|手机|号$|科室|股室|处室|办公|上班|下班|开门|关门|周末|节假日|营业|怎么找|找你们|联络|打给|打过去|打哪|去哪|怎么去|怎么走|过去|坐车|几路|怎么到|能到|到你们|公交|地铁|导航|位置|地点|门牌|公众号|微信|是哪个[区县市省州盟旗镇乡]|负责/;

/** Characters of the contact unit's name a message must hold to name it ("管理科" is too short; "政务管理科" names it). */
const UNIT_NAME_CHARS = 5;
/** Whether the text holds a stretch of the unit's name this long. */
function namesPartOf(text: string, unit: string): boolean {
  for (let i = 0; i + UNIT_NAME_CHARS <= text.length; i++) if (unit.includes(text.slice(i, i + UNIT_NAME_CHARS))) return true;
  return false;
}

export const contactNotAsked: Rule = {
  name: 'contact-not-asked',
  doc: 'A weak reading of a contact detail for a message that names no contact at all ("2023年有没有这种情况"): the fallback, not the office\'s phone.',
  decide: (u, state, kn) => {
    const { best } = choice(u, kn);
    if (!best || best.item.fallback || best.score >= THRESHOLDS.answer || !topicOf(best.item).contact) return undefined;
    // (a follow-up of a contact answer, "那个呢", is about the contact: the conversation names it)
    const last = state.intent ? kn.byId.get(state.intent) : undefined;
    if (last && topicOf(last).contact) return undefined;
    if (CONTACT_ASKED.test(u.norm) || HOURS_ASKED.test(u.norm) || CONTACT_HINT.test(u.norm)) return undefined;
    // (a sum or difference asked right after figures of a report, "加起来多少": of those figures, never a contact)
    if (state.report && (SUM_ASKED.test(u.norm) || DIFFERENCE_ASKED.test(u.norm))) return undefined;
    // (a word only the report uses, asked with how the report words it, "政务公开是谁分管的？年报里怎么表述的": its sentence)
    if (u.reportOnlyWords.length && u.norm.split(CLAUSE_SPLIT).some((c) => HOW_TOLD_ONLY.test(c.trim()))) return undefined;
    // (the unit the report names to contact, named: "为什么让有疑问找电子政务管理科" is about the contact)
    const unit = pickReport(kn, u.slots, state).report?.contact.department;
    if (unit && namesPartOf(u.norm, unit)) return undefined;
    // (two words or more only the report uses, all in one of its sentences: "发的公文有没有标公开属性" of "…各类公文均注明信息
    // 公开属性" — that sentence answers, through the passage rules, src/core/policy/passages.ts)
    if (ownWordsSentence(u, state, kn)) return undefined;
    return { kind: 'fallback', reason: 'no-match', confidence: best.score };
  },
};
