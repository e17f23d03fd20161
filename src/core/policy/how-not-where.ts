/**
 * Rule how-not-where: how to hand a request in ("我想向…局申请公开一份文件，该怎么提交申请"), read nearest as where to hand
 * it in (procedure.where's "该向哪个单位提交") though nothing asks where or to whom: how to apply — the ways a request is
 * made — not which body makes the information.
 */
import { choice } from './helpers.js';
import type { Rule } from './types.js';

/** The intent read nearest: where to apply. */
const WHERE = 'procedure.where';
/** The intent meant: how to apply. */
const HOW = 'procedure.how';
/** How asked. */
const HOW_ASKED = /怎么|如何|怎样|咋/;
/** Where or to whom asked. */
const WHERE_ASKED = /哪|谁|什么地方|何处|什么单位|什么部门|什么机关/;

export const howNotWhere: Rule = {
  name: 'how-not-where',
  doc: 'How to hand a request in, read nearest as where to hand it in though nothing asks where or to whom ("…该怎么提交申请"): how to apply.',
  decide: (u, _state, kn) => {
    const { best } = choice(u, kn);
    const how = kn.byId.get(HOW);
    if (best?.item.id !== WHERE || !how || !HOW_ASKED.test(u.focus) || WHERE_ASKED.test(u.norm)) return undefined;
    return { kind: 'intent', intent: how, confidence: best.score };
  },
};
