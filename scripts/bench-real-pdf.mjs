#!/usr/bin/env node
// Time to load 10 real published PDFs (issue 10: "loading 10 real PDFs under 2 s").
// The three PDFs of test/fixtures/reports-real copied to 10 files (4 + 3 + 3) in a temp folder, loaded with
// loadLibrary (dist/, run `npm run build` first) — first run, then the median of 3 more — and each PDF alone.
// Usage: node scripts/bench-real-pdf.mjs   (run on a quiet machine: it measures wall time)
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(root, 'test/fixtures/reports-real');
const { loadLibrary, loadReport } = await import(pathToFileURL(join(root, 'dist/report/library.js')).href);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x) => `${Math.round(x)} ms`;

const pdfs = readdirSync(SRC).filter((f) => f.endsWith('.pdf')).sort();
const tmp = mkdtempSync(join(os.tmpdir(), 'bench-real-pdf-'));
for (let k = 0; k < 10; k++) {
  const f = pdfs[k % pdfs.length];
  copyFileSync(join(SRC, f), join(tmp, f.replace(/\.pdf$/, `-copy${k}.pdf`)));
}
const times = [];
let result;
for (let k = 0; k < 4; k++) {
  const t = performance.now();
  result = await loadLibrary(tmp);
  times.push(performance.now() - t);
}
rmSync(tmp, { recursive: true, force: true });
const single = [];
for (const f of pdfs) {
  const t = performance.now();
  await loadReport(join(SRC, f));
  single.push(`${f} ${ms(performance.now() - t)}`);
}
console.log(`load 10 real PDFs: first ${ms(times[0])}, median of 3 more ${ms(median(times.slice(1)))} (${result.reports.length} reports + ${result.errors.length} duplicates refused)`);
console.log(`one at a time (warm): ${single.join(', ')}`);
console.log(`cpus ${os.cpus().length}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
