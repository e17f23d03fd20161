/**
 * Rule why-report-says: why the report says something, its own words quoted ("为什么年报里说内容单一", "年报里讲队伍力量缺乏，
 * 是啥原因"), no intent read clearly: the point of the report that holds those words, whole — the reasons it gives stand
 * around the sentence (src/core/policy/helpers.ts wholePoint) — never a template the other words happened to match.
 */
import { sectionSource } from '../prose-figures.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import { cutSpans } from '../../understand/slots.js';
import { findMetric } from '../../understand/metrics.js';
import { contentWords } from '../../answer/retrieve.js';
import { kindsOf, top, topScore, wholePoint } from './helpers.js';
import { CLAUSE_SPLIT, HOW_TOLD_ONLY } from '../patterns.js';
import { reportFree } from '../handlers.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';
import type { Knowledge } from '../knowledge.js';

/** The parts whose sentences say what was done and what went wrong: the ones a why of the report's words is about. */
const TOLD_PARTS: ReadonlySet<string> = new Set(['一', '五']);
/** Words of the report quoted: this many characters in a row at least ("内容单一"). */
const MIN_QUOTED = 4;
/** Words of the report quoted beside a figure the message names: this many characters in a row at least, so that a row's
 * own name ("不予公开") is never taken for the report's words. */
const MIN_QUOTED_BESIDE_FIGURE = 6;
/** Sentences the words quoted may stand in: more is a phrase of the whole report ("政府信息"), no point of it. */
const MAX_HOLDING = 2;
/** Words only the report uses, said apart, that name one point of it ("队伍", "薄弱"). */
const MIN_OWN_WORDS = 2;
/** The longest run of the message looked for in the text. */
const MAX_QUOTED = 16;
/** How an answer says the report gives no reason for what it says. */
const NO_REASON = '报告在这里没有写明原因。';
/** What was done to make the report's words true, asked ("采取了啥措施", "凭什么这么说", "怎么保证的"). */
const MEASURES_ASKED = /措施|怎么做|咋做|做了什么|做了哪些|如何做到|怎么做到|怎么保证|怎么确保|凭什么|靠什么|依据什么|有什么依据/;
/** Sentences after the one holding the words that tell what was done. */
const MEASURE_SENTENCES = 2;
/** A count asked ("几件", "多少"). */
const HOW_MANY = /几|多少/;
/** Said of how things go as a rule ("一般", "通常", "按规定"), not of what this report says. */
const AS_A_RULE = /一般|通常|正常情况|按规定|按理说|按说/;
/** Words of degree said around the report's words ("比较", "有点", "太"). */
const DEGREE_WORDS = /比较|较为|非常|特别|有点|有些|十分|这么|那么/g;
/** Runs of Han characters of the message. */
const HAN_RUN = /\p{Script=Han}+/gu;
/** Words that only ask or point at the report, never the words quoted ("为什么", "年报里说"). */
const ASKING_WORDS = /为什么|为啥|为何|咋回事|怎么回事|什么原因|啥原因|原因|年报|报告|里面|里说|里讲|上说|上写|写的|说的|讲的/g;

/** Examples of the intents, joined once per Knowledge: words found there are what intents answer, not the report's own. */
const EXAMPLES = new WeakMap<Knowledge, string>();
function asked(kn: Knowledge, quote: string): boolean {
  let all = EXAMPLES.get(kn);
  if (all === undefined) EXAMPLES.set(kn, (all = kn.intents.flatMap((i) => [...i.examples, i.title]).join('\n')));
  return all.includes(quote);
}

