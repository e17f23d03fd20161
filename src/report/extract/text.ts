/**
 * Plain text / markdown / tab-separated text → Document.
 *
 * - A web-archive capture's header ("标题: …" … "==== 正文 ====") is dropped, its title kept as a heading.
 * - Decoding: UTF-8 (BOM stripped), UTF-16 with a BOM, else GB18030 when UTF-8 gives replacement
 *   characters; NUL bytes or mostly undecodable bytes → ReportError (binary file).
 * - Headings: markdown `#`…`######` lines.
 * - Tables: runs of tab-separated lines (merged cells as empty fields), pipe tables (separator rows
 *   `|---|` dropped, junk trailing `| ||` trimmed), and lines whose cells are separated by runs of 2+
 *   spaces when they carry several numbers (plus their header lines next to them, and the short
 *   one-number rows "行政许可    48" of the same run of lines).
 *   A blank line, a heading or a prose line ends a table: fragments stay separate table blocks.
 * - Paragraphs: hard-wrapped lines are rejoined when a line stops mid-sentence (no ending
 *   punctuation), even across a blank line ("有效提升\n\n了政府信息公开工作质量").
 */
import { ReportError } from '../errors.js';
import { MAX_JOINED_CHARS } from '../limits.js';
import { continues, joinText } from '../parse/paragraphs.js';
import type { Block, Document } from '../types.js';
import { dropCaptureHeader } from './capture-header.js';
import { cleanInline, joinCellLines, trimTrailingEmpty } from './cell-lines.js';

export { joinCellLines };

export async function extract(file: string, data: Uint8Array): Promise<Document> {
  return textToDocument(file, decodeText(file, data));
}

// ------------------------------------------------------------------ decoding

function countChar(s: string, re: RegExp): number {
  const m = s.match(re);
  return m ? m.length : 0;
}

/** Decode the bytes of a text file; throws ReportError when they are not text. */
export function decodeText(file: string, data: Uint8Array): string {
  if (data.length === 0) throw new ReportError(file, '文件为空');
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  let bytes = data;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (bytes.includes(0)) throw new ReportError(file, '不是文本文件（含有二进制数据，可能是损坏的文件或其他格式）');

  let text = new TextDecoder('utf-8').decode(bytes);
  const bad = countChar(text, /\uFFFD/g);
  if (bad > 0) {
    let gb: string | null = null;
    try {
      gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      gb = null;
    }
    if (gb !== null && countChar(gb, /[\u4e00-\u9fff]/g) > 0) text = gb;
    else if (bad / Math.max(1, text.length) > 0.01) {
      throw new ReportError(file, '无法识别文字编码（既不是 UTF-8 也不是 GBK/GB18030 文本，可能是二进制文件）');
    }
  }
  const controls = countChar(text, /[\u0001-\u0008\u000e-\u001f\u007f]/g);
  if (controls / Math.max(1, text.length) > 0.01) {
    throw new ReportError(file, '不是文本文件（含有大量控制字符，可能是二进制文件）');
  }
  return text;
}

// ------------------------------------------------------------------ lines

type Line =
  | { t: 'blank' }
  | { t: 'heading'; level: number; text: string }
  | { t: 'row'; kind: 'pipe' | 'tab' | 'space'; cells: string[] }
  | { t: 'sep' }
  | { t: 'text'; text: string };

const NUMERIC = /^[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:%|件|条|个|项|万元|元)?$/;

function spaceCells(line: string): string[] {
  return line
    .trim()
    .split(/\s{2,}|\u3000+/)
    .map((c) => cleanInline(c))
    .filter((c) => c !== '');
}

/** A first cell this long, holding a full stop, is running text a page saved on one line, not a table's label. */
const PROSE_CELL_CHARS = 120;

/**
 * A page saved as one line, its text running straight into a table ("一、总体情况 根据…止。…二、主动公开政府信息情况
 * 第二十条第(一)项 | 信息内容 | …"): the text up to its last full stop is a line of its own, the rest the table's row —
 * never the whole report read as one table cell.
 */
function proseBeforeRow(raw: string): string[] {
  const first = raw.indexOf('|');
  if (first < PROSE_CELL_CHARS || countChar(raw, /\|/g) < 2) return [raw];
  const lead = raw.slice(0, first);
  const stop = Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('；'));
  if (stop < 0) return [raw];
  return [lead.slice(0, stop + 1), `${lead.slice(stop + 1).trimStart()}${raw.slice(first)}`];
}

