/**
 * Rule applicants-after-count: who the applicants were, asked right after a count of the requests ("申请人都是些什么人？",
 * "都是谁申请的"): the applicants' columns of table 三 (自然人, 法人或其他组织) of the report just answered — never who may
 * apply (procedure.who), nor the bot's own identity its words match (你是什么人).
 */
import { figuresIntent } from '../handlers.js';
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

/** Who the applicants were, asked ("申请人都是些什么人", "都是谁申请的", "申请的都是哪些人"). */
const APPLICANTS_ASKED = /申请人(?:都|主要|大多)?是(?:些|一些)?(?:什么|哪些|哪种|哪类|啥)(?:人|身份|类型)?|(?:都|主要)?是(?:些|一些)?(?:谁|哪些人|什么人|啥人)(?:来)?申请的|申请的(?:都|主要)?是(?:谁|哪些人|什么人|啥人)/;
/** Counts of the year's requests a question of who applied may follow (received, handled, carried in from last year). */
const REQUESTS_ROWS: ReadonlySet<string> = new Set(['new', 'total', 'carried']);
/** The applicants' columns: natural persons and organisations (法人或其他组织, derived). */
const APPLICANT_COLUMNS = ['natural', 'org'];

export const applicantsAfterCount: Rule = {
  name: 'applicants-after-count',
  doc: 'Who the applicants were, asked right after a count of the requests ("申请人都是些什么人？"): table 三\'s applicant columns of that report, not who may apply.',
  decide: (u, state, kn) => {
    const before = state.metric;
    if (u.metric || !before || before.table !== '三' || !before.rows.every((x) => REQUESTS_ROWS.has(x)) || !APPLICANTS_ASKED.test(u.norm)) return undefined;
    const figures = figuresIntent(kn);
    return figures ? { kind: 'figure', intent: figures, metric: { ...before, rows: ['new'], cols: APPLICANT_COLUMNS, vague: false }, confidence: POLICY.figureMinConfidence } : undefined;
  },
};
