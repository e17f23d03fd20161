/**
 * Place names of the loaded offices written in pinyin ("Mianyang ecology and environment bureau",
 * "Dingshu town", "xuwen 司法局") read as the Chinese place, so an English or pinyin question names its
 * office. The places' pinyin is read when a message holds a Latin word the glossary left, from the
 * files of sounds.ts (pinyin-pro itself only when they lack this list of places).
 */
import { shortPlace, splitOffice } from './office-names.js';
import { Sounds } from './sounds.js';

/** The places' syllables come from the files sounds.ts keeps (pinyin-pro only when they miss). */
let sounds: Sounds | undefined;

/** A Latin word long enough to be a place in pinyin (two syllables at least). */
const LATIN_WORD = /[a-z]{4,}/;

/** pinyin (toneless, no spaces) → the place's short Chinese name, per list of office names. */
const maps = new WeakMap<readonly string[], Map<string, string>>();

function placeMap(offices: readonly string[]): Map<string, string> {
  let map = maps.get(offices);
  if (map) return map;
  map = new Map();
  const shorts: string[] = [];
  for (const office of offices) {
    for (const place of splitOffice(office).places) {
      const short = shortPlace(place);
      if (short.length >= 2) shorts.push(short);
    }
  }
  sounds ??= new Sounds();
  const syllables = sounds.syllables(shorts);
  shorts.forEach((short, i) => {
    const py = syllables[i]!.join('');
    if (!map.has(py)) map.set(py, short);
  });
  maps.set(offices, map);
  return map;
}

/**
 * Terms of the reports' tables and of applying, typed in pinyin ("buyu gongkai", "wufa tigong", "xingzheng
 * shiyexing shoufei"): read as the Chinese term. Only whole terms, so an English word is never read as one.
 */
export const LATIN_TERMS: readonly string[] = [
  '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '本年新收', '上年结转', '结转下年度',
  '行政复议', '行政诉讼', '行政许可', '行政处罚', '行政强制', '行政事业性收费', '规范性文件', '现行有效',
  '依申请公开', '主动公开', '信息公开', '政府信息公开', '信息处理费', '申请', '申请表', '补正', '答复',
  '年报', '年度报告', '电话', '地址', '邮编', '联系方式', '多少', '几件', '收费',
];

/** A term's pinyin is read only at this length at least (shorter runs are English words as often). */
const TERM_MIN_LETTERS = 5;

let termMap: Map<string, string> | undefined;
function terms(): Map<string, string> {
  if (termMap) return termMap;
  sounds ??= new Sounds();
  const syllables = sounds.syllables([...LATIN_TERMS]);
  termMap = new Map();
  LATIN_TERMS.forEach((t, i) => {
    const py = syllables[i]!.join('');
    if (py.length >= TERM_MIN_LETTERS && !termMap!.has(py)) termMap!.set(py, t);
  });
  return termMap;
}

/** A place of three characters or more by its syllables' initials ("ngq" for 南岗区): its short name. */
const initialsMaps = new WeakMap<readonly string[], Map<string, string>>();
function initialsMap(offices: readonly string[]): Map<string, string> {
  let map = initialsMaps.get(offices);
  if (map) return map;
  map = new Map();
  sounds ??= new Sounds();
  const places = [...new Set(offices.flatMap((o) => splitOffice(o).places))].filter((p) => p.length >= 3);
  const syllables = sounds.syllables(places);
  const seen = new Set<string>();
  places.forEach((p, i) => {
    const ini = syllables[i]!.map((x) => x[0]).join('');
    // (two places with the same initials: neither)
    if (seen.has(ini)) map!.delete(ini);
    else map!.set(ini, p);
    seen.add(ini);
  });
  initialsMaps.set(offices, map);
  return map;
}

/** Runs of Latin words read as terms, longest first (up to four words: "xingzheng shiyexing shoufei"). */
function readLatinTerms(text: string): string {
  const map = terms();
  return text.replace(/[a-z]+(?:\s+[a-z]+){0,3}/g, (run) => {
    const words = run.split(/\s+/);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let took = 0;
      for (let n = words.length - i; n >= 1 && !took; n--) {
        const hit = map.get(words.slice(i, i + n).join(''));
        if (hit) (out.push(hit), (took = n));
      }
      if (!took) (out.push(words[i]!), (took = 1));
      i += took;
    }
    return out.join(' ');
  });
}

