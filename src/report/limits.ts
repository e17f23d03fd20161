/**
 * Input limits of the report pipeline: no report file, however made, may take the bot down.
 *
 * Every limit has a name and a reason; each is far above what a real report needs (a report is
 * 5–30 pages: 10–40 KB of text, three tables of at most 30 rows × 16 columns) and far below what
 * exhausts memory or time. A file over a limit is refused with a ReportError that names the file
 * and the limit, in Chinese, for staff. (PDF pages and the per-file time limit belong to the PDF
 * extractor and the extraction worker.)
 */
import { extname } from 'node:path';
import { ReportError } from './errors.js';
import type { Document } from './types.js';

const MB = 1024 * 1024;

/**
 * Bytes per file, by form. Reasons: text is parsed whole in memory (a report's text is < 200 KB);
 * web pages carry scripts and inline images (real ones are < 2 MB); Word and PDF files embed photos
 * and scans (real ones are < 20 MB) but only their text is read.
 */
export const MAX_FILE_BYTES: Record<string, number> = {
  text: 8 * MB,
  html: 16 * MB,
  docx: 64 * MB,
  pdf: 128 * MB,
};

/**
 * Unpacked bytes of one XML part of a .docx (word/document.xml, styles, numbering, notes). A
 * 30-page report's document.xml is 0.2–3 MB; mammoth holds the XML and its tree in memory, so a
 * 300 KB zip that unpacks to 100 MB would take gigabytes. Checked in the zip's central directory
 * (declared sizes) and again while inflating (actual sizes, which a crafted zip can hide).
 */
export const MAX_DOCX_PART_BYTES = 32 * MB;
/** Unpacked bytes of all XML parts of a .docx together (the same reason, for many parts). */
export const MAX_DOCX_XML_BYTES = 64 * MB;

/**
 * colspan of one HTML cell. The widest table of the national format (四) has 16 columns; the HTML
 * standard itself clamps colspan at 1000. `colspan=1000` on 600 rows made a grid of 10⁸ cells.
 */
export const MAX_COLSPAN = 100;
/** rowspan of one HTML cell (rowspan=0 means "to the end of the table" and is clamped there too). */
export const MAX_ROWSPAN = 1000;

/**
 * Cells of one table after merged cells are expanded. Table 三 is about 30 × 10 = 300 cells; a
 * long list of documents on a page stays well under this; 600 rows of `rowspan=0 colspan=1000`
 * would be 1.8 × 10⁸.
 */
export const MAX_TABLE_CELLS = 50_000;
/** Cells of all tables of one document together. */
export const MAX_DOCUMENT_CELLS = 200_000;

/**
 * Characters of one paragraph. A whole report's running text is 5,000–20,000 characters, so even a
 * report pasted as one line fits; longer means a file that is no report (or text with no breaks at
 * all), and the sentence and passage steps work per paragraph.
 */
export const MAX_PARAGRAPH_CHARS = 100_000;
/**
 * Characters up to which hard-wrapped lines (or blocks broken in mid-sentence) are joined into one
 * paragraph. A real paragraph is < 2,000 characters; past this the text has no sentence ends at all
 * and the joining stops (a new paragraph begins), so a 2 MB wrapped text loads instead of failing.
 */
export const MAX_JOINED_CHARS = 20_000;

/**
 * Nesting depth of HTML elements (implicitly closed ones such as <p>, <li>, <td> not counted). Real
 * pages nest < 50 deep; the parser slows quadratically with depth (100,000 nested <span>: 50 s) and
 * the block walk is recursive.
 */
export const MAX_HTML_DEPTH = 1_000;

/** Blocks (paragraphs, headings, tables) of one document: a real report has a few hundred. */
export const MAX_BLOCKS = 50_000;

const FORM: Record<string, string> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text', '.tsv': 'text',
  '.html': 'html', '.htm': 'html', '.docx': 'docx', '.pdf': 'pdf',
};

export const mb = (n: number): string => (n >= MB ? `${Math.round((n / MB) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`);

/** Byte limit for this file's form (by extension), or undefined for unsupported forms. */
export function maxFileBytes(file: string): number | undefined {
  const form = FORM[extname(file).toLowerCase()];
  return form ? MAX_FILE_BYTES[form] : undefined;
}

/** Refuse a file whose size is over its form's byte limit (called before it is read into memory). */
export function checkFileSize(file: string, size: number): void {
  const max = maxFileBytes(file);
  if (max !== undefined && size > max) {
    throw new ReportError(file, `文件过大（${mb(size)}，此类文件上限 ${mb(max)}），不像一份年度报告；为防止耗尽内存，未读取`);
  }
}

/** Running count of expanded table cells, per table and per document (shared by the extractors). */
export class CellBudget {
  private total = 0;
  private tables = 0;
  constructor(private readonly file: string) {}

  /** A new table begins; returns a function that takes `n` more cells of it (throws past a limit). */
  table(): (n: number) => void {
    this.tables++;
    const index = this.tables;
    let cells = 0;
    return (n: number) => {
      cells += n;
      this.total += n;
      if (cells > MAX_TABLE_CELLS) {
        throw new ReportError(this.file, `第 ${index} 个表格过大（展开合并单元格后超过 ${MAX_TABLE_CELLS} 个单元格），不像年度报告的表格；为防止耗尽内存，未读取`);
      }
      if (this.total > MAX_DOCUMENT_CELLS) {
        throw new ReportError(this.file, `表格单元格总数超过 ${MAX_DOCUMENT_CELLS} 个，不像一份年度报告；为防止耗尽内存，未读取`);
      }
    };
  }
}

/** Limits on the extracted Document, whatever the file form: blocks, paragraph length, table cells. */
export function checkDocument(doc: Document): void {
  if (doc.blocks.length > MAX_BLOCKS) {
    throw new ReportError(doc.file, `内容分段过多（${doc.blocks.length} 段，上限 ${MAX_BLOCKS}），不像一份年度报告`);
  }
  const budget = new CellBudget(doc.file);
  let n = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      const take = budget.table();
      for (const row of b.rows) take(row.length);
      continue;
    }
    n++;
    if (b.text.length > MAX_PARAGRAPH_CHARS) {
      throw new ReportError(
        doc.file,
        `第 ${n} 段文字过长（${b.text.length} 字，上限 ${MAX_PARAGRAPH_CHARS} 字），不像年度报告的正文（可能整个文件没有换行或句号）`,
      );
    }
  }
}
