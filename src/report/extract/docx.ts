/**
 * .docx → Document: mammoth converts the Word document to HTML (headings for styled headings,
 * tables with colspan/rowspan), then the HTML extractor builds the Document — one path for web
 * pages and Word files. mammoth is imported only when a .docx is read.
 *
 * Paragraphs such as "一、总体情况" that are not styled as headings stay paragraphs; the parser
 * recognises them.
 */
import { ReportError } from '../errors.js';
import type { Document } from '../types.js';
import { checkDocxSizes } from './docx-zip.js';
import { documentFromHtml } from './html.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, sig: number[]) => sig.every((b, i) => data[i] === b);

/** Extra style mappings on top of mammoth's defaults (Heading 1–6 → h1–h6). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
];

export async function extract(file: string, data: Uint8Array): Promise<Document> {
  if (data.length === 0) throw new ReportError(file, 'Word 文件是空的（0 字节）');
  if (startsWith(data, OLE)) {
    throw new ReportError(file, '这是旧版 Word（.doc）或加密的 Word 文件，无法读取；请在 Word 中另存为未加密的 .docx');
  }
  if (!startsWith(data, ZIP)) throw new ReportError(file, 'Word 文件已损坏或不是 .docx 文件');
  checkDocxSizes(file, data); // before mammoth: a small zip may unpack to gigabytes
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) }, {
      styleMap: STYLE_MAP,
      // images are never read (no text in them; inlined as base64 they would multiply the HTML's size)
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ReportError(file, `Word 文件已损坏或无法读取（${why}）`);
  }
  const doc = documentFromHtml(file, html);
  if (doc.blocks.length === 0) throw new ReportError(file, 'Word 文件中没有文字内容');
  return doc;
}
