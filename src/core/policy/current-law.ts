/**
 * Rule current-law-asked: whether the old regulation still applies now ("报告是按老条例编的，我现在去申请还按老条例吗",
 * "现在申请还按这个吗" after the report's basis, 国务院令第492号): the regulation in force (2019 revision, 国务院令第711号),
 * never the report's own basis, which only says what the report was written under.
 */
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** The intent that tells the regulation in force (intents/procedure.yml). */
const LAW_INTENT = 'procedure.law';
/** The old regulation named ("老条例", "492号", "2007年的条例"). */
const OLD_LAW = /(?:老|旧|原来的?|以前的?|过去的?)条例|492号|2007年(?:的|版)?(?:那个)?条例/;
/** Whether it still holds now ("现在…还按…吗", "还适用吗", "还有效吗"). */
const STILL_NOW = /(?:现在|如今|目前|今天|今年)[^。？?]{0,16}(?:还|仍|依然|也)(?:按|用|适用|依据|照|执行|有效|管用|算)|(?:还|仍)(?:有效|适用|管用|算数)(?:吗|不|么|嘛)?/;
/** "这个"/"那个" pointing back at the regulation just named ("现在申请还按这个吗"). */
const POINTS_BACK = /(?:还|仍)(?:按|用|照|适用)(?:这个|那个|它)/;

export const currentLawAsked: Rule = {
  name: 'current-law-asked',
  doc: 'Whether the old regulation (国务院令第492号) still applies now ("我现在去申请还按老条例吗"): the regulation in force, 2019 revision (第711号).',
  decide: (u, state, kn) => {
    const named = OLD_LAW.test(u.norm) || (POINTS_BACK.test(u.norm) && !!state.text && /条例|492/.test(state.text));
    if (!named || !STILL_NOW.test(u.norm)) return undefined;
    const intent = kn.byId.get(LAW_INTENT);
    return intent ? { kind: 'intent', intent, confidence: THRESHOLDS.answer } : undefined;
  },
};
