/**
 * Everything the engine needs, built once at load and swapped whole on reload: reports, intents,
 * the classifier (trained on examples with their report and figure words masked), passage indexes.
 */
import { exampleTexts } from './example-texts.js';
import { OFFICIAL_TITLE_WORDS } from './patterns.js';
import type { Intent, IntentSet, Lexicon } from '../answer/intents.js';
import { contentWords, passageIndex } from '../answer/retrieve.js';
import type { LoadError, Report } from '../report/types.js';
import { Classifier, QUESTION_WORDS, STOPWORDS } from '../understand/classifier.js';
import { findMetric } from '../understand/metrics.js';
import { applySynonyms } from '../understand/synonyms.js';
import { normalize } from '../understand/normalize.js';
import { createRewriter, type Rewriter } from '../understand/rewrite.js';
import { addMaterial, addTerms, DOMAIN_TERMS } from '../understand/segment.js';
import { findReportSlots, type ReportRef } from '../understand/slots.js';
import { everydayOrganNames, officeNames } from '../understand/office-names.js';

export interface Knowledge {
  reports: Report[];
  loadErrors: LoadError[];
  intents: Intent[];
  intentErrors: string[];
  byId: Map<string, Intent>;
  lexicon: Lexicon;
  refs: ReportRef[];
  classifier: Classifier<Intent>;
  /** Content words known anywhere: intent examples, lexicon, report passages. */
  vocab: Set<string>;
  defaultOffice?: string;
  /** Typos by sound and synonyms: the message's words as the bot knows them. */
  rewrite: Rewriter;
  /** The loaded offices' names, once each (places written in pinyin are read against them). */
  officeNames: readonly string[];
  /** The synonym table (word as typed → the word it is read as), to find a word as the asker typed it. */
  synonyms?: ReadonlyMap<string, string>;
}

/** Real words that sound exactly like a domain term and are never its typo ("电动车限行的那个文件": 限行, never 现行). */
const SOUND_ALIKE_REAL_WORDS: ReadonlySet<string> = new Set(['限行', '限号']);

/** Everyday words of questions that say nothing about the topic (so they never make a question "off-topic"). */
const EVERYDAY = '开始 原来 原先 变 换 最后 最终 之内 以内 之前 以前 之后 以后 管委会 管理委员会 办事处 街道办 居委会 村委会 时候 啥时候 什么时候 原因 分别 号码 回复 问题 事情 东西 意思 情况 具体 一般 大概 现在 目前 最近 已经 还是 可能 应该 需要 必须 是不是 能否 到底 多长时间 时间 多少钱 一点 有点 一些 问一下 了解 查询 查 看看 清楚 明白 方便 麻烦 快 慢 为什么 怎么办 没人理 不理 没人管 没回复 没答复 着急 急用 赶时间 特别 非常 很多 特别多 太多 好多 要是 如果 假如 按规定 按照规定 按理 按理说 照理说 一般来说 通常 库里 汇总 汇总用 帮看下 看下 帮看 帮忙 记的 这记 不对 对不对 这几家 打通 能打通 打得通 原话 没个信儿 信儿 回话'.split(' ');

/** Placeholder the classifier sees instead of a figure's words ("不予公开的有多少" → "zmetric的有多少"). */
export const METRIC_TOKEN = ' zmetric ';

/** A question as the classifier sees it: report names and years removed, figure words masked. */
/** An office named by its kind alone: 区政府办, 县政府, 市政府办公室, 镇政府 (never the 政府 of 政府信息). */
const OFFICE_BY_KIND = /[区县市镇乡](?:人民)?政府(?:办公室|办公厅|办)?(?!信息)|政府办(?:公室)?(?!信息)/g;
/**
 * The domain named as a frame before the question ("政府信息公开里，哪些情形…", "在信息公开工作中,…"): it is what the
 * whole bot is about, so it says nothing of what is asked (and its words would pull toward the guide intent).
 */
const DOMAIN_FRAME = /^(?:请问)?(?:在|关于|对于)?(?:政府)?信息公开(?:工作)?(?:里面|里|中|当中|方面|这块|这一块)[,，:：]?/;

export function classifierText(
  norm: string,
  lexicon: Lexicon,
  refs: ReportRef[],
  now: Date,
  found?: { slots: ReturnType<typeof findReportSlots>; metric: ReturnType<typeof findMetric> },
): string {
  const slots = found?.slots ?? findReportSlots(norm, refs, now);
  const metric = found ? found.metric : findMetric(norm, lexicon);
  let text = norm;
  // each report name and year becomes a space, last first (positions stay valid); the spans are frozen: sorted as a copy
  for (const s of [...slots.spans].sort((a, b) => b.start - a.start)) text = text.slice(0, s.start) + ' ' + text.slice(s.end);
  // an office named by its kind alone ("区政府办", "县政府") says who, not what: no topic word
  text = text.replace(OFFICE_BY_KIND, ' ');
  text = text.replace(DOMAIN_FRAME, ' ');
  // figure words stay (复议期限 is a procedure question) and a shared token marks "asks about a figure"
  if (metric?.rowsExplicit && !metric.vague) text += METRIC_TOKEN;
  return text.replace(/\s+/g, ' ').trim();
}

/** The shortest department name that names its report ("政务公开科"; not "办公室", "信息科"). */
const DEPARTMENT_NAME_MIN = 4;

function departmentNames(r: Report): string[] {
  const d = r.contact.department;
  // ("办公室", "信息科" alone — a unit every office has — name no report)
  if (!d || d.length < DEPARTMENT_NAME_MIN) return [];
  const names = [d];
  const own = d.startsWith(r.office) ? d.slice(r.office.length) : d.replace(/^.*?(人民政府办公室|政府办公室|办公室|局|委员会|政府)/, '');
  // "政务公开科" alone is specific; "办公室" alone is not
  if (own.length >= 4 && own !== d) names.push(own);
  return names;
}

