/** Rule for one figure compared across the loaded offices ("这几家单位里哪家新收申请最多"). */
import { rankOffices, tiedHead, valueIds } from '../../answer/ranking.js';
import { sumOfCells } from '../../answer/trend.js';
import { CONTACT_FIELD_NOUNS, DEPARTMENTS_WITHIN, DIFFERENCE_ASKED, SUM_ASKED, CLAUSE_SPLIT } from '../patterns.js';
import { OFFICE_RANK_ASKED, OFFICE_WHICH_ASKED } from '../patterns.js';
import { reportFree } from '../handlers.js';
import { toldFigure } from '../prose-figures.js';
import type { Knowledge } from '../knowledge.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import type { Understanding } from '../understanding.js';
import type { Decision, Rule } from './types.js';
import { PROACTIVE_ITEM, proactiveTold } from '../../answer/proactive-told.js';
import { residualLabel } from '../../answer/text-arith.js';
import type { ConvState } from '../engine.js';
import { COUNT_ATTACHED, contentWords, countAsked, countFit, unitsAlike } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import type { Report } from '../../report/types.js';
import { narrative } from '../narrative.js';
import { withoutSlots } from './helpers.js';
import { reportById } from '../select.js';
import { countOverYears, textCounts, type YearCount } from '../told-over-years.js';


/** Which of the two has more or less ("哪个…多"). */
const WHICH_OF_TWO = /哪个[^，。？?]{0,14}?(?:更多|更少|多|少|高|低)|(?:最多|最少|更多|更少)的?(?:是|为).{1,24}?还是/;
/** "…最多的是A还是B": the words that ask which of the two, once the offices' names are cut out. */
const WHICH_OF_NAMED = /(?:做得|搞得|发得|办得|开得)?(?:最多|最少|更多|更少)的?(?:是|为)?\s*还是\s*|还是\s*/g;
/** By how much, asked after which has more ("…谁多?多多少", "哪个多，差几条"). */
const BY_HOW_MUCH_AFTER = /[?？,，\s]*(?:那)?(?:多|少|差|相差)(?:了)?(?:多少|几)[条件个项篇份次]?[?？。]*$/;
/** The longest follow-up read within the conversation's answer rather than across the offices. */
const FOLLOW_UP_MAX_CHARS = 12;

/** The two offices the conversation was about ("这两家", "两家比比"). */
const THESE_TWO = /这两家|这两个(?![月年季])|两个单位|两家|这俩|这二者|两者/;

export const acrossOffices: Rule = {
  name: 'across-offices',
  doc: 'Which office has the most or the fewest of one figure, with two or more offices loaded and none named alone: every office\'s figure, ranked (src/answer/ranking.ts); which office did something the reports tell in words ("哪家收了信息处理费"): each office\'s answer.',
  decide: (u, state, kn) => {
    if (u.slots.offices.length === 1 || u.slots.unknownOffices.length) return undefined;
    // ("市政府各部门分别收到多少…哪个部门最多": the departments inside one government, which no report counts apart —
    // not the offices loaded)
    if (DEPARTMENTS_WITHIN.test(u.norm)) return undefined;
    if (!u.metric) return toldRanking(u, kn) ?? eachOffice(u, kn, state);
    // "哪家单位…": 单位 names the offices ranked here, not the applicant column
    const m = /法人|组织|机构/.test(u.norm) ? u.metric : { ...u.metric, cols: u.metric.cols.filter((c) => c !== 'org') };
    // ("这两个哪个结转下年度的多": 哪个 of the two of the conversation)
    const asked = OFFICE_RANK_ASKED.exec(u.norm) ?? (THESE_TWO.test(u.norm) || u.slots.offices.length >= 2 ? WHICH_OF_TWO.exec(u.norm) : null);
    if (!asked) return undefined;
    const fewest = /少|低/.test(asked[0]);
    // the offices named ("芦淞教育局和临朐县政府办 谁…多"), or the two of the conversation ("这两家哪家…更多"), else all
    const conversation = THESE_TWO.test(u.norm) ? ((state.reports?.length ?? 0) >= 2 ? state.reports : state.previousReport && state.report ? [state.previousReport, state.report] : undefined) : undefined;
    const among = u.slots.offices.length >= 2
      ? kn.reports.filter((r) => u.slots.offices.includes(r.office))
      : conversation
        ? kn.reports.filter((r) => conversation.includes(r.id))
        : kn.reports;
    const ranking = rankOffices(among, m, { years: u.slots.years, fewest, told: toldFigure(kn) });
    // (two or more offices named, one of them without the figure in a form the ranking reads: each office's own
    // answer says what its report has, rather than a ranking with a hole)
    if (ranking && ranking.missing && u.slots.offices.length >= 2) return undefined;
    return ranking ? { kind: 'ranking', text: ranking.text, report: ranking.top } : undefined;
  },
};

