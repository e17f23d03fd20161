/**
 * Rule for the phone or address of another body ("社保局电话多少", "南岗区社保那边电话多少？", "派出所地址"): the bot knows
 * only the loaded offices' disclosure contacts, so it says it cannot answer (the fallback with the office's phone) —
 * never this office's phone as if it were that body's.
 */
import { pickReport } from '../select.js';
import type { Knowledge } from '../knowledge.js';
import type { Rule } from './types.js';

/** A detail of a body asked right after its name ("公安局电话", "社保那边的地址"). */
const BODY_DETAIL_ASKED =
  /(社保|医保|公积金|税务|交警|公安|派出所|法院|检察院|医院|学校|银行|物业|燃气|热力|供暖|自来水|电业|供电|车管所|信访|人社|民政|教育|卫健|城管|环保|房管|不动产登记|\p{Script=Han}{2,4}?(?:局|厅|委员会|所|院|站|大队))(?:局|中心|所|厅)?(?:那边|那里|那儿|这边)?(?:的)?(?:电话|号码|热线|地址|联系方式|邮箱|在哪)/u;
/** The asker's own or this office named by a pronoun ("我们局", "贵局", "你们单位"): this office, not another. */
const OWN_BODY = /^(?:我们|你们|咱们|咱|本|贵|该|这个|那个|这|那)/;

/** Words joining a second question, before a body's name ("另外", "还有", "顺便"). */
const CONNECTIVE_LEAD = /^(?:另外|还有|顺便|以及|再|和|跟|及)/;

/** The fewest characters of a name for one of them to be taken as mistyped ("民证局"); a shorter one must match whole. */
const SLIP_MIN_CHARS = 3;

/**
 * Whether the characters of a name stand in order in an office's full name ("住建局" in "住房保障和城乡建设局"), one of
 * them mistyped in a name of three or more ("民证局" for 鞍山市民政局) as long as its last (the organ) is there.
 */
function abbreviates(name: string, full: string): boolean {
  let at = 0;
  let missed = 0;
  for (const ch of full) {
    if (at >= name.length) break;
    if (ch === name[at]) at++;
    // (one character of a name of three or more that the full name lacks anywhere, not its last: skipped as a slip)
    else if (at < name.length - 1 && name.length >= SLIP_MIN_CHARS && missed === 0 && !full.includes(name[at]!)) (missed = 1), at++;
  }
  return at === name.length && (missed === 0 || full.endsWith(name.at(-1)!));
}

export const otherBodyContact: Rule = {
  name: 'other-body-contact',
  doc: 'A contact detail asked of a body that no loaded office is and no report mentions ("社保局电话多少", "派出所地址"): the fallback with this office\'s phone, never this office\'s detail as that body\'s.',
  decide: (u, state, kn) => {
    if (u.metric || u.slots.unknownOffices.length) return undefined;
    const m = BODY_DETAIL_ASKED.exec(u.norm);
    // (a connective before the body is no part of its name, "另外财政局电话给一下")
    const lead = m?.[1] ? CONNECTIVE_LEAD.exec(m[1])?.[0] ?? '' : '';
    const body = m?.[1]?.slice(lead.length);
    if (!body || OWN_BODY.test(body)) return undefined;
    // (the body is the office named, "绵阳环保局地址", "民证局地止在哪": read as that report's office)
    const at = m!.index + lead.length;
    if (u.slots.spans.some((sp) => sp.start < at + body.length + 2 && at < sp.end)) return undefined;
    // (the office the conversation or the message is about, or any loaded one, by its name or a short form of it)
    const report = pickReport(kn, u.slots, state).report;
    if (ownBody(kn, body, report?.office)) return undefined;
    return { kind: 'fallback', reason: 'off-topic', confidence: u.candidates[0]?.score ?? 0 };
  },
};

/** A passage that gives a contact detail (a phone number, an address, an email). */
const DETAIL_GIVEN = /电话|地址|邮箱|\d{7,}|路\d|\d号/;

/** The body is a loaded office (its name or a short form of it), or a report gives a detail beside its name. */
function ownBody(kn: Knowledge, body: string, office: string | undefined): boolean {
  if (office && abbreviates(body, office)) return true;
  return kn.reports.some((r) => abbreviates(body, r.office) || r.passages.some((p) => p.text.includes(body) && DETAIL_GIVEN.test(p.text)));
}
