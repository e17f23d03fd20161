/**
 * Rule for why some requests came out as they did, their count quoted and no row of the tables read
 * ("新港街道2023年有2件申请没给信息，原因是什么？") — or only 不予公开 read from everyday words beside the count ("为啥有2件
 * 没给公开"), the report having no tables: the one sentence of the report that counts them among the requests
 * — what it says of them, as printed, never the regulation's list of reasons in its place.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { hasTableFigures, pickReport } from '../select.js';
import { kindsOf, top, topScore, withoutSlots } from './helpers.js';
import { reportFree } from '../handlers.js';
import { THRESHOLDS } from '../thresholds.js';
import { contentWords, sentencesOf } from '../../answer/retrieve.js';
import type { Rule } from './types.js';
import { GROUND_NAMED, HOW_DONE_ASKED, NOT_GIVEN_WHY } from '../patterns.js';

/** A count of requests quoted ("2件"). */
const REQUESTS_QUOTED = /(?<![\d.])(\d{1,5})\s*件/g;
/** A count of requests not given, in everyday words right after it ("有2件没给公开"): no row of the tables named. */
// (or with the why between, "那1件申请为什么没给公开")
const LOOSE_NOT_GIVEN = /(?<![\d.])(\d{1,5})\s*件[^，,。？?\d]{0,8}(?:没给|不给|没有给|没公开|没有公开|没提供|没有提供)/;
/** A count quoted within another ("41件申请里有6件", "15件中有2件"): the part's number. */
const PART_OF_QUOTED_WHOLE = /(?<![\d.])\d{1,5}\s*件[^，,。？?\d]{0,6}(?:里|中|当中|之中)(?:面)?[，,]?(?:有|其中)?\s*(\d{1,5})\s*件/;
/** A sentence that breaks down the one before it ("其中…"). */
const BREAKDOWN = /^(?:其中|包括|分别为|具体为)/;
/** A sentence that counts requests itself: no account of how they were handled. */
const REQUESTS_COUNT_IN = /\d+\s*件/;
/** Sections where the text tells the year's requests (the opening, 一 总体情况, 三 the requests). */
const REQUEST_SECTIONS: ReadonlySet<string> = new Set(['前言', '一', '三']);

export const quotedCountWhy: Rule = {
  name: 'quoted-count-why',
  doc: 'Why some requests came out as they did, their count quoted and no row read ("有2件申请没给信息，原因是什么"): the one sentence of the report that counts them among the requests, as printed.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why || !/申请/.test(u.norm)) return undefined;
    const text = withoutSlots(u);
    // (a row read only from everyday words beside the count, "为啥有2件没给公开", of a report with no tables: that count)
    const loose = u.metric ? LOOSE_NOT_GIVEN.exec(text)?.[1] : undefined;
    if (u.metric && !(loose && u.metric.table === '三' && u.metric.rows.length === 1 && u.metric.rows[0] === 'refused')) return undefined;
    // (a part quoted of a whole, "41件申请里有6件…": the part is asked)
    const part = PART_OF_QUOTED_WHOLE.exec(text)?.[1];
    const counts = loose ? [loose] : part ? [part] : [...new Set([...text.matchAll(REQUESTS_QUOTED)].map((m) => m[1]!))];
    if (counts.length !== 1) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || (loose && hasTableFigures(r))) return undefined;
    const counted = new RegExp(`(?<![\\d.])${counts[0]}\\s*件`);
    // (or a breakdown of the requests the sentence before counts, "其中答复结果为予以公开的共2件,…本机关不掌握相关政府信息6件。":
    // both sentences)
    const before = (i: number) => (i > 0 && r.passages[i - 1]!.section === r.passages[i]!.section ? r.passages[i - 1] : undefined);
    const said = r.passages.flatMap((p, i) => {
      if (!REQUEST_SECTIONS.has(p.section) || !counted.test(p.text)) return [];
      if (/申请/.test(p.text)) return [[p]];
      // (or the one before that, a remark between — "共收到申请19件。" "全部已在规定时间内答复。" "其中,…不掌握相关信息7件。")
      if (!BREAKDOWN.test(p.text.trim())) return [];
      const lead = before(i);
      const earlier = lead && !/申请/.test(lead.text) && !/\d/.test(lead.text) ? before(i - 1) : undefined;
      return lead && /申请/.test(lead.text) ? [[lead, p]] : earlier && /申请/.test(earlier.text) ? [[earlier, lead!, p]] : [];
    });
    if (said.length !== 1) return undefined;
    const found = said[0]!;
    // (how it was done, asked, "那4件是怎么做到全部按时办完的": the sentence before it under the same heading tells it,
    // "按照依申请公开事项工作流程,加强与申请人沟通,…")
    const at = r.passages.indexOf(found[0]!);
    const lead = HOW_DONE_ASKED.test(u.norm) ? before(at) : undefined;
    const ps = lead && lead.heading === found[0]!.heading && !REQUESTS_COUNT_IN.test(lead.text) ? [lead, ...found] : found;
    // (why so few or so many asked, "为什么…只有3件", of sentences that only count: said that the report gives no reason)
    // (or why they were not given, "剩下3件为什么没公开", of sentences that name no ground: said so too)
    const noReason = (AMOUNT_WHY.test(u.norm) || NOT_GIVEN_WHY.test(u.norm)) && !ps.some((p) => REASON_OR_PURPOSE.test(p.text) || GROUND_NAMED.test(p.text)) ? [NO_REASON_TOLD] : [];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [...ps.map((p) => p.text.trim()), ...noReason], source: sectionSource(ps[0]!.section), labelled: true } };
  },
};

