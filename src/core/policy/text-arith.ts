/**
 * Rule text-arithmetic: a sum, a difference, a share or a check asked of counts the report tells in its text
 * (src/answer/text-arith.ts reads the question and finds each count). Of one report ("政务动态比政府信息公开类多几条"),
 * or of one item in several reports named ("鹰潭林业局+永吉街道 主动公开合计多少条", "溪下乡哪一年…更多，多多少").
 * The figures are the report's (or the asker's, when quoted); every computation says so.
 */
import { readArith, residualLabel, sameUnit, toldCount, toldCountAs, toldGroup, type ArithAsked, type AskedItem, type Told } from '../../answer/text-arith.js';
import { proactiveTold, PROACTIVE_ITEM } from '../../answer/proactive-told.js';
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { DEFAULT_FIGURE, figureOf } from '../../answer/trend.js';
import { fmt } from '../../answer/cells.js';
import type { Report } from '../../report/types.js';
import type { ConvState } from '../engine.js';
import type { Knowledge } from '../knowledge.js';
import { sectionSource } from '../prose-figures.js';
import { decimalsAsked } from '../told-over-years.js';
import { hasTableFigures, namedReports, newest, pickReport, reportsOf } from '../select.js';
import { jointCount } from '../../answer/prose-sum.js';
import { toldFigure } from '../prose-figures.js';
import type { Understanding } from '../understanding.js';
import { cutSpans, findReportSlots } from '../../understand/slots.js';
import { officeNames } from '../../understand/office-names.js';
import { withoutSlots } from './helpers.js';
import { TOLD_PARTS_NAMED } from '../patterns.js';
import { narrative } from '../narrative.js';
import { POLICY } from '../thresholds.js';
import type { Decision, Rule } from './types.js';
import { normalize } from '../../understand/normalize.js';

/** Every year of the one office named ("溪下乡两年年报", "哪一年…更多"). */
const EVERY_YEAR = /两年|两份|两个年度|几年|各年|历年|每年|哪一年|哪年|哪个年度/;

/** Parts of a count asked to be added up ("各类加总", "三项相加"): a question about the parts, not the count quoted. */
const PARTS_ASKED = /加总|相加|加起来|合计|之和|各类|各项|[两三四五六七八九几]项/;

/** A part named by a pronoun only ("它", "这个" — read as "个"): the thing asked last. */
const PRONOUN_PART = /^(?:那|这)?(?:它们?|他们|这个|这些|这项|个|其)$/;
/**
 * A part named as the things just added up ("这部分占…", "这些占…", "两项合计占…", "它们加起来占…"): the sum asked last is the
 * part of the share.
 */
const GROUP_PART_BEFORE_SHARE = /^(?:那|那么)?(?:这|那)?(?:部分|些|几项|两项|三项|几个|两个|三个|几类|两类|三类|它们|他们|两者|二者|合计|加起来|合起来|总和|之和)(?:的|数)?(?:合计|加起来|合起来|一共|总共)?(?:的)?(?:数)?(?:大概|大约|约)?(?:一共|总共)?(?:占)/;

/** The whole of a share named after 占 ("占受理的比例", "占收到申请的百分之几"). */
const WHOLE_AFTER_SHARE = /占(?:了)?(\p{Script=Han}{2,10}?)(?:数)?(?:的)?(?:比例|比重|百分|多少|几成|份额)/u;

/** The sum the last question asked (two items or more, none quoted), taken as the part of a share of the whole now named. */
function lastSumShare(r: Report, wholeLabel: string, asked: ArithAsked, lastText: string): Decision | undefined {
  const before = readArith(lastText);
  if (before?.op !== 'sum' || before.claimed !== undefined || before.items.length < 2 || before.items.some((i) => i.quoted !== undefined || i.whole)) return undefined;
  const parts: Found[] = [];
  for (const item of before.items) {
    const f = resolve(r, item, before.unit);
    if (!f) return undefined;
    parts.push(f);
  }
  const whole = resolve(r, { label: wholeLabel, whole: true }, before.unit);
  // (one measure throughout, and a whole at least as large as the parts together)
  const sum = parts.reduce((a, f) => a + f.value, 0);
  if (!whole || !whole.value || whole.value < sum || parts.some((f) => !sameUnit(f.unit, whole.unit) && !(REQUEST_UNITS.has(f.unit) && REQUEST_UNITS.has(whole.unit)))) return undefined;
  // (the sum is of counts the text tells: worked out from the report's figures)
  const part: Found = { name: parts.map((f) => f.name).join('和'), value: sum, unit: whole.unit, told: parts[0]!.told };
  const res = exactResult({ op: 'share', items: [{ label: part.name }, { label: whole.name, whole: true }], decimals: asked.decimals }, [part, whole], false);
  if (!res) return undefined;
  const total = `${part.name}合计：${parts.map((f) => fmt(f.value)).join(' + ')} = ${fmt(sum)}${whole.unit}\n`;
  return {
    kind: 'passage',
    report: r,
    parts: { head: `${reportLabel(r)}：\n`, lines: [...parts.map((f) => itemLine(f, false)), itemLine(whole, false), total, res], source: sectionSource(whole.told!.passage.section), labelled: true },
  };
}

/** The measure words requests are counted in, either for the other. */
const REQUEST_UNITS: ReadonlySet<string> = new Set(['件', '条']);
/** A whole named as the things in general ("申请", "全部申请", "所有信息"): the total its part's sentence gives. */
// (or named as a total of something, "公开信息总数")
const GENERAL_WHOLE = /^(?:全部|所有|总的|全年)?(?:主动)?(?:公开的?)?(?:申请|信息|政府信息|各类信息|各类政府信息)$|\p{Script=Han}(?:总数|总量)$/u;
/** The share asked of the whole said only as the total ("占总数的比例"). */
const WHOLE_AS_TOTAL = /占(?:了)?(?:总数|总量|全部|总体|总的)/;
/** A whole named only as the total ("总数", "全部", "总量"): the count asked before, not an item of its own. */
const GENERIC_WHOLE = /^(?:总数|总量|总体|全部|总的|总计|合计|一共|所有|比)/;

/** Decimals of a multiple (16.56 倍), trailing zeros dropped. */
const TIMES_DECIMALS = 2;

/** Shares are said to two places, and to one beside them where the two differ ("88.36%（约 88.4%）"): askers and reports use both. */
const SHARE_DECIMALS = 2;

interface Found {
  name: string;
  value: number;
  unit: string;
  told?: Told;
  report?: Report;
  /** Worked out from counts the text tells (a whole said as two things added): not the asker's figure. */
  worked?: true;
}

