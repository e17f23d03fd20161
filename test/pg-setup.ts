/**
 * vitest globalSetup: is a PostgreSQL server reachable for the PostgreSQL suites?
 * PG_TEST_URL (default postgres://postgres@127.0.0.1:5432/test). Reachable: the suites run, each in its
 * own schema. Not reachable: with CI=true the run fails; otherwise one line says the suites were skipped.
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

export const DEFAULT_PG_TEST_URL = 'postgres://postgres@127.0.0.1:5432/test';

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.PG_TEST_URL || DEFAULT_PG_TEST_URL;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  let reason: string | null = null;
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    reason = (err as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
  if (reason !== null) {
    if (process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL is not reachable at ${url} (${reason}): the PostgreSQL suites must run in CI`);
    console.log(`PostgreSQL suites skipped: no server at ${url} (${reason}); start PostgreSQL or set PG_TEST_URL to run them.`);
  }
  project.provide('pgUrl', reason === null ? url : null);
}
