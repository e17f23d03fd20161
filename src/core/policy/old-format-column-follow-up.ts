/**
 * Rule for a column of the 2019 format's table 二 that no catalogue column holds, asked right after a figure of that
 * table ("规范性文件本年新制作了多少件" → "新公开的呢"): the row as the report prints it, with that column's figure.
 * 本年新公开数量 and 上一年项目数量 are kept as printed only (src/report/format.ts), so no metric reads them.
 */
import { columnsNamed } from '../../answer/columns-2019.js';
import { printsOldFormatColumns } from '../../answer/render-t2.js';
import { T2_ROWS } from '../../report/format.js';
import { pickReport } from '../select.js';
import { withoutSlots } from './helpers.js';
import { figuresIntent } from '../handlers.js';
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

/** Columns of the 2019 format that the catalogue's columns (制发/废止/现行有效, 处理决定) do not hold. */
const UNMAPPED = new Set(['本年新公开数量', '上一年项目数量', '本年增/减']);
/** A follow-up is short: the column and a particle or a how-many ("新公开的呢", "上一年项目数量是多少？"). */
const FOLLOW_UP_MAX_CHARS = 14;

export const oldFormatColumnFollowUp: Rule = {
  name: 'old-format-column-follow-up',
  doc: 'A 2019-format column no catalogue column holds ("新公开的呢", "上一年项目数量呢"), asked after a figure of table 二: the row as printed.',
  decide: (u, state, kn) => {
    const metric = state.metric;
    if (u.metric || metric?.table !== '二' || !metric.rows.length) return undefined;
    const text = withoutSlots(u).replace(/[\s?？。.!！]/g, '');
    if (text.length > FOLLOW_UP_MAX_CHARS) return undefined;
    if (!columnsNamed(text).some((c) => UNMAPPED.has(c.name))) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (only when the report prints such a column for the row: a 2021-format report has none to show; the figure rendered
    // for that row then shows the row as printed)
    if (!metric.rows.some((id) => printsOldFormatColumns(r, T2_ROWS.find((x) => x.id === id)?.label ?? ''))) return undefined;
    // (a figure of the row, so that the next follow-up, "对外公开总数量呢", goes on from it)
    const figures = figuresIntent(kn);
    return figures ? { kind: 'figure', intent: figures, metric, confidence: POLICY.figureMinConfidence } : undefined;
  },
};
