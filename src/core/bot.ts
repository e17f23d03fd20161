/**
 * createCore(): the single reply(message) → answer pipeline every channel calls.
 * Loads reports and intents once, keeps per-user context in the store, routes staff commands and
 * 👍/👎 feedback, and swaps everything atomically on reload.
 */
import type { IntentSet } from '../answer/intents.js';
import { defaultIntentsDir, loadIntentsCached } from '../answer/intents-cache.js';
import { parseFeedback } from '../feedback.js';

/** 👍 with no answer before it. */
const FEEDBACK_NOTHING_UP = '谢谢您的肯定！有关政府信息公开的问题，欢迎随时问我。';
/** 👎 with no answer before it. */
const FEEDBACK_NOTHING_DOWN = '抱歉让您不满意。请直接告诉我您想了解什么，例如“怎么申请政府信息公开”或“咨询电话是多少”。';
import type { LoadError, Report } from '../report/types.js';
import { createMemoryStore } from '../store/memory.js';
import type { Store } from '../store/types.js';
import { DraftDesk } from '../staff/drafts.js';
import { decide, type ConvState } from './engine.js';
import { decideRemembered } from './decision-memo.js';
import { buildKnowledge, type Knowledge } from './knowledge.js';
import type { Answer, Core, CoreOptions, FeedbackInput, Message, ReloadResult } from './types.js';

/** Replies never exceed this (Telegram splits at 4096; WeChat is comfortable below 2000). */
export const MAX_REPLY = 2000;

async function loadReports(dir: string | undefined): Promise<{ reports: Report[]; errors: LoadError[] }> {
  const lib = await import('../report/library.js');
  return lib.loadLibrary(dir ?? lib.resolveReportsDir());
}

/** Loads reports and intents into a fresh Knowledge. */
export async function loadKnowledge(opts: CoreOptions = {}, previous?: Knowledge): Promise<{ kn: Knowledge; message: string; ok: boolean }> {
  const [lib, set] = await Promise.all([loadReports(opts.reportsDir), loadIntentsCached(opts.intentsDir ?? defaultIntentsDir())]);
  let reports = lib.reports;
  let intents: IntentSet = set;
  const notes: string[] = [];
  // a broken report file keeps its previous version
  if (previous) {
    for (const err of lib.errors) {
      const old = previous.reports.find((r) => r.file === err.file || r.file.endsWith(`/${err.file}`) || err.file.endsWith(r.file));
      if (old && !reports.some((r) => r.id === old.id)) {
        reports = [...reports, old];
        notes.push(`${err.file} 读取失败，继续使用上一次加载的版本`);
      }
    }
    // a broken intent file keeps the previous intents of that file
    const brokenFiles = new Set(set.errors.map((e) => e.split(/[：\s]/)[0]!));
    const keep = previous.intents.filter((i) => brokenFiles.has(i.file) && !set.intents.some((n) => n.id === i.id));
    if (keep.length) {
      intents = { ...set, intents: [...set.intents, ...keep] };
      notes.push(`意图文件有错误，保留上一次的 ${keep.length} 个意图`);
    }
    // a broken figures.yml keeps its previous figure words too (groups it no longer gives)
    if (set.errors.length) {
      const lexicon = { ...previous.lexicon };
      for (const [g, parts] of Object.entries(set.lexicon)) lexicon[g] = { ...lexicon[g], ...parts };
      intents = { ...intents, lexicon };
    }
  }
  const kn = buildKnowledge(reports, lib.errors, intents, { defaultOffice: opts.defaultOffice, now: opts.clock?.() });
  const ok = !lib.errors.length && !set.errors.length;
  const lines = [
    `已加载 ${kn.reports.length} 份报告：${kn.reports.map((r) => r.id).join('、') || '无'}；意图 ${kn.intents.length} 个。`,
    ...lib.errors.map((e) => `报告错误：${e.file}：${e.message}`),
    ...set.errors.map((e) => `意图错误：${e}`),
    ...notes,
  ];
  return { kn, ok, message: lines.join('\n') };
}

function clip(text: string): string {
  if (text.length <= MAX_REPLY) return text;
  const cut = text.slice(0, MAX_REPLY - 1);
  const at = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('\n'));
  return (at > MAX_REPLY / 2 ? cut.slice(0, at + 1) : cut) + '…';
}

