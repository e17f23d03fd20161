/**
 * A count the report tells in its text, quoted to check ("我们稿子里写主动公开政府信息2088条，对吗？",
 * "人大建议答复16件、政协提案答复6件，合计是22件吗？"), with no table figure named: the sentence that states
 * it, and whether the figures quoted are the ones it states. The question is read as the how-many
 * question it checks ("主动公开政府信息多少条"), so the sentence is found as count-in-report finds it.
 */
import { proactiveTold } from '../../answer/proactive-told.js';
import { escapeRegExp } from '../../escape.js';
import { COUNT_ATTACHED, countAsked, countFit } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { narrative } from '../narrative.js';
import { quotesChecked } from '../metric-in-context.js';
import { sectionSource, toldCheck } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { POLICY } from '../thresholds.js';
import { withoutSlots } from './helpers.js';
import { partsOfToldCount } from './quoted-count-why.js';
import type { Decision, Rule } from './types.js';
import type { Understanding } from '../understanding.js';
import type { ConvState } from '../engine.js';
import type { Knowledge } from '../knowledge.js';
import { PARTS_AGAINST_TOTAL, SUM_ASKED, TOLD_PARTS_NAMED, PROACTIVE_TOTAL_AGAINST } from '../patterns.js';
import { hasCells } from './consistency.js';

/** A count the asker states with its measure word ("2088条", "22件"): its number and unit. */
const QUOTED_WITH_UNIT = /(?<![\d.])(\d{1,7})\s*(?:余|多)?\s*(?:个(?=[人名家户]))?([件条个次项份篇场期名人家户])/g;
/** The words that ask for the check, taken out of the how-many question read from the message. */
const CHECK_ASKED = /帮我确认|确认一下|确认下|请确认|有出处吗|出处在哪|(?:年报|报告)里有这句|有没有这句|这句|是这么写的吗|这么写的吗|原文是这样吗|我?没(?:有)?[记弄搞看听]错(?:吧|吗|嘛)?|这个数|这个数字|这个|对不对|对吗|对吧|对么|没错吧|没错|是吗|吗|吧|是不是|准确|正确|属实|核对一下|核对|帮我|我们|稿子里|材料里|写的是|写|说/g;
/** A figure asked after the quoted ones, in so many words ("那…应该是多少", "应该填几"). */
const OTHER_FIGURE_ASKED = /(?:那|则|所以)[^，。？?]{0,24}(?:应该|应当|该)(?:是|填|写)?(?:多少|几)/;
/** Parts added up to a whole ("加", "一共", "等于", "合计"). */
const SUM_WORDS = /加|一共|总共|合计|等于|总数|全年的/;

/** Two parts said to add up to a whole named in words ("加起来跟处理总数对得上吗", "两项相加等于总数吗"). */
const PAIR_SUM_ASKED = /(?:加起来|加在一起|相加|合起来|之和|加上)[^。？?]{0,12}(?:对得上|对的上|对上|一致|相符|吻合|等于|是不是|对吗|对不对|平不平|平吗)/;

/** A count written with its measure word ("2088条", "80余件"), not inside a longer number. */
export function countStated(n: number | string, unit: string): RegExp {
  return new RegExp(`(?<![\\d.])${n}\\s*(?:余|多)?\\s*${unit}`);
}

/** Two counts joined by 加 ("微博5548条加微信1771条"). */
const PAIR_JOINED = /\d\s*[件条个项篇]\s*加[^，。？?\d]{0,10}\d/;
/** Their total checked or asked ("和…总数对得上吗", "总数是多少"). */
const PAIR_CHECKED = /对得上|对不上|一致|相符|吻合|等于|对吗|对不对|总数是多少|合计多少|一共多少/;

