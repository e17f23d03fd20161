#!/usr/bin/env node
/**
 * Generates the same report in other file forms from its text form, for the extractor tests:
 *
 *   test/fixtures/reports/南岗区人民政府办公室-2022.txt   (source of truth)
 *     → test/fixtures/generated/南岗区人民政府办公室-2022.html        web page, tables with rowspan/colspan
 *     → test/fixtures/generated/南岗区人民政府办公室-2022.docx        Word (docx package: headings, merged cells)
 *     → test/fixtures/generated/南岗区人民政府办公室-2022.pdf         HTML printed by headless Chromium
 *     → test/fixtures/generated/南岗区人民政府办公室-2022-paged.pdf   narrower page, running header,
 *                                                                    page numbers "- N -", table 三 split over pages
 *     → test/fixtures/generated/南岗区人民政府办公室-2022-writer.pdf  the .docx converted by LibreOffice Writer:
 *                                                                    a word-processor layout (tight rows, labels
 *                                                                    wrapped one to three characters a line)
 *   test/fixtures/reports/年度报告格式模板-国办公开办函2021-30号.docx
 *     → test/fixtures/generated/年度报告格式模板-writer.pdf           the blank template as PDF (no numbers)
 *
 * Usage:  node scripts/make-fixtures.mjs            (all forms)
 *         node scripts/make-fixtures.mjs --no-pdf   (HTML and docx only)
 * PDFs need, on Debian: apt-get install -y chromium fonts-wqy-microhei (Chromium prints the HTML; WenQuanYi
 * is a TrueType font, so the PDFs embed small subsets) and, for the -writer PDFs,
 * apt-get install -y --no-install-recommends libreoffice-writer-nogui. CHROMIUM=/SOFFICE= override the binaries.
 * All outputs are committed: CI needs neither Chromium nor LibreOffice.
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync, mkdtempSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = '南岗区人民政府办公室-2022';
const SRC = join(ROOT, 'test/fixtures/reports', `${NAME}.txt`);
const OUT = join(ROOT, 'test/fixtures/generated');

// ------------------------------------------------------------------ read the text form

/** @typedef {{ text: string, rs?: number, cs?: number, th?: boolean }} Cell */
/** @typedef {{ kind: 'h', level: number, text: string } | { kind: 'p', text: string } | { kind: 'table', id: string, rows: Cell[][] }} Item */

function readText(path) {
  const lines = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  /** @type {Array<{kind:'h',level:number,text:string}|{kind:'p',text:string}|{kind:'tsv',rows:string[][]}>} */
  const raw = [];
  for (const line of lines) {
    if (line.includes('\t')) {
      const last = raw.at(-1);
      const fields = line.split('\t');
      if (last?.kind === 'tsv') last.rows.push(fields);
      else raw.push({ kind: 'tsv', rows: [fields] });
      continue;
    }
    const t = line.trim();
    if (!t) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(t);
    if (h) raw.push({ kind: 'h', level: h[1].length, text: h[2].trim() });
    else raw.push({ kind: 'p', text: t.replace(/<(https?:[^>]+)>/g, '$1') });
  }
  /** @type {Item[]} */
  const items = [];
  let section = '';
  for (const it of raw) {
    if (it.kind === 'h') {
      const m = /^([一二三四五六])、/.exec(it.text);
      if (m) section = m[1];
      items.push(it);
    } else if (it.kind === 'p') items.push(it);
    else if (section === '二') items.push({ kind: 'table', id: '二', rows: table2(it.rows) });
    else if (section === '三') items.push({ kind: 'table', id: '三', rows: table3(it.rows) });
    else if (section === '四') items.push({ kind: 'table', id: '四', rows: table4(it.rows) });
    else throw new Error(`unexpected table in section ${section}`);
  }
  return items;
}

const isNum = (s) => /^\d+(\.\d+)?$/.test(s.trim());

/** Table 二 as printed: trailing empty fields merge into the last filled cell (colspan). */
function table2(rows) {
  const width = 4;
  return rows.map((fields) => {
    const f = fields.slice(0, width).map((s) => s.trim());
    let n = f.length;
    while (n > 1 && f[n - 1] === '') n--;
    const cells = f.slice(0, n).map((text) => ({ text }));
    cells[n - 1].cs = width - n + 1;
    const header = /^第二十条|^信息内容/.test(f[0]);
    return cells.map((c) => ({ ...c, th: header }));
  });
}

/**
 * Table 三 in the official template's layout: a 3-row header (申请人情况 / 法人或其他组织 colspans),
 * "三、本年度办理结果" spanning its 22 rows, each (三)–(六) group label spanning its sub-rows.
 * Numbers: 7 per row (a row printed with 8 numbers keeps its first six and its last).
 */