/** Why the amount is what it is, asked ("只有3件", "才5件", "这么少", "那么多"). */
const AMOUNT_WHY = /只有|才|仅|这么(?:少|多)|那么(?:少|多)|如此(?:少|多)/;


/** A count of something the office did, quoted ("让40家部门", "更新了339个目录"): the number and its measure word. */
const THING_COUNT_QUOTED = /(?<![\d.])(\d{1,6})\s*(家|个|条|篇|项|次|场|期|所|名|户|批|件|份)/g;
/** A count quoted roughly in ten-thousands ("18万多条", "3万余次"): the sentence prints it exactly (186928条) or so (18.69万条). */
const ROUGH_TEN_THOUSANDS_QUOTED = /(?<![\d.])(\d{1,4})\s*万(?:多|余)?\s*(家|个|条|篇|项|次|场|期|所|名|户|批|件)/g;
/** A count quoted roughly in thousands ("五千多条", "5千余条"): the sentence prints it exactly (5274条). */
const ROUGH_THOUSANDS_QUOTED = /([一二两三四五六七八九]|(?<![\d.])[1-9])千(?:多|余)\s*(家|个|条|篇|项|次|场|期|所|名|户|批|件|份)/g;
/** Chinese digits of a rough count. */
const HAN_DIGIT: Readonly<Record<string, string>> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** How a rough count in thousands is kept among the quoted ones ("~k5条"). */
const ROUGH_K = '~k';
/** How a rough count is kept among the quoted ones ("~18万条"). */
const ROUGH = '~';
/** A count quoted with its measure word ("40家") as the text may print it: the number alone, a space allowed before the measure. */
function countAndMeasure(quoted: string): RegExp {
  if (quoted.startsWith(ROUGH_K)) {
    // (五千多 is any count from 5001 to 5999)
    const [, n, measure] = /^~k(\d)(.)$/.exec(quoted)!;
    return new RegExp(`(?<![\\d.])${n}\\d{3}\\s*${measure}`);
  }
  if (quoted.startsWith(ROUGH)) {
    // (18万 is any count from 180000 to 189999, or 18万 with decimals)
    const [, n, measure] = /^~(\d+)万(.)$/.exec(quoted)!;
    return new RegExp(`(?<![\\d.])(?:${n}\\d{4}|${n}(?:\\.\\d+)?万(?:余|多)?)\\s*${measure}`);
  }
  return new RegExp(`(?<![\\d.])${quoted.replace(/\D+$/, '')}\\s*${quoted.replace(/^\d+/, '')}`);
}
/** Digits from which a quoted count is specific enough to name its sentence alone ("2500条"; "3件" is not). */
const SPECIFIC_COUNT_DIGITS = 3;
/** The fewest words of the question, besides the count, that the sentence must hold: it is the same thing done. */
const SHARED_WORDS_MIN = 2;

