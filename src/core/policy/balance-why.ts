/**
 * Why the requests handled differ from the requests received ("为什么答复了98件，比受理的95件还多",
 * "新收1541件，为什么只办理了1527件"): they are not the same batch — a year's handling includes requests
 * carried over from the year before, and some of its new requests are carried into the next. Table 三's
 * balance with the report's own cells, or the text's sentences that say what was carried.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { kindsOf } from './helpers.js';
import type { ConvState } from '../engine.js';
import type { Knowledge } from '../knowledge.js';
import type { Understanding } from '../understanding.js';
import type { Decision, Rule } from './types.js';

/** Requests received ("受理", "新收", "收到"). */
const RECEIVED = /受理|新收|收到|接到|收了/;
/** Requests handled ("办理", "答复", "办结"). */
const HANDLED = /办理|答复|办结|处理了|办完/;
/** The two set against each other ("比…多", "只…", "不一样", "对不上"). */
const DIFFER = /比|多|少|只|不一样|不同|差|对不上|不一致|不等于|不相等/;
/** A sentence of the text about requests carried over ("含上年度转结申请8件", "加上上年结转的"). */
const CARRIED_SAID = /结转|转结|转入|上年度?[^，。]{0,6}(?:申请|转)/;
/** "受理…46件，办结44件": the requests received and handled one sentence counts, in that order of words. */
function receivedHandled(text: string): [number, number] | undefined {
  const got = /(?:受理|新收|收到|接到)[^，。；;\d]{0,16}?(\d+)\s*[件例个]/.exec(text);
  const done = /(?:办结|办理|答复)[^，。；;\d]{0,8}?(\d+)\s*[件例个]/.exec(text);
  if (!got || !done || got.index === done.index) return undefined;
  const [a, b] = [Number(got[1]), Number(done[1])];
  return a !== b ? [a, b] : undefined;
}

/** The sections whose text tells table 三's figures. */
const TEXT_SECTIONS = new Set(['前言', '一', '三']);

/** What the balance is: said the same way whatever the report holds. */
const WHY_LINE =
  '本年办理（答复）的申请和本年新收的申请不是同一批：办理的包括上一年结转过来的申请，本年新收的申请也有的结转到下一年再办理（表三：本年新收 + 上年结转 = 办理结果总计 + 结转下年度）。';

export const balanceWhy: Rule = {
  name: 'balance-why',
  doc: 'Why the requests handled differ from those received ("为什么答复了98件，比受理的95件还多"): requests carried over from last year and into next — table 三\'s balance with the report\'s cells, or the text\'s sentences about what was carried.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why) return undefined;
    // why some were not finished ("为什么有103件没办完"): what carrying over is, with the report's count
    const carried = u.metric?.table === '三' && u.metric.rows.length === 1 && u.metric.rows[0] === 'carry-over';
    if (carried) return carriedWhy(kn, u, state);
    if (!RECEIVED.test(u.norm) || !HANDLED.test(u.norm) || !DIFFER.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const cell = (id: string) => r.values[`t3.${id}.total`]?.value;
    const [n, c, t, co] = ['new', 'carried', 'total', 'carry-over'].map(cell);
    const lines = [WHY_LINE];
    let source: string | undefined;
    if ([n, c, t, co].every((x) => typeof x === 'number')) {
      const [a, b, d, e] = [n, c, t, co] as number[];
      lines.push(`${reportLabel(r)}：本年新收 ${a} 件 + 上年结转 ${b} 件 = ${a! + b!} 件；办理结果总计 ${d} 件 + 结转下年度 ${e} 件 = ${d! + e!} 件（按报告数字计算）。`);
      source = '三、收到和处理政府信息公开申请情况';
    } else {
      const said = r.passages.find((p) => TEXT_SECTIONS.has(p.section) && CARRIED_SAID.test(p.text) && HANDLED.test(p.text));
      // (no word of what was carried: the sentence that counts both, their difference, and that the text does not say)
      const both = said ? undefined : r.passages.map((p) => ({ p, pair: receivedHandled(p.text) })).find((x) => TEXT_SECTIONS.has(x.p.section) && x.pair);
      if (!said && !both) return undefined;
      const passage = said ?? both!.p;
      lines.push(`${reportLabel(r)}报告正文写道：${passage.text.trim()}`);
      if (both) {
        const [got, done] = both.pair!;
        lines.push(`两者相差 ${Math.abs(got - done)} 件（按报告数字计算）；报告没有说明这 ${Math.abs(got - done)} 件的情况（是否结转到下一年办理），可向该机关询问。`);
      }
      source = sectionSource(passage.section);
    }
    return { kind: 'passage', report: r, parts: { head: '', lines, source, labelled: true } };
  },
};

/** What carrying over is (the Regulation's time limits, 第三十三条). */
const CARRY_WHY =
  '结转下年度的申请，是本年收到、到年底还在答复期限内没有办结的申请（例如年底前不久才收到，或依法延长答复期限、征求第三方意见），转到下一年继续办理（《条例》第三十三条：20个工作日内答复，需要延长的不超过20个工作日）。';

/** Requests that ended otherwise, counted in the text ("主动撤销申请4件", "2件申请人撤回"): the rest of the year's requests. */
const ENDED_OTHERWISE_COUNTED = /(?:撤回|撤销|撤申请|终止|放弃)[^，。；;\d]{0,6}\d+\s*件|\d+\s*件[^，。；;\d]{0,6}(?:撤回|撤销|终止)/;

/** Requests carried or still being handled, told in the text ("结转下年度3件", "2件按序时进度办理", "1件仍在办理中"). */
const CARRIED_TOLD = /结转下|转结下|结转\d{4}|下一?年度?继续办理|按序时进度|仍在办理|尚在(?:法定)?(?:答复|办理)期限?内/;

function carriedWhy(kn: Knowledge, u: Understanding, state: ConvState): Decision | undefined {
  const r = pickReport(kn, u.slots, state).report;
  if (!r) return undefined;
  const v = r.values['t3.carry-over.total']?.value;
  // (no table, and the text counts the requests that ended otherwise, "答复7件,主动撤销申请4件": what became of the rest is
  // that sentence, no carrying over)
  // (not a review withdrawn, "撤销复议申请1件": cases of table 四, no request of the year's)
  const ended = typeof v === 'number' ? undefined : r.passages.find((p) => TEXT_SECTIONS.has(p.section) && ENDED_OTHERWISE_COUNTED.test(p.text) && !/复议|诉讼/.test(p.text));
  if (ended) return { kind: 'passage', report: r, parts: { head: '', lines: [`${reportLabel(r)}报告正文写道：${ended.text.trim()}`], source: sectionSource(ended.section), labelled: true } };
  const said = typeof v === 'number' ? undefined : r.passages.find((p) => TEXT_SECTIONS.has(p.section) && CARRIED_TOLD.test(p.text));
  const lines = [CARRY_WHY];
  if (typeof v === 'number') lines.push(`${reportLabel(r)}：结转下年度继续办理的申请 ${v} 件。`);
  else if (said) lines.push(`${reportLabel(r)}报告正文写道：${said.text.trim()}`);
  lines.push('报告没有写明这些申请结转的具体原因。');
  return { kind: 'passage', report: r, parts: { head: '', lines, source: typeof v === 'number' ? '三、收到和处理政府信息公开申请情况' : said ? sectionSource(said.section) : undefined, labelled: true } };
}

