/**
 * A phrase of the question the report holds word for word ("为啥写了那么多村超村BA" of "“村超”“村BA”等成为两会报道的热词"):
 * the one or two sentences holding it — for a question about a named report that nothing else reads (the words are the
 * report's own, too rare for the dictionary to cut). Only a phrase of three characters at least, of no function words, that
 * few sentences hold: a common one ("信息公开") tells no sentence apart.
 */
import { sentencesOf, type ReportSentence } from '../answer/retrieve.js';
import type { Report } from '../report/types.js';

/** The shortest phrase looked for (two Han characters are often a word any report has). */
const MIN_PHRASE = 3;
/** The longest phrase tried. */
const MAX_PHRASE = 8;
/** More sentences than this holding it: the phrase is common, no answer. */
const MAX_SENTENCES = 2;
/** Characters a phrase of the report's own never holds here: particles, question words, the asker's own. */
const NOT_IN_PHRASE = /[的了吗呢吧啊呀么啥谁哪几多少怎咋为要我你他她它这那是有在和与及都也就还很太写说问]/;
/** Phrases every report holds, whatever it is about. */
const COMMON = /年报|报告|政府|信息|公开|申请|工作|情况|年度|本年/;

export function verbatimSentences(r: Report, text: string): ReportSentence[] | undefined {
  const t = text.toLowerCase().replace(/[^\p{Script=Han}a-z0-9]/gu, ' ');
  const sentences = sentencesOf(r);
  const lower = sentences.map((s) => s.text.toLowerCase());
  for (let n = Math.min(MAX_PHRASE, t.length); n >= MIN_PHRASE; n--) {
    for (let i = 0; i + n <= t.length; i++) {
      const p = t.slice(i, i + n);
      // (nor a piece of the office's own name, "统计局" of 区统计局: it names who, not what)
      if (/\s/.test(p) || NOT_IN_PHRASE.test(p) || COMMON.test(p) || !/\p{Script=Han}/u.test(p) || r.office.includes(p) || r.title.includes(p)) continue;
      const at = lower.flatMap((s, k) => (s.includes(p) ? [k] : []));
      if (at.length >= 1 && at.length <= MAX_SENTENCES) return at.map((k) => sentences[k]!);
    }
  }
  return undefined;
}