/** The ranking words of a question ("哪个…最多"), to read it as the how-many question each report answers. */
const RANK_WORDS = /(?:你这里|这里|你这|目前)?(?:加载的)?(?:这|那)?(?:[两三四五六七八九十几\d]+)?(?:个|家)?(?:单位|部门|机关|报告)?(?:里|中|当中|之中)?[,，]?(?:哪个|哪一个|哪家|哪一家|哪个单位|哪个部门|谁家?)(?:的)?/g;
/** The measure word reports count a thing in, by the thing named. */
const UNIT_BY_NOUN: readonly [RegExp, string][] = [[/信息|稿件|新闻|动态|微博|文章|解读/, '条'], [/申请|案件|提案|建议|来件|诉讼|复议|文件/, '件'], [/访谈|公报|简报/, '期'], [/账号|平台|网站|公众号/, '个'], [/人员|人/, '人']];
/** The measure word of the noun named last in a question's stem (Chinese puts the head noun last). */
function unitOfHead(stem: string): string {
  let best = { at: -1, unit: '' };
  for (const [re, unit] of UNIT_BY_NOUN) {
    for (const m of stem.matchAll(new RegExp(re.source, 'g'))) if (m.index > best.at) best = { at: m.index, unit };
  }
  return best.unit;
}
const MOST_WORDS = /(?:最多|最少|最高|最低|更多|更少|多|少)(?:一些|一点)?[？?吗呢的]*$/;

/**
 * "这五个单位里谁主动公开的信息最多": a count each report tells in its text (no table figure named): each
 * office's sentence, read as the how-many question ("主动公开的信息有多少"), ranked by its number — an
 * office whose text gives none is listed as such.
 */
function toldRanking(u: Understanding, kn: Knowledge): Decision | undefined {
  // (the whole message first; then the clause that ranks alone, without the framing before it: "你这里几个单位的年报，
  // 哪个单位…最多")
  const whole = withoutSlots(u);
  const ranking = whole.split(CLAUSE_SPLIT).filter((c) => OFFICE_RANK_ASKED.test(c)).at(-1);
  return toldRankingOf(u, kn, whole) ?? (ranking && ranking !== whole ? toldRankingOf(u, kn, ranking) : undefined);
}

