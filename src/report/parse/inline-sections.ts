/**
 * A report whose line breaks were lost (a web capture that ran the page into one line) carries its
 * section headings inside one paragraph: "…联系。 一、总体情况 2022年，… 二、主动公开政府信息情况第二十条…".
 * Such a paragraph is cut before each heading, which becomes a heading block, so that splitSections
 * finds the sections and the tables' text lands in sections 二–四.
 *
 * Only a paragraph holding at least MIN_INLINE_SECTIONS headings, in increasing order, is cut:
 * prose that names one section ("详见三、收到和处理政府信息公开申请情况") stays as it is.
 */
import type { Block } from '../types.js';
import { SECTION_IDS, sectionOf } from './sections.js';

/** Three of the six standard headings in one paragraph happen only when its breaks were lost. */
export const MIN_INLINE_SECTIONS = 3;

/**
 * A heading inside running text: a numeral 一–六 and "、" at the start or after a space, a sentence
 * end or a table's last figure ("…0000000四、政府信息公开行政复议…"), then a short title without digits or sentence punctuation that ends, as every
 * standard title does, in 情况 or 事项 (sectionOf then checks its words).
 */
const INLINE_HEADING = /(?<=^|[\s\d。；;）)])[一二三四五六]、[^\d\s。；;，,]{1,40}?(?:情况|事项)/g;

/** The standard first heading, and a preamble that says it opens the report ("…负责编制本报告。…统计期限为…"). */
const FIRST_HEADING = '一、总体情况';
const PREAMBLE = /(?:编制|制作)本(?:年度)?报告|本(?:年度)?报告(?:所列|中所列|根据|依据|由)|政府信息公开工作年度报告/;

interface Cut {
  at: number;
  heading: string;
}

/** The headings of one paragraph, kept only in increasing section order. */
function headingsOf(text: string): Cut[] {
  const cuts: Cut[] = [];
  let last = -1;
  for (const m of text.matchAll(INLINE_HEADING)) {
    const id = sectionOf(m[0]);
    if (!id || SECTION_IDS.indexOf(id) <= last) continue;
    last = SECTION_IDS.indexOf(id);
    cuts.push({ at: m.index, heading: m[0] });
  }
  return cuts;
}

/** Blocks with every run-together paragraph cut at its section headings (others unchanged). */
export function splitInlineSections(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const cuts = b.kind === 'paragraph' ? headingsOf(b.text) : [];
    // (or a page cut short, run into one line: the report's own preamble, then "一、总体情况")
    // (or the page's text opening with "一、总体情况" run into its preamble, "一、总体情况 根据…本年度报告中所列数据…")
    const opening = cuts.length > 0 && cuts[0]!.heading === FIRST_HEADING && b.kind === 'paragraph' && PREAMBLE.test(cuts[0]!.at === 0 ? b.text : b.text.slice(0, cuts[0]!.at));
    if (b.kind !== 'paragraph' || (cuts.length < MIN_INLINE_SECTIONS && !opening)) {
      out.push(b);
      continue;
    }
    const before = b.text.slice(0, cuts[0]!.at).trim();
    if (before) out.push({ kind: 'paragraph', text: before });
    cuts.forEach((c, i) => {
      out.push({ kind: 'heading', text: c.heading, level: 2 });
      const body = b.text.slice(c.at + c.heading.length, cuts[i + 1]?.at ?? b.text.length).trim();
      if (body) out.push({ kind: 'paragraph', text: body });
    });
  }
  return out;
}
