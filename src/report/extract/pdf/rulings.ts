/**
 * Stage 0b — rulings: the straight horizontal and vertical lines a page paints (table borders), from
 * pdfjs's operator list, in the same top-down viewport coordinates as the text items.
 *
 * Word and WPS stroke each border as a line; LibreOffice and browsers fill thin rectangles; shaded
 * or highlighted lines of text are filled rectangles too, but not borders: only thin ones count. Clipping paths are not painted and
 * are ignored; curves are ignored.
 */

/** One straight border: horizontal (y fixed, x0 < x1) or vertical (x fixed, y0 < y1). */
export interface Ruling {
  dir: 'h' | 'v';
  /** y of a horizontal ruling, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

type Matrix = [number, number, number, number, number, number];

/** A filled rectangle thinner than this (in points) is a line, not a shaded cell. */
export const THIN_FILL = 2.5;
/** A segment whose ends differ less than this across its direction is axis-aligned. */
const AXIS_SLACK = 0.5;
/** Shorter segments are glyph parts, underlines of a character or dots, not borders. */
export const MIN_RULING = 4;

function multiply(m1: Matrix, m2: number[]): Matrix {
  return [
    m1[0] * m2[0]! + m1[2] * m2[1]!,
    m1[1] * m2[0]! + m1[3] * m2[1]!,
    m1[0] * m2[2]! + m1[2] * m2[3]!,
    m1[1] * m2[2]! + m1[3] * m2[3]!,
    m1[0] * m2[4]! + m1[2] * m2[5]! + m1[4],
    m1[1] * m2[4]! + m1[3] * m2[5]! + m1[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/**
 * The rulings of one page. `viewport` maps PDF user space to top-down page coordinates; `limit`
 * caps the number kept (a page of hatching is read as text only).
 */
export function pageRulings(
  opList: { fnArray: number[]; argsArray: unknown[] },
  OPS: Ops,
  viewport: number[],
  limit: number,
): Ruling[] | null {
  const out: Ruling[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const vp = viewport as Matrix;
  const toPage = (x: number, y: number) => {
    const [ux, uy] = apply(ctm, x, y);
    return apply(vp, ux, uy);
  };
  const push = (dir: 'h' | 'v', at: number, a: number, b: number) => {
    const from = Math.min(a, b);
    const to = Math.max(a, b);
    if (to - from >= MIN_RULING) out.push({ dir, at, from, to });
  };
  const segment = (p: [number, number], q: [number, number]) => {
    if (Math.abs(p[1] - q[1]) <= AXIS_SLACK) push('h', (p[1] + q[1]) / 2, p[0], q[0]);
    else if (Math.abs(p[0] - q[0]) <= AXIS_SLACK) push('v', (p[0] + q[0]) / 2, p[1], q[1]);
  };
  const { fnArray, argsArray } = opList;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = (argsArray[i] as unknown[])[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = multiply(ctm, Array.from(m as ArrayLike<number>));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const [paint, wrapped] = argsArray[i] as [number, unknown[]];
      const stroked = strokeOps.has(paint);
      const filled = fillOps.has(paint);
      if (!stroked && !filled) continue; // a clipping path or a path ended without painting
      const data = wrapped?.[0];
      if (!data || !(Array.isArray(data) || ArrayBuffer.isView(data))) continue;
      for (const sub of subpaths(data as ArrayLike<number>)) {
        const pts = sub.map(([x, y]) => toPage(x, y));
        if (stroked) for (let k = 0; k + 1 < pts.length; k++) segment(pts[k]!, pts[k + 1]!);
        if (filled && pts.length >= 3) {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const x0 = Math.min(...xs);
          const x1 = Math.max(...xs);
          const y0 = Math.min(...ys);
          const y1 = Math.max(...ys);
          const w = x1 - x0;
          const h = y1 - y0;
          if (h <= THIN_FILL && w > h) push('h', (y0 + y1) / 2, x0, x1);
          else if (w <= THIN_FILL && h > w) push('v', (x0 + x1) / 2, y0, y1);
          // a larger filled rectangle is shading (WPS shades every line of some paragraphs): not a border
        }
      }
      if (out.length > limit) return null;
    }
  }
  return out;
}

/** Straight subpaths of pdfjs path data (0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function subpaths(d: ArrayLike<number>): [number, number][][] {
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  let i = 0;
  while (i < d.length) {
    const op = d[i]!;
    if (op === 0) {
      if (cur.length > 1) out.push(cur);
      cur = [[d[i + 1]!, d[i + 2]!]];
      i += 3;
    } else if (op === 1) {
      cur.push([d[i + 1]!, d[i + 2]!]);
      i += 3;
    } else if (op === 2) {
      // a curve: not a border; restart the subpath at its end point
      if (cur.length > 1) out.push(cur);
      cur = [[d[i + 5]!, d[i + 6]!]];
      i += 7;
    } else if (op === 3) {
      if (cur.length > 1) out.push(cur);
      cur = [[d[i + 3]!, d[i + 4]!]];
      i += 5;
    } else if (op === 4) {
      if (cur.length > 1) cur.push(cur[0]!);
      if (cur.length > 1) out.push(cur);
      cur = cur.length ? [cur[0]!] : [];
      i += 1;
    } else break; // unknown data: stop reading this path
  }
  if (cur.length > 1) out.push(cur);
  return out;
}
