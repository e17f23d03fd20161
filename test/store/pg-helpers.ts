/** A fresh PostgreSQL schema per test file (name includes the pid), dropped afterwards. */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

/** The test server's URL, or null when the PostgreSQL suites are skipped (see test/pg-setup.ts). */
export const pgUrl: string | null = inject('pgUrl');

export function uniqueSchema(tag: string): string {
  return `t_${tag}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

/** DATABASE_URL for a schema (the store creates it when missing). */
export function schemaUrl(schema: string): string {
  const u = new URL(pgUrl!);
  u.searchParams.set('schema', schema);
  return u.toString();
}

export async function dropSchema(schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl! });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await c.end();
  }
}

/** Runs SQL in a schema (inspection in tests). */
export async function sql<T = Record<string, unknown>>(schema: string, text: string, values: unknown[] = []): Promise<T[]> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl! });
  await c.connect();
  try {
    await c.query(`SET search_path TO "${schema}"`);
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}
