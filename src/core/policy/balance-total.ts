/**
 * Rule balance-total-asked: staff adding the requests taken in to get the results' total ("新收17件加上年结转1件，本年度办理
 * 结果总计应该是多少"): the two figures as quoted added up, and table 三's balance said — new plus carried in equals the results'
 * total plus those carried into next year — so the total is that sum when none is carried over. The report's own total is
 * told beside it when its table has one. Never a verdict on a figure the asker did not state as the total.
 */
import { fmt } from '../../answer/cells.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The requests received quoted ("新收17件", "收到17件", "本年新收17"). */
const NEW_QUOTED = /(?:新收|收到|受理|接收)(?:了)?(?:政府信息公开)?(?:申请)?\s*(\d{1,6})\s*件?/;
/** Those carried in quoted ("上年结转1件", "去年结转过来1件"). */
const CARRIED_QUOTED = /(?:上年|上一年|去年|上年度)(?:度)?(?:结转|转来|结转过来)(?:了)?\s*(\d{1,6})\s*件?/;
/** The results' total asked ("办理结果总计应该是多少", "总计填多少", "办结总数是几"). */
const TOTAL_ASKED = /(?:办理结果)?(?:总计|合计|总数)[^，。？?]{0,8}(?:多少|几|填什么|怎么填)/;
/** The results' total in table 三 (all applicants). */
const TOTAL_CELL = 't3.total.total';
/** Added, said so ("加", "加上", "再加"). */
const ADDED = /加上?|再加|相加/;

export const balanceTotalAsked: Rule = {
  name: 'balance-total-asked',
  doc: 'The requests received and those carried in, quoted and added to get the results\' total ("新收17件加上年结转1件，办理结果总计应该是多少"): their sum, and table 三\'s balance said (the total is that sum less those carried into next year), with the report\'s own total when its table has one.',
  decide: (u, state, kn) => {
    if (!TOTAL_ASKED.test(u.norm) || !ADDED.test(u.norm)) return undefined;
    const fresh = NEW_QUOTED.exec(u.norm);
    const carried = CARRIED_QUOTED.exec(u.norm);
    if (!fresh || !carried) return undefined;
    const [a, b] = [Number(fresh[1]), Number(carried[1])];
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const sum = a + b;
    const lines = [
      `新收 ${fmt(a)} 件 + 上年结转 ${fmt(b)} 件 = ${fmt(sum)} 件。`,
      `按表三的勾稽关系，“本年新收”加“上年结转”等于“办理结果总计”加“结转下年度继续办理”：没有结转下年度的，办理结果总计就是 ${fmt(sum)} 件；有结转的，总计为 ${fmt(sum)} 件减去结转下年度的件数。`,
    ];
    const total = r.values[TOTAL_CELL]?.value;
    if (typeof total === 'number') lines.push(`报告表三中的办理结果总计是 ${fmt(total)} 件。`);
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
  },
};
