/**
 * Rule replies-on-time-asked: whether the year's requests were all answered, or answered in time, asked of a
 * report ("都按时答复了吗", "有没有超期答复的", "申请都办结了没有"). The report's own sentence saying so (均按期答复,
 * 均在法定期限内予以答复, 按期答复率100%) and, where table 三 has them, the year's results and the requests carried
 * into the next year; a report that says nothing of it is said to say nothing — never "yes" read from the table
 * alone (a request answered late is counted as any other).
 */
import { reportLabel } from '../../answer/render.js';
import type { Report } from '../../report/types.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';
import { HOW_DONE_ASKED, YEARS_REQUESTS } from '../patterns.js';

/** Time words of a reply (按时, 超期, 法定期限内). */
const IN_TIME = /按时|按期|如期|准时|(?:法定|规定)?(?:期限|时限)内|超期|逾期|超时|延期|拖延|过期|(?:过了|超过|超出)(?:法定|规定)?(?:的)?(?:期限|时限)/;
/** The reply itself (答复, 办结, 回复). */
const REPLY = /答复|回复|办结|办理|处理|回应|答覆|回了/;
/** All of them answered or done, asked as such ("都答复了吗", "全部办结了没有"). */
const ALL_DONE = /(?:都|全部|全都|均|是不是都|是否都)(?:已经?|有)?(?:按时|按期)?(?:答复|回复|办结|办完|处理完|回复完|答复完)(?=了|没|吗|么|嘛|\s*[?？，,]|$)/;
/** Asked: a yes/no or a count ("…吗", "有没有…", "几件"). */
const ASKED = /吗|么|嘛|没有|没|是否|有没有|有无|几件|多少|几个|[?？]\s*$/;
/**
 * Not about the report's year: what to do when late ("超期了怎么办"), how long a reply takes ("多久答复", "须在多长期限内予以答复"), the
 * asker's own request ("我的申请超期了"), a condition ("要是超时了"), or the correction row (逾期未补正).
 */
const NOT_THE_YEAR = /怎么办|怎么处理|咋办|咋整|干啥|怎么弄|我能|可以|能不能|能否|投诉|举报|复议|起诉|告他|多久|几天|多长|(?:必须|须|应当|应该|应)在|几个工作日|期限是|规定|要是|如果|万一|假如|我的申请|我申请的|我交的|我提交|交上去|递交|还没|补正|收费|费用|交费|缴|比例|占/;
/** A count asked too ("回复了几条", "多少件"): the count's own rules answer it, with the text beside it. */
const COUNT_TOO = /几件|几条|几个|多少/;

/** The last question was about the requests (申请). */
const REQUESTS_BEFORE = /申请/;
/** Late or in time, said alone after such a question ("有没有超期的", "都按时吗"). */
const LATE_ALONE = /超期|逾期|超时|按时|按期/;

/** A sentence of the report on the requests being answered in time or all answered. */
// (or all handled by the time limit, with the regulation named between: "均按照《政府信息公开条例》法定时限和法定答复方式…办理")
const TIMELY_STATED = /(?:均|全部|都)(?:严格)?(?:按照|依照|遵照)[^。；;]{0,20}(?:法定|规定)(?:期限|时限)|(?:按期|按时|如期|(?:(?:法定|规定)?(?:期限|时限)|有效期|(?:法定|规定)(?:的)?时间)内)[^，。；,;]{0,8}(?:答复|回复|办结|办理|予以答复)|(?:按期|按时)(?:答复|办结)率|(?:全部|均已?|都已?)(?:依法)?(?:依规)?(?:按时|按期)?(?:答复|回复|办结|办理完毕)|回复办理完毕|逾期(?!未补正)|超期|延期答复|延长答复/;
/** At most this many sentences are quoted (the statement and, say, a late one counted beside it). */
const MAX_SENTENCES = 2;

const CARRY_OVER_CELL = 't3.carry-over.total';
const RESULTS_CELL = 't3.total.total';

function tableLine(r: Report): string | undefined {
  const carry = r.values[CARRY_OVER_CELL]?.value;
  const total = r.values[RESULTS_CELL]?.value;
  if (typeof carry !== 'number') return undefined;
  const results = typeof total === 'number' ? `办理结果总计 ${total} 件，` : '';
  return `表三：${results}结转下年度继续办理 ${carry} 件${carry === 0 ? '（当年的申请都已有办理结果）' : ''}。`;
}

export const repliesOnTime: Rule = {
  name: 'replies-on-time-asked',
  doc: 'Whether the year\'s requests were all answered, or in time ("都按时答复了吗", "有没有超期答复的"): the report\'s sentence saying so and table 三\'s results and carry-over; a report silent on it is said to be — never a "yes" read from the table alone.',
  decide: (u, state, kn) => {
    const text = withoutSlots(u);
    // (a time word alone, "有没有超期的", right after a question about the requests)
    const afterRequests = !!state.text && REQUESTS_BEFORE.test(state.text) && LATE_ALONE.test(text);
    const asked = (IN_TIME.test(text) && REPLY.test(text)) || ALL_DONE.test(text) || afterRequests;
    // (a year's requests, "2023年的信息公开申请有没有超过期限还没答复的": 还没 there is of the year's, not the asker's own)
    const yearsOwn = u.slots.years.length > 0 && YEARS_REQUESTS.test(text) ? text.replace(/还没/g, '') : text;
    if (!asked || !ASKED.test(text) || NOT_THE_YEAR.test(yearsOwn) || COUNT_TOO.test(text)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const said = r.passages.filter((p) => TIMELY_STATED.test(p.text)).slice(0, MAX_SENTENCES);
    const table = tableLine(r);
    if (said.length) {
      const p = said[0]!;
      // (how it was done, asked, "是怎么做到全部按时办完的": the sentence before it under the same heading, "按照…工作流程,加强与
      // 申请人沟通,…")
      const at = r.passages.indexOf(p);
      const prev = at > 0 ? r.passages[at - 1] : undefined;
      const how = HOW_DONE_ASKED.test(text) && prev && prev.section === p.section && prev.heading === p.heading && !said.includes(prev) ? [prev.text.trim()] : [];
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [...how, ...said.map((s) => s.text.trim()), ...(table ? [table] : [])], source: sectionSource(p.section), labelled: true } };
    }
    // (all answered, asked with no time word: the year's count and its text answer that better than a silence)
    if (!IN_TIME.test(text)) return undefined;
    const silent = `${reportLabel(r)}报告没有写明申请是否都按期答复，也没有列出超期答复的件数。`;
    return { kind: 'passage', report: r, parts: { head: '', lines: [silent, ...(table ? [table] : [])], source: table ? sectionSource('三') : sectionSource('一'), labelled: true } };
  },
};
