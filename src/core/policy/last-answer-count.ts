/**
 * Rule count-in-last-answer: a how-many asked right after a passage that already holds it ("可全程在线办理政务服务事项1512项,
 * 全年办理3328473件" then "全年办了多少件"): the one clause of that answer whose count is in the measure asked and which holds
 * every character the question names (the passage found again by the question before) — before the table rules read 办 as the requests' results, of a report with no table.
 * Also: a bare sum asked right after a passage (sum-in-last-answer): the counts of the clause the question before named;
 * the rest of what was counted asked after (rest-in-last-answer): the clause that tells what became of it.
 */
import { contentWords, countAsked, unitsAlike } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { PASSAGE_INTENT } from '../respond.js';
import { figuresIntent, reportFree } from '../handlers.js';
import { THRESHOLDS } from '../thresholds.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { hasCells } from './consistency.js';
import { kindsOf, passageBefore, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';
import type { Report } from '../../report/types.js';

/** The how-many words and particles of a question: what is left names the thing ("全年办了多少件" → 全年办). */
const ASKING_WORDS = /(?:一共|总共|总计|合计|共|大概|大约|到底)?(?:有|是)?(?:多少|几)[件条个项次份篇人家]?|[了呢吗啊呀哦的?？,，。!！\s]/g;
/** One verb of publishing or sending, said alone ("推了多少条", "发了几条"). */
const PUBLISHING_VERB = /^[推发刊播]$/;
/** Fewest characters left that can name a thing in a clause (one character names nothing: 办 alone). */
const THING_CHARS_MIN = 2;
/** A measure said as a word of its own ("人次", "次数", "件数"). */
const MEASURE_WORD = /^(?:人次|人数|次数|件数|条数|场次)$/;
/** Clauses of the answer before. */
const CLAUSE = /[，,；;。]/;

/** Passages that go on from a sentence cut at its semicolon, read with it. */
const RUN_ON_MAX = 8;
/** The passage text found, with the passages after it while it runs on over semicolons ("…一是…38条;" "二是…168条;" "三是…4条;"). */
// (or, breakdown too, into a next sentence that opens with 其中)
function runOn(r: Report, text: string, breakdown = false): string {
  const at = r.passages.findIndex((p) => text.startsWith(p.text.trim()));
  if (at < 0) return text;
  let out = text;
  const goesOn = (i: number) => /[;；]$/.test(r.passages[i - 1]!.text.trim()) || (breakdown && /^\s*其中/.test(r.passages[i]!.text));
  for (let i = at + 1; i < r.passages.length && i <= at + RUN_ON_MAX && goesOn(i) && r.passages[i]!.section === r.passages[at]!.section; i++) out += r.passages[i]!.text.trim();
  return out;
}

export const countInLastAnswer: Rule = {
  name: 'count-in-last-answer',
  doc: 'A how-many asked right after a passage that holds it ("…全年办理3328473件" then "全年办了多少件"): the one clause of that answer with a count in the measure asked and every character the question names; never when a table cell answers.',
  decide: (u, state, kn) => {
    if (!u.followUp.is || state.intent !== PASSAGE_INTENT || !state.text || !kindsOf(u).count) return undefined;
    const text = withoutSlots(u);
    const asked = countAsked(text);
    // (a share asked, "其中文件公开占比多少": the share rules', never a clause's count)
    if (!asked || asked.unit === '%') return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || (u.metric && hasCells(r, u.metric))) return undefined;
    // (a part pointed at, "其中在央媒上发的有几条": the thing without the pointing words)
    const thing = text.replace(ASKING_WORDS, '').replace(/^(?:其中|当中|里面|这里面|那)/, '').replace(/上(?=发|公开|推送)/, '');
    // (or one verb of publishing alone, "去年推了多少条" of "…2025年推送信息458条": the one clause that holds it with its count)
    if (thing.length < THING_CHARS_MIN && !PUBLISHING_VERB.test(thing)) return undefined;
    // (a rough count too, "70余人次")
    const counted = new RegExp(`\\d+\\s*(?:余|多)?\\s*[${unitsAlike(asked.unit)}]`);
    const found = passageBefore(r, state.text);
    const before = found ? runOn(r, found.lines.join('')) : undefined;
    if (!before) return undefined;
    // (every character the question names, or most of its words — "累计多少人次参加" of "…培训2次累计70余人次": 累计, 人次)
    // (words of any count, 信息/公开/其他…, tell no clause apart)
    const words = contentWords(text).filter((w) => w.length >= 2 && !/多少|几|^(?:一共|总共|合计|大概|大约|一下|信息|公开|政府|政务|发布|其他|其中|新增|增加|来着|情况|数据)$/.test(w));
    // (two of them at least, or the measure asked itself, "人次", beside the count)
    const named = (c: string) => {
      if ([...thing].every((ch) => c.includes(ch))) return true;
      const hit = words.filter((w) => c.includes(w));
      return hit.length * 2 >= words.length && (hit.length >= 2 || (hit.length === 1 && MEASURE_WORD.test(hit[0]!)));
    };
    const clauses = before.split(CLAUSE).filter((c) => counted.test(c) && named(c));
    if (clauses.length !== 1) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${clauses[0]!.trim()}`], source: found?.source, labelled: true } };
  },
};

/** A way requests come in, named alone after their count ("当面的呢", "那网上申请的有多少"). */
const CHANNEL_ALONE = /^(?:那|那么)?(网站|网上|在线|网络|当面|现场|信函|邮寄|传真|电子邮件|邮件)(?:提交|递交)?(?:申请)?(?:的)?(?:呢|有多少|有几件|多少件?|几件)?[?？。]*$/;
/** A way said in everyday words ("写信寄过来的" — read 信件寄过来 —, "上门的", "上网提交的"): 信函, 当面 or 网上. */
const EVERYDAY_CHANNEL = /^(?:那|那么)?(?:(?:写信|信件|寄信)(?:寄过来|寄来|寄的)?|寄过来|邮过来|邮寄过来|上门|跑去|亲自去|上网)(?=的|申请|提交|递交|呢)/;
/** Words of the same way in a report ("网站" for 网上 …). */
const CHANNEL_WORDS: Readonly<Record<string, string>> = { 网站: '网站|网上|网络|在线', 网上: '网站|网上|网络|在线', 在线: '网站|网上|网络|在线', 网络: '网站|网上|网络|在线', 当面: '当面|现场', 现场: '当面|现场', 信函: '信函|邮寄|信件', 邮寄: '信函|邮寄|信件', 传真: '传真', 电子邮件: '电子邮件|邮件|邮箱', 邮件: '电子邮件|邮件|邮箱' };

export const channelCountFollowUp: Rule = {
  name: 'channel-count-follow-up',
  doc: 'A way requests come in named alone right after their count ("当面的呢" after "受理了多少件申请"): the text\'s clause counting the requests that came that way ("当面申请44件"), never whether one may apply that way.',
  decide: (u, state, kn) => {
    const m = CHANNEL_ALONE.exec(withoutSlots(u).trim().replace(EVERYDAY_CHANNEL, (w) => (/网/.test(w) ? '网上' : /上门|跑|亲自/.test(w) ? '当面' : '信函')));
    if (!m || !u.followUp.is || !state.text || !/申请/.test(state.text)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const counted = new RegExp(`(?:${CHANNEL_WORDS[m[1]!] ?? m[1]})[^，,；;、。]{0,6}申请\\s*\\d+\\s*件`);
    // (the same clause printed twice, in the text and a summary of it, is one)
    const clauses = [...new Map(r.passages.flatMap((p) => p.text.split(/[，,；;、。]/).filter((c) => counted.test(c)).map((c) => [c.trim().replace(/^[(（]/, ''), { c: c.trim(), section: p.section }] as const))).values()];
    if (clauses.length !== 1) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${clauses[0]!.c}`], labelled: true } };
  },
};

