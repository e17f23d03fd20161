/** The policy's vocabulary: a rule looks at an Understanding and may decide. */
import type { Intent } from '../../answer/intents.js';
import type { Rendered } from '../../answer/render.js';
import type { Report } from '../../report/types.js';
import type { MetricQuery } from '../../understand/metrics.js';
import type { ReportSlots } from '../../understand/slots.js';
import type { ConvState } from '../engine.js';
import type { Knowledge } from '../knowledge.js';
import type { Understanding } from '../understanding.js';

/** The question an intent is carried out on, when it is not the message itself (a clarify choice, a follow-up). */
export interface Question {
  norm: string;
  slots: ReportSlots;
  metric: MetricQuery | undefined;
}

export type Decision =
  /** Carry out an intent (its handler or template) on the picked report. */
  | {
      kind: 'intent';
      intent: Intent;
      confidence: number;
      /** Another question than the message (default: the message as understood). */
      question?: Question;
      /** The conversation state the intent is carried out with (default: the current state). */
      state?: ConvState;
      /** Said before the answer when it really answers ("南岗区没有2025年的报告。"). */
      noteIfAnswered?: string;
      /** Said instead when the answer is a fallback ("我只有平度市卫生健康局 2023年的报告，没有2024年的报告。"). */
      problemIfUnanswered?: string;
    }
  /** A figure of the report's tables, through the figures intent. */
  | { kind: 'figure'; intent: Intent; metric: MetricQuery; confidence: number }
  /** A passage of the report, found by the rule. */
  | {
      kind: 'passage';
      report: Report;
      parts: Rendered;
      /** The question it answers when not the message itself (a follow-up asked again in full): what the next follow-up goes on from. */
      asked?: string;
      /** The table row the passage answers for a report with no table (kept, so "那梅子镇呢" asks that row of another). */
      metric?: MetricQuery;
    }
  /** Ask which of these was meant. */
  | { kind: 'clarify'; options: Intent[]; confidence: number }
  /** A report (year/office) that is not loaded: say which reports there are. */
  | {
      kind: 'no-report';
      problem: string;
      confidence: number;
      /** The question only asked whether the report is there ("去年的年报有吗"): saying which there are answers it. */
      answered?: boolean;
    }
  /** Each loaded year's figure of one office, the change and the percentage (src/answer/trend-answer.ts). */
  | { kind: 'trend'; result: import('../../answer/trend-answer.js').TrendResult }
  /** One figure of every loaded office, ranked (src/answer/ranking.ts); `report` ranks first. */
  | { kind: 'ranking'; text: string; report: Report }
  /** An article of the 《条例》 (its paragraph, when one is named), quoted from the regulation's text. */
  | { kind: 'article'; article: number; paragraph?: number; confidence: number }
  /** The honest fallback with the office's phone. */
  | { kind: 'fallback'; reason: 'empty' | 'off-topic' | 'unknown' | 'no-match'; confidence: number };

export interface Rule {
  /** Stable name: shown as `rule` on every answer, in the decision trace and in `ask --json`. */
  name: string;
  /** One line: when it decides and why. */
  doc: string;
  decide(u: Understanding, state: ConvState, kn: Knowledge): Decision | undefined;
}
