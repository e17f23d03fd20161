/**
 * Rule figure-confirmed: the figure just given, said back to be confirmed ("是15件吧", "你说的是十五个吧？不是五十个？"),
 * with nothing else asked: that figure again, from the table — never a fallback, never another figure.
 */
import { smallNumber } from '../../understand/cn-number.js';
import { figuresIntent } from '../handlers.js';
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

/** A number said back with a measure word and a doubt ("是15件吧", "十五个吧？", "不是五十个？"). */
const SAID_BACK = /(?:是|就|才|只有)?\s*(\d+|[一二两三四五六七八九十百]+)\s*[件个条项次]\s*(?:吧|吗|么|嘛|啊|呀|[?？])/;
/** Words a confirmation may hold besides the numbers ("你说的是", "不是", "对吧", "没听错吧"). */
const CONFIRMING = /你说的|您说的|刚才说的|是不是|不是|对吧|对吗|没错吧|没听错吧|我没听错吧|是吧|吧|吗|么|嘛|啊|呀|是|就|才|只有|[件个条项次]|\d+|[一二两三四五六七八九十百]+|[\s,，。.?？!！]/g;
/** A confirmation is short: a few numbers and words of doubt. */
const MAX_CHARS = 20;

export const figureConfirmed: Rule = {
  name: 'figure-confirmed',
  doc: 'The figure just given said back to be confirmed ("是15件吧", "你说的是十五个吧？不是五十个？"), nothing else asked: that figure again.',
  decide: (u, state, kn) => {
    if (u.metric || !state.metric || u.norm.length > MAX_CHARS || !SAID_BACK.test(u.norm)) return undefined;
    // (nothing but numbers and words of doubt: "那自然人是15件吧" names a column, the figure rules' question)
    if (u.norm.replace(CONFIRMING, '').length) return undefined;
    // (a number said in words must be one: "十五个")
    const said = SAID_BACK.exec(u.norm)![1]!;
    if (!/^\d+$/.test(said) && smallNumber(said) === undefined) return undefined;
    const figures = figuresIntent(kn);
    return figures ? { kind: 'figure', intent: figures, metric: state.metric, confidence: POLICY.figureMinConfidence } : undefined;
  },
};
