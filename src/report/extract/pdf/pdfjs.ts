/**
 * pdfjs-dist, loaded once per thread and lean for what the extractor needs (text and ruling paths,
 * never rendering). Three things cost most of a PDF's load time otherwise (profiled with
 * `node --cpu-prof`, the three real reports of test/fixtures/reports-real, in-thread):
 *
 * 1. The legacy build ships core-js and forces its polyfills of Array.prototype.push, JSON.parse and
 *    JSON.stringify over Node 20's native ones (a feature test about error types and JSON.rawJSON).
 *    The polyfilled push alone was ~10% of a load (font sanitising pushes an object per glyph), and
 *    the whole thread — parsers, and the bot itself when loading in-process — paid for it after the
 *    first PDF. The native functions are put back once both modules are loaded: pdfjs uses neither
 *    JSON source text access nor raw JSON, and push behaves the same but for an error type.
 * 2. With `disableFontFace` (pdfjs's default in Node), every glyph of every text run of an operator
 *    list is compiled to a path and posted to the main thread (`buildFontPaths`) — ~70% of the
 *    operator-list time, for glyph outlines nobody draws. With font faces on, pdfjs hands each font to
 *    a FontFace instead; the extractor gives it a document whose `fonts` set ignores them, and a
 *    FontFace that does nothing (only when the thread has none). Text and operators are unchanged.
 * 3. The fake worker (pdfjs in the same thread) imports pdf.worker.mjs on the first document; it is
 *    imported here up front, with pdf.mjs, so the polyfills of both are undone at once.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type DocumentInit = Extract<NonNullable<Parameters<Pdfjs['getDocument']>[0]>, { ownerDocument?: unknown }>;

let loading: Promise<Pdfjs> | undefined;

/** pdfjs's worker module (no type declarations: named by a variable so it stays untyped). */
const WORKER_MODULE: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/** A document for pdfjs's font loader: fonts go into a set nobody reads. */
export const QUIET_DOCUMENT = { fonts: { add: () => undefined, delete: () => undefined } };

/** A FontFace that loads nothing (glyph outlines are never drawn here). */
class NullFontFace {
  readonly loaded: Promise<NullFontFace> = Promise.resolve(this);
  load(): Promise<NullFontFace> {
    return this.loaded;
  }
}

async function load(): Promise<Pdfjs> {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
  const parse = Object.getOwnPropertyDescriptor(JSON, 'parse')!;
  const stringify = Object.getOwnPropertyDescriptor(JSON, 'stringify')!;
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const g = globalThis as { pdfjsWorker?: unknown; FontFace?: unknown };
    g.pdfjsWorker ??= await import(WORKER_MODULE);
    if (g.FontFace === undefined) Object.defineProperty(globalThis, 'FontFace', { value: NullFontFace, configurable: true, writable: true });
    return pdfjs;
  } finally {
    Object.defineProperty(Array.prototype, 'push', push);
    Object.defineProperty(JSON, 'parse', parse);
    Object.defineProperty(JSON, 'stringify', stringify);
  }
}

/** pdfjs-dist (legacy build), imported on first use; the same module afterwards. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load();
  return loading;
}

/** getDocument options: font faces on (see 2. above) into QUIET_DOCUMENT, no eval, no system fonts. */
export function documentOptions(data: Uint8Array): DocumentInit {
  return {
    data,
    disableFontFace: false,
    ownerDocument: QUIET_DOCUMENT as unknown as DocumentInit['ownerDocument'],
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  };
}
