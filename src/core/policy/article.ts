/**
 * Rule article-asked: what an article of the 《条例》 says, asked by its number ("条例第三十九条规定的是什么",
 * "第四十三条讲的啥"): the article's own text (src/answer/regulation.ts), not the nearest intent.
 */
import { ARTICLE_COUNT, articleText, smallNumber } from '../../answer/regulation.js';
import { kindsOf } from './helpers.js';
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';
import { T3_ROW_BY_ID } from '../../report/format.js';
import { pickReport } from '../select.js';

/** An article named by its number, and its paragraph if named ("第三十九条第一款", "第43条"). */
const ARTICLE_NAMED = /第([一二三四五六七八九十\d]{1,4})条(?:第([一二三四五六七八九十\d]{1,3})款)?/g;
/** What it says asked ("规定的是什么", "讲的啥", "什么内容", "原文", "怎么规定的"). */
const WHAT_IT_SAYS = /(?:规定|讲|说|写)(?:了|的)?(?:是)?(?:什么|啥|哪些|些什么)|什么内容|内容(?:是)?(?:什么|啥)|讲的啥|说的啥|啥意思|什么意思|原文|怎么规定|怎么说的|如何规定|怎么写的|具体(?:是)?(?:什么|啥)/;
/** Another law or rule named: its articles are not the regulation's. */
const OTHER_LAW = /复议法|诉讼法|保密法|档案法|办法|细则|《(?!条例》|政府信息公开条例》|中华人民共和国政府信息公开条例》)[^》]{1,30}》/;

export const articleAsked: Rule = {
  name: 'article-asked',
  doc: 'What an article of the 《条例》 says, asked by its number ("条例第三十九条第一款规定的是什么情形"): the article\'s text (its paragraph, when one is named), never the nearest intent.',
  decide: (u) => {
    if (!u.norm.includes('条') || !WHAT_IT_SAYS.test(u.norm) || OTHER_LAW.test(u.norm) || kindsOf(u).count) return undefined;
    const named = [...u.norm.matchAll(ARTICLE_NAMED)];
    const numbers = [...new Set(named.map((m) => smallNumber(m[1]!)))];
    if (numbers.length !== 1 || numbers[0] === undefined || numbers[0] < 1 || numbers[0] > ARTICLE_COUNT || !articleText(numbers[0])) return undefined;
    const paragraph = named[0]![2] ? smallNumber(named[0]![2]) : undefined;
    return { kind: 'article', article: numbers[0], ...(paragraph ? { paragraph } : {}), confidence: THRESHOLDS.answer };
  },
};

/** An article named (ARTICLE_NAMED without its global flag, for a plain test). */
const ONE_ARTICLE_NAMED = new RegExp(ARTICLE_NAMED.source);
/** Which article says so, asked with none named ("条例里哪一条规定了这种答复方式", "依据是第几条"). */
const WHICH_ARTICLE = /哪一?条|第几条|哪个条款|什么条款|哪条规定|法律依据|依据(?:是)?(?:什么|哪)/;

export const basisOfLastRow: Rule = {
  name: 'basis-of-last-row',
  doc: 'Which article a result of table 三 rests on, asked right after its figure ("条例里哪一条规定了这种答复方式"): the basis the national format gives for that row (第三十六条 …), not the fallback for a question with no topic of its own.',
  decide: (u, state, kn) => {
    const m = state.metric;
    if (u.metric || !m || m.table !== '三' || m.rows.length !== 1 || !WHICH_ARTICLE.test(u.norm) || ONE_ARTICLE_NAMED.test(u.norm)) return undefined;
    const row = T3_ROW_BY_ID[m.rows[0]!];
    const basis = row?.basis ?? (row?.parent ? T3_ROW_BY_ID[row.parent]?.basis : undefined);
    const r = pickReport(kn, u.slots, state).report;
    return r && row && basis ? { kind: 'passage', report: r, parts: { head: `“${row.label}”的依据：`, lines: [basis], labelled: true } } : undefined;
  },
};
