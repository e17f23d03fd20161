/**
 * HTML → Document: a published web page, or the HTML mammoth makes of a .docx.
 *
 * - h1–h6 → heading blocks (with level); p/div/li/… text → paragraph blocks; a `<br>` outside a
 *   table ends a paragraph (pages often separate paragraphs with `<br>` only).
 * - script/style/nav/aside/forms controls/hidden elements, chrome by class (nav, footer, related,
 *   article-tools, …) and lists of nothing but links ("相关链接") are skipped; entities are decoded;
 *   whitespace is collapsed (a source line break between two CJK characters is dropped, as the CSS
 *   segment-break rule does for Chinese text).
 * - Tables become rectangular grids of cell strings with rowspan/colspan EXPANDED. Choice: a merged
 *   cell's text goes into the first (top-left) cell it covers and the other covered cells are empty
 *   strings — the same shape as the tab-separated text form, where merged cells appear as empty
 *   fields. `<br>` and block children inside a cell become single spaces.
 * - Nested tables: a table whose cells contain tables is a layout table; it is walked like ordinary
 *   content (its text and its inner tables become blocks in reading order). A `<caption>` becomes a
 *   paragraph before its table.
 * - Encoding: BOM, then `<meta charset>` / `http-equiv` in the first bytes; GBK/GB2312/GB18030 pages
 *   are decoded with TextDecoder('gb18030'). Undeclared bytes that are not valid UTF-8 are read as
 *   gb18030 too.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import { ReportError } from '../errors.js';
import { CellBudget, MAX_COLSPAN, MAX_HTML_DEPTH, MAX_ROWSPAN } from '../limits.js';
import type { Block, Document } from '../types.js';

type DomDocument = ReturnType<typeof parseDocument>;
type DomNode = DomDocument['children'][number];
type DomElement = Parameters<typeof DomUtils.getAttributeValue>[0];

export async function extract(file: string, data: Uint8Array): Promise<Document> {
  return documentFromHtml(file, decodeHtml(data));
}

/** Parse an HTML string (already decoded) into a Document. Shared with the .docx extractor. */
export function documentFromHtml(file: string, html: string): Document {
  if (nestingDepth(html) > MAX_HTML_DEPTH) {
    throw new ReportError(file, `网页结构嵌套过深（超过 ${MAX_HTML_DEPTH} 层），不像一份年度报告，未读取`);
  }
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const out = new BlockWriter(new CellBudget(file));
  try {
    walk(dom.children, out);
  } catch (err) {
    // elements nested tens of thousands deep (no real page is) overflow the recursive walk
    if (err instanceof RangeError) throw new ReportError(file, '网页结构嵌套过深，不像一份年度报告，未读取');
    throw err;
  }
  out.flush();
  const blocks = out.blocks;
  // A page whose title lives only in <title> (no h1): keep the title as the first heading.
  if (!blocks.some((b) => b.kind === 'heading' && (b.level ?? 1) === 1)) {
    const titleEl = DomUtils.findOne((e) => e.name === 'title', dom.children, true);
    const title = titleEl ? clean(DomUtils.textContent(titleEl)) : '';
    if (title && /报告|年报/.test(title) && !blocks.some((b) => b.kind !== 'table' && b.text === title)) {
      blocks.unshift({ kind: 'heading', text: title, level: 1 });
    }
  }
  return { file, blocks };
}

/** Elements that need no end tag (void) or that the parser closes implicitly: not counted as nesting. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup',
]);

/** An upper estimate of the element nesting depth, in one linear scan of the tags (before parsing). */
export function nestingDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g; // [^<>]: each try stops at the next tag
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (FLAT.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

// ------------------------------------------------------------------ decoding

const GB_CHARSETS = /^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/i;

/** Decode HTML bytes: BOM, then the declared charset, then UTF-8 with a gb18030 fallback. */
export function decodeHtml(data: Uint8Array): string {
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(data.subarray(3));
  }
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const head = latin1(data.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  const declared = m?.[1]?.toLowerCase();
  if (declared && GB_CHARSETS.test(declared)) return new TextDecoder('gb18030').decode(data);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(data);
    } catch {
      /* unknown label: fall through */
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder(declared ? 'utf-8' : 'gb18030').decode(data);
  }
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

// ------------------------------------------------------------------ text

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Collapse whitespace to single spaces and trim. A whitespace run that contains a line break and
 * sits between two CJK characters is removed (a wrapped line in the source, not a space).
 */
export function clean(s: string): string {
  return s
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s+/g, (run, offset: number, all: string) => {
      if (/[\r\n]/.test(run)) {
        const before = all[offset - 1] ?? '';
        const after = all[offset + run.length] ?? '';
        if (CJK.test(before) && CJK.test(after) && !/[\u3000\u00a0]/.test(run)) return '';
      }
      return ' ';
    })
    .trim();
}

// ------------------------------------------------------------------ walking