function toldRankingOf(u: Understanding, kn: Knowledge, text: string): Decision | undefined {
  // ("石家庄市政府办公室和泽州县政府，哪个在政府网站上发布的信息更多": 哪个 of the offices named)
  // (by how much asked after which, "谁多?多多少": the ranking, then the difference)
  const which = u.norm.replace(BY_HOW_MUCH_AFTER, '');
  const asked = OFFICE_RANK_ASKED.exec(which) ?? (u.slots.offices.length >= 2 ? WHICH_OF_TWO.exec(which) : null);
  if (!asked) return undefined;
  const fewest = /少|低/.test(asked[0]);
  const byHowMuch = BY_HOW_MUCH_AFTER.exec(text);
  const stem = text.replace(BY_HOW_MUCH_AFTER, '').replace(RANK_WORDS, ' ').replace(WHICH_OF_NAMED, ' ').replace(MOST_WORDS, '');
  // (the measure reports count it in, when the question names none: 信息 in 条, 申请 in 件, 账号 in 个)
  // (the head noun is the last one: 信息公开申请 is counted in 件, not 条)
  const unit = /[条件个篇人项]/.test(stem) ? '' : unitOfHead(stem);
  const question = `${stem}有多少${unit}`;
  const count = countAsked(question);
  if (!count || !count.nouns.length) return undefined;
  const newest = new Map<string, Report>();
  for (const r of kn.reports) {
    if (u.slots.offices.length >= 2 && !u.slots.offices.includes(r.office)) continue;
    if (u.slots.years.length && (r.year === null || !u.slots.years.includes(r.year))) continue;
    const had = newest.get(r.office);
    if (!had || (r.year ?? 0) > (had.year ?? 0)) newest.set(r.office, r);
  }
  if (newest.size < 2) return undefined;
  const unitRe = new RegExp(`(\\d+)\\s*(?:余|多)?\\s*[${unitsAlike(count.unit)}]`);
  // (the year's proactive disclosure asked as a whole: each report's own clause for it, proactive-told.ts)
  const proactive = PROACTIVE_ITEM.test(residualLabel(stem));
  const rows = [...newest.values()].map((r) => {
    const told = proactive ? proactiveTold(r) : undefined;
    if (told) return { r, line: told.clause, v: told.value as number | null };
    // (reports say 公开信息 / 发布信息 where the asker says 主动公开的信息: the plain words are tried next)
    let line: string | undefined;
    for (const q of [question, question.replace(/主动/g, '')]) {
      line = narrative(r, q, true, POLICY.countedPassageCoverage)?.parts.lines[0];
      if (line && countFit(line, count) >= COUNT_ATTACHED) break;
      line = undefined;
    }
    const n = line ? unitRe.exec(line) : null;
    return { r, line, v: n ? Number(n[1]) : null };
  });
  const given = rows.filter((x) => x.v !== null).sort((a, b) => (fewest ? a.v! - b.v! : b.v! - a.v!));
  if (given.length < 2) return undefined;
  const first = given[0]!;
  const tied = given.filter((x) => x.v === first.v).map((x) => reportLabel(x.r));
  const lines = [
    `${tiedHead(tied, fewest, first.v!, count.unit)}（按各报告正文所写的数字）：`,
    ...given.map((x, i) => `${i + 1}. ${reportLabel(x.r)}：${x.line}`),
    ...rows.filter((x) => x.v === null).map((x) => `· ${reportLabel(x.r)}：报告正文中没有找到同样说法的数字`),
  ];
  if (byHowMuch && given.length === 2) {
    const [a, b] = fewest ? [given[1]!, given[0]!] : [given[0]!, given[1]!];
    lines.push(a.v === b.v ? '两者相同。' : `${reportLabel(a.r)}比${reportLabel(b.r)}多 ${a.v! - b.v!}${count.unit}（${a.v} − ${b.v}，按报告数字计算）。`);
  }
  return { kind: 'ranking', text: lines.join('\n'), report: first.r };
}

/**
 * "这几家里哪家收了信息处理费": no figure, but a question each report answers in its own words — the answer
 * of every loaded office, each labelled, so the reader sees which.
 */
