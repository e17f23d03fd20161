/** Rules about which report is meant. */
import { figuresIntent, reportFree } from '../handlers.js';
import { PASSAGE_INTENT } from '../respond.js';
import { namedReports, pickReport, reportsOf, reportsOfYear } from '../select.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { kindsOf, namesReport, top, topScore, withoutSlots } from './helpers.js';
import { REPORT_YEAR_ASKED, REPORTS_ASKED } from '../patterns.js';
import type { Decision, Rule } from './types.js';
import type { Knowledge } from '../knowledge.js';
import type { ConvState } from '../engine.js';
import type { Understanding } from '../understanding.js';
import type { ReportSlots as Slots } from '../../understand/slots.js';

/** Whether the report wrote something wrong ("是不是写错了", "笔误吧"). */
// (or whether it agrees with the period, "跟统计期限对得上吗")
// (or whether to change it, "这处要不要改")
const YEAR_TYPO_ASKED = /写错|笔误|弄错|搞错|错了|有误|写得不对|对得上|对不上|对的上|一致吗|是否一致|相符|吻合|矛盾|(?:要不要|该不该|需不需要|用不用|是否(?:需要|要)?)(?:修)?改|(?:要|得|需要|该)(?:修)?改吗/;
/** The asker quotes the report's words ("开头写着…", "正文第一句是“2021年，我办……”"). */
// (or says it turns up in it, "年报里怎么冒出来个潞城镇2020年度")
const QUOTES_THE_REPORT = /开头|正文|第一句|写着|写的|里写|上写|冒出|[“"「]/;

/** Why the report says it ("为啥…写的是", "为什么写成"). */
const WHY_SAID = /(?:为啥|为什么|怎么)[^，。？?]{0,12}(?:写的是|写成|写着|写了|是[“"])/;

/** Whether it is a given year's report, asked ("是2019年的报告吗", "是2019年度的吗"). */
const YEAR_OF_IT_ASKED = /是(?:19|20)\d{2}年度?的(?:报告|年报)?(?:吗|么|嘛|不)/;

/** The intent that gives the loaded report's period (intents/report.yml). */
const REPORT_PERIOD = 'report.period';

export const reportYearAsked: Rule = {
  name: 'report-year-asked',
  doc: 'Which year the report itself covers, naming a year we have no report for ("开头写着总结2021年，统计数据是哪一年的"): the loaded report\'s year and period, not "no 2021 report".',
  decide: (u, state, kn) => {
    // (the year said wrong somewhere, no year named — "开头年份写得不对，哪里错了": the years the report's text gives
    // against its own, as the load's check found them)
    // (or the report named with its own year, "南岗22年报正文里有没有年份写错的地方": that report's)
    if (YEAR_SLIP_ASKED.test(u.norm) && YEAR_TYPO_ASKED.test(u.norm) && (!u.slots.years.length || (u.slots.years.length === 1 && !pickReport(kn, u.slots, state).problem))) return yearSlips(u, state, kn);
    // (the statistics period said to be printed wrong, "统计时限写成了202211日至20221231日，正确的应该是什么": the period
    // as the report's own year gives it)
    if (PERIOD_SLIP_ASKED.test(u.norm)) {
      const period = kn.byId.get(REPORT_PERIOD);
      const r = pickReport(kn, u.slots, state).report;
      // (asked why it is so printed, "为什么写成…": the report gives no reason, said before its reading)
      const noteIfAnswered = WHY_ASKED.test(u.norm) ? PERIOD_SLIP_NO_REASON : undefined;
      if (period && r?.year) return { kind: 'intent', intent: period, confidence: Math.max(topScore(u), THRESHOLDS.answer), question: { norm: u.norm, slots: { ...u.slots, years: [], spans: [] }, metric: undefined }, noteIfAnswered };
    }
    // (or asked why the text says that year, "为啥总体情况开头写的是“2021年，我办…”")
    const typo = (YEAR_TYPO_ASKED.test(u.norm) || WHY_SAID.test(u.norm)) && QUOTES_THE_REPORT.test(u.norm);
    // ("那份报告顶上写着2019年12月3日，是2019年的报告吗": a year the asker read on it, asked to be the report's)
    const quotedYear = QUOTES_THE_REPORT.test(u.norm) && YEAR_OF_IT_ASKED.test(u.norm);
    if (!u.slots.years.length || u.slots.offices.length > 1 || !(REPORT_YEAR_ASKED.test(u.norm) || typo || quotedYear)) return undefined;
    const period = kn.byId.get(REPORT_PERIOD);
    // the year named is not loaded: the report meant is the conversation's (or the default one)
    if (!period || !pickReport(kn, u.slots, state).problem) return undefined;
    const slots = { ...u.slots, years: [], spans: [] };
    // "开头写“在总结2021年…”，可统计期是2022年，这是不是写错了": the year quoted against the report's own
    const year = typo ? pickReport(kn, slots, state).report?.year : undefined;
    const quoted = u.slots.years.filter((y) => y !== year);
    const noteIfAnswered = year && quoted.length ? `报告的统计年度是${year}年；您引用的“${quoted.join('、')}年”与统计年度不一致，可能是笔误，应以统计期限为准。\n` : undefined;
    return { kind: 'intent', intent: period, confidence: Math.max(topScore(u), THRESHOLDS.answer), question: { norm: u.norm, slots, metric: undefined }, noteIfAnswered };
  },
};

/** The statistics period said to be printed wrong, or its right form asked ("统计时限写成了…，正确的应该是什么"). */
const PERIOD_SLIP_ASKED = /统计(?:期限|时限|时间|期间|区间)[^。？?]{0,30}(?:写错|写成|印成|笔误|有误|不对|正确的|应该是|应为|对不对)/;
/** Why asked ("为什么写成", "为啥印成"). */
const WHY_ASKED = /为什么|为啥|为何|怎么会/;
/** What the report does not say of a period printed with characters left out. */
const PERIOD_SLIP_NO_REASON = '报告没有说明为什么这样写，看起来是排版时漏了“年”“月”等字；统计期限按报告年度读作：\n';

/** The report's year named as what is wrong ("年份写得不对", "年度写错了"). */
const YEAR_SLIP_ASKED = /(?:年份|年度|年头)[^，。？?]{0,6}(?:写错|笔误|弄错|搞错|错了|有误|写得不对|不对|对不上|不一致)/;

/** The report's period, with the years its text gives against its own year (the load's 'year' findings), or that there are none. */
function yearSlips(u: Understanding, state: ConvState, kn: Knowledge): Decision | undefined {
  const period = kn.byId.get(REPORT_PERIOD);
  const r = pickReport(kn, u.slots, state).report;
  if (!period || !r?.year) return undefined;
  const slips = (r.findings ?? []).filter((f) => f.rule === 'year').map((f) => f.message);
  const note = slips.length
    ? `报告的统计年度是${r.year}年，但正文有${slips.length}处写了别的年份，可能是笔误，应以统计期限为准：\n${slips.map((m, i) => `${i + 1}. ${m}`).join('\n')}\n`
    : `报告正文中没有发现与统计年度（${r.year}年）不一致的年份。\n`;
  return { kind: 'intent', intent: period, confidence: Math.max(topScore(u), THRESHOLDS.answer), noteIfAnswered: note };
}

/** Whether a report is there, asked ("去年的年报有吗", "有没有2023年的报告"). */
const REPORT_EXISTS_ASKED = /(?:年报|报告|年度报告)(?:呢)?[^，。？?\d]{0,3}(?:有吗|有没有|有么|在吗|有不)|有没有[^，。？?]{0,10}(?:年报|报告)|(?:年报|报告)[^，。？?]{0,4}(?:出了吗|发了吗|出来了吗|公布了吗|上线了吗)/;

/** A report asked and nothing more, its office and year cut out ("那…的年报呢？", "…的报告呢"). */
const REPORT_ALONE_ASKED = /^(?:那|那么|还有)?\s*(?:的)?(?:年报|报告|年度报告)(?:呢|嘞|咧)?[?？。!！]*$/;

/** One of two asked ("2021还是2022"). */
const WHICH_OF_TWO = /还是/;
/** The report in hand pointed at ("这份年报", "这个报告"). */
const THIS_REPORT = /(?:这|该|本)(?:份|个|篇)?(?:年度报告|年报|报告)/;

export const reportNotLoaded: Rule = {
  name: 'report-not-loaded',
  doc: 'A year or office we have no report for: say which reports there are, never another report\'s figure (unless a clear report-free answer was asked).',
  decide: (u, state, kn) => {
    if (!namesReport(u)) return undefined;
    // (the report in hand asked which of two years it is about, "到底统计的是2021还是2022": no missing report — the one loaded answers)
    if (u.slots.years.length >= 2 && WHICH_OF_TWO.test(u.norm) && THIS_REPORT.test(u.norm)) {
      const part = loadedPart(kn, u, state);
      const t = top(u);
      if (part && t && topScore(u) >= THRESHOLDS.answer && reportFree(t.item) === false) return { kind: 'intent', intent: t.item, confidence: topScore(u), question: { norm: u.norm, slots: part.slots, metric: u.metric } };
    }
    // (each office named with a year of its own, "义乌工商学院2022年…比马水镇2019年多多少": every one is loaded)
    if (u.slots.offices.length >= 2 && u.slots.years.length >= 2 && !u.slots.unknownOffices.length && namedReports(kn, u.slots).length === u.slots.offices.length) return undefined;
    const pick = pickReport(kn, u.slots, state);
    const t = top(u);
    const score = topScore(u);
    // (asked only whether the report is there, "南岗区去年的年报有吗": saying which there are is the answer)
    // (or a figure of a loaded office asked of a year not loaded, "2021年收到了多少申请": no such report is the answer,
    // with the years there are — not a question the bot failed to read)
    // (or the last figure asked again of a year not loaded, "那去年嘞？" right after it: the same)
    // (or of a count the text told, "那去年呢" after "…法定主动公开的呢": the same)
    // (or compared with a year not loaded right after a figure, "前年的跟它比是多了还是少了": no such report to compare with)
    const comparedBack = !!state.metric && (u.kind === 'compare' || kindsOf(u).compare) && !u.metric;
    const yearNotLoaded = (!!u.metric || ((!!state.metric || state.intent === PASSAGE_INTENT) && u.followUp.onlySlots) || comparedBack) && (u.slots.years.length > 0 || u.slots.relativeYear !== undefined) && !u.slots.unknownOffices.length;
    // (or the report alone asked of a year not loaded, "那钦州2023年的年报呢？": that there is none is the answer)
    const reportAlone = u.slots.years.length > 0 && !u.slots.unknownOffices.length && REPORT_ALONE_ASKED.test(withoutSlots(u).trim());
    const answered = (!u.metric && !kindsOf(u).count && REPORT_EXISTS_ASKED.test(u.norm)) || yearNotLoaded || reportAlone;
    // (a figure asked of two years, or of a loaded office and one not loaded — "2022年和2023年的予以公开分别是多少": the
    // loaded one's figure, the other said missing)
    const part = pick.problem && u.metric ? loadedPart(kn, u, state) : undefined;
    const figures = figuresIntent(kn);
    if (part && figures) {
      return { kind: 'intent', intent: figures, confidence: Math.max(score, THRESHOLDS.answer), question: { norm: u.norm, slots: part.slots, metric: u.metric }, noteIfAnswered: part.note };
    }
    if (pick.problem && (u.metric || !t || score < THRESHOLDS.answer + POLICY.reportFreeOverMissingReport || !reportFree(t.item))) {
      return { kind: 'no-report', problem: pick.problem, confidence: score, ...(answered ? { answered: true } : {}) };
    }
    // a year counted back from today that is not loaded, asked whether it is there ("沭阳前年的数据有吗"), no figure
    // and nothing a template reads well: which years there are (a figure asked gets the newest report's, said so)
    // (or read as the list of reports, "那去年的呢？也能查吗": that year is not among them, said so)
    if (pick.missing !== undefined && pick.report && !u.metric && !kindsOf(u).count && (score < THRESHOLDS.answer || t?.item.handler === 'reports')) {
      const have = [...new Set(reportsOf(kn, pick.report.office).map((r) => r.year).filter((y) => y !== null))].sort();
      return { kind: 'no-report', problem: `我只有${pick.report.office} ${have.join('、')}年的报告，没有${pick.missing}年的报告。您可以问已有年份的数据。`, confidence: score, ...(answered ? { answered: true } : {}) };
    }
    return undefined;
  },
};


/**
 * The loaded part of a figure asked of several years or offices: the slots without the years (or offices) not loaded,
 * and a note naming them; undefined when none or all of them are loaded.
 */
function loadedPart(kn: Knowledge, u: Understanding, state: ConvState): { slots: Slots; note: string } | undefined {
  const { slots } = u;
  if (slots.offices.length > 1) return undefined;
  if (slots.years.length >= 2 && !slots.unknownOffices.length && slots.relativeYear === undefined) {
    const loaded = slots.years.filter((y) => !pickReport(kn, { ...slots, years: [y], spans: [] }, state).problem);
    const missing = slots.years.filter((y) => !loaded.includes(y));
    if (!loaded.length || !missing.length) return undefined;
    return { slots: { ...slots, years: loaded, spans: [] }, note: `没有${missing.join('、')}年的报告；以下只有${loaded.join('、')}年的数据。\n` };
  }
  if (slots.offices.length === 1 && slots.unknownOffices.length && slots.years.length <= 2) {
    // (each of them with a year of its own, "南岗2022年和沭阳2025年": the years of the loaded office)
    const years = slots.years.filter((y) => !pickReport(kn, { ...slots, unknownOffices: [], years: [y], spans: [] }, state).problem);
    if (slots.years.length && !years.length) return undefined;
    const rest = { ...slots, unknownOffices: [], years, ...(years.length !== slots.years.length ? { spans: [] } : {}) };
    if (pickReport(kn, rest, state).problem) return undefined;
    return { slots: rest, note: `没有${slots.unknownOffices.join('、')}的报告；以下只有${slots.offices[0]}的数据。\n` };
  }
  return undefined;
}

/** The intent that lists the reports loaded (intents/report.yml). */
const REPORT_LIST = 'report.list';

/** A contact detail and its change over the years ("地址是从哪一年开始变的", "电话哪年换的"). */
const CONTACT_OVER_YEARS = /(?:地址|电话|邮编|邮箱|网址|联系方式)[^，。？?]{0,12}(?:变|换|改)/;

/** Whether the report named is there, asked at the end ("打浦桥街道2023年的信息公开年报，有吗"): when it is loaded, the list says
 *  so (a report not loaded is report-not-loaded's). */
// (or asked before it, "有没有建平县昌隆镇的政府信息公开年报？")
// (or "你这有桐柏县2023年的政府信息公开年报不")
const LOADED_REPORT_THERE_ASKED = /年报[,，]?(?:有吗|有没有|有么|在吗|有不|能查到吗|查得到吗|查得到不)[?？]*$|^(?:请问)?(?:你|你们)?(?:这|这里|这儿|这边)?有[^，。？?]{1,30}(?:年度报告|年报)(?:不|没有?|吗|么)[?？]*$|^(?:请问|想问下?)?(?:你们|你)?(?:这里|这儿|这边|这)?有没有[^，。？?]{1,24}的(?:政府信息公开|信息公开|政务公开)?(?:工作)?(?:年度报告|年报)[?？吗呢]*$/;

/** The bot asked after the report whether it has it, an office named before ("栾城区楼底镇的政府信息公开年报你这有吗"). */
const OFFICE_REPORT_THERE_ASKED = /(?:年报|年度报告)[,，]?(?:你|你们)(?:这|这里|这儿|这边)?(?:还|也)?(?:有吗|有没有|有么|有不)[?？]*$/;

/** Which one of the offices is of a place or a kind, asked ("哪个是湖北的", "哪家是街道的"). */
const WHICH_OFFICE_IS = /哪(?:个|家|一个|份)(?:单位|机关|部门|报告|年报)?是[^，。？?\d]{1,8}的(?![^，。？?]{0,6}(?:电话|地址|邮编|邮箱))/;

/** The period of a report's figures named ("统计期限", "统计时间"): which year that is asks the period, not the list. */
// (or how far its figures run, "数据统计到哪年哪天为止", "数据截至哪天")
const PERIOD_NAMED = /统计期限|统计时间|统计周期|统计区间|统计时段|统计到|统计截[至止]|数据截[至止]/;

export const reportsAsked: Rule = {
  name: 'reports-asked',
  doc: 'The reports themselves asked about ("最新的报告是哪一年的", "有几份年报"), or whether a loaded report named is there: the list of reports loaded, whatever year or office the question names.',
  decide: (u, state, kn) => {
    const list = kn.byId.get(REPORT_LIST);
    // (a contact detail asked over the years, "联系地址是从哪一年开始变的": the detail of each year, not the list)
    // (nor the period its figures cover, "这份报告数据统计期限到底是哪年": the period's)
    if (!list || u.metric || CONTACT_OVER_YEARS.test(u.norm) || PERIOD_NAMED.test(u.norm)) return undefined;
    // (an office not loaded named beside it, "静安区地区工作办公室2023年的年报你这里有吗": not there, report-not-loaded's)
    const asked = (LOADED_REPORT_THERE_ASKED.test(u.norm) && (u.slots.offices.length || u.slots.years.length)) || (OFFICE_REPORT_THERE_ASKED.test(u.norm) && u.slots.offices.length);
    const pick = asked && !u.slots.unknownOffices.length ? pickReport(kn, u.slots, state) : undefined;
    const there = !!pick?.report && !pick.problem && pick.missing === undefined && !pick.note;
    // (which of several offices loaded is of a place or kind, "这几个单位里哪个是湖北的", "哪个是街道的": the list names them)
    const whichOne = WHICH_OFFICE_IS.test(u.norm) && new Set(kn.refs.map((r) => r.office)).size >= 2;
    if (!REPORTS_ASKED.test(u.norm) && !there && !whichOne) return undefined;
    // a year asked that is not loaded ("今年的年报出来没有"): said first, then the list
    const missing = u.slots.years.filter((y) => !reportsOfYear(kn, y).some((r) => !u.slots.offices.length || u.slots.offices.includes(r.office)));
    // (one office named of several loaded, "良庆区的年报是哪年的": its own years first, then the whole list)
    const own = !missing.length && u.slots.offices.length === 1 && new Set(kn.refs.map((r) => r.office)).size >= 2 ? ownYears(kn, u.slots.offices[0]!) : undefined;
    const note = missing.length ? `目前还没有${missing.join('、')}年的报告。\n` : own;
    // (the bot asked after an office's report that is there, "红桥区政府办2023年的年报你这里有没有": yes and its years, not
    // the whole list of other offices)
    if (there && own && pick?.report && OFFICE_REPORT_THERE_ASKED.test(u.norm)) return { kind: 'passage', report: pick.report, parts: { head: '', lines: [`有。${own.trim()}`], labelled: true } };
    return { kind: 'intent', intent: list, confidence: Math.max(topScore(u), THRESHOLDS.answer), ...(note ? { noteIfAnswered: note } : {}) };
  },
};

/** The years loaded of one office, said first when the list of several offices' reports answers ("南宁市良庆区人民政府的报告：2020年。"). */
function ownYears(kn: Knowledge, office: string): string | undefined {
  const years = [...new Set(kn.reports.filter((r) => r.office === office && r.year).map((r) => r.year!))].sort();
  return years.length ? `${office}的报告：${years.join('、')}年。\n` : undefined;
}
