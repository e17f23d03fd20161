/**
 * Rule all-answered-follow-up: whether all the requests just counted were answered ("都答复了吗", "全部办结了没有"), right
 * after a count of them: the results' total (表三 总计) of the same report — from the table, or the text's clause that
 * counts the replies ("答复22件,答复率100%") — never the regulation's general time limit its words also match.
 */
import { figuresIntent } from '../handlers.js';
import { POLICY } from '../thresholds.js';
import type { MetricQuery } from '../../understand/metrics.js';
import type { Rule } from './types.js';
import type { Report } from '../../report/types.js';
import { hasTableFigures, pickReport } from '../select.js';
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { contentWords, sentencesOf } from '../../answer/retrieve.js';
import { PASSAGE_INTENT } from '../respond.js';
import { reportById } from '../select.js';

/** All of them answered or handled, asked alone ("都答复了吗", "全部办结了没", "是不是都回复了"). */
// (or all granted, "都公开了吗")
// (or answered at all, "答复了没有", "回复了吗": the same question of the requests just counted)
const ALL_ANSWERED_ASKED = /^(?:那|那么)?(?:是不是|是否|有没有)?(?:(?:都|全部|全都|全)(?:已经|已)?(?:答复|办结|办完|处理完|回复|办理完|(给)?公开)|(?:已经|已)?(?:答复|回复|办结))(?:了)?(?:吗|没有?|么|嘛|不)?[?？。]*$/;
/** The text saying every request was answered, handled or granted ("均按照法定程序依法依规进行公开", "每一份申请均精准答复", "办结率100%"). */
const ALL_SAID = /(?:均|全部|都|一律)[^，。；;,\d]{0,16}(?:答复|办结|办理完毕|予以公开|进行公开|公开)|(?:办结|答复)率\s*100\s*[%％]/;
/** The requests counted, then all of them said answered or granted ("…11件,均按照法定程序…进行公开"). */
const COUNTED_THEN_ALL = /\d+\s*[件项宗][，,]\s*(?:已)?(?:均|全部|都|一律)/;
/** Every request said answered ("每一份申请均精准答复", "所有申请均已答复"). */
const EVERY_REQUEST = /(?:每一?份|每一?件|所有|全部)(?:的)?(?:政府信息公开)?申请(?:均|都|全部)/;
/** A sentence about the requests for information. */
const ABOUT_REQUESTS = /依申请|信息公开申请|公开申请|申请/;
/** A sentence of the text telling the requests' replies ("已按规定时限和要求予以规范答复", "均已按时答复"). */
// (said to be done, not the work of replying in general: "规范依申请回复工作" tells no reply)
const REPLIES_TOLD = /(?:已|均|全部|都)[^，。；;]{0,14}(?:答复|回复|办结|办理完毕)/;
/** The text's first sentence about the requests that tells their replies. */
function repliesSentence(r: Report) {
  return sentencesOf(r).find((x) => ABOUT_REQUESTS.test(x.text) && REPLIES_TOLD.test(x.text));
}
/** Rows of table 三 that count the requests themselves (what "all of them" points back at). */
const REQUEST_ROWS: ReadonlySet<string> = new Set(['new', 'total', 'carried']);

export const allAnsweredFollowUp: Rule = {
  name: 'all-answered-follow-up',
  doc: 'Whether all the requests just counted were answered or granted ("都答复了吗", "都公开了吗"), right after their count: the results\' total (and those granted) of the same report, from the table or the text\'s clause counting the replies; a report with no table 三, the sentence saying all were.',
  decide: (u, state, kn) => {
    const asked = ALL_ANSWERED_ASKED.exec(u.norm.replace(/\s+/g, ''));
    if (!asked) return undefined;
    // (all granted, "都公开了吗", reads its own row: 予以公开)
    const granted = asked[0].includes('公开');
    // (办完 read as the results' total, "都办完了吗", is the question itself)
    const ownRow = (m: MetricQuery) => m.table === '三' && m.rows.every((x) => x === (granted ? 'granted' : 'total'));
    if ((u.metric && !ownRow(u.metric)) || !state.metric || state.metric.table !== '三' || !state.metric.rows.some((x) => REQUEST_ROWS.has(x))) return undefined;
    // (a report with no table 三, the text saying all were: that sentence, "…共收到依申请公开11件,均按照法定程序依法依规进行公开")
    const r = pickReport(kn, u.slots, state).report;
    if (r && !hasTableFigures(r)) {
      // (the sentence that counts them first, "…共收到依申请公开11件,均…进行公开"; else one that says so of every request)
      const sentences = sentencesOf(r).filter((x) => ABOUT_REQUESTS.test(x.text) && ALL_SAID.test(x.text));
      // (or, whether they were answered at all, the sentence telling their reply: "…已按规定时限和要求予以规范答复")
      const replied = granted || /都|全/.test(asked[0]) ? undefined : repliesSentence(r);
      const said = sentences.find((x) => COUNTED_THEN_ALL.test(x.text)) ?? sentences.find((x) => EVERY_REQUEST.test(x.text)) ?? replied ?? (sentences.length === 1 ? sentences[0] : undefined);
      if (said) {
        // (from the clause that counts them: a long sentence of other work before it is not what was asked)
        const at = COUNTED_THEN_ALL.exec(said.text)?.index;
        const from = at === undefined ? 0 : Math.max(said.text.lastIndexOf(',', at), said.text.lastIndexOf('，', at)) + 1;
        return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.slice(from).trim()], source: sectionSource(said.section), labelled: true } };
      }
    }
    const figures = figuresIntent(kn);
    const metric: MetricQuery = { table: '三', rows: granted ? ['granted', 'total'] : ['total'], cols: [], spans: [], rowsExplicit: true };
    return figures ? { kind: 'figure', intent: figures, metric, confidence: POLICY.figureMinConfidence } : undefined;
  },
};

