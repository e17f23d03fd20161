/**
 * Rule report-says-step: what the report itself says of a step of the procedure, asked in so many words ("2023年年报里说
 * 可以通过哪些渠道提交？"): the report's sentence that speaks of it ("通过政务公开平台、网络邮件及快递等线上线下渠道…"),
 * not the regulation's general answer the question's words also read. Only when a sentence of the report holds the thing
 * asked; otherwise the procedure's own answer stands.
 */
import { contentWords } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';
import { CONTACT_FIELD_NOUNS } from '../patterns.js';

/** The report's own words asked for ("年报里说", "报告中提到", "年报上写的"). */
const REPORT_SAYS = /(?:年报|年度报告|报告)(?:里|中|上|里面)?(?:是)?(?:说|写|提到|讲|介绍)(?:的|了|着)?/;
/** Words every procedure question shares: they pick no sentence. */
const GENERIC = /^(?:申请|政府|信息|公开|政府信息|信息公开|提交|可以|哪些|什么|怎么|如何|年报|报告|我想|想向|办理|需要|通过)$/;
/**
 * A word said after the report is named counts this many times a word said before it: what the report is asked to
 * say comes after ("年报里说通过什么渠道"), the way asked about often before ("想在网上…申请，年报里说…": 网上).
 */
const AFTER_WEIGHT = 2;
/** A why, a count, a check or a number quoted: what the report says is not asked for a step (other rules answer). */
const NOT_A_STEP = /为什么|为啥|为何|原因|怎么会|几|多少|对不对|对吗|是不是|核|\d+(?![\d年])/;
/** Items asked for ("哪些渠道", "哪几种方式"). */
const LIST_ASKED = /哪些|哪几|什么(?:渠道|方式|途径)/;
/** A request's step named ("申请", "提交", "递交"). */
const APPLYING = /申请|提交|递交/;
/** The procedure's topic (intents/procedure.yml). */
const PROCEDURE_TOPIC = 'procedure';
/** Han characters of a word that can pick a sentence. */
const WORD = /^\p{Script=Han}{2,}$/u;

export const reportSaysStep: Rule = {
  name: 'report-says-step',
  doc: 'What the report itself says of a step of the procedure, asked in so many words ("年报里说可以通过哪些渠道提交"): the report\'s sentence holding the thing asked, not the regulation\'s general answer; without such a sentence, no decision.',
  decide: (u, state, kn) => {
    const at = u.norm.search(REPORT_SAYS);
    // (a step of the procedure read, or a request's step named with no contact detail beside: "年报上说申请可以走哪些渠道")
    const step = u.candidates[0]?.item.topic === PROCEDURE_TOPIC || (APPLYING.test(u.norm) && !CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm)));
    if (at < 0 || u.metric || NOT_A_STEP.test(u.norm) || !step) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (the words after the report is named: what it is asked to say)
    const picking = (w: string) => WORD.test(w) && !GENERIC.test(w);
    const after = contentWords(u.norm.slice(at).replace(REPORT_SAYS, ' ')).filter(picking);
    if (!after.length) return undefined;
    // (the words before, of the office's own name left out: they are in every sentence about it)
    const before = contentWords(u.norm.slice(0, at)).filter((w) => picking(w) && !r.office.includes(w) && !after.includes(w));
    const words = [...after.map((w) => ({ w, weight: AFTER_WEIGHT })), ...before.map((w) => ({ w, weight: 1 }))];
    const hits = r.passages
      .flatMap((p) => p.text.split(/(?<=[。；;])/).map((s) => ({ s: s.trim(), p })))
      .map((x) => ({ ...x, n: words.reduce((n, { w, weight }) => (x.s.includes(w) ? n + weight : n), 0) }))
      .filter((x) => x.n > 0)
      // (items asked, "哪些渠道": of sentences as good, the one that lists items, "政务公开平台、网络邮件及快递等")
      .map((x) => ({ ...x, listed: LIST_ASKED.test(u.norm) ? (x.s.match(/、/g)?.length ?? 0) : 0 }))
      .sort((a, b) => b.n - a.n || b.listed - a.listed);
    const best = hits[0];
    // (one sentence that holds the most: two as good are no answer of the report's own)
    if (!best || (hits[1] && hits[1].n === best.n && hits[1].listed === best.listed)) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [best.s], source: sectionSource(best.p.section), labelled: true } };
  },
};
