/** File → Document, dispatching on the extension. Heavy extractors (docx, pdf) load only when needed. */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { ReportError } from '../errors.js';
import { checkFileSize } from '../limits.js';
import type { Document } from '../types.js';

type Extract = (file: string, data: Uint8Array) => Promise<Document>;

const EXTRACTORS: Record<string, () => Promise<Extract>> = {
  '.txt': async () => (await import('./text.js')).extract,
  '.text': async () => (await import('./text.js')).extract,
  '.md': async () => (await import('./text.js')).extract,
  '.markdown': async () => (await import('./text.js')).extract,
  '.tsv': async () => (await import('./text.js')).extract,
  '.html': async () => (await import('./html.js')).extract,
  '.htm': async () => (await import('./html.js')).extract,
  '.docx': async () => (await import('./docx.js')).extract,
  '.pdf': async () => (await import('./pdf.js')).extract,
};

/** Extensions readDocument understands (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS = Object.keys(EXTRACTORS);

export function isSupported(file: string): boolean {
  return extname(file).toLowerCase() in EXTRACTORS;
}

/** The extractor of a file, by extension; throws ReportError for a type it does not read. */
function extractorOf(file: string): () => Promise<Extract> {
  const ext = extname(file).toLowerCase();
  const load = EXTRACTORS[ext];
  if (!load) {
    throw new ReportError(file, `不支持的文件类型“${ext || '（无扩展名）'}”，支持 .txt .md .tsv .html .docx .pdf`);
  }
  return load;
}

/**
 * The bytes of a report file, as a plain Uint8Array (pdfjs refuses Node Buffers), after the size
 * check (a huge file is refused unread). Throws ReportError naming the file.
 */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  extractorOf(file); // an unsupported type is refused unread
  let data: Uint8Array;
  try {
    const handle = await open(file, 'r');
    try {
      checkFileSize(file, (await handle.stat()).size); // before reading: a huge file is refused unread
      data = new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof ReportError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹，不是文件' : `无法读取文件（${code ?? String(err)}）`;
    throw new ReportError(file, reason, { transient: true }); // the file may be readable next time
  }
  if (data.length === 0) throw new ReportError(file, '文件为空');
  return data;
}

/** The bytes of a report file (readFileBytes) into a Document. Throws ReportError naming the file. */
export async function extractDocument(file: string, data: Uint8Array): Promise<Document> {
  const load = extractorOf(file);
  let doc: Document;
  try {
    const extract = await load();
    doc = await extract(file, data);
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw new ReportError(file, `无法解析文件内容（${err instanceof Error ? err.message : String(err)}）`);
  }
  if (!doc.blocks.some((b) => (b.kind === 'table' ? b.rows.some((r) => r.some((c) => c.trim())) : b.text.trim()))) {
    throw new ReportError(file, '文件没有任何文字内容');
  }
  return doc;
}

/** Read one report file into a Document. Throws ReportError (naming the file) when it cannot. */
export async function readDocument(file: string): Promise<Document> {
  return extractDocument(file, await readFileBytes(file));
}
