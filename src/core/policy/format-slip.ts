/**
 * Rule format-slip-asked: whether a table's wording or cells are right, asked by staff checking a report ("表三里“行政机关
 * 不在处理”这个写法对吗", "表三那几列的列名跟30号文的模板有没有出入", "“（七）总计”那一行的数字个数对不对"): the notes
 * the load made of labels, column names and rows printed off the national format (国办公开办函〔2021〕30号) — the report's
 * own wording, never corrected. A part asked that the load found nothing off in is said to match the format.
 */
import { reportLabel } from '../../answer/render.js';
import { SOURCE } from '../../report/format.js';
import type { Finding } from '../../report/types.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Whether a thing is right, asked ("写法对吗", "有没有出入", "是不是写错了", "个数对不对"). */
const RIGHT_ASKED = /对吗|对不对|对不|有没有错|是不是有?错|写错|错字|错别字|笔误|有没有出入|有出入吗|有没有不一样|一样吗|一致吗|规范吗|符合[^，。？?]{0,8}吗|有没有问题|有问题吗/;
/** A table's wording or cells named: a row's name, a column's name, the numbers in a row, a quoted label. */
const TABLE_WORDING = /列名|列的名|栏目名|行名|这个写法|写法|表述|措辞|数字个数|数字的个数|几个数字|多了一个数|多出一个数|[“"「][^”"」]{2,40}[”"」]/;
/** A table named (表三, 表3, 第三张表). */
const TABLE_NAMED = /表\s*[一二三四1234](?![致般])|[一二三四]张表|统计表/;
/** Another table than 三 named (表二, 第四张表). */
const OTHER_TABLE = /表\s*[一二四124](?![致般])|[一二四]张表/;
/** What a note is about: the names of columns, a row's name, the numbers of a row. */
const KINDS: readonly [RegExp, (f: Finding) => boolean][] = [
  [/列名|列的名|栏目名|几列|那几列/, (f) => f.rule === 'column-name'],
  [/数字个数|数字的个数|几个数字|多了一个数|多出一个数/, (f) => f.rule === 'columns'],
  [/行名|写法|表述|措辞|错字|错别字|笔误|写错/, (f) => f.rule === 'label-slip' || f.rule === 'misprint'],
];
/** The notes this rule reads. */
const SLIP_RULES: ReadonlySet<string> = new Set(['column-name', 'columns', 'label-slip', 'misprint']);
/** At most this many notes are told. */
const MAX_NOTES = 4;

/** The quoted words of a question, its numbering and brackets dropped ("（七）总计" → 总计). */
function quotedWords(norm: string): string[] {
  return [...norm.matchAll(/[“"「]([^”"」]{2,40})[”"」]/g)].map((m) => m[1]!.replace(/^\s*[（(][一二三四五六七八九十]+[)）]\s*|^\s*\d{1,2}[.、．]\s*/, '').replace(/\s+/g, ''));
}

export const formatSlipAsked: Rule = {
  name: 'format-slip-asked',
  doc: 'Whether a table\'s wording or cells are right ("表三里“行政机关不在处理”这个写法对吗", "列名跟模板有没有出入"): the load\'s notes of labels, column names and rows printed off the national format — never corrected.',
  decide: (u, state, kn) => {
    // (the notes are of table 三: another table named is left to the other rules)
    if (!RIGHT_ASKED.test(u.norm) || !TABLE_WORDING.test(u.norm) || OTHER_TABLE.test(u.norm)) return undefined;
    const quoted = quotedWords(u.norm);
    // (a table named without its number, or no table named, "表格里“…不在处理…”这个字对吗", "报告里“…”写错了吗": only a
    // quoted label the notes hold)
    // (nor when counts are asked too, "…分别是多少？表里写的是“不在处理”，是错字吧": the figure rules answer the counts)
    const byLabelOnly = !TABLE_NAMED.test(u.norm);
    if (byLabelOnly && (!quoted.length || /多少|几[件个项]/.test(u.norm))) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const notes = r.findings.filter((f) => SLIP_RULES.has(f.rule) && f.message.startsWith('表三'));
    const kinds = KINDS.filter(([re]) => re.test(u.norm)).map(([, k]) => k);
    // (a quoted label picks the notes that hold it; else the kind of thing asked)
    const byQuote = quoted.length ? notes.filter((f) => quoted.some((q) => f.message.replace(/\s+/g, '').includes(q))) : [];
    const picked = byQuote.length || byLabelOnly ? byQuote : quoted.length && !kinds.length ? [] : notes.filter((f) => kinds.some((k) => k(f)));
    if (!picked.length) {
      // (nothing off in what is asked: only when the thing asked is of table 三 and its kind is named, else other rules read it)
      if (!/表\s*[三3]/.test(u.norm) || !kinds.length || quoted.length) return undefined;
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: ['读取表三时没有发现这方面与国家格式（国办公开办函〔2021〕30号）不同的地方。'], source: SOURCE['三'], labelled: true } };
    }
    const lines = picked.slice(0, MAX_NOTES).map((f, i) => `${picked.length > 1 ? `${i + 1}. ` : ''}${f.message.replace(/[。；]$/, '')}。`);
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告核对：`, lines: [...lines, '以上是报告原文的写法，机器人未作改动。'], source: SOURCE['三'], labelled: true } };
  },
};
