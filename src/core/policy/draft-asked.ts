/**
 * Rule draft-writing-asked: staff asking the bot to write (part of) next year's report ("帮我给湖口县卫健委起草一下
 * 2023年信息公开年报的总体情况开头"). The bot writes no report text; it says so, gives the office's newest loaded
 * report's opening of 一、总体情况 to work from, and points to the draft check (a draft file sent to the bot).
 */
import { reportLabel } from '../../answer/render.js';
import type { Report } from '../../report/types.js';
import { sectionSource } from '../prose-figures.js';
import { newest, pickReport, reportsOf } from '../select.js';
import type { Rule } from './types.js';
import { CONTACT_ALL, CONTACT_FIELD_NOUNS } from '../patterns.js';
import { THRESHOLDS } from '../thresholds.js';

/** The contact part of a report named ("联系方式那段", "联系人和地址", "'如有疑问请联系'那段话"). */
const CONTACT_NAMED = /联系方式|联系人|联系电话|请联系|如有疑问/;

/** Asked to compose a report or a part of it ("起草", "代写", "帮我写一段…年报"), not what a report says. */
// (a part named as a section or a first draft, "帮我起草“五、…”这一节的初稿"; or the report named first and then a draft
// begun, "2026年度年报“依申请公开情况”那段帮我先起个稿")
// (or a sentence of it to be worded, "帮我拟一下…年报开头统计期限那句话"; or the report named and then the asking, "明年写…年报，
// 开头那句联系方式照今年的写，帮我拟一下")
const WRITE_ASKED =
  /(?:年报|年度报告)[^。？?]{0,40}(?:帮我|帮忙|替我|给我|麻烦)(?:拟|起草|写)(?:一下|一句|一段|个)?[。？?！!]*$|(?:起草|代写|撰写|拟写|拟一?(?:下|句|个|份|段)|(?:帮我|帮忙|替我|给我|麻烦)(?:给[^，。？?]{0,12})?写(?:一下|一份|一段|一篇|个)?)[^，。？?]{0,24}(?:年报|年度报告|报告|总体情况|开头|正文|部分|这一?节|初稿)|(?:年报|年度报告)[^。？?]{0,24}(?:起(?:个|一个|一份|一段)?(?:稿|草稿|初稿)|写(?:个|一份|一段)?初稿)/;
/** A figure asked inside the drafting ("起草2023年年报，表三上年结转应该填多少"): the figure rules answer. */
// (or figures checked while drafting, "我在起草明年的年报，核一下：…加起来等于总数吗")
// (or where a thing goes in a table, "该填表三哪一行": row-place-asked's)
const FIGURE_ASKED = /多少|几[件条个项]|填什么|怎么填|应该填|该填|填[在到入进]?(?:表[二三四])?哪|哪一?[行栏]|核|对吗|对不对|等于|加起来|合计|一致|对得上|是不是|[+＋]/;

/** Parts of 一 a draft may be asked for: the words asking, the heading of that part, its name. */
const PARTS: readonly [RegExp, RegExp, string][] = [
  [/依申请/, /依申请/, '依申请公开情况'],
  [/主动公开/, /主动公开/, '主动公开情况'],
  [/政府信息管理|信息管理/, /信息管理/, '政府信息管理情况'],
  [/平台建设/, /平台建设/, '平台建设情况'],
  [/监督保障/, /监督保障/, '监督保障情况'],
];

/** Sections of the report other than 一 a draft may be asked for, by their names (the text's sections 五 and 六). */
const SECTION_PARTS: readonly [RegExp, string, string][] = [
  [/存在的主要问题|改进情况|第五部分|五、/, '五', '五、存在的主要问题及改进情况'],
  [/其他需要报告|第六部分|六、/, '六', '六、其他需要报告的事项'],
];

/** The year of the report asked to be written ("2024年年报", "2023年信息公开年报"). */
const DRAFT_YEAR = /((?:19|20)\d{2})\s*年度?的?(?:政府)?(?:信息公开)?(?:工作)?(?:年报|年度报告)/;

/** Sentences of 一、总体情况 given to work from. */
const OPENING_SENTENCES = 2;
/** The statistics period named ("统计期限", "统计时限"). */
const PERIOD_NAMED = /统计(?:期限|时限|期间|区间|时段)/;

