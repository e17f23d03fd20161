/**
 * Two questions in one message about different things ("联系电话多少？另外信访举报投诉类的申请有几件"): the
 * message as a whole answers one of them; the other asking clause, read on its own, answers the other. The
 * second answer is added only when it stands on its own (a confident intent of another topic, not a
 * follow-up) and the first answer does not already give it.
 */
import { contentWords, countAsked } from '../answer/retrieve.js';
import type { MetricQuery } from '../understand/metrics.js';
import { domainWord } from './policy/helpers.js';
import { A_NOT_A, ASKING, CLAUSE_WITH_MARK, ROUGH_NUMBER, CONTACT_FIELD_NOUNS, COUNTED_WORD, HOW_TOLD_ONLY, SMALLTALK_TOPIC } from './patterns.js';
import { RULES } from './policy/index.js';
import type { Knowledge } from './knowledge.js';
import type { ConvState } from './engine.js';
import { ARTICLE_INTENT, carryOut, type Outcome } from './respond.js';
import { figuresIntent } from './handlers.js';
import { pickReport, reportById } from './select.js';
import { reportLabel } from '../answer/render.js';
import { POLICY, THRESHOLDS } from './thresholds.js';
import { BoundedMemo, READING_MEMO_MAX } from '../understand/memo.js';
import { CONDITION_OPENS, CONSEQUENCE_ASKED, questionKind, understand, type Understanding } from './understanding.js';
import { readClauseAbout, type FirstDecision } from './clause-reading.js';

/** Decisions a clause may add: an intent or a figure, never a fallback, a question back or a passage guess. */
const ADDABLE = new Set(['intent', 'figure']);

/** The rule that sets a report's date against the deadline (src/core/policy/time-limit.ts), and its verdict. */
const DEADLINE_RULE = 'report-deadline';
const LATE_VERDICT = /没有超期|超期了/;
/** The rule whose passage holds a word only the report uses (src/core/policy/passages.ts): added as an answer of its own. */
const RARE_TERM_RULE = 'rare-term-passage';
/** The rule that answers from the passage holding the words only the report uses (电子版, 专区): a question of its own when marked as one. */
const REPORT_WORDS_RULE = 'report-only-words';
/** The rule that answers whether the year's requests were answered in time from the report's own sentence: a question of its own. */
const ON_TIME_RULE = 'replies-on-time-asked';
/** The last clause of a message typed with no question mark at all, holding a question word of its own ("…哪段时间 电子版在哪下载"). */
function lastUnmarked(norm: string, clause: string, last: boolean): boolean {
  return last && !/[?？]/.test(norm) && ASKING.test(clause);
}
/** A clause marked as a question with a question word of its own before the mark ("电子版去哪下载？"). */
function askedOnItsOwn(clause: string): boolean {
  return MARKED_QUESTION.test(clause) && ASKING.test(clause.replace(/[吗呢么]?[?？]$/, ''));
}

/** Rules whose passage answers a how-many from the text's own sentence (src/core/policy/counts.ts, text-arith.ts, proactive-total.ts;
 * count-in-text-over-row: "清理了多少件失效、废止的政府文件" is the text's count, not table 二's 废止 column). */
const TEXT_OVER_ROW_RULE = 'count-in-text-over-row';
// (and narrative-figure's: a count of things the text tells, "有几个事项进了渝快办" — "22个行政权力和公共服务事项"; and
// quantity-told's: a measure the text tells, "…，还有微博的关注量" — "关注量30847")
const COUNT_RULES: ReadonlySet<string> = new Set(['count-in-report', 'quantity-told', 'sum-in-text', 'text-arithmetic', 'proactive-total-told', 'narrative-figure', TEXT_OVER_ROW_RULE]);

/** Rules whose answer is a count the text tells (a passage): after one, another such count asked in a clause of its own is added. */
const PASSAGE_COUNT_ANSWERS: ReadonlySet<string> = new Set(['table-row-asked', 'vague-figure-report-words', 'count-in-report']);

/** Topics never added as a second answer: small talk answers no question of substance. */
const NEVER_ADDED: ReadonlySet<string> = new Set([SMALLTALK_TOPIC]);

/** Content words of a clause that tell its subject: not the domain's own words, not question words. */
function tellingWords(clause: string): string[] {
  return contentWords(clause).filter((w) => COUNTED_WORD.test(w) && !domainWord(w) && !SAYS_NOTHING.test(w));
}
/** Besides the domain's own words (domainWord: 申请, 信息公开 …), words that tell no clause apart from another. */
const SAYS_NOTHING = /^(?:政务公开|情况|问题|原因|类型|什么|多少|你们|我们|他们|咱们)$/;

/**
 * The added answer says nothing new: its first line's content is already in the first answer — or, given the clause it
 * answers, it quotes again the sentence the first answer quoted for what that answer already holds (quotedAgain).
 */
function said(first: string, added: string, clause?: string): boolean {
  if (clause !== undefined && quotedAgain(first, added, clause)) return true;
  const line = added.split('\n')[0]!.replace(/（来源：.*$/, '');
  // (its closing stop aside: "…240条。" is said by "…240条,全文电子化率达100%。")
  const value = line.slice(line.lastIndexOf('：') + 1).trim().replace(/[。；;]$/, '');
  // (a sentence of the report quoted once with its own commas and once normalised: "…2件,均按期答复" is "…2件，均按期答复")
  return first.includes(added) || (value.length >= 4 && (first.includes(value) || samePunctuation(first).includes(samePunctuation(value)))) || sameFigures(first, added);
}

