/**
 * Which clause of a long message decides its reading (the focus), and the text ranked for it: the asking clause,
 * a short one read with the clause before it, a consequence read with its condition; the story, hearsay, bare
 * question phrases and "which article" asides never decide alone. Split from understanding.ts (one stage: the focus).
 */
import type { Intent } from '../answer/intents.js';
import { contentWords } from '../answer/retrieve.js';
import { gluedWord, QUESTION_WORDS, type Scored } from '../understand/classifier.js';
import { BoundedMemo, READING_MEMO_MAX } from '../understand/memo.js';
import type { Knowledge } from './knowledge.js';
import { ASKING, CLAUSE_SPLIT, COUNTED_WORD, DURATION, HOW_TOLD_ONLY, SMALLTALK_TOPIC } from './patterns.js';
import { POLICY, THRESHOLDS } from './thresholds.js';

/**
 * A short message the writer broke into clauses ("年报里有些数字看不懂，该问哪个科室"): when the whole reads
 * weakly (below the answer threshold), its last asking clause alone, if that reads confidently.
 */
function shortClauses(kn: Knowledge, clsText: string, whole: Scored<Intent> | undefined): Clauses {
  const plain = { focus: clsText, ranked: clsText };
  if (!CLAUSE_SPLIT.test(clsText)) return plain;
  const clauses = clsText.split(CLAUSE_SPLIT).filter((c) => c.replace(/zmetric/g, '').trim().length >= 2);
  const last = clauses.at(-1) ?? '';
  // the clause that asks; a last clause that asks how long without a question word ("他们多久要答复我") too
  // (not one asking only how the report words it, "报告里原话怎么写的": the thing asked is the other clause's)
  const asking = clauses.length > 1 ? [...clauses].reverse().find((c) => ASKING.test(c) && !HOW_TOLD_ONLY.test(c.replace(/zmetric/g, '').trim())) ?? (DURATION.test(last) ? last : undefined) : undefined;
  if (!asking) return plain;
  // an asking clause that is a bare question phrase ("…记录写错了，怎么办") asks about the rest: the whole stays
  // (as does one asking only which article says so: "…多久必须给我答复，是哪条规定的")
  if (BARE_QUESTION.test(asking.replace(/zmetric/g, '').trim()) || ARTICLE_ONLY.test(asking.replace(/zmetric/g, '').trim())) return plain;
  // a strong whole stays — unless it tells a story and then asks how long ("想向…申请公开一份文件，他们多久
  // 要答复我") while the whole reads as no time limit at all: the story's words picked another intent
  // (a lead-in clause, "我就想问问：…", asks nothing of its own)
  const toldThenHowLong =
    last === asking && DURATION.test(asking) && clauses.slice(0, -1).every((c) => !ASKING.test(c) || LEAD_IN.test(c.trim())) && !DURATION.test(whole?.example ?? '');
  // (or tells it and then asks where to send it, "我想向…申请公开一份文件，纸质申请寄到哪里": the whole read as how to apply)
  const toldThenWhere =
    last === asking && SEND_WHERE.test(asking) && clauses.slice(0, -1).every((c) => !ASKING.test(c)) && !SEND_WHERE.test(whole?.example ?? '');
  const weak = (whole?.score ?? 0) < THRESHOLDS.answer && ASKING.test(asking);
  if (!weak && !toldThenHowLong && !toldThenWhere) return plain;
  // the other clauses name something only the reports speak of ("线下政务公开专区"): the whole stays
  const rest = clauses.filter((c) => c !== asking).join('，');
  if (contentWords(rest).some((w) => w.length >= 2 && !kn.classifier.knows(`w:${w}`) && kn.vocab.has(w))) return plain;
  const ranked = asking.includes('zmetric') || !clsText.includes('zmetric') ? asking : `${asking} zmetric`;
  const top = kn.classifier.best(ranked);
  return top && top.score >= (toldThenHowLong || toldThenWhere ? THRESHOLDS.clarify : THRESHOLDS.answer) ? { focus: asking, ranked } : plain;
}

/** The asker telling they phoned ("打电话也没人说得清", "打了好几次电话没人接"). */
const CALLED_TOLD = /打(?:了|过)?(?:个|好几个|几个|好几次|几次|很多次)?电话|电话(?:打了|打过|没人接|打不通|占线)/;
/** A clause that only leads in to the question ("我就想问问", "想问一下", "请问"). */
const LEAD_IN = /^(?:我|俺)?(?:就|只|主要)?(?:想|是想)?(?:问问|问一下|问下|请问|了解一下|咨询一下)$/;
/** Where to send or hand in something asked ("寄到哪里", "交到哪儿", "递交到什么地方"). */
const SEND_WHERE = /(?:寄|邮寄|送|交|递交|提交)(?:过去|到|去|给)?(?:哪里|哪儿|哪|什么地方|什么地址|哪个地址)/;