/** Where the text first names a report's office (any of its names); the end of the text when it names none. */
function mentionAt(text: string, r: Report): number {
  const at = [r.office, ...(r.aliases ?? [])].flatMap((o) => officeNames(o)).map((n) => text.indexOf(n)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : text.length;
}


/** The reports the question sets side by side: the offices or years named, or every year of the one office. */
function reportsCompared(kn: Knowledge, u: Understanding): Report[] {
  const named = namedReports(kn, u.slots);
  if (named.length >= 2) return named;
  // (each office with its own year, "富县2024年…，比安徽省统计局2021年…": the years as the text names them, one for each)
  if (u.slots.offices.length >= 2) {
    const raw = namedReports(kn, findReportSlots(u.norm, kn.refs, u.now));
    if (raw.length >= 2) return raw;
  }
  if (u.slots.offices.length === 1 && !u.slots.years.length && EVERY_YEAR.test(u.norm)) {
    const all = [...reportsOf(kn, u.slots.offices[0]!)].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    if (all.length >= 2) return all;
  }
  return [];
}

function resolve(r: Report, item: AskedItem, unit?: string, bySentence = false): Found | undefined {
  if (item.quoted !== undefined) return { name: item.label, value: item.quoted, unit: item.unit ?? unit ?? '' };
  // (the year's proactive disclosure as the whole, "占主动公开总数的百分之几": the clause that totals it, not a nearer
  // "主动公开行政许可数量共2条")
  const total = item.whole && PROACTIVE_ITEM.test(item.label.replace(/\s+/g, '')) && (!unit || sameUnit(unit, '条')) ? proactiveTold(r) : undefined;
  // (a whole named as a volume, "办理量", "受理数", the text counting it by its verb alone: "办理434件")
  const bare = item.whole ? item.label.replace(VOLUME_END, '') : item.label;
  const told = total ?? toldCount(r, item.label, unit) ?? (bySentence ? totalInSentence(r, item.label, unit) : undefined) ?? (item.whole ? tailTold(r, item.label, unit) : undefined) ?? (bare !== item.label && bare.length >= 2 ? toldCount(r, bare, unit) : undefined);
  if (told) return { name: item.label, value: told.value, unit: told.unit, told, report: r };
  // (a whole named as two things added, "占网站加新媒体总量的百分之几": the two counts the text tells, added)
  const two = item.whole ? TWO_ADDED.exec(item.label.replace(/\s+/g, '')) : null;
  if (!two) return undefined;
  const [first, second] = [two[1] ?? two[3]!, two[2] ?? two[4]!];
  const [a, b] = [resolve(r, { label: first }, unit), resolve(r, { label: second }, unit)];
  if (!a || !b || !sameUnit(a.unit, b.unit) || a.told?.clause === b.told?.clause) return undefined;
  // (no one clause of the text tells it: never the same clause as a part)
  return { name: `${first}和${second}合计（${fmt(a.value)} + ${fmt(b.value)}）`, value: a.value + b.value, unit: a.unit, report: r, worked: true };
}

/** A whole said as two things added ("网站加新媒体总量", "政府网站和政务新媒体合计"). */
// (said as added, 加 or a sum's word after: "国家级和省级" alone, the words of the question before, is two things, no whole)
const TWO_ADDED = /^(\p{Script=Han}{2,12}?)(?:加上?|\+)(\p{Script=Han}{2,12}?)(?:的)?(?:合计|总量|总数|加起来|之和|的和|合|一共|总共)?$|^(\p{Script=Han}{2,12}?)(?:和|与|及|跟)(\p{Script=Han}{2,12}?)(?:的)?(?:合计|总量|总数|加起来|之和|的和|合|一共|总共)$/u;

/** A volume's ending ("办理量", "受理数", "发布总量"). */
const VOLUME_END = /(?:总数|总量|数量|量|数)$/;

/** Characters at least left of a whole's long name when its words before are dropped ("…窗口办理的公共法律服务事项" → "公共法律服务事项"). */
const TAIL_MIN_CHARS = 4;

/**
 * A whole named at length, the text counting it by the last words of that name ("驻省政务中心窗口办理的公共法律服务事项"
 * of "办理各类公共法律服务事项14527件"): the count told of the longest tail of the name after a 的, or of its last words.
 */
function tailTold(r: Report, label: string, unit?: string): Told | undefined {
  const tails = [label.split('的').at(-1) ?? '', ...Array.from({ length: Math.max(0, label.length - TAIL_MIN_CHARS) }, (_, i) => label.slice(i + 1))];
  for (const t of tails) {
    if (t.length < TAIL_MIN_CHARS || t === label) continue;
    const told = toldCount(r, t, unit);
    if (told) return told;
  }
  return undefined;
}

/** A total said as one ("累计公开信息858条", "共公开…", "全年主动公开信息42条,其中…"): the words right before a count that make it the total. */
const TOTAL_BEFORE = /(?:累计|合计|总计|共计|(?<!公)共|总共|一共|全年)[^，,；;。\d]{0,10}$/;

/**
 * The item's sentence as count-in-report finds it ("主动公开" → "(一)主动公开情况:…161条;…累计公开信息858条"),
 * and in it the one count said to be the total — for the same item asked of several reports, whose texts name it
 * in words of their own.
 */
function totalInSentence(r: Report, label: string, unit?: string): Told | undefined {
  const found = narrative(r, `${label}一共多少${unit ?? '条'}`, true, POLICY.countedPassageCoverage);
  const line = found?.parts.lines[0];
  if (!line) return undefined;
  const passage = r.passages.find((p) => p.text.trim() === line.trim());
  if (!passage) return undefined;
  const totals = [...line.matchAll(/(\d{1,7})\s*(?:余|多)?\s*([条件个篇项份])/g)].filter((m) => TOTAL_BEFORE.test(line.slice(Math.max(0, m.index! - 10), m.index!)));
  if (totals.length !== 1) return undefined;
  const m = totals[0]!;
  const start = Math.max(line.lastIndexOf('，', m.index!), line.lastIndexOf(',', m.index!), line.lastIndexOf('；', m.index!), line.lastIndexOf(';', m.index!)) + 1;
  return { value: Number(m[1]), unit: m[2]!, clause: line.slice(start, m.index! + m[0].length).trim(), passage };
}

/** Requests said to be received before their count ("收到政府信息公开申请44件"): their total. */
const RECEIVED_BEFORE = /(?:收到|受理|接收|接到|处理|办理)[^，,；;。\d]{0,12}(?:申请|依申请公开)$/;

/** The one total its passage tells before a count's clause, followed by 其中 ("共主动公开…373条,其中…52条"). */
export function totalBefore(part: Told, r?: Report): Told | undefined {
  // (a part's sentence opening with 其中 goes on from the one before: "…公开信息1469条。" "其中,政务动态信息1298条")
  if (r && /^\s*[（(]?\s*其中/.test(part.passage.text)) {
    const i = r.passages.indexOf(part.passage);
    const prev = i > 0 ? r.passages[i - 1] : undefined;
    if (prev && prev.section === part.passage.section) {
      // (its last count is the whole its parts are of)
      // (in the part's own measure word when the sentence has one: "…在20个工作日内…公开" is no whole of 条)
      const counts = [...prev.text.matchAll(/(\d{1,7})\s*(?:余|多)?\s*([条件个篇项份])/g)];
      const last = counts.filter((c) => c[2] === part.unit).at(-1) ?? counts.at(-1);
      if (last) {
        const start = Math.max(prev.text.lastIndexOf('，', last.index!), prev.text.lastIndexOf(',', last.index!), prev.text.lastIndexOf('；', last.index!), prev.text.lastIndexOf(';', last.index!)) + 1;
        return { value: Number(last[1]), unit: last[2]!, clause: prev.text.slice(start, last.index! + last[0].length).trim(), passage: prev };
      }
    }
  }
  const text = part.passage.text;
  const at = text.indexOf(part.clause);
  if (at < 0) return undefined;
  // (其中 after a comma or opening a bracket: "收到政府信息公开申请44件(其中:网上申请42件")
  // (or its parts in a bracket right after it, "共处理政府信息公开申请247件(网络申请195件、信函邮寄31件…)")
  const totals = [...text.matchAll(/(\d{1,7})\s*(?:余|多)?\s*([条件个篇项份])(?=[，,；;]?\s*[（(]?\s*其中|\s*[（(])/g)].filter((m) => m.index! + m[0].length <= at && (TOTAL_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!)) || RECEIVED_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))));
  if (totals.length !== 1) return undefined;
  const m = totals[0]!;
  const start = Math.max(text.lastIndexOf('，', m.index!), text.lastIndexOf(',', m.index!), text.lastIndexOf('；', m.index!), text.lastIndexOf(';', m.index!)) + 1;
  return { value: Number(m[1]), unit: m[2]!, clause: text.slice(start, m.index! + m[0].length).trim(), passage: part.passage };
}