/**
 * Every figure the added answer states is stated in the first, and it states at least this many: the same sum or items set
 * out again in another layout ("工作动态：40条…合计 62条" after "工作动态 40 + 工作公告 6 + 财政信息 16 = 62 条").
 */
const SAME_FIGURES_MIN = 3;
/** A figure said with its measure word ("40条", "62 条", "1.5万元", "25%"). */
const FIGURE_SAID = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:件|条|个|篇|项|次|人|家|期|场|份|万元|元|%)/g;
function sameFigures(first: string, added: string): boolean {
  // (figures with their measure words: a list's "1." "2." and an article's number are no figures)
  const own = (t: string) => new Set([...t.replace(/（来源：[^）]*）/g, '').matchAll(FIGURE_SAID)].map((m) => m[1]!));
  const a = own(added);
  const f = own(first);
  return a.size >= SAME_FIGURES_MIN && [...a].every((n) => f.has(n));
}

/** Half-width and full-width commas, semicolons, colons and brackets as one, and no spaces: quotes of one sentence compared. */
function samePunctuation(text: string): string {
  return text.replace(/[,，]/g, '，').replace(/[;；]/g, '；').replace(/[:：]/g, '：').replace(/[(（]/g, '（').replace(/[)）]/g, '）').replace(/\s+/g, '');
}

/** Each telling word of a how-many clause is in the first answer, a count right after it ("网络申请28件"). */
function countedAlready(first: string, clause: string): boolean {
  const words = tellingWords(clause);
  return words.length > 0 && words.every((w) => new RegExp(`${w}[^，。；\\d]{0,6}\\d`).test(first));
}

/**
 * A passage added that quotes again the sentence the first answer quoted, for a clause whose telling words the first answer
 * already holds ("…16个政务新媒体账号…新增…等4个新媒体账号" then "还有 this year 新增了几个": the same sentence in a longer
 * passage says nothing new).
 */
function quotedAgain(first: string, added: string, clause: string): boolean {
  const quoted = /^据[^：]{2,40}报告：([^\n]{8,})/.exec(first)?.[1]?.trim().replace(/[。；;]$/, '');
  // (its Chinese words: English ones said beside them, "this year 新增了几个 accounts", tell nothing the report words)
  const words = tellingWords(clause).filter((w) => /\p{Script=Han}/u.test(w));
  return !!quoted && samePunctuation(added).includes(samePunctuation(quoted)) && words.length > 0 && words.every((w) => first.includes(w));
}

/** Kinds that tell what a clause asks (not yes/no: "里面有涉及国家秘密的吗" asks nothing of its own kind). */
const TELLING_KINDS: ReadonlySet<string> = new Set(['duration', 'where', 'who', 'how']);
/** The clause asks a telling kind and its best example asks the same. */
function sameKind(cu: Understanding): boolean {
  const best = cu.candidates[0];
  return !!best && TELLING_KINDS.has(cu.kind) && questionKind(best.example) === cu.kind;
}

/** A question word of its own ("需要带什么材料"). */
const QUESTION_WORD = /什么|哪些|哪里|哪儿|怎么|多少|几[件个天条]/;
/** A clause that ends as a question ("…申请吗？", "要准备什么材料？"). */
const MARKED_QUESTION = /(?:吗|呢|么)?[?？]$|吗$/;
/** The asker's own paying asked ("我要交钱吗", "要不要收我的费"). */
const ASKER_PAYS = /我|俺|要不|需不需要|得交|要交|要花|本身/;
/** Whether the office charged, asked of its year ("有没有收费", "收过…没有", "实际收了吗"). */
const FEE_CHARGED = /有没有收|收过|收了|收没收|实际|当年|那年/;
/** A how-long question asks too ("另外申请一般多久能答复"). */
const HOW_LONG = /多久|多长时间/;

/** The answer's own figure holds every row the clause asks (of the same table). */
function givenAlready(asked: MetricQuery, given: MetricQuery | undefined): boolean {
  return !!given && given.table === asked.table && asked.rows.every((x) => given.rows.includes(x));
}

/** A how-many of a part of what the clause before counted ("其中无法提供的又有几件"): another figure, a question of its own. */
function partAsked(clause: string): boolean {
  return LEANS_BACK.test(clause) && /其中|当中/.test(clause) && QUESTION_WORD.test(clause);
}

/** A clause that points back at the other one ("里面商业企业申请的几件", "其中…"): not a question of its own. */
// (or what the report itself says of the figure just quoted: "年报上到底写的多少")
const LEANS_BACK = /^(?:那)?(?:里面|这里面|其中|当中|这些|那些|它们|这几件|那几件|都是|分别是)|^(?:那)?(?:年报|报告)(?:里|上|中)?(?:到底|究竟|实际)?(?:写的|写着|说的)(?:是)?(?:多少|几)/;
/** The rule that checks a report's figures (src/core/policy/consistency.ts). */
const CHECK_RULE = 'consistency-asked';

/** A sentence that ends with a question mark. */
const QUESTION_SENTENCE = /[^。.!！?？;；]+[?？]/g;

/** Numbered questions ("1.规范性文件现行有效几件？2.行政许可决定多少？3.…"): the text of each. */
const NUMBERED_ITEM = /(?:^|[\s,，。:：;；?？!！])(?:[1-9１-９][.、．)）]|[①②③④⑤])\s*([^①②③④⑤]+?)(?=(?:[\s,，。;；?？!！]?(?:[1-9１-９][.、．)）]|[①②③④⑤]))|$)/g;
/** At most this many questions of one message are answered (one answer and this many added, less one). */
const MAX_ASKS = 3;