/**
 * The clause that decides the ranking, and the text ranked for it. (Clauses are weighed by their best
 * entry only, Classifier.best(); the list of the one that decides is made from the memo afterwards.)
 */
interface Clauses {
  focus: string;
  ranked: string;
}

/** Readings of clauses kept per knowledge (as many as the other readings; a full table replaces one at random, memo.ts). */
const CLAUSES_MEMO_MAX = READING_MEMO_MAX;
const clausesMemo = new WeakMap<Knowledge, BoundedMemo<string, Clauses>>();

/**
 * Ranks the text; a long message is also ranked clause by clause and the best-matching clause decides.
 * Which clause decides is a pure function of the knowledge and the text: memoised as the clause and the
 * text ranked for it (the ranking itself is made again by the classifier, from its own memo), so a
 * repeated long message is ranked once instead of once per clause.
 */
export function rankClauses(kn: Knowledge, clsText: string): { cands: readonly Scored<Intent>[]; focus: string } {
  let memo = clausesMemo.get(kn);
  if (!memo) clausesMemo.set(kn, (memo = new BoundedMemo(CLAUSES_MEMO_MAX)));
  const hit = memo.get(clsText);
  if (hit) return { cands: kn.classifier.rank(hit.ranked), focus: hit.focus };
  const { focus, ranked } = readClauses(kn, clsText);
  memo.set(clsText, { focus, ranked });
  return { cands: kn.classifier.rank(ranked), focus };
}

/** Why asked ("为啥", "为什么", "咋回事"): a question, whatever its mark. */
const WHY_WORDS = /为啥|为什么|咋回事|怎么回事|凭什么/;
/** A clause telling what the asker heard ("听说可以申请…", "据说要收费"). */
const HEARSAY_CLAUSE = /^(?:我|俺)?(?:听说|据说|听人说|听别人说|听朋友说|有人说|网上说)/;
/** The asker telling what the answer is for ("我报表要填", "我们改稿要用"): first person, nothing asked or requested. */
const ASKERS_REMARK = /^(?:我|我们|俺|俺们|咱|咱们|本人)(?!\s*(?:想问|想知道|问一下|问下))/;
/** A request or an A-not-A question, which a remark never is ("给我说一下", "要不要改", "有没有"). */
const REQUESTS = /说一下|说下|讲一下|讲讲|说说|给我|帮我|麻烦|([\p{Script=Han}])[不没]\1/u;
/** A short clause of the asker's own after one that asks ("…是多少，我报表要填"): a remark on the question, not part of it. */
function remarkAfterQuestion(before: string, clause: string): boolean {
  const plain = clause.replace(/zmetric/g, '').trim();
  return ASKERS_REMARK.test(plain) && !ASKING.test(plain) && !WHY_WORDS.test(plain) && !REQUESTS.test(plain) && ASKING.test(before);
}
/** A clause that only says who the asker is ("我是甘雨镇党建办的", "本人是退休职工"). */
const SELF_INTRO = /^(?:我|俺|本人|我们|咱)是[^，。？?吗呢]{1,16}$/;
/** A clause ending as a question ("…吗", "…？"). */
const QUESTION_MARKED = /[?？吗呢嘛]$/;