/**
 * Words the input method left half in pinyin ("申qing", "zheng府xin息gong开", "电hua", "网zhi", "ban公室"): each
 * character of the word typed as itself or as its syllable. The terms above and these everyday words of asking.
 */
const MIXED_TERMS: readonly string[] = [
  ...LATIN_TERMS, '政府', '信息', '公开', '办公室', '网址', '网站', '邮箱', '联系', '联系人', '交钱', '收钱', '要钱', '复议', '诉讼',
  '起诉', '多久', '时间', '材料', '文件', '部门', '科室', '工作日', '免费', '申请书', '政府信息', '怎么', '哪里',
];

/** A term's pattern: each character as itself or as its syllable, spaces allowed between. Longest terms first. */
let mixedCache: { patterns: { term: string; re: RegExp }[]; any: RegExp } | undefined;
function mixed(): { patterns: { term: string; re: RegExp }[]; any: RegExp } {
  if (mixedCache) return mixedCache;
  sounds ??= new Sounds();
  const list = [...new Set(MIXED_TERMS)].sort((a, b) => b.length - a.length);
  const syllables = sounds.syllables(list);
  const patterns = list.flatMap((term, i) => {
    const syl = syllables[i]!;
    return syl.length === term.length ? [{ term, src: [...term].map((ch, k) => `(?:${ch}|${syl[k]})`).join('\\s*') }] : [];
  });
  // (a syllable is a whole Latin word or a part of one the term's other syllables complete: never inside an English word)
  return (mixedCache = {
    patterns: patterns.map(({ term, src }) => ({ term, re: new RegExp(`^(?:${src})$`) })),
    any: new RegExp(`(?<![a-z])(?:${patterns.map((p) => p.src).join('|')})(?![a-z])`, 'g'),
  });
}

/** A verb asked as A-not-A with the negation in pinyin ("要bu要", "有mei有"). */
const A_NOT_A_PINYIN = /(\p{Script=Han})\s*(bu|mei)\s*\1/gu;

/** The message with half-pinyin words read as the Chinese word (only where a Latin letter was replaced). */
export function readMixedTerms(text: string): string {
  if (!/[a-z]/.test(text) || !/\p{Script=Han}/u.test(text)) return text;
  const { patterns, any } = mixed();
  const read = text
    .replace(any, (m) => (/[a-z]/.test(m) ? patterns.find((p) => p.re.test(m))?.term ?? m : m))
    .replace(A_NOT_A_PINYIN, (_m, v: string, neg: string) => `${v}${neg === 'bu' ? '不' : '没'}${v}`);
  return read === text ? text : read.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
}

/** The message with the loaded offices' places (and the domain's terms) written in pinyin read as Chinese. */
export function readLatinPlaces(given: string, offices: readonly string[]): string {
  const text = readMixedTerms(given);
  if (!LATIN_WORD.test(text) && !/\b[a-z]{3}\b/.test(text)) return text;
  if (!offices.length) return text;
  const map = placeMap(offices);
  const initials = initialsMap(offices);
  const placed = text.replace(/[a-z]+(?:\s+[a-z]+)?/g, (w) => map.get(w.replace(/\s+/g, '')) ?? (w.includes(' ') ? w.split(/\s+/).map((x) => map.get(x) ?? x).join(' ') : w));
  // (a place by its initials, three letters alone: "ngq 2022 …")
  const byInitials = placed.replace(/(?<![a-z])[a-z]{3}(?![a-z])/g, (w) => initials.get(w) ?? w);
  const read = LATIN_WORD.test(byInitials) ? readLatinTerms(byInitials) : byInitials;
  // the place now written in characters joins the words around it ("徐闻 司法局" → 徐闻司法局)
  if (read === text) return text;
  const joined = read.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
  // (a place given in pinyin and then in characters, "Qinbei District 钦北区": named once)
  const places = new Set(map.values());
  return joined.replace(/(\p{Script=Han}{2,8})\1/gu, (m, x: string) => ([...places].some((p) => x.startsWith(p)) ? x : m));
}
