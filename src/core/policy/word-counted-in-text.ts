/**
 * Rule word-counted-in-text: a figure word of table 三 asked ("办件量呢", "办件量多少") of a report whose tables give none of it,
 * the text counting something else by that very word ("办事服务办件量3301件" — services handled, not requests): the text's
 * clause, never the requests' count the table word points at. Only a word of three characters at least, no result's or
 * intake's word, counted right after it, in a sentence that does not speak of requests.
 */
import { sentencesOf } from '../../answer/retrieve.js';
import { pickReport } from '../select.js';
import { hasCells } from './consistency.js';
import { sentencesAnswer } from './helpers.js';
import type { Rule } from './types.js';
import { escapeRegExp } from '../../escape.js';

/** The shortest word read this way (两字 like 办理, 受理 are the requests' own words too often). */
const MIN_WORD = 3;
/** The words of the requests' results and intake, which a text counting requests uses (予以公开3件): the table's rows. */
const RESULT_WORDS = /公开|提供|处理|结转|收到|新收|受理|办结|答复/;
/** Requests spoken of in the question or the sentence: then the table's row is meant. */
const REQUESTS = /申请/;

export const wordCountedInText: Rule = {
  name: 'word-counted-in-text',
  doc: 'A table 三 word asked ("办件量呢") of a report with no such cell, the text counting something else by that very word ("办事服务办件量3301件"): the text\'s clause.',
  decide: (u, state, kn) => {
    const m = u.metric;
    // (a figure quoted to check, "…执法案件是3件吧": the check's rules answer)
    if (!m || m.table !== '三' || m.spans.length !== 1 || REQUESTS.test(u.norm) || m.quoted?.length || /\d\s*[件条个项]/.test(u.norm)) return undefined;
    const word = u.norm.slice(m.spans[0]!.start, m.spans[0]!.end);
    if (word.length < MIN_WORD || RESULT_WORDS.test(word)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || hasCells(r, m)) return undefined;
    const counted = new RegExp(`${escapeRegExp(word)}(?:为|达|共|是)?\\s*\\d+`);
    for (const s of sentencesOf(r)) {
      const clause = s.text.split(/[，,；;。]/).find((c) => counted.test(c));
      if (clause && !REQUESTS.test(s.text)) return sentencesAnswer(r, [s]);
    }
    return undefined;
  },
};
