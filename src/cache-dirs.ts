/**
 * Folders of the small caches kept between starts (validated intents, the typo pass's sounds): the
 * package's node_modules/.cache/disclosure-bot/KIND (the usual place for tool caches), else the system's
 * temporary folder when that is not writable. None when DISCLOSURE_CACHE=0, and none under vitest unless
 * DISCLOSURE_CACHE=1 (tests pass their own folders) or the cache depends on package versions only
 * (`underTests`: the same for every test). A cache that cannot be read or written is never an
 * error: what it holds is then made again.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function toolCacheDirs(kind: string, env: NodeJS.ProcessEnv = process.env, opts: { underTests?: boolean } = {}): string[] {
  if (env.DISCLOSURE_CACHE === '0' || (env.VITEST && env.DISCLOSURE_CACHE !== '1' && !opts.underTests)) return [];
  const pkg = fileURLToPath(new URL('..', import.meta.url));
  return [join(pkg, 'node_modules', '.cache', 'disclosure-bot', kind), join(tmpdir(), 'disclosure-bot-cache', kind)];
}
