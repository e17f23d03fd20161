/**
 * Reports in traditional characters: some mirror sites serve a mainland report converted to traditional
 * characters (湖南省公安廳…政府信息公開工作報告). The parser and the lexicon read simplified text, so such a
 * document is converted back (opencc-js, Taiwan's characters and phrases → cn), before it is read; a document
 * in simplified characters is left untouched and opencc-js is not even loaded for it.
 */
import { createRequire } from 'node:module';
import type { Block, Document } from '../types.js';

/**
 * Common characters that exist only in traditional writing (their simplified forms differ), none of
 * them used in mainland simplified text: a document holding many is written in traditional characters.
 */
const TRADITIONAL_ONLY = new Set('們為這來個說時會國學後與對過開關門見問題號報處發種業區縣機構務網電話請讀應該經資條決議複訴訟廳總數據統計製聯繫維駁員級費劃');

/**
 * At least this many traditional-only characters, and at least this share of the Han characters: a
 * simplified report quoting a traditional name or two (a Hong Kong company, 臺灣) stays as it is.
 */
export const TRADITIONAL_MIN_CHARS = 20;
export const TRADITIONAL_MIN_SHARE = 0.02;

const HAN = /\p{Script=Han}/u;

function textsOf(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [b.text]));
}

/** Whether the document is written in traditional characters. */
export function isTraditional(doc: Document): boolean {
  let han = 0;
  let trad = 0;
  for (const t of textsOf(doc.blocks)) {
    for (const ch of t) {
      if (!HAN.test(ch)) continue;
      han++;
      if (TRADITIONAL_ONLY.has(ch)) trad++;
    }
  }
  return trad >= TRADITIONAL_MIN_CHARS && trad >= han * TRADITIONAL_MIN_SHARE;
}

const converters = new Map<string, (s: string) => string>();

/**
 * The converter from Taiwan's characters ('tw'), or from its characters and phrases ('twp'): a mirror converting to
 * Taiwan's usage writes 資訊 for 信息, 檔案 for 文件 and 網路 for 网络, which character by character stay 资讯, 档案 and
 * 网路 — words no lexicon of the national format reads; a mirror converting character by character keeps 信息 and 文件,
 * which the phrases would turn into 文档.
 */
function converter(from: 'tw' | 'twp'): (s: string) => string {
  let c = converters.get(from);
  if (!c) {
    const require = createRequire(import.meta.url);
    const { Converter } = require('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    converters.set(from, (c = Converter({ from, to: 'cn' })));
  }
  return c;
}

/** Taiwan's word for 信息 (資訊), and the mainland word a character-by-character mirror keeps (信息). */
const TAIWAN_INFORMATION = /資訊/;
const MAINLAND_INFORMATION = /信息/;

/**
 * Taiwan's words a mirror puts in for the mainland's while it keeps 信息 (so the character conversion is the one chosen):
 * 規範性檔案 for 规范性文件, 入口網站 for 门户网站, 最佳化 for 优化. Converted back, after the characters, only in a
 * document that was converted, and only where the word cannot be the mainland's own (档案 alone is also an archive).
 */
const MIRROR_WORDS: readonly [RegExp, string][] = [
  [/(规范性|政策|部门|红头|公开|相关|上级|法规)档案/g, '$1文件'],
  [/入口网站/g, '门户网站'],
  [/最佳化/g, '优化'],
  [/计画/g, '计划'],
  [/(办理|工作|审批|申请)程式/g, '$1程序'],
];
function mainlandWords(text: string): string {
  let t = text;
  for (const [re, to] of MIRROR_WORDS) t = t.replace(re, to);
  return t;
}

/** The document in simplified characters, and whether it had to be converted. */
export function simplifiedDocument(doc: Document): { doc: Document; converted: boolean } {
  if (!isTraditional(doc)) return { doc, converted: false };
  const all = textsOf(doc.blocks).join('\n');
  // (the Taiwan word more often than the mainland one: a title line typed in simplified may still say 信息 once)
  const count = (re: RegExp) => all.match(new RegExp(re.source, 'g'))?.length ?? 0;
  const c = converter(count(TAIWAN_INFORMATION) > count(MAINLAND_INFORMATION) ? 'twp' : 'tw');
  const cc = (t: string) => mainlandWords(c(t));
  const blocks: Block[] = doc.blocks.map((b) =>
    b.kind === 'table' ? { kind: 'table', rows: b.rows.map((r) => r.map(cc)) } : { ...b, text: cc(b.text) },
  );
  return { doc: { ...doc, blocks }, converted: true };
}