function eachOffice(u: Understanding, kn: Knowledge, state: ConvState): Decision | undefined {
  const t = u.candidates[0];
  if (!t || t.score < THRESHOLDS.clarify || t.item.fallback || reportFree(t.item) || !OFFICE_WHICH_ASKED.test(u.norm)) return undefined;
  // (a short follow-up of a conversation about one office's answer: "沭阳信息处理费收了多少" → "是哪个部门收的" asks
  // within that answer, not across the offices)
  if (u.followUp.is && state.report && !u.slots.offices.length && u.norm.length <= FOLLOW_UP_MAX_CHARS) return undefined;
  // (or a question on the passage just answered, its words in one sentence of that report: "领导小组办公室设在哪个部门" after
  // its 领导小组 — the office of the conversation's own text, not each office's contact)
  const current = state.report && !u.slots.offices.length ? reportById(kn, state.report) : undefined;
  const words = contentWords(withoutSlots(u)).filter((w) => w.length >= 2);
  if (current && current.passages.some((p) => words.filter((w) => p.text.includes(w)).length >= SAME_PASSAGE_WORDS)) return undefined;
  const offices = [...new Set(kn.reports.map((r) => r.office))];
  if (offices.length < 2) return undefined;
  // (one contact detail named, its how-many read as a figure — "这几个单位的电话分别是多少": that detail of each)
  const fields = CONTACT_FIELD_NOUNS.filter(([re]) => re.test(u.norm));
  const field = !t.item.id.startsWith('contact.') && fields.length === 1 ? kn.byId.get(fields[0]![1]) : undefined;
  return { kind: 'intent', intent: field ?? t.item, confidence: t.score, question: { norm: u.norm, slots: { ...u.slots, offices }, metric: undefined } };
}

/** Words of a question in one sentence of the conversation's report that keep it on that report. */
const SAME_PASSAGE_WORDS = 3;

/** "最少的呢" / "最多的是谁" right after a ranking: the same figure ranked the other way. */
const RANK_FOLLOW_UP = /^(?:那|那么)?(?:最少|最多|最低|最高)的?(?:呢|是谁|是哪家|是哪个)?[?？]?$/;

export const acrossOfficesAgain: Rule = {
  name: 'across-offices-again',
  doc: 'The other end asked right after a ranking across offices ("最少的呢" after "哪家最多"): the same figure, ranked the other way.',
  decide: (u, state, kn) => {
    const m = RANK_FOLLOW_UP.exec(u.norm.trim());
    if (!m || u.metric || !state.metric || !state.text || !OFFICE_RANK_ASKED.test(state.text)) return undefined;
    const fewest = /少|低/.test(m[0]);
    const ranking = rankOffices(kn.reports, state.metric, { fewest, told: toldFigure(kn) });
    return ranking ? { kind: 'ranking', text: ranking.text, report: ranking.top } : undefined;
  },
};

/**
 * Two or more offices named and one figure of each added up or set against each other ("四家依申请加起来多少件",
 * "兴和县跟硚口卫健依申请差几件"): each office's figure (its table's cell, or the one number its text states) and
 * their sum or difference, computed — or nothing unless every office gives one.
 */
export const acrossOfficesSum: Rule = {
  name: 'across-offices-sum',
  doc: 'One figure of two or more named offices added up or set against each other ("四家依申请加起来多少件", "A跟B差几件"): each office\'s figure and the sum or the difference, computed from the reports\' numbers.',
  decide: (u0, state, kn) => {
    const u = withBothOffices(u0, state, kn);
    const m = u.metric;
    const sum = SUM_ASKED.test(u.norm);
    const diff = DIFFERENCE_ASKED.test(u.norm) || /差几|差多少|(?<!最)多(?:了)?(?:多少|几[件条个])|少(?:了)?(?:多少|几[件条个])/.test(u.norm);
    if (u.slots.offices.length < 2 || (!sum && !diff)) return undefined;
    // a count the texts tell, no table figure named ("开平交通局和太平镇主动公开的信息加在一起有多少条"): each one's sentence
    if (!m) return toldAcross(kn, u, sum);
    if (m.table !== '三' || m.rows.length !== 1) return undefined;
    const ids = valueIds(m);
    if (!ids) return undefined;
    const told = toldFigure(kn);
    const each: { r: Report; v: number; text: string }[] = [];
    for (const office of u.slots.offices) {
      const own = kn.reports.filter((r) => r.office === office && (!u.slots.years.length || (r.year !== null && u.slots.years.includes(r.year))));
      const r = [...own].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
      if (!r) return undefined;
      const cell = sumOfCells(r, ids);
      const t = cell === null ? told(r, m) : undefined;
      const v = cell ?? t?.v;
      if (v === undefined || v === null) return undefined;
      each.push({ r, v, text: t ? `（报告正文）${t.text}` : `${v} 件` });
    }
    if (diff && each.length !== 2) return undefined;
    const lines = each.map((x) => `${reportLabel(x.r)}：${x.text}`);
    if (diff) {
      const [a, b] = each as [(typeof each)[0], (typeof each)[0]];
      const [hi, lo] = a.v >= b.v ? [a, b] : [b, a];
      // (which one has more, said first: "谁多，多几件")
      lines.push(`${hi.v > lo.v ? `${reportLabel(hi.r)}多，` : ''}两者相差 ${hi.v - lo.v} 件（${hi.v} − ${lo.v}，按报告数字计算）。`);
    } else {
      lines.push(`以上 ${each.length} 家合计 ${each.reduce((s, x) => s + x.v, 0)} 件（${each.map((x) => x.v).join(' + ')}，按报告数字计算）。`);
    }
    return { kind: 'passage', report: each[0]!.r, parts: { head: '据各报告：', lines, labelled: true } };
  },
};

