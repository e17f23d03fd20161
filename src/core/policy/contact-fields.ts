/** Rule for several contact details asked at once ("电话和邮编分别是多少", "电话多少，几点上班"). */
import { CONTACT_ALL, CONTACT_FIELD_NOUNS, NOT_WANTED, OFFICIAL_ASKED } from '../patterns.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { askedClauses, top } from './helpers.js';
import type { Rule } from './types.js';

/** Office hours asked ("几点上班", "办公时间"): a detail annual reports do not give, asked beside others. */
const HOURS_ASKED = /办公时间|上班时间|工作时间|几点/;
/** The topic of the contact intents (intents/contact.yml). */
const CONTACT_TOPIC = 'contact';

export const contactFieldsAsked: Rule = {
  name: 'contact-fields-asked',
  doc: 'Two or more contact details named at once ("电话和邮编分别是多少", "电话多少，几点上班"), no figure and no official: the whole contact block, whatever "分别是多少" matched.',
  decide: (u, _state, kn) => {
    if (u.metric || OFFICIAL_ASKED.test(u.norm) || u.unknown.count >= POLICY.otherMatterUnknownWords) return undefined;
    // a contact intent read first is made exact by the details it names (helpers.ts contactChoice)
    const t = top(u);
    if (t && t.item.topic === CONTACT_TOPIC && !t.item.fallback) return undefined;
    // the details the asking clauses name, not those said not wanted ("我不太想打电话")
    const asking = askedClauses(u.norm).replace(NOT_WANTED, ' ');
    const fields = CONTACT_FIELD_NOUNS.filter(([re]) => re.test(asking)).length;
    if (fields < 1 || fields + (HOURS_ASKED.test(u.norm) ? 1 : 0) < 2) return undefined;
    const all = kn.byId.get(CONTACT_ALL);
    if (!all) return undefined;
    return { kind: 'intent', intent: all, confidence: Math.max(u.candidates.find((c) => c.item === all)?.score ?? 0, THRESHOLDS.answer) };
  },
};