/**
 * The one sentence of the report that holds the count the question quotes ("让40家部门", "政策解读93次") and at least
 * `minShared` of the question's other words: the report, its sentences, that sentence's place and the count's pattern.
 */
function sentenceOfQuotedCount(...[u, state, kn, minShared, prefer]: [...Parameters<Rule['decide']>, number, ((text: string) => boolean)?]) {
  const text = withoutSlots(u);
  const quotedIn = (t: string) => [
    ...new Set([
      ...[...t.matchAll(THING_COUNT_QUOTED)].map((m) => `${m[1]}${m[2]}`),
      ...[...t.matchAll(ROUGH_TEN_THOUSANDS_QUOTED)].map((m) => `${ROUGH}${m[1]}万${m[2]}`),
      ...[...t.matchAll(ROUGH_THOUSANDS_QUOTED)].map((m) => `${ROUGH_K}${HAN_DIGIT[m[1]!] ?? m[1]}${m[2]}`),
    ]),
  ];
  // (two counts quoted, "网站5667条以外，为啥还有约2500条": the one of the clause that asks)
  const all0 = quotedIn(text);
  const counts = all0.length > 1 ? quotedIn(u.focus) : all0;
  if (counts.length !== 1) return undefined;
  const r = pickReport(kn, u.slots, state).report;
  if (!r) return undefined;
  const counted = countAndMeasure(counts[0]!);
  const all = sentencesOf(r);
  const holding = all.flatMap((x, i) => (counted.test(x.text) ? [i] : []));
  // (the count in two sentences, one of them the kind the caller looks for: that one — "主动公开的8条信息中,主要类别如下:")
  const preferred = prefer && holding.length > 1 ? holding.filter((i) => prefer(all[i]!.text.trim())) : holding;
  let at = preferred.length === 1 ? preferred : holding;
  // (the count in two sentences, one holding more of the question's words: that one — "部门预算公开为什么是154个部门" of
  // "…预算公开…154个部门…" and "…决算…154个部门…")
  if (at.length > 1) {
    const asked = contentWords(text.replace(THING_COUNT_QUOTED, ' ')).filter((w) => w.length >= 2);
    const held = at.map((i) => asked.filter((w) => all[i]!.text.includes(w)).length);
    const best = Math.max(...held);
    if (held.filter((h) => h === best).length === 1 && best > 0) at = [at[held.indexOf(best)]!];
  }
  if (at.length !== 1) return undefined;
  const said = all[at[0]!]!;
  const words = contentWords(text.replace(THING_COUNT_QUOTED, ' ').replace(ROUGH_TEN_THOUSANDS_QUOTED, ' ')).filter((w) => w.length >= 2 && said.text.includes(w));
  // (a count of several digits found in one sentence only is that sentence's, whatever words the question puts round it)
  // (so is a count of ten-thousands, "18万多条": a five-digit count at least)
  const need = counts[0]!.startsWith(ROUGH) || counts[0]!.replace(/\D/g, '').length >= SPECIFIC_COUNT_DIGITS ? 0 : minShared;
  return words.length < need ? undefined : { r, all, at: at[0]!, said, counted };
}