/** Each figure quoted that the report's text states otherwise, said with the text's figure and its clause. */
function quotedAgainstText(r: Report, found: readonly Found[], unit?: string): string[] {
  return found.flatMap((f) => {
    if (f.told) return [];
    const t = toldCount(r, f.name, unit ?? f.unit);
    return t && t.value !== f.value && sameUnit(t.unit, f.unit || t.unit) ? [`注意：“${f.name}”您写的是 ${fmt(f.value)}${f.unit}，报告正文写的是 ${t.value}${t.unit}（“${t.clause}”）。\n`] : [];
  });
}

/** Whose numbers were computed with. */
/** A figure the asker gave: neither told by the text nor worked out from what it tells. */
const askers = (f: Found) => !f.told && !f.worked;
const basis = (found: Found[]) => (found.every(askers) ? '按您给的数字计算' : found.some(askers) ? '按您给的和报告的数字计算' : '按报告数字计算');


function itemLine(f: Found, many: boolean): string {
  const who = many && f.report ? `${reportLabel(f.report)}` : '';
  if (f.worked) return `${f.name}：${fmt(f.value)}${f.unit}\n`;
  if (!f.told) return `${f.name}：${fmt(f.value)}${f.unit}（您给的数字）\n`;
  return `${who}${many ? '：' : `${f.name}：`}${f.value}${f.told.approx ? '余' : ''}${f.unit}（报告正文：“${f.told.clause}”）\n`;
}

/** A count said with 余 ("140余条") enters the arithmetic as its number; the result is then about, and said so. */
export const APPROX_NOTE = '报告写的是约数“余”，结果也是约数';

function result(asked: ArithAsked, found: Found[], many: boolean): string | undefined {
  const exact = exactResult(asked, found, many);
  if (!exact || !found.some((f) => f.told?.approx) || asked.op === 'each') return exact;
  return exact.replace(/= (\d)/, '= 约 $1').replace(/多 (\d)/g, '多约 $1').replace(/（(按[^（）]*计算)）。$/, `（$1；${APPROX_NOTE}）。`);
}

function exactResult(asked: ArithAsked, found: Found[], many: boolean): string | undefined {
  const unit = found.find((f) => f.unit)?.unit ?? asked.unit ?? '';
  const name = (f: Found) => (many && f.report ? reportLabel(f.report) : f.name);
  const sum = found.reduce((a, f) => a + f.value, 0);
  switch (asked.op) {
    case 'sum':
      if (found.length < 2) return undefined;
      if (asked.claimed !== undefined) return exactResult({ ...asked, op: 'check' }, found, many);
      return `合计：${found.map((f) => fmt(f.value)).join(' + ')} = ${fmt(sum)}${unit}（${basis(found)}）。`;
    case 'times': {
      if (found.length !== 2 || !found[1]!.value) return undefined;
      const [a, b] = found as [Found, Found];
      const ratio = Number((a.value / b.value).toFixed(asked.decimals ?? TIMES_DECIMALS));
      return `${name(a)}是${name(b)}的 ${fmt(ratio)} 倍（${fmt(a.value)} ÷ ${fmt(b.value)}，${basis(found)}）。`;
    }
    case 'diff': {
      if (found.length !== 2) return undefined;
      const [a, b] = found as [Found, Found];
      if (a.value === b.value) return `两者相同，都是 ${fmt(a.value)}${unit}。`;
      const [hi, lo] = a.value > b.value ? [a, b] : [b, a];
      return `${name(hi)}多，${fmt(hi.value)} - ${fmt(lo.value)} = ${fmt(hi.value - lo.value)}${unit}，${name(hi)}比${name(lo)}多 ${fmt(hi.value - lo.value)}${unit}（${basis(found)}）。`;
    }
    case 'share': {
      const whole = found.find((f, i) => asked.items[i]?.whole);
      const part = found.find((f, i) => !asked.items[i]?.whole);
      // (a part larger than its whole read from the text is a misreading, never a share over 100%)
      if (!whole || !part || !whole.value || (part.told && whole.told && part.value > whole.value)) return undefined;
      const ratio = (part.value / whole.value) * 100;
      // (no places asked: to two places, and to one beside it where they differ — "88.36%（约 88.4%）")
      const pct = asked.decimals !== undefined ? ratio.toFixed(asked.decimals) : String(Number(ratio.toFixed(SHARE_DECIMALS)));
      const about = asked.decimals === undefined && Number(ratio.toFixed(1)) !== Number(pct) ? `约 ${ratio.toFixed(1)}%；` : '';
      return `${name(part)}占${name(whole)}的 ${pct}%（${about}${fmt(part.value)} ÷ ${fmt(whole.value)}，${basis(found)}）。`;
    }
    case 'avg': {
      if (found.length < 2) return undefined;
      const mean = sum / found.length;
      return `平均：（${found.map((f) => fmt(f.value)).join(' + ')}）÷ ${found.length} = ${fmt(Number(mean.toFixed(2)))}${unit}（${basis(found)}）。`;
    }
    case 'each':
      return found.length >= 2 ? '' : undefined;
    case 'check': {
      if (asked.claimed !== undefined && found.length >= 2) {
        const verdict = sum === asked.claimed ? `与您说的 ${asked.claimed} 一致，没错` : `不对：不是 ${asked.claimed}，相差 ${fmt(Math.abs(asked.claimed - sum))}`;
        return `相加：${found.map((f) => fmt(f.value)).join(' + ')} = ${fmt(sum)}${unit}，${verdict}（${basis(found)}）。`;
      }
      return undefined;
    }
  }
}

