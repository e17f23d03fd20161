/**
 * Rule for a change over last year asked of a report whose office has no report of the year before loaded
 * ("受理量比上一年变化了多少" of 上海市政府办公厅 2019): the report's own sentence that states the change
 * ("申请数量较去年回落12.3%") — never a change computed from a year we do not have.
 */
import { reportLabel } from '../../answer/render.js';
import { TREND_WORDS } from '../../answer/trend-answer.js';
import { contentWords } from '../../answer/retrieve.js';
import { proactiveTold } from '../../answer/proactive-told.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport, reportsOf } from '../select.js';
import type { Rule } from './types.js';
import { withoutSlots } from './helpers.js';
import { CHANGE_UP, countBefore } from './prior-year-from-change.js';
import type { Knowledge } from '../knowledge.js';
import type { Report } from '../../report/types.js';
import type { ReportSlots } from '../../understand/slots.js';

/** A change stated against the year before ("较去年回落12.3%", "同比增长5件", "比上年减少"). */
// (or "相比于2024年增长46.7%", "相较于上年")
const CHANGE_STATED = /(?:较|比|与|相比于|相较于|较之)(?:去年|上年|上一年|上年度|(?:19|20)\d\d年)|同比|环比/;
/** …with its size ("12.3%", "5件", "三成"). */
const SIZE_STATED = /\d+(?:\.\d+)?\s*(?:%|％|个百分点|件|条|个|次|项)|[一二三四五六七八九]成/;
/** A change question's own words, none of which names the thing counted. */
const CHANGE_WORDS = /比|较|同比|相比|多了|少了|增加|减少|增长|下降|上涨|涨了|降了|多少|几|百分之|条|件|个|照这个算|是|的|了|[?？，,。]/g;
/** What table 三's requests are called in the text. */
const REQUEST_WORDS = /申请|受理/;

/** The sentence sets its figure against the year before ("与2023年相比增加了5件", "较去年", "同比"), not another year. */
function againstYearBefore(text: string, year: number): boolean {
  const years = [...text.matchAll(/(?:较|比|与|于|较之)((?:19|20)\d\d)年/g)].map((m) => Number(m[1]));
  return !years.length || years.includes(year - 1);
}

/**
 * Two years named of one office, the later loaded and the one before it not ("湖东街道24年申请比23年多了几件"):
 * the later report, whose text may state the change itself.
 */
function yearAgainstMissing(kn: Knowledge, slots: ReportSlots): Report | undefined {
  if (slots.years.length !== 2 || slots.offices.length > 1) return undefined;
  const [a, b] = [...slots.years].sort((x, y) => x - y) as [number, number];
  if (b - a !== 1) return undefined;
  const office = slots.offices[0];
  const pool = office ? reportsOf(kn, office) : kn.reports;
  const later = pool.filter((r) => r.year === b);
  if (later.length !== 1 || pool.some((r) => r.year === a)) return undefined;
  return later[0];
}

/** The year before's count asked to be worked out ("照这个算2018年是多少条", "那去年是多少"). */
const PRIOR_COUNT_ASKED = /(?:照这个算|这样算|推算|倒推|算下来|那)[^，。？?]{0,8}(?:(?:19|20)\d\d年|去年|上年|上一年)(?:是|有|应该是)?(?:多少|几)/;

/** This year's proactive total less the change the sentence states in 条 ("增加58条"): the year before's, said worked out. */
function priorWorkedOut(r: Report, sentence: string): string | undefined {
  const m = /(增加|多|减少|少)了?\s*(\d+)\s*条/.exec(sentence);
  const total = m ? proactiveTold(r) : undefined;
  if (!m || !total || total.approx) return undefined;
  const d = Number(m[2]) * (/增加|多/.test(m[1]!) ? 1 : -1);
  const prior = total.value - d;
  return prior >= 0 ? `按此推算，${r.year! - 1}年为 ${total.value} ${d >= 0 ? '−' : '+'} ${Math.abs(d)} = ${prior} 条（本年“${total.clause}”；${r.year! - 1}年的数字报告未直接写出）。` : undefined;
}

/** This year's count as a share of the year before's ("是2022年的百分之多少", "是去年的几成"). */
const SHARE_OF_YEAR_BEFORE = /是(?:(?:19|20)\d\d年|去年|上年|上一年)(?:的)?(?:百分之多少|百分之几|多少%|几成|比例)/;
/** A change rate quoted to be checked ("同比下降57.4%…算得对不对"). */
const RATE_CHECKED = /\d+(?:\.\d+)?\s*[%％][^，。？?]{0,16}(?:对不对|对吗|对不|对没对|对了没|算对|正确|准确|没错|有没有错|算错|算得对|核对)|(?:核对|核一下|核实)[^。？?]{0,30}\d+(?:\.\d+)?\s*[%％]/;
/** A count, its change against the year before and the rate of that change, in one clause run ("20件,比去年减少了27件,同比下降57.4%"). */
const COUNT_CHANGE_RATE = /(\d+)\s*([件条项个次])\s*[,，]?\s*(?:比|较)(?:去|上一?)年度?(?:同期)?(增加|减少|多|少|增长|下降)(?:了)?\s*(\d+)\s*[件条项个次]\s*[,，]?\s*(?:同比)?(?:增长|下降|增加|减少|上升|降低)(?:了)?\s*(\d+(?:\.\d+)?)\s*[%％]/;