export const whyOfToldCount: Rule = {
  name: 'why-of-told-count',
  doc: 'Why the office did something the text counts, the count quoted ("为什么要让40家部门去改信息公开指南"): the one sentence of the report that holds that count and the question\'s words, which says what it was for ("…确保群众获取信息渠道更加畅通") — not the general rule its words match.',
  decide: (u, state, kn) => {
    // (a row of the tables read from the question is theirs — unless the report has no tables, the row is one of table 二 and
    // the text tells the count:
    // "为什么2025年一下子废止了26件规范性文件")
    const r0 = u.metric ? pickReport(kn, u.slots, state).report : undefined;
    // (only a row of table 二 — documents, decisions: a result of table 三 asked why is answered by the Regulation's grounds)
    if (!kindsOf(u).why || (u.metric && (u.metric.table !== '二' || !r0 || hasTableFigures(r0)))) return undefined;
    // (the count in two sentences, one telling what was done with them, "…完成…26件失效、废止规范性文件清理工作": that one)
    const found = sentenceOfQuotedCount(u, state, kn, SHARED_WORDS_MIN, (t) => REASON_OR_PURPOSE.test(t) || WORK_DONE.test(t));
    if (!found) return undefined;
    const { r, all, at, said, counted } = found;
    // (its parts said not to add up, "可分项加起来不一样": the parts the sentence lists after 其中, added)
    const sum = PARTS_ADDED_ASKED.test(withoutSlots(u)) ? partsAddedLine(said.text, counted) : undefined;
    // (its parts counted in the next sentence, "其中…小额工程采购信息260条,…": what it is made of, told beside it)
    const next = all[at + 1];
    const parts = !sum && next && next.section === said.section && BREAKDOWN_NEXT.test(next.text) ? [next.text.trim()] : [];
    // (a sentence that only counts, no cause or purpose in it, "…业务公文类0条,…": said that the report gives no reason)
    // (nor one telling the work the count came of, "完成…26件失效、废止规范性文件清理工作")
    const noReason = sum || REASON_OR_PURPOSE.test(said.text) || (!!u.metric && WORK_DONE.test(said.text)) ? [] : [NO_REASON_TOLD];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [said.text.trim(), ...parts, ...(sum ? [sum] : []), ...noReason], source: sectionSource(said.section), labelled: true } };
  },
};

export const whyOfToldCountOverStory: Rule = {
  name: 'why-of-told-count-over-story',
  doc: 'Why-of-told-count for a message quoting one count only ("主动公开的文件里,国土资源城乡建设类为啥能有285份这么多"), ahead of the procedure its story\'s words read; two counts quoted are quoted-counts-together\'s first.',
  // (only where the procedure would answer: a report-free intent read confidently)
  decide: (u, state, kn) => {
    const t = top(u);
    if (!t || !reportFree(t.item) || topScore(u) < THRESHOLDS.answer || [...withoutSlots(u).matchAll(THING_COUNT_QUOTED)].length !== 1) return undefined;
    return whyOfToldCount.decide(u, state, kn);
  },
};

/** Words by which a sentence tells why or what for ("因为", "主要是", "为了", "确保…"). */
/** Work done with the things counted, told ("完成…清理工作", "开展…清理"): what the count came of. */
const WORK_DONE = /清理|整治|专项|集中|开展|完成/;
export const REASON_OR_PURPOSE = /因为|由于|原因|所以|因此|主要是|为了|旨在|以便|确保|从而|为进一步|为切实|为更好|为推进|为加强|为提高|为保障/;
/** A sentence that breaks the count before it down ("其中工作动态信息31条,…"). */
const BREAKDOWN_NEXT = /^\s*其中[^。]*\d/;
/** Said when the sentence found tells no reason. */
export const NO_REASON_TOLD = '报告没有说明原因。';

/** The parts of a count asked added up ("分项加起来不一样", "加起来对不上"). */
const PARTS_ADDED_ASKED = /加起来|合起来|加一块|加一起|相加|加总|之和|合计|分项|对不上|差了|差在哪/;

/**
 * The parts a sentence lists after its count ("…199条,其中…2条,…72条,…127条"), added and set against the count:
 * "其中各项加起来是 201 条（2 + 72 + 127，按报告数字计算），比总数 199 条多 2 条；报告没有说明原因。"
 */
