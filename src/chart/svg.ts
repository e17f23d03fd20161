/**
 * Small charts as SVG strings, built by hand (no browser, no DOM): a bar chart of one or more series
 * over categories (years), and a line chart of days. Text is kept to digits and Latin letters by
 * default, because a server may have no CJK font for the PNG; the Chinese title travels as the
 * caption/alt text. Used by the year-over-year PNG (png.ts) and, inline, by the /admin dashboard.
 */

export interface ChartSeries {
  label: string;
  points: { x: string; y: number | null }[];
}

export interface ChartSpec {
  series: ChartSeries[];
  width?: number;
  height?: number;
  /** Draw the series labels (set when the viewer has CJK fonts: the browser dashboard). */
  legend?: boolean;
  /** Drawn above the chart (same font caveat as legend). */
  title?: string;
}

/** One colour per series (ColorBrewer Set2-like, readable on white). */
export const PALETTE = ['#3366cc', '#dc3912', '#ff9900', '#109618', '#990099', '#0099c6'];

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A "nice" axis maximum ≥ max (1, 2, 2.5, 5 × 10^k). */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

function frame(spec: ChartSpec, kind: 'bar' | 'line'): string {
  const width = spec.width ?? 480;
  const height = spec.height ?? 280;
  const top = spec.title ? 36 : 20;
  const left = 48;
  const right = 16;
  const bottom = spec.legend ? 56 : 36;
  const w = width - left - right;
  const h = height - top - bottom;
  const xs = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.x)))];
  const values = spec.series.flatMap((s) => s.points.map((p) => p.y ?? 0));
  // four grid steps of whole numbers (counts)
  const max = Math.ceil(Math.max(4, niceMax(Math.max(0, ...values))) / 4) * 4;
  const y = (v: number) => top + h - (v / max) * h;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  if (spec.title) out.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${esc(spec.title)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    out.push(`<line x1="${left}" x2="${left + w}" y1="${y(v)}" y2="${y(v)}" stroke="#e0e0e0"/>`);
    out.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#555">${Number.isInteger(v) ? v : v.toFixed(1)}</text>`);
  }
  out.push(`<line x1="${left}" x2="${left + w}" y1="${top + h}" y2="${top + h}" stroke="#333"/>`);
  const band = w / Math.max(xs.length, 1);
  const n = spec.series.length;
  // x labels: every label when they fit, else every k-th
  const every = Math.max(1, Math.ceil((xs.length * 44) / w));
  xs.forEach((x, i) => {
    if (i % every === 0) out.push(`<text x="${left + band * (i + 0.5)}" y="${top + h + 18}" text-anchor="middle" fill="#333">${esc(x)}</text>`);
  });
  spec.series.forEach((s, si) => {
    const color = PALETTE[si % PALETTE.length]!;
    if (kind === 'bar') {
      const bw = Math.min(48, (band * 0.7) / n);
      for (const p of s.points) {
        if (p.y === null) continue;
        const i = xs.indexOf(p.x);
        const bx = left + band * i + (band - bw * n) / 2 + bw * si;
        out.push(`<rect x="${bx}" y="${y(p.y)}" width="${bw}" height="${top + h - y(p.y)}" fill="${color}"/>`);
        out.push(`<text x="${bx + bw / 2}" y="${y(p.y) - 4}" text-anchor="middle" fill="#111">${p.y}</text>`);
      }
    } else {
      const pts = s.points.filter((p) => p.y !== null).map((p) => `${left + band * (xs.indexOf(p.x) + 0.5)},${y(p.y!)}`);
      out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`);
      for (const pt of pts) {
        const [cx, cy] = pt.split(',');
        out.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${color}"/>`);
      }
    }
  });
  if (spec.legend) {
    spec.series.forEach((s, si) => {
      const lx = left + si * 120;
      out.push(`<rect x="${lx}" y="${height - 18}" width="12" height="12" fill="${PALETTE[si % PALETTE.length]}"/>`);
      out.push(`<text x="${lx + 16}" y="${height - 8}" fill="#333">${esc(s.label)}</text>`);
    });
  }
  out.push('</svg>');
  return out.join('');
}

export function barChartSvg(spec: ChartSpec): string {
  return frame(spec, 'bar');
}

export function lineChartSvg(spec: ChartSpec): string {
  return frame(spec, 'line');
}