/** Both counts found in one sentence of the text: their sum, and whether that sentence gives it as a count of its own. */
function pairSummed(quoted: RegExpMatchArray[], kn: Knowledge, u: Understanding, state: ConvState): Decision | undefined {
  const r = pickReport(kn, u.slots, state).report;
  if (!r) return undefined;
  const [a, b] = quoted.map((m) => Number(m[1]));
  const unit = quoted[0]![2]!;
  const count = (n: number) => countStated(n, unit);
  const i = r.passages.findIndex((x) => count(a!).test(x.text) && count(b!).test(x.text));
  const p = r.passages[i];
  if (!p) return undefined;
  // (a breakdown opening its sentence, "其中,行政权力事项1226项、…": read with the sentence before it, which counts the whole)
  const prev = i > 0 && r.passages[i - 1]!.section === p.section && /^\s*[（(]?\s*(?:其中|包括)/.test(p.text) ? r.passages[i - 1]!.text.trim() : '';
  const said = `${prev}${p.text.trim()}`;
  const sum = a! + b!;
  // (the whole the sentence counts, larger than both parts: what the sum is set against when it is not there)
  const whole = [...said.matchAll(new RegExp(`(?<![\\d.])(\\d+)\\s*(?:余|多)?\\s*${unit}`, 'g'))].map((x) => Number(x[1])).find((n) => n > Math.max(a!, b!));
  const verdict = count(sum).test(said)
    ? `核对：对，${a} + ${b} = ${sum} ${unit}，与报告正文中的 ${sum} ${unit}一致（按报告数字计算）。`
    : whole !== undefined
      ? `核对：不一致，${a} + ${b} = ${sum} ${unit}，报告正文写的总数是 ${whole} ${unit}，相差 ${Math.abs(whole - sum)} ${unit}（按报告数字计算）。`
      : `${a} + ${b} = ${sum} ${unit}；报告正文这句话中没有 ${sum} ${unit}这个数，请对照原文核实（按报告数字计算）。`;
  return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [verdict, `报告正文写道：${said}`], source: sectionSource(p.section), labelled: true } };
}

/** Three or more counts quoted, the largest being the whole the others add up to (or are said to). */
function quotedSum(ns: number[]): { parts: number[]; total: number } | undefined {
  if (ns.length < 3) return undefined;
  const total = Math.max(...ns);
  const at = ns.indexOf(total);
  return { parts: ns.filter((_, i) => i !== at), total };
}


/** A change quoted from one count to another and its size ("从10997条降到8204条，一共少了3793条"). */
const FROM_TO_CHANGE = /从[^，。？?\d]{0,12}?(\d+)\s*[条件个篇项次][^，。？?\d]{0,8}?(?:降|减|增|涨|升|变|跌)(?:少|多|加|长|低)?(?:到|至|为|成)[^，。？?\d]{0,8}?(\d+)\s*[条件个篇项次][，,\s]*(?:一共|总共|共|足足|整整)?(?:少了|多了|减少了?|增加了?|下降了?|降了|涨了|增长了?)\s*(\d+)/;