/** A number or circled number that opens an item: every NUMBERED_ITEM has one (the cheap test first). */
const ITEM_MARK = /[1-9１-９][.、．)）]|[①②③④⑤]/;
/** Items said in words ("一是…，二是…"), each after a break: both the first and the second there. */
const CN_ITEMS_BOTH = /(?:^|[\s,，。:：;；?？!！])一是.+[\s,，。;；?？!！]二是/;
const CN_ITEM = /(?:^|[\s,，。:：;；?？!！])[一二三四五]是\s*(.+?)(?=[\s,，。;；?？!！][一二三四五]是|$)/g;
/** Items said in words after their number is announced ("两个事儿一是…二是…", spaces dropped by normalising): no break needed. */
/** Items said by their ordinals ("关心两点：第一，…有几件；第二，…期限是多少天"): both the first and the second, each after a break. */
const ORDINAL_ITEMS_BOTH = /(?:^|[\s,，。:：;；?？!！])第一[,，、:：].+[\s,，。;；?？!！]第二[,，、:：]/;
const ORDINAL_ITEM = /(?:^|[\s,，。:：;；?？!！])第[一二三四五][,，、:：]\s*(.+?)(?=[\s,，。;；?？!！]第[一二三四五][,，、:：]|$)/g;
/** Items numbered 一、二、 ("两个问题：一、…不予公开的件数；二、该年报所载联系电话"): both, each after a break. */
const ENUM_ITEMS_BOTH = /(?:^|[\s,，。:：;；?？!！])一、.+[\s,，。;；?？!！]二、/;
const ENUM_ITEM = /(?:^|[\s,，。:：;；?？!！])[一二三四五]、\s*(.+?)(?=[\s,，。;；?？!！][一二三四五]、|$)/g;
const CN_ITEMS_ANNOUNCED = /(?:两|三|几)(?:个|件)(?:事儿?|事情|问题)(?:哈|啊|呀)?[:：,，]?一是(.+?)二是(.+?)(?:三是(.+))?$/;

/** Asking clauses kept per normal form (a pure function of it, read for every answer given). */
const ASKS_MEMO_MAX = READING_MEMO_MAX;
const asksMemo = new BoundedMemo<string, readonly string[]>(ASKS_MEMO_MAX);

/** The asking clauses of a message: two long enough to stand alone, or two or three numbered questions; else none. */
function asksOf(norm: string): readonly string[] {
  let asks = asksMemo.get(norm);
  if (asks === undefined) {
    asks = Object.freeze(readAsks(norm));
    asksMemo.set(norm, asks);
  }
  return asks;
}

function readAsks(norm: string): string[] {
  return itemsAsked(norm) ?? twoAsks(norm);
}

/** The questions of a message set out as items, numbered or said "一是…，二是…" or "第一，…第二，…"; undefined when it sets out none. */
export function itemsAsked(norm: string): string[] | undefined {
  const numbered = ITEM_MARK.test(norm) ? [...norm.matchAll(NUMBERED_ITEM)].map((m) => m[1]!.trim()).filter((c) => c.replace(/[?？]$/, '').length >= POLICY.askMinChars) : [];
  if (numbered.length >= 2 && numbered.length <= MAX_ASKS) return numbered;
  // (or items said "一是…，二是…": "问两个事：一是…多少个工作日内答复，二是…的对外办公电话")
  const said = CN_ITEMS_BOTH.test(norm) ? [...norm.matchAll(CN_ITEM)].map((m) => m[1]!.trim()).filter((c) => c.replace(/[?？]$/, '').length >= POLICY.askMinChars) : [];
  if (said.length >= 2 && said.length <= MAX_ASKS) return said;
  // (the last item ends at its question mark: "第二，…打边个电话？唔该晒！" — the thanks after it asks nothing)
  const ordinal = ORDINAL_ITEMS_BOTH.test(norm) ? [...norm.matchAll(ORDINAL_ITEM)].map((m) => m[1]!.trim().replace(/([?？])[^?？]*$/, '$1')).filter((c) => c.replace(/[?？]$/, '').length >= POLICY.askMinChars) : [];
  if (ordinal.length >= 2 && ordinal.length <= MAX_ASKS) return ordinal;
  const enumerated = ENUM_ITEMS_BOTH.test(norm) ? [...norm.matchAll(ENUM_ITEM)].map((m) => m[1]!.trim().replace(/[;；。]$/, '')).filter((c) => c.replace(/[?？]$/, '').length >= POLICY.askMinChars) : [];
  if (enumerated.length >= 2 && enumerated.length <= MAX_ASKS) return enumerated;
  const announced = CN_ITEMS_ANNOUNCED.exec(norm);
  const items = announced ? announced.slice(1).filter((c): c is string => !!c).map((c) => c.replace(/[,，。;；]\s*$/, '').trim()) : [];
  if (items.length >= 2 && items.every((c) => c.replace(/[?？]$/, '').length >= POLICY.askMinChars)) return items;
  return undefined;
}

/** A message said in one breath (voice input, no punctuation at all) this long may hold two questions. */
const RUN_ON_MIN_CHARS = 30;
/** A question particle with more words after it: where a spoken question ends ("要不要交钱啊我岁数大了…"). */
const SPOKEN_END = /(吗|呢|啊|呀|吧|嘛)(?=\p{Script=Han}{4,})/gu;

