/**
 * Rule other-ways-follow-up: the other ways asked right after a count the text told of one way ("通过门户网站公开政府信息
 * 5667条" then "除了网站，别的渠道呢"): the text's sentence that counts what went out the other ways ("通过《全州新闻》、
 * 微信公众号…等方式公开政府信息约2500条") — not the website intent the word 网站 points at.
 */
import { reportLabel } from '../../answer/render.js';
import { countAsked, sentencesOf, unitsAlike } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { PASSAGE_INTENT } from '../respond.js';
import { reportById } from '../select.js';
import type { Rule } from './types.js';

/** The other ways asked alone, the one just counted set aside ("除了网站，别的渠道呢", "其他方式呢", "除开公众号还有别的平台吗"). */
const OTHER_WAYS_ASKED = /^(?:那|那么)?(?:除了?|除开|除去)?(\p{Script=Han}{0,8}?)(?:以外|之外|外)?(?:的)?[，,]?(?:还有)?(?:别的|其他|其它|另外的?)(?:渠道|方式|途径|平台|载体|地方)(?:呢|有吗|还有吗|有多少|多少|发了多少|公开了多少)?[?？。]*$/u;
/** A sentence counting what went out other ways ("通过…等方式公开政府信息约2500条", "同时…多种…载体"). */
const OTHER_WAYS_TOLD = /等(?:方式|渠道|途径|平台|载体|媒体)|多种|其他|其它|另外/;

export const otherWaysFollowUp: Rule = {
  name: 'other-ways-follow-up',
  doc: 'The other ways asked right after a count the text told of one ("除了网站，别的渠道呢" after "通过门户网站公开政府信息5667条"): the one sentence that counts, in the same measure word, what went out other ways ("…等方式公开政府信息约2500条") and does not name the way set aside.',
  decide: (u, state, kn) => {
    const norm = u.norm.replace(/\s+/g, '');
    const asked = OTHER_WAYS_ASKED.exec(norm);
    if (!asked || u.metric || state.intent !== PASSAGE_INTENT || !state.text) return undefined;
    const unit = countAsked(state.text)?.unit;
    const r = reportById(kn, state.report);
    if (!unit || !r) return undefined;
    // (the way set aside, "网站" of 除了网站: a sentence naming it is the count just given)
    const aside = asked[1] ?? '';
    const counted = new RegExp(`\\d+\\s*[${unitsAlike(unit)}]`);
    const told = sentencesOf(r).filter((x) => OTHER_WAYS_TOLD.test(x.text) && counted.test(x.text) && (!aside || !x.text.includes(aside)));
    if (told.length !== 1) return undefined;
    const said = told[0]!;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } };
  },
};
