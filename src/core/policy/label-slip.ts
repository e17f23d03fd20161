/**
 * Rule label-slip-asked: whether words the report prints are a slip asked, quoting them ("报告写的“行政机关不在处理”，这个
 * “在”是不是错字", "“不在处理”是不是错别字，应该写成啥"): the national format's own words, when the quote differs from them
 * in one character — the format's tables (国办公开办函〔2021〕30号) are the reference, never a guess.
 */
import { T2_ROWS, T3_COLUMNS, T3_ROWS } from '../../report/format.js';
import { pickReport } from '../select.js';
import { Sounds } from '../../understand/sounds.js';
import type { Rule } from './types.js';

/** A slip asked ("错字", "错别字", "笔误", "写错了吗", "应该写成啥"). */
const SLIP_ASKED = /错字|错别字|别字|笔误|写错|打错|typo|应该写成|应写成|该写成/;
/** The figures asked in so many words ("分别是多少", "数是多少", "各几件"). */
const FIGURES_ASKED = /多少|几[件条个项]/;
/** Words in quotes, long enough to place in a label. */
const QUOTED = /[“"「]([^”"」]{3,24})[”"」]/g;

/** What the table says, told without quotation marks ("写的行政机关不在处理", "印成了不予工开"): the words up to the clause's end. */
const SAID_AFTER = /(?:写的是?|写成了?|写着|印的是?|印成了?|写了)([^，,。？?!！；;“”"]{3,16})/g;
/** The shortest words read as a quote: fewer are too common to tell a label. */
const MIN_QUOTE_CHARS = 4;

/** The words and their tails, longest first ("行政机关不在处理", "政机关不在处理", … "不在处理"). */
function tails(words: string): string[] {
  const out: string[] = [];
  for (let i = 0; words.length - i >= MIN_QUOTE_CHARS; i++) out.push(words.slice(i));
  return out;
}

let words: string[] | undefined;
/** Every label and column name of the format's tables 二 and 三 (gathered once, on the first slip asked). */
function formatWords(): string[] {
  return (words ??= [...T3_ROWS.map((r) => r.label), ...T3_COLUMNS.map((c) => c.label), ...T2_ROWS.flatMap((r) => [r.label, ...Object.values(r.cols)])]);
}

let sounds: Sounds | undefined;
/** Two characters with a reading in common (再 and 在: zai) — the slip a typist makes. */
function soundAlike(a: string, b: string): boolean {
  sounds ??= new Sounds();
  const x = sounds.readings(a);
  return sounds.readings(b).some((r) => x.includes(r));
}

/**
 * The format's words the quote is, one character changed: a window of a label of the quote's length that differs in one place.
 * Of several, the one whose changed character sounds like the quote's ("不在处理" is 不再处理, not 不予处理); none when the
 * quote is the format's own words or no one reading fits.
 */
function formatWordFor(quote: string): { right: string; at: number } | undefined {
  const found = new Map<string, { right: string; at: number; alike: boolean }>();
  for (const label of formatWords()) {
    if (label.includes(quote)) return undefined;
    for (let i = 0; i + quote.length <= label.length; i++) {
      const window = label.slice(i, i + quote.length);
      const diff = [...window].map((c, k) => (c === quote[k] ? -1 : k)).filter((k) => k >= 0);
      if (diff.length === 1) found.set(window, { right: window, at: diff[0]!, alike: soundAlike(window[diff[0]!]!, quote[diff[0]!]!) });
    }
  }
  const all = [...found.values()];
  const alike = all.filter((x) => x.alike);
  return alike.length === 1 ? alike[0] : all.length === 1 ? all[0] : undefined;
}

export const labelSlipAsked: Rule = {
  name: 'label-slip-asked',
  doc: 'Whether quoted words of a table are a slip ("“不在处理”是不是错别字"): the format\'s own words when the quote differs from them in one character ("不再处理"), said with the character to change.',
  decide: (u, state, kn) => {
    // (the rows' figures asked too, "…分别是多少？表里写的是“不在处理”，是错字吗": the figures' rules answer)
    if (!SLIP_ASKED.test(u.norm) || (u.metric && FIGURES_ASKED.test(u.norm))) return undefined;
    // (the words quoted without quotation marks, after what the table says: "那两行写的行政机关不在处理，这是不是错别字" — the
    // longest tail of them that is the format's words with one character changed)
    const unquoted = [...u.norm.matchAll(SAID_AFTER)].flatMap((m) => tails(m[1]!));
    for (const quote of [...[...u.norm.matchAll(QUOTED)].map((m) => m[1]!), ...unquoted]) {
      const found = formatWordFor(quote);
      if (!found) continue;
      const r = pickReport(kn, u.slots, state).report;
      if (!r) return undefined;
      const wrong = quote[found.at]!;
      const right = found.right[found.at]!;
      const printed = r.passages.some((p) => p.text.includes(quote));
      const lines = [
        `是笔误：国办公开办函〔2021〕30号格式中的原文是“${found.right}”，${printed ? '报告中写作' : '您引用的是'}“${quote}”，其中“${wrong}”应为“${right}”。`,
      ];
      return { kind: 'passage', report: r, parts: { head: '', lines, labelled: false } };
    }
    return undefined;
  },
};
