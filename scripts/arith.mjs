#!/usr/bin/env node
// Developer tool: how the text-arithmetic rule reads a question (operation, items) and which count of the text each
// item resolves to. Usage: node scripts/arith.mjs [--reports DIR] "问题"…
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--reports');
const reportsDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
const imp = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const { loadKnowledge } = await imp('core/bot.js');
const { understand } = await imp('core/understanding.js');
const { withoutSlots } = await imp('core/policy/helpers.js');
const { readArith, residualLabel, toldCount } = await imp('answer/text-arith.js');
const { pickReport, namedReports } = await imp('core/select.js');
const { kn } = await loadKnowledge({ reportsDir });
for (const q of args) {
  const u = understand(kn, q, {});
  const text = withoutSlots(u);
  const asked = readArith(text);
  console.log(`\n? ${q}\n  text: ${text}\n  asked: ${JSON.stringify(asked)}  residual: ${residualLabel(text)}  metric: ${u.metric ? 'yes' : '-'}`);
  const many = namedReports(kn, u.slots);
  const reports = many.length >= 2 ? many : [pickReport(kn, u.slots, {}).report].filter(Boolean);
  for (const r of reports) for (const it of asked?.items.length ? asked.items : [{ label: residualLabel(text) }]) {
    const t = toldCount(r, it.label, asked?.unit);
    console.log(`  ${r.id} [${it.label}] → ${t ? `${t.value}${t.unit} “${t.clause}”` : '-'}`);
  }
}
