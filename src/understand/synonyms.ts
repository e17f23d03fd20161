/**
 * Domain synonyms as data (intents/synonyms.yml): the everyday words citizens use (号码, 门牌, 范本, 驳回)
 * are read as the word the intents and the figure lexicon know (电话, 地址, 申请表, 不予公开). Staff edit
 * the file without code; it is validated at load with Chinese errors naming the file and the item
 * (synonyms-validate.ts: zod is loaded only when the intents are validated, not on every start).
 *
 * Only whole words are replaced (jieba's cut of the message), so 号码 is read as 电话 but 电话号码 stays
 * as it is (the word the bot knows is already there).
 */
import { cut, cutExact } from './segment.js';

/** File name of the synonym table inside the intents folder. */
export const SYNONYMS_FILE = 'synonyms.yml';

/** everyday word → the word the bot knows */
export type SynonymTable = Map<string, string>;

/**
 * Single-character synonyms of a table ("告"), found by the table itself once (see `gluedParts`): the
 * characters, and their UTF-16 code units (a key of one character is one unit long), so that a token is
 * looked through by number, without an array and a string made for each of its characters.
 */
const singles = new WeakMap<SynonymTable, { keys: ReadonlySet<string>; units: ReadonlySet<number> }>();

function singleKeys(table: SynonymTable): { keys: ReadonlySet<string>; units: ReadonlySet<number> } {
  let s = singles.get(table);
  if (!s) {
    const keys = new Set([...table.keys()].filter((k) => k.length === 1));
    singles.set(table, (s = { keys, units: new Set([...keys].map((k) => k.charCodeAt(0))) }));
  }
  return s;
}

/** Whether some code unit of `tok` is one of `units`. */
function holdsUnit(tok: string, units: ReadonlySet<number>): boolean {
  for (let i = 0; i < tok.length; i++) if (units.has(tok.charCodeAt(i))) return true;
  return false;
}

/**
 * jieba's HMM glues an unknown run of characters into one word ("能告", "哪告", "我想告"), which hides a
 * one-character synonym inside it. Such a word, when it holds one, is read as its dictionary-only pieces
 * ("能/告"), so that the piece is replaced; a dictionary word that merely contains the character
 * (报告, 告诉) comes out whole from the dictionary-only cut and is left alone.
 */
function gluedParts(tok: string, table: SynonymTable): string[] | undefined {
  if (tok.length < 2) return undefined;
  const { keys, units } = singleKeys(table);
  if (!keys.size || !holdsUnit(tok, units)) return undefined;
  const parts = cutExact(tok);
  return parts.length > 1 && parts.some((p) => keys.has(p)) ? parts : undefined;
}

/** 告: to sue (an office: 行政诉讼) or to complain about someone. */
const COMPLAIN_OR_SUE = '告';
const LATIN_LETTER = /^[A-Za-z]/;
/** Parties after 告 that are no administrative body: neighbours, firms, people. */
const PRIVATE_PARTY_AFTER = /^(?:楼上|楼下|隔壁|邻居|物业|开发商|房东|老板|商家|公司|厂家|店家)/;

/** Whole-word replacement; a word whose replacement is already said next to it is left alone. */
/** Two characters across a cut that are one word ("一起" of 一/起算): the word after the cut is no synonym there. */
const WORD_ACROSS_CUT = /^(?:一起|一块)$/;
/** Two characters across a cut at a word's end that are one word (街道 of 哪个街/道): the word before the cut is no synonym there. */
const WORD_ACROSS_END = /^(?:街道)$/;

export function applySynonyms(text: string, table: SynonymTable): string {
  if (!table.size) return text;
  const cuts = cut(text);
  if (!cuts.some((t) => table.has(t) || gluedParts(t, table))) return text;
  const tokens = cuts.flatMap((t) => (table.has(t) ? [t] : gluedParts(t, table) ?? [t]));
  let out = '';
  let pos = 0;
  for (const tok of tokens) {
    const at = text.indexOf(tok, pos);
    if (at < 0) continue;
    out += text.slice(pos, at);
    const canonical = table.get(tok);
    // (around the word, not in it: 写明 holds 写)
    const near = canonical ? text.slice(Math.max(0, at - canonical.length), at) + ' ' + text.slice(at + tok.length, at + tok.length + canonical.length) : '';
    // (nor a word named by the number before it: "12345热线" is a service, not the office's phone)
    const numbered = /\d$/.test(text.slice(0, at));
    // (nor 告 of a neighbour or a firm: "告楼上漏水" is a complaint, no suit against an office, 行政诉讼)
    const privateParty = tok === COMPLAIN_OR_SUE && PRIVATE_PARTY_AFTER.test(text.slice(at + 1));
    // (nor an English word inside a longer one: jieba, given "sue", cuts "issued" as is/sue/d)
    const inWord = LATIN_LETTER.test(tok) && (LATIN_LETTER.test(text[at - 1] ?? '') || LATIN_LETTER.test(text[at + tok.length] ?? ''));
    // (nor a word jieba cut out of another: 起算 of "连结转的一起算", where 一起 is the word)
    // (or a word cut in two at its end: "哪个街/道" of 哪个街道, a sub-district asked, never 哪个地址)
    const cutFromWord = WORD_ACROSS_CUT.test(text.slice(Math.max(0, at - 1), at + 1)) || WORD_ACROSS_END.test(text.slice(at + tok.length - 1, at + tok.length + 1));
    out += canonical && !near.includes(canonical) && !numbered && !privateParty && !inWord && !cutFromWord ? canonical : tok;
    pos = at + tok.length;
  }
  return out + text.slice(pos);
}
