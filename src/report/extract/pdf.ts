/**
 * PDF → Document, from the positioned text pdfjs gives (no OCR: a scanned PDF is refused).
 *
 * 1. Text items (pdfjs-dist legacy build, imported only when a PDF is read) are put in top-down page
 *    coordinates; rotated items (watermarks) are skipped; Kangxi/CJK radical code points that some
 *    fonts map to (⼈ ⺠ ⼯) become the ordinary characters (人 民 工), and so do variants a font names
 *    instead of the standard character (〈 U+2329, 戶 for 户).
 * 2. Lines: items grouped by baseline with a tolerance of half the font size, sorted by x.
 *    Page furniture is dropped: page numbers ("-4-", "— 4 —", "第 4 页", "4/6") in the top/bottom band
 *    of a page, running headers/footers (the same text at the same height on several pages) and a
 *    browser's print header/footer (date and time + page title; page URL + "1/3").
 *    Pages are then stitched into one vertical coordinate, so paragraphs and tables flow on.
 * 3. Table regions: lines with wide gaps between their parts (≥ 1 em) are tabular; a region is a run
 *    of them plus the narrow lines around and between them (wrapped labels, stacked header letters,
 *    a centred "第二十条第（一）项", a full-width row of narrow cells printed close together), ending at
 *    a heading, a change of font size or a wide gap.
 * 4. Tables are rebuilt around their numbers: numbers define the numeric columns (by overlapping x
 *    ranges) and the data rows (by baseline). In a tight table (a web page printed by a browser) cells
 *    touch: a number after its label and header cells run together are split at their visible breaks,
 *    and a column whose cells are all blank (zeros left empty) is taken from its header.
 *    Label text left of the numbers is merged into cell blocks (wrapped lines, one-character-per-line
 *    labels) and assigned to label columns by x (left edges; labels centred on one axis are one
 *    column whatever their length); a block
 *    goes to the data row whose numbers sit within its height (numbers on a middle or first line), a
 *    block spanning several rows (三、本年度办理结果, （三）不予公开 …) goes to the first row of its span —
 *    spans are delimited by the numbering of the next deeper column (a "1." or "（一）" starts one).
 *    Text without numbers (headers, "第二十条第（五）项", a table with no figures) forms rows of its own;
 *    header text over the numbers is mapped to the nearest numeric column.
 *    Each row is: label cells, then one cell per numeric column — the shape of the text form.
 * 5. Other lines become headings (font clearly larger than the body text) or paragraphs; wrapped
 *    lines are joined (a paragraph starts at an indented line, after a short line, at a numbered item
 *    or after a wide gap).
 * 6. Spaces between Chinese text and digits are dropped ("民主路 1 号" → "民主路1号"): Word and
 *    LibreOffice space Western runs apart in print, which a PDF cannot tell from a typed space.
 */
import { ReportError } from '../errors.js';
import type { Document } from '../types.js';
import { TooManyCells } from './pdf/grid.js';
import { layoutPages } from './pdf/layout.js';
import { readPages } from './pdf/read.js';

export { layoutPages } from './pdf/layout.js';
export { fixText, tightenDigits } from './pdf/text.js';
export type { PdfItem, PdfPage } from './pdf/types.js';

export async function extract(file: string, data: Uint8Array): Promise<Document> {
  const pages = await readPages(file, data);
  let blocks;
  try {
    blocks = layoutPages(pages);
  } catch (err) {
    if (!(err instanceof TooManyCells)) throw err;
    throw new ReportError(
      file,
      `PDF 中表格的单元格太多（至少 ${err.cells} 个，上限 ${err.limit} 个；年度报告的统计表只有几百个单元格），文件结构异常，不予读取`,
    );
  }
  if (!blocks.length) {
    throw new ReportError(file, 'PDF 中没有可提取的文字（可能是扫描件或图片），请提供文字版 PDF、Word 或网页版本');
  }
  return { file, blocks };
}
