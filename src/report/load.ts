/**
 * One report file → Report (read, extract, parse, check), and byte-identical copies of one file read
 * once: the Document (the costly part: pdfjs, mammoth) depends on the bytes and the file type alone,
 * so copies are extracted once and only parsed per name (the name can give the office and year).
 */
import { createHash } from 'node:crypto';
import { ReportError } from './errors.js';
import { extractDocument, readFileBytes } from './extract/index.js';
import { checkDocument } from './limits.js';
import { parseReport } from './parse.js';
import { refuseNotReport, refuseUnreadable } from './refuse.js';
import { markImpossible } from './sanity.js';
import type { Document, Report } from './types.js';

/** What loading one file gave: a report, or the reason it was refused (transient: may load next time). */
export type LoadOutcome = { ok: true; report: Report } | { ok: false; reason: string; transient?: boolean };

/** The content hash the cache of parsed reports is keyed by (hex sha256 of the file's bytes). */
export function hashBytes(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Parse and check a Document read from `file` (its name may name the office and year). */
function reportOf(doc: Document): Report {
  let report: Report;
  try {
    report = markImpossible(parseReport(doc));
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw new ReportError(doc.file, `解析失败（${err instanceof Error ? err.message : String(err)}）`);
  }
  refuseNotReport(doc, report);
  return report;
}

/** Checks that hold for the Document whatever its name (limits, readable Chinese text). */
function checkContent(doc: Document): void {
  checkDocument(doc);
  refuseUnreadable(doc);
}

/**
 * Read, parse and check one report file. Throws ReportError naming the file: unreadable, over a
 * limit (limits.ts), no readable Chinese text (a scan, garbled fonts), or no report (refuse.ts).
 */
export async function loadReport(file: string): Promise<Report> {
  const doc = await extractDocument(file, await readFileBytes(file));
  checkContent(doc);
  return reportOf(doc);
}

function outcomeOf(err: unknown): LoadOutcome {
  if (err instanceof ReportError) return err.transient ? { ok: false, reason: err.reason, transient: true } : { ok: false, reason: err.reason };
  return { ok: false, reason: `解析失败（${err instanceof Error ? err.message : String(err)}）` };
}

/**
 * Load files that hold the same bytes and the same type (copies): `files[0]` is read and extracted
 * once, each name parsed on its own. Returns the hash of the bytes read (undefined when the file
 * could not be read) and one outcome per file, in order.
 */
export async function loadCopies(files: string[]): Promise<{ hash?: string; outcomes: LoadOutcome[] }> {
  let data: Uint8Array;
  try {
    data = await readFileBytes(files[0]!);
  } catch (err) {
    const outcome = outcomeOf(err);
    return { outcomes: files.map(() => outcome) };
  }
  const hash = hashBytes(data);
  let doc: Document;
  try {
    doc = await extractDocument(files[0]!, data);
    checkContent(doc);
  } catch (err) {
    const outcome = outcomeOf(err);
    return { hash, outcomes: files.map(() => outcome) };
  }
  const outcomes = files.map((file): LoadOutcome => {
    try {
      return { ok: true, report: reportOf({ file, blocks: doc.blocks }) };
    } catch (err) {
      return outcomeOf(err);
    }
  });
  return { hash, outcomes };
}