const SKIP = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'button', 'select', 'option', 'input', 'textarea', 'map', 'audio', 'video',
]);
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'li',
  'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'tr', 'td', 'th', 'tbody',
  'thead', 'tfoot', 'legend',
]);
const HEADING = /^h([1-6])$/;
const JUNK_CLASS = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|share|bdshare|skip-link|copyright|footer|related|relate|xglj|pagination|article-tools)([\s_-]|$)/i;

class BlockWriter {
  blocks: Block[] = [];
  constructor(readonly budget: CellBudget) {}
  private buf = '';
  text(s: string): void {
    this.buf += s;
  }
  flush(): void {
    const t = clean(this.buf);
    this.buf = '';
    if (t) this.blocks.push({ kind: 'paragraph', text: t });
  }
  push(b: Block): void {
    this.flush();
    this.blocks.push(b);
  }
}

function isHidden(el: DomElement): boolean {
  if (el.attribs.hidden !== undefined) return true;
  if (el.attribs['aria-hidden'] === 'true') return true;
  const style = el.attribs.style;
  if (style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  if (el.attribs.role === 'navigation') return true;
  // Page chrome: a <header>/<footer> that is not part of an article's content.
  if ((el.name === 'header' || el.name === 'footer') && !hasAncestor(el, ['article', 'main', 'section', 'td'])) {
    return !containsTag(el, 'table') && !(el.name === 'header' && DomUtils.findOne((e) => HEADING.test(e.name), el.children, true));
  }
  const cls = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (cls.trim() !== '' && JUNK_CLASS.test(cls) && !containsTag(el, 'table')) return true;
  return isLinkList(el);
}

/**
 * A list whose every item is nothing but a link ("相关链接", "上一篇/下一篇", site menus): page
 * chrome, not report text. A report's own lists carry text outside links.
 */
function isLinkList(el: DomElement): boolean {
  if (el.name !== 'ul' && el.name !== 'ol') return false;
  const items = el.children.filter((n): n is DomElement => DomUtils.isTag(n) && n.name === 'li');
  if (items.length < 2) return false;
  return items.every((li) => {
    const all = clean(DomUtils.textContent(li));
    const links = DomUtils.findAll((e) => e.name === 'a', li.children).map((a) => clean(DomUtils.textContent(a))).join('');
    return all !== '' && all.replace(/\s+/g, '') === links.replace(/\s+/g, '');
  });
}

function hasAncestor(el: DomElement, names: string[]): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (DomUtils.isTag(p) && names.includes(p.name)) return true;
  }
  return false;
}

function containsTag(el: DomElement, name: string): boolean {
  return DomUtils.findOne((e) => e.name === name, el.children, true) !== null;
}

function walk(nodes: readonly DomNode[], out: BlockWriter): void {
  for (const node of nodes) {
    if (DomUtils.isText(node)) {
      out.text(node.data);
      continue;
    }
    if (DomUtils.isCDATA(node)) {
      walk(node.children, out);
      continue;
    }
    if (!DomUtils.isTag(node)) continue; // comments, doctype, script/style (own node types)
    const name = node.name;
    if (SKIP.has(name) || isHidden(node)) continue;
    const h = HEADING.exec(name);
    if (h) {
      const text = clean(inlineText(node.children));
      if (text) out.push({ kind: 'heading', text, level: Number(h[1]) });
      else out.flush();
      continue;
    }
    if (name === 'table') {
      emitTable(node, out);
      continue;
    }
    if (name === 'br') {
      out.flush();
      continue;
    }
    if (name === 'pre') {
      out.flush();
      for (const line of DomUtils.textContent(node).split(/\r?\n/)) {
        out.text(line);
        out.flush();
      }
      continue;
    }
    if (name === 'img') {
      continue;
    }
    if (BLOCK.has(name)) {
      out.flush();
      walk(node.children, out);
      out.flush();
      continue;
    }
    walk(node.children, out); // inline element
  }
}

/** Text of inline content (a heading or a cell): <br> and blocks become spaces. */
function inlineText(nodes: readonly DomNode[]): string {
  let s = '';
  for (const node of nodes) {
    if (DomUtils.isText(node)) s += node.data;
    else if (DomUtils.isCDATA(node)) s += inlineText(node.children);
    else if (DomUtils.isTag(node)) {
      if (SKIP.has(node.name) || isHidden(node)) continue;
      if (node.name === 'br') {
        s += '\u00a0'; // a real space (kept by clean()), unlike a source line break
        continue;
      }
      const block = BLOCK.has(node.name) || HEADING.test(node.name) || node.name === 'table';
      if (block) s += '\u00a0';
      s += inlineText(node.children);
      if (block) s += '\u00a0';
    }
  }
  return s;
}

// ------------------------------------------------------------------ tables

