/** An empty store (db.json) and its format version: apart from schema.ts, so an in-memory store never loads zod. */
import type { DbData } from './schema.js';

export const DATA_VERSION = 1;

export function emptyData(): DbData {
  return { version: DATA_VERSION, users: {}, turns: [], unanswered: {}, feedback: [] };
}
