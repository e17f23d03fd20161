/**
 * Folders of the small caches kept between starts (validated intents, the typo pass's sounds): the
 * package's node_modules/.cache/disclosure-bot/KIND (the usual place for tool caches), else the system's
 * temporary folder when that is not writable. None when DISCLOSURE_CACHE=0, and none under vitest unless
 * DISCLOSURE_CACHE=1 (tests pass their own folders) or the cache depends on package versions only
 * (`underTests`: the same for every test). A cache that cannot be read or written is never an
 * error: what it holds is then made again.
 */
import type { Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function toolCacheDirs(kind: string, env: NodeJS.ProcessEnv = process.env, opts: { underTests?: boolean } = {}): string[] {
  if (env.DISCLOSURE_CACHE === '0' || (env.VITEST && env.DISCLOSURE_CACHE !== '1' && !opts.underTests)) return [];
  const pkg = fileURLToPath(new URL('..', import.meta.url));
  return [join(pkg, 'node_modules', '.cache', 'disclosure-bot', kind), join(tmpdir(), 'disclosure-bot-cache', kind)];
}

/**
 * Writes a cache file whole (a temp file, then rename: a reader never sees half a file) into the first
 * folder that takes it; `after` runs in that folder (pruning). Returns the folder, or undefined when none
 * was writable (the cache is then made again next time).
 */
export function writeFirst(dirs: string[], name: string, body: string, after?: (dir: string) => void): string | undefined {
  for (const dir of dirs) {
    try {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, name);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, body);
      renameSync(tmp, file);
      after?.(dir);
      return dir;
    } catch {
      // not writable: the next folder
    }
  }
  return undefined;
}

/**
 * Adds to a cache key the code its entries are made by and the packages that code uses: each file of `code` (paths
 * relative to `base`, a module's import.meta.url; from src/ under a test runner, the .ts source) and each package's
 * version ("?" when it cannot be read).
 */
export function hashCodeAndPackages(h: Hash, base: string, code: readonly string[], packages: readonly string[]): Hash {
  for (const rel of code) {
    let text: string;
    try {
      text = readFileSync(new URL(rel, base), 'utf8');
    } catch {
      text = readFileSync(new URL(rel.replace(/\.js$/, '.ts'), base), 'utf8');
    }
    h.update(`${rel}\n${text}\n`);
  }
  const require = createRequire(base);
  for (const p of packages) {
    try {
      h.update(`${p}@${(require(`${p}/package.json`) as { version: string }).version}\n`);
    } catch {
      h.update(`${p}@?\n`);
    }
  }
  return h;
}

/** Of a folder's cache files named `prefix…suffix`, the newest `keep` stay (by modification time); older ones go. */
export function keepNewest(dir: string, prefix: string, suffix: string, keep: number): void {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(suffix))
    .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of files.slice(keep)) rmSync(join(dir, f), { force: true });
}