/** The rows of this table (not of tables nested in its cells). */
function ownRows(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  const visit = (nodes: readonly DomNode[]): void => {
    for (const n of nodes) {
      if (!DomUtils.isTag(n)) continue;
      if (n.name === 'tr') rows.push(n);
      else if (n.name === 'thead' || n.name === 'tbody' || n.name === 'tfoot' || n.name === 'form') visit(n.children);
    }
  };
  visit(table.children);
  return rows;
}

function ownCells(tr: DomElement): DomElement[] {
  return tr.children.filter((n): n is DomElement => DomUtils.isTag(n) && (n.name === 'td' || n.name === 'th'));
}

function span(el: DomElement, attr: 'rowspan' | 'colspan', max: number): number {
  const v = Number.parseInt(el.attribs[attr] ?? '1', 10);
  if (!Number.isFinite(v) || v < 0) return 1;
  if (v === 0) return attr === 'rowspan' ? max : 1; // rowspan=0: to the end of the table
  return Math.min(v, max);
}

function emitTable(table: DomElement, out: BlockWriter): void {
  const rows = ownRows(table);
  const cellsByRow = rows.map(ownCells);
  // Layout table: some cell holds a table → walk it as ordinary content.
  if (cellsByRow.some((cells) => cells.some((c) => containsTag(c, 'table')))) {
    out.flush();
    for (const n of table.children) {
      if (DomUtils.isTag(n) && n.name === 'caption') emitCaption(n, out);
    }
    for (const cells of cellsByRow) {
      for (const c of cells) {
        out.flush();
        walk(c.children, out);
        out.flush();
      }
    }
    return;
  }
  for (const n of table.children) {
    if (DomUtils.isTag(n) && n.name === 'caption') emitCaption(n, out);
  }
  const grid = buildGrid(cellsByRow.map((cells) => cells.map((c) => ({
    text: clean(inlineText(c.children)),
    rowspan: span(c, 'rowspan', Math.min(rows.length, MAX_ROWSPAN)),
    colspan: span(c, 'colspan', MAX_COLSPAN),
  }))), out.budget.table());
  if (grid.some((r) => r.some((c) => c !== ''))) out.push({ kind: 'table', rows: grid });
  else out.flush();
}

function emitCaption(caption: DomElement, out: BlockWriter): void {
  const t = clean(inlineText(caption.children));
  if (t) out.push({ kind: 'paragraph', text: t });
}

export interface SpanCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/**
 * Expand row/col spans into a rectangular grid: the text sits in the top-left covered slot, the
 * other covered slots are ''. Rows shorter than the widest row are padded with ''.
 *
 * Sliver columns are dropped first: a grid column that no cell occupies alone (every cell over it
 * spans a neighbouring column too) carries nothing of its own. Word and WPS tables often have one
 * (a 1 px column where two rows' cell borders nearly meet); left in, it puts a value that spans it
 * under a different header than a header cell that spans it the other way (上海 2019's table 二:
 * "本年新公开数量" over columns 2–3, "0" under it over columns 1–2).
 */
export function buildGrid(rows: SpanCell[][], take: (cells: number) => void = () => {}): string[][] {
  // owner[r][c] = index (in reading order) of the cell covering slot (r, c)
  const owner: (number | undefined)[][] = rows.map(() => []);
  const spans: { r: number; c: number; cs: number; text: string }[] = [];
  rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (owner[r]![col] !== undefined) col++;
      const rs = Math.max(1, Math.min(cell.rowspan, rows.length - r));
      const cs = Math.max(1, cell.colspan);
      take(rs * cs); // counted before the grid grows: throws past the table's cell limit
      const id = spans.length;
      spans.push({ r, c: col, cs, text: cell.text });
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          const row = owner[r + dr]!;
          if (row[col + dc] === undefined) row[col + dc] = id;
        }
      }
      col += cs;
    }
  });
  const width = Math.max(0, ...owner.map((r) => r.length));
  const keep = keptColumns(owner, spans, width);
  return owner.map((row, r) => {
    const placed = new Set<number>();
    return keep.map((c) => {
      const id = row[c];
      if (id === undefined || placed.has(id)) return '';
      placed.add(id);
      return spans[id]!.r === r ? spans[id]!.text : ''; // the first kept slot of the cell, on its own first row
    });
  });
}

/**
 * The columns some cell occupies alone: a cell that has no kept column before this one and none
 * after it. A sliver column (see buildGrid) is one where every cell over it has another.
 */
function keptColumns(owner: (number | undefined)[][], spans: { c: number; cs: number }[], width: number): number[] {
  const keep: number[] = [];
  for (let c = 0; c < width; c++) {
    const alone = owner.some((row) => {
      const id = row[c];
      if (id === undefined) return false;
      const s = spans[id]!;
      const continues = c + 1 < s.c + s.cs;
      const earlierKept = keep.length > 0 && keep[keep.length - 1]! >= s.c; // every kept column is < c
      return !continues && !earlierKept;
    });
    if (alone) keep.push(c);
  }
  return keep;
}
