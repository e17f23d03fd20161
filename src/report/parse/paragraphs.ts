/**
 * Paragraphs broken in mid-sentence (a hard wrap, a page break, a blank line or a new <p> inside a
 * sentence: "有效提升" | "了政府信息公开工作质量") are one paragraph. The rule is shared by the text
 * extractor (line level) and the parser (block level, whatever the file form was).
 */
import { MAX_JOINED_CHARS } from '../limits.js';
import type { Block } from '../types.js';

const TERMINAL = /[。！？!?；;：:）)」』】]$/;
export const ITEM_START = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[、．.]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+)/;

/** A short line that reads as a heading or title (no inner punctuation): never continued by the next line. */
export function headingLike(line: string): boolean {
  if (/[，,。；;：:]/.test(line.slice(0, -1))) return false;
  return line.length < 20 || ITEM_START.test(line) || /(?:报告|情况|事项|问题|措施)$/.test(line);
}

/**
 * Does text that stops with `prevLine` continue with `next` (a break in mid-sentence)? Across a
 * paragraph break the previous line must also read as running prose (long, with inner punctuation).
 */
/** A breadcrumb of a web page: where the page sits, its steps joined by > or ». */
const BREADCRUMB = /(?:当前位置|所在位置|您的位置|现在的位置)[:：]|[>›»→](?:[^>›»→]*[>›»→]){1,}/;
/** A whole line that is a report's title. */
const TITLE_LINE = /^[^。；，,;]{2,50}(?:政府信息公开|政务公开)[^。；，,;]{0,10}(?:年度报告|年报)$/;

/** The shortest line a blank line after it may split from its sentence's rest. */
const ACROSS_BREAK_MIN_CHARS = 20;

export function continues(prevLine: string, next: string, acrossBreak: boolean): boolean {
  const prev = prevLine.trim();
  if (prev.length < 20 || headingLike(prev)) return false;
  // a web page's breadcrumb ("您现在所在的位置: 网站首页 > … > 政府信息公开年报") ends where it ends, and a report's
  // title line ("XX局2023年政府信息公开工作年度报告") is a line of its own
  if (BREADCRUMB.test(prev) || TITLE_LINE.test(next.trim())) return false;
  if (TERMINAL.test(prev)) return false;
  if (!/[\p{Script=Han}A-Za-z0-9“‘（(《、，,]$/u.test(prev)) return false;
  if (ITEM_START.test(next.trim())) return false;
  // (across a blank line: a long line with a clause break in it, or one cut off mid-word after its comma —
  // "2023年,局共收到依申请" / "公开事项5件…")
  if (acrossBreak && (prev.length < ACROSS_BREAK_MIN_CHARS || !/[，,。；;、]/.test(prev))) return false;
  return true;
}

export function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Merge consecutive paragraph blocks split in mid-sentence. A merged paragraph is kept as pieces and
 * tested through a bounded view of its start and end (WINDOW characters each), joined once at the end:
 * testing one ever-growing string made many short fragments quadratic.
 */
const WINDOW = 400;
export function mergeBrokenParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let open: { pieces: string[]; head: string; tail: string; at: number; length: number } | null = null;
  const close = () => {
    if (open) out[open.at] = { kind: 'paragraph', text: open.pieces.join('') };
    open = null;
  };
  for (const b of blocks) {
    const last = out[out.length - 1];
    const cur = open as { pieces: string[]; head: string; tail: string; at: number; length: number } | null;
    const view = cur ? (cur.head.length < WINDOW ? cur.head : cur.head + cur.tail) : last?.kind === 'paragraph' ? last.text : '';
    const joined = (cur ? cur.length : last?.kind === 'paragraph' ? last.text.length : 0) + (b.kind === 'paragraph' ? b.text.length : 0);
    if (b.kind === 'paragraph' && last?.kind === 'paragraph' && joined <= MAX_JOINED_CHARS && continues(view, b.text, true)) {
      const piece = joinText(cur ? cur.tail : last.text, b.text.trim()).slice((cur ? cur.tail : last.text).length);
      if (cur) {
        cur.pieces.push(piece);
        cur.length += piece.length;
        if (cur.head.length < WINDOW) cur.head = (cur.head + piece).slice(0, WINDOW);
        cur.tail = (cur.tail + piece).slice(-WINDOW);
      } else {
        open = { pieces: [last.text, piece], head: (last.text + piece).slice(0, WINDOW), tail: (last.text + piece).slice(-WINDOW), at: out.length - 1, length: last.text.length + piece.length };
      }
    } else {
      close();
      out.push(b);
    }
  }
  close();
  return out;
}