export function refsOf(reports: Report[]): ReportRef[] {
  return reports.map((r) => ({
    id: r.id,
    office: r.office,
    // the disclosure office itself names the report too ("政务公开科", "信息科" of that office)
    aliases: [...(r.aliases ?? []), ...departmentNames(r)],
    year: r.year,
    context: [r.title, r.contact.address, r.contact.department].filter(Boolean).join(' '),
  }));
}

/**
 * The texts the bot cuts at load and knows its words from: intent examples (as typed and normalised),
 * titles, answers and synonyms, domain terms, the lexicon, and the reports' names, contact details and
 * passages. Their dictionary words stay in the lean jieba dictionary (segment.ts: addMaterial).
 */
/**
 * The places the reports' offices are named by ("武昌区" of 武昌区行政审批局, "芦淞区"): sound-alike typos of
 * a place ("五昌区审批局") are corrected even when the rest of the name is shortened.
 */
function placesOf(reports: Report[]): string[] {
  const out = new Set<string>();
  for (const r of reports) {
    for (const n of officeNames(r.office)) {
      for (const m of n.matchAll(PLACE_IN_NAME)) out.add(m[0]);
      // (and the organ after its places, "公安厅" of 云南省公安厅: "公按厅" typed by sound is that organ)
      const organ = ORGAN_OF_NAME.exec(n.replace(PLACE_IN_NAME, ''))?.[0];
      if (organ) out.add(organ);
    }
  }
  return [...out];
}
/** An organ's name left when its places are taken out ("公安厅", "民政局", "卫生健康委员会"). */
const ORGAN_OF_NAME = /^\p{Script=Han}{2,6}(?:厅|局|委员会)$/u;
/** A place inside an office name: two or three characters and its kind (市, 区, 县, 镇, 乡, 街道). */
const PLACE_IN_NAME = /\p{Script=Han}{2,3}?(?:省|市|区|县|镇|乡|街道)/gu;

export function materialOf(reports: Report[], set: IntentSet, terms: string[]): string[] {
  const out: string[] = [...DOMAIN_TERMS, ...EVERYDAY, ...terms];
  for (const it of set.intents) {
    out.push(it.title, it.answer ?? '');
    for (const e of it.examples) out.push(e, normalize(e));
  }
  for (const [w, c] of set.synonyms ?? []) out.push(w, c);
  for (const r of reports) {
    out.push(r.title, r.office, ...(r.aliases ?? []), ...Object.values(r.contact).filter((v): v is string => !!v));
    for (const p of r.passages) out.push(p.text);
  }
  return out.filter(Boolean);
}

export function buildKnowledge(
  reports: Report[],
  loadErrors: LoadError[],
  set: IntentSet,
  opts: { defaultOffice?: string; now?: Date } = {},
): Knowledge {
  const now = opts.now ?? new Date();
  // domain words: lexicon phrases and office names must stay whole in jieba
  const terms: string[] = [];
  for (const parts of Object.values(set.lexicon)) for (const pats of Object.values(parts)) for (const p of pats) if (typeof p === 'string') terms.push(p);
  for (const r of reports) terms.push(...officeNames(r.office));
  // (and organs' everyday short names, "政数局": words as typed, no typo of 数据)
  terms.push(...everydayOrganNames());
  // everyday words of the synonym table cut whole, so that they can be read as their word ("没人理")
  for (const w of set.synonyms?.keys() ?? []) if (w.length >= 2) terms.push(w);
  const material = materialOf(reports, set, terms);
  addMaterial(material);
  addTerms(terms);
  const refs = refsOf(reports);
  // examples read the way questions are (synonyms: 咋/啥 → 怎么/什么), so "你都能干啥" meets "你能干什么";
  // kept on disk between starts under a key of everything they depend on (example-texts.ts)
  const texts = exampleTexts(set, refs, now, material, () =>
    set.intents.map((item) =>
      item.examples.map((e) => classifierText(set.synonyms ? applySynonyms(normalize(e), set.synonyms) : normalize(e), set.lexicon, refs, now)),
    ),
  );
  const classifier = new Classifier<Intent>(set.intents.map((item, i) => ({ item, examples: texts[i]! })));
  const vocab = new Set<string>();
  for (const it of set.intents) for (const e of [...it.examples, it.title, it.answer ?? '']) for (const w of contentWords(normalize(e))) vocab.add(w);
  for (const w of EVERYDAY) vocab.add(w);
  for (const t of terms) for (const w of contentWords(t)) vocab.add(w);
  for (const r of reports) for (const w of passageIndex(r).vocab) vocab.add(w);
  return {
    reports,
    loadErrors,
    intents: set.intents,
    intentErrors: set.errors,
    byId: new Map(set.intents.map((i) => [i.id, i])),
    lexicon: set.lexicon,
    refs,
    classifier,
    vocab,
    defaultOffice: opts.defaultOffice,
    officeNames: [...new Set(reports.map((r) => r.office))],
    ...(set.synonyms ? { synonyms: set.synonyms } : {}),
    rewrite: createRewriter({
      terms: [...terms, ...DOMAIN_TERMS, ...placesOf(reports)],
      phrases: set.intents.flatMap((i) => [...i.examples, i.title]),
      domain: DOMAIN_TERMS,
      synonyms: set.synonyms,
      known: (w) => vocab.has(w) || SOUND_ALIKE_REAL_WORDS.has(w) || classifier.knowsWord(w) || STOPWORDS.has(w) || QUESTION_WORDS.has(w) || OFFICIAL_TITLE_WORDS.has(w),
    }),
  };
}