function table3(rows) {
  const [h0, , h2] = rows;
  const note = h0[0].trim();
  const orgs = h2.map((s) => s.trim()).filter(Boolean);
  /** @type {Cell[][]} */
  const out = [
    [{ text: note, rs: 3, cs: 3, th: true }, { text: '申请人情况', cs: 7, th: true }],
    [{ text: '自然人', rs: 2, th: true }, { text: '法人或其他组织', cs: 5, th: true }, { text: '总计', rs: 2, th: true }],
    orgs.map((text) => ({ text, th: true })),
  ];
  /** @type {{ top?: string, group?: string, sub?: string, nums: string[] }[]} */
  const body = [];
  for (const fields of rows.slice(3)) {
    const texts = fields.map((s) => s.trim()).filter((s) => s && !isNum(s));
    let nums = fields.map((s) => s.trim()).filter(isNum);
    if (nums.length > 7) nums = [...nums.slice(0, 6), nums.at(-1)];
    if (nums.length !== 7) throw new Error(`table 三 row without 7 numbers: ${fields.join('|')}`);
    const row = { nums };
    for (const t of texts) {
      if (/^[一二三四]、/.test(t)) row.top = t;
      else if (/^[(（][一二三四五六七][)）]/.test(t)) row.group = t;
      else row.sub = t;
    }
    body.push(row);
  }
  // spans: 三、 covers every row until 四、; a group covers its following rows that carry only a sub label
  const topIdx = body.findIndex((r) => r.top?.startsWith('三、'));
  const endIdx = body.findIndex((r) => r.top?.startsWith('四、'));
  body.forEach((r, i) => {
    /** @type {Cell[]} */
    const cells = [];
    if (r.top) cells.push(i === topIdx ? { text: r.top, rs: endIdx - topIdx } : { text: r.top, cs: 3 });
    if (r.group) {
      if (r.sub) {
        let n = 1;
        while (body[i + n] && !body[i + n].group && !body[i + n].top && body[i + n].sub) n++;
        cells.push({ text: r.group, rs: n });
      } else cells.push({ text: r.group, cs: 2 });
    }
    if (r.sub) cells.push({ text: r.sub });
    out.push([...cells, ...r.nums.map((text) => ({ text }))]);
  });
  return out;
}

/** Table 四: the template's 3-row header (the report prints no data row). */
function table4(rows) {
  const labels = rows[2].map((s) => s.trim()).filter(Boolean).slice(0, 5);
  /** @type {Cell[][]} */
  const out = [
    [{ text: '行政复议', cs: 5, th: true }, { text: '行政诉讼', cs: 10, th: true }],
    [
      ...labels.map((text) => ({ text, rs: 2, th: true })),
      { text: '未经复议直接起诉', cs: 5, th: true },
      { text: '复议后起诉', cs: 5, th: true },
    ],
    [...labels, ...labels].map((text) => ({ text, th: true })),
  ];
  const data = rows.slice(3).filter((r) => r.some(isNum));
  for (const r of data) out.push(r.filter(isNum).map((text) => ({ text })));
  return out;
}

// ------------------------------------------------------------------ HTML

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellHtml(c) {
  const tag = c.th ? 'th' : 'td';
  const attrs = `${c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs > 1 ? ` colspan="${c.cs}"` : ''}`;
  const cls = isNum(c.text) ? ' class="n"' : '';
  return `<${tag}${attrs}${cls}>${esc(c.text)}</${tag}>`;
}

function tableHtml(t) {
  const colgroup =
    t.id === '三'
      ? '<colgroup><col class="c3a"><col class="c3b"><col class="c3c">' + '<col class="num">'.repeat(7) + '</colgroup>'
      : '';
  const head = t.rows.filter((r) => r.every((c) => c.th));
  const body = t.rows.slice(head.length);
  const tr = (r) => `    <tr>${r.map(cellHtml).join('')}</tr>`;
  return [
    `<table class="t${{ 二: 2, 三: 3, 四: 4 }[t.id]}">${colgroup}`,
    ...(t.id === '二' ? t.rows.map(tr) : [`  <thead>`, ...head.map(tr), `  </thead>`, `  <tbody>`, ...body.map(tr), `  </tbody>`]),
    `</table>`,
  ].join('\n');
}

const STYLE = `
  @media print { nav { display: none; } }
  body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 12pt; line-height: 1.6; }
  h1 { font-size: 18pt; text-align: center; }
  h2, h3 { font-size: 14pt; }
  p { text-indent: 2em; margin: 0.3em 0; text-align: justify; }
  table { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: 10.5pt; }
  th, td { border: 1px solid #000; padding: 2px 4px; line-height: 1.35; }
  th { font-weight: normal; }
  td.n { text-align: center; }
  table.t3 col.c3a { width: 9%; } table.t3 col.c3b { width: 10%; } table.t3 col.c3c { width: 32%; }
  table.t3 col.num { width: 7%; }
  table.t4 th, table.t4 td { width: 6.6%; }
`;

/**
 * @param {Item[]} items
 * @param {{ paged?: boolean }} [opt]
 */
