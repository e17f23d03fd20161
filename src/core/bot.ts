/** TEMPORARY STUB — the real reply pipeline replaces this file. Signature is stable. */
import type { Core, CoreOptions, Message, Answer } from './types.js';

export async function createCore(_opts: CoreOptions = {}): Promise<Core> {
  const reply = async (msg: Message): Promise<Answer> => ({
    kind: 'fallback',
    text: `（开发中）您说：${msg.text}`,
    fallback: true,
    intent: null,
    confidence: 0,
    report: null,
  });
  return {
    reply,
    reload: async () => ({ ok: true, message: '已重新加载' }),
    reports: () => [],
    loadErrors: () => [],
    close: async () => {},
  };
}
