/**
 * Prometheus metrics of the HTTP channels (prom-client, a registry of our own so tests and several
 * servers in one process never collide). Everything is labelled by channel (web, wechat-mp, wecom).
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Answer, Core, Message } from '../../core/types.js';

/** Latency buckets in seconds: answers take milliseconds; the WeChat deadline is 5 s. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export class HttpMetrics {
  readonly registry = new Registry();
  readonly messages: Counter<'channel'>;
  readonly answers: Counter<'channel'>;
  readonly fallbacks: Counter<'channel'>;
  readonly clarifications: Counter<'channel'>;
  readonly rateLimited: Counter<'channel'>;
  readonly latency: Histogram<'channel'>;

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    const counter = (name: string, help: string) => new Counter({ name, help, labelNames: ['channel'] as const, registers });
    this.messages = counter('disclosure_messages_total', 'Messages received (admitted or not)');
    this.answers = counter('disclosure_answers_total', 'Replies sent by the core that are answers (not fallbacks)');
    this.fallbacks = counter('disclosure_fallbacks_total', 'Honest fallbacks (the bot could not answer)');
    this.clarifications = counter('disclosure_clarifications_total', 'Clarifying questions (您是想问…)');
    this.rateLimited = counter('disclosure_rate_limited_total', 'Messages refused by a rate limit or a full queue');
    this.latency = new Histogram({
      name: 'disclosure_reply_seconds',
      help: 'Time of core.reply per message',
      labelNames: ['channel'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    });
    if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'disclosure_' });
  }

  /** Counts one answer by its kind. */
  count(channel: string, a: Answer): void {
    if (a.kind === 'clarify') this.clarifications.inc({ channel });
    else if (a.fallback) this.fallbacks.inc({ channel });
    else this.answers.inc({ channel });
  }

  /** core.reply timed and counted. */
  instrument(core: Pick<Core, 'reply'>): Pick<Core, 'reply'> {
    return {
      reply: async (msg: Message) => {
        const end = this.latency.startTimer({ channel: msg.channel });
        try {
          const a = await core.reply(msg);
          this.count(msg.channel, a);
          return a;
        } finally {
          end();
        }
      },
    };
  }
}
