/**
 * Size checks of a .docx (a zip) before mammoth unpacks it: a 300 KB file whose word/document.xml
 * unpacks to 100 MB must be refused in milliseconds, not after minutes and gigabytes.
 *
 * 1. The central directory: entry count and the declared unpacked size of every XML part.
 * 2. The actual sizes: every XML part is inflated with an output cap (zlib's maxOutputLength), since
 *    a crafted zip can declare small sizes and still inflate to gigabytes. The parts mammoth reads
 *    are all XML (.xml/.rels); images are never read (docx.ts turns them off).
 */
import { inflateRawSync } from 'node:zlib';
import { ReportError } from '../errors.js';
import { MAX_DOCX_PART_BYTES, MAX_DOCX_XML_BYTES, mb } from '../limits.js';

/** Entries of one .docx zip: a real one has 10–100 (parts, media, relationships). */
export const MAX_DOCX_ENTRIES = 5_000;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  local: number;
}

function broken(file: string, why: string): ReportError {
  return new ReportError(file, `Word 文件已损坏或不是 .docx 文件（${why}）`);
}

/** The entries of the central directory (throws ReportError on a malformed zip). */
export function zipEntries(file: string, data: Uint8Array): Entry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const min = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken(file, '找不到 zip 目录');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 12, true));
    if (at + 56 > data.length || view.getUint32(at, true) !== EOCD64) throw broken(file, 'zip64 目录无效');
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  if (count > MAX_DOCX_ENTRIES) {
    throw new ReportError(file, `Word 文件包含 ${count} 个部件（上限 ${MAX_DOCX_ENTRIES}），不像一份年度报告，未读取`);
  }
  const entries: Entry[] = [];
  let p = offset;
  const names = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL) throw broken(file, 'zip 目录项无效');
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let local = view.getUint32(p + 42, true);
    const name = names.decode(data.subarray(p + 46, p + 46 + nameLen));
    // zip64 sizes live in the extra field (id 1), in this order, for the fields set to 0xffffffff
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end && e + 4 <= data.length) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        const next = () => {
          const v = q + 8 <= e + 4 + len ? Number(view.getBigUint64(q, true)) : 0;
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressed === 0xffffffff) compressed = next();
        if (local === 0xffffffff) local = next();
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressed, size, local });
    p = end + commentLen;
  }
  return entries;
}

const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/** Refuse a .docx whose XML parts unpack beyond the limits (declared or actual). */
export function checkDocxSizes(file: string, data: Uint8Array): void {
  const entries = zipEntries(file, data).filter((e) => isXml(e.name));
  const tooBig = (name: string, size: string) =>
    new ReportError(file, `Word 文件的部件 ${name} 解压后过大（${size}，上限 ${mb(MAX_DOCX_PART_BYTES)}），可能是恶意构造的压缩文件，未读取`);
  let declared = 0;
  for (const e of entries) {
    if (e.size > MAX_DOCX_PART_BYTES) throw tooBig(e.name, mb(e.size));
    declared += e.size;
  }
  if (declared > MAX_DOCX_XML_BYTES) {
    throw new ReportError(file, `Word 文件解压后过大（${mb(declared)}，上限 ${mb(MAX_DOCX_XML_BYTES)}），未读取`);
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let actual = 0;
  for (const e of entries) {
    if (e.local + 30 > data.length || view.getUint32(e.local, true) !== LOCAL) throw broken(file, `部件 ${e.name} 的位置无效`);
    const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    const raw = data.subarray(start, Math.min(data.length, start + e.compressed));
    let size: number;
    if (e.method === 0) size = raw.length;
    else if (e.method === 8) {
      try {
        size = inflateRawSync(raw, { maxOutputLength: MAX_DOCX_PART_BYTES }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          throw tooBig(e.name, `超过 ${mb(MAX_DOCX_PART_BYTES)}`);
        }
        throw broken(file, `部件 ${e.name} 无法解压`);
      }
    } else throw broken(file, `部件 ${e.name} 使用了不支持的压缩方式 ${e.method}`);
    actual += size;
    if (actual > MAX_DOCX_XML_BYTES) {
      throw new ReportError(file, `Word 文件解压后过大（超过 ${mb(MAX_DOCX_XML_BYTES)}），可能是恶意构造的压缩文件，未读取`);
    }
  }
}