/** A change quoted from one count to another and its rate ("从2020年的22条增加到2023年的24条，增幅约9.1%"). */
const FROM_TO_RATE = /从[^，。？?]{0,12}?(?:(?:19|20)\d{2}年(?:的)?)?(\d+)\s*[条件个篇项次][^，。？?\d]{0,8}?(?:到|至)[^，。？?\d]{0,4}?(?:(?:19|20)\d{2}年(?:的)?)?(\d+)\s*[条件个篇项次][，,\s]*(?:增幅|降幅|增长率?|下降率?|涨幅|跌幅|变化率)(?:约|大约|为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/;

export const quotedPairSummed: Rule = {
  name: 'quoted-pair-summed',
  doc: 'Two counts quoted and said to add up to a whole the text counts ("答复1181件、结转下年度80件，加起来跟处理总数对得上吗", "微博5548条加微信1771条，和政务新媒体总数对得上吗"): the sentence holding both, and whether it gives their sum.',
  decide: (u, state, kn) => {
    const text = withoutSlots(u);
    const quoted = [...text.matchAll(QUOTED_WITH_UNIT)];
    const asked = PAIR_SUM_ASKED.test(text) || (PAIR_JOINED.test(text) && PAIR_CHECKED.test(text));
    return quoted.length === 2 && asked ? pairSummed(quoted, kn, u, state) : undefined;
  },
};

/** The parts of a count asked beside the check ("各分项多少", "各项多少", "分项是多少"). */
const PARTS_TOO = /分项|各项(?:是|有|分别)?(?:多少|几)|逐项/;

export const quotedCountChecked: Rule = {
  name: 'quoted-count-checked',
  doc: 'A count the text states, quoted to check with no table figure named ("主动公开政府信息2088条，对吗", "合计是22件吗"): the sentence that states it and whether the quoted figures are its own.',
  decide: (u, state, kn) => {
    // (the message as typed too: a closing "对吧" is taken off the normal form as a mere doubt)
    // (not a reason asked of a count, "为啥只有4件是县里自己办的", quotesChecked)
    if (!(quotesChecked(u.norm) || quotesChecked(u.text))) return undefined;
    // (its parts asked too, "主动公开109条,各分项多少?核一下": the breakdown answers, with the count it checks)
    if (!u.metric && PARTS_TOO.test(u.norm)) {
      const parts = partsOfToldCount.decide(u, state, kn);
      if (parts) return parts;
    }
    // (a row read, of a report whose tables give none of it, and more figures quoted than rows read — "完成答复55件、
    // 转下一年度2件，对吧" reads only 结转: the text's sentence checks them all)
    if (u.metric) {
      const r = pickReport(kn, u.slots, state).report;
      // (or a row of table 二 quoted, its cell missing: the kinds of document the text counts in its own words, "全乡制发政府文件
      // 是146件？" — the sentence with 164)
      if (!r || !u.metric.quoted || (u.metric.quoted.length <= u.metric.rows.length && u.metric.table !== '二') || hasCells(r, u.metric)) return undefined;
      // (the figures quoted as given and another asked of them — "处理1261件，其中含上年结转74件，那表三“本年新收”应该是
      // 多少": the row asked, worked out by the figure rules)
      if (OTHER_FIGURE_ASKED.test(u.norm)) return undefined;
    }
    // (the parts of a list the report tells, pointed at — "括号里那15项加起来是96吗": the report's own sum, sum-in-text's)
    if ((TOLD_PARTS_NAMED.test(u.norm) && SUM_ASKED.test(u.norm)) || PARTS_AGAINST_TOTAL.test(u.norm)) return undefined;
    const text = withoutSlots(u);
    const quoted = [...text.matchAll(QUOTED_WITH_UNIT)];
    if (!quoted.length) return undefined;
    // its rate quoted instead ("从2020年的22条增加到2023年的24条，增幅约9.1%"): the rate worked out
    const rate = FROM_TO_RATE.exec(u.norm);
    if (rate) {
      const r = pickReport(kn, u.slots, state).report;
      if (!r) return undefined;
      const [a, b, said] = [Number(rate[1]), Number(rate[2]), Number(rate[3])];
      if (a <= 0) return undefined;
      const exact = (Math.abs(b - a) / a) * 100;
      const decimals = rate[3]!.split('.')[1]?.length ?? 0;
      const right = Math.abs(exact - said) <= 0.5 * 10 ** -decimals + 1e-9;
      const worked = `（${b} − ${a}）÷ ${a} = ${exact.toFixed(Math.max(decimals, 1))}%`;
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [right ? `核对：对，${worked}，与您写的 ${rate[3]}% 一致（按您给的数字计算）。` : `核对：不对，${worked}，不是 ${rate[3]}%（按您给的数字计算）。`], labelled: true } };
    }
    // a change quoted from one count to another ("从10997条降到8204条，一共少了3793条"): the difference worked out
    const change = FROM_TO_CHANGE.exec(text);
    if (change) {
      const r = pickReport(kn, u.slots, state).report;
      if (!r) return undefined;
      const [a, b, c] = [Number(change[1]), Number(change[2]), Number(change[3])];
      const unit = quoted[0]![2]!;
      const d = Math.abs(a - b);
      const verdict = d === c ? `核对：对，${Math.max(a, b)} − ${Math.min(a, b)} = ${d} ${unit}（按您给的数字计算）。` : `核对：不对，${Math.max(a, b)} − ${Math.min(a, b)} = ${d} ${unit}，不是 ${c} ${unit}（按您给的数字计算）。`;
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [verdict], labelled: true } };
    }
    // parts and their total quoted ("门户网站19条加电子屏108条一共127条，对吧"): the arithmetic, and where the text states them
    const sum = quotedSum(quoted.map((m) => Number(m[1])));
    if (sum && SUM_WORDS.test(text)) {
      const r = pickReport(kn, u.slots, state).report;
      if (!r) return undefined;
      const unit = quoted[0]![2]!;
      const stated = (n: number) => r.passages.find((p) => countStated(n, unit).test(p.text));
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
    // parts quoted and set against the year's proactive total, named not quoted ("门户网站990条加公众号656条，是否等于全年主动公开
    // 总数"): their sum against the total the text tells
    if (quoted.length >= 2 && PROACTIVE_TOTAL_AGAINST.test(text)) {
      const r = pickReport(kn, u.slots, state).report;
      const total = r ? proactiveTold(r) : undefined;
      const unit = quoted[0]![2]!;
      if (r && total && total.unit === unit && quoted.every((m) => m[2] === unit)) {
        const parts = quoted.map((m) => Number(m[1]));
        const sum = parts.reduce((a, b) => a + b, 0);
        const verdict = sum === total.value ? `相等，一致` : `不相等，相差 ${Math.abs(total.value - sum)} ${unit}`;
        return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`核对：${parts.join(' + ')} = ${sum} ${unit}，与报告写的全年主动公开总数 ${total.value} ${unit}（报告正文：“${total.clause}”）${verdict}（按您给的数字和报告数字计算）。`], source: sectionSource(total.passage.section), labelled: true } };
      }
    }
    // two or more counts quoted, each after its own thing ("上传信息800余条、推送热点信息700余条"): each checked against
    // the sentence that tells it
    const each = quoted.length >= 2 ? eachChecked(text, quoted, kn, u, state) : undefined;
    if (each) return each;
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

