/**
 * Rule for why some requests came out as they did, their count quoted and no row of the tables read
 * ("新港街道2023年有2件申请没给信息，原因是什么？"): the one sentence of the report that counts them among the requests
 * — what it says of them, as printed, never the regulation's list of reasons in its place.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { kindsOf, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** A count of requests quoted ("2件"). */
const REQUESTS_QUOTED = /(?<![\d.])(\d{1,5})\s*件/g;
/** Sections where the text tells the year's requests (the opening, 一 总体情况, 三 the requests). */
const REQUEST_SECTIONS: ReadonlySet<string> = new Set(['前言', '一', '三']);

export const quotedCountWhy: Rule = {
  name: 'quoted-count-why',
  doc: 'Why some requests came out as they did, their count quoted and no row read ("有2件申请没给信息，原因是什么"): the one sentence of the report that counts them among the requests, as printed.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why || u.metric || !/申请/.test(u.norm)) return undefined;
    const counts = [...new Set([...withoutSlots(u).matchAll(REQUESTS_QUOTED)].map((m) => m[1]!))];
    if (counts.length !== 1) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const counted = new RegExp(`(?<![\\d.])${counts[0]}\\s*件`);
    const said = r.passages.filter((p) => REQUEST_SECTIONS.has(p.section) && /申请/.test(p.text) && counted.test(p.text));
    if (said.length !== 1) return undefined;
    const p = said[0]!;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [p.text.trim()], source: sectionSource(p.section), labelled: true } };
  },
};
