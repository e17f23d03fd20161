/**
 * Which store a command uses: PostgreSQL when DATABASE_URL is set (shared by every instance), else the
 * embedded lowdb file (--db PATH, DISCLOSURE_DB, or data/db.json of the package).
 */
import type { Logger } from '../log.js';
import type { Store } from './types.js';

export type OpenedKind = 'postgres' | 'lowdb';

/** A store a command can read stats from (both backends carry the office time zone). */
export type CommandStore = Store & { readonly timeZone: string };

/** DATABASE_URL when it names PostgreSQL; undefined when unset or empty. */
export function databaseUrl(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): string | undefined {
  const url = env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

/** The PostgreSQL store of DATABASE_URL (StoreUnavailableError when unreachable). */
export async function openSharedStore(url: string, opts: { logger?: Logger; readOnly?: boolean } = {}): Promise<CommandStore & import('./postgres.js').PgStore> {
  const { openPgStore, StoreUnavailableError } = await import('./postgres.js');
  if (!isPostgresUrl(url)) {
    throw new StoreUnavailableError(`DATABASE_URL 应以 postgres:// 开头（收到 ${url.split(':')[0]}:…） / DATABASE_URL must start with postgres://`);
  }
  return openPgStore({ url, ...opts });
}
