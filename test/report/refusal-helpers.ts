/** Shared by the refusal and limit tests: a scratch folder per test file, and a load expected to be refused. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { ReportError } from '../../src/report/errors.js';
import { loadReport } from '../../src/report/library.js';

/** A temp folder made before the file's tests and removed after them; `put` writes a file into it. */
export function scratch(prefix: string): { readonly dir: string; put: (name: string, data: string | Uint8Array) => string } {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    put: (name, data) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
  };
}

/** Loads a file that must be refused; the error names the file. */
export async function refusalOf(file: string): Promise<ReportError> {
  const err = await loadReport(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ReportError);
  const e = err as ReportError;
  expect(e.message.startsWith(`${basename(file)}：`)).toBe(true); // names the file
  return e;
}
