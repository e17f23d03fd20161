/**
 * Rule publish-review-asked: how what is published gets checked first, asked ("网站发信息之前审核几道关", "信息发布执行的是什么
 * 审核制度", "发布前谁把关"): the report's sentences on its review system ("实现了初审、复核、终审三级帐号审核机制", "严格落实
 * “三审三校”制度"), those about publishing first. Nothing when the report says none.
 */
import { sentencesOf } from '../../answer/retrieve.js';
import { pickReport } from '../select.js';
import { sentencesAnswer } from './helpers.js';
import type { Rule } from './types.js';

/** The review of what is published, asked. */
const REVIEW_ASKED = /审核|把关|审查|审签|三审|几道关|几级审/;
/** Publishing named beside it. */
const PUBLISHING_NAMED = /发布|发信息|发文|上网|网站|公众号|新媒体|公开前|公开之前|发之前|发出去/;
/** A sentence telling a review system. */
const REVIEW_TOLD = /三审三校|三审|三级(?:帐号|账号)?审核|初审|复核|终审|审核(?:制度|机制|流程|程序)|保密审查|先审后发|审签/;
/** Publishing in the sentence: it is the review of what is published. */
const PUBLISHING_TOLD = /发布|网站|上网|新媒体|公众号|公开/;
/** The sentences given at most. */
const MAX_SENTENCES = 2;

export const publishReviewAsked: Rule = {
  name: 'publish-review-asked',
  doc: 'How what is published is checked first, asked ("网站发信息之前审核几道关"): the report\'s sentences on its review system, those about publishing first.',
  decide: (u, state, kn) => {
    if (u.metric || !REVIEW_ASKED.test(u.norm) || !PUBLISHING_NAMED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const told = sentencesOf(r).filter((s) => REVIEW_TOLD.test(s.text));
    if (!told.length) return undefined;
    const ranked = [...told.filter((s) => PUBLISHING_TOLD.test(s.text)), ...told.filter((s) => !PUBLISHING_TOLD.test(s.text))].slice(0, MAX_SENTENCES);
    return sentencesAnswer(r, ranked);
  },
};