/** Whether the request just told of was answered, asked alone ("答复了没有", "回复了吗", "办结了没"). */
const ANSWERED_ASKED = /^(?:那|那么)?(?:有没有|是否|是不是)?(?:已经|已)?(?:答复|回复|办结|办完|处理完)(?:了)?(?:吗|没有?|么|嘛|不)?[?？。]*$/;

export const answeredFollowUp: Rule = {
  name: 'answered-follow-up',
  doc: 'Whether the request the text just told of was answered ("答复了没有" after "全年共受理…申请1件,…申请内容主要涉及…"): the text\'s sentence about the requests that tells their replies ("…已按规定时限和要求予以规范答复") — not the fee rules or a goodbye its words match.',
  decide: (u, state, kn) => {
    if (u.metric || state.intent !== PASSAGE_INTENT || !ANSWERED_ASKED.test(u.norm.replace(/\s+/g, ''))) return undefined;
    const r = reportById(kn, state.report);
    if (!r) return undefined;
    const said = repliesSentence(r);
    if (!said) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } };
  },
};

/** Whether some requests just told of are done, asked of them ("这几件都办完了吗", "那另外那5件办完没有"). */
const DONE_ASKED = /(?:办完|办结|完成|答复完|处理完|办理完|办好)(?:了)?(?:吗|没有?|么|嘛|不|没)[?？。]*$/;
/** The requests pointed back at ("这几件", "另外那5件", "剩下的"). */
const THOSE_REQUESTS = /这几件|那几件|这些|那些|另外(?:那|的)?(?:\d+|几)?件?|那\s*\d+\s*件|这\s*\d+\s*件|剩下的?|其余的?|其他的/;
/** A sentence telling whether requests are done ("均已完成", "2件已按要求处理答复完毕,2件正在处理"). */
const DONE_TOLD = /完成|办结|完毕|正在处理|正在办理|处理中|办理中|尚未|未办结/;
/** Words of the question before that tell no sentence apart (the requests themselves, how many). */
const SAYS_NOTHING_HERE = /^(?:申请|信息公开|政府信息|几件|多少|其中|县里|市里|区里|自己|办理|处理|办结|答复|收到|受理)$/;

export const doneFollowUp: Rule = {
  name: 'done-follow-up',
  doc: 'Whether requests the text just counted are done ("这几件都办完了吗" after "其中几件是县里自己直接办的", "那另外那5件办完没有"), a report with no tables: the one sentence that counts them and tells it ("…其中2件已按要求处理答复完毕,2件正在处理"), not the results\' total the tables do not give.',
  decide: (u, state, kn) => {
    const norm = u.norm.replace(/\s+/g, '');
    if (!state.text || !DONE_ASKED.test(norm) || !THOSE_REQUESTS.test(norm)) return undefined;
    const r = reportById(kn, state.report);
    if (!r || hasTableFigures(r)) return undefined;
    const quoted = /(\d+)\s*件/.exec(norm)?.[1];
    const told = sentencesOf(r).filter((x) => DONE_TOLD.test(x.text) && /\d+\s*件/.test(x.text));
    // (the count quoted, "那5件": the sentence holding it; else the one sharing the last question's words, "直接办")
    // (words of two characters or more, no number: "直接" of 县里直接办理的)
    const prevWords = contentWords(state.text).filter((w) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w) && !SAYS_NOTHING_HERE.test(w));
    const said = quoted ? told.filter((x) => new RegExp(`(?<!\\d)${quoted}\\s*件`).test(x.text)) : told.filter((x) => prevWords.some((w) => x.text.includes(w)));
    if (said.length !== 1) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said[0]!.text.trim()], source: sectionSource(said[0]!.section), labelled: true } };
  },
};