/** One quoted count set against the text's ("政策文件24条，没问题吧"): the text's count and whether they agree. */
function checkOne(r: Report, item: AskedItem, unit?: string): Decision | undefined {
  if (item.quoted === undefined) return undefined;
  const read = toldCount(r, item.label, item.unit ?? unit);
  if (!read) return undefined;
  // (the count read first another than quoted, the quoted one told with the item's words too — "微信149" where the text says
  // "微信公众账号(1个)发布信息149条": that one)
  const told = read.value === item.quoted ? read : (toldCountAs(r, item.label, item.unit ?? unit, item.quoted) ?? read);
  const verdict = told.value === item.quoted ? `与您说的 ${item.quoted} 一致，没错。` : `不对：报告写的是 ${told.value}${told.unit}，您说的 ${item.quoted}${item.unit ?? told.unit}与报告不一致。`;
  return {
    kind: 'passage',
    report: r,
    parts: { head: `${reportLabel(r)}：`, lines: [`${item.label}：报告正文写道“${told.clause}”，${verdict}`], source: sectionSource(told.passage.section), labelled: true },
  };
}

/** A share stated right after a count ("…1条,占信息公开总量的1.75%"). */
const SHARE_STATED_AFTER = /^[，,]?\s*(?:占|约占|比例为|占比)[^，。；;]{0,14}?\d+(?:\.\d+)?\s*[%％]/;
/** The words of a count's passage right after its clause. */
function statedAfter(t: Told): string {
  const clause = t.clause.replace(/^…/, '');
  const at = t.passage.text.indexOf(clause);
  return at < 0 ? '' : t.passage.text.slice(at + clause.length, at + clause.length + SHARE_AFTER_CHARS);
}
/** How far after a count a share it states is read (characters). */
const SHARE_AFTER_CHARS = 24;

/** Words of a whole or a balance ("平不平", "净减少", "总数", "等于"): the counts quoted are checked together, not each. */
const WHOLE_OR_BALANCE = /平不平|平吗|持平|净|总|合计|一共|共计|等于|[=＝+＋减加]/;

/** Several counts quoted, each checked against the text: every one found, or no answer here. */
function checkEach(r: Report, items: AskedItem[], unit?: string): Decision | undefined {
  const told = items.map((i) => (i.quoted !== undefined ? toldCountAs(r, i.label, i.unit ?? unit, i.quoted) : undefined) ?? toldCount(r, i.label, i.unit ?? unit));
  if (!told.every((t): t is Told => !!t)) return undefined;
  // (two items read from one count are no check of each)
  if (new Set(told.map((t) => `${t.passage.id}\u0000${t.clause}`)).size < told.length) return undefined;
  const lines = items.map((i, k) => {
    const t = told[k]!;
    const verdict = t.value === i.quoted ? '一致' : `不对：报告写的是 ${t.value}${t.unit}，您说的是 ${i.quoted}`;
    return `${i.label}：${i.quoted}${i.unit ?? t.unit}，报告正文“${t.clause}”，${verdict}。\n`;
  });
  lines[lines.length - 1] = lines.at(-1)!.trimEnd();
  const wrong = items.filter((i, k) => told[k]!.value !== i.quoted).length;
  const head = `${reportLabel(r)}（逐项核对）：${wrong ? `${wrong} 项与报告不一致。` : '各项都与报告一致。'}\n`;
  return { kind: 'passage', report: r, parts: { head, lines, source: sectionSource(told[0]!.passage.section), labelled: true } };
}

/** The question names a figure the statistics tables hold (申请, 予以公开, 复议, 规范性文件 … — trend.ts). */
const TABLE_FIGURE_NAMED = (norm: string) => figureOf(norm) !== DEFAULT_FIGURE || DEFAULT_FIGURE.words.test(norm);

/** A list of items in a bracket, after their number and what they are ("三个渠道(A、B、C)"). */
// (counted before the bracket, "三个渠道": a list of the report's parts pointed at by what they are, "机构设置类信息（…）", is
// sum-in-text's)
const LIST_IN_BRACKET = /(?:[一二两三四五六七八九十\d]+)个?[\p{Script=Han}]{1,4}[(（]([^()（）]{2,40}?、[^()（）]{2,60})[)）]/u;

/** Parts taken away from a count and the rest asked ("扣掉部门动态、重点领域这两类，剩下的…多少", "除了A以外其他的加起来"). */
/** Taking parts away from a count ("扣掉", "减去"). */
const REST_VERB = /扣掉|扣除|去掉|除去|除掉|除了|减去|减掉|不算|刨去|刨掉/;
const REST_ASKED = /(?:扣掉|扣除|去掉|除去|除掉|除了|减去|减掉|不算|刨去|刨掉)([^，,。？?]{2,40}?)(?:这|那)?(?:[两三四五六几\d]?(?:类|项|个|部分))?(?:以外|之外|外)?[，,\s]*(?:还剩|剩下|剩余|剩|其余|其他|其它|别的)/;

/** The rest of a whole quoted with 里 named as what is not one part ("那55篇解读里 不是文字解读的有多少篇"). */
const REST_NOT_PART = /\d+\s*[条件个篇项份]\p{Script=Han}{0,6}?(?:里|中|当中)(?:头|面|边)?[，,\s]*(?:不是|不属于|不算)([^，,。？?\d]{2,20}?)的(?:还)?(?:有|是|共)?(?:多少|几)/u;

/** Parts taken away from a whole quoted with 里 ("28件里，扣掉上年结转的，"), the rest asked in a clause after. */
const REST_OF_QUOTED = /\d+\s*[条件个篇项份](?:里|中|当中)(?:头|面|边)?[，,\s]*(?:扣掉|扣除|去掉|除去|除掉|减去|减掉|不算|刨去|刨掉)([^，,。？?]{2,30}?)的?[，,]/;

