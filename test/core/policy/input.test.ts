import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { emptyInput, pendingChoice } from '../../../src/core/policy/input.js';
import { knowledge, NO_SLOTS, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('empty-input', () => {
  it('nothing readable: the fallback', () => {
    expect(emptyInput.decide(u({ empty: true, norm: '😀' }), {}, kn)).toEqual({ kind: 'fallback', reason: 'empty', confidence: 0 });
  });
  it('a readable message: no decision', () => {
    expect(emptyInput.decide(u({ norm: '电话' }), {}, kn)).toBeUndefined();
  });
});

describe('pending-choice', () => {
  it('the option chosen answers the question that was asked, and the clarify state is cleared', () => {
    const intent = kn.byId.get('contact.address')!;
    const state = { clarify: { options: ['contact.address', 'procedure.where'], text: '材料寄到哪里' } };
    const d = pendingChoice.decide(u({ norm: '1', followUp: { is: false, onlySlots: false, choice: { index: 0, intent, text: '材料寄到哪里', slots: NO_SLOTS } } }), state, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.address' }, confidence: 1, question: { norm: '材料寄到哪里' } });
    expect(d && d.kind === 'intent' && d.state?.clarify).toBeUndefined();
  });
  it('no choice pending: no decision', () => {
    expect(pendingChoice.decide(u({ norm: '1' }), {}, kn)).toBeUndefined();
  });
});
