/**
 * Place names of the loaded offices written in pinyin ("Mianyang ecology and environment bureau",
 * "Dingshu town", "xuwen 司法局") read as the Chinese place, so an English or pinyin question names its
 * office. The places' pinyin is read when a message holds a Latin word the glossary left, from the
 * files of sounds.ts (pinyin-pro itself only when they lack this list of places).
 */
import { shortPlace, splitOffice } from './slots.js';
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

/** The message with the loaded offices' places written in pinyin read as Chinese. */
export function readLatinPlaces(text: string, offices: readonly string[]): string {
  if (!LATIN_WORD.test(text) || !offices.length) return text;
  const map = placeMap(offices);
  const read = text.replace(/[a-z]+(?:\s+[a-z]+)?/g, (w) => map.get(w.replace(/\s+/g, '')) ?? (w.includes(' ') ? w.split(/\s+/).map((x) => map.get(x) ?? x).join(' ') : w));
  // the place now written in characters joins the words around it ("徐闻 司法局" → 徐闻司法局)
  return read === text ? text : read.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
}