export const whyReportSays: Rule = {
  name: 'why-report-says',
  doc: 'Why the report says something, its words quoted ("为什么年报里说内容单一"), no figure asked and no intent read clearly: the point of part 一 or 五 that holds them, whole, with the reasons it gives.',
  decide: (u, state, kn) => {
    // (a count asked beside the why, "为什么找不到…收了几件": the figure rules and their fallbacks answer)
    // (a quantity word that asks no count, "这些信息挺少的", is the report's words quoted)
    if (u.kind !== 'why' || (u.quantity && HOW_MANY.test(u.norm))) return undefined;
    // (why a rule holds as a rule, "…申请公开信息为啥一般不用交钱": the regulation read well, not the report's words)
    const t = top(u);
    if (AS_A_RULE.test(u.norm) && t && reportFree(t.item) && !t.item.fallback && t.score >= THRESHOLDS.clarify) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const told = r.passages.filter((p) => TOLD_PARTS.has(p.section));
    // (the office and year named are no words quoted: "南岗区政府办自己说…")
    const text = u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm;
    // (a word of degree the asker puts in, "内容比较单一", is no word of the report's "内容单一")
    const runs = [...text.replace(ASKING_WORDS, ' ').replace(DEGREE_WORDS, '').matchAll(HAN_RUN)].map((m) => m[0]).filter((x) => x.length >= MIN_QUOTED);
    // (the longest stretch of the message the text holds)
    let best: { quote: string; at: number; pair?: boolean } | undefined;
    for (const run of runs)
      for (let n = Math.min(MAX_QUOTED, run.length); n >= MIN_QUOTED && (!best || n > best.quote.length); n--)
        for (let i = 0; i + n <= run.length; i++) {
          const quote = run.slice(i, i + n);
          // (words of one sentence only, and none an intent asks about: "政府信息", "申请公开" are everyone's words)
          const holding = told.filter((p) => p.text.includes(quote));
          // (or of two sentences of one sub-item, a point and its summing up: "二是…内容单一。…公开内容…内容单一。")
          if (!holding.length || holding.length > MAX_HOLDING || holding.some((h) => h.heading !== holding[0]!.heading || h.section !== holding[0]!.section) || asked(kn, quote)) continue;
          // (beside a figure the message names, a longer stretch that is no figure's words: "制定规范性文件时为什么要向社会公开
          // 征求意见" quotes 社会公开征求意见, while "为什么不予公开" asks that row's reasons)
          if (u.metric && (quote.length < MIN_QUOTED_BESIDE_FIGURE || findMetric(quote, kn.lexicon))) continue;
          const at = r.passages.indexOf(holding[0]!);
          if (at >= 0) {
            best = { quote, at };
            break;
          }
        }
    // (the words said apart, "队伍薄弱" for 队伍建设薄弱: the one sentence of those parts holding every word only the report uses,
    // two of them at least)
    if (!best && u.metric) return undefined;
    if (!best && u.reportOnlyWords.length >= MIN_OWN_WORDS) {
      const holding = told.filter((p) => u.reportOnlyWords.every((w) => p.text.includes(w)));
      const at = holding.length === 1 ? r.passages.indexOf(holding[0]!) : -1;
      if (at >= 0) best = { quote: u.reportOnlyWords.join(''), at };
      // (or two sentences in a row under one heading, a point and what it means: "一是严格执行信息发布审核机制。" "…层层把关,
      // 确保内容准确…" for "为什么要层层审核" — the one such pair)
      if (!holding.length) {
        const pairs = told.flatMap((p, i) => {
          const q = told[i + 1];
          const at = r.passages.indexOf(p);
          if (!q || q.section !== p.section || q.heading !== p.heading || r.passages.indexOf(q) !== at + 1) return [];
          return u.reportOnlyWords.every((w) => p.text.includes(w) || q.text.includes(w)) ? [at] : [];
        });
        if (pairs.length === 1) best = { quote: u.reportOnlyWords.join(''), at: pairs[0]!, pair: true };
      }
    }
    // (one word only the report uses, in one sentence of those parts that says what it is for: "发信息前头为啥要审核" of
    // "…加大事前审核力度,确保不发生泄密事件")
    // (over a stretch of common words found elsewhere, "发布信息", that holds no word only the report uses)
    if ((!best || !u.reportOnlyWords.some((w) => best!.quote.includes(w))) && u.reportOnlyWords.length === 1) {
      const [word] = u.reportOnlyWords as [string];
      const holding = told.filter((p) => p.text.includes(word));
      if (holding.length === 1 && PURPOSE_SAID.test(holding[0]!.text)) best = { quote: word, at: r.passages.indexOf(holding[0]!) };
    }
    if (!best) return undefined;
    const p = r.passages[best.at]!;
    if (best.pair) {
      const pair = [p.text.trim(), r.passages[best.at + 1]!.text.trim()];
      const lines = [...pair, ...(WHY_COMPARED.test(u.norm) && !pair.some((l) => CAUSE_SAID.test(l) || PURPOSE_SAID.test(l)) ? [NO_REASON] : [])];
      return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines, source: sectionSource(p.section), labelled: true } };
    }
    const point = wholePoint(r, p.text);
    // (a sentence that stands alone, no reason told around it: said so, never a reason made up)
    // (unless what was done is asked, "凭什么说…依法依规？采取了啥措施": the sentences after it under the same heading tell it)
    const next = point === p.text && MEASURES_ASKED.test(u.norm) ? r.passages.slice(best.at + 1, best.at + 1 + MEASURE_SENTENCES).filter((x) => x.section === p.section && x.heading === p.heading) : [];
    // (a sentence that gives its cause itself, "因情势变化转主动公开", is no silence)
    // (a point read whole that gives no cause either, "通过抖音号…787万余人次;通过政务微博…148万余人次。": said so too)
    const lines = point !== p.text ? [point, ...(CAUSE_SAID.test(point) || PURPOSE_SAID.test(point) || !WHY_COMPARED.test(u.norm) ? [] : [NO_REASON])] : next.length ? [p.text.trim(), ...next.map((x) => x.text.trim())] : [p.text.trim(), ...(CAUSE_SAID.test(p.text) || PURPOSE_SAID.test(p.text) ? [] : [NO_REASON])];
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines, source: sectionSource(p.section), labelled: true } };
  },
};