/** Markers of the format's tables 二 and 三, run together on one line with spaces between cells. */
const SPACED_TABLE_MARKER = /第二十条第[(（][一二三四五六七八九十]+[)）]项|本年新收政府信息公开申请数量|上年结转政府信息公开申请数量/g;
/** The fewest markers that make a line with no pipes a flattened table. */
const SPACED_MARKERS_MIN = 2;
/** A section title of the format said inside the run ("三、收到和处理政府信息公开申请情况"): a line of its own. */
const SECTION_TITLE_TOKEN = /^[一二三四五六七]、(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项)$/;
/** A note in brackets on the table ("(本列数据的勾稽关系为:…)"): a line of its own. */
const TABLE_NOTE_TOKEN = /^[(（][^()（）]*勾稽[^()（）]*[)）]$/;
/** Table 二's item title ("第二十条第(五)项"). */
const ITEM_TITLE = /^第二十条第[(（][一二三四五六七八九十]+[)）]项$/;
/** A label and its figures with no space between ("规章000", "行政许可10690"). */
const RUN_TOGETHER = /\p{Script=Han}\d{2,}|\d{3,}\p{Script=Han}/u;
/** A cell of numbers only. */
const NUMBER_TOKEN = /^\d+(?:\.\d+)?$/;
/** The cell that opens a row's label: a numbered item, or one of table 二's rows (规 章 printed with a space). */
const ROW_LABEL_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?=\D)|规$|规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)/;

/**
 * Tables 二 and 三 saved as one line of words and numbers parted by single spaces, no pipes ("二、主动公开政府信息情况
 * 第二十条第(一)项 信息内容 本年制发件数 … 规 章 0 0 0 行政规范性文件 0 0 0 第二十条第(五)项 … 行政许可 52 …"): a row line
 * ("| 行政许可 | 52 |") for each label and the numbers after it, the header words before a label on a row of their own, the
 * section titles and the table's note as lines of text. A line with pipes or tabs is left to the readers above.
 */
function spacedTableRows(raw: string): string[] {
  if (raw.includes('|') || raw.includes('\t') || (raw.match(SPACED_TABLE_MARKER)?.length ?? 0) < SPACED_MARKERS_MIN) return [raw];
  const first = raw.search(/[一二三四五六七]、主动公开政府信息情况|第二十条第|[一二三四五六七]、收到和处理/);
  const lead = first > 0 ? raw.slice(0, first) : '';
  const stop = Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('；'));
  const out: string[] = stop >= 0 ? [lead.slice(0, stop + 1)] : [];
  const tokens = (stop >= 0 ? `${lead.slice(stop + 1)}${raw.slice(first)}` : raw).trim().split(/\s+/);
  // (labels and digits run together with no space, "规章000行政规范性文件8855698": no spaced table — the flat-table reader's, parse/flat-tables.ts)
  if (tokens.some((w) => RUN_TOGETHER.test(w))) return [raw];
  let labels: string[] = [];
  let numbers: string[] = [];
  const flush = () => {
    if (!labels.length && !numbers.length) return;
    if (!numbers.length) out.push(labels.join(''));
    else {
      let k = -1;
      labels.forEach((w, i) => (ROW_LABEL_START.test(w) ? (k = i) : undefined));
      const head = k > 0 ? labels.slice(0, k) : [];
      // (an item's title, "第二十条第(五)项", is a row of its own above the header, as the printed table has it)
      const item = head.length && ITEM_TITLE.test(head[0]!) ? head.shift()! : undefined;
      if (item) out.push(`| ${item} |`);
      if (head.length) out.push(`| ${head.join(' | ')} |`);
      out.push(`| ${labels.slice(Math.max(k, 0)).join('')} | ${numbers.join(' | ')} |`);
    }
    labels = [];
    numbers = [];
  };
  for (const w of tokens) {
    if (SECTION_TITLE_TOKEN.test(w) || TABLE_NOTE_TOKEN.test(w)) {
      flush();
      out.push(w);
    } else if (NUMBER_TOKEN.test(w)) numbers.push(w);
    else {
      if (numbers.length) flush();
      labels.push(w);
    }
  }
  flush();
  return out;
}

/** Pipes on one line from which it may be a whole table flattened into one row. */
const FLAT_ROW_MIN_PIPES = 12;
/** Cells that open a row of table 二 of the national format ("第二十条第(五)项", "信息内容", "行政许可"). */
const TABLE2_ROW_START = /^(?:第二十条第[(（][一二三四五六七八九十]+[)）]项|信息内容|规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)$/;
/** The fewest row openings that make a line a flattened table. */
const FLAT_ROWS_MIN = 3;

/**
 * Table 二 saved flattened into one line, its rows run together ("第二十条第(一)项 | 信息内容 | 本年制发件数 | … | 行政规范性文件 |
 * 4 | 0 | 4 | 第二十条第(五)项 | …"): one row line for each row, cut before the cells that open the format's rows.
 */
