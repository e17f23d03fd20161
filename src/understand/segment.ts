/**
 * Segmentation with jieba (@node-rs/jieba: the same dictionary and algorithm as nodejieba, a
 * prebuilt binary, ~0.2 s to load instead of ~1 s) plus a domain dictionary, so that terms such as
 * 依申请公开 or 行政规范性文件 stay whole.
 */
import { Jieba } from '@node-rs/jieba';
import { fullDictionary, leanBase, materialWords, PLACEHOLDER } from './lean-dict.js';
import { BoundedMemo, READING_MEMO_MAX } from './memo.js';

/** Domain terms that jieba's general dictionary splits. More come from the metric lexicon at load. */
export const DOMAIN_TERMS = [
  '依申请公开', '主动公开', '政府信息公开', '政务公开', '信息公开', '不予公开', '予以公开', '部分公开', '无法提供',
  '不予处理', '其他处理', '行政规范性文件', '规范性文件', '行政复议', '行政诉讼', '行政许可', '行政处罚', '行政强制',
  '行政事业性收费', '信息处理费', '年度报告', '年报', '上年结转', '结转下年度', '自然人', '法人', '商业企业',
  '科研机构', '社会公益组织', '法律服务机构', '第三方', '国家秘密', '过程性信息', '内部事务', '行政执法案卷',
  '行政查询', '信访', '重复申请', '公开出版物', '补正', '工作日', '数据电文', '身份证明', '联系方式', '邮编',
  '邮政编码', '电子邮箱', '政务新媒体', '政务公开专区', '新媒体', '申请表', '公开指南', '复议前置', '现行有效',
  '制发', '废止', '办理结果', '咨询电话', '联系电话', '办公地址', '信息科', '政府网站', '门户网站', '统计期限',
  // (the gazette, a channel of proactive disclosure most reports count: "公抱" typed for it)
  '公报',
  // the time limits, each one thing ("答复期限多长" is not the limit of a suit)
  '答复期限', '复议期限', '起诉期限', '诉讼期限', '补正期限',
  // (the disclosure day many reports tell of, "5·15政务公开日": one thing, never 公开 and a day)
  '政务公开日',
];

/**
 * Everyday words newer than jieba's dictionary (2012): without them 微信 cuts as 微/信, and a lone 信 is
 * open to the typo pass (微信申请 → 微新申请). Cut whole, they are words as typed.
 */
export const NEWER_WORDS = ['微信', '公众号', '小程序', '短信', '二维码', '扫码', '钉钉', '抖音', '微博', '视频号', '政务服务网', '手机号'];

let jieba: Jieba | undefined;
const added = new Set<string>();

/** The lean dictionary (lean-dict.ts) unless DISCLOSURE_JIEBA=full; its total and the frequencies kept. */
let lean: { total: number; kept: number } | undefined;
/** Words of the material loaded into the lean dictionary so far. */
const materialLoaded = new Set<string>();

function instance(): Jieba {
  if (!jieba) {
    if (process.env.DISCLOSURE_JIEBA === 'full') jieba = Jieba.withDict(fullDictionary());
    else {
      const base = leanBase();
      jieba = Jieba.withDict(Buffer.from(base.text));
      lean = { total: base.total, kept: base.kept };
    }
    addTerms(DOMAIN_TERMS);
    addTerms(NEWER_WORDS);
  }
  return jieba;
}

/**
 * The bot's material (intent texts, domain words, the reports' texts): the words of jieba's dictionary
 * that occur in it are put back into the lean dictionary, so the material is cut as with the full one.
 * Idempotent; a no-op with the full dictionary.
 */
export function addMaterial(texts: string[]): void {
  const j = instance();
  if (!lean) return;
  const lines: string[] = [];
  for (const line of materialWords(texts, () => leanBase())) {
    const [word = '', freq = '0'] = line.split(' ');
    if (materialLoaded.has(word)) continue;
    materialLoaded.add(word);
    lean.kept += Number(freq) || 0;
    // a domain term keeps its own frequency (addTerms); its dictionary frequency still leaves the placeholder
    if (!added.has(word)) lines.push(line);
  }
  if (!lines.length) return;
  lines.push(`${PLACEHOLDER} ${lean.total - lean.kept} x`);
  j.loadDict(Buffer.from(lines.join('\n')));
  forgetCuts();
}

