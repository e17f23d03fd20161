/**
 * Rule action-told: what a thing the report says it did was for, or which document it followed, asked of that thing
 * ("畅通网站、邮寄、现场这些受理渠道是为了什么", "制定政务公开工作实施方案，是按照哪个文件的要求"): the sentence of the report
 * that tells the thing, when it also holds the purpose ("…受理渠道,提高申请件办理率") or the document (《…》, 〔2016〕86号). Not
 * a table's figure that a word of the question reads (文件 → 规范性文件), nor the report's own basis, the format intent's.
 */
import { reportLabel } from '../../answer/render.js';
import { contentWords, sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** The purpose of a thing asked ("是为了什么", "目的是啥", "有什么用", "图的是什么"). */
// (or the effect aimed at, "想达到什么效果", "为了达到什么目的")
const PURPOSE_ASKED = /(?:是)?为了(?:什么|啥)|(?:目的|用意)(?:是|在于)?(?:什么|啥)|(?:有|起)(?:什么|啥)(?:作用|用处|用)|图(?:的是)?(?:什么|啥)|达到(?:了)?(?:什么|啥|哪些|怎样的?)(?:目的|效果|目标)/;
/** The document an action followed ("按照哪个文件的要求", "依据的是哪个文件"). */
const BASIS_ASKED = /(?:按照|依照|依据|根据|遵照|落实)(?:的是)?(?:哪个|哪份|什么|啥)文件|(?:哪个|哪份|什么)文件(?:的)?(?:要求|规定|精神|部署)/;
/** The report itself asked about (its basis is the format intent's, "报告是按照哪个文件编制的"). */
const REPORT_ITSELF = /报告|年报|编制|格式/;
/** Words of the asking, or of any sentence about disclosure: they tell no thing apart. */
const ASKING_WORDS = /^(?:为了|什么|目的|作用|用处|达到|效果|目标|想|推进|按照|依照|依据|根据|哪个|哪份|文件|要求|规定|这些|那些|这个|那个|政府|信息|公开|政务|工作|我们|他们|是不是)$/;
/** A purpose said in the sentence after the thing ("…受理渠道,提高申请件办理率", "…,为群众提供便利"). */
const PURPOSE_TOLD = /[,，](?:进一步)?(?:提高|提升|为了?|以|确保|保障|推动|促进|便于|方便|切实|更好地?|有效)/;
/** A document named in the sentence (《…》 or a document number 〔2016〕86号). */
const DOCUMENT_TOLD = /《[^》]{2,60}》|〔\d{4}〕\s*\d+\s*号/;
/** The thing's own words the sentence must hold: at least this many, and at least this share of them. */
const MIN_WORDS = 2;
const MIN_SHARE = 0.6;

export const actionTold: Rule = {
  name: 'action-told',
  doc: 'What a thing the report did was for, or which document it followed ("畅通…受理渠道是为了什么", "制定…实施方案是按照哪个文件的要求"): the sentence telling the thing, with its purpose or document.',
  decide: (u, state, kn) => {
    const text = withoutSlots(u);
    const purpose = PURPOSE_ASKED.test(text);
    if ((!purpose && !BASIS_ASKED.test(text)) || REPORT_ITSELF.test(text)) return undefined;
    const words = contentWords(text).filter((w) => w.length >= 2 && !ASKING_WORDS.test(w));
    if (words.length < MIN_WORDS) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const need = Math.max(MIN_WORDS, Math.ceil(words.length * MIN_SHARE));
    const told = purpose ? PURPOSE_TOLD : DOCUMENT_TOLD;
    let best: { text: string; section: string; n: number } | undefined;
    for (const s of sentencesOf(r)) {
      const n = words.filter((w) => s.text.includes(w)).length;
      if (n >= need && told.test(s.text) && (!best || n > best.n)) best = { text: s.text.trim(), section: s.section, n };
    }
    if (!best) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [best.text], source: sectionSource(best.section), labelled: true } };
  },
};