/** A bare sum asked of the counts just given ("加起来是多少", "这两个一共多少"): nothing named of its own. */
const BARE_SUM = /^(?:那)?(?:这些|这几个|这两个|这两项|它们|两个)?(?:加起来|加在一起|合起来|一共|总共|合计)(?:是|有|一共|总共)?(?:多少|几)[件条个项次人名家]?(?:呢|啊|呀)?[?？。]*$/;
/** Counts in a clause, with their measure words ("在职行政34人、事业编2人"). */
const COUNT_IN_CLAUSE = /(\d+)\s*([件条个项次人名家篇])/g;
/** Clauses of a passage, not cut at 、 (the parts counted together). */
const SUM_CLAUSE = /[，,；;。]/;

export const sumInLastAnswer: Rule = {
  name: 'sum-in-last-answer',
  doc: 'A bare sum asked right after a passage ("加起来是多少" after "镇机关在职行政34人、事业编2人,退休39人"): the counts of the one clause that holds the question before\'s words, added up.',
  decide: (u, state, kn) => {
    if (state.intent !== PASSAGE_INTENT || !state.text || !BARE_SUM.test(u.norm.trim())) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const found = r ? passageBefore(r, state.text) : undefined;
    if (!r || !found) return undefined;
    // the question before's own words (two characters or more), not its how-many
    const thing = state.text.replace(ASKING_WORDS, ' ').split(/\s+/).filter((w) => w.length >= THING_CHARS_MIN);
    const clauses = found.lines.join('').split(SUM_CLAUSE).filter((c) => thing.some((w) => [...w].filter((ch) => c.includes(ch)).length >= THING_CHARS_MIN));
    const counted = clauses.map((c) => ({ c: c.trim(), xs: [...c.matchAll(COUNT_IN_CLAUSE)] })).filter((x) => x.xs.length >= 2 && new Set(x.xs.map((m) => m[2])).size === 1);
    if (counted.length !== 1) return undefined;
    const { c, xs } = counted[0]!;
    const nums = xs.map((m) => Number(m[1]));
    const unit = xs[0]![2]!;
    const total = nums.reduce((a, b) => a + b, 0);
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${c}`, `合计 ${nums.join(' + ')} = ${total}${unit}（按报告数字计算）。`], source: found.source, labelled: true } };
  },
};

/** A thing named alone as a follow-up ("年报呢？", "那城市规划的呢"): the thing. */
// (or said alone, "结果信息", right after a passage that lists it with its count)
const THING_ALONE = /^(?:那|那么)?(\p{Script=Han}{2,10}?)(?:的|类|方面)?(?:呢)?[?？。]*$/u;
/** A count with its measure word in a clause ("年报1篇"). */
const COUNTED_IN_CLAUSE = /\d+\s*[篇条件个项次份期家]/;

export const itemInLastAnswer: Rule = {
  name: 'item-in-last-answer',
  doc: 'A thing named alone right after a passage that lists counts ("…其中,政府信息年报1篇,土地资源6篇…" then "年报呢？"): the one clause of that passage that names it with its count — not the intent the lone word reads (年报 → where to download it).',
  decide: (u, state, kn) => {
    if (!u.followUp.is || state.intent !== PASSAGE_INTENT || !state.text || u.metric) return undefined;
    // (a thing whose name holds an office's, "省政府外事办网站呢": read whole)
    const thing = THING_ALONE.exec(withoutSlots(u).trim())?.[1] ?? THING_ALONE.exec(u.norm.trim())?.[1];
    if (!thing) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const found = passageBefore(r, state.text);
    // (with the passages it runs on into, "…等平台发布信息23条。" "其中在市政府门户网站公开发布11条、省政府外事办网站…13条")
    const before = found ? runOn(r, found.lines.join(''), true) : undefined;
    if (!before) return undefined;
    const clauses = before.split(CLAUSE).filter((c) => COUNTED_IN_CLAUSE.test(c) && c.includes(thing));
    if (clauses.length !== 1) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${clauses[0]!.trim()}`], source: found?.source, labelled: true } };
  },
};