function html(items, opt = {}) {
  const title = items.find((i) => i.kind === 'h' && i.level === 1)?.text ?? NAME;
  const pageCss = opt.paged
    ? `
  @page { size: 160mm 230mm; margin: 22mm 16mm 20mm 16mm;
    @top-center { content: "${title}"; font-size: 9pt; color: #444; }
    @bottom-center { content: "- " counter(page) " -"; font-size: 10.5pt; } }
  table.t3 th, table.t3 td { padding: 5px 3px; }`
    : `
  @page { size: A4; margin: 25mm 22mm; }`;
  const body = items
    .map((i) => (i.kind === 'h' ? `<h${i.level}>${esc(i.text)}</h${i.level}>` : i.kind === 'p' ? `<p>${esc(i.text)}</p>` : tableHtml(i)))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>${STYLE}${pageCss}
</style>
</head>
<body>
<nav class="site-nav"><a href="/">首页</a> &gt; <a href="/xxgk">政府信息公开</a> &gt; 年度报告</nav>
<div class="article">
${body}
</div>
<script>window.__report = ${JSON.stringify(NAME)};</script>
</body>
</html>
`;
}

// ------------------------------------------------------------------ docx

async function docx(items) {
  const d = await import('docx');
  const { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, WidthType, VerticalAlign, AlignmentType, TextRun } = d;
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  const children = [];
  for (const it of items) {
    if (it.kind === 'h') children.push(new Paragraph({ text: it.text, heading: levels[it.level - 1] }));
    else if (it.kind === 'p') children.push(new Paragraph({ children: [new TextRun(it.text)] }));
    else {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: it.rows.map(
            (r) =>
              new TableRow({
                children: r.map(
                  (c) =>
                    new TableCell({
                      children: [new Paragraph({ text: c.text, alignment: isNum(c.text) ? AlignmentType.CENTER : AlignmentType.LEFT })],
                      ...(c.rs > 1 ? { rowSpan: c.rs } : {}),
                      ...(c.cs > 1 ? { columnSpan: c.cs } : {}),
                      verticalAlign: VerticalAlign.CENTER,
                    }),
                ),
              }),
          ),
        }),
      );
      children.push(new Paragraph({ text: '' }));
    }
  }
  const doc = new Document({ creator: 'disclosure-bot make-fixtures', title: NAME, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

// ------------------------------------------------------------------ PDF (headless Chromium)

function chromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const c of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      execFileSync('which', [c], { stdio: 'pipe' });
      return c;
    } catch {
      /* next */
    }
  }
  throw new Error('Chromium not found (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM=…); use --no-pdf to skip PDFs');
}

function printPdf(htmlText, outFile) {
  const dir = mkdtempSync(join(tmpdir(), 'make-fixtures-'));
  try {
    const src = join(dir, 'page.html');
    writeFileSync(src, htmlText);
    execFileSync(
      chromium(),
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${outFile}`,
        pathToFileURL(src).href,
      ],
      { stdio: 'pipe', timeout: 60_000 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Convert a .docx (or .txt) to PDF with LibreOffice Writer (headless); `filter` adds export options. */
function writerPdf(docxFile, outFile, filter = 'pdf') {
  const soffice = process.env.SOFFICE ?? 'soffice';
  const dir = mkdtempSync(join(tmpdir(), 'make-fixtures-lo-'));
  try {
    const src = join(dir, `in${docxFile.endsWith('.txt') ? '.txt' : '.docx'}`);
    writeFileSync(src, readFileSync(docxFile));
    execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', filter, '--outdir', dir, src], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    writeFileSync(outFile, readFileSync(join(dir, 'in.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ main

const items = readText(SRC);
mkdirSync(OUT, { recursive: true });
const page = html(items);
writeFileSync(join(OUT, `${NAME}.html`), page);
writeFileSync(join(OUT, `${NAME}.docx`), await docx(items));
console.log(`wrote ${NAME}.html, ${NAME}.docx`);
if (!process.argv.includes('--no-pdf')) {
  printPdf(page, join(OUT, `${NAME}.pdf`));
  printPdf(html(items, { paged: true }), join(OUT, `${NAME}-paged.pdf`));
  console.log(`wrote ${NAME}.pdf, ${NAME}-paged.pdf`);
  writerPdf(join(OUT, `${NAME}.docx`), join(OUT, `${NAME}-writer.pdf`));
  writerPdf(join(ROOT, 'test/fixtures/reports/年度报告格式模板-国办公开办函2021-30号.docx'), join(OUT, '年度报告格式模板-writer.pdf'));
  // a password-protected PDF (open password "secret") for the error test
  const tmpTxt = join(mkdtempSync(join(tmpdir(), 'make-fixtures-enc-')), 'enc.txt');
  writeFileSync(tmpTxt, '加密的年度报告\n');
  writerPdf(tmpTxt, join(OUT, 'encrypted.pdf'), 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}');
  rmSync(dirname(tmpTxt), { recursive: true, force: true });
  console.log(`wrote ${NAME}-writer.pdf, 年度报告格式模板-writer.pdf, encrypted.pdf`);
}
