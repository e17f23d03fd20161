/**
 * Generators of small hostile and non-report files for the refusal and limit tests: minimal PDFs
 * written by hand (an image-only "scan", text in a font without a Unicode mapping) and zips with
 * chosen sizes (docx bombs). Nothing big is committed; everything is made in the test.
 */
import { Buffer } from 'node:buffer';
import * as zlib from 'node:zlib';

// ------------------------------------------------------------------ PDF

/** A PDF from object bodies (object i+1 = objects[i]; 1 = catalog), with a correct xref table. */
export function pdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let len = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(len);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(b);
    len += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${len}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const stream = (dict: string, body: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]);

const pdfString = (bytes: Uint8Array): string =>
  [...bytes].map((c) => (c >= 0x80 || c < 0x20 || c === 0x28 || c === 0x29 || c === 0x5c ? '\\' + c.toString(8).padStart(3, '0') : String.fromCharCode(c))).join('');

/**
 * A one-page PDF: an optional full-page grey image (a scanned page) and lines of text drawn in
 * Helvetica with WinAnsiEncoding — the bytes are shown as their Latin-1 letters, as a PDF whose
 * Chinese font lost its encoding does ("Õþ¸®" for the GBK bytes of 政府).
 */
export function onePagePdf(opts: { image?: boolean; lines?: Uint8Array[] }): Buffer {
  const ops: string[] = [];
  if (opts.image) ops.push('q 500 0 0 700 50 70 cm /Im1 Do Q');
  (opts.lines ?? []).forEach((b, i) => ops.push(`BT /F1 11 Tf 40 ${800 - i * 16} Td (${pdfString(b)}) Tj ET`));
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>',
    stream('', Buffer.from(ops.join('\n'), 'latin1')),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    stream('/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.alloc(64 * 64, 0x80)),
  ]);
}

let gbkTable: Map<string, number[]> | null = null;
/** GBK bytes of a string (built from TextDecoder('gb18030'); ASCII stays ASCII). */
export function gbk(s: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const table = gbkTable;
  return new Uint8Array([...s].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))));
}

// ------------------------------------------------------------------ zip (docx)

export interface ZipPart {
  name: string;
  /** deflated bytes (or raw bytes when stored) */
  data: Buffer;
  method: 0 | 8;
  /** unpacked size written in the headers (a crafted zip may lie) */
  size: number;
  crc?: number;
}

const crc32 = (b: Buffer): number => ((zlib as unknown as { crc32?: (b: Buffer) => number }).crc32?.(b) ?? 0) >>> 0;

/** A part stored deflated, with its true size and CRC. */
export function deflated(name: string, text: string): ZipPart {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: zlib.deflateRawSync(raw), method: 8, size: raw.length, crc: crc32(raw) };
}

/** Deflate `times` copies of `chunk` without holding the unpacked bytes (a bomb of times × chunk bytes). */
export async function deflatedRepeat(chunk: string, times: number, head = '', tail = ''): Promise<Buffer> {
  const z = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((res, rej) => {
    z.on('end', res);
    z.on('error', rej);
  });
  // whole blocks of ~1 MB per write (a million small writes take seconds)
  const per = Math.max(1, Math.floor((1024 * 1024) / Buffer.byteLength(chunk)));
  const block = Buffer.from(chunk.repeat(per));
  z.write(Buffer.from(head));
  for (let left = times; left > 0; left -= per) {
    const buf = left >= per ? block : Buffer.from(chunk.repeat(left));
    if (!z.write(buf)) await new Promise((r) => z.once('drain', r));
  }
  z.end(Buffer.from(tail));
  await done;
  return Buffer.concat(out);
}

/** A zip file of the parts (local headers, data, central directory, end record). */
export function zip(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc ?? 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(p.method, 10);
    cd.writeUInt32LE(p.crc ?? 0, 16);
    cd.writeUInt32LE(p.data.length, 20);
    cd.writeUInt32LE(p.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.data);
    central.push(cd, name);
    offset += local.length + name.length + p.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cdBuf, end]);
}

/** The parts of a minimal .docx around a document.xml part. */
export function docxParts(documentXml: ZipPart): ZipPart[] {
  return [
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    documentXml,
  ];
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A document.xml whose paragraphs are the given lines. */
export function documentXml(lines: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${lines.map((l) => `<w:p><w:r><w:t>${esc(l)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
}

/** Opening and closing of a document.xml whose body is one huge run of text (for bombs). */
export const DOCUMENT_OPEN = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>`;
export const DOCUMENT_CLOSE = '</w:t></w:r></w:p></w:body></w:document>';