function readClauses(kn: Knowledge, clsText: string): Clauses {
  const whole = kn.classifier.best(clsText);
  if (clsText.length <= POLICY.clauseMinChars) return shortClauses(kn, clsText, whole);
  let best: Clauses = { focus: clsText, ranked: clsText };
  let bestTop = whole;
  let bestScore = whole?.score ?? 0;
  // a short clause goes on from the one before it ("想申请行政复议，期限是多少天"): read the two together
  const parts = clsText.split(CLAUSE_SPLIT);
  // (a short remark after a question that asks nothing itself — "…工作动态类是多少，我报表要填" — is no part of it:
  // the question is read as its own clause, never with the remark's words)
  const joined = parts.map((c, i) => {
    if (i === 0 || c.replace(/zmetric/g, '').trim().length > POLICY.followUpMaxChars) return c;
    return remarkAfterQuestion(parts[i - 1]!, c) ? '' : `${parts[i - 1]}，${c}`;
  });
  // (and the short clause alone too, when it asks with a content word of its own: "…资金使用情况，要带什么材料" asks
  // the materials, whatever the story's words dilute it to when joined)
  // (only when joined it reads nothing at all: below the clarify threshold)
  const entries: [number, string][] = joined.flatMap((c, i): [number, string][] =>
    c !== parts[i] && ASKING.test(parts[i]!) && THING_ASKED.test(parts[i]!) && (kn.classifier.best(c)?.score ?? 0) < THRESHOLDS.clarify ? [[i, c], [i, parts[i]!]] : [[i, c]],
  );
  // (what happens, asked after a condition — "要是表上写得不清楚,政府那边会怎么处理": read with the condition, not alone)
  const conditioned = new Set<string>();
  let conditionedBest: { clauses: Clauses; score: number } | undefined;
  const conditionedAt = new Set<number>();
  const conditionedAsk = new Set<string>();
  for (let i = 1; i < parts.length; i++) {
    if (!CONSEQUENCE_ASKED.test(parts[i]!.replace(/zmetric/g, '').trim())) continue;
    const k = [i - 1, i - 2].find((x) => x >= 0 && CONDITION_OPENS.test(parts[x]!.trim()));
    if (k === undefined) continue;
    const c = parts.slice(k, i + 1).join('，');
    entries.push([i, c]);
    conditioned.add(c);
    conditionedAt.add(i);
    conditionedAsk.add(parts[i]!.trim());
  }
  for (const [i, clause] of entries) {
    if (clause.replace(/zmetric/g, '').trim().length < 2) continue;
    const ranked = clause.includes('zmetric') || !clsText.includes('zmetric') ? clause : `${clause} zmetric`;
    const top = kn.classifier.best(ranked);
    // a greeting or thanks inside a longer message ("尊敬的工作人员您好！…要准备什么材料？") is not what it asks
    if (top?.item.topic === SMALLTALK_TOPIC) continue;
    // a clause that only tells the asker applied ("我向平川区发改局申请信息公开"), beside one that asks: the story, not
    // the question ("…20个工作日过去了一直不答复，咋办")
    // (or one that asks why, "…为啥他们说不按信息公开申请处理")
    // (or how long, "…，如果他们说来不及，最多还能延长多久")
    if (!ASKING.test(clause) && onlyApplying(clause) && joined.some((c) => c !== clause && (ASKING.test(c) || WHY_WORDS.test(c) || DURATION.test(c)))) continue;
    // (nor a lead-in, "我就想问问", alone or read with the clause before it: the question comes after it)
    if (LEAD_IN.test(parts[i]!.replace(/zmetric/g, '').trim()) && i < parts.length - 1) continue;
    // (nor one that only tells the asker phoned, "打电话也没人说得清": the story, another clause asks)
    if (!ASKING.test(parts[i]!) && CALLED_TOLD.test(parts[i]!) && parts.some((c, k) => k !== i && (ASKING.test(c) || DURATION.test(c)) && ownContent(kn, c))) continue;
    // (nor one that only says who the asker is, "我是甘雨镇党建办的": another clause with words of its own asks)
    if (SELF_INTRO.test(parts[i]!.replace(/zmetric/g, '').trim()) && clause === parts[i] && parts.some((c, k) => k !== i && ownContent(kn, c))) continue;
    // (nor one that tells what the asker heard, "听说可以申请政府信息公开。申请表上要写些啥": the story, the other asks)
    if (HEARSAY_CLAUSE.test(parts[i]!.trim()) && !QUESTION_MARKED.test(parts[i]!.replace(/zmetric/g, '').trim()) && parts.some((c, k) => k !== i && ASKING.test(c) && ownContent(kn, c))) continue;
    // a clause with no content word of its own ("是卡在哪儿了") asks about the rest: it cannot stand alone
    if (!ownContent(kn, clause)) continue;
    // nor does one that asks only which article says so ("是哪条规定的"): the rule asked is the other clause's
    // (also with a short remark joined on that asks nothing: "依据是条例第几条，我要写进函里")
    const joinedOnto = clause !== parts[i] ? parts[i - 1] : undefined;
    if (ARTICLE_ONLY.test(parts[i]!.replace(/zmetric/g, '').trim()) || (joinedOnto !== undefined && ARTICLE_ONLY.test(joinedOnto.replace(/zmetric/g, '').trim()) && !ASKING.test(parts[i]!))) continue;
    // (nor one that only sets a condition, asking nothing — "若对…年度报告尚存疑问，…不知应拨打哪个号码": the premise, the
    // clause that asks for a thing by its name or how long is the question — not "…应如何处理", which asks of the condition)
    const others = parts.filter((_, k) => k !== i);
    if (premiseOnly(parts[i]!) && others.some((c) => asksThingOrHowLong(c) && ownContent(kn, c))) continue;
    // (nor one that only names the rule the question stands on, "依现行《条例》规定": the premise, another clause asks)
    if (PREMISE_ONLY.test(parts[i]!.replace(/zmetric/g, '').trim()) && others.some((c) => ASKING.test(c) || DURATION.test(c))) continue;
    // (nor one that asks only how the report words it, "报告里原话怎么写的": the thing asked is the other clause's)
    if (HOW_TOLD_ONLY.test(parts[i]!.replace(/zmetric/g, '').trim()) && parts.length > 1) continue;
    // (nor a bare why, "具体是因为什么": it asks why of the clause before)
    // (the piece after a final question mark is empty: the clause is the one before it, "具体是因为什么？")
    const piece = (parts[i]!.replace(/zmetric/g, '').trim() || parts[i - 1]?.replace(/zmetric/g, '').trim()) ?? '';
    if (i > 0 && BARE_QUESTION.test(piece) && (parts[i]!.trim() || i > 1) && !conditioned.has(clause)) continue;
    // (a consequence asked of a condition is read with it only)
    if ((conditionedAt.has(i) || conditionedAsk.has(clause.replace(/^[，,\s]+|[，,\s]+$/g, ''))) && !conditioned.has(clause)) continue;
    const bonus = ASKING.test(clause) ? POLICY.askingClauseBonus : 0;
    // (a consequence asked of a condition, read clearly, is the question: the story clauses around it only tell)
    if (conditioned.has(clause) && top && top.score >= THRESHOLDS.clarify && (!conditionedBest || top.score > conditionedBest.score)) conditionedBest = { clauses: { focus: clause, ranked }, score: top.score };
    if (top && (!bestTop || top.score + bonus > bestScore)) {
      best = { focus: clause, ranked };
      bestTop = top;
      bestScore = top.score + bonus;
    }
  }
  return conditionedBest?.clauses ?? best;
}