/** A how-many with its measure word and another how-many after it ("…一共多少条规章类的有几条"): where the first question ends. */
const HOW_MANY_THEN_ANOTHER = /((?:多少|几)[条件个篇项份次家人])(?=\p{Script=Han}{2,12}?(?:多少|几)[条件个篇项份次家人]?)/gu;

/** A long message without punctuation, cut after its question particles and between its how-manys; any other message as it is. */
function runOn(norm: string): string {
  return norm.length >= RUN_ON_MIN_CHARS && !/[,.?!;:。？！，；：\s]/.test(norm) ? norm.replace(SPOKEN_END, '$1，').replace(HOW_MANY_THEN_ANOTHER, '$1，') : norm;
}

/** A contact detail asked for without a question word ("顺便把他们办公室电话给我", "地址发我一下"). */
// (or wanted too, after the first ask: "电话多少？邮编也要")
// (or named last after asking to ask, as one types on a small screen: "打字慢问下办公室地址，还有…")
const CONTACT_WANTED = /(?:电话|地址|邮箱|邮编|传真|网址)(?:号码?)?(?:也要|也给|也发|也说|也告诉|也一起)|(?:电话|地址|邮箱|邮编|传真|网址)[^，。？?]{0,6}(?:给我|发我|告诉我|发一下|发下|给一下|给下|说一下|说下|讲一下|讲下|给一个|给个|来一个|来个|发一个|发个)|(?:给我|发我|告诉我|说一下|说下|讲一下|讲下|给个|给一个|留个|来个|要个|要一个)[^，。？?]{0,6}(?:电话|地址|邮箱|邮编|传真|网址)|(?:问下|问一下|问问|想问|请问|打听下|打听一下)[^，。？?]{0,6}(?:电话|地址|邮箱|邮编|传真|网址)(?:号码?)?$/;

/** A yes/no asked without a question mark ("有没有被人申请行政复议"). */
// (or a done-or-not at the clause's end: "信息处理费收了没有", "公开了没")
// (or the thing between, "收过信息处理费没有")
const YES_NO_ASKED = /有没有|有无|是不是|[了过](?:[^，,。？?]{0,8})没有?[?？。]*$/;

/** The asker asks to be told ("请一并说明：…", "介绍一下…"): the things named after it are what is asked. */
const TELL_ME = /^(?:请|麻烦|烦请)?(?:一并|分别|顺便)?(?:说明|告知|介绍|讲讲|说说|讲一下|说一下|列一下|列出)/;
/** The lead-in alone ("烦请告知", "请一并说明一下"). */
const TELL_ME_ONLY = new RegExp(`${TELL_ME.source}(?:一下|下)?$`);
/** A thing of the procedure named as what is wanted ("通知补正的期限", "以及第三方答复的期限。"), or a count ("不予公开的件数"). */
const NOUN_WANTED = /(?:期限|时限|条件|方式|渠道|流程|程序|费用|材料|依据|件数|数量)[。.]?$/;

/** Asking for it all at once ("一起告诉我", "都说说"): asks nothing of its own. */
const TOGETHER_ONLY = /^(?:请|麻烦)?(?:一起|一块儿?|一并|都|全都|统统)(?:告诉我|说说|说一下|讲讲|讲一下|发我)(?:吧|哈|呗|一下)?[。.!！?？]?$/;
/** A matter announced, no question in it ("还有我想问问低保的事"): the question about it, if any, follows. */
const MATTER_ONLY = /^(?:还有|另外|然后)?(?:我)?(?:还)?想(?:问问|问一下|问下|咨询一下|咨询)[^，。？?、]{1,10}的事(?:情|儿)?[。.!！]?$/;
/** A how-many in a list ("主动公开多少条信息、收到多少件申请"): each of its items. */
const HOW_MANY = /多少|几[件个条次项份篇宗家名人期场]/;
/** A clause listing how-manys with 、 ("主动公开多少条信息、收到多少件申请？"): one ask per item, each asking; else the clause. */
function listedCounts(clause: string): string[] {
  if (!clause.includes('、')) return [clause];
  const items = clause.split('、').map((c) => c.trim());
  return items.length <= MAX_ASKS && items.every((c) => HOW_MANY.test(c)) ? items : [clause];
}

/** The asking clauses of a message: two long enough to stand alone (or up to three, each marked as a question), else none. */
function twoAsks(norm: string): string[] {
  const told = TELL_ME.test(norm);
  // (the lead-in alone, "烦请告知：…", asks nothing of its own: what follows it is asked)
  // (whether the asker pays, asked after another question — "申请咋整啊，要不要花钱", read 要花钱: a question of its own,
  // however short)
  const found = inheritHowMany((runOn(norm).match(CLAUSE_WITH_MARK) ?? []).map((c) => c.trim())).filter((c) => !TELL_ME_ONLY.test(c) && !TOGETHER_ONLY.test(c) && !MATTER_ONLY.test(c) && ((ASKING.test(c) || HOW_LONG.test(c) || A_NOT_A.test(c) || CONTACT_WANTED.test(c) || YES_NO_ASKED.test(c) || (told && NOUN_WANTED.test(c))) && c.replace(/[?？]$/, '').length >= POLICY.askMinChars || OWN_FEE_ASKED.test(c)));
  // (one asking clause listing how-manys, "主动公开多少条信息、收到多少件申请？": each item asks)
  const asks = found.length === 1 ? listedCounts(found[0]!) : found;
  if (asks.length === 2) return asks;
  // a story with question words of its own ("…说不清是按什么标准定的") and two sentences marked as questions,
  // each read whole ("要是一直不理我们，我们还能怎么办？")
  const marked = (norm.match(QUESTION_SENTENCE) ?? []).map((c) => c.replace(/^[^:：]*[:：]/, '').trim());
  if (asks.length > 2 && marked.length === 2) return marked;
  // (or a story whose words ask ("想看看原文到底咋规定的") before one sentence marked as a question that asks two
  // things: "另外想问下：这种申请要交钱吗，交上去多久能回复？")
  const last = marked.at(-1);
  const inLast = last ? asks.filter((c) => last.includes(c)) : [];
  if (asks.length > 2 && inLast.length === 2) return inLast;
  // (or three questions in a row, each asking and marked as a question: "…是哪一年的？主动公开了几件？电话多少？")
  return asks.length > 2 && asks.length <= MAX_ASKS && asks.every((c) => MARKED_QUESTION.test(c)) && marked.length === asks.length ? asks : [];
}

