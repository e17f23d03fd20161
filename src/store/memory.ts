/** An in-memory Store: same semantics as the lowdb store, nothing written. Default of the core and of tests. */
import { DataStore, type StoreOptions } from './engine.js';
import { emptyData } from './schema.js';
import type { Store } from './types.js';

export function createMemoryStore(opts: StoreOptions = {}): Store {
  return new DataStore(emptyData(), opts);
}
