/** Options shared by the stats / unanswered / reports / reload commands. */
import { parseArgs } from 'node:util';
import type { Report } from '../report/types.js';
import { openStore } from '../store/lowdb.js';
import { databaseUrl, openSharedStore, type CommandStore } from '../store/open.js';

export interface CommandArgs {
  db?: string;
  json: boolean;
  help: boolean;
  positionals: string[];
}

type Extra = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type ParsedArgs = CommandArgs & { values: Record<string, unknown> };

/** Throws UsageError on an unknown option. */
function parseCommandArgs(args: string[], extra: Extra = {}): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        reports: { type: 'string' }, // read by resolveReportsDir(args)
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        ...extra,
      },
    });
    return {
      db: values.db as string | undefined,
      json: values.json === true,
      help: values.help === true,
      positionals,
      values,
    };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

class UsageError extends Error {}

/** Prints a usage error; returns exit code 2. */
export function usageFailure(message: string, usage: string): number {
  console.error(`参数错误 / bad arguments: ${message}\n${usage}`);
  return 2;
}

/**
 * A command's arguments, or the exit code to return at once: 0 after printing the usage for --help,
 * 2 after a usage error.
 */
export function commandArgs(args: string[], usage: string, extra: Extra = {}): ParsedArgs | number {
  let opts: ParsedArgs;
  try {
    opts = parseCommandArgs(args, extra);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return usageFailure(err.message, usage);
  }
  if (!opts.help) return opts;
  console.log(usage);
  return 0;
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

/**
 * Opens the store read-only: PostgreSQL when DATABASE_URL is set, else the lowdb file (never renamed or
 * written). A file that does not exist is an error (a typo must not print empty statistics).
 * Prints why and returns the exit code (2: database unreachable, 1: otherwise) when it cannot.
 */
export async function openReadOnly(db: string | undefined): Promise<CommandStore | number> {
  try {
    const url = databaseUrl();
    if (url && db === undefined) return await openSharedStore(url, { readOnly: true });
    const { resolveDbPath } = await import('../store/paths.js');
    const { existsSync } = await import('node:fs');
    const file = resolveDbPath(db);
    if (!existsSync(file)) {
      console.error(`数据库文件不存在：${file}（请检查 --db 路径，或先启动机器人产生数据） / database file not found`);
      return 1;
    }
    return await openStore({ db, readOnly: true });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return (err as { exitCode?: number }).exitCode === 2 ? 2 : 1;
  }
}