/** What happens, asked with no subject of its own ("政府那边会怎么处理", "他们会怎么办", "会怎样"). */
export const CONSEQUENCE_ASKED =
  /^(?:那|那么)?(?:我|我们|(?:政府|他们|人家|对方|机关|单位|部门)?(?:那边|这边)?)?(?:该|应该|要|会|能)?(?:怎么办|咋办|咋整|怎么弄|咋弄|怎么样|会怎样|会咋样|怎么处理|如何处理|咋处理)(?:呢|啊|呀|吗)?[?？]?$/;

/** A clause that states a condition ("要是…", "如果…", "万一…"): what follows is asked of it. */
export const CONDITION_OPENS = /^(?:那)?(?:要是|如果|假如|万一|若是|倘若|假设|一旦)/;

/** A thing a short clause asks for by its own name ("要带什么材料", "电话多少"), whatever the clause before it told. */
// (or how to reach the office, "怎么联系他们")
const THING_ASKED = /材料|证件|资料|手续|身份证|电话|地址|邮编|网址|邮箱|费用|收费|申请表|联系/;

/** The domain's own words and the asker's: applying told, nothing asked of it ("我向 申请信息公开", "我已经申请了"). */
// (or going to apply, "去…申请政府信息公开", "我想去申请信息公开")
// (or who applies said as the topic, "个人申请政府信息公开，申请里要写哪些内容": the topic, the next clause asks)
const APPLYING_TOLD = /^(?:我|我们|俺|本人|个人|公民|企业|单位|公司)?(?:已经|之前|上个月|上周|前几天)?(?:想|要|准备|打算)?(?:去|到)?(?:向|给|跟|找)?\s*(?:提交了?|递交了?|提出了?|交了?)?(?:依)?(?:申请)(?:了)?(?:政府)?(?:信息)?(?:公开)?(?:申请)?(?:了)?$/;
function onlyApplying(clause: string): boolean {
  return APPLYING_TOLD.test(clause.replace(/zmetric/g, '').replace(/\s+/g, ''));
}