export async function createCore(opts: CoreOptions = {}): Promise<Core> {
  const store: Store = opts.store ?? createMemoryStore();
  let { kn } = await loadKnowledge(opts);
  let staffModule: typeof import('../staff.js') | undefined;

  /** A 👍/👎 on the user's answer `turnId` (default: the latest), through store `s`. */
  async function feedbackIn(s: Store, { user, useful, turnId }: FeedbackInput): Promise<string> {
    const id = turnId ?? (await s.lastTurn(user))?.id;
    // the store checks that the turn is this user's and finds the answer's intent
    const r = id ? await s.addFeedback({ turnId: id, intent: null, user, useful }) : 'no-turn';
    if (r === 'rate') return '反馈太频繁，请稍后再试。';
    if (r === 'no-turn') return '没有找到这条回答，反馈未记录。';
    return useful ? '感谢您的反馈，很高兴能帮到您！' : '感谢反馈，我们会改进这个回答。需要人工帮助可以拨打咨询电话。';
  }

  async function replyIn(s: Store, msg: Message): Promise<Answer> {
    const text = String(msg.text ?? '');
    const trimmed = text.trim();
    // a redelivered platform message (another instance may have answered it): the same answer again
    if (msg.id && s.answered) {
      const prev = await s.answered(msg.id);
      if (prev?.answer != null) {
        return { kind: prev.fallback ? 'fallback' : 'answer', text: prev.answer, fallback: prev.fallback, intent: prev.intent, confidence: prev.confidence, report: prev.report, turnId: prev.id, rule: 'redelivered' };
      }
    }
    const state = ((await s.getState(msg.user)) ?? {}) as ConvState;

    if (trimmed.startsWith('/') || trimmed.startsWith('／')) {
      staffModule ??= await import('../staff.js');
      const out = await staffModule.handleStaffCommand(trimmed.replace(/^／/, '/'), { store: s, core, staff: Boolean(msg.staff), user: msg.user, key: msg.group ?? msg.user });
      if (out != null) return { kind: 'staff', text: clip(out), fallback: false, intent: 'staff', confidence: 1, report: null, rule: 'staff-command' };
    }

    const fb = parseFeedback(trimmed);
    if (fb !== null) {
      const last = await s.lastTurn(msg.user);
      // after a fallback too: 👍/👎 on "I cannot answer that" is a verdict, never a new question
      if (last) {
        const text = await feedbackIn(s, { user: msg.user, useful: fb, turnId: last.id });
        return { kind: 'feedback', text, fallback: false, intent: 'feedback', confidence: 1, report: null, rule: 'feedback' };
      }
      // 👍/👎 before any answer: nothing to rate, but not a question either — said so, kindly
      return { kind: 'feedback', text: fb ? FEEDBACK_NOTHING_UP : FEEDBACK_NOTHING_DOWN, fallback: false, intent: 'feedback', confidence: 1, report: null, rule: 'feedback' };
    }

    const { answer, state: next } = (opts.rememberOpenings === false ? decide : decideRemembered)(kn, text, state, opts.clock?.());
    answer.text = clip(answer.text);
    await s.setState(msg.user, next as Record<string, unknown>);
    const turn = await s.logTurn({
      user: msg.user,
      channel: msg.channel,
      text,
      intent: answer.intent,
      confidence: answer.confidence,
      fallback: answer.fallback,
      report: answer.report,
    });
    if (msg.id && s.markAnswered) await s.markAnswered(msg.id, turn.id, answer.text);
    answer.turnId = turn.id;
    return answer;
  }

  const core: Core = {
    // a shared store runs the whole reply under the user's lock, in one transaction
    reply: (msg: Message): Promise<Answer> =>
      store.withUser ? store.withUser(msg.user, (s) => replyIn(s, msg)) : replyIn(store, msg),
    feedback: (input: FeedbackInput): Promise<string> =>
      store.withUser ? store.withUser(input.user, (s) => feedbackIn(s, input)) : feedbackIn(store, input),
    async reload(): Promise<ReloadResult> {
      try {
        const next = await loadKnowledge(opts, kn);
        kn = next.kn;
        return { ok: next.ok, message: next.message };
      } catch (e) {
        return { ok: false, message: `重新加载失败，继续使用原有数据：${(e as Error).message}` };
      }
    },
    reports: () => kn.reports,
    loadErrors: () => kn.loadErrors,
    close: async () => {
      await core.drafts?.close();
      await store.close();
    },
  };
  core.drafts = new DraftDesk({ ...(opts.reportsDir ? { reportsDir: opts.reportsDir } : {}), reports: () => kn.reports, reload: () => core.reload() });
  return core;
}
