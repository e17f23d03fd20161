/** Helpers shared by the extractor tests (not a test file itself). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tightenDigits } from '../../src/report/extract/pdf.js';
import type { Block, Contact, Document } from '../../src/report/types.js';

export const NAME = '南岗区人民政府办公室-2022';
export const GENERATED = fileURLToPath(new URL('../fixtures/generated/', import.meta.url));
export const REPORTS = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));

export function fixture(name: string): { file: string; data: Uint8Array } {
  const file = GENERATED + name;
  return { file, data: new Uint8Array(readFileSync(file)) };
}

export type Table = Extract<Block, { kind: 'table' }>;

export function tables(doc: Document): Table[] {
  return doc.blocks.filter((b): b is Table => b.kind === 'table');
}

export function texts(doc: Document): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The table holding a cell whose text (spaces ignored) contains `needle`. */
export function tableWith(doc: Document, needle: string): Table {
  const t = tables(doc).find((tb) => tb.rows.some((r) => r.some((c) => squash(c).includes(squash(needle)))));
  if (!t) throw new Error(`no table with “${needle}”`);
  return t;
}

/** The first row of a table one of whose cells contains `needle` (spaces ignored). */
export function rowWith(t: Table, needle: string): string[] {
  const r = t.rows.find((row) => row.some((c) => squash(c).includes(squash(needle))));
  if (!r) throw new Error(`no row with “${needle}”`);
  return r;
}

/** The numbers of a row, in order (cells that are exactly a number). */
export function numbers(row: string[]): number[] {
  return row.filter((c) => /^\s*\d+(\.\d+)?\s*$/.test(c)).map(Number);
}

/** Label cells of a row: non-empty cells that are not numbers. */
export function labels(row: string[]): string[] {
  return row.filter((c) => c.trim() && !/^\s*\d+(\.\d+)?\s*$/.test(c));
}

/**
 * Encode a string as GBK/GB18030 bytes without a dependency: the inverse of TextDecoder('gb18030')
 * over all two-byte codes (enough for CJK text, ASCII passes through).
 */
export function encodeGbk(s: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not encodable in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/**
 * A contact with the spaces between Chinese text and digits dropped ("大成街 52 号" → "大成街52号"):
 * the PDF extractor drops them (a PDF cannot tell a typed space from Word's Western-text spacing), so
 * a PDF's contact equals its source's in this form.
 */
export function tightContact(c: Contact): Contact {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, typeof v === 'string' ? tightenDigits(v) : v]));
}
