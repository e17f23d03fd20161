/**
 * Rule sub-item-asked: what a numbered sub-item of a part says ("总体情况里的（三）那块主要讲了啥", "（二）“优化工作机制，
 * 规范公开流程”具体写了哪些内容"), or "那第（四）部分呢" right after one was asked. The report's sub-items are its own
 * headings ("（三）政府信息管理"), so the answer is that heading and the sentences under it, as printed — never a table's row
 * that shares the numeral (表三).
 */
import { reportLabel } from '../../answer/render.js';
import { SECTION_TITLES } from '../../report/format.js';
import type { Passage, Report } from '../../report/types.js';
import { pickReport } from '../select.js';
import { reportAsked } from './part-contents.js';
import type { Rule } from './types.js';

/** A sub-item's numeral in brackets ("（三）", "(3)"), as reports number them. */
const SUB_ITEM = /[（(]\s*([一二三四五六七八九十]|\d{1,2})\s*[）)]/;
/** What it says, asked ("讲了啥", "写了哪些内容", "主要内容是什么", "具体说了什么"). */
// (or how it was put, "当时咋写的")
const SAYS_ASKED = /(?:怎么|如何)(?:写|说|讲)的|(?:讲|写|说|提)(?:了|的)(?:些)?(?:啥|什么|哪些|哪几)|(?:主要|具体)(?:内容|讲|写|说)|内容(?:是|有)(?:什么|啥|哪些)|讲些什么|说些什么|写些什么|(?:是|讲|说)(?:关于)?(?:什么|啥)(?:内容|事)/;
/** A part's or sub-item's title asked ("标题原文", "题目", "小标题"). */
const TITLE_ASKED = /标题|题目/;
/** Items it lists asked ("列了哪几个专题栏目", "提到了哪些平台"): its text, even with how many of them asked beside. */
const LIST_ASKED = /(?:列|提|写|讲|说)(?:到|出)?(?:了|的)(?:哪几|哪些)|列出(?:哪几|哪些)/;
/** A figure or a check asked of it: the figure rules answer. */
const FIGURE_ASKED = /多少|几[件条个项次]|对吗|对不对|等于|加起来|合计|一致|对得上/;
/** A sub-item named alone after one was asked ("那第（四）部分呢", "（五）呢"). */
const SUB_ITEM_ONLY = /^(?:那|那么|还有|再看看?)?第?\s*[（(]\s*(?:[一二三四五六七八九十]|\d{1,2})\s*[）)]\s*(?:部分|块|节|点|项|条)?(?:呢|写了啥|讲了啥)?[?？。]?$/;
/** A part other than 一 named ("第五部分", "存在的主要问题"); 总体情况 is 一, the part sub-items are asked of most. */
const OTHER_PART = /第([二三四五六])部分|([五六])、/;
/** Characters of an answer before the sub-item's text is cut (the answer stays one screen). */
const MAX_SAID = 360;

const CN_DIGITS = '一二三四五六七八九十';

/** The numeral as the report's sub-item ids write it ("(三)"). */
function numeral(raw: string): string {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 10 ? CN_DIGITS[n - 1]! : raw;
}

/** The passages of sub-item `n` of part `part`. */
function subItem(r: Report, part: string, n: string): Passage[] {
  return r.passages.filter((p) => p.section === part && p.id.startsWith(`${part}.(${n}).`));
}

/** What a part, or a sub-item of it, says, as printed (cut to one screen): "报告第一部分（总体情况）的“(二)…”写道：“…”". */
function saidLine(part: string, heading: string | undefined, said: string): string {
  return `报告第${part}部分（${SECTION_TITLES[part]!}）${heading ? `的“${heading}”` : ''}写道：“${said.length > MAX_SAID ? `${said.slice(0, MAX_SAID)}…` : said}”`;
}

/** A part named by its number ("第六部分"). */
const PART_BY_NUMBER = /第([一二三四五六])部分/;

