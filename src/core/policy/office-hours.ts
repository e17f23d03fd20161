/**
 * Rule office-hours-told: the office's hours asked ("几点上班", "中午休息吗", "工作日几点开始办公") of a report that prints
 * them ("工作日办公时间为上午8:30-12:00、下午14:30-17:30"): those hours as printed, with the phone to check before going.
 * A report that gives none is left to the intent that says so (contact.hours, an honest fallback).
 */
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';
import { THRESHOLDS } from '../thresholds.js';
import { CLAUSE_SPLIT, HOURS_ASKED } from '../patterns.js';
import { findMetric } from '../../understand/metrics.js';
import type { Knowledge } from '../knowledge.js';

/** A clause that reads a figure of the tables. */
const findsFigure = (clause: string, kn: Knowledge): boolean => !!findMetric(clause, kn.lexicon);

/** The intent of office hours (intents/contact.yml), which says the report gives none. */
const HOURS_INTENT = 'contact.hours';
/** Hours asked in the words of opening and closing, beside HOURS_ASKED ("中午休息吗", "下午几点关门", "几时上班"). */
const OPENING_ASKED = /上班|下班|午休|中午休息|开门|关门|营业/;
/** A day off named with going there or being open ("周六过去能办不", "周末有人上班吗", "节假日开门吗"). */
const WEEKEND_VISIT = /(?:周六|周日|周天|星期六|星期天|星期日|礼拜六|礼拜天|周末|双休日|节假日|假期)[^，。？?]{0,8}(?:过去|去|来|办|开门|上班|有人|营业|接待)/;
/** Hours printed for working days ("工作日 9:30-13:00", "周一至周五"). */
const WORKING_DAYS = /工作日|周一至周五|星期一至星期五/;
/** Hours that name a day off as open ("周六上午", "节假日照常"). */
const DAYS_OFF_OPEN = /周六|周日|星期六|星期日|周末|节假日|双休日/;
/** What a report with working-day hours only says of days off. */
const WEEKDAYS_ONLY_NOTE = '报告写的是工作日的办公时间，没有写周末、节假日办公。';

/** Another detail asked beside the day off ("周末想过去…办公地址在哪儿"): that detail's answer, not the hours. */
const OTHER_DETAIL_ASKED = /地址|在哪|电话|怎么走|邮编|网址/;

/** The topic of greetings and thanks (intents/smalltalk.yml). */
const SMALLTALK = 'smalltalk';

export const officeHoursTold: Rule = {
  name: 'office-hours-told',
  doc: 'The office\'s hours asked ("工作日几点开始办公", "中午休息吗") of a report that prints them: those hours as printed, with its phone; a report with none is left to the intent that says so.',
  decide: (u, state, kn) => {
    // (the hours read first, or right after small talk that 下午 or 早上 brought: "下午几点上班哦" is no "下午好")
    const [first, second] = u.candidates;
    const read = first?.item.id === HOURS_INTENT || (first?.item.topic === SMALLTALK && second?.item.id === HOURS_INTENT);
    // (a figure asked in another clause, "收到过申请吗？他们办公时间是几点到几点": the hours here, the figure added after)
    const figureElsewhere = !!u.metric && u.norm.split(CLAUSE_SPLIT).some((c) => HOURS_ASKED.test(c) && !findsFigure(c, kn));
    // (or a day off asked, "周六过去能办不": the hours say whether it is open then)
    const dayOff = WEEKEND_VISIT.test(u.norm);
    if ((u.metric && !figureElsewhere) || !(HOURS_ASKED.test(u.norm) || OPENING_ASKED.test(u.norm) || dayOff) || !(read || dayOff)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const hours = r?.contact.hours;
    // (a day off asked of a report that prints no hours, "周六去有人办公吗": the intent that says the report gives none — never a
    // greeting that 有人 read)
    if (r && !hours && dayOff && !OTHER_DETAIL_ASKED.test(u.norm)) {
      const intent = kn.byId.get(HOURS_INTENT);
      return intent ? { kind: 'intent', intent, confidence: THRESHOLDS.answer } : undefined;
    }
    if (!r || !hours) return undefined;
    const line = [`办公时间：${hours}`, ...(r.contact.address ? [`地址：${r.contact.address}`] : []), ...(r.contact.phone ? [`电话：${r.contact.phone}（去之前可先打电话确认）`] : [])].join('；');
    // (a day off asked of hours printed for working days only: said so, as the report gives no others)
    const weekdaysOnly = dayOff && WORKING_DAYS.test(hours) && !DAYS_OFF_OPEN.test(hours);
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [`${line}。`, ...(weekdaysOnly ? [WEEKDAYS_ONLY_NOTE] : [])], labelled: true } };
  },
};