function flatTableRows(raw: string): string[] {
  if (countChar(raw, /\|/g) < FLAT_ROW_MIN_PIPES) return [raw];
  const cells = raw.trim().replace(/^\|/, '').replace(/[|\s]+$/, '').split('|').map((c) => c.trim());
  const starts = cells.flatMap((c, i) => (TABLE2_ROW_START.test(c) ? [i] : []));
  if (starts.length < FLAT_ROWS_MIN) return [raw];
  const cuts = starts[0] === 0 ? starts : [0, ...starts];
  return cuts.map((from, k) => `| ${cells.slice(from, cuts[k + 1] ?? cells.length).join(' | ')} |`);
}

function classify(raw: string): Line {
  const line = raw.replace(/[ \u00a0\u3000]+$/, '');
  if (line.trim() === '') return { t: 'blank' };
  const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  if (h) {
    const text = cleanInline(h[2]!);
    return text ? { t: 'heading', level: h[1]!.length, text } : { t: 'blank' };
  }
  const trimmed = line.trim();
  if ((trimmed.startsWith('|') || trimmed.endsWith('|')) && countChar(trimmed, /\|/g) >= 2) {
    const body = trimmed.replace(/^\|/, '').replace(/[|\s]+$/, '');
    const cells = body.split('|').map((c) => cleanInline(c));
    if (cells.every((c) => /^:?-{1,}:?$/.test(c) || c === '')) return { t: 'sep' };
    return { t: 'row', kind: 'pipe', cells: trimTrailingEmpty(cells) };
  }
  if (line.includes('\t')) {
    const cells = trimTrailingEmpty(line.split('\t').map((c) => cleanInline(c)));
    const filled = cells.filter((c) => c !== '');
    // A prose line merely indented with a tab is not a table row.
    if (filled.length === 1 && filled[0]!.length > 40 && /[。；]/.test(filled[0]!)) return { t: 'text', text: filled[0]! };
    if (filled.length === 0) return { t: 'blank' };
    return { t: 'row', kind: 'tab', cells };
  }
  const cells = spaceCells(line);
  if (cells.length >= 2 && cells.every((c) => c.length <= 60)) {
    const nums = cells.filter((c) => NUMERIC.test(c)).length;
    if (nums >= 2) return { t: 'row', kind: 'space', cells };
  }
  const text = cleanInline(unwrapSpaces(line.replace(/^\s*>\s?/, '').replace(/^\s*[-*+]\s+(?=\S)/, '')));
  return text ? { t: 'text', text } : { t: 'blank' };
}

/** One space between two Han characters: where a document's line breaks were turned into spaces ("主动公 开"). */
const WRAP_SPACE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;
/** One space between a figure and a Han character ("2022 年", "办结 7 件"). */
const FIGURE_SPACE = /(?<=\d) (?=\p{Script=Han})|(?<=\p{Script=Han}) (?=\d)/gu;
/** A line this long, with at least this many such spaces, one to every so many characters, was wrapped so. */
const WRAPPED_MIN_CHARS = 200;
const WRAPPED_MIN_SPACES = 6;
const WRAPPED_CHARS_PER_SPACE = 60;

/**
 * A page of a document saved as one line, its line breaks turned into single spaces inside words ("统计期 限自 2022 年",
 * "本报告的 电 子 版"): those spaces taken out, so that its words read as words. Prose with a space here and there is
 * left as it is.
 */
function unwrapSpaces(line: string): string {
  if (line.length < WRAPPED_MIN_CHARS) return line;
  const n = line.match(WRAP_SPACE)?.length ?? 0;
  // (and the spaces a word processor put around figures there, "自 2022 年 1 月 1 日起")
  return n >= WRAPPED_MIN_SPACES && n * WRAPPED_CHARS_PER_SPACE >= line.length ? line.replace(WRAP_SPACE, '').replace(FIGURE_SPACE, '') : line;
}

const LABEL_NUMBERS = /^(.*?[^\d\s.,])\s+((?:\d+(?:\.\d+)?\s+)+\d+(?:\.\d+)?)$/;

/**
 * Lines next to table rows that belong to the same table: header or one-number lines of a
 * space-separated table, and a "label n n n" line with single spaces inside any table
 * ("(七) 总计 15 0 0 0 0 0 0 15" among tab-separated rows).
 */
