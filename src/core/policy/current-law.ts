/**
 * Rule current-law-asked: whether the old regulation still applies now ("报告是按老条例编的，我现在去申请还按老条例吗",
 * "现在申请还按这个吗" after the report's basis, 国务院令第492号): the regulation in force (2019 revision, 国务院令第711号),
 * never the report's own basis, which only says what the report was written under.
 * Also: an article and a time limit cited and checked (cited-time-limit-checked): the time limit in force.
 */
import { THRESHOLDS } from '../thresholds.js';
import { intentDecision } from './helpers.js';
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
    return intentDecision(u, kn, LAW_INTENT, THRESHOLDS.answer);
  },
};

/** The time limit to answer a request (intents/procedure.yml: 第三十三条, 20 working days). */
const TIME_INTENT = 'procedure.time';
/** An article cited with a time limit to answer ("按第二十四条，…15个工作日内答复"). */
// (the limit to answer a request only: not a review's 60 days, nor the 7 working days to ask for a correction)
const ARTICLE_WITH_LIMIT = /第[一二三四五六七八九十]+条[^。？?]{0,40}?(?:\d+|[一二三四五六七八九十]+)\s*个?(?:工作日|日)内?(?:予以)?(?:答复|回复|作出答复)/;
/** The citation checked ("这么引用没问题吧", "对吗", "准确吗"). */
const CITATION_CHECKED = /没问题|对吗|对不对|对吧|没错吧|准确吗|正确吗|这么引用|这样引用|可以吗|行吗|有没有错/;

export const citedTimeLimitChecked: Rule = {
  name: 'cited-time-limit-checked',
  doc: 'An article and a time limit to answer cited, asked whether it is right ("按第二十四条…15个工作日内答复，这么引用没问题吧"): the time limit in force (第三十三条), never the regulation\'s dates alone.',
  decide: (u, _state, kn) => {
    if (!ARTICLE_WITH_LIMIT.test(u.norm) || !CITATION_CHECKED.test(u.norm) || /复议|诉讼|补正/.test(u.norm)) return undefined;
    return intentDecision(u, kn, TIME_INTENT, THRESHOLDS.answer);
  },
};
