/**
 * SVG → PNG on the server with @resvg/resvg-js (a prebuilt Rust binary; no browser), imported lazily
 * so nothing loads it until a chart is asked for. System fonts are used for the digits.
 */
import { barChartSvg, type ChartSpec } from './svg.js';

/** Largest chart side in pixels (a chat image, not a poster). */
export const CHART_MAX_SIDE = 1200;

export async function svgToPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const r = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'original' } });
  return new Uint8Array(r.render().asPng());
}

/** A bar chart PNG of the series (one bar per figure and year). */
export async function barChartPng(spec: ChartSpec): Promise<Uint8Array> {
  const width = Math.min(spec.width ?? 480, CHART_MAX_SIDE);
  const height = Math.min(spec.height ?? 280, CHART_MAX_SIDE);
  return svgToPng(barChartSvg({ ...spec, width, height, legend: false, title: undefined }));
}