function adoptRows(lines: Line[], raws: string[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.t !== 'text') continue;
      const prev = lines[i - 1];
      const next = lines[i + 1];
      const neighbour = prev?.t === 'row' ? prev : next?.t === 'row' ? next : null;
      if (!neighbour) continue;
      const m = LABEL_NUMBERS.exec(l.text.trim());
      if (m && m[1]!.length <= 60) {
        lines[i] = { t: 'row', kind: neighbour.kind, cells: [m[1]!.trim(), ...m[2]!.split(/\s+/)] };
        changed = true;
        continue;
      }
      if (neighbour.kind !== 'space') continue;
      const cells = spaceCells(raws[i]!);
      if (cells.length < 2 || cells.some((c) => c.length > 30) || /[。；]$/.test(l.text)) continue;
      lines[i] = { t: 'row', kind: 'space', cells };
      changed = true;
    }
  }
}

/**
 * Short rows of a space-separated table: in a run of lines without a blank line or a heading that
 * holds a space-separated table row, a line of 2+ short cells separated by 2+ spaces is a row too,
 * even with a single number ("行政许可    48") or none ("信息内容    本年处理决定数量"), and even when
 * a one-cell line ("第二十条 第（五）项") separates it from the rows with several numbers.
 */
function adoptShortRows(lines: Line[], raws: string[]): void {
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end]!.t !== 'blank' && lines[end]!.t !== 'heading') end++;
    const hasSpaceRow = lines.slice(start, end).some((l) => l.t === 'row' && l.kind === 'space');
    if (hasSpaceRow) {
      for (let i = start; i < end; i++) {
        const l = lines[i]!;
        if (l.t !== 'text' || /[。；;]$/.test(l.text)) continue;
        const cells = spaceCells(raws[i]!);
        if (cells.length < 2 || cells.some((c) => c.length > 30) || /[。；，,]/.test(cells[0]!)) continue;
        lines[i] = { t: 'row', kind: 'space', cells };
      }
    }
    start = end + 1;
  }
}

export function textToDocument(file: string, text: string): Document {
  const raws = joinCellLines(dropCaptureHeader(text.replace(/\r\n?/g, '\n').split('\n'))).flatMap(spacedTableRows).flatMap(proseBeforeRow).flatMap(flatTableRows);
  const lines = raws.map(classify);
  adoptRows(lines, raws);
  adoptShortRows(lines, raws);

  const blocks: Block[] = [];
  let table: { kind: string; rows: string[][] } | null = null;
  // The open paragraph as pieces, joined once when it closes: appending to one growing string and
  // testing its end (joinText) made a hard-wrapped 2 MB text take 25 s (each test flattened it).
  let para: string[] | null = null;
  let paraLength = 0;
  let lastLine = ''; // the last physical text line (of the open or the last closed paragraph)
  let sawBlank = false;

  const flushTable = () => {
    if (table && table.rows.length) blocks.push({ kind: 'table', rows: table.rows });
    table = null;
  };
  const flushPara = () => {
    if (para !== null) {
      const text = para.join('').trim();
      if (text) blocks.push({ kind: 'paragraph', text });
    }
    para = null;
  };

  for (const l of lines) {
    if (l.t === 'blank') {
      flushTable();
      flushPara();
      sawBlank = true;
      continue;
    }
    if (l.t === 'sep') continue;
    if (l.t === 'row') {
      flushPara();
      const cur = table as { kind: string; rows: string[][] } | null;
      if (!cur || cur.kind !== l.kind || sawBlank) {
        flushTable();
        table = { kind: l.kind, rows: [] };
      }
      table!.rows.push(l.cells);
      lastLine = '';
      sawBlank = false;
      continue;
    }
    flushTable();
    if (l.t === 'heading') {
      flushPara();
      blocks.push({ kind: 'heading', text: l.text, level: l.level });
      lastLine = '';
      sawBlank = false;
      continue;
    }
    // text line
    if (para !== null) {
      if (continues(lastLine, l.text, false) && paraLength + l.text.length <= MAX_JOINED_CHARS) {
        para.push(joinText(lastLine, l.text).slice(lastLine.length));
        paraLength += l.text.length + 1;
      } else {
        flushPara();
        para = [l.text];
        paraLength = l.text.length;
      }
    } else {
      // A paragraph closed by a blank line may still continue here (a sentence split by a blank line).
      const last = blocks[blocks.length - 1];
      if (sawBlank && last?.kind === 'paragraph' && continues(lastLine, l.text, true) && last.text.length + l.text.length <= MAX_JOINED_CHARS) {
        blocks.pop();
        para = [last.text, joinText(lastLine, l.text).slice(lastLine.length)];
        paraLength = last.text.length + l.text.length + 1;
      } else {
        para = [l.text];
        paraLength = l.text.length;
      }
    }
    lastLine = l.text;
    sawBlank = false;
  }
  flushTable();
  flushPara();
  return { file, blocks };
}