export const draftWritingAsked: Rule = {
  name: 'draft-writing-asked',
  doc: 'Staff asking the bot to write next year\'s report or a part of it ("起草一下2023年年报的总体情况开头"): no text is written; the newest loaded report\'s opening of 一 to work from, and the draft check offered.',
  decide: (u, state, kn) => {
    if (!WRITE_ASKED.test(u.norm) || FIGURE_ASKED.test(u.norm)) return undefined;
    const office = u.slots.offices[0] ?? pickReport(kn, { ...u.slots, years: [] }, state).report?.office;
    const base: Report | undefined = office ? newest(reportsOf(kn, office)) : undefined;
    if (!base) return undefined;
    // (the contact details to be carried over, "开头的联系方式沿用2020年的，电话和邮箱是什么": the report's contact block, not
    // its opening sentences)
    if (CONTACT_NAMED.test(u.norm) || CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm))) {
      const all = kn.byId.get(CONTACT_ALL);
      const drafting = DRAFT_YEAR.exec(u.norm)?.[1] ?? u.slots.years.find((y) => y !== base.year);
      const note = drafting && base.year ? `起草${drafting}年的报告可以沿用${base.year}年报告中的联系方式：` : undefined;
      if (all) return { kind: 'intent', intent: all, confidence: THRESHOLDS.answer, question: { norm: u.norm, slots: { ...u.slots, offices: [base.office], years: [base.year ?? 0].filter(Boolean) }, metric: undefined }, ...(note ? { noteIfAnswered: note } : {}) };
    }
    // (the year of the report being written, which the slots leave out: "起草…2024年年报，参考2023年数据")
    const drafted = DRAFT_YEAR.exec(u.norm);
    const asked = drafted ? Number(drafted[1]) : u.slots.years.find((y) => y !== base.year);
    // (the sentence of the statistics period, "统计期限那句应该怎么写": the calendar year of the report being written, in the
    // words reports use — the period is the year itself, 1 January to 31 December — and the loaded report's own sentence)
    if (asked && PERIOD_NAMED.test(u.norm)) {
      const own = base.passages.find((p) => PERIOD_NAMED.test(p.text))?.text.trim();
      const lines = [
        `${asked}年报告的统计期限是${asked}年1月1日至${asked}年12月31日（年度报告按自然年统计）。可以写成：“本报告中所列数据的统计期限自${asked}年1月1日起至${asked}年12月31日止。”\n`,
        ...(own ? [`${reportLabel(base)}报告的写法：“${own}”`] : []),
      ];
      return { kind: 'passage', report: base, parts: { head: '', lines, labelled: true } };
    }
    // (the part named, "依申请公开部分的开头": that part's sentences in 一, else 一's opening)
    // (or a section of its own, "“五、存在的主要问题及改进情况”这一节": that section's opening)
    const section = SECTION_PARTS.find(([re]) => re.test(u.norm));
    const ofSection = section ? base.passages.filter((p) => p.section === section[1]) : [];
    const part = PARTS.find(([re]) => re.test(u.norm));
    const ofPart = ofSection.length ? ofSection : part ? base.passages.filter((p) => p.section === '一' && part[1].test(`${p.heading ?? ''}${p.text.slice(0, 12)}`)) : [];
    const opening = (ofPart.length ? ofPart : base.passages.filter((p) => p.section === '一')).slice(0, OPENING_SENTENCES).map((p) => p.text.trim());
    const partName = ofSection.length ? section![2] : ofPart.length ? part![2] : '一、总体情况';
    const lines = [
      `年报正文需要由本机关按《条例》第五十条和国家规定的格式编写，我不能代写${asked ? `${asked}年的报告` : '报告'}。${asked && !reportsOf(kn, base.office).some((r) => r.year === asked) ? `（${asked}年的报告还没有加载。）` : ''}\n`,
      ...(opening.length ? [`可以参考${reportLabel(base)}报告“${partName}”的开头：\n`, ...opening.map((t) => `“${t}”\n`)] : []),
      '写好后，工作人员可以把草稿文件发给我：我会核对表格数字的勾稽关系，并与上一年的报告比较，确认后再发布。',
    ];
    return { kind: 'passage', report: base, parts: { head: '', lines, ...(opening.length ? { source: sectionSource(ofSection.length ? section![1] : '一') } : {}), labelled: true } };
  },
};