/** What a clause opened by 还有 names after a how-many clause ("…申请是多少件，还有微博的关注量"): a measure of a thing, the
 *  how-many it leans on unsaid. */
const NAMED_AFTER_HOW_MANY = /^(?:还有|另外|再就是|再有)(?:就是)?(?:那个|那)?\p{Script=Han}{2,12}$/u;

/** A clause that names only another thing after a how-many clause, "还有微博的关注量": asked as how many too. */
function inheritHowMany(clauses: string[]): string[] {
  // (the message's last clause only, and no story of the asker's own: "还有就是我对…决定不服，该咋办" asks what to do)
  return clauses.map((c, k) => (k > 0 && k === clauses.length - 1 && NAMED_AFTER_HOW_MANY.test(c) && !/[我俺咱]/.test(c) && !ASKING.test(c) && HOW_MANY.test(clauses[k - 1]!) ? `${c}是多少` : c));
}

/** Kinds of question that ask about a subject named before them ("…专区，打算建在哪儿"); not how ("…环评批复，怎么申请" asks how to apply). */
const SUBJECT_BEFORE_KINDS: ReadonlySet<string> = new Set(['where']);

/** The clause, or with the story clause right before it when it asks where of nothing it names, or only what then ("可以怎么办"). */
function withStory(norm: string, clause: string): string {
  // (a bare what-then asks of the clause before it: "另外我要是不服不予公开的决定，可以怎么办")
  const whatThen = WHAT_THEN.test(clause);
  if (!whatThen && (!SUBJECT_BEFORE_KINDS.has(questionKind(clause)) || tellingWords(clause).some((w) => !SUBJECT_FREE.test(w)))) return clause;
  const at = norm.indexOf(clause);
  const before = at > 0 ? norm.slice(0, at).replace(/[,，]\s*$/, '') : '';
  const story = before.split(/[,.?!;:。？！，；：\n]/).at(-1)?.trim() ?? '';
  return story && !ASKING.test(story) ? `${story}，${clause}` : clause;
}
/** A connective that opens a second question ("还有", "另外", "再就是"), never part of what it asks. */
const JOINS_NEXT = /^(?:还有就是|还有|另外|此外|再就是|再有|然后)(?=\p{Script=Han}{4,})/u;
/**
 * A government or its office said by its level alone, no place before it ("市政府办", "县政府"): in a clause after the
 * message named its office, that office's — never another loaded office that the level alone would read.
 */
const LEVEL_ONLY_GOVERNMENT = /(?<!\p{Script=Han})[省市区县镇乡](?:人民)?政府(?:办公[室厅]|办)?/u;
/** What to do, asked with nothing named ("可以怎么办", "那该咋办呢"). */
const WHAT_THEN = /^(?:那|那么|我)?(?:可以|能|该|应该|应当|要|会)?(?:怎么办|咋办|咋整|怎么处理|如何处理|怎么弄)(?:呢|啊|呀)?[?？]?$/;
/** Words of an asking clause that name no subject ("打算建在哪儿", "准备放在哪"). */
const SUBJECT_FREE = /^(?:打算|准备|计划|应该|可以|能够|需要|一般|大概|具体)$/;

/** The rule that says whether the report speaks of a thing (src/core/policy/mention-asked.ts). */
const MENTION_RULE = 'mention-asked';

/** The rule named when a contact detail is added for a clause of its own. */
const CONTACT_RULE = 'confident-intent';
/** The one contact detail a clause asks for ("打什么电话", "电话告诉我"), as its intent; undefined for none or several. */
function contactAsked(clause: string): string | undefined {
  if (!ASKING.test(clause) && !CONTACT_WANTED.test(clause)) return undefined;
  const fields = CONTACT_FIELD_NOUNS.filter(([re]) => re.test(clause)).map(([, id]) => id);
  return fields.length === 1 ? fields[0] : undefined;
}