/** What a part named by its number says, from its sentences (a part printed as a table only has none: no decision). */
function partSays(u: Parameters<Rule['decide']>[0], state: Parameters<Rule['decide']>[1], kn: Parameters<Rule['decide']>[2]) {
  const part = PART_BY_NUMBER.exec(u.norm)?.[1];
  if (!part) return undefined;
  const r = pickReport(kn, u.slots, state).report;
  const said = r ? r.passages.filter((p) => p.section === part).map((p) => p.text.trim()).join('') : '';
  if (!r || !said) return undefined;
  const lines = [saidLine(part, undefined, said)];
  return { kind: 'passage' as const, report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
}

/** A sub-item named by its title, then the stretch of text ("“依申请公开”那一段", "依申请公开那块", "主动公开这部分"). */
const TITLE_NAMED = /[“"「]?(\p{Script=Han}{2,12}?)[”"」]?(?:那一?块|这一?块|那一?段|这一?段|那部分|这部分|那一节|这一节)/u;

/** Characters of a sub-item's title at least ("依申请公开", "平台建设"; two, "公开", name too many). */
const MIN_TITLE_CHARS = 3;

/** What a sub-item of part 一 named by its title says: its heading and sentences, when one heading alone holds the title. */
function titledSays(u: Parameters<Rule['decide']>[0], state: Parameters<Rule['decide']>[1], kn: Parameters<Rule['decide']>[2]) {
  const run = TITLE_NAMED.exec(u.norm)?.[1];
  const r = run ? reportAsked(u, state, kn) : undefined;
  if (!run || !r) return undefined;
  const headingsWith = (t: string) => [...new Set(r.passages.filter((p) => p.section === '一' && p.heading?.includes(t)).map((p) => p.heading!))];
  // (the longest end of the words before 那一段 that one heading holds: "年报里依申请公开" → 依申请公开)
  let headings: string[] = [];
  for (let n = run.length; n >= MIN_TITLE_CHARS && headings.length !== 1; n--) headings = headingsWith(run.slice(-n));
  if (headings.length !== 1) return undefined;
  const found = r.passages.filter((p) => p.section === '一' && p.heading === headings[0]);
  const said = found.map((p) => p.text.trim()).join('');
  const lines = [saidLine('一', headings[0]!.trim(), said)];
  return { kind: 'passage' as const, report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
}

export const subItemAsked: Rule = {
  name: 'sub-item-asked',
  doc: 'What a numbered sub-item of a part says ("总体情况里的（三）那块主要讲了啥"; "那第（四）部分呢" after one), or a part named by its number ("第六部分写了什么"): its heading and sentences as printed, never a table row sharing the numeral.',
  decide: (u, state, kn) => {
    const alone = SUB_ITEM_ONLY.test(u.norm.trim());
    const asked = alone ? state.text : u.norm;
    const listed = !!asked && LIST_ASKED.test(asked) && !/多少/.test(u.norm);
    // (the title asked, "第一部分的标题原文是怎么写的": part-title-asked's)
    if (!asked || !(SAYS_ASKED.test(asked) || listed) || (FIGURE_ASKED.test(u.norm) && !listed) || TITLE_ASKED.test(u.norm)) return undefined;
    const m = SUB_ITEM.exec(u.norm);
    // (a sub-item named by its title, "“依申请公开”那一段写了哪些数字", "依申请公开那块当时怎么写的": the one whose heading holds it)
    if (!m && !alone) return titledSays(u, state, kn) ?? partSays(u, state, kn);
    if (!m || (alone && !SUB_ITEM.test(asked))) return undefined;
    const other = OTHER_PART.exec(asked);
    const part = other ? (other[1] ?? other[2])! : '一';
    const r = reportAsked(u, state, kn);
    if (!r) return undefined;
    const n = numeral(m[1]!);
    const found = subItem(r, part, n);
    if (!found.length) return undefined;
    const heading = found[0]!.heading?.trim() ?? `（${n}）`;
    const said = found.map((p) => p.text.trim()).join('');
    const lines = [saidLine(part, heading, said)];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true }, ...(alone ? { asked: asked.replace(SUB_ITEM, `（${n}）`) } : {}) };
  },
};
