/**
 * The version of the code that turns report files into reports, for the cache of parsed reports: a
 * hash of every source file of the report pipeline (this folder's parent: src/report or
 * dist/report, whichever runs) and of the versions of the extracting packages. Any change to the
 * parser, an extractor, a limit or a package gives another version, so no cached report outlives
 * the code that made it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the shape of a cache entry changes (shape.ts). */
export const CACHE_FORMAT = 4;

/** Packages whose code turns a file's bytes into a Document. */
const EXTRACT_PACKAGES = ['pdfjs-dist', 'mammoth', 'htmlparser2'];

/** Source files of the pipeline (not source maps or declarations). */
const CODE_FILE = /\.(?:[cm]?js|ts)$/;

/** src/report or dist/report: the folder above this module's. */
export function reportCodeDir(): string {
  return fileURLToPath(new URL('../', import.meta.url)).replace(/[\\/]$/, '');
}

/** The package root (two folders above src/report or dist/report). */
export function packageRoot(): string {
  return fileURLToPath(new URL('../../../', import.meta.url)).replace(/[\\/]$/, '');
}

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...codeFiles(path));
    else if (CODE_FILE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return 'none';
  }
}

/** Hex digest (16 characters) of the code files under `codeDir` and the extracting packages of `root`. */
export function versionOf(codeDir: string, root: string): string {
  const h = createHash('sha256');
  h.update(`format ${CACHE_FORMAT}\n`);
  for (const file of codeFiles(codeDir).sort()) {
    h.update(`${relative(codeDir, file)}\n`);
    h.update(readFileSync(file));
  }
  for (const name of EXTRACT_PACKAGES) h.update(`${name}@${packageVersion(root, name)}\n`);
  return h.digest('hex').slice(0, 16);
}

let memo: string | undefined;

/** The version of the parser code now running (computed once per thread). */
export function parserVersion(): string {
  memo ??= versionOf(reportCodeDir(), packageRoot());
  return memo;
}