function partsAddedLine(sentence: string, counted: RegExp): string | undefined {
  const whole = counted.exec(sentence);
  if (!whole) return undefined;
  const [total, unit] = [Number(whole[0].replace(/\D+$/, '').replace(/\s/g, '')), whole[0].replace(/^[\d\s]+/, '')];
  const rest = sentence.slice(whole.index + whole[0].length);
  const opens = /其中|包括|分别为/.exec(rest);
  if (!opens) return undefined;
  const parts = [...rest.slice(opens.index).matchAll(new RegExp(`(?<![\\d.])(\\d+)\\s*${unit}`, 'g'))].map((m) => Number(m[1]));
  if (parts.length < PARTS_MIN) return undefined;
  const sum = parts.reduce((a, b) => a + b, 0);
  const how = `其中各项加起来是 ${sum} ${unit}（${parts.join(' + ')}，按报告数字计算）`;
  if (sum === total) return `${how}，与总数 ${total} ${unit}一致。`;
  return `${how}，比总数 ${total} ${unit}${sum > total ? '多' : '少'} ${Math.abs(sum - total)} ${unit}；报告没有说明原因。`;
}

/**
 * Its parts asked of a count the text tells, the count quoted ("政策解读93次，分项各是多少", "主动公开25条的分类数，逐项报一下"):
 * how it breaks down.
 */
const PARTS_ASKED = /分项|分类|逐项|各项(?:是|有|分别)?(?:多少|几)|逐条|各是多少|各多少|各有多少|各自多少|分别是多少|分别多少|分别有多少|明细|细分|细项|构成|由哪些组成|包括哪些|都有哪些|分别是哪|哪几块|哪几部分|哪几类|哪些类型|哪些类别|什么类型|哪几种类型|怎么来的|从哪来的/;
/** A sentence that goes on with the parts of the one before ("其中…", "包括…"). */
const PARTS_FOLLOW = /^(?:其中|包括|含|分别为|具体为|具体包括)/;
/** A sentence that opens a list ("主要类别如下:", "具体如下："). */
const LIST_INTRO = /如下[:：]?$|[:：]$/;
/** An item of a numbered list ("1.机构设置…", "(二)…", "二、…"). */
const NUMBERED_ITEM = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、是])/;
/** The most items of a list read after the sentence that opens it. */
const LIST_ITEMS_MAX = 8;

/** The numbered sentences right after sentence `at`, in its section. */
function numberedAfter(all: readonly { text: string; section: string }[], at: number): string[] {
  const out: string[] = [];
  for (let i = at + 1; i < all.length && out.length < LIST_ITEMS_MAX; i++) {
    const x = all[i]!;
    if (x.section !== all[at]!.section) break;
    if (NUMBERED_ITEM.test(x.text.trim())) out.push(x.text.trim());
    else if (out.length) {
      // (an item's own further sentences stand under it)
      if (/^[（(]/.test(x.text.trim())) break;
      out[out.length - 1] += x.text.trim();
    } else break;
  }
  return out;
}

/** The fewest counts the answer must hold besides the quoted one: a breakdown has parts. */
const PARTS_MIN = 2;
/** The fewest words of the question, besides the count, that the sentence must hold: the same thing counted. */
const SHARED_WORDS_FOR_PARTS = 1;

export const partsOfToldCount: Rule = {
  name: 'parts-of-told-count',
  doc: 'The parts asked of a count the text tells, the count quoted ("政策解读93次，分项各是多少"): the one sentence that holds the count and the question\'s words, with the "其中…" sentence after it, when they count parts.',
  decide: (u, state, kn) => {
    // (a row of the tables read, "“其他处理”6件是怎么构成的": its cells, not a sentence)
    if (!PARTS_ASKED.test(u.norm) || u.metric) return undefined;
    const found = sentenceOfQuotedCount(u, state, kn, SHARED_WORDS_FOR_PARTS, (t) => LIST_INTRO.test(t));
    if (!found) return undefined;
    const { r, all, at, said, counted } = found;
    const next = all[at + 1];
    // (a sentence that opens a list, "主要类别如下:", with its numbered items after it)
    const items = LIST_INTRO.test(said.text.trim()) ? numberedAfter(all, at) : [];
    // (the parts run on over semicolons, "其中:机构简介1条;政策文件1条;工作动态类信息64条;…": every one of them)
    const follow: string[] = [];
    if (!items.length && next && next.section === said.section && PARTS_FOLLOW.test(next.text.trim())) {
      for (let i = at + 1; i < all.length && all[i]!.section === said.section && follow.length < LIST_ITEMS_MAX; i++) {
        follow.push(all[i]!.text.trim());
        if (!/[;；]$/.test(all[i]!.text.trim())) break;
      }
    }
    const lines = [said.text.trim(), ...(items.length ? items : follow.length ? [follow.join('')] : [])];
    // (a breakdown has parts: counts besides the quoted one)
    const parts = lines.join('').replace(counted, ' ').match(THING_COUNT_QUOTED) ?? [];
    if (parts.length < PARTS_MIN) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines, source: sectionSource(said.section), labelled: true } };
  },
};

