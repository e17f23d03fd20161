/**
 * Rule closed-of-received-in-text: what is still open, or the share closed, of things the text says were received and
 * closed in one sentence ("平台全年共收到群众诉求12394件次,办结上报12190件次"), asked by the asker ("平台还有多少件诉求没办结",
 * "平台办结率算下来是多少"): that sentence and the difference or share worked out from its two figures, said to be
 * computed — the report does not state it. Requests (申请) are table 三's when its cells are filled: its carried-over row
 * answers those; a report with no table 三 ("全年收到政府信息公开申请5件,办结5件") is answered from the text.
 */
import { reportLabel } from '../../answer/render.js';
import { contentWords, sentencesOf, type ReportSentence } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { withoutSlots } from './helpers.js';
import { filledRows } from './consistency.js';
import type { Rule } from './types.js';

/** What is still open asked ("还有多少件没办结", "未办结的有几件", "还剩多少没处理完"). */
// (or whether any is, "还有没办完的吗")
const OPEN_ASKED = /还有(?:没|未|没有)(?:办结|办完|处理完|办理完)的?(?:吗|么|没有?)|(?:没|未|没有)(?:办结|办完|处理完|处理|办理完|完成)[^，。？?]{0,4}(?:多少|几)|(?:多少|几)[^，。？?]{0,8}(?:没|未|没有)(?:办结|办完|处理完|办理完|完成)|还剩(?:下)?[^，。？?]{0,6}(?:多少|几)/;
/** The share closed asked ("办结率算下来是多少", "办结比例多少"). */
const SHARE_ASKED = /(?:办结|办理|完成|处理)(?:率|比例|比率)/;
/** Requests named: table 三's rows answer those, when it has any filled. */
const REQUESTS_NAMED = /申请/;
/** Whether a report's table 三 gives any figure. */
const tableThreeFilled = (r: Parameters<typeof filledRows>[0]) => [...filledRows(r)].some((k) => k.startsWith('t3.'));
/** The received figure of a sentence: a receiving verb, words, the figure and its unit. */
const RECEIVED = /(?:收到|受理|接到|接收|共收|登记)[^，,；;。\d]{0,16}?(\d{1,7})\s*(件次|人次|件|条|个|项|起|宗|份|篇|次)/;
/** The closed figure after it: a closing verb, words, the figure and its unit. */
const CLOSED = /(?:办结|办理完成|办理完毕|处理完毕|已办结|完成办理)[^，,；;。\d]{0,8}?(\d{1,7})\s*(件次|人次|件|条|个|项|起|宗|份|篇|次)/;
/** A rate the sentence states itself ("办结满意率99.93%"): named beside the share worked out, as another thing. */
const RATE_STATED = /([\p{Script=Han}]{2,8}率)\s*(?:为|达|达到)?\s*(\d+(?:\.\d+)?)\s*[%％]/u;
/** The share closed stated by the text ("办结率100%", "按时办结率为98%"). */
const SHARE_STATED = /(?:办结|办理|完成|处理)(?:率|比例)\s*(?:为|达|达到)?\s*\d/;
/** Decimals of the share worked out (98.35 %). */
const SHARE_DECIMALS = 2;
/** Words of the question that must be in the sentence: at least this many, so another sentence's pair is never taken. */
const MIN_SHARED_WORDS = 1;

interface Pair {
  readonly sentence: ReportSentence;
  readonly received: number;
  readonly closed: number;
  readonly unit: string;
}

/** A sentence's received and closed figures, in one unit, the closed no more than the received. */
function pairOf(sentence: ReportSentence): Pair | undefined {
  const got = RECEIVED.exec(sentence.text);
  if (!got) return undefined;
  const done = CLOSED.exec(sentence.text.slice(got.index + got[0].length));
  if (!done || done[2] !== got[2]) return undefined;
  const received = Number(got[1]);
  const closed = Number(done[1]);
  return closed <= received ? { sentence, received, closed, unit: got[2]! } : undefined;
}

export const closedOfReceivedInText: Rule = {
  name: 'closed-of-received-in-text',
  doc: 'What is still open, or the share closed, of things one sentence of the text says were received and closed ("平台还有多少件诉求没办结" of "共收到群众诉求12394件次,办结上报12190件次"): the sentence and the figure worked out from it, said to be computed; requests (申请) are left to table 三 when its cells are filled.',
  decide: (u, state, kn) => {
    const text = withoutSlots(u);
    const open = OPEN_ASKED.test(text);
    const share = !open && SHARE_ASKED.test(text);
    if (!open && !share) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const requests = REQUESTS_NAMED.test(text);
    // (requests named, "依申请公开办结率": the sentences counting requests, 申请 one word shared)
    const words = [...contentWords(text).filter((w) => w.length >= 2 && !/办结|办完|处理|完成|多少|还有|算下来|申请/.test(w)), ...(requests ? ['申请'] : [])];
    // (requests, or nothing named after a count, "还有几件没办完": table 三's carried-over row, when its cells are filled)
    if ((requests || !words.length) && tableThreeFilled(r)) return undefined;
    const pairs = sentencesOf(r)
      .map(pairOf)
      .filter((p): p is Pair => !!p)
      .map((p) => ({ p, shared: words.filter((w) => p.sentence.text.includes(w)).length }))
      // (no words of its own, "那办结率是多少" after the count: the report's one such sentence)
      .filter((x) => x.shared >= MIN_SHARED_WORDS || !words.length)
      .sort((a, b) => b.shared - a.shared);
    // (two sentences sharing as many of the question's words: which one is meant is not known)
    if (!pairs.length || (pairs[1] && pairs[1].shared === pairs[0]!.shared)) return undefined;
    const { sentence, received, closed, unit } = pairs[0]!.p;
    // (the share stated in the sentence itself, "办结2条,办结率100%": the report's own figure, the text rules quote it)
    if (share && SHARE_STATED.test(sentence.text)) return undefined;
    const lines = [sentence.text.trim()];
    if (open && received === closed) {
      lines.push(`按报告的数字：收到 ${received} ${unit}、办结 ${closed} ${unit}，${received} − ${closed} = 0，收到的都已办结，没有未办结的。`);
    } else if (open) {
      lines.push(`按报告的数字计算：${received} − ${closed} = ${received - closed} ${unit}，即还有 ${received - closed} ${unit}未办结（报告没有直接写这个数，是算出来的）。`);
    } else {
      const pct = Number(((closed / received) * 100).toFixed(SHARE_DECIMALS));
      lines.push(`按报告的数字计算：办结 ${closed} ÷ 收到 ${received} ${(closed * 100) % received === 0 ? '=' : '≈'} ${pct}%（报告没有直接写这个比例，是算出来的）。`);
      const stated = RATE_STATED.exec(sentence.text);
      if (stated && !text.includes(stated[1]!)) lines.push(`报告写的“${stated[1]}${stated[2]}%”是${stated[1]}，不是按件数算的办结比例，两者不是一回事。`);
    }
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines, source: sectionSource(sentence.section), labelled: true } };
  },
};
