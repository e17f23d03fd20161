/**
 * Rule told-parts-summed: whether the parts the text lists after a count add up to it, asked by staff checking a report
 * ("主动公开168条，各分类加总对得上吗", "分项加起来是不是等于总数"): the count as the text tells it, the parts of its "其中…" list,
 * their sum worked out and found to agree with it — the report's own figures, nothing corrected (a sum that does not
 * agree, a part the reading may have missed, is left to the rules that quote the text). Only a list whose every part has
 * its count; none when the tables hold the figure (the consistency rules check them).
 */
import { proactiveTold } from '../../answer/proactive-told.js';
import { reportLabel } from '../../answer/render.js';
import type { Passage, Report } from '../../report/types.js';
import { sectionSource } from '../prose-figures.js';
import { hasTableFigures, pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The parts added up and checked against their whole, asked ("各分类加总对得上吗", "分项加起来是不是168", "加起来是不是等于总数"). */
const PARTS_CHECKED = /(?:各|分项|分类|各类|各项|这几项|这几类|各个分类|明细)[^，。？?]{0,6}(?:加总|加起来|相加|合计|之和|加一加|加一下)[^，。？?]{0,10}(?:对得上|对不对|是不是|一致|等于|相等|吻合|有没有问题|对吗|没错吧|正确)|(?:加总|加起来|相加|之和)[^，。？?]{0,6}(?:是不是|等于|对得上|一致|符合|跟|和|与)[^，。？?]{0,4}(?:总数|总量|合计)/;
/** A count quoted in the question ("168条"). */
const QUOTED_COUNT = /(\d+)\s*([条件个篇项份])/;
/** A part of a list and its count ("政策文件1条", "惠民惠农信息47条"). */
const PART_COUNT = /([\p{Script=Han}“”"（）()·]{2,20}?)(\d+)\s*([条件个篇项份])/gu;
/** The most parts a list is read for. */
const MAX_PARTS = 20;

/** The "其中…" list after a count: the rest of its sentence, or the sentence after it when that one opens with 其中. */
function partsAfter(r: Report, p: Passage, clause: string): string | undefined {
  const at = p.text.indexOf(clause);
  const rest = at >= 0 ? p.text.slice(at + clause.length) : '';
  if (/^[，,]?\s*其中/.test(rest)) return rest.replace(/^[，,]?\s*其中[：:，,]?/, '').split('。')[0];
  const i = r.passages.indexOf(p);
  const next = r.passages[i + 1];
  return next && next.section === p.section && /^\s*其中/.test(next.text) ? next.text.replace(/^\s*其中[：:，,]?/, '').split('。')[0] : undefined;
}

export const toldPartsSummed: Rule = {
  name: 'told-parts-summed',
  doc: 'Whether the parts the text lists after a count add up to it ("主动公开168条，各分类加总对得上吗"): the count, each part, their sum set against it — the report\'s own figures.',
  decide: (u, state, kn) => {
    // (rows of the tables named, "予以公开43、无法提供6…加起来是不是等于答复总数", or several counts quoted: the sums' own rules)
    if (!PARTS_CHECKED.test(u.norm) || u.metric || (u.norm.replace(/(?:19|20)\d{2}\s*年/g, '').match(/\d+/g) ?? []).length > 1) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || hasTableFigures(r)) return undefined;
    // (the whole: the count quoted, where the text tells it; else the year's proactive total)
    const quoted = QUOTED_COUNT.exec(u.norm.replace(/(?:19|20)\d{2}\s*年/g, ''));
    const whole = quoted
      ? r.passages.map((p) => ({ p, clause: new RegExp(`[^，,。；;]*?${quoted[1]}\\s*${quoted[2]}`).exec(p.text)?.[0] })).find((x) => x.clause)
      : (() => {
          const t = proactiveTold(r);
          return t && !t.approx ? { p: t.passage, clause: t.clause } : undefined;
        })();
    if (!whole?.clause) return undefined;
    const value = Number(/(\d+)\s*[条件个篇项份]\s*$/.exec(whole.clause)?.[1] ?? quoted?.[1]);
    const list = partsAfter(r, whole.p, whole.clause);
    if (!list || !Number.isFinite(value)) return undefined;
    const parts = [...list.matchAll(PART_COUNT)].slice(0, MAX_PARTS).map((m) => ({ label: m[1]!.replace(/^[，,、和及]/, ''), n: Number(m[2]) }));
    if (parts.length < 2) return undefined;
    const sum = parts.reduce((a, x) => a + x.n, 0);
    const unit = /\d+\s*([条件个篇项份])\s*$/.exec(whole.clause)?.[1] ?? '条';
    // (parts that do not add up may be parts the list reading missed: only a sum that agrees is told; the rest is left to the
    // rules that quote the text)
    if (sum !== value) return undefined;
    const verdict = `与总数 ${value}${unit} 一致。`;
    const lines = [`报告正文：“${whole.clause.trim()}”，其中${parts.map((x) => `${x.label}${x.n}${unit}`).join('、')}。`, `${parts.map((x) => x.n).join(' + ')} = ${sum}${unit}，${verdict}（按报告数字计算）`];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, source: sectionSource(whole.p.section), labelled: true } };
  },
};
