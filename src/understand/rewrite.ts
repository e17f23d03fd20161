/**
 * The words of a message as the bot knows them: sound-alike typos of domain terms corrected
 * (typos.ts), then everyday synonyms read as the domain word (synonyms.ts). Runs once per message,
 * after normalize() and the courtesy strip, before slots, figures and intents are looked for.
 */
import { TypoIndex } from './typos.js';
import { applySynonyms, type SynonymTable } from './synonyms.js';
import { cut, cutExact } from './segment.js';
import { BoundedMemo, READING_MEMO_MAX } from './memo.js';
import { readPinyinSentence } from './pinyin-sentence.js';
import { readInitials } from './initials.js';

export interface Rewriter {
  (norm: string): string;
  typos: TypoIndex;
}

export interface RewriteSources {
  /** Domain terms: figure words, office names, domain dictionary. */
  terms: Iterable<string>;
  /** Intent examples and titles: their words are domain terms too. */
  phrases: Iterable<string>;
  /** The domain's own terms (figure words of the national format): read from initials when no example uses them. */
  domain?: Iterable<string>;
  synonyms?: SynonymTable;
  /** Words right as typed (report and intent vocabulary). */
  known: (w: string) => boolean;
}

/** Nouns that name the information someone asks for ("…的文件", "…方案", "…档案"). */
export const DOCUMENT = /^(文件|信息|资料|档案|材料|方案|合同|记录|图纸|批复|通知|政策|规划|预算|决算|名单|清单|标准|报告|纪要|红头文件|公文)$/;

/**
 * "我要查拆迁补偿方案的文件，怎么申请": the words that describe the information wanted (拆迁, 补偿) are
 * whatever the citizen needs, not the topic of the question. Words before a document noun that neither
 * the intents nor the report know are left out, so they do not make a how-to-apply question look
 * off-topic; known words stay (they may name a figure or a passage of the report).
 */
/** Verbs of asking for information. */
// (not 要 of a thing about to happen, "小区要拆了", "那条路要修": a story, no request)
const REQUEST = /申请|要(?![拆建修搬盖征涨降])|查|调取|获取|索取|复印|拿到|公开/;

/** A how-many ("几条", "多少件"): never a count said in the story ("一条信息记错了"). */
const HOW_MANY_WORD = /^(?:几|多少|好多)[条件个篇项份批]?$/;

/** A year said in words ("前年", "去年", "上年"): which report, never the information's name. */
const YEAR_WORD = /^(?:大前年|前年|去年|今年|明年|本年|上年|当年|往年|同年|次年)(?:度)?$/;

/** A word holding a negation ("不到", "没有", "未予"). */
const NEGATION_IN = /[不没未]/;

export function dropRequestedObject(text: string, known: (w: string) => boolean): string {
  // only in a request for information ("我要查…文件", "想申请公开…方案"): "上海的落户政策是什么" is off-topic
  if (!REQUEST.test(text) || !cut(text).some((t) => DOCUMENT.test(t))) return text;
  // dictionary words only: jieba's guesses glue verbs to the object (要查)
  const tokens = cutExact(text);
  const drop = new Set<number>();
  tokens.forEach((tok, k) => {
    if (!DOCUMENT.test(tok)) return;
    for (let j = k - 1; j >= 0; j--) {
      const t = tokens[j]!;
      if (t === '的' || DOCUMENT.test(t)) continue;
      // (a how-many is the question, never part of the information's name: "主动公开了几条信息")
      // (nor is a year: "前年的报告" names the report asked)
      // (nor a negation, "拿不到信息": dropped, the message would say the opposite)
      if (!/^\p{Script=Han}{2,}$/u.test(t) || known(t) || HOW_MANY_WORD.test(t) || YEAR_WORD.test(t) || NEGATION_IN.test(t)) break;
      drop.add(j);
    }
  });
  if (!drop.size) return text;
  let out = '';
  let pos = 0;
  tokens.forEach((tok, k) => {
    const at = text.indexOf(tok, pos);
    if (at < 0) return;
    out += text.slice(pos, at) + (drop.has(k) ? '' : tok);
    pos = at + tok.length;
  });
  return (out + text.slice(pos)).replace(/的+(?=的)/g, '');
}

