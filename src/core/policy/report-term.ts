/**
 * Rule report-term-asked: what a term of the report's own is, asked ("说的'五公开'是哪五个", "“三审三校”指什么"): the report's
 * sentence that holds the term, which names what it is made of ("决策、执行、管理、服务、结果“五公开”"). The term is one
 * quoted in the question, or a numbered slogan ("五公开", "三审三校", "两微一端"); only a term the report holds word for word.
 */
import { sentencesOf } from '../../answer/retrieve.js';
import { pickReport } from '../select.js';
import { sentencesAnswer } from './helpers.js';
import type { Rule } from './types.js';

/** A term quoted in the question ("'五公开'", "“三审三校”", "「两微一端」"). */
const QUOTED_TERM = /['‘“"「『]([^'’”"」』，。？?]{2,12})['’”"」』]/;
/** A numbered slogan: a numeral and the words it counts, once or twice ("五公开", "三审三校", "两微一端"). */
const NUMBERED_TERM = /[一二两三四五六七八九十](?:\p{Script=Han}{1,3}?)(?:[一二两三四五六七八九十]\p{Script=Han}{1,3}?)?(?=是|指|包括|有哪|具体|都|的意思|什么意思|啥意思)/u;
/** What it is asked ("是哪五个", "指什么", "包括哪些", "什么意思"). */
const WHAT_ASKED = /是哪[一二两三四五六七八九十几]*(?:个|项|条|种|类|些)?|是什么|是啥|指什么|指啥|指的是|指哪|包括哪|包含哪|有哪些|都有啥|什么意思|啥意思|具体是/;

export const reportTermAsked: Rule = {
  name: 'report-term-asked',
  doc: 'What a term of the report\'s own is, asked ("说的\'五公开\'是哪五个"): the report\'s sentence holding the term word for word.',
  decide: (u, state, kn) => {
    if (u.metric || !WHAT_ASKED.test(u.norm)) return undefined;
    const term = QUOTED_TERM.exec(u.norm)?.[1] ?? NUMBERED_TERM.exec(u.norm)?.[0];
    if (!term) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const found = r ? sentencesOf(r).find((s) => s.text.includes(term)) : undefined;
    if (!r || !found) return undefined;
    return sentencesAnswer(r, [found]);
  },
};
