/** Options shared by the stats / unanswered / reports / reload commands. */
import { parseArgs } from 'node:util';
import type { Report } from '../report/types.js';
import { openStore, type LowdbStore } from '../store/lowdb.js';

export interface CommandArgs {
  db?: string;
  reports?: string;
  json: boolean;
  help: boolean;
  positionals: string[];
}

/** Throws UsageError on an unknown option. */
export function parseCommandArgs(args: string[], extra: Record<string, { type: 'string' | 'boolean'; short?: string }> = {}): CommandArgs & { values: Record<string, unknown> } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        reports: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        ...extra,
      },
    });
    return {
      db: values.db as string | undefined,
      reports: values.reports as string | undefined,
      json: values.json === true,
      help: values.help === true,
      positionals,
      values,
    };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export class UsageError extends Error {}

/** Prints a usage error (exit code 2). */
export function usageFailure(err: unknown, usage: string): number {
  if (!(err instanceof UsageError)) throw err;
  console.error(`参数错误 / bad arguments: ${err.message}\n${usage}`);
  return 2;
}

/** A report as listed by `reports --json` (without passages and values). */
export function reportSummary(r: Report) {
  return {
    id: r.id,
    office: r.office,
    year: r.year,
    file: r.file,
    values: Object.values(r.values).filter((v) => v.value !== null).length,
    findings: r.findings.length,
  };
}

/** Opens the database read-only (never renames or writes it); prints why and returns null when it cannot. */
export async function openReadOnly(db: string | undefined): Promise<LowdbStore | null> {
  try {
    return await openStore({ db, readOnly: true });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return null;
  }
}
