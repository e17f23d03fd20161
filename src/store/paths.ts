/** Where the database file is: --db PATH, else env DISCLOSURE_DB, else data/db.json of the package. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package folder (holds package.json "disclosure-bot"), from src/ under vitest or dist/ when built. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'disclosure-bot') return (root = dir);
      } catch {
        // not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) return (root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'));
    dir = up;
  }
}

/** A given path is taken relative to the current directory; the default lies in the package. */
export function resolveDbPath(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = option || env.DISCLOSURE_DB;
  return given ? resolve(given) : join(packageRoot(), 'data', 'db.json');
}
