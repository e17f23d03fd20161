/**
 * Rule for a figure the reports tell in words, asked over the loaded years ("政务新媒体账号这几年是怎么变的",
 * "全年上传信息的条数三年各是多少"): each year's sentence, never the default table figure of a trend.
 */
import { DEFAULT_FIGURE, figureOf, officeYears } from '../../answer/trend.js';
import { TREND_WORDS } from '../../answer/trend-answer.js';
import { narrative } from '../narrative.js';
import { defaultReport, reportById } from '../select.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { topScore } from './helpers.js';
import { withoutSlots } from './helpers.js';
import { questionKinds } from '../../understand/kind.js';
import { NO_REASON_GIVEN } from './told-trend.js';
import type { Rule } from './types.js';
import { CONTACT_FIELD_NOUNS } from '../patterns.js';

/** Each of the years asked ("三年各是多少", "每年", "历年"). */
const EACH_YEAR = /[两二三四五几\d]年(?:各|分别|都)|每年|历年|各年/;
/** Each of several things asked its count ("各发布了多少条", "分别是多少"). */
const EACH_ASKED = /(?:各|分别)[^，。？?]{0,8}(?:多少|几)/;
/** Which year had more or less ("哪年搞得多", "哪一年发的信息多"). */
const WHICH_YEAR = /哪(?:一)?年/;
/** The change words themselves, left out of the passage search. */
const CHANGE_WORDS = /这[两二三四五几\d]+年|近[两二三四五几\d]+年|[两二三四五几\d]年(?:各|分别|都)?|每年|历年|各年|是?怎么变的?|变化|趋势|走势|对比|相比|比较/g;

/** A count asked in a measure word the tables never count in (they count requests and cases in 件). */
const NOT_A_TABLE_UNIT = /(?:几|多少)(?:个)?[次场期篇人名家]/;

export const narrativeOverYears: Rule = {
  name: 'narrative-over-years',
  doc: 'A figure the reports tell in words (新媒体账号, 上传信息条数) asked over the years of an office with two or more reports: each year\'s sentence, never the new-request count a trend defaults to.',
  decide: (u, state, kn) => {
    // (or two years named, each asked: "23年几个 25年几个", "2023年和2025年哪年搞得多")
    if (u.metric || kn.reports.length < 2 || !(TREND_WORDS.test(u.norm) || EACH_YEAR.test(u.norm) || u.slots.years.length >= 2)) return undefined;
    // two offices named ("淮安市和洪泽区2024年…对比"): compared with each other, not over years
    if (u.slots.offices.length >= 2) return undefined;
    // (a contact detail over the years, "联系电话这两年换过没有": the contact intents answer, each year's and whether it changed)
    if (CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm))) return undefined;
    // a figure of the tables named (申请, 复议, 规范性文件 …) is the trend's own
    // (unless what is counted comes in a measure word no table figure takes: "为处理疑难申请开的专题会议…各开了几次")
    if ((figureOf(u.norm) !== DEFAULT_FIGURE || DEFAULT_FIGURE.words.test(u.norm)) && !NOT_A_TABLE_UNIT.test(u.norm)) return undefined;
    const office = (state.report ? reportById(kn, state.report)?.office : undefined) ?? u.slots.offices[0] ?? defaultReport(kn)?.office;
    if (!office) return undefined;
    const loaded = officeYears(kn.reports, office);
    // (the years named, when two or more of them are loaded: those years only)
    const named = loaded.filter((r) => u.slots.years.includes(r.year!));
    const years = named.length >= 2 ? named : loaded;
    // (years named alone make it a question of each year's sentence only when it asks a count or which year, and
    // no template reads it well: "2021年和2023年有没有收信息处理费" is the fee intent's, for each year)
    // ("2019年和2025年旗政府网站各发布了多少条": each of the years named asked in so many words)
    const byNamedYears = !TREND_WORDS.test(u.norm) && !EACH_YEAR.test(u.norm) && !(named.length >= 2 && EACH_ASKED.test(u.norm));
    if (years.length < 2 || (byNamedYears && (named.length < 2 || !(questionKinds(u.norm).count || WHICH_YEAR.test(u.norm)) || topScore(u) >= THRESHOLDS.answer))) return undefined;
    const asked = withoutSlots(u).replace(CHANGE_WORDS, ' ');
    const lines: string[] = [];
    for (const r of years) {
      const line = narrative(r, asked, true, POLICY.countedPassageCoverage)?.parts.lines[0];
      if (line) lines.push(`${r.year}年：${line.replace(/^据.*?报告：/, '')}`);
    }
    if (lines.length < 2) return undefined;
    // (why it changed, when asked: the reports tell what was done, not why it changed)
    if (questionKinds(u.norm).why) lines.push(NO_REASON_GIVEN);
    return { kind: 'passage', report: years.at(-1)!, parts: { head: `${office}各年度报告的说法：`, lines, labelled: true } };
  },
};
