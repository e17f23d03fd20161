/**
 * Rule table-three-all-zero-why: why table 三 is all zeros, asked ("表三为什么全是0"): the table's own first rows — no request
 * received and none carried over — which is why every result is 0; the report gives no other reason.
 */
import { val } from '../../answer/cells.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import { kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** Table 三 named ("表三", "第三部分的表", "收到和处理…那张表"). */
const TABLE_THREE = /表三|表3|第三(?:部分|张)(?:的)?表|第三个表/;
/** How come ("怎么", "咋") said of it. */
const HOW_COME = /怎么|咋/;
/** All of it zero ("全是0", "都是零", "全为0", "一片0"). */
const ALL_ZERO = /(?:全|都|均|全部)(?:都)?(?:是|为|填)?(?:0|零|〇)|一片(?:0|零)/;

export const tableThreeAllZeroWhy: Rule = {
  name: 'table-three-all-zero-why',
  doc: 'Why table 三 is all zeros ("表三为什么全是0"): no request was received and none carried over, as its first rows say — every result is 0 for that reason; the report gives no other.',
  decide: (u, state, kn) => {
    // (or how come, "表三怎么全都是0")
    if (!(kindsOf(u).why || HOW_COME.test(u.norm)) || !TABLE_THREE.test(u.norm) || !ALL_ZERO.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || cell(r, 't3.new.total') !== 0) return undefined;
    const carried = cell(r, 't3.carried.total');
    const none = carried === 0 ? '当年没有收到、也没有从上年结转政府信息公开申请' : '当年没有收到政府信息公开申请';
    const line = `表三“本年新收政府信息公开申请数量”为 0${carried === 0 ? '，“上年结转”也为 0' : ''}：${none}，所以办理结果各项都是 0。报告没有另外说明原因。`;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [line], source: '三、收到和处理政府信息公开申请情况', labelled: true } };
  },
};

/** A cell's figure, or undefined when it is not one the report states (an impossible figure is never read here). */
function cell(r: Parameters<typeof val>[0], id: string): number | null | undefined {
  try {
    return val(r, id);
  } catch {
    return undefined;
  }
}