/** The fee rule (intents/procedure.yml), and the rule named when it is added for a clause of its own. */
const FEE_INTENT = 'procedure.fee';
const FEE_RULE = 'confident-intent';
/** The rule of the money of a thing only the report names (src/core/policy/amount-of-report-thing.ts). */
const AMOUNT_RULE = 'amount-of-report-thing';
/** Whether the asker pays, asked ("要不要收费", "需不需要交钱", "收不收钱", "免费吗"), not what an office charged ("收了多少"). */
// ("要不要钱" arrives as 要不花钱: the synonyms read 要钱 as 花钱)
const OWN_FEE_ASKED = /(?:要不要|需不需要|需要|用不用|得不得|要不|要|得|收不收|收)(?:交|收|付|花)?(?:好多|很多|多少|不少|一大笔|大笔)?(?:钱|费用?)(?:吗|不|啊|呀|嘛)?[?？]?$|免费(?:吗|不|的吗)[?？]?$/;
/** The time limit to answer a request, and the remedies when it passes. */
const TIME_LIMIT_INTENT = 'procedure.time';
const REMEDIES_INTENT = 'procedure.remedy';
/** The rule named for a remedies answer added after a time limit. */
const OVERDUE_RULE = 'remedy-asked';
/** Past a limit, then what ("超过了咋个办", "过了期限还不答复怎么办", "逾期了咋整"). */
const OVERDUE_THEN_WHAT = /(?:超过|超出|过了|超时|逾期|到期)(?:了)?(?:期限|时限|时间|日子|这个时间)?[^，。？?]{0,6}(?:怎么办|咋办|咋个办|咋整|怎么处理|能怎么|该怎么)/;