/** Why one thing is more or less than another, asked ("为什么比微博多那么多"). */
const WHY_COMPARED = /比[\u4e00-\u9fa5]{1,8}?(?:的)?(?:还|要)?(?:多|少|高|低)/;

/** Why one count is larger than another, asked ("网络申请为什么比当面申请多"): the two things compared. */
const WHY_MORE = /([\u4e00-\u9fa5]{2,6}?)(?:的)?(?:为什么|为啥|为何|咋)?比([\u4e00-\u9fa5]{2,6}?)(?:的)?(?:还|要)?(?:多|少)/;

export const comparedCountsWhy: Rule = {
  name: 'compared-counts-why',
  doc: 'Why one count the text gives is larger than another ("网络申请为什么比当面申请多？年报里有解释吗"): the sentence that counts both, and that the report gives no reason when that sentence gives none — never how to apply that way.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why || u.metric) return undefined;
    const m = WHY_MORE.exec(cutSpans(u.norm, u.slots.spans).replace(/为什么|为啥|为何/, ''));
    if (!m) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const stem = (w: string) => w.replace(/申请$/, '');
    const [a, b] = [stem(m[1]!), stem(m[2]!)];
    if (a.length < 2 || b.length < 2) return undefined;
    const p = r.passages.find((x) => x.text.includes(a) && x.text.includes(b) && /\d/.test(x.text));
    if (!p) return undefined;
    const lines = [p.text.trim(), ...(CAUSE_SAID.test(p.text) ? [] : [NO_REASON])];
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines, source: sectionSource(p.section), labelled: true } };
  },
};
/** What a thing was done for, said in its sentence ("确保…", "为了…", "以防…"): the answer to a why of that thing. */
const PURPOSE_SAID = /确保|为了|以便|旨在|防止|避免|以防|保证/;
/** A reason given in a sentence ("因为", "由于", "主要是"). */
// (or 因 before the cause, "因情势变化转主动公开": not 因此, 因而, 因素)
const CAUSE_SAID = /因为|由于|主要是|原因|得益于|随着|因(?![此而素])/;

