/**
 * Rule quantity-told: a quantity asked by its own name ("官网的总阅读量是多少", "访问量有多少"), which the text prints right
 * before its number with no measure word ("…发布专题信息247条,总阅读量32402"): that sentence — the one holding the name with
 * a number after it and most of the question's other words; nothing when no sentence prints it.
 */
import { reportLabel } from '../../answer/render.js';
import { contentWords, sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** A quantity named and asked ("总阅读量是多少", "访问量有多少", "浏览量多少"). */
// (or named with a figure heard, then what the report says asked: "听说总访问量有50多万次，年报里到底写的是多少")
const QUANTITY_ASKED = /([\u4e00-\u9fa5]{1,4}量)(?:是|有|达到|为)?(?:多少|几)|([\u4e00-\u9fa5]{1,4}量)[^？?。]{0,24}?(?:写的|写着|到底|究竟|实际)(?:是)?(?:多少|几)/;
/** Names of a quantity that are no quantity printed before a number: the requests' or items' counts the figure rules read. */
const NOT_PRINTED = /^(?:数量|总量|申请量|件数量|办件量|工作量)$/;

export const quantityTold: Rule = {
  name: 'quantity-told',
  doc: 'A quantity asked by its name ("官网2024年的总阅读量是多少") that the text prints before its number, no measure word ("总阅读量32402"): the sentence holding it with most of the question\'s words; nothing when none prints it.',
  decide: (u, state, kn) => {
    if (u.metric) return undefined;
    const text = withoutSlots(u);
    const m = QUANTITY_ASKED.exec(text);
    const asked = m ? (m[1] ?? m[2])! : undefined;
    if (!m || !asked || NOT_PRINTED.test(asked)) return undefined;
    // (the name as printed may be shorter than asked: 总阅读量 asked, 阅读量 printed)
    const name = asked.length > 2 ? asked.slice(-3) : asked;
    const printed = new RegExp(`${name}(?:为|达|达到|约|超过)?\\s*\\d`);
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const found = sentencesOf(r).filter((x) => printed.test(x.text));
    if (!found.length) return undefined;
    const words = contentWords(text.replace(m[0], ' ')).filter((w) => w.length >= 2);
    const score = (t: string) => words.filter((w) => t.includes(w)).length;
    const best = found.reduce((a, b) => (score(b.text) > score(a.text) ? b : a));
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [best.text.trim()], source: sectionSource(best.section), labelled: true } };
  },
};