/** Adds words to the user dictionary (idempotent). */
export function addTerms(terms: Iterable<string>): void {
  const j = jieba ?? instance();
  const lines: string[] = [];
  for (const t of terms) {
    const w = t.trim();
    if (w.length < 2 || added.has(w) || /\s/.test(w)) continue;
    added.add(w);
    lines.push(`${w} 200000 n`);
  }
  if (lines.length) {
    j.loadDict(Buffer.from(lines.join('\n')));
    forgetCuts();
  }
}

/**
 * Texts with a space kept in `recent`, pieces kept in `pieces` (a text without a space is one piece),
 * exact cuts in `exactRecent`. `pieces` keeps as many as the readings kept (memo.ts): with fewer, a
 * repeated question went back to jieba for its words (in-process over the bench's load, 2,000 pieces
 * instead of 10,000: 7,312 jieba cuts instead of 3,880). `recent` and `exactRecent` only save work
 * within a message and soon after: with 2,000 instead of 10,000 the bench's load makes the same jieba
 * cuts in the batch path and in-process (a text of several pieces is then joined from `pieces`), and
 * their ~4 MB of token arrays no longer count in the batch path's peak RSS, where V8 sizes the old
 * generation in proportion to the live heap (issue 15).
 */
const RECENT_MAX = 2_000;
const PIECES_MAX = READING_MEMO_MAX;
/** One message is cut several times (classifier, retrieval, vocabulary checks): keep recent cuts. */
const recent = new BoundedMemo<string, string[]>(RECENT_MAX);
/**
 * Cuts of space-free pieces. jieba cuts a text block by block, and a space is never inside a block
 * (its blocks are runs of Han characters, Latin letters and digits; a space is a token of its own,
 * dropped here), so a text is cut as its pieces between spaces are. The clauses of a message, its
 * rewritten form and the classifier's text ("提交申请后多长时间答复 zmetric") share their pieces: over the
 * bench's load 8,152 texts went to jieba whole, 5,241 pieces when cut piece by piece (tested equal on
 * 28,000 texts with spaces put in at random, both with and without HMM).
 */
const pieces = new BoundedMemo<string, string[]>(PIECES_MAX);

function forgetCuts(): void {
  recent.clear();
  pieces.clear();
  exactRecent.clear();
  generation++;
}

/** Changes whenever words are added to the dictionary (cuts made before may differ from cuts made now). */
let generation = 0;

/** The dictionary's generation: a reading kept from a cut is stale once this has changed. */
export function cutGeneration(): number {
  return generation;
}

/**
 * Where a text is cut into pieces: a space, and the punctuation of questions. jieba's blocks are runs of
 * Han characters, Latin letters, digits and + # & . _ % -; anything else (these included) is a token of
 * its own between blocks, which cut() drops. So a text is cut as its pieces are, and the clauses of a
 * message ("行政复议几件，结果纠正的几件") and the message itself share their pieces' cuts (tested equal
 * on every question, intent example and report passage, and on texts with these put in at random).
 */
const PIECE_BREAK = /[ ，。？！；：、,?!;:]/;
const PIECE_BREAKS = /[ ，。？！；：、,?!;:]/g;

/** Tokens of a normalised text, white space and punctuation dropped. */
export function cut(text: string): string[] {
  if (!PIECE_BREAK.test(text)) return cutPiece(text);
  const hit = recent.get(text);
  if (hit) return hit;
  const tokens: string[] = [];
  for (const piece of text.split(PIECE_BREAKS)) if (piece) for (const t of cutPiece(piece)) tokens.push(t);
  recent.set(text, tokens);
  return tokens;
}

/** A token is a word when it has a letter or a digit (a common Chinese character is one). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** CJK Unified Ideographs of Unicode 1.1 (U+4E00–U+9FA5): letters (Lo), no need to ask the regular expression. */
const isCommonHan = (code: number) => code >= 0x4e00 && code <= 0x9fa5;

function cutPiece(piece: string): string[] {
  const hit = pieces.get(piece);
  if (hit) return hit;
  const tokens: string[] = [];
  for (const raw of instance().cut(piece, true)) {
    const t = raw.trim();
    if (t && (isCommonHan(t.charCodeAt(0)) || WORD_CHAR.test(t))) tokens.push(t);
  }
  pieces.set(piece, tokens);
  return tokens;
}

const exactRecent = new BoundedMemo<string, string[]>(RECENT_MAX);

/**
 * Dictionary-only tokens (no HMM guessing of unknown words), punctuation kept out: a character that
 * comes out alone is not part of any dictionary word here, which is what the typo pass needs to know.
 */
export function cutExact(text: string): string[] {
  const hit = exactRecent.get(text);
  if (hit) return hit;
  const tokens = instance().cut(text, false);
  exactRecent.set(text, tokens);
  return tokens;
}
