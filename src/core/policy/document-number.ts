/**
 * Rule document-number-asked: the report's own document number (文号) asked ("这份2023年报的文号是多少，归档要用"), as a
 * site prints it above the report ("备注/文号:永石政〔2024〕1号", read into report.docNo) — never the number of the notice it
 * was compiled under, nor of a document a request names.
 */
import { escapeRegExp } from '../../escape.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';
import { PASSAGE_INTENT } from '../respond.js';
import { contentWords } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';

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

/** A document number as a report prints it, with its issuer ("青民办〔2017〕85号", "国办发[2019]54号"). */
const DOC_NO_PRINTED = /[\u4e00-\u9fa5]{1,10}\s*[〔［[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*(?:第)?\s*\d{1,4}\s*号/g;
/** A day of the year said ("8月10日", "4月25号"). */
const DATE_SAID = /\d{1,2}月\d{1,2}日/g;
/** What a date said and found in a passage weighs, in words. */
const DATE_WEIGHT = 2;
/** Words of the question before a passage must hold to be the one it found. */
const SHARED_WORDS_MIN = 2;
/** A follow-up asking only a number, at most this long ("文号呢", "那个通知的文号是多少"). */
const DOC_NO_FOLLOW_UP_MAX = 16;

export const documentNumberOfLastPassage: Rule = {
  name: 'document-number-of-last-passage',
  doc: 'A short follow-up asking the document number ("文号呢") right after a passage that cites one document with its number ("印发《关于进一步做好政务公开工作的通知》(青民办〔2017〕85号)"): that number with its title.',
  decide: (u, state, kn) => {
    if (!u.followUp.is || state.intent !== PASSAGE_INTENT || !state.text || !DOC_NO_ASKED.test(u.norm) || u.norm.length > DOC_NO_FOLLOW_UP_MAX) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (the passage the question before found: of those citing a numbered document, the one holding most of its words)
    // (a date said counts for more than a word, "8月10日发了个什么通知": it names the one passage)
    const before = contentWords(state.text).filter((w) => w.length >= 2);
    const dates = state.text.match(DATE_SAID) ?? [];
    const held = (p: { text: string }) => before.filter((w) => p.text.includes(w)).length + DATE_WEIGHT * dates.filter((d) => p.text.includes(d)).length;
    const citing = r.passages.filter((p) => new RegExp(DOC_NO_PRINTED.source).test(p.text) && held(p) >= SHARED_WORDS_MIN).sort((a, b) => held(b) - held(a));
    if (!citing.length || (citing.length > 1 && held(citing[0]!) === held(citing[1]!))) return undefined;
    const found = { lines: [citing[0]!.text], source: sectionSource(citing[0]!.section) };
    const text = found.lines.join('');
    const numbers = [...new Set([...text.matchAll(DOC_NO_PRINTED)].map((m) => m[0]))];
    // (several documents cited: which one is meant is not for the bot to guess)
    if (numbers.length !== 1) return undefined;
    const at = text.indexOf(numbers[0]!);
    const title = TITLE_BEFORE.exec(text.slice(0, at))?.[1];
    const line = `${reportLabel(r)}报告所引文件：${title ? `《${title}》` : ''}${numbers[0]!.replace(/\s+/g, '')}`;
    return { kind: 'passage', report: r, parts: { head: '', lines: [line], source: found.source, labelled: true } };
  },
};