/**
 * The year before's count worked out from a sentence stating this year's count, its change and the change's rate, and
 * what is asked of it: the rate checked ("57.4%…对不对") or this year's share of the year before ("是2022年的百分之多少").
 */
function rateWorkedOut(text: string, norm: string, year: number): string | undefined {
  const m = COUNT_CHANGE_RATE.exec(text);
  if (!m) return undefined;
  const [, nowS, unit, dir, byS, rateS] = m;
  const [now, by] = [Number(nowS), Number(byS)];
  const up = CHANGE_UP.test(dir!);
  const prior = countBefore(now, dir!, by);
  if (prior <= 0) return undefined;
  const decimals = rateS!.split('.')[1]?.length ?? 0;
  const prev = `按此推算，${year - 1}年为 ${prior}${unit}（${now} ${up ? '−' : '+'} ${by} = ${prior}）`;
  if (SHARE_OF_YEAR_BEFORE.test(norm)) return `${prev}；${year}年是${year - 1}年的 ${now} ÷ ${prior} = ${((now / prior) * 100).toFixed(1)}%（按报告数字计算）。`;
  if (!RATE_CHECKED.test(norm)) return undefined;
  const rate = ((by / prior) * 100).toFixed(decimals);
  const same = rate === Number(rateS).toFixed(decimals);
  return `${prev}，${up ? '增长' : '下降'}率 ${by} ÷ ${prior} = ${rate}%，${same ? `与报告写的 ${rateS}% 一致，算得没错` : `与报告写的 ${rateS}% 不一致`}（按报告数字计算）。`;
}

export const changeToldInText: Rule = {
  name: 'change-in-text',
  doc: 'A change over last year asked (比上一年变化了多少, 同比) of a figure whose office has no report of the year before: the report\'s own sentence stating the change ("较去年回落12.3%"), never one computed from a year not loaded.',
  decide: (u, state, kn) => {
    const metric = u.metric;
    if (!TREND_WORDS.test(u.norm) && !SHARE_OF_YEAR_BEFORE.test(u.norm)) return undefined;
    // (the requests asked: table 三's new or total, or the requests named with no row, "申请比23年多了几件"; or
    // another thing the text counts, named by the question's own words: "主动公开的信息比2018年多了多少条")
    // (or right after the requests' count, nothing named of its own: "比上一年多了还是少了")
    const bare = !metric && contentWords(withoutSlots(u).replace(CHANGE_WORDS, ' ')).filter((w) => w.length >= 2 && !/^(?:上一年|上年|去年|还是)$/.test(w)).length === 0;
    const afterRequests = bare && state.metric?.table === '三' && state.metric.rows.some((r) => r === 'new' || r === 'total');
    const requests = metric ? metric.table === '三' && metric.rows.some((r) => r === 'new' || r === 'total') : REQUEST_WORDS.test(withoutSlots(u)) || afterRequests;
    const words = requests || metric ? [] : contentWords(withoutSlots(u).replace(CHANGE_WORDS, ' ')).filter((w) => w.length >= 2);
    if (!requests && !words.length) return undefined;
    const r = yearAgainstMissing(kn, u.slots) ?? pickReport(kn, u.slots, state).report;
    if (!r || r.year === null || reportsOf(kn, r.office).some((x) => x.year === r.year! - 1)) return undefined;
    // (two loaded years of the office named, "这两年…23年和25年各是多少": those years' own counts, not the text's change)
    if (reportsOf(kn, r.office).filter((x) => x.year !== null && u.slots.years.includes(x.year)).length >= 2) return undefined;
    // (the year before named, "24年申请比23年多了几件": a sentence set against that year or against 去年/上年)
    // (a thing's change may be said right after the sentence naming it: "…主动公开信息367条。整体情况比2018年增加58条")
    const names = (i: number) => {
      const p = r.passages[i]!;
      const before = r.passages[i - 1];
      return requests ? REQUEST_WORDS.test(p.text) : words.some((w) => p.text.includes(w) || (before?.section === p.section && before.text.includes(w)));
    };
    const at = r.passages.findIndex((p, i) => CHANGE_STATED.test(p.text) && SIZE_STATED.test(p.text) && againstYearBefore(p.text, r.year!) && names(i));
    const said = at >= 0 ? r.passages[at] : undefined;
    if (!said) return undefined;
    // (the year before's own count asked, "照这个算2018年是多少条": this year's told total less the change, worked out)
    const back = (!requests && PRIOR_COUNT_ASKED.test(u.norm) ? priorWorkedOut(r, said.text) : undefined) ?? rateWorkedOut(said.text, u.norm, r.year);
    return {
      kind: 'passage',
      report: r,
      parts: { head: `${reportLabel(r)}：没有加载${r.year - 1}年的报告；本年报告正文写道：`, lines: [said.text.trim(), ...(back ? [back] : [])], source: sectionSource(said.section), labelled: true },
    };
  },
};
