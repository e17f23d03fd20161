/**
 * A count the report tells in its text, quoted to check ("我们稿子里写主动公开政府信息2088条，对吗？",
 * "人大建议答复16件、政协提案答复6件，合计是22件吗？"), with no table figure named: the sentence that states
 * it, and whether the figures quoted are the ones it states. The question is read as the how-many
 * question it checks ("主动公开政府信息多少条"), so the sentence is found as count-in-report finds it.
 */
import { COUNT_ATTACHED, countAsked, countFit } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { narrative } from '../handlers.js';
import { QUOTES_CHECKED } from '../metric-in-context.js';
import { sectionSource, toldCheck } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { POLICY } from '../thresholds.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** A count the asker states with its measure word ("2088条", "22件"): its number and unit. */
const QUOTED_WITH_UNIT = /(?<![\d.])(\d{1,7})\s*(?:余|多)?\s*(?:个(?=[人名家户]))?([件条个次项份篇场期名人家户])/g;
/** The words that ask for the check, taken out of the how-many question read from the message. */
const CHECK_ASKED = /帮我确认|确认一下|确认下|请确认|有出处吗|出处在哪|(?:年报|报告)里有这句|有没有这句|这句|是这么写的吗|这么写的吗|原文是这样吗|我?没(?:有)?[记弄搞看听]错(?:吧|吗|嘛)?|这个数|这个数字|这个|对不对|对吗|对吧|对么|没错吧|没错|是吗|吗|吧|是不是|准确|正确|属实|核对一下|核对|帮我|我们|稿子里|材料里|写的是|写|说/g;
/** Parts added up to a whole ("加", "一共", "等于", "合计"). */
const SUM_WORDS = /加|一共|总共|合计|等于|总数|全年的/;

/** Three or more counts quoted, the largest being the whole the others add up to (or are said to). */
function quotedSum(ns: number[]): { parts: number[]; total: number } | undefined {
  if (ns.length < 3) return undefined;
  const total = Math.max(...ns);
  const at = ns.indexOf(total);
  return { parts: ns.filter((_, i) => i !== at), total };
}


export const quotedCountChecked: Rule = {
  name: 'quoted-count-checked',
  doc: 'A count the text states, quoted to check with no table figure named ("主动公开政府信息2088条，对吗", "合计是22件吗"): the sentence that states it and whether the quoted figures are its own.',
  decide: (u, state, kn) => {
    // (the message as typed too: a closing "对吧" is taken off the normal form as a mere doubt)
    if (u.metric || !(QUOTES_CHECKED.test(u.norm) || QUOTES_CHECKED.test(u.text))) return undefined;
    const text = withoutSlots(u);
    const quoted = [...text.matchAll(QUOTED_WITH_UNIT)];
    if (!quoted.length) return undefined;
    // parts and their total quoted ("门户网站19条加电子屏108条一共127条，对吧"): the arithmetic, and where the text states them
    const sum = quotedSum(quoted.map((m) => Number(m[1])));
    if (sum && SUM_WORDS.test(text)) {
      const r = pickReport(kn, u.slots, state).report;
      if (!r) return undefined;
      const unit = quoted[0]![2]!;
      const stated = (n: number) => r.passages.find((p) => new RegExp(`(?<![\\d.])${n}\\s*(?:余|多)?\\s*${unit}`).test(p.text));
      const found = [...new Set([...sum.parts, sum.total].map(stated).filter((p): p is NonNullable<typeof p> => !!p))];
      if (!found.length) return undefined;
      const missing = [...sum.parts, sum.total].filter((n) => !stated(n));
      const whose = missing.length ? '按您给的数字计算' : '按报告数字计算';
      const verdict = sum.parts.reduce((a, b) => a + b, 0) === sum.total
        ? `核对：对，${sum.parts.join(' + ')} = ${sum.total} ${unit}，加起来一致（${whose}）。`
        : `核对：不对，${sum.parts.join(' + ')} = ${sum.parts.reduce((a, b) => a + b, 0)} ${unit}，不是 ${sum.total} ${unit}（${whose}）。`;
      const note = missing.length ? [`报告正文中没有找到 ${missing.join('、')} ${unit}。`] : [];
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [verdict, ...note, ...found.map((p) => `报告正文写道：${p.text.trim()}`)], source: sectionSource(found[0]!.section), labelled: true } };
    }
    // the how-many question it checks: each figure quoted becomes 多少 + its unit
    const own = text.replace(QUOTED_WITH_UNIT, (_m, _n, unit: string) => `多少${unit}`).replace(CHECK_ASKED, ' ');
    // (nothing counted named, "是120件吧" right after a count: the thing asked before)
    const bare = !countAsked(own)?.nouns.length && u.followUp.is && state.text;
    const asking = bare ? `${state.text!.replace(/(?:的)?(?:呢|吗|啊)?[?？。!]*$/, '').replace(/(?:有|是)?(?:多少|几)[件条个次项份篇期场]?/g, ' ')} ${own}` : own;
    const asked = countAsked(asking);
    if (!asked || !asked.nouns.length) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const n = narrative(r, asking, true, POLICY.countedPassageCoverage);
    const line = n?.parts.lines[0];
    if (!n || !line || countFit(line, asked) < COUNT_ATTACHED) return undefined;
    // (in the unit quoted when all share one: "2088 条")
    const units = new Set(quoted.map((m) => m[2]!));
    const check = toldCheck(quoted.map((m) => Number(m[1])), n.parts.lines.join(''), units.size === 1 ? [...units][0] : undefined);
    if (!check) return undefined;
    return { kind: 'passage', report: r, parts: { ...n.parts, head: `${reportLabel(r)}：`, lines: [check, `报告正文写道：${line}`, ...n.parts.lines.slice(1)] } };
  },
};
