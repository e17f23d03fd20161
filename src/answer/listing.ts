/**
 * A long listing sentence quoted from a report ("共发布信息379条，涉及…53个栏目，其中：发布本级政府文件1条，…，公共资源交易148条，…")
 * shortened to what was asked: the sentence up to its 其中, then the items that name a word of the question, the rest
 * left out with a mark — a chat answer of a few lines, not a paragraph of twenty counts.
 */
import { contentWords } from './retrieve.js';

/** A quote at or under this many characters is kept whole: only a real paragraph of counts is shortened. */
export const LISTING_MAX_CHARS = 200;
/** A listing has at least this many counted items after its 其中 (fewer read well as they are). */
const LISTING_MIN_ITEMS = 6;
/** Where the list begins ("其中：", "其中,", "包括："). */
const LIST_OPENS = /(?:其中|包括|分别为|分别是)\s*[:：,，]/;
/** Where one item ends in the list (、 only when the list uses no commas: "分解、执行及落实情况12条" is one item). */
const ITEM_BREAK = /[,，;；]\s*/;
const ITEM_BREAK_NARROW = /[,，;；、]\s*/;
/** An item that counts something ("社会保障23条", "政策解读11篇"). */
const COUNTED_ITEM = /\d+(?:\.\d+)?\s*[条件个项篇份次场期家人名批部套]/;
/** Words of a question that name no item of a list (the domain's own, and the counting words). */
const GENERIC = /^(?:信息|政府信息|公开|主动公开|政府|发布|多少|一共|总共|共|全年|报告|年报|方面|情况|数量|数)$/;

/**
 * The line shortened when it is a long listing and the question names some of its items (or none: the head alone,
 * the list marked as left out). Undefined when the line is no such listing or is short enough.
 */
export function shortenListing(line: string, question: string): string | undefined {
  if (line.length <= LISTING_MAX_CHARS) return undefined;
  // (a list with no word opening it, "…主动公开的信息中文秘工作为4条、电子政务2条、…": its first item keeps the words before it)
  const open = LIST_OPENS.exec(line) ?? { index: 0, 0: '' };
  const head = line.slice(0, open.index + open[0].length).replace(/[,，]$/, '：');
  const rest = line.slice(open.index + open[0].length);
  const end = /[。；;]\s*$/.exec(rest);
  const body = end ? rest.slice(0, end.index) : rest;
  const wide = body.split(ITEM_BREAK).map((x) => x.trim()).filter(Boolean);
  const items = wide.length >= LISTING_MIN_ITEMS ? wide : body.split(ITEM_BREAK_NARROW).map((x) => x.trim()).filter(Boolean);
  if (items.filter((x) => COUNTED_ITEM.test(x)).length < LISTING_MIN_ITEMS) return undefined;
  const words = contentWords(question).filter((w) => w.length >= 2 && !GENERIC.test(w));
  const asked = items.filter((x) => words.some((w) => x.includes(w)));
  // (no opening word: the first item, which holds the sentence's subject, always said)
  const kept = head || !items.length ? asked : [...new Set([items[0]!, ...asked])];
  const left = items.length - kept.length;
  if (!left || (!head && kept.length < 2)) return undefined;
  const told = kept.length ? `${kept.join('，')}……（另列有${left}项，此处从略）` : `……（列有${items.length}项，此处从略）`;
  return `${head}${told}。`;
}