/** A phrase of the report quoted ("年报说…“进一步规范”"): 3 to 20 characters in quotation marks — or a title it names, in
 *  book-title marks ("为什么要办《忻州市人民政府公报》"). */
const PHRASE_QUOTED = /[“"「『《]([^”"」』《》]{3,20})[”"」』》]/g;
/** A sentence this short is a heading ("(二)依申请公开进一步规范。"): what it claims is told by the sentences after it. */
const HEADING_MAX_CHARS = 30;
/** An item of a list opening a sentence ("二是…", "2.…"): where the item before it ends. */
const NEXT_ITEM = /^(?:[一二三四五六七八九十]是|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d][)）])/;
/** Sentences after a heading that tell what it claims. */
const CLAIM_TOLD_SENTENCES = 2;

export const whyOfQuotedClaim: Rule = {
  name: 'why-of-quoted-claim',
  doc: 'Why the report says what it says, its words quoted ("年报说依申请公开“进一步规范”，为什么这么说"): the one sentence of the report that holds the phrase — a heading with the sentences after it that tell it — not the figures its other words name.',
  decide: (u, state, kn) => {
    // (a row of the tables quoted, "“无法提供”的有8件，为什么": its reasons, not a sentence holding the words)
    if (!kindsOf(u).why || u.metric) return undefined;
    const phrases = [...u.text.matchAll(PHRASE_QUOTED)].map((m) => m[1]!.trim());
    if (phrases.length !== 1) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const all = sentencesOf(r);
    const at = all.flatMap((x, i) => (x.text.includes(phrases[0]!) ? [i] : []));
    // (the phrase a heading of its own, "(二)依申请公开进一步规范": the first sentences of its passage tell it)
    if (!at.length) {
      // (each passage carries its heading: one heading, the first passages under it)
      const headed = r.passages.filter((p) => p.heading?.includes(phrases[0]!));
      if (!headed.length || new Set(headed.map((p) => p.heading)).size !== 1) return undefined;
      const p = headed[0]!;
      const lines = headed.flatMap((x) => x.text.split(/(?<=[。；;])/)).map((x) => x.trim()).filter(Boolean).slice(0, CLAIM_TOLD_SENTENCES);
      return lines.length ? { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告“${p.heading!.trim()}”：`, lines, source: sectionSource(p.section), labelled: true } } : undefined;
    }
    if (at.length !== 1) return undefined;
    const said = all[at[0]!]!;
    // (or the phrase an item's title ending its sentence, "…的空间: 一是队伍建设薄弱、力量缺乏。": the sentences after it, up
    // to the next item, tell it)
    const lastClause = said.text.trim().replace(/[。；;]$/, '').split(/[：:，,]/).at(-1) ?? '';
    const itemTitle = lastClause.includes(phrases[0]!) && lastClause.length <= HEADING_MAX_CHARS;
    const next = all.slice(at[0]! + 1, at[0]! + 1 + CLAIM_TOLD_SENTENCES).filter((x) => x.section === said.section);
    const untilItem = next.findIndex((x) => NEXT_ITEM.test(x.text.trim()));
    const after = said.text.trim().length <= HEADING_MAX_CHARS ? next : itemTitle ? next.slice(0, untilItem < 0 ? next.length : untilItem) : [];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [said, ...after].map((x) => x.text.trim()), source: sectionSource(said.section), labelled: true } };
  },
};