/** A clause that only asks which article or law says so ("是哪条规定的", "依据是什么法规", "依据是条例第几条", "这个是怎么规定的"). */
const ARTICLE_ONLY = /^(?:这|那|这个|那个)?(?:是)?(?:怎么|如何|咋)(?:规定|要求)的?(?:呢|啊)?[?？]?$|^(?:这|那|这个|那个)?(?:是)?(?:(?:条例|《条例》|法律)(?:的|上的)?(?:依据|根据)(?:是)?)?(?:根据|依据|按照)?(?:是)?(?:条例|《条例》|法规|法律)?(?:的)?(?:哪一?条|哪几条|第几条|哪个条款|什么条款|哪部法律?|什么法律?|哪个法规|什么法规|什么规定|哪个规定)(?:规定|法规|条例)?(?:的|规定的)?(?:吗|呢|啊)?[?？]?$/;

/** A clause opening with a condition ("若对…尚存疑问", "倘若本人…递交申请"); 若 alone opens one in written Chinese. */
const CONDITION_ONLY = new RegExp(`${CONDITION_OPENS.source}|^若(?!干)`);

/** A clause that only sets a condition and asks nothing ("若对…年度报告尚存疑问"). */
function premiseOnly(part: string): boolean {
  return CONDITION_ONLY.test(part.trim()) && !ASKING.test(part) && !QUESTION_MARKED.test(part.replace(/zmetric/g, '').trim());
}
/** A clause asking for a thing by its name ("应拨打哪个号码") or how long ("须在多长期限内答复"). */
function asksThingOrHowLong(part: string): boolean {
  return (ASKING.test(part) && THING_ASKED.test(part)) || DURATION.test(part);
}

/** A clause that only names the rule a question stands on ("依现行《条例》规定", "根据条例", "按照规定"). */
const PREMISE_ONLY = /^(?:依|依照|依据|根据|按照|按)(?:现行|新|最新)?(?:的)?(?:《[^》]{1,30}》|条例|法规|规定)(?:的)?(?:规定|要求)?$/;

/** A clause that is only a question phrase ("怎么办", "会怎么样", "咋整啊"). */
// (or a bare why, "…存在短板，具体是因为什么": it asks why of the clause before; or whether the report says it,
// "…啥时候完工？年报里有没有说", or what it says, "…电话和地址，年报里写的是啥": it asks of the clause before)
// (or whether doing so is allowed, "…用信息公开申请的方式反映问题，这样能按信息公开办吗": of the clause before too)
// (or by how much, "…谁多?多多少": the difference of the things the clause before names)
const BARE_QUESTION =
  /^(?:那|那么|这|这个|这样)?(?:我|我们)?(?:该|应该|要|会|能)?(?:怎么办|咋办|咋整|怎么弄|咋弄|怎么样|会怎样|怎么处理|如何处理)(?:呢|啊|呀|吗)?[?？]?$|^(?:那|这)?(?:具体)?(?:是)?(?:因为什么|为什么|为啥|什么原因|啥原因|原因是什么|原因是啥)(?:呢|啊|呀)?[?？]?$|^(?:那|这)?(?:年报|报告)(?:里|里面|上|中)?(?:有没有|有无|有)?(?:说|写|提|讲)(?:了|过|到)?(?:吗|没有|没)?(?:呢|啊)?[?？]?$|^(?:那|这)?(?:年报|报告)(?:里|里面|上|中)?(?:是)?(?:怎么)?(?:写|说|讲|登)的(?:是)?(?:什么|啥|哪个|哪些|多少)?(?:呢|啊)?[?？]?$|^(?:那|那么)?(?:这样|那样|这么做|那么做|这么办|这样做)(?:的话)?[^，,？?]{0,12}(?:吗|么|嘛|行不行|可不可以|能不能|可以不)[?？]?$|^(?:那|那么)?(?:大概|大约)?(?:多|少|差|相差|多出|少了|多了)(?:了)?(?:多少|几)[条件个项篇份次家]?(?:呢|啊|呀)?[?？]?$/;

/** A clause has a content word of its own (not "怎么办", "是卡在哪儿了"): it can be read alone. */
// (a word the intents know that opens with a structural particle's character is content: 地址 — no particle starts a word)
function ownContent(kn: Knowledge, clause: string): boolean {
  return contentWords(clause.replace(/zmetric/g, ' ')).some((w) => w.length >= 2 && COUNTED_WORD.test(w) && !QUESTION_WORDS.has(w) && (!gluedWord(w) || (PARTICLE_LEAD.test(w) && kn.classifier.knows(`w:${w}`))));
}
/** A structural particle's character opening a word (地址, 的确): the word's own character there, never the particle. */
const PARTICLE_LEAD = /^[的地得]/;
