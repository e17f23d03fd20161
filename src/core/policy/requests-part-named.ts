/**
 * Rule requests-part-named: a report named with only its requests' part after it ("亮河镇21年依申请", "某局2023年依申请
 * 公开"), as staff jot it: what the report says of the requests (figures.overview) — not how to apply, which the bare
 * word matches as well. Asked how ("依申请公开怎么弄"), it is how to apply still.
 */
import { kindsOf, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** The intent of the requests' figures and what the text says of them. */
const OVERVIEW = 'figures.overview';
/** The requests' part named alone, nothing asked of it. */
const REQUESTS_PART_ALONE = /^(?:的)?(?:政府信息)?依申请(?:公开)?(?:政府信息)?(?:的)?(?:情况|部分|那块|这块)?[?？。!！\s]*$/;

export const requestsPartNamed: Rule = {
  name: 'requests-part-named',
  doc: 'A report named with only its requests\' part after it ("亮河镇21年依申请"): what the report says of the requests, not how to apply.',
  decide: (u, _state, kn) => {
    const overview = kn.byId.get(OVERVIEW);
    if (!overview || !(u.slots.offices.length || u.slots.years.length) || kindsOf(u).how) return undefined;
    if (!REQUESTS_PART_ALONE.test(withoutSlots(u).replace(/\s+/g, ''))) return undefined;
    return { kind: 'intent', intent: overview, confidence: u.candidates.find((c) => c.item.id === OVERVIEW)?.score ?? 0 };
  },
};
