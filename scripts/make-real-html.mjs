#!/usr/bin/env node
// The three real published reports as web pages (test/fixtures/reports-real-html), to compare the bot on
// the same reports in PDF and HTML form (issue 10: "within 2 points of the same reports in HTML form").
// Tables come from test/fixtures/reports-real/EXPECTED-real.md (read by hand from the pages), laid out as
// the national template (rowspan/colspan); title, prose and headings come from the PDF's text (dist/).
// Usage: npm run build && node scripts/make-real-html.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(root, 'test/fixtures/reports-real');
const OUT = join(root, 'test/fixtures/reports-real-html');
const { readDocument } = await import(pathToFileURL(join(root, 'dist/report/extract/index.js')).href);

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** EXPECTED-real.md → per file: t2, t3, t4 rows (same reading as test/report/real-expected.ts). */
function parseExpected(md) {
  const out = {};
  let cur = null;
  let table = '';
  for (const line of md.split('\n')) {
    const f = /^## (\S+\.pdf)\s*$/.exec(line);
    if (f) {
      cur = out[f[1]] = { t2: {}, t3: {}, t3labels: {}, t4: {} };
      continue;
    }
    if (!cur) continue;
    const h = /^### (.+)$/.exec(line);
    if (h) table = h[1].trim();
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const c = line.trim().replace(/^\||\|$/g, '').split('|').map((x) => x.trim());
    if (table === 'table 二' && c[0].startsWith('t2.')) cur.t2[c[0]] = c[2].split('/').map((x) => x.trim());
    if (table === 'table 三' && c[0] !== 'id') {
      cur.t3[c[0]] = c.slice(2, 9);
      cur.t3labels[c[0]] = c[1].replace(/\s*\(.*\)\s*$/, '');
    }
    if (table === 'table 四' && c[0] !== 'id') cur.t4[c[0]] = c.slice(2, 7);
  }
  return out;
}

function table2(t2) {
  const row = (label, vals, span) =>
    `<tr><td>${label}</td>${vals.map((v) => `<td${span ? ` colspan="${span}"` : ''}>${esc(v)}</td>`).join('')}</tr>`;
  const item = (s) => `<tr><td colspan="4">${s}</td></tr>`;
  return [
    '<table border="1">',
    item('第二十条第（一）项'),
    '<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>',
    row('规章', t2['t2.rules']),
    row('行政规范性文件', t2['t2.normative']),
    item('第二十条第（五）项'),
    '<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>',
    row('行政许可', t2['t2.license'], 3),
    item('第二十条第（六）项'),
    '<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>',
    row('行政处罚', t2['t2.penalty'], 3),
    row('行政强制', t2['t2.enforcement'], 3),
    item('第二十条第（八）项'),
    '<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>',
    row('行政事业性收费', t2['t2.fees'], 3),
    '</table>',
  ].join('\n');
}

const GROUPS = [
  ['refused', '（三）不予公开'],
  ['unable', '（四）无法提供'],
  ['rejected', '（五）不予处理'],
  ['other', '（六）其他处理'],
];

function table3(t3, labels) {
  const nums = (id) => t3[id].map((v) => `<td>${esc(v)}</td>`).join('');
  const ids = Object.keys(t3);
  const inResult = ids.filter((id) => !['new', 'carried', 'carry-over'].includes(id));
  const rows = [
    '<table border="1">',
    '<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
    '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
    '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>',
    `<tr><td colspan="3">${esc(labels.new)}</td>${nums('new')}</tr>`,
    `<tr><td colspan="3">${esc(labels.carried)}</td>${nums('carried')}</tr>`,
  ];
  let first = true;
  const lead = () => (first ? ((first = false), `<td rowspan="${inResult.length}">三、本年度办理结果</td>`) : '');
  for (const id of ['granted', 'partial']) rows.push(`<tr>${lead()}<td colspan="2">${esc(labels[id])}</td>${nums(id)}</tr>`);
  for (const [g, label] of GROUPS) {
    const subs = ids.filter((id) => id.startsWith(`${g}.`));
    if (!subs.length) {
      if (t3[g]) rows.push(`<tr>${lead()}<td colspan="2">${label}</td>${nums(g)}</tr>`);
      continue;
    }
    subs.forEach((id, k) => rows.push(`<tr>${lead()}${k === 0 ? `<td rowspan="${subs.length}">${label}</td>` : ''}<td>${esc(labels[id])}</td>${nums(id)}</tr>`));
  }
  rows.push(`<tr>${lead()}<td colspan="2">（七）总计</td>${nums('total')}</tr>`);
  rows.push(`<tr><td colspan="3">${esc(labels['carry-over'])}</td>${nums('carry-over')}</tr>`, '</table>');
  return rows.join('\n');
}

function table4(t4) {
  const heads = '<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>';
  return [
    '<table border="1">',
    '<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>',
    '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
    `<tr>${heads}${heads}${heads}</tr>`,
    `<tr>${['review', 'suit-direct', 'suit-after-review'].flatMap((g) => t4[g]).map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`,
    '</table>',
  ].join('\n');
}

const expected = parseExpected(readFileSync(join(SRC, 'EXPECTED-real.md'), 'utf8'));
mkdirSync(OUT, { recursive: true });
for (const [file, e] of Object.entries(expected)) {
  const doc = await readDocument(join(SRC, file));
  const tables = [table2(e.t2), table3(e.t3, e.t3labels), table4(e.t4)];
  const body = [];
  let section = '';
  let t = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'table') continue; // the tables come from EXPECTED-real.md, after their section heading
    const text = b.text;
    const m = /^([一二三四五六])、/.exec(text);
    if (b.kind === 'heading' && body.length === 0) body.push(`<h1>${esc(text)}</h1>`);
    else if (m && text.length <= 40) {
      // the tables of 二/三/四 follow their heading
      if (['三', '四', '五'].includes(m[1]) && section && ['二', '三', '四'].includes(section) && t < 3) body.push(tables[t++]);
      body.push(`<h2>${esc(text)}</h2>`);
      section = m[1];
    } else body.push(`<p>${esc(text)}</p>`);
  }
  while (t < 3) body.push(tables[t++]);
  const name = file.replace(/\.pdf$/, '.html');
  writeFileSync(
    join(OUT, name),
    `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.blocks[0]?.text ?? name)}</title></head>\n<body>\n${body.join('\n')}\n</body></html>\n`,
  );
  console.log(`${name}: ${body.length} blocks`);
}