/** The rest of a count asked as what lies beyond its parts ("1816条里 政务动态以外的有多少条"). */
const REST_BESIDES = /(?:里|中|当中)(?:头|面|边)?[，,\s]*(?:除了|除去)?([^，,。？?\d]{2,20}?)(?:以外|之外)的?(?:还有|有|是|共)?(?:多少|几)/;

/** What the rest are, asked ("剩下几项分别是什么类型", "其余的是哪些"). */
const REST_KINDS_ASKED = /分别是什么|什么类型|哪些类型|哪几类|哪几种|是哪些|都是什么|是什么/;
/** The rest's count asked ("算下来是多少条", "加起来一共几条"). */
const REST_COUNTED = /多少|几[条件个篇项份]|加起来|合计|一共|总共/;

/** The rest of a count the text tells, its parts named taken away; undefined unless every figure is told. */
function restOf(kn: Knowledge, u: Understanding, state: ConvState, text: string, partsSaid: string): Decision | undefined {
  const r = pickReport(kn, u.slots, state).report;
  // (the parts are rows of the tables, "除了予以公开的，其余的申请一共几件": the table rules answer, never the proactive total)
  if (!r || (u.metric && hasTableFigures(r))) return undefined;
  const unit = /(?:多少|几)\s*([条件个篇项份])/.exec(text)?.[1] ?? '条';
  // (a part said with its count, "除了行政许可30项": the part's name, its count being the text's to tell)
  const said = partsSaid.split(/[、,，]|和|与|及|以及/).map((p) => p.replace(/^[“"]|[”"]$/g, '').trim()).map((p) => ({ label: p.replace(/\d+\s*[条件个篇项份]?$/, '').trim().replace(/(?<=\p{Script=Han}{2})的$/u, ''), count: /(\d+)\s*[条件个篇项份]?$/.exec(p)?.[1] })).filter((p) => p.label.length >= 2);
  if (!said.length) return undefined;
  // (the whole quoted, "那696条里", or said right before the parts taken from it, "全年931条，减掉…"; or else the year's
  // proactive total)
  const quoted = new RegExp(`(\\d+)\\s*${unit}(?=[^，,。？?]{0,6}(?:里|中|当中))`).exec(text) ?? new RegExp(`(\\d+)\\s*${unit}[，,\\s]*(?=${REST_VERB.source})`).exec(text);
  const total = quoted ? { value: Number(quoted[1]), clause: undefined } : proactiveTold(r);
  if (!total) return undefined;
  // (a part the text does not tell in words the asker used, quoted with its count, "减掉网站栏目79条": the asker's count)
  const parts = said.map(({ label, count }) => ({ label, told: toldCount(r, label, unit) ?? (count !== undefined ? ({ value: Number(count), unit, clause: '', quotedOnly: true } as unknown as Told) : undefined) }));
  if (parts.some((p) => !p.told || p.told.approx)) return undefined;
  const taken = parts.reduce((a, p) => a + p.told!.value, 0);
  const left = total.value - taken;
  if (left < 0) return undefined;
  // (what the rest are, asked, "剩下几项分别是什么类型": the sentence that lists them with the part taken away)
  const fromText = parts.find((p) => p.told!.passage)?.told;
  const listed = REST_KINDS_ASKED.test(text) && fromText ? sentencesOf(r).find((x) => x.text.includes(fromText.clause)) : undefined;
  const lines = [
    ...parts.map((p) => `${p.label}：${p.told!.value}${p.told!.unit}${(p.told as { quotedOnly?: boolean }).quotedOnly ? '（按您给的数字）' : `（报告正文：“${p.told!.clause}”）`}\n`),
    `${total.value} − ${parts.map((p) => p.told!.value).join(' − ')} = ${left}${unit}（按报告数字计算${quoted ? '，总数按您给的数字' : ''}）。`,
    ...(listed ? [`\n报告正文写道：${listed.text.trim()}`] : []),
  ];
  return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：\n`, lines, source: fromText ? sectionSource(fromText.passage.section) : undefined, labelled: true } };
}

/** The words of the message as typed that the synonym table read as `label` ("热线" of 电话). */
function asTyped(kn: Knowledge, u: Understanding, label: string): string[] {
  if (!kn.synonyms) return [];
  const typed = normalize(u.text);
  return [...kn.synonyms].filter(([w, c]) => c === label && w !== label && typed.includes(w)).map(([w]) => w);
}

/** A sum asked in a clause after the items asked each ("…各几条？两项合计多少？"). */
const EACH_THEN_SUM = /各[^，,？?。]{0,6}[？?，,。]\s*(?:两项|二者|两者|它们|这两个|两个)?(?:合计|一共|总共|加起来|合起来|加一块|共计|总计)/;
/** How a count is made up, asked ("怎么构成的", "由哪些组成", "怎么来的"). */
const MADE_UP_ASKED = /构成|组成|怎么来的|从哪来的|分项|明细|细分/;

/** readArith() of the whole question, offices named and all, when every item is a count quoted and two offices or more are named. */
function quotedOfOffices(u: Understanding): ReturnType<typeof readArith> {
  if (u.slots.offices.length < 2) return undefined;
  const read = readArith(u.norm);
  return read && read.items.length >= 2 && read.items.every((i) => i.quoted !== undefined) ? read : undefined;
}

export const textArithmetic: Rule = {
  name: 'text-arithmetic',
  doc: 'A sum, difference, share or check asked of counts the report tells in its text ("政务动态比政府信息公开类多几条", "网站272+微博608=880对吗", "机构信息占主动公开总量百分之几"), of one report or of one item across the reports named: each count as the text tells it, then the computation — only when every item is found.',
  decide: (u: Understanding, state: ConvState, kn: Knowledge) => {
    const text = withoutSlots(u);
    // what is left of a count when some of its parts are taken away ("696条里，扣掉部门动态、重点领域…，剩下的是多少")
    const rest = REST_ASKED.exec(text);
    // (a count of the rest asked after it, "剩下的是多少条" — not whether the others are all zero)
    if (rest && REST_COUNTED.test(text.slice(rest.index + rest[0].length))) return restOf(kn, u, state, text, rest[1]!);
    // (or taken away from a whole quoted with 里, the rest then named in words of its own: "答复的28件里，扣掉上年结转的，当年新收的答复了几件")
    const fromQuoted = REST_OF_QUOTED.exec(text);
    if (fromQuoted && REST_COUNTED.test(text.slice(fromQuoted.index + fromQuoted[0].length))) return restOf(kn, u, state, text, fromQuoted[1]!);
    // (or the rest named as what is not the part, "55篇解读里 不是文字解读的有多少篇")
    const notPart = REST_NOT_PART.exec(text);
    if (notPart) return restOf(kn, u, state, text, notPart[1]!);
    // (or the parts said as what lies beyond them, "1816条里 政务动态以外的有多少条")
    const besides = REST_BESIDES.exec(text);
    if (besides) return restOf(kn, u, state, text, besides[1]!);
    // (the parts of a list the report tells, pointed at: "括号里那15项加起来是96吗" — the report's sum, sum-in-text's)
    if (TOLD_PARTS_NAMED.test(text)) return undefined;
    // (the items listed in a bracket after what they are, "三个渠道(门户网站、信息报送平台、公众号)一共…": the items)
    // (counts quoted of offices named, the office the only label a count has — "安居区主动公开17448是碧谷街道481条的多少倍": read
    // with the offices' names, each count then said with its report)
    const plain = readArith(text.replace(LIST_IN_BRACKET, '$1'));
    const read = plain ?? quotedOfOffices(u);
    if (!read) return undefined;
    const withOffices = !plain;
    // (each asked and then their sum in a clause of its own, "…各几条？两项合计多少？": the sum, sum-in-text's)
    if (read.op === 'each' && EACH_THEN_SUM.test(text)) return undefined;
    // (how one quoted count is made up, "主动公开7784条，这个数是怎么构成的": its breakdown, parts-of-told-count's — not a check)
    if (read.op === 'check' && MADE_UP_ASKED.test(text) && read.items.filter((i) => i.quoted !== undefined).length <= 1) return undefined;
    // (two items the text counts together, "目录和我局专题专栏共188条", their sum asked: the report's own joint count, sum-in-text's)
    if (read.op === 'sum' && read.items.length === 2 && read.items.every((i) => i.quoted === undefined)) {
      const r = pickReport(kn, u.slots, state).report;
      if (r && jointCount(r, read.items.map((i) => i.label))) return undefined;
    }
    const asked: ArithAsked = { ...read, decimals: decimalsAsked(u.norm) };
    // (counts quoted to check and their total asked as a how-many, "核一下：网站153条，公众号352条，合计是多少": a sum, no
    // claim to check)
    // (only two counts, nothing set against them: "…合计多少？跟172对得上吗" checks them against the whole, the check's own)
    if (asked.op === 'check' && asked.claimed === undefined && asked.items.length === 2 && asked.items.every((i) => i.quoted !== undefined) && /(?:合计|总数|一共|总共|加起来|共)[^，。？?]{0,8}(?:多少|几)/.test(text) && !SET_AGAINST_WORDS.test(text)) asked.op = 'sum';
    const compared = reportsCompared(kn, u);
    // (results of table 三 added up, "予以公开和部分公开合计多少件", of one report with no tables: each row's count the text tells,
    // answered as the rows — the conversation then keeps them, "占办结量的比例呢" is their share)
    if (asked.op === 'sum' && compared.length <= 1 && u.metric?.table === '三' && u.metric.rows.length === asked.items.length && asked.items.every((i) => i.quoted === undefined)) {
      const r = pickReport(kn, u.slots, state).report;
      if (r && !hasTableFigures(r) && u.metric.rows.every((x) => x !== 'total' && x !== 'new' && toldFigure(kn)(r, { ...u.metric!, rows: [x] }))) return undefined;
    }
    // a figure the tables hold of the reports compared ("2023年比2022年申请多了多少件"): the trend and table rules answer
    if (compared.length >= 2 && compared.some(hasTableFigures) && TABLE_FIGURE_NAMED(u.norm)) return undefined;
    // counts the asker quotes of several reports ("两江…11537条，福建发改委…3357条，差多少"): computed as quoted
    const quotedOnly = asked.items.length >= 2 && asked.items.every((i) => i.quoted !== undefined) && asked.op !== 'check' && asked.op !== 'each';
    if (compared.length >= 2 && quotedOnly) {
      // (one count for each report named, in the order named: each said with its report)
      // (not when the labels are the offices' names as asked, read with them: each label says its office)
      const byReport = asked.items.length === compared.length && !withOffices;
      const found = asked.items.map((i, k) => ({ ...resolve(compared[0]!, i, asked.unit)!, ...(byReport ? { name: `${reportLabel(compared[k]!)}${i.label}` } : {}) }));
      const res = result(asked, found, false);
      return res ? { kind: 'passage', report: compared.at(-1)!, parts: { head: '按您给的数字：\n', lines: [...found.map((f) => itemLine(f, false)), res], labelled: true } } : undefined;
    }
    // an item of each report named, in the order named ("富县…主动公开的信息条数，比安徽省统计局…编发的各类信息多多少条")
    if (compared.length === 2 && asked.items.length === 2 && asked.items.every((i) => i.quoted === undefined) && (asked.op === 'diff' || asked.op === 'sum')) {
      if (u.metric && compared.some(hasTableFigures)) return undefined;
      const inOrder = [...compared].sort((a, b) => mentionAt(u.norm, a) - mentionAt(u.norm, b));
      const found = asked.items.map((i, k) => resolve(inOrder[k]!, i, asked.unit, true));
      if (!found.every((f): f is Found => !!f)) return undefined;
      const named = found.map((f) => ({ ...f, name: `${reportLabel(f.report!)}${f.name}` }));
      const res = result(asked, named, false);
      return res ? { kind: 'passage', report: inOrder[1]!, parts: { head: '据各报告正文：\n', lines: [...named.map((f) => itemLine(f, false)), res], labelled: true } } : undefined;
    }
    if (compared.length >= 2) {
      // one item in each report ("谁的依申请公开多", "主动公开合计多少条")
      if (asked.items.length > 1 || asked.items.some((i) => i.quoted !== undefined)) return undefined;
      const label = asked.items[0]?.label ?? residualLabel(text);
      if (!label || (u.metric && compared.some(hasTableFigures))) return undefined;
      const found: Found[] = [];
      for (const r of compared) {
        const f = resolve(r, { label }, asked.unit, true);
        if (!f) return undefined;
        found.push(f);
      }
      // (one kind of count: 条 and 件 both count pieces; a count told as none takes the others' unit)
      if (found.some((f) => f.unit && found.some((g) => g.unit && !sameUnit(f.unit, g.unit)))) return undefined;
      const unit = asked.unit ?? found.find((f) => f.unit)?.unit ?? '';
      for (const f of found) if (!f.unit || f.told?.value === 0) f.unit = unit;
      const op = asked.op === 'check' ? 'sum' : asked.op;
      if (op === 'share' || op === 'each') return undefined;
      // (how many times the other, of two reports: the one named first over the one named after, "A…是B的多少倍")
      if (op === 'times' && compared.length !== 2) return undefined;
      const ordered = op === 'times' ? [...found].sort((a, b) => mentionAt(u.norm, a.report!) - mentionAt(u.norm, b.report!)) : found;
      const res = result({ ...asked, op }, ordered, true);
      if (!res) return undefined;
      return { kind: 'passage', report: newest(compared) ?? compared[0]!, parts: { head: `据各报告正文（${label}）：\n`, lines: [...found.map((f) => itemLine(f, true)), res], labelled: true } };
    }
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // a figure of the tables: the table rules answer (they check the asker's figures against the table too)
    // (not a table word read vaguely beside items only the report names, "“市长信箱”和“网民留言”各受理了多少件")
    const ownItems = !!u.metric?.vague && asked.items.length >= 2 && asked.items.every((i) => u.reportOnlyWords.some((w) => i.label.includes(w)));
    // (nor a share of the year's proactive total, "规章类信息占主动公开总数的比例": no table gives it; the text's counts do)
    const ofProactive = asked.op === 'share' && asked.items.length === 2 && !!asked.items[1]!.whole && PROACTIVE_ITEM.test(asked.items[1]!.label.replace(/\s+/g, '')) && asked.items.every((i) => i.quoted === undefined) && !!toldCount(r, asked.items[0]!.label, asked.unit);
    if (u.metric && hasTableFigures(r) && !ownItems && !ofProactive) return undefined;
    // (one count quoted and checked alone; "网站42条，各类加总是不是42" asks about its parts, not about it)
    if (asked.op === 'check' && asked.items.length === 1) return asked.claimed === undefined && !PARTS_ASKED.test(text) ? checkOne(r, asked.items[0]!, asked.unit) : undefined;
    // (several counts quoted, each to check, nothing added: "微信149 微博149 抖音46 快手46，数对不对")
    // (counts with their measure words are quoted-count-checked's, and a whole or a balance named is a sum's check)
    if (asked.op === 'check' && asked.claimed === undefined) return asked.items.length >= 2 && asked.items.every((i) => i.quoted !== undefined && !i.unit) && !PARTS_ASKED.test(text) && !WHOLE_OR_BALANCE.test(text) ? checkEach(r, asked.items, asked.unit) : undefined;
    // (their sum asked next, "加起来多少" right after such a check: the counts checked, added)
    if (!asked.items.length && asked.op === 'sum' && state.text && state.report === r.id) {
      const before = readArith(cutSpans(state.text, findReportSlots(state.text, kn.refs, u.now).spans));
      if (before?.op === 'check' && before.claimed === undefined && before.items.length >= 2 && before.items.every((i) => i.quoted !== undefined)) {
        // (each the count the text tells as quoted, or the asker's own)
        const found: Found[] = before.items.map((i) => {
          const t = toldCountAs(r, i.label, i.unit ?? before.unit, i.quoted!);
          return t ? { name: i.label, value: t.value, unit: t.unit, told: t, report: r } : { name: i.label, value: i.quoted!, unit: i.unit ?? before.unit ?? '' };
        });
        const res = result({ ...asked, items: before.items.map((i) => ({ label: i.label })) }, found, false);
        return res ? { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：\n`, lines: [...found.map((f) => itemLine(f, false)), res], labelled: true } } : undefined;
      }
    }
    // "这部分占受理数的比例" right after a sum worked out ("不属于本机关的和信息不存在的加一起呢"): that sum, of the whole named
    // ("这几项占…" reads no item: the whole is the words after 占)
    if (asked.op === 'share' && state.text && state.report === r.id && GROUP_PART_BEFORE_SHARE.test(text)) {
      const whole = asked.items.find((i) => i.whole)?.label ?? WHOLE_AFTER_SHARE.exec(text)?.[1];
      const shared = whole ? lastSumShare(r, whole, asked, cutSpans(state.text, findReportSlots(state.text, kn.refs, u.now).spans)) : undefined;
      if (shared) return shared;
    }
    // (only the whole named, after 占, "占办理量的比例多少" right after a count: that whole; the count asked last is the part, below)
    if (asked.op === 'share' && !asked.items.length && state.text && state.report === r.id) {
      const whole = WHOLE_AFTER_SHARE.exec(text)?.[1];
      if (whole) asked.items = [{ label: whole, whole: true }];
    }
    if (!asked.items.length) return undefined;
    // (two things named, neither as the whole, the share said after one: "复议…，结果纠正的比例是多少" — the other is the whole)
    if (asked.op === 'share' && asked.items.length === 2 && !asked.items.some((i) => i.whole)) {
      const at = asked.items.findIndex((i) => SHARE_SAID_AFTER.test(i.label));
      if (at >= 0 && !SHARE_SAID_AFTER.test(asked.items[1 - at]!.label)) asked.items = asked.items.map((i, k) => (k === at ? { ...i, label: i.label.replace(SHARE_SAID_AFTER, '') } : { ...i, whole: true }));
    }
    // a share of a part right after a count ("门户网站公开多少条" then "其中公示公告类占多少比例"): of that count
    // (a whole said only as "总数"/"比" is no item: the count asked before is the whole)
    if (asked.op === 'share' && state.text && state.report === r.id) {
      const said = (t: string | undefined) => (t ? residualLabel(cutSpans(t, findReportSlots(t, kn.refs, u.now).spans)) : '');
      asked.items = asked.items.filter((i) => !(i.whole && i.quoted === undefined && (i.label.length < 2 || GENERIC_WHOLE.test(i.label))));
      // "那它占总数百分之多少" right after a part counted ("其中县政府网站是多少"): that part, of the count asked before it
      if (asked.items.length === 1 && PRONOUN_PART.test(asked.items[0]!.label)) {
        const part = said(state.text);
        const whole = said(state.previousText);
        if (!part || !whole || part === whole) return undefined;
        asked.items = [{ label: part }, { label: whole, whole: true }];
      }
      // (the whole quoted after 占, "占全年发布总数3545条的百分之几" right after a count: that count is the part)
      // (or named, not quoted, "占办理量的比例多少" right after "其中同意公开或部分公开的呢": the count asked last is the part)
      if (asked.items.length === 1 && asked.items[0]!.whole) {
        const last = said(state.text);
        if (last && last !== asked.items[0]!.label) asked.items = [{ label: last }, asked.items[0]!];
      }
      if (asked.items.length === 1 && !asked.items[0]!.whole) {
        // (the last question took parts away, "去掉工作动态还剩几条": the whole is the count asked before it)
        const last = REST_VERB.test(state.text) ? '' : said(state.text);
        // (the part itself was the last thing asked: the whole is the one asked before it)
        const whole = last && last !== asked.items[0]!.label ? last : said(state.previousText);
        if (whole && whole !== asked.items[0]!.label) asked.items.push({ label: whole, whole: true });
      }
    }
    // (a share of the whole said only as "总数", nothing asked before: the total its sentence tells before the part,
    // "共主动公开政府信息373条,其中…本单位网站公开政府信息数52条")
    // (or the whole named as the requests in general, "网上申请占全部申请的比例": the count its part is one of)
    const generalWhole = asked.items.length === 2 && asked.items[1]!.whole && asked.items[1]!.quoted === undefined && GENERAL_WHOLE.test(asked.items[1]!.label);
    // (a whole said only as 占比's 比 is none: "惠民惠农信息占比多少")
    // (or one item said to 占 a share of nothing named, "写信申请的占百分之多少" — not a rate of its own, "解读比例是多少")
    const noWhole = asked.op === 'share' && ((asked.items.length === 2 && asked.items[1]!.whole && asked.items[1]!.quoted === undefined && asked.items[1]!.label.length < 2) || (asked.items.length === 1 && !asked.items[0]!.whole && /占/.test(text)));
    if (noWhole) asked.items = asked.items.slice(0, 1);
    if (asked.op === 'share' && (asked.items.length === 1 || generalWhole) && !(state.text && state.report === r.id)) {
      const [part] = asked.items;
      // (or no whole said at all, only 占比, "惠民惠农信息占比多少": the total its sentence, or the one before, tells)
      if (!part!.whole && part!.quoted === undefined && (WHOLE_AS_TOTAL.test(text) || generalWhole || noWhole)) {
        const p = resolve(r, part!, asked.unit);
        const t = p?.told ? totalBefore(p.told, r) : undefined;
        // (no total told before the part: the whole as the other rules read it, below — or nothing, for 总数 alone)
        // (requests counted in 件 and their parts in 条, "收到依申请公开8件,其中,网络申请数3条": one measure)
        const fits = p && t && (sameUnit(t.unit, p.unit) || (REQUEST_UNITS.has(t.unit) && REQUEST_UNITS.has(p.unit))) && t.value >= p.value;
        const res = fits ? result({ ...asked, items: [part!, { label: '总数', whole: true }] }, [p!, { name: '总数', value: t!.value, unit: t!.unit, told: t, report: r }], false) : undefined;
        if (res) return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：\n`, lines: [itemLine(p!, false), `总数：${t!.value}${t!.unit}（报告正文：“${t!.clause}”）\n`, res], source: sectionSource(t!.passage.section), labelled: true } };
        if (!generalWhole && WHOLE_AS_TOTAL.test(text)) return undefined;
      }
    }
    const found: Found[] = [];
    for (const item of asked.items) {
      // (things of one kind counted together, "两个公众号": each of the list the text gives of them)
      const group = item.quoted === undefined ? toldGroup(r, item.label, asked.unit) : undefined;
      if (group) {
        found.push(...group.map((g) => ({ name: g.name, value: g.told.value, unit: g.told.unit, told: g.told, report: r })));
        continue;
      }
      // (an item the synonym table read as another word, "热线" read as 电话: the word as typed, when the text counts that)
      const f = resolve(r, item, asked.unit) ?? asTyped(kn, u, item.label).map((label) => resolve(r, { ...item, label }, asked.unit)).find(Boolean);
      if (!f) return undefined;
      found.push(f);
    }
    // (a share the text states itself right after the part, "建议提案办理1条,占信息公开总量的1.75%": its words, not one worked out)
    if (asked.op === 'share' && found[0]?.told && SHARE_STATED_AFTER.test(statedAfter(found[0].told))) return undefined;
    // two items read from one joint count ("人大代表建议、政协提案共87件"): the text gives no count of each
    // (a list given "respectively" holds each item's own count in one clause)
    // (two counts of one clause are each their own: "复议案件102件,办理结果为:…结果纠正62件")
    const clauses = found.filter((f) => f.told && !f.told.listed).map((f) => `${f.told!.passage.id}\u0000${f.told!.clause}\u0000${f.told!.value}`);
    if (new Set(clauses).size < clauses.length) return undefined;
    const res = result(asked, found, false);
    if (res === undefined) return undefined;
    const told = found.find((f) => f.told)?.told;
    // (a figure the asker quotes that the text states otherwise, "无法提供9件" where it says 8件: said first)
    const differs = asked.op === 'check' || asked.op === 'sum' ? quotedAgainstText(r, found, asked.unit) : [];
    // (and the sum again with the text's figures: "7 + 6 + 8 = 21件")
    if (differs.length && found.length >= 2) {
      const values = found.map((f) => (f.told ? f.value : toldCount(r, f.name, asked.unit ?? f.unit)?.value ?? f.value));
      differs.push(`按报告正文的数字相加：${values.join(' + ')} = ${values.reduce((a, b) => a + b, 0)}${asked.unit ?? found[0]!.unit}（按报告数字计算）。\n`);
    }
    // (the sum set against the total the text tells before its parts, named but not quoted: "…加起来和主动公开总数对得上吗")
    const against = asked.op === 'sum' && asked.claimed === undefined && told && TOTAL_SET_AGAINST.test(text) ? totalBefore(told, r) : undefined;
    const sum = found.reduce((a, f) => a + f.value, 0);
    const verdict = against && sameUnit(against.unit, told!.unit) && against.value >= Math.max(...found.map((f) => f.value))
      ? `与报告写的总数 ${against.value}${against.unit}（报告正文：“${against.clause}”）${against.value === sum ? '相等，一致' : `不一致，相差 ${fmt(Math.abs(against.value - sum))}${against.unit}`}。\n`
      : undefined;
    const lines = [...differs, ...found.map((f) => itemLine(f, false)), ...(res ? [res] : []), ...(verdict ? [verdict] : [])];
    lines[lines.length - 1] = lines.at(-1)!.replace(/\n$/, '');
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：\n`, lines, source: told ? sectionSource(told.passage.section) : undefined, labelled: true } };
  },
};

/** Words that set a sum against another figure ("跟172对得上吗", "等不等于", "写成…不对劲"). */
const SET_AGAINST_WORDS = /对得上|对不上|一致|等不等于|等于|对不对|对吗|是不是|相符|吻合|不对劲|写成|前后/;

/** The share said right after the part's name ("结果纠正的比例", "纠正的占比"). */
const SHARE_SAID_AFTER = /(?:的)?(?:比例|占比|比重)$/;

/** A sum asked against the total ("和主动公开总数对得上吗", "加起来等不等于总数"). */
const TOTAL_SET_AGAINST = /(?:总数|总量|总计|合计数)[^，。？?]{0,6}(?:对得上|对不上|一致|相等|吻合|相符)|(?:等于|等不等于|是不是|对得上|对不上|一致|相符)[^，。？?]{0,10}(?:总数|总量|总计|合计数)/;
