#!/usr/bin/env node
// The peer bot for benchmarks: an nlp.js (node-nlp NlpManager, language 'zh') FAQ bot trained on the
// same intents/*.yml examples, speaking the same batch contract as `node dist/cli.js ask --json`:
//
//   node scripts/nlpjs-peer.mjs [--reports DIR] [--retrain]
//   stdin: one JSON object a line {"user","text"} (a plain-text line is a message from a new user)
//   stdout: one JSON line per input, in order: {"answer","fallback","intent","confidence","report"}
//
// It gets the best fair shot an nlp.js FAQ bot can have without our understanding layer:
// - answers are the intents' answer templates, with {office} {year} {title} {period} {fee} {contact.*}
//   filled from the loaded report (a line whose field the report lacks is dropped, as ours does);
// - the report is the newest one, or the one whose office (short name) or year the question names;
// - handler intents: `section` → the first sentences of that report section (those under a heading or
//   sentence matching the intent's `match`), `reports` → the loaded reports, `help` → a fixed text,
//   figure handlers (figures / overview / litigation) → a fixed "see the report" text, since an FAQ bot
//   has no metric lexicon and no table look-up;
// - fallback when nlp.js says 'None', the score is < 0.5, or the intent is an out-of-scope one.
// - the trained model is cached in the OS temp folder (keyed by a hash of the intents), as a deployed
//   nlp.js bot would load model.nlp instead of training at every start. --retrain forces training.
//   No per-user context: every message stands alone.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

// nlp.js's Chinese tokenizer prints "Compiling dictionary" with console.log: keep stdout for the contract.
console.log = (...args) => console.error(...args);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const reportsDir = resolve(opt('--reports') ?? process.env.DISCLOSURE_REPORTS_DIR ?? join(root, 'data/reports'));
const intentsDir = join(root, 'intents');
const THRESHOLD = 0.5;

