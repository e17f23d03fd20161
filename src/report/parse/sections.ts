/** Finds the title and the sections 一–六 of a report, whatever marks them (heading or plain paragraph). */
import type { Block } from '../types.js';
import { halfWidth } from './util.js';

export const SECTION_IDS = ['一', '二', '三', '四', '五', '六'] as const;
export type SectionId = (typeof SECTION_IDS)[number] | '前言';

export interface Section {
  id: SectionId;
  /** The heading as printed ("四、政务信息公开行政复议、行政诉讼情况"), absent for 前言. */
  heading?: string;
  blocks: Block[];
}

export interface Structure {
  title?: string;
  titleIndex: number;
  sections: Section[];
}

const SECTION_KEYWORDS: Record<(typeof SECTION_IDS)[number], RegExp> = {
  // (or the year's work told as such, "一、2023年工作开展情况")
  一: /总体|概述|概况|基本情况|工作(?:开展)?情况|开展情况/,
  二: /主动公开/,
  三: /申请/,
  四: /复议|诉讼/,
  五: /问题|改进|不足/,
  六: /其他|其它|事项/,
};

/** If `text` is the heading of one of the sections 一–六, its numeral. */
export function sectionOf(text: string): (typeof SECTION_IDS)[number] | null {
  const t = halfWidth(text).replace(/\s+/g, '').replace(/^#+/, '');
  const m = /^(?:第([一二三四五六])部分[、.:：]?|([一二三四五六])[、.:：,，])(.*)$/.exec(t);
  if (!m) return null;
  const id = (m[1] ?? m[2]) as (typeof SECTION_IDS)[number];
  const rest = m[3]!.replace(/[。.]$/, '');
  if (rest.length > 40 || /[。；;]/.test(rest)) return null;
  return SECTION_KEYWORDS[id].test(rest) ? id : null;
}

function blockText(b: Block): string {
  return b.kind === 'table' ? '' : b.text;
}

/** A line that is a report title: names the annual report, short, not a section heading. */
/** A note in brackets after a title ("…工作报告（来源：…网址…，仅存页面开头）"): no part of the title. */
// (the note may follow other words in the bracket: "（峨山彝族自治县岔河乡人民政府；来源：…）")
export const TRAILING_NOTE = /[（(](?:[^（）()]*[；;，,]\s*)?(?:来源|源自|转自|摘自|原载|注)[:：][^（）()]*[）)]\s*$/;

/** Signs of a note about a title rather than a title (a Latin word first, a straight quote, an equals sign). */
const NOTES_ABOUT_TITLE = /^[A-Za-z]{2}|["=]/;

export function isTitle(text: string): boolean {
  const t = text.replace(TRAILING_NOTE, '').replace(/\s+/g, '');
  // (a sentence that names the report is no title: "1.2025年，我局……编制和公开了2025年度信息公开年度报告")
  // (nor a line of notes about a title, "Line 1 \"庆阳市2020年…年度报告\" = the page title": a Latin word first, a straight quote or
  // an equals sign)
  // (or "…2025年度政务公开工作情况的报告", as some offices title it)
  return t.length <= 80 && /年度报告|年报|工作报告|工作情况的?报告/.test(t) && /信息公开|政务公开/.test(t) && !/[。；，,;]/.test(t.slice(0, -1)) && !NOTES_ABOUT_TITLE.test(t);
}

const OFFICE_END = /(?:政府|办公室|办公厅|委员会|局|厅|署|院|中心|办事处|街道|镇|乡|办|委|部|会|所|站|队|馆)$/;

function compactText(b: Block | undefined): string {
  return !b || b.kind === 'table' ? '' : b.text.replace(/\s+/g, '');
}

/** The label of a web page's metadata field that holds the title ("名称", "标题"). */
// (as a list item too, "• 标       题: 文昌市龙楼镇人民政府2018年…")
const METADATA_LABEL = /^\s*(?:[•·*\-]\s*)?(?:名\s*称|标\s*题|题\s*名|文件名称|信息名称)\s*[:：]?\s+(?=\S)|^\s*(?:[•·*\-]\s*)?(?:名称|标题|题名|文件名称|信息名称)[:：]/;

/** How much a block near the top looks like the report title (higher is better; ≤ 0 = not a title). */
function titleScore(b: Block): number {
  if (b.kind === 'table' || !isTitle(b.text) || sectionOf(b.text)) return 0;
  let score = 1;
  if (/(?:19|20)\d{2}\s*年/.test(b.text)) score += 2;
  if (b.kind === 'heading') score += 1;
  if (/工作年度报告|工作报告$/.test(b.text.replace(TRAILING_NOTE, '').replace(/\s+/g, ''))) score += 1;
  // (a cell's bar at either end is a grid's, not a breadcrumb's: "省建设厅2020年政府信息公开工作年度报告 |")
  const core = b.text.replace(TRAILING_NOTE, '').replace(/^[\s|]+|[\s|]+$/g, '');
  if (/[>→»/|]/.test(core) || /^首页/.test(core)) score -= 4; // a breadcrumb of a web page
  // a page's metadata grid echoing the title ("名称 XX局2021年…年度报告"): the title line itself comes later
  if (METADATA_LABEL.test(b.text)) score -= 1;
  return score;
}

/**
 * Web-page chrome copied along with a report: print/close buttons, "相关链接" lists, pager links,
 * site footers (主办/承办/ICP/公网安备/版权), article meta lines (发布时间…浏览次数, 【字体：大 中 小】).
 * `end` = it marks the end of the article (nothing after it is report text).
 */
/** A title line that opens with the end of the office's name, the rest of it on the line above ("重庆市…小龙坎街道" /
 *  "办事处2023年政府信息公开工作年度报告"): read as one name. */
const NAME_END_FIRST = /^(?:办事处|办公室|管理委员会|委员会|人民政府|政府|管委会)(?:19|20)\d{2}年/;

/** A line this long with a sentence ended inside it is running text, never a page's meta line. */
const RUNNING_TEXT_MIN = 60;

export function chromeKind(b: Block): 'end' | 'meta' | null {
  if (b.kind === 'table') return null;
  const t = halfWidth(b.text).replace(/\s+/g, ' ').trim();
  if (t.length > 200) return null;
  const c = t.replace(/\s+/g, '');
  if (/^(?:[【\[]?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|收藏|分享到|分享)[】\]]?[|｜、]?)+$/.test(c)) return 'end';
  if (/^(?:相关链接|相关文章|相关阅读|相关信息|相关文件|相关新闻|相关稿件|友情链接)[:：]?$/.test(c)) return 'end';
  if (/^(?:上一篇|下一篇|上一条|下一条)[:：]/.test(c)) return 'end';
  if (/版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站地图|^(?:主办单位|主办|承办单位|承办|技术支持|网站运维)[:：]/i.test(c)) return 'end';
  // (a count of visits told in a sentence of the report, "总浏览次数2912万次", "政府门户网站总访问量:6549423次", is no page
  // meta line: running text, a sentence ended inside it)
  const running = c.length > RUNNING_TEXT_MIN && /[。；;]./.test(c);
  if (!running && /[【\[]字体[:：]|字号[:：]|浏览次数[:：]|浏览次数\d*$|访问量[:：]|扫一扫|^(?:发布时间|发布日期|信息来源|来源)[:：][^。；]*$/.test(c)) return 'meta';
  if (/(?:打印本页|关闭窗口)/.test(c) && c.length <= 40) return 'end';
  return null;
}

/**
 * A report without a title line whose opening sentence names it ("资阳市同城化发展工作局2022年政府信息公开工作
 * 年度报告（以下简称年报）是根据……编制"): that name is the title; the sentence stays in the preface.
 */
const OPENING_TITLE = /^\s*([^\s，。；,;:：]{2,40}?(?:19|20)\d{2}\s*年度?\s*政府信息公开工作年度报告)\s*(?:[（(]|是根据|根据|依据|按照|由)/;

function openingTitle(blocks: Block[]): string | undefined {
  for (const b of blocks) {
    if (b.kind === 'table' || chromeKind(b)) continue;
    const m = OPENING_TITLE.exec(halfWidthOpen(b.text));
    if (m) return m[1]!.trim();
    if (sectionOf(b.text)) return undefined;
  }
  return undefined;
}

/** Opening brackets read alike, full- or half-width. */
const halfWidthOpen = (t: string) => t.replace(/（/g, '(');

export function splitSections(blocks: Block[]): Structure {
  let titleIndex = -1;
  let best = 0;
  // The title is among the first blocks — after a web page's chrome when the whole page was printed
  // (site name, navigation, search box, breadcrumb, meta table), so up to the first section heading.
  let window = Math.min(blocks.length, 8);
  while (window < Math.min(blocks.length, 40) && !(blocks[window]!.kind !== 'table' && sectionOf(blockText(blocks[window]!)))) window++;
  for (let i = 0; i < window; i++) {
    const b = blocks[i]!;
    // (a page's meta line, "发布时间:… 信息来源:会同县林业局", is no part of the title below it)
    if (chromeKind(b)) continue;
    const next = compactText(blocks[i + 1]);
    // A title whose end ("工作年度报告") was printed on the next line is judged with it.
    // (never when that next line is a whole title itself: a page's "成文日期: 2020-01-15" above it is no part of it)
    const joined: Block | null =
      b.kind !== 'table' && !/报告$/.test(compactText(b)) && next.length > 0 && next.length <= 20 && /报告$/.test(next) && !isTitle(next)
        ? { ...b, text: b.text + next }
        : null;
    const score = Math.max(titleScore(b), joined ? titleScore(joined) : 0);
    if (score > best) {
      best = score;
      titleIndex = i;
    }
  }
  // A title printed over two lines: the office above ("XX局" / "2023年政府信息公开工作年度报告"),
  // or the end below ("XX局2023年政府信息公开" / "工作年度报告").
  let first = titleIndex;
  let last = titleIndex;
  if (titleIndex >= 0) {
    const t = compactText(blocks[titleIndex]!);
    const prev = compactText(blocks[titleIndex - 1]);
    const next = compactText(blocks[titleIndex + 1]);
    if ((/^(?:(?:19|20)\d{2}年|政府信息公开|政务公开)/.test(t) || NAME_END_FIRST.test(t)) && prev.length >= 3 && prev.length <= 30 && !/[，。；：,;:>→]/.test(prev) && OFFICE_END.test(prev)) first--;
    if (!/报告$/.test(t) && next.length > 0 && next.length <= 20 && /报告$/.test(next) && !/[，。；：,;:]/.test(next)) last++;
  }
  const title =
    titleIndex >= 0
      ? blocks.slice(first, last + 1).map((b) => (b as { text: string }).text.trim().replace(METADATA_LABEL, '')).join(first < titleIndex && NAME_END_FIRST.test(compactText(blocks[titleIndex]!)) ? '' : ' ')
      : openingTitle(blocks.slice(0, window));

  const sections: Section[] = [{ id: '前言', blocks: [] }];
  let current = -1; // index into SECTION_IDS
  // Blocks before the title are page chrome (breadcrumbs, site headers): not part of the report.
  for (let i = Math.max(0, first); i < blocks.length; i++) {
    if (i >= first && i <= last && titleIndex >= 0) continue;
    const b = blocks[i]!;
    const chrome = chromeKind(b);
    // Page chrome after the last sections (五/六) ends the article; elsewhere it is only skipped.
    if (chrome === 'end' && current >= SECTION_IDS.indexOf('五')) break;
    if (chrome) continue;
    const sec = b.kind === 'table' ? null : sectionOf(blockText(b));
    if (sec) {
      const idx = SECTION_IDS.indexOf(sec);
      if (idx > current) {
        current = idx;
        sections.push({ id: sec, heading: blockText(b).replace(/^#+\s*/, '').trim(), blocks: [] });
        continue;
      }
    }
    sections[sections.length - 1]!.blocks.push(b);
  }
  return { title, titleIndex, sections };
}
