/** An in-memory Store: same semantics as the lowdb store, nothing written. Default of the core and of tests. */
import { DataStore, type StoreOptions } from './engine.js';
import { emptyData } from './empty.js';
import type { Store } from './types.js';
import { withKeys } from '../with-keys.js';
import { isoClock } from './iso-clock.js';

export function createMemoryStore(opts: StoreOptions = {}): Store {
  return new DataStore(emptyData(), opts);
}

/**
 * A store for one batch run without a database (`ask` without --db): conversation state and each user's
 * latest turn only (follow-ups and feedback work), no turn log, no stats.
 */
export function createSessionStore(): Store {
  const states = new Map<string, import('./types.js').UserState>();
  const last = new Map<string, import('./types.js').Turn>();
  let n = 0;
  // the time of a turn, as an ISO string (iso-clock.ts)
  const nowIso = isoClock();
  return {
    async getState(user) {
      return states.get(user);
    },
    async setState(user, state) {
      states.set(user, state);
    },
    async logTurn(t) {
      const turn = withKeys(t, { id: `s${++n}`, time: t.time ?? nowIso(), text: '' });
      last.set(t.user, turn);
      return turn;
    },
    async lastTurn(user) {
      return last.get(user);
    },
    async addFeedback(fb) {
      return fb.turnId && last.get(fb.user)?.id !== fb.turnId ? 'no-turn' : 'ok';
    },
    async unanswered() {
      return [];
    },
    async stats() {
      return { days: [], total: 0, answeredPct: 0, fallbackPct: 0, topIntents: [], feedback: { up: 0, down: 0, byIntent: {} }, since: null };
    },
    async flush() {},
    async close() {},
  };
}
