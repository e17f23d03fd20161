/**
 * Notes said after an answer quoted from a report's text when what was asked is not in it: why a count is what it is
 * ("报告没有说明原因。"), what became of review or suit cases ("报告没有写明复议、诉讼的结果。") — so a count never stands in
 * for a reason or a result the report does not give.
 */
import type { Understanding } from './understanding.js';

/** Why asked of a count ("为啥会被申请那么多行政复议", "咋一件申请都没收到"): the reason, which a count alone does not give. */
const WHY_OF_COUNT = /(?:为啥|为什么|咋|怎么)(?:会|就)?[^，。？?]{0,12}(?:那么多|这么多|这么少|那么少|一件|一个|都没|没有|0件|零)|(?:都是)?因为啥|什么原因|啥原因/;
/** A why said in words another kind reads first ("咋一件…都没收到" reads as how). */
const WHY_WORD = /为啥|为什么|(?:咋|怎么)(?:一|就|会|都)/;
/** Words that give a reason or a cause in a report's sentence ("因", "由于", "主要是", "原因"). */
const REASON_GIVEN = /因为|由于|原因|主要(?:是|为|系|涉及|集中)|为了|鉴于|导致|系因|所致|属于|涉及|不掌握|不存在|不属于|不予|无法提供|信访|重复/;
/** Said after a quoted count when why was asked and the report gives no reason. */
const NO_REASON_NOTE = '报告没有说明原因。';
/** Whether a why of a count was asked and the answer's words give no reason. */
export function whyWithoutReason(u: Understanding, text: string): boolean {
  return (u.kind === 'why' || WHY_WORD.test(u.norm)) && WHY_OF_COUNT.test(u.norm) && /\d/.test(text) && !REASON_GIVEN.test(text.replace(/（来源：[^）]*）/g, ''));
}
/** The result of review or suit cases asked ("复议最后是维持还是纠正", "诉讼结果怎么样"). */
const CASES_RESULT_ASKED = /(?:复议|诉讼|官司)[^，。？?]{0,10}(?:维持|纠正|结果|驳回|撤销|输赢|赢了|输了)/;
/** A review or suit result named in the answer's words. */
const CASES_RESULT_SAID = /维持|纠正|驳回|撤销|其他结果|尚未审结|未审结|确认违法|败诉|胜诉/;
/** Said after a count of cases quoted from the text when their result is asked and the text names none. */
const NO_RESULT_NOTE = '报告没有写明复议、诉讼的结果。';
/** Whether the result of cases was asked and the answer (a sentence of the text) names none. */
function casesResultUntold(u: Understanding, text: string): boolean {
  return CASES_RESULT_ASKED.test(u.norm) && /正文写道/.test(text) && /复议|诉讼/.test(text) && !CASES_RESULT_SAID.test(text);
}
/** The "no reason" note said before the source line. */
export function withNoReason(text: string): string {
  return withNote(text, NO_REASON_NOTE);
}
/** A note said before the source line (after "……" when the quote before it is cut off). */
function withNote(text: string, note: string): string {
  const at = text.lastIndexOf('\n（来源：');
  const body = at >= 0 ? text.slice(0, at) : text;
  // (a quote cut off mid-sentence is marked so first: "…行政复议20件,主要……")
  const cut = /[\p{Script=Han}\dA-Za-z]$/u.test(body) ? '……' : '';
  return `${body}${cut}${note}${at >= 0 ? text.slice(at) : ''}`;
}

/** A figure's answer text with what the text does not give said after it: no reason for a why, no result of the cases. */
export function withMissingNoted(u: Understanding, text: string): string {
  const reasoned = whyWithoutReason(u, text) ? withNoReason(text) : text;
  return casesResultUntold(u, reasoned) ? withNote(reasoned, NO_RESULT_NOTE) : reasoned;
}

