// Runs every question of the repo's question sets in-process through a core, with a fixed clock, and
// turns the answers into the decision trace (set, case#turn, rule, intent, question) and per-set scores.
// Shared by test/decision-trace.test.ts (through src/) and scripts/trace.mjs (through dist/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionSets } from './eval-cases.mjs';
import { check } from './score-lib.mjs';

/**
 * The date the sets are run at: relative years (去年 = 2025, 前年 = 2024) are read against it, as the
 * sets' expectations assume (eval/heldout-years.jsonl: "today 2026-11-28").
 */
export const EVAL_NOW = '2026-11-29T12:00:00+08:00';

export const TRACE_FILE = 'test/decision-trace.tsv';
export const FLOORS_FILE = 'eval/floors.json';
const HEADER = '# set\tcase#turn\trule\tintent\tquestion';

/** Every turn of every set: {set, id, q, exp, answer}. `createCore` from src/ or dist/. */
export async function runSets(createCore, root, { sets = questionSets(root) } = {}) {
  const clock = () => new Date(EVAL_NOW);
  const runs = [];
  // one core per set of reports (sets on the same reports share it; each case is its own user)
  const cores = new Map();
  for (const set of sets) {
    const key = JSON.stringify(set.options);
    if (!cores.has(key)) cores.set(key, await createCore({ ...set.options, clock }));
    const core = cores.get(key);
    const turns = [];
    for (const c of set.cases) {
      for (const [k, t] of c.turns.entries()) {
        const answer = await core.reply({ user: `trace-${set.label}-${c.id}`, text: String(t.q), channel: 'batch' });
        turns.push({ case: c, k, q: String(t.q), exp: t.exp ?? {}, answer });
      }
    }
    runs.push({ set, turns });
  }
  for (const core of cores.values()) await core.close();
  return runs;
}

const cell = (s) => String(s ?? '-').replace(/[\t\n\r]+/g, ' ');

export function traceText(runs) {
  const lines = [HEADER];
  for (const { set, turns } of runs) for (const t of turns) lines.push([set.label, `${t.case.id}#${t.k + 1}`, t.answer.rule, t.answer.intent, t.q].map(cell).join('\t'));
  return lines.join('\n') + '\n';
}

/** Score of a JSONL set as ../shared/eval/score.mjs counts it: a case passes when all its turns pass. */
export function scoreRun({ set, turns }) {
  const failed = new Set();
  const failures = [];
  for (const t of turns) {
    const why = check(t.exp, { answer: t.answer.text, fallback: t.answer.fallback });
    if (why.length) {
      failed.add(t.case.id);
      failures.push(`${t.case.id}#${t.k + 1} ${t.q}\n    -> ${t.answer.text.replace(/\s+/g, ' ').slice(0, 160)}\n    !! ${why.join('; ')}`);
    }
  }
  const n = set.cases.length;
  return { label: set.label, ok: n - failed.size, n, failures };
}

export function readFloors(root) {
  return JSON.parse(readFileSync(join(root, FLOORS_FILE), 'utf8'));
}

/** Rule → number of eval turns it decides (sets from eval/ only), most first. */
export function ruleCounts(runs, { evalOnly = true } = {}) {
  const counts = new Map();
  for (const { set, turns } of runs) {
    if (evalOnly && !set.label.startsWith('heldout-')) continue;
    for (const t of turns) counts.set(t.answer.rule, (counts.get(t.answer.rule) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