/**
 * Counts quoted that the report's sentence gives otherwise, each right after its own words ("其中代表建议4件、委员提案6件"
 * where it says 代表建议6件,委员提案4件): the parts are wrong whatever they add up to — for the sum rule, which would
 * otherwise only add them.
 */
export function quotedPartsWrong(u: Understanding, state: ConvState, kn: Knowledge): Decision | undefined {
  const text = withoutSlots(u);
  const quoted = [...text.matchAll(QUOTED_WITH_UNIT)];
  return quoted.length >= 2 ? eachChecked(text, quoted, kn, u, state, true) : undefined;
}

/** Each count quoted checked on its own: the words before it (back to the count before) asked as how many, its sentence
 *  found as count-in-report finds it; the number the sentence gives right after the same words, when it gives one, is the
 *  one compared ("代表建议6件" against 代表建议4件 quoted); undefined unless every count finds a sentence, and the counts
 *  find two sentences or every one its own number. */
function eachChecked(text: string, quoted: RegExpMatchArray[], kn: Knowledge, u: Understanding, state: ConvState, onlyWrongAttached = false): Decision | undefined {
  const r = pickReport(kn, u.slots, state).report;
  if (!r) return undefined;
  const checks: string[] = [];
  const verdicts: string[] = [];
  const sentences: string[] = [];
  let from = 0;
  let source: string | undefined;
  for (const m of quoted) {
    const at = m.index!;
    const piece = `${text.slice(from, at).replace(CHECK_ASKED, ' ')}多少${m[2]!}`;
    from = at + m[0].length;
    const asked = countAsked(piece);
    if (!asked || !asked.nouns.length) return undefined;
    const n = narrative(r, piece, true, POLICY.countedPassageCoverage);
    const line = n?.parts.lines[0];
    if (!n || !line || countFit(line, asked) < COUNT_ATTACHED) return undefined;
    const said = Number(m[1]);
    const own = attachedCount(line, piece, asked.nouns, m[2]!);
    if (own) verdicts.push(own.count === said ? `${own.key} ${said} ${m[2]}：对` : `报告写的是${own.key} ${own.count} ${m[2]}，不是 ${said} ${m[2]}`);
    const check = toldCheck([said], line, m[2]);
    if (!check) return undefined;
    checks.push(check);
    if (!sentences.includes(line)) sentences.push(line);
    source ??= n.parts.source;
  }
  const attached = verdicts.length === quoted.length;
  if (sentences.length < 2 && !attached) return undefined;
  const right = attached && verdicts.every((v) => v.endsWith('：对'));
  if (onlyWrongAttached && (!attached || right)) return undefined;
  const head = attached ? [`核对：${right ? '对' : '不对'}，${verdicts.join('；')}。`] : checks;
  return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [...head, ...sentences.map((l) => `报告正文写道：${l}`)], ...(source ? { source } : {}), labelled: true } };
}

/** The count a sentence gives right after the words a quoted count follows ("其中代表建议" → 代表建议6件). */
function attachedCount(line: string, piece: string, nouns: readonly string[], unit: string): { key: string; count: number } | undefined {
  const two = nouns.slice(-2).join('');
  const key = two.length >= 2 && piece.includes(two) ? two : nouns[nouns.length - 1]!;
  if (key.length < 2) return undefined;
  const esc = escapeRegExp(key);
  const m = new RegExp(`${esc}[^\\d，。；;,、]{0,6}?(\\d+)\\s*(?:余|多)?\\s*${unit}`).exec(line);
  return m ? { key, count: Number(m[1]) } : undefined;
}