/**
 * "具体地址", "咨询热线电话": a dictionary word nobody wrote in an intent, made of a word the bot knows and
 * a modifier. The known word is cut loose (具体 地址), so the question is read by the word it knows.
 */
/**
 * A place's name cut as one word ("二郎街道", "梅子镇"): read whole by the slots, never split into a modifier and a
 * known word (二郎 街道). (jieba's dictionary is shared by the process, so another office's name may be a word.)
 */
// (or an office's, "呼伦贝尔经济技术开发区", "旌德县文化和旅游局", cut whole after another set of reports put it in the dictionary)
const PLACE_WORD = /^\p{Script=Han}{2,4}(?:街道|[镇乡县])$|^\p{Script=Han}{3,14}(?:开发区|新区|实验区|[区市旗州盟局委厅]|管委会|委员会|人民政府)$/u;

export function splitCompounds(text: string, terms: Set<string>, known: (w: string) => boolean): string {
  const tokens = cut(text);
  let changed = false;
  const parts = tokens.map((tok) => {
    if (tok.length < 3 || !/^\p{Script=Han}+$/u.test(tok) || terms.has(tok) || known(tok) || PLACE_WORD.test(tok)) return tok;
    // the longest known word at the end (具体地址 → 地址), else at the start (电话号 → 电话)
    // the modifier is a word too (具体, 咨询): "多少次" is not "多少" + "次"
    for (let n = tok.length - 2; n >= 2; n--) {
      if (terms.has(tok.slice(-n))) return (changed = true), `${tok.slice(0, -n)} ${tok.slice(-n)}`;
      if (terms.has(tok.slice(0, n))) return (changed = true), `${tok.slice(0, n)} ${tok.slice(n)}`;
    }
    return tok;
  });
  if (!changed) return text;
  // rebuild with the original separators
  let out = '';
  let pos = 0;
  tokens.forEach((tok, k) => {
    const at = text.indexOf(tok, pos);
    if (at < 0) return;
    out += text.slice(pos, at) + parts[k];
    pos = at + tok.length;
  });
  return out + text.slice(pos);
}

/** The weight of a domain term no example uses: below any term an example uses once. */
const DOMAIN_TERM_WEIGHT = 0.5;

export function createRewriter(src: RewriteSources): Rewriter {
  const terms = new Set<string>();
  for (const t of src.terms) terms.add(t);
  for (const p of src.phrases) for (const w of cut(p)) if (/^\p{Script=Han}{2,}$/u.test(w)) terms.add(w);
  // the synonyms' targets and everyday words are terms too (门牌 typed as 门派 is still 地址)
  for (const [w, c] of src.synonyms ?? []) terms.add(w).add(c);
  const typos = new TypoIndex(terms, { known: src.known });
  // how often the intents' examples and titles use each word: which of several terms a run of initials means
  const uses = new Map<string, number>();
  for (const p of src.phrases) for (const w of cut(p)) if (/^\p{Script=Han}{2,}$/u.test(w)) uses.set(w, (uses.get(w) ?? 0) + 1);
  // (a figure word of the format no example spells out, 行政许可 of "xzxk": a term of the domain, weighed least)
  const domain = new Set(src.domain ?? []);
  const weight = (t: string): number => uses.get(t) ?? (domain.has(t) ? DOMAIN_TERM_WEIGHT : 0);
  const memo = new BoundedMemo<string, string>(READING_MEMO_MAX);
  const fn = ((norm: string) => {
    const hit = memo.get(norm);
    if (hit !== undefined) return hit;
    // (a question typed all in pinyin: its words read back into characters first)
    // (and terms typed by their initials: "zdgk" 主动公开)
    let s = typos.correct(readInitials(readPinyinSentence(norm, terms), typos, weight)).text;
    if (src.synonyms) s = applySynonyms(s, src.synonyms);
    s = dropRequestedObject(s, src.known);
    s = splitCompounds(s, terms, src.known);
    memo.set(norm, s);
    return s;
  }) as Rewriter;
  fn.typos = typos;
  return fn;
}
