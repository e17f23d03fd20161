/**
 * Rule document-number-asked: the report's own document number (文号) asked ("这份2023年报的文号是多少，归档要用"), as a
 * site prints it above the report ("备注/文号:永石政〔2024〕1号", read into report.docNo) — never the number of the notice it
 * was compiled under, nor of a document a request names.
 */
import { escapeRegExp } from '../../escape.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The document number asked ("文号是多少", "发文字号"). */
const DOC_NO_ASKED = /文号|发文字号/;
/** The report pointed at as what bears it ("年报的文号", "这份报告"). */
const REPORT_POINTED = /年报|报告|这份|本份/;
/** Another document's number: the notice the report follows, a document asked for, a law ("按哪个通知…文号多少", "申请时要写文号吗"). */
const OTHER_DOCUMENT = /通知|文件|条例|规定|办法|申请|填/;

export const documentNumberAsked: Rule = {
  name: 'document-number-asked',
  doc: 'The report\'s own document number asked ("这份年报的文号是多少"): the one its page prints above it ("永石政〔2024〕1号"); when the page prints none, other rules answer (the text may quote a notice\'s).',
  decide: (u, state, kn) => {
    if (u.metric || !DOC_NO_ASKED.test(u.norm) || !REPORT_POINTED.test(u.norm) || OTHER_DOCUMENT.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r?.docNo) return undefined;
    return { kind: 'passage', report: r, parts: { head: '', lines: [`${reportLabel(r)}报告网页所载文号：${r.docNo}`], source: '报告网页的信息表', labelled: true } };
  },
};

/** A cited document's number asked by its issuer and year ("按川办便函〔2022〕多少号文件编的", "国办公开办函〔2021〕第几号"). */
const CITED_NUMBER_ASKED = /([\u4e00-\u9fa5]{2,})[〔［[]((?:19|20)\d{2})[〕］\]]\s*(?:是|为)?(?:第)?(?:多少|几|啥|什么)\s*号/;
/** A cited document's year and number both asked by its issuer ("定政办发哪一年第几号"). */
const CITED_YEAR_AND_NUMBER_ASKED = /([\u4e00-\u9fa5]{2,}?)(?:哪一年|哪年|什么年份?|几几年)(?:的)?(?:第)?(?:几|多少)号/;
/** A cited document's number asked by its issuer's series alone ("引用的国办公开办函是哪一号", "依据的川办发是多少号"). */
const CITED_ISSUER_NUMBER_ASKED = /([\u4e00-\u9fa5]{2,}?(?:办函|便函|发|函))(?:是|为)?(?:哪一号|哪号|几号|多少号|第几号|什么号)/;
/** Characters of the issuer's name (the end of the words before the brackets) looked for in the report: 便函 of 按川办便函. */
const ISSUER_TAIL_CHARS = 2;
/** The title in 《》 just before a number ("《…的通知》(川办便函〔2022〕318号)"). */
const TITLE_BEFORE = /《([^《》]{2,80})》\s*[（(]?\s*$/;


export const citedDocumentNumber: Rule = {
  name: 'cited-document-number',
  doc: 'The number of a document the report cites, asked by its issuer and year ("川办便函〔2022〕多少号"): the number as the report prints it, with its title; none printed, no decision.',
  decide: (u, state, kn) => {
    // (or its year asked too, "依据定政办发哪一年第几号文件编的": any year)
    // (or its issuer alone named, "引用的国办公开办函是哪一号": any year)
    const m = CITED_NUMBER_ASKED.exec(u.norm) ?? CITED_YEAR_AND_NUMBER_ASKED.exec(u.norm) ?? CITED_ISSUER_NUMBER_ASKED.exec(u.norm);
    if (!m) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const cited = new RegExp(`([\\u4e00-\\u9fa5]*${escapeRegExp(m[1]!.slice(-ISSUER_TAIL_CHARS))})[〔［[]${m[2] ?? '(?:19|20)\\d{2}'}[〕］\\]]\\s*(?:第)?(\\d{1,4})\\s*号`);
    for (const p of r.passages) {
      const hit = cited.exec(p.text);
      if (!hit) continue;
      const title = TITLE_BEFORE.exec(p.text.slice(0, hit.index))?.[1];
      const line = `${reportLabel(r)}报告所引文件：${title ? `《${title}》` : ''}${hit[0].replace(/\s+/g, '')}`;
      return { kind: 'passage', report: r, parts: { head: '', lines: [line], source: p.section, labelled: true } };
    }
    return undefined;
  },
};
