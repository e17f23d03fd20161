/**
 * Rule plan-status-follow-up: right after an answer from the report's text about a thing it only plans ("拟在中山路181号
 * …建设政务公开专区"), whether the thing is there now ("那现在能去不？别白跑一趟", "建好了没有"): the same sentence again,
 * and that the report only plans it — never a yes, nor the fallback its everyday words would get; where it goes ("计划建在
 * 哪里"), the same sentence, never the office's address.
 */
import { PASSAGE_INTENT } from '../respond.js';
import { onlyPlanned, PLANNED } from '../plans.js';
import { passage } from './helpers.js';
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** Whether a thing is in place now, asked ("现在能去不", "建好了吗", "开放了没有", "能用了吗"). */
const NOW_THERE_ASKED = /(?:现在|目前|如今|已经|这会儿?)[^，。？?]{0,6}(?:能|可以)?(?:去|用|办|开|建)|建好|建成|开了没|开放了?(?:吗|没|不)|投用|投入使用|能去(?:吗|不|没)|能用(?:吗|不|了吗)/;
/** Where the planned thing goes, asked ("计划建在哪里", "选址在哪"). */
const PLACE_OF_PLAN_ASKED = /(?:建|设|选址|落|安排|放)(?:在)?(?:哪里|哪儿|哪|什么地方|什么位置)|(?:地点|位置|选址)(?:在|是)?(?:哪|什么)/;
/** Longest follow-up read this way (a short question about the thing just told, what the asker says aside included). */
const FOLLOW_UP_MAX_CHARS = 24;

export const planStatusFollowUp: Rule = {
  name: 'plan-status-follow-up',
  doc: 'Right after a sentence of the report about a thing it plans ("拟在中山路181号…建设政务公开专区"), whether it is there now ("那现在能去不？别白跑一趟") or where it goes ("计划建在哪里"): that sentence, and that the report only plans it.',
  decide: (u, state, kn) => {
    if (state.intent !== PASSAGE_INTENT || !state.text || u.metric || u.norm.length > FOLLOW_UP_MAX_CHARS || !(NOW_THERE_ASKED.test(u.norm) || PLACE_OF_PLAN_ASKED.test(u.norm))) return undefined;
    const d = passage(kn, u, state, THRESHOLDS.coverage, state.text);
    const word = d?.kind === 'passage' ? d.parts.lines.map((l) => PLANNED.exec(l)?.[0]).find(Boolean) : undefined;
    if (d?.kind !== 'passage' || !word) return undefined;
    return { ...d, parts: { ...d.parts, lines: [...d.parts.lines, `\n${onlyPlanned(word)}`] } };
  },
};
