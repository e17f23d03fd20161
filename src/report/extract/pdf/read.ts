/**
 * Stage 0 — reading: the PDF's pages as positioned text items and ruling lines (pdfjs-dist, imported
 * only when a PDF is read). Pages are read one at a time, within the limits of ./limits.ts: a file
 * too big, with too many pages or items, or too slow to read is refused with a reason, never read
 * until memory runs out.
 */
import { ReportError } from '../../errors.js';
import { PDF_LIMITS, type PdfLimits } from './limits.js';
import { documentOptions, loadPdfjs } from './pdfjs.js';
import { pageRulings } from './rulings.js';
import type { PdfItem, PdfPage } from './types.js';

/** Text on a page that announces a statistics table: only such pages are read for their borders. */
const TABLE_WORDS = /信息内容|申请人情况|自然人|结果维持|复议后起诉|第二十条|行政复议|行政许可/;
/** Numbers on a page from which it may hold a table (with table words). */
const MIN_NUMBERS_FOR_TABLE = 3;
/** Text items that are nothing but a number, from which a page may hold a table without table words
 * (a table going on from the page before: "1.属于国家秘密 0 0 0 …"). Body text has a few (years, dates). */
const MIN_BARE_NUMBERS = 12;

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export async function readPages(file: string, data: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfPage[]> {
  if (data.length === 0) throw new ReportError(file, 'PDF 文件是空的（0 字节）');
  if (data.length > limits.maxBytes) {
    throw new ReportError(file, `PDF 文件太大（${mb(data.length)}，上限 ${mb(limits.maxBytes)}），不予读取；请提供文字版 PDF 或网页、Word 版本`);
  }
  const head = new TextDecoder('latin1').decode(data.subarray(0, Math.min(data.length, 1024)));
  if (!head.includes('%PDF-')) throw new ReportError(file, 'PDF 文件已损坏或不是 PDF 文件（没有 PDF 文件头）');

  const deadline = Date.now() + limits.timeoutMs;
  const tooSlow = () => new ReportError(file, `读取 PDF 超时（超过 ${Math.round(limits.timeoutMs / 1000)} 秒），不予读取`, { transient: true });
  const pdfjs = await loadPdfjs();
  // a copy, and a plain Uint8Array (pdfjs refuses Node Buffers, may detach its input)
  const task = pdfjs.getDocument(documentOptions(new Uint8Array(data)));
  // every wait on pdfjs is raced against the file's deadline
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow()), limits.timeoutMs);
    timer.unref?.();
  });
  const within = <T>(p: Promise<T>) => Promise.race([p, expired]);
  try {
    let doc;
    try {
      doc = await within(task.promise);
    } catch (err) {
      if (err instanceof ReportError) throw err;
      const name = (err as { name?: string }).name;
      if (name === 'PasswordException') throw new ReportError(file, 'PDF 文件已加密（需要密码），无法读取');
      throw new ReportError(file, `PDF 文件已损坏或无法读取（${err instanceof Error ? err.message : String(err)}）`);
    }
    if (doc.numPages > limits.maxPages) {
      throw new ReportError(file, `PDF 文件有 ${doc.numPages} 页，超过上限 ${limits.maxPages} 页，不像年度报告，不予读取`);
    }
    let total = 0;
    const readPage = async (n: number): Promise<PdfPage> => {
      const page = await within(doc.getPage(n));
      const viewport = page.getViewport({ scale: 1 });
      const [a, b, c, d] = viewport.transform as number[];
      const content = await within(page.getTextContent());
      if (content.items.length > limits.maxItemsPerPage) {
        throw new ReportError(file, `PDF 第 ${n} 页有 ${content.items.length} 段文字，超过上限 ${limits.maxItemsPerPage}，不予读取`);
      }
      total += content.items.length;
      if (total > limits.maxItems) throw new ReportError(file, `PDF 文字段数超过上限 ${limits.maxItems}，不予读取`);
      const items: PdfItem[] = [];
      let numbers = 0;
      let bare = 0;
      let text = '';
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const t = it.transform as number[];
        // direction of the text in viewport space: skip rotated text (watermarks, stamps)
        const dx = t[0]! * a! + t[1]! * c!;
        const dy = t[0]! * b! + t[1]! * d!;
        if (Math.abs(dy) > 0.2 * Math.abs(dx) || dx <= 0) continue;
        const [x, y] = viewport.convertToViewportPoint(t[4]!, t[5]!) as [number, number];
        const size = Math.hypot(t[2]!, t[3]!) || Math.hypot(t[0]!, t[1]!);
        if (!(size > 0)) continue;
        items.push({ str: it.str, x, y, w: it.width, size });
        numbers += (it.str.match(/\d+/g) ?? []).length;
        bare += (it.str.match(/(?:^|\s)\d[\d,.]*(?=\s|$)/g) ?? []).length;
        if (text.length < 20_000) text += it.str;
      }
      const out: PdfPage = { width: viewport.width, height: viewport.height, items };
      // table borders, only on pages that may hold a table (the operator list costs as much as the text)
      if ((numbers >= MIN_NUMBERS_FOR_TABLE && TABLE_WORDS.test(text.replace(/\s+/g, ''))) || bare >= MIN_BARE_NUMBERS) {
        const ops = await within(page.getOperatorList());
        const rulings = pageRulings(ops, pdfjs.OPS, viewport.transform as number[], limits.maxRulingsPerPage);
        if (rulings) out.rulings = rulings;
      }
      page.cleanup();
      return out;
    };
    try {
      const pages: PdfPage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        if (Date.now() > deadline) throw tooSlow();
        pages.push(await readPage(n));
      }
      return pages;
    } catch (err) {
      if (err instanceof ReportError) throw err;
      throw new ReportError(file, `PDF 文件已损坏或无法读取（${err instanceof Error ? err.message : String(err)}）`);
    }
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}
