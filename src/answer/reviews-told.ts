/**
 * Reviews and suits a report tells in its text when its table 四 is not there (a page cut before the tables, an
 * excerpt of the opening part): "收到1件因政府信息公开申请提起的行政复议", "未发生政府信息公开行政复议、行政诉讼情况".
 * The sentence is quoted as it stands; a count is read from it only where one number sits by the case's name.
 */
import type { Report } from '../report/types.js';

/** The name each group of table 四 goes by in a report's text. */
const GROUP_WORD: Readonly<Record<string, string>> = { review: '行政复议', 'suit-direct': '行政诉讼', 'suit-after-review': '行政诉讼' };
/** Where a sentence ends inside a passage. */
const SENTENCE_END = /(?<=[。；;])/;
/** A sub-item's heading at a sentence's start ("3. 政府信息公开行政复议、行政诉讼情况:"). */
const HEADING_RUN_IN = /^[^。；;:：]{0,40}情况\s*[:：]\s*/;
/** A sentence longer than this is a paragraph run together, never quoted for a count. */
const TOLD_MAX_CHARS = 160;

/** The case's name with none of them happening ("未发生…行政复议", "没有…行政诉讼", "行政复议…0件"). */
function noneTold(s: string, word: string): boolean {
  return new RegExp(`(?:未|没有|无)(?:发生|收到|出现|产生|接到|涉及)?[^。；;，,\\d]{0,24}${word}|${word}[^。；;，,\\d]{0,12}(?:均为|为|都是)?\\s*0\\s*[件起宗次]`).test(s);
}
/** One count by the case's name ("收到1件…行政复议", "行政复议2件"). */
function countTold(s: string, word: string): boolean {
  return new RegExp(`\\d+\\s*[件起宗次][^。；;，,\\d]{0,24}${word}|${word}[^。；;，,\\d]{0,12}\\d+\\s*[件起宗次]`).test(s);
}

/** The text's sentence telling the group's cases, with its section; undefined when none tells them. */
export function reviewsTold(r: Report, group: string): { sentence: string; section: string } | undefined {
  const word = GROUP_WORD[group];
  if (!word) return undefined;
  for (const p of r.passages) {
    for (const s of p.text.split(SENTENCE_END)) {
      // (a heading run into the sentence, "3. 政府信息公开行政复议、行政诉讼情况:", is no part of what it tells)
      const t = s.trim().replace(HEADING_RUN_IN, '');
      if (!t.includes(word) || t.length > TOLD_MAX_CHARS) continue;
      if (noneTold(t, word) || countTold(t, word)) return { sentence: t, section: p.section };
    }
  }
  return undefined;
}