// ---------------------------------------------------------------- intents and reports
const intents = [];
const corpus = [];
for (const f of readdirSync(intentsDir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const text = readFileSync(join(intentsDir, f), 'utf8');
  corpus.push(text);
  const doc = parseYaml(text);
  for (const it of doc?.intents ?? []) if (it && it.id && Array.isArray(it.examples)) intents.push(it);
}
const byId = new Map(intents.map((i) => [i.id, i]));

const { loadLibrary } = await import(join(root, 'dist/report/library.js'));
const { reports } = await loadLibrary(reportsDir);
const newest = (pool) => [...pool].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
const shortName = (office) => office.replace(/(人民政府办公室|人民政府|政府办公室|办公室)$/, '');

function pickReport(text) {
  let pool = reports;
  const named = pool.filter((r) => [r.office, ...(r.aliases ?? [])].some((n) => text.includes(shortName(n)) || text.includes(n)));
  if (named.length) pool = named;
  const years = [...text.matchAll(/(20\d\d)/g)].map((m) => Number(m[1]));
  const ofYear = pool.filter((r) => years.includes(r.year));
  return newest(ofYear.length ? ofYear : pool);
}

function field(r, f) {
  if (!r) return undefined;
  if (f.startsWith('contact.')) return r.contact?.[f.slice(8)];
  return { office: r.office, year: r.year ? String(r.year) : undefined, title: r.title, period: r.period, fee: r.feeStatement }[f];
}

function fill(template, r) {
  const out = [];
  for (const line of template.trim().split('\n')) {
    const fields = [...line.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
    const missing = fields.filter((f) => !field(r, f) && f !== 'office' && f !== 'year');
    if (missing.length) continue;
    out.push(line.replace(/\{([^{}]+)\}/g, (_, f) => field(r, f) ?? ''));
  }
  return out.join('\n').trim();
}

const SECTION_TITLE = {
  一: '一、总体情况',
  二: '二、主动公开政府信息情况',
  三: '三、收到和处理政府信息公开申请情况',
  四: '四、政府信息公开行政复议、行政诉讼情况',
  五: '五、存在的主要问题及改进情况',
  六: '六、其他需要报告的事项',
};

function firstSentences(texts, max = 300) {
  let out = '';
  for (const t of texts) {
    if (out && out.length + t.length > max) break;
    out += t;
  }
  return out || (texts[0] ?? '').slice(0, max);
}

function fallbackText(r) {
  const phone = r?.contact?.phone ? `如需人工咨询，请致电${r.contact.department ?? r.office} ${r.contact.phone}。` : '';
  return `抱歉，这个问题我暂时无法回答。${phone}`;
}

function seeReport(r, intent) {
  const where = intent.source ?? '';
  const label = r ? `${r.office}${r.year ? `${r.year}年` : ''}政府信息公开工作年度报告` : '政府信息公开工作年度报告';
  const dl = r?.contact?.download ? `\n${r.contact.download}` : '';
  return `具体数据请见${label}${where ? `“${where}”部分` : ''}。${dl}`;
}

function answerFor(intent, r, score) {
  const base = { intent: intent.id, confidence: Math.round(score * 1000) / 1000, report: r?.id ?? null };
  if (intent.fallback && !intent.answer) return { answer: fallbackText(r), fallback: true, intent: null, confidence: base.confidence, report: null };
  if (intent.answer) {
    const text = fill(intent.answer, r);
    if (!text) return { ...base, answer: fallbackText(r), fallback: true };
    return { ...base, answer: text, fallback: Boolean(intent.fallback) };
  }
  switch (intent.handler) {
    case 'section': {
      let ps = (r?.passages ?? []).filter((p) => p.section === intent.section);
      if (intent.match) {
        const re = new RegExp(intent.match);
        const hit = ps.filter((p) => re.test(p.heading ?? '') || re.test(p.text));
        if (hit.length) ps = hit;
      }
      if (!ps.length) return { ...base, answer: seeReport(r, { source: SECTION_TITLE[intent.section] }), fallback: false };
      return { ...base, answer: `${firstSentences(ps.map((p) => p.text))}\n（来源：${SECTION_TITLE[intent.section] ?? intent.section}）`, fallback: false };
    }
    case 'reports':
      return { ...base, answer: reports.length ? `已有以下年度报告：${reports.map((x) => `${x.office}${x.year ?? ''}年`).join('、')}。` : '暂无报告。', fallback: false };
    case 'help':
      return {
        ...base,
        answer: '我可以回答：如何申请政府信息公开、联系方式，以及政府信息公开工作年度报告中的内容。请直接输入您的问题。',
        fallback: false,
      };
    default: // figures, overview, litigation: an FAQ bot has a fixed text
      return { ...base, answer: seeReport(r, intent), fallback: false };
  }
}

// ---------------------------------------------------------------- nlp.js
let NlpManager;
try {
  NlpManager = require('node-nlp/src/nlp/nlp-manager'); // the class alone (the package index also loads NLG, xtables, classifiers…)
} catch {
  ({ NlpManager } = require('node-nlp'));
}
const manager = new NlpManager({ languages: ['zh'], forceNER: false, autoSave: false, nlu: { log: false, useNoneFeature: true } });
const hash = createHash('sha256').update(corpus.join('\n---\n')).update(require('node-nlp/package.json').version).digest('hex').slice(0, 16);
const modelFile = join(tmpdir(), `disclosure-bot-nlpjs-peer-${hash}.nlp`);
if (!argv.includes('--retrain') && existsSync(modelFile)) {
  manager.import(readFileSync(modelFile, 'utf8'));
} else {
  for (const it of intents) for (const ex of it.examples) manager.addDocument('zh', String(ex), it.id);
  const t0 = performance.now();
  await manager.train();
  if (process.env.NLPJS_PEER_VERBOSE) process.stderr.write(`nlp.js trained in ${Math.round(performance.now() - t0)} ms\n`);
  try {
    writeFileSync(modelFile, manager.export(true));
  } catch {
    // cache is optional
  }
}

async function reply(text) {
  const r = pickReport(text);
  if (!text.trim()) return { answer: fallbackText(r), fallback: true, intent: null, confidence: 0, report: null };
  const res = await manager.process('zh', text);
  const intent = byId.get(res.intent);
  const score = Number.isFinite(res.score) ? res.score : 0;
  if (!intent || res.intent === 'None' || score < THRESHOLD) {
    return { answer: fallbackText(r), fallback: true, intent: null, confidence: Math.round(score * 1000) / 1000, report: null };
  }
  return answerFor(intent, r, score);
}

// ---------------------------------------------------------------- batch contract
const out = [];
const flush = () => {
  if (out.length) process.stdout.write(out.join(''));
  out.length = 0;
};
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  let text = line;
  const t = line.trim();
  if (t.startsWith('{')) {
    try {
      const obj = JSON.parse(t);
      if (obj && typeof obj === 'object') text = typeof obj.text === 'string' ? obj.text : String(obj.text ?? '');
    } catch {
      // a plain-text message
    }
  }
  let a;
  try {
    a = await reply(text);
  } catch (e) {
    process.stderr.write(`处理失败：${e.message}\n`);
    a = { answer: '抱歉，处理您的问题时出错了。', fallback: true, intent: null, confidence: 0, report: null };
  }
  out.push(JSON.stringify(a) + '\n');
  if (out.length >= 256) flush();
}
flush();
