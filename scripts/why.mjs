#!/usr/bin/env node
// Developer tool: shows how the bot reads questions — normalised text, classifier text, the top
// candidates with scores, the unknown share, and the rule that decided (dist/, run `npm run build`).
// Usage: node scripts/why.mjs [--reports DIR] [--preload DIR (loaded first: its words enter the shared jieba dictionary)] [--default-office NAME] "问题1" ["问题2" …]
//   Questions in one call form one conversation (each sees the previous one's state).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const reportsDir = opt('--reports');
const defaultOffice = opt('--default-office');
const imp = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const { loadKnowledge } = await imp('core/bot.js');
const { understand } = await imp('core/understanding.js');
const { firstDecision, decide } = await imp('core/engine.js');
const pre = opt('--preload');
if (pre) await loadKnowledge({ reportsDir: pre });
const { kn } = await loadKnowledge({ reportsDir, defaultOffice });
let state = {};
for (const q of args) {
  const u = understand(kn, q, state);
  const { rule, decision } = firstDecision(u, state, kn);
  console.log(`\n? ${q}\n  norm: ${u.norm}\n  cls:  ${u.classifierText}  focus: ${u.focus}\n  kind: ${u.kind} quantity=${u.quantity} followUp=${u.followUp.is}`);
  console.log(`  metric: ${u.metric ? JSON.stringify(u.metric) : '-'}  unknown: ${JSON.stringify(u.unknown)}  reportOnly: ${u.reportOnlyWords.join(',')}`);
  for (const c of u.candidates.slice(0, 4)) console.log(`  ${c.score.toFixed(3)} ${c.item.id}  ← ${c.example}`);
  console.log(`  rule: ${rule.name} → ${decision.kind}${decision.intent ? ' ' + decision.intent.id : ''}${decision.reason ? ' ' + decision.reason : ''}`);
  const out = decide(kn, q, state);
  console.log(`  answer: ${out.answer.text.slice(0, 160).replace(/\n/g, ' ')}`);
  state = out.state;
}