/** The rest of what was just counted asked after ("没答复完的那些怎么办了", "剩下的呢", "其余的怎么处理的"). */
const REST_ASKED = /^(?:那|那么)?(?:(?:没|未|还没)(?:有)?(?:答复|回复|办|处理|办理|受理|回)(?:完|结|好)?的|剩(?:下|余)的|其余的|余下的)(?:那些|这些|那部分|部分)?(?:留言|申请|件|事项)?(?:呢|怎么办(?:了|的)?|怎么处理(?:了|的)?|咋办(?:了|的)?|咋处理(?:了|的)?|如何处理(?:了|的)?|去哪(?:了|儿了)?|怎么样了?|处理了(?:吗|没有?)?)(?:呢|啊|呀)?[?？。]*$/;
/** A clause that tells what became of the rest ("其余留言结转2021年度继续办理", "剩余5件结转下年度办理"). */
const REST_TOLD = /其余|剩余|剩下|余下|结转|转入下|未办结|尚未/;

export const restInLastAnswer: Rule = {
  name: 'rest-in-last-answer',
  doc: 'The rest of what was just counted asked after ("没答复完的那些怎么办了" after "已答复63029条"): the one clause of that passage that tells what became of the rest ("其余留言结转2021年度继续办理") — not the remedies for one\'s own unanswered request.',
  decide: (u, state, kn) => {
    // (the question is anaphoric in itself, "没答复完的那些": no follow-up word is needed)
    // (or after a figure the text told, "已答复多少" read as a row of table 三 of a report with no table)
    if ((state.intent !== PASSAGE_INTENT && state.intent !== figuresIntent(kn)?.id) || !state.text || !REST_ASKED.test(withoutSlots(u).trim())) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const found = r ? passageBefore(r, state.text) : undefined;
    if (!r || !found) return undefined;
    const clauses = found.lines.join('').split(CLAUSE).filter((c) => REST_TOLD.test(c));
    if (clauses.length !== 1) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${clauses[0]!.trim()}`], source: found.source, labelled: true } };
  },
};

/** What came before asked ("那之前是哪个部门管的", "原来是谁负责", "调整前是哪个单位"). */
const BEFORE_ASKED = /^(?:那|那么)?(?:之前|以前|此前|原来|原先|调整前|改之前|改革前|过去)(?:是)?(?:哪个|哪一个|哪家|什么|啥|谁)/;
/** A change told with what it was before ("由原市政务公开协调小组调整为市政府办公厅"): the old one. */
const CHANGED_FROM = /由原?([^，,。；;]{2,24}?)(?:调整|改|变更|更名|转)为([^，,。；;]{2,24})/;

export const beforeChangeInLastAnswer: Rule = {
  name: 'before-change-in-last-answer',
  doc: 'What came before asked right after a passage that tells a change ("那之前是哪个部门管的" after "…主管部门由原市政务公开协调小组调整为市政府办公厅"): the old one, with the clause — not the contact department 哪个部门 reads.',
  decide: (u, state, kn) => {
    if (state.intent !== PASSAGE_INTENT || !state.text || !BEFORE_ASKED.test(withoutSlots(u).trim())) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const found = r ? passageBefore(r, state.text) : undefined;
    if (!r || !found) return undefined;
    const changes = found.lines.join('').split(/[。；;]/).map((c) => CHANGED_FROM.exec(c)).filter((m): m is RegExpExecArray => !!m);
    if (changes.length !== 1) return undefined;
    const [clause, before, after] = changes[0]!;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`调整前是${before}，后调整为${after}。`, `报告正文写道：${clause}`], source: found.source, labelled: true } };
  },
};

/** How it was done asked right after ("他们是怎么回复的", "那件是如何处理的"): the doing asked. */
const HOW_DONE_ASKED = /^(?:那|那么)?(?:他们|它们|这些|那些|那件|这件|这个|那个)?(?:是)?(?:怎么|如何|咋|怎样)(回复|答复|处理|办理|办|解决)的?(?:呢|啊|呀)?[?？。]*$/;
/** Words of the same doing ("回复" and "答复"). */
const DOING_WORDS: Readonly<Record<string, string>> = { 回复: '回复|答复', 答复: '回复|答复', 处理: '处理|办理|办结', 办理: '处理|办理|办结', 办: '处理|办理|办结', 解决: '解决|处理' };

export const howDoneInLastAnswer: Rule = {
  name: 'how-done-in-last-answer',
  doc: 'How it was done asked right after a figure or passage the text told ("他们是怎么回复的" after "…请求1件,但不属于政府信息公开范畴,已及时通过电子邮件或纸质信件进行回复"): the clause of that sentence that tells it — not the time limits 答复 reads.',
  decide: (u, state, kn) => {
    const doing = HOW_DONE_ASKED.exec(withoutSlots(u).trim())?.[1];
    if (!doing || !state.text || u.metric) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const found = r ? passageBefore(r, state.text) : undefined;
    if (!r || !found) return undefined;
    const said = new RegExp(`(?:通过|以|采取|采用|按照|依法|及时)[^，,。；;]{0,20}(?:${DOING_WORDS[doing] ?? doing})`);
    const clauses = found.lines.join('').split(CLAUSE).filter((c) => said.test(c));
    if (clauses.length !== 1) return undefined;
    // (the row of the figure before kept, so "条例里哪一条规定了这种答复方式" next asks of it)
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${clauses[0]!.trim()}`], source: found.source, labelled: true }, ...(state.metric ? { metric: state.metric } : {}) };
  },
};