/** The newest report of each office named (of the years named, when any), in the order named; none when one lacks it. */
function namedOfficeReports(kn: Knowledge, u: Understanding): Report[] | undefined {
  const out: Report[] = [];
  for (const office of u.slots.offices) {
    const own = kn.reports.filter((r) => r.office === office && (!u.slots.years.length || (r.year !== null && u.slots.years.includes(r.year))));
    const r = [...own].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
    if (!r) return undefined;
    out.push(r);
  }
  return out;
}

/** One count the texts of two or more offices tell, added up or (two) set against each other. */
function toldAcross(kn: Knowledge, u: Understanding, sum: boolean): Decision | undefined {
  const query = withoutSlots(u);
  const asked = countOverYears(query);
  const reports = namedOfficeReports(kn, u);
  if (!asked || !reports || (!sum && reports.length !== 2)) return undefined;
  const counts = textCounts(reports, query, asked);
  if (!counts.every((c): c is YearCount => c !== undefined)) return undefined;
  const unit = asked.unit;
  const lines = counts.map((c) => `${reportLabel(c.report)}：${c.evidence.trim()}`);
  if (sum) lines.push(`以上 ${counts.length} 家合计 ${counts.reduce((s, c) => s + c.value, 0)} ${unit}（${counts.map((c) => c.value).join(' + ')}，按报告数字计算）。`);
  else {
    const [hi, lo] = counts[0]!.value >= counts[1]!.value ? [counts[0]!.value, counts[1]!.value] : [counts[1]!.value, counts[0]!.value];
    lines.push(`两者相差 ${hi - lo} ${unit}（${hi} − ${lo}，按报告数字计算）。`);
  }
  return { kind: 'passage', report: reports[0]!, parts: { head: '据各报告：', lines, labelled: true } };
}

/** The two offices of the conversation pointed at ("两个局", "两家", "这两个单位"). */
const BOTH_OFFICES = /(?:两|二|这两)(?:个|家)?(?:局|单位|部门|机关|区|县|镇|街道|政府|委|办)|两家|二者|两者/;

/** The question with the conversation's two offices as the ones named, when it points at both and names none. */
function withBothOffices(u: Understanding, state: ConvState, kn: Knowledge): Understanding {
  if (u.slots.offices.length || u.slots.unknownOffices.length || !state.report || !state.otherReport || !BOTH_OFFICES.test(u.norm)) return u;
  const [a, b] = [reportById(kn, state.otherReport), reportById(kn, state.report)];
  if (!a || !b || a.office === b.office) return u;
  const years = u.slots.years.length ? u.slots.years : [...new Set([a.year, b.year].filter((y): y is number => y !== null))];
  return Object.assign(Object.create(Object.getPrototypeOf(u)), u, { slots: { ...u.slots, offices: [a.office, b.office], years } });
}
