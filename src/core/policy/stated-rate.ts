/**
 * Rule for a rate the report's text states, asked as such: quoted from it ("报告里写依申请上涨17.52%，这个是跟哪年比
 * 的") or asked for ("报告自己写的涨幅是多少"). The one sentence of the report that states it — with what it is set
 * against (相较去年, 同比), as printed — never a rate computed or guessed.
 */
import { reportLabel } from '../../answer/render.js';
import { countsToRecompute } from '../../answer/text-arith.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { withMeasuresBefore, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** A percentage quoted ("17.52%", "百分之十二"); not one said not to be reached ("为什么不是100%": no quote of the text). */
const PERCENT_QUOTED = /(?<!不是|没有|没到|不到|未达到?|达不到)(\d+(?:\.\d+)?)\s*[%％]/;
/** The report's own rate of change asked ("报告自己写的涨幅", "正文说增长了百分之几"). */
const STATED_RATE_ASKED = /(?:报告|正文|年报)[^，。？?]{0,8}(?:写|说|提)[^，。？?]{0,6}(?:涨幅|增幅|降幅|增长率|增速|百分之几|百分比)/;
/** A change stated as a rate in a sentence ("相较去年上涨17.52%", "同比增长12.3%"). */
const RATE_STATED = /(?:上涨|增长|增加|下降|减少|提高|降低|上升)[^，。；;\d]{0,4}\d+(?:\.\d+)?\s*[%％]/;

/** The year before, as a report says it beside a change ("相较去年", "比上年", "同比"). */
const AGAINST_YEAR_BEFORE = /(?:相较于?|较|比|与|同|对比)(?:去年|上年度?|上一年)|同比/;

export const statedRate: Rule = {
  name: 'stated-rate',
  doc: 'A rate the text states, quoted from it ("依申请上涨17.52%，跟哪年比的") or asked as the report\'s own ("报告自己写的涨幅是多少"): the one sentence that states it, as printed — never a rate computed.',
  decide: (u, state, kn) => {
    const text = withoutSlots(u);
    const quoted = PERCENT_QUOTED.exec(text)?.[1];
    if (!quoted && !STATED_RATE_ASKED.test(text)) return undefined;
    // (the rate quoted to be worked out again from two counts quoted, "…写的占21.44%，按答复总数14件算，应该是多少": text-arithmetic's share of the two)
    if (countsToRecompute(text) >= 2) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const rate = quoted ? new RegExp(`(?<![\\d.])${quoted.replace('.', '\\.')}\\s*[%％]`) : RATE_STATED;
    const fits = (t: string) => rate.test(t);
    const found = r.passages.filter((p) => fits(p.text));
    // (one sentence only: a rate found in several is no one answer)
    if (found.length !== 1) return undefined;
    const p = found[0]!;
    // (set against the year before, in the report's words: which year that is)
    const said = AGAINST_YEAR_BEFORE.exec(p.text)?.[0];
    const against = r.year !== null && said ? [`报告中的“${said}”是与${r.year - 1}年相比（本报告是${r.year}年度报告）。`] : [];
    // (how it was reached asked, "答复率为什么能做到100%": the sentences before it in its sub-item, what was done)
    const line = ACHIEVED_WHY.test(u.norm) ? withMeasuresBefore(r, p.text.trim()) : p.text.trim();
    // (the rate doubted against counts quoted, "发了41个文件只解读了32件，怎么解读率还说是100%": the sentence, and that the report
    // does not say how it was reckoned)
    const doubted = RATE_DOUBTED.test(u.norm) ? [RATE_NOT_EXPLAINED] : [];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [line, ...against, ...doubted], source: sectionSource(p.section), labelled: true } };
  },
};

/** A stated rate doubted ("怎么…还说是100%", "为什么却写着100%"). */
const RATE_DOUBTED = /(?:怎么|为什么|为啥|咋)[^，。？?]{0,10}(?:还|却|也|就)(?:说|写|称|是|算)/;
/** Said when the report gives no reckoning of a rate doubted. */
const RATE_NOT_EXPLAINED = '报告没有说明这个比例是怎么计算的。';

/** How a result was reached, asked ("为什么能做到100%", "怎么做到的", "凭什么这么高"). */
const ACHIEVED_WHY = /(?:为什么|为啥|为何|怎么|如何|凭什么|靠什么)(?:能|可以|会)?(?:做到|达到|实现|这么高|那么高)|怎么做到|如何做到/;