/** The whole message's answer, with the other question's answer added when the message asks two things. */
export function withSecondAsk(
  kn: Knowledge,
  u: Understanding,
  state: ConvState,
  out: Outcome,
  now: Date,
  first: FirstDecision,
): Outcome {
  // (a check of the report's figures already sets them out: nothing to add)
  // (nor does an article quoted: "第三十九条第一款规定的是什么情形？行政机关应当如何处理？" — its text says how)
  // (nor a thing the report is said not to mention: the message asked one thing, whether the report speaks of it)
  // (a count the report's text tells answers the message, read from one clause: another how-many clause's count is added
  // only, "作出答复多少件？上年结转过来的又有多少件？")
  const countPassage = PASSAGE_COUNT_ANSWERS.has(out.answer.rule ?? '');
  if (out.answer.fallback || out.answer.kind !== 'answer' || (!out.answer.intent && !countPassage) || out.answer.rule === CHECK_RULE || out.answer.rule === MENTION_RULE || out.answer.intent === ARTICLE_INTENT) return out;
  // (nor a report's date set against the deadline: "哪天发布的？有没有超过…期限" is one question, its verdict said)
  if (out.answer.rule === DEADLINE_RULE && LATE_VERDICT.test(out.answer.text)) return out;
  const asks = asksOf(u.norm);
  // (whether the asker pays, asked last after a story and another question — "俺想问问…，申请咋整啊，要不要花钱": the fee
  // rules added, however the clauses before it split)
  const feeLast = asks.length ? undefined : u.norm.split(/[，,。？?！!；;]/).map((c) => c.trim()).filter(Boolean).at(-1);
  if (!asks.length && !OWN_FEE_ASKED.test(feeLast ?? '')) return out;
  const topicOf = (id: string | null) => kn.byId.get(id ?? '')?.topic ?? id;
  // the clause is read about the report the message's answer used ("南岗区…电话多少？另外…有几件"): the same
  // report, and never every loaded office's for a clause that names none
  // (an answer of no report — "去年的年报出了吗？主动公开了多少条" — leaves the office the message names)
  const named = !out.answer.report && u.slots.offices.length === 1 ? pickReport(kn, u.slots, state).report : undefined;
  const aboutReport = out.answer.report || named?.id;
  const about: ConvState = aboutReport ? { report: aboutReport } : state;
  // the fee rules (第四十二条) for a clause that asks whether the asker pays, when the answer is not already them
  // (or beside the fee intent's own answer when that told what the report says of fees, "…实际收过信息处理费没有": said()
  // keeps the rules from being given twice)
  const feeAnswer = (clause: string, besideFee = false): string | undefined => {
    // (not after the money of a thing only the report names, "专区得花多少钱": that is no fee of a request)
    if (!OWN_FEE_ASKED.test(clause) || (out.answer.intent === FEE_INTENT && !besideFee) || out.answer.rule === AMOUNT_RULE || !kn.byId.has(FEE_INTENT)) return undefined;
    const added = carryOut(kn, { kind: 'intent', intent: kn.byId.get(FEE_INTENT)!, confidence: THRESHOLDS.answer }, understand(kn, clause, about, now), about, FEE_RULE);
    return added.answer.fallback ? undefined : added.answer.text;
  };
  if (feeLast !== undefined) {
    const fee = feeAnswer(feeLast);
    return !fee || said(out.answer.text, fee) ? out : { ...out, answer: { ...out.answer, text: `${out.answer.text}\n\n${fee}` } };
  }
  // (one question and how the report tells it, "为什么…内容比较单一？报告里怎么解释的": one question, answered whole)
  if (asks.length === 2 && asks.some((c) => HOW_TOLD_ONLY.test(c))) return out;
  let text = out.answer.text;
  // (the clause the message's answer was read from answers its own ask: "要是表上写得不清楚，政府会怎么处理" read with the
  // condition is not asked again alone)
  const focus = u.focus !== u.classifierText && CONDITION_OPENS.test(u.focus) ? u.focus.replace(/zmetric/g, '').trim() : '';
  for (const [i, clause] of asks.entries()) {
    // (a clause whose only question word is the 几 of a rough number, "我一个月里想申请几十条信息", tells and asks nothing)
    const unrough = clause.replace(ROUGH_NUMBER, '');
    if (unrough !== clause && !ASKING.test(unrough) && !MARKED_QUESTION.test(clause)) continue;
    if (focus.length > clause.length && CONSEQUENCE_ASKED.test(clause) && focus.includes(clause.replace(/[?？]$/, ''))) continue;
    // a clause that leans on the other ("不予公开多少件，都是啥原因") has no telling word of its own
    const others = asks.filter((_, k) => k !== i);
    const other = new Set(others.flatMap((c) => tellingWords(c)));
    // (or asks another telling kind than the other clause: "怎么申请，多久能答复" — how, then how long)
    const kind = questionKind(clause);
    const ownKind = TELLING_KINDS.has(kind) && others.every((c) => kind !== questionKind(c));
    // (a how-many of a part, "其中无法提供的又有几件", is a question of its own: its row is another figure)
    const partCounted = partAsked(clause);
    // (an item of a list of how-manys, "…发了几份、文件解读发了几条", is a question of its own, however short or alike)
    const listed = u.norm.includes(`${clause}、`) || u.norm.includes(`、${clause}`);
    // (or a how-many in a measure of its own, "主动公开了多少条信息？受理了多少件申请？": 条 of items against 件 of requests)
    const unit = HOW_MANY.test(clause) ? countAsked(clause)?.unit : undefined;
    const ownCount = !!unit && others.every((c) => { const o = countAsked(c)?.unit; return !!o && o !== unit; });
    if (!partCounted && !listed && ((!tellingWords(clause).some((w) => !other.has(w)) && !ownKind && !ownCount) || LEANS_BACK.test(clause))) continue;
    // past the time limit just given, what then ("…多久答复，超过了咋个办"): the remedies — the clause alone ("超过了怎么办")
    // could be read of anything that is exceeded (超过10件 → the fee), so only after the time limit
    if (out.answer.intent === TIME_LIMIT_INTENT && OVERDUE_THEN_WHAT.test(clause) && kn.byId.has(REMEDIES_INTENT)) {
      const cu = understand(kn, clause, about, now);
      const added = carryOut(kn, { kind: 'intent', intent: kn.byId.get(REMEDIES_INTENT)!, confidence: THRESHOLDS.answer }, cu, about, OVERDUE_RULE);
      if (!added.answer.fallback && !said(text, added.answer.text)) text = `${text}\n\n${added.answer.text}`;
      if (asks.length === 2) break;
      continue;
    }
    // whether the asker must pay, asked in a clause of its own ("去那申请信息公开要不要收费"): the fee rule (第四十二条), which
    // a clause read alone, its place words unknown, may read only weakly
    // (not of a report whose year the message names and which says what it charged, "…22年…？信息公开有没有收费？": that
    // report's own words, read below)
    const reportFee = u.slots.years.length > 0 && FEE_CHARGED.test(clause) && !ASKER_PAYS.test(clause) && !!aboutReport && !!reportById(kn, aboutReport)?.feeStatement;
    if (reportFee && OWN_FEE_ASKED.test(clause)) {
      const r = reportById(kn, aboutReport!)!;
      const line = `${reportLabel(r)}报告写道：${r.feeStatement}`;
      if (!text.includes(r.feeStatement!)) text = `${text}\n\n${line}`;
      if (asks.length === 2) break;
      continue;
    }
    if (OWN_FEE_ASKED.test(clause) && kn.byId.has(FEE_INTENT)) {
      const fee = feeAnswer(clause, true);
      // (the answer already the fee rules, "要收费吗？一般多久能答复": the other question is still to be answered)
      if (!fee || said(text, fee)) continue;
      text = `${text}\n\n${fee}`;
      if (asks.length === 2) break;
      continue;
    }
    // (a where or how with no subject of its own takes it from the story clause just before it: "我听说要搞个线下的
    // 政务公开专区，打算建在哪儿" — where the 专区 is, not where the office is)
    // (about one report: read once per clause, clause-reading.ts)
    // (a connective opening the clause says only that another question follows: "还有申请公开要不要钱" asks the fee)
    const told = withStory(u.norm, clause).replace(JOINS_NEXT, '');
    const asked = aboutReport && u.slots.offices.length ? told.replace(LEVEL_ONLY_GOVERNMENT, '') : told;
    const reading = aboutReport ? readClauseAbout(kn, asked, aboutReport, now, first) : undefined;
    const cu = reading?.cu ?? understand(kn, asked, about, now);
    if (cu.followUp.is && !listed) continue;
    const { rule, decision } = reading?.decide() ?? first(cu, about, kn);
    // (a contact detail asked in a clause its other words leave unread, "另外有事找他们打什么电话", "顺便把他们党政办电话告诉我":
    // that detail of the report, as the message asked it)
    const detail = decision.kind === 'fallback' ? contactAsked(clause) : undefined;
    if (detail && topicOf(out.answer.intent) !== topicOf(detail) && kn.byId.has(detail)) {
      const added = carryOut(kn, { kind: 'intent', intent: kn.byId.get(detail)!, confidence: THRESHOLDS.answer }, cu, about, CONTACT_RULE);
      if (!added.answer.fallback && !said(text, added.answer.text)) text = `${text}\n\n${added.answer.text}`;
      if (asks.length === 2) break;
      continue;
    }
    // (or the passage that holds a word only the report uses, asked where it is: "…政务公开专区，打算建在哪儿")
    // (or of words only the report uses, asked in a question of its own: "…统计期限是从哪天到哪天？电子版去哪下载？")
    // (or whether the requests were answered in time, "…收了几件，有没有超期答复的": the report's sentence saying so)
    if (decision.kind === 'passage' && (rule.name === RARE_TERM_RULE || rule.name === ON_TIME_RULE || (rule.name === REPORT_WORDS_RULE && (askedOnItsOwn(clause) || lastUnmarked(u.norm, clause, i === asks.length - 1))))) {
      const added = carryOut(kn, decision, cu, about, rule.name);
      if (!said(text, added.answer.text, clause)) text = `${text}\n\n${added.answer.text}`;
      if (asks.length === 2) break;
      continue;
    }
    // (or a count the text tells, asked by a how-many clause of its own: "部门网站公开了多少条？依申请公开又办了几条？")
    // (the text's count over a row of table 二 only for a later clause: the first one is the message's own answer's)
    // (or, after a count of the text, another count of the text only: the intent rules below weigh topics the answer has not)
    // (or the first clause when the message's answer is of another table: "政府集中采购公示了几项？有没有…行政复议？" answered the review)
    const textCount = COUNT_RULES.has(rule.name) && (rule.name !== TEXT_OVER_ROW_RULE || i > 0 || (!!out.state.metric && out.state.metric.table !== '二'));
    if (decision.kind === 'passage' && cu.quantity && (textCount || (countPassage && PASSAGE_COUNT_ANSWERS.has(rule.name)))) {
      const added = carryOut(kn, decision, cu, about, rule.name);
      if (added.answer.fallback || said(text, added.answer.text, clause)) continue;
      text = `${text}\n\n${added.answer.text}`;
      if (asks.length === 2) break;
      continue;
    }
    if (!ADDABLE.has(decision.kind) || !('confidence' in decision)) continue;
    // a how-many clause the first answer already counts ("信函申请多少件，网络申请多少件" → "…网络申请28件"): no
    // answer of another kind is added for it (how to apply online)
    if (decision.kind === 'intent' && cu.kind === 'count' && countedAlready(text, clause)) continue;
    // nothing to add (decided before any answer is made): the same intent, or a figure the answer already
    // gives ("新收了几件，上年结转几件": 上年结转 is another figure; "不予公开几件，原因呢" is not)
    // (a how-many in a measure of its own is another figure, though read through the same figures intent)
    if (!('intent' in decision) || (decision.intent.id === out.answer.intent && decision.kind !== 'figure' && !ownCount)) continue;
    // (a total asked before a part of it, "总共收到多少申请？其中网上提交的又有多少？": the message's answer may have read the part
    // from the text, so the total is read as a figure of its own; said() drops it when the answer already gives it)
    const partFollows = i === 0 && asks.slice(1).some(partAsked);
    if (decision.kind === 'figure' && givenAlready(decision.metric, out.state.metric) && !partFollows) continue;
    // (the report's figures read from a clause that neither asks how many nor names a report, "政府会怎么处理" after a story of the
    // asker's own request: what will be done with it, no figure of any year)
    // (a figure of a row named stays: "…为啥被不予处理" is that row's reasons)
    const figureRead = decision.kind === 'intent' && decision.intent.topic === figuresIntent(kn)?.topic;
    if (figureRead && !cu.quantity && !cu.slots.offices.length && !cu.slots.years.length && !u.slots.offices.length && !u.slots.years.length) continue;
    // another intent of the same topic only when its example asks the clause's own kind ("怎么申请，多久能答复")
    // — or a yes/no of its own read clearly ("要不要交钱啊…能不能口头说": the fee beside how to apply)
    // — or a question marked as such on its own, read confidently ("能以公司名义申请吗？要准备什么材料？")
    // (or a thing named as wanted after "请说明", "…的期限，以及…的期限": a question of its own)
    // (or a contact detail asked for in so many words: "梅县区政府办公室电话给我一下，顺便问下…多少个工作日内要答复？")
    // (or a yes/no asked as such, "收没收费" read 有没有收费)
    const marked = (MARKED_QUESTION.test(clause) || QUESTION_WORD.test(clause) || YES_NO_ASKED.test(clause) || CONTACT_WANTED.test(clause) || (TELL_ME.test(u.norm) && NOUN_WANTED.test(clause))) && decision.confidence >= THRESHOLDS.answer;
    const ownYesNo = decision.kind === 'intent' && cu.kind === 'yesno' && decision.confidence >= POLICY.secondAskIntentScore;
    if (decision.kind === 'intent' && topicOf(decision.intent.id) === topicOf(out.answer.intent) && !sameKind(cu) && !ownYesNo && !marked) continue;
    // an intent read from a clause alone must be a clear match: the clause has lost the message's context
    // (or a plausible one whose example asks the clause's own kind: "申请一般多久能答复" ~ 多久能收到答复)
    const kindAgrees = decision.kind === 'intent' && sameKind(cu) && decision.confidence >= THRESHOLDS.clarify;
    if (decision.confidence < THRESHOLDS.answer && !kindAgrees) continue;
    if (decision.kind === 'intent' && decision.confidence < POLICY.secondAskIntentScore && !kindAgrees && !marked) continue;
    const added = carryOut(kn, decision, cu, about, rule.name);
    // another topic than the whole message's answer, and not already said by it
    if (added.answer.fallback || NEVER_ADDED.has(topicOf(added.answer.intent) ?? '') || said(text, added.answer.text, clause)) continue;
    text = `${text}\n\n${added.answer.text}`;
    // (two questions: one answer added; numbered ones: each)
    if (asks.length === 2) break;
  }
  return text === out.answer.text ? out : { ...out, answer: { ...out.answer, text } };
}

