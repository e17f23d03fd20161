/** Narrative sections → sentence passages with stable ids ("一.(二).3", "前言.2", "五.(一).1"). */
import type { Passage } from '../types.js';
import type { Section } from './sections.js';
import { splitSentences } from './util.js';

/** A numbered lead that states a count in a clause of its own, not a title ("（二）2023年,吉亚乡受理依申请公开0件"). */
const LEAD_STATES_COUNT = /[,，][^,，]*\d+\s*[件条个次项份篇]/;
const NARRATIVE = new Set(['前言', '一', '五', '六']);
const SUB = /^\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*/;
/** A numbered lead, a colon, then content with a figure ("（五）回应舆情关切情况 :回应公众关注热点6次,回复网民留言21次。"). */
const LEAD_THEN_CONTENT = /^([（(]\s*[一二三四五六七八九十]+\s*[）)][^:：。]{2,24}?)\s*[:：]\s*(.*\d.*)$/s;
const DATE_ONLY = /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]?$/;

/** The table sections: their cells are no passages, but a sentence around a table may state its figures. */
const TABLE_SECTIONS = new Set(['二', '三', '四']);
/**
 * A sentence of a table section that tells figures in words ("2019年度收到依申请公开2件，均为网络申请件"):
 * running text (a stop or a comma, eight Chinese characters in a row) with a counted figure (requests in 份 too, "共收到8份政府信息公开申请"); a table's
 * cells, printed one per line, have neither.
 */
// (or says in words that there was none, "2021年,我局未收到政府信息公开申请": a count of 0 — cut off in the word too, as a
// page's opening may be, "…未收到政府信息公开申")
function statesFigures(text: string): boolean {
  return /[，,。；;]/.test(text) && /\p{Script=Han}{8,}/u.test(text) && (/\d+\s*(?:余|多)?\s*[件条个次项份]/.test(text) || NONE_RECEIVED.test(text));
}
/** A sentence saying no request was received ("未收到政府信息公开申请", "没有接到…申请"). */
const NONE_RECEIVED = /(?:未|没有)(?:收到|接到|受理|接收到?)[^，。,；;]{0,16}申/;

export function buildPassages(sections: Section[], skipLines: Set<string>): Passage[] {
  const out: Passage[] = [];
  for (const sec of sections) {
    if (TABLE_SECTIONS.has(sec.id)) {
      let n = 0;
      for (const b of sec.blocks) {
        if (b.kind === 'table' || !statesFigures(b.text)) continue;
        for (const s of splitSentences(b.text.trim())) if (statesFigures(s) || /\d+\s*[件条个次项份]/.test(s) || NONE_RECEIVED.test(s)) out.push({ id: `${sec.id}.${++n}`, section: sec.id, text: s });
      }
      continue;
    }
    if (!NARRATIVE.has(sec.id)) continue;
    let sub: { key: string; heading: string } | undefined;
    const counters = new Map<string, number>();
    const push = (text: string) => {
      const key = sub ? `${sec.id}.${sub.key}` : sec.id;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      const p: Passage = { id: `${key}.${n}`, section: sec.id, text };
      if (sub) p.heading = sub.heading;
      out.push(p);
    };
    for (const b of sec.blocks) {
      if (b.kind === 'table') continue;
      let text = b.text.trim().replace(/<((?:https?|ftp):\/\/[^>\s]+)>/g, '$1');
      const compact = text.replace(/\s+/g, '');
      if (!compact || DATE_ONLY.test(compact) || skipLines.has(compact)) continue;
      const m = SUB.exec(text);
      if (m) {
        const sentences = splitSentences(text);
        const first = sentences[0] ?? text;
        // The sub-item heading is the numbered lead ("（二）依申请公开情况"), up to its first stop.
        const heading = b.kind === 'heading' ? text.replace(/[。.]$/, '') : first.replace(/[。.:：]$/, '');
        // (a lead with its content after a colon, "（一）主动公开政府信息的数量:2021年主动公开政务信息20条。": the
        // words before the colon are the heading, the content a sentence of its own)
        const told = b.kind === 'heading' ? null : LEAD_THEN_CONTENT.exec(first);
        if (told && heading.length <= 40) {
          sub = { key: `(${m[1]})`, heading: told[1]! };
          text = [told[2]!, ...sentences.slice(1)].join('\n');
        } else if (b.kind !== 'heading' && LEAD_STATES_COUNT.test(first)) {
          // (a lead that is itself a sentence stating a count, "（二）2023年,吉亚乡受理依申请公开0件。": no title, the
          // sentence kept)
          sub = { key: `(${m[1]})`, heading: `（${m[1]}）` };
        } else {
          sub = { key: `(${m[1]})`, heading: heading.length <= 40 ? heading : `（${m[1]}）` };
          if (b.kind === 'heading') continue;
          text = heading.length <= 40 ? sentences.slice(1).join('\n') : text;
        }
      }
      for (const s of splitSentences(text)) push(s);
    }
  }
  return out;
}

