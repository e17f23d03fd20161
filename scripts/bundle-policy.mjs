#!/usr/bin/env node
// After tsc: the policy's ~140 rule modules (dist/core/policy/*.js) joined into one, written over
// dist/core/policy/index.js. Node loads, links and compiles every ES module file on its own; at ~1.2 ms a module,
// the rule files alone cost ~150 ms of every cold start (issue 15: ≤ 0.6 s to the first answer). Everything outside
// dist/core/policy stays a module of its own, imported from the bundle by the same relative path (the bundle sits where
// index.js was), so each is still loaded once and shared (the jieba dictionary, the memos, the knowledge).
// Only the build runs this; tests run the TypeScript sources, and the built CLI (spawned by tests and CI) the bundle.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const policyDir = join(root, 'dist/core/policy');
const entry = join(policyDir, 'index.js');
/** The bundle's first line: a second run (no tsc in between) leaves it as it is. */
const BANNER = '// dist/core/policy joined by scripts/bundle-policy.mjs';
if (readFileSync(entry, 'utf8').startsWith(BANNER)) process.exit(0);

/** Imports that leave the policy folder stay imports, by their path relative to the bundle. */
const keepOutside = {
  name: 'keep-outside-policy',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (!args.path.startsWith('.')) return { path: args.path, external: true };
      const target = resolve(args.resolveDir, args.path);
      if (target.startsWith(policyDir + sep)) return undefined;
      const rel = relative(policyDir, target).split(sep).join('/');
      return { path: rel.startsWith('.') ? rel : `./${rel}`, external: true };
    });
  },
};

const result = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: entry,
  allowOverwrite: true,
  plugins: [keepOutside],
  // not minified: rules and functions keep their names in stack traces and profiles
  minify: false,
  legalComments: 'none',
  banner: { js: BANNER },
  logLevel: 'warning',
  metafile: true,
});
const joined = Object.keys(result.metafile.inputs).length;
if (joined < 10) throw new Error(`bundle-policy: only ${joined} modules joined — is dist/core/policy built?`);