/** A clause asking only how the report explains it ("报告里怎么解释的", "年报上咋说的"). */
// (or the reasons it wrote asked, "他们写的原因是什么")
const EXPLAINED_ASKED = (u: Parameters<Rule['decide']>[0]) => REASON_WRITTEN.test(u.norm) || u.norm.split(CLAUSE_SPLIT).some((c) => HOW_TOLD_ONLY.test(c.trim()));
/** The reasons the report gives asked ("他们写的原因是什么", "报告给的理由"). */
// (or whether it gives any, "年报里有说原因吗", "报告有没有写为什么")
const REASON_WRITTEN = /(?:报告|年报|他们|里面|上面)[^，。？?]{0,4}(?:写的|给的|说的|讲的|列的)(?:原因|理由)|(?:报告|年报|里面|里头|上面)[^，。？?]{0,4}(?:有没有|有|没有?)(?:说|写|讲|提|交代|解释)(?:了|过|明)?(?:原因|理由|为什么|为啥)/;

export const whyTheReportExplains: Rule = {
  name: 'why-the-report-explains',
  doc: 'A why asked with how the report explains it ("为什么…内容比较单一？报告里怎么解释的"): the report\'s own reasons (why-report-says), before any rule of the regulation its words read well.',
  decide: (u, state, kn) => ((u.kind === 'why' || REASON_WRITTEN.test(u.norm)) && EXPLAINED_ASKED(u) ? whyReportSays.decide(u, state, kn) : undefined),
};

export const whyReportWordsOverWeakIntent: Rule = {
  name: 'why-report-words-over-weak-intent',
  doc: 'Why the report says something, its words quoted ("为什么…公开的信息内容比较单一"), read by an intent only from the question\'s common words (为什么, 公开), at or above answer but below whyReportWordsOverIntent: the report\'s sentence (why-report-says), before that intent answers.',
  decide: (u, state, kn) => {
    // (only over an intent that would answer: below that, why-report-says and the passage rules read it in their turn)
    const score = topScore(u);
    if (u.kind !== 'why' || !u.reportOnlyWords.length || score < THRESHOLDS.answer || score >= POLICY.whyReportWordsOverIntent) return undefined;
    return whyReportSays.decide(u, state, kn);
  },
};

/** Words of the domain every report's sentences hold: no sign of the one thing done. */
const DOMAIN_WORDS = /^(?:政府|信息|公开|政务|工作|年度|为什么|为啥|为何|怎么|要|进行|开展)$/;
/** The fewest words of the thing done the question must name. */
const ACTION_WORDS_MIN = 2;
/** Words by which a sentence tells why or what for. */
const TELLS_WHY = /因为|由于|原因|所以|因此|为了|旨在|以便|确保|从而|作为|为进一步|为切实|为更好|为推进|为加强|为提高|为保障/;

export const whyOfNamedReportAction: Rule = {
  name: 'why-of-named-report-action',
  doc: 'Why an office did a thing in a year, both named ("牡丹江市政府办2019年为什么要修订政府信息公开指南"), one sentence of that report holding every word of the thing ("…新修订的《条例》作为年度工作重中之重,及时修订完善公开指南…"): that sentence, whole — not the general rule its words match (what a guide is); said when it gives no reason.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why || u.metric || !u.slots.offices.length || !u.slots.years.length) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const text = u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm;
    const words = [...new Set(contentWords(text).filter((w) => w.length >= 2 && !DOMAIN_WORDS.test(w)))];
    if (words.length < ACTION_WORDS_MIN) return undefined;
    const holding = r.passages.filter((p) => words.every((w) => p.text.includes(w)));
    if (holding.length !== 1) return undefined;
    const p = holding[0]!;
    const line = wholePoint(r, p.text.trim());
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [line, ...(TELLS_WHY.test(line) ? [] : [NO_REASON])], source: sectionSource(p.section), labelled: true } };
  },
};

export const whyReportWordsBesideFigure: Rule = {
  name: 'why-report-words-beside-figure',
  doc: 'Why the report says something, its words quoted at length beside a figure the message names but asks no count of ("制定规范性文件时为什么要向社会公开征求意见"): the report\'s sentence (why-report-says), before the figure rules read the figure.',
  decide: (u, state, kn) => (u.kind === 'why' && u.metric ? whyReportSays.decide(u, state, kn) : undefined),
};