/** Words of a follow-up that name nothing of their own (the domain, the asking). */
const FOLLOW_UP_GENERIC = /^(?:信息|公开|政府|政务|工作|情况|哪里|哪个|什么|多少|怎么|这个|那个|他们|报告|年报)$/;
/** The fewest words of the follow-up that one clause must hold. */
const CLAUSE_WORDS_MIN = 2;
/** The longest follow-up read so (a short question goes on from the last answer). */
const CLAUSE_FOLLOW_UP_CHARS = 16;

export const clauseOfLastPassage: Rule = {
  name: 'clause-of-last-passage',
  doc: 'A short follow-up whose words all stand in one clause of the passage the question before found ("调整情况报给哪里备案了？" after "…领导小组办公室设在厅办公室,…调整情况已报省政务公开办备案"): that clause — not a fallback because no intent knows 备案.',
  decide: (u, state, kn) => {
    if (!state.text || u.metric || u.norm.length > CLAUSE_FOLLOW_UP_CHARS || u.slots.offices.length || u.slots.years.length) return undefined;
    // (a question of the procedure read confidently, "那我要是去申请，多久能答复": the rules, not a clause of the report)
    const t = u.candidates[0];
    if (u.duration || (t && reportFree(t.item) && !t.item.fallback && t.score >= THRESHOLDS.answer)) return undefined;
    const words = [...new Set(contentWords(withoutSlots(u)).filter((w) => w.length >= 2 && !FOLLOW_UP_GENERIC.test(w)))];
    if (words.length < CLAUSE_WORDS_MIN) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (the passages the question before spoke of: those holding two of its words or more)
    const before = contentWords(state.text).filter((w) => w.length >= 2 && !FOLLOW_UP_GENERIC.test(w));
    const spoken = r.passages.filter((p) => before.filter((w) => p.text.includes(w)).length >= CLAUSE_WORDS_MIN);
    // (every word but one, "报给" of "已报省政务公开办备案": the asker's own wording of one of them)
    const hits = spoken.flatMap((p) => p.text.split(CLAUSE).filter((c) => words.filter((w) => c.includes(w)).length >= Math.max(CLAUSE_WORDS_MIN, words.length - 1)).map((c) => ({ c, p })));
    if (hits.length !== 1) return undefined;
    const { c, p } = hits[0]!;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${c.trim()}`], source: sectionSource(p.section), labelled: true } };
  },
};

/** Words of the question before that name no thing counted (its office, question and generic words). */
const NOT_A_THING = /^(?:叫什么|名字|名称|什么|多少|哪些|一共|信息|公开|政府|政务|发布|情况|报告|年报)$/;

export const countOfThingAskedBefore: Rule = {
  name: 'count-of-thing-asked-before',
  doc: 'A bare how-many naming nothing of its own right after a passage ("24年发了多少条" after "微信公众号叫什么"): the one clause of the report that counts, in the unit asked, the thing the question before named ("通过“临夏水务”微信公众号发布信息323条").',
  decide: (u, state, kn) => {
    if (!u.followUp.is || state.intent !== PASSAGE_INTENT || !state.text || !kindsOf(u).count || u.metric) return undefined;
    const text = withoutSlots(u);
    const asked = countAsked(text);
    if (!asked || asked.unit === '%') return undefined;
    const thing = text.replace(ASKING_WORDS, '').replace(/^(?:其中|当中|里面|这里面|那)/, '');
    if (thing.length >= THING_CHARS_MIN) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const names = (r.aliases ?? []).concat(r.office);
    const before = contentWords(state.text).filter((w) => w.length >= 2 && !NOT_A_THING.test(w) && !names.some((n) => n.includes(w)));
    if (!before.length) return undefined;
    const counted = new RegExp(`\\d+\\s*(?:余|多)?\\s*[${unitsAlike(asked.unit)}]`);
    const holds = (c: string) => counted.test(c) && before.some((w) => c.includes(w));
    const clauses = [...new Set(r.passages.flatMap((p) => p.text.split(CLAUSE).filter(holds).map((c) => c.trim())))];
    if (clauses.length !== 1) return undefined;
    const at = r.passages.find((p) => p.text.includes(clauses[0]!));
    // (a clause listing several counts, "…网站发布信息93条、…公众号发布信息323条、…": the item that holds the thing)
    const items = clauses[0]!.split('、').filter(holds);
    if (items.length === 1) clauses[0] = items[0]!.trim();
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${clauses[0]!}`], ...(at ? { source: sectionSource(at.section) } : {}), labelled: true } };
  },
};
