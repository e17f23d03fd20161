/**
 * Domain terms typed by the first letters of their pinyin, as people do on a phone or in a hurry: "zdgk" 主动公开,
 * "gfxwj" 规范性文件, "gzh" 公众号, "zf办" 政府办, "yx" 邮箱. A run of Latin consonants (no vowel: no English or pinyin
 * word is made of consonants alone) standing apart from other Latin letters is read as the domain term with those
 * initials — the one the intents and figure words use most when several share them. Common Latin abbreviations
 * (pdf, qq, www, …) are left as typed.
 */
import type { TypoIndex } from './typos.js';

/** A run of two to six consonants, no other Latin letter or digit glued to it ("zdgk", "zf" of "zf办"). */
// (not before a place's level: "wt镇" is a town's name in initials, 望疃镇, never 问题镇)
const CONSONANT_RUN = /(?<![a-z0-9])[bcdfghjklmnpqrstwxyz]{2,6}(?![a-z0-9]|[镇乡县区市村旗]|街道)/g;
/** Any consonant run at all (the cheap test first: most messages have no Latin letters). */
const ANY_RUN = /[bcdfghjklmnpqrstwxyz]{2}/;

/** Latin abbreviations of their own, never pinyin initials (files, apps, sites, units, titles). */
const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'pdf', 'wps', 'qq', 'sms', 'www', 'html', 'htm', 'http', 'https', 'xml', 'xls', 'xlsx', 'doc', 'docx', 'ppt', 'pptx', 'jpg', 'png', 'gif', 'txt', 'csv',
  'cctv', 'tv', 'pc', 'cd', 'dvd', 'mp', 'hr', 'pr', 'ps', 'kg', 'km', 'cm', 'mm', 'ml', 'gb', 'mb', 'kb', 'tb', 'nb', 'sb', 'dj', 'ktv', 'pm', 'gdp', 'cpi', 'ppp', 'bbs', 'rss', 'ftp', 'vpn', 'wwdc', 'st', 'nd', 'rd', 'th', 'mr', 'ms', 'dr', 'jr', 'ltd', 'pls', 'plz', 'thx', 'thks', 'msg', 'hmm', 'hm', 'mmm', 'zzz',
]);

/** Shorthand of the channels a report counts, which no intent word spells out ("gzh" 公众号, "wx" 微信). */
const CHANNEL_SHORTHAND: Readonly<Record<string, string>> = { gzh: '公众号', wx: '微信', vx: '微信' };
/** 街道 typed by its initials right after a place's name ("江东jd"). */
const STREET_AFTER_PLACE = /\p{Script=Han}$/u;

/** The message with each run of initials read as its term; `weight` ranks terms that share initials. */
export function readInitials(text: string, typos: TypoIndex, weight: (term: string) => number): string {
  if (!ANY_RUN.test(text)) return text;
  return text.replace(CONSONANT_RUN, (run, at: number) => {
    if (LATIN_ABBREVIATIONS.has(run)) return run;
    const fixed = CHANNEL_SHORTHAND[run];
    if (fixed) return fixed;
    if (run === 'jd' && STREET_AFTER_PLACE.test(text.slice(0, at))) return '街道';
    const terms = typos.byInitials(run);
    if (!terms.length) return run;
    let best = terms[0]!;
    for (const t of terms) if (weight(t) > weight(best)) best = t;
    // (a term nobody uses in the intents or figure words is no reading of a shorthand)
    return weight(best) > 0 ? best : run;
  });
}
