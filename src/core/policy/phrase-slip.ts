/**
 * Rule regulation-phrase-slip-asked: whether a phrase quoted from a report is right, when it is the regulation's own words
 * written slightly off ("年报里写“公开是常态, 公开是例外”，是不是少了个字"): the article's words beside the quote, and the
 * characters the quote leaves out or adds. Only a quote that differs from a clause of the regulation by a character or
 * two (为 and 是 read alike, punctuation aside); anything else is left to the other rules.
 */
import { ARTICLE_COUNT, articleText, chineseNumber } from '../../answer/regulation.js';
import { reportLabel } from '../../answer/render.js';
import { T3_ROWS } from '../../report/format.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Whether the wording is right, asked ("对吗", "是不是少了个字", "有没有错别字", "写错了吧"). */
const RIGHT_ASKED = /对吗|对不对|有没有错|是不是有?错|写错|错字|错别字|笔误|(?:少|多|漏|缺)了?(?:一)?个?字|通顺吗|有问题吗|有没有问题/;
/** A phrase quoted (“…”, "…", 「…」). */
const QUOTED = /[“"「]([^”"」]{4,40})[”"」]/g;
/** Characters compared: punctuation and spaces dropped, the copulas 为 and 是 read as one. */
const normal = (s: string) => s.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '').replace(/为/g, '是');
/** At most this many characters apart, and at most one in QUOTE_CHARS_PER_SLIP of the quote's. */
const MAX_SLIPS = 2;
const QUOTE_CHARS_PER_SLIP = 5;

/** The clauses of the regulation with their article (split at 。；，: a clause is what a report quotes). */
let clauses: { article: number; text: string; norm: string }[] | undefined;
function regulationClauses(): { article: number; text: string; norm: string }[] {
  if (clauses) return clauses;
  clauses = [];
  for (let n = 1; n <= ARTICLE_COUNT; n++) {
    for (const para of articleText(n) ?? []) {
      for (const c of para.split(/[。；，\n]/)) if (normal(c).length >= 4) clauses.push({ article: n, text: c.trim(), norm: normal(c) });
    }
  }
  return clauses;
}

/** One difference of a quote from the clause: a character written for another, left out, or added. */
export type Slip = { wrote: string; should: string };

/**
 * The fewest edits turning `q` into some stretch of `c` (a quote is part of a clause): how many, and each one — a
 * character written for another ({wrote, should}), one left out ({wrote: '', should}) or one added ({wrote, should: ''}).
 */
export function slipsAgainst(q: string, c: string): { distance: number; slips: Slip[] } {
  const rows = q.length + 1;
  const cols = c.length + 1;
  const d = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  // (a stretch of c: starting anywhere costs nothing)
  for (let i = 1; i < rows; i++) d[i]![0] = i;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (q[i - 1] === c[j - 1] ? 0 : 1));
    }
  }
  let end = 0;
  // (of equal ends the later: a character written for another, "原侧" of 原则, rather than one added)
  for (let j = 1; j < cols; j++) if (d[rows - 1]![j]! <= d[rows - 1]![end]!) end = j;
  // (back from the best end)
  let [i, j] = [rows - 1, end];
  const slips: Slip[] = [];
  while (i > 0) {
    if (j > 0 && d[i]![j] === d[i - 1]![j - 1]! + (q[i - 1] === c[j - 1] ? 0 : 1)) {
      if (q[i - 1] !== c[j - 1]) slips.unshift({ wrote: q[i - 1]!, should: c[j - 1]! });
      i--;
      j--;
    } else if (d[i]![j] === d[i - 1]![j]! + 1) {
      slips.unshift({ wrote: q[i - 1]!, should: '' });
      i--;
    } else {
      slips.unshift({ wrote: '', should: c[j - 1]! });
      j--;
    }
  }
  return { distance: d[rows - 1]![end]!, slips };
}

/** A difference in words ("“在”应为“再”", "少了“不”", "多了“的”"). */
function said(s: Slip): string {
  if (s.wrote && s.should) return `“${s.wrote}”应为“${s.should}”`;
  return s.should ? `少了“${s.should}”` : `多了“${s.wrote}”`;
}

/** A label of the national format's table 三 (its slips are format-slip-asked's, from the load's notes). */
const isFormatLabel = (q: string) => T3_ROWS.some((row) => slipsAgainst(q, normal(row.label)).distance <= MAX_SLIPS);

export const regulationPhraseSlipAsked: Rule = {
  name: 'regulation-phrase-slip-asked',
  doc: 'Whether a phrase quoted from a report is right, the phrase being the regulation\'s words slightly off ("“公开是常态, 公开是例外”是不是少了个字"): the article\'s words and the characters left out or added.',
  decide: (u, state, kn) => {
    if (!RIGHT_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const quotes = [...u.norm.matchAll(QUOTED)].map((m) => m[1]!);
    for (const quote of quotes) {
      const q = normal(quote);
      if (q.length < 4) continue;
      if (isFormatLabel(q)) continue;
      let best: { article: number; text: string; slips: ReturnType<typeof slipsAgainst> } | undefined;
      for (const c of regulationClauses()) {
        const slips = slipsAgainst(q, c.norm);
        if (!best || slips.distance < best.slips.distance) best = { article: c.article, text: c.text, slips };
      }
      if (!best || best.slips.distance > Math.min(MAX_SLIPS, Math.floor(q.length / QUOTE_CHARS_PER_SLIP))) continue;
      const where = `《条例》第${chineseNumber(best.article)}条`;
      const { distance, slips } = best.slips;
      const verdict = !distance
        ? `报告写的“${quote}”与${where}的原文一致（标点、“为/是”不计）。`
        : `报告写的“${quote}”与${where}的原文不同：${slips.map(said).join('，')}。建议按原文改正。`;
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告核对：\n`, lines: [`${where}原文：“${best.text}”。\n`, verdict], labelled: true } };
    }
    return undefined;
  },
};
