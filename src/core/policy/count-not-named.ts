/**
 * Rule count-of-unnamed-thing: a how-many of a thing the report never names and no intent knows ("这些账号的粉丝总共有多少"),
 * read only faintly as some intent: that the report does not give it — never a section the other words happened to match.
 */
import { thingCountedLast } from '../handlers.js';
import { contentWords } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import { kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** Words of place or pointing that name no thing counted ("后面是多少", "上面那个"), nor the sum asked ("加起来一共多少"). */
const NOT_A_THING = /^(?:后面|前面|上面|下面|里面|这个|那个|数字|号码|一共|总共|起来|加起来|合起来|一起|合计|总计|共计)$/;

export const countOfUnnamedThing: Rule = {
  name: 'count-of-unnamed-thing',
  doc: 'A how-many of a thing neither the report nor any intent names ("…粉丝总共有多少"), no figure read: the report does not give it, said so — not a section read faintly.',
  decide: (u, state, kn) => {
    if (u.metric || !kindsOf(u).count) return undefined;
    const thing = thingCountedLast(u.norm);
    // (a whole word of the question that neither the intents' words nor the vocabulary hold — not 文号, 件数, a piece of 邮编填)
    if (!thing || !u.unknown.count || NOT_A_THING.test(thing) || kn.vocab.has(thing) || kn.classifier.knows(`w:${thing}`) || !contentWords(u.norm).includes(thing)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || r.passages.some((p) => p.text.includes(thing))) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告没有写明${thing}的数字。`], labelled: true } };
  },
};
