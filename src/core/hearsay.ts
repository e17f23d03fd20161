/**
 * A figure's words only in what someone else said ("奶奶说政府啥都不公开。南岗区报告里说了存在啥问题没？"): the story, not
 * the figure asked — another clause asks.
 */
import type { MetricQuery } from '../understand/metrics.js';
import { ASKING } from './patterns.js';

/** "什么都", "啥也" ("anything at all"): no question word there. */
const ANY_AT_ALL = /(?:什么|啥|哪儿|哪里)(?:都|也)/g;
/** Someone's words reported in a clause of their own ("奶奶说政府啥都不公开", "听人说…"): nothing asked there. */
const SAID_BY_SOMEONE = /^[^，,。？?！!；;]{0,6}?(?:说|讲|觉得|认为|听说|据说)/;
/** A question pointing back at what was said ("这么答复过几回", "这种情况有吗"). */
const POINTS_BACK = /这么(?:答复|回复|说|处理|写|办)|这(?:种|样的?)(?:情况|答复|说法)|是真的|是不是真的|对吗|对不对/;
/** The clauses of a message with their places. */
const CLAUSE = /[^，,。？?！!；;（）()]+[？?]?/g;

/** Every word of the figure read stands in a clause that only reports what someone said, and another clause asks. */
export function figureOnlyInHearsay(norm: string, m: MetricQuery | undefined): boolean {
  if (!m?.spans.length || !SAID_BY_SOMEONE.test(norm)) return false;
  const clauses = [...norm.matchAll(CLAUSE)].map((x) => ({ start: x.index!, end: x.index! + x[0].length, text: x[0] }));
  const of = (at: number) => clauses.find((c) => c.start <= at && at < c.end);
  // (a sentence of its own, ended by a stop, quoting no count: "有人说…废止了5件，是真的吗" and "回复说…不予公开，我觉得不合理"
  // go on in the same sentence about what was said)
  const hearsay = (c: { text: string; end: number } | undefined) =>
    !!c && SAID_BY_SOMEONE.test(c.text) && !/\d/.test(c.text) && /^[。！!]/.test(norm.slice(c.end)) && !ASKING.test(c.text.replace(ANY_AT_ALL, ''));
  // (and the question does not point back at it: "…这么答复过几回")
  return m.spans.every((sp) => hearsay(of(sp.start))) && clauses.some((c) => !hearsay(c) && ASKING.test(c.text)) && !POINTS_BACK.test(norm);
}
