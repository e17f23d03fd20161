/** Stage 5 — headings and paragraphs from the lines outside tables. */
import type { Block } from '../../types.js';
import { CJK, NUMBERED, SECTION, joinText, tightenDigits } from './text.js';
import { lineText } from './lines.js';
import type { Line } from './types.js';


export function textBlocks(lines: Line[], m: { bodySize: number; left: number; right: number; headingSizes: number[] }): Block[] {
  const out: Block[] = [];
  const levelOf = (size: number) => m.headingSizes.indexOf(Math.round(size * 2) / 2) + 1;
  let cur: { kind: 'heading' | 'paragraph'; text: string; size: number; last: Line } | null = null;
  const flush = () => {
    if (cur && cur.text.trim()) {
      const text = tightenDigits(cur.text.trim());
      out.push(cur.kind === 'heading' ? { kind: 'heading', text, level: Math.min(6, levelOf(cur.size)) } : { kind: 'paragraph', text });
    }
    cur = null;
  };
  for (const l of lines) {
    const text = lineText(l);
    const heading = l.size >= 1.12 * m.bodySize;
    const kind = heading ? 'heading' : 'paragraph';
    let fresh = true;
    if (cur) {
      const c: { kind: string; size: number; last: Line; text: string } = cur;
      const prev = c.last;
      const gap = l.y - prev.y;
      const sameSize = Math.abs(l.size - c.size) <= 0.1 * c.size;
      const indented = l.x0 - m.left >= 1.2 * l.size;
      // a line ending early is the end of a paragraph, unless the next line starts with an
      // unbreakable word (a number, a URL, "〔2021〕30") that did not fit at its end
      const word = /^[〔（(［[【《“‘]?[0-9A-Za-z][0-9A-Za-z.,:/\\\-_%#@&?=~+]*[〕）)］\]】》”’]?/.exec(text)?.[0] ?? '';
      const wordWidth = [...word].reduce((w, ch) => w + (CJK.test(ch) ? 1 : 0.6) * l.size, 0);
      const prevShort = prev.x1 < m.right - Math.max(3 * prev.size, wordWidth + 1.5 * prev.size);
      const numbered = SECTION.test(text) && /[。：:；;！？!?）)]$|^\S{0,20}$/.test(c.text.trim()) ;
      fresh = c.kind !== kind || !sameSize || gap > 2.2 * l.size || gap < 0;
      if (!fresh && kind === 'paragraph') fresh = indented || prevShort || numbered || SECTION.test(text) && prevShort;
      if (!fresh && kind === 'heading') fresh = NUMBERED.test(text) && !prevShort;
    }
    if (fresh) {
      flush();
      cur = { kind, text, size: l.size, last: l };
    } else if (cur) {
      const c: { text: string; last: Line } = cur;
      c.text = joinText(c.text, text, false);
      c.last = l;
    }
  }
  flush();
  return out;
}
