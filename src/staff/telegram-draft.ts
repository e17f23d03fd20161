/**
 * A Telegram document sent to the bot: staff get the draft check; anyone else is refused BEFORE the
 * file is fetched (so it is never kept). The file comes through getFile + the Bot API file URL of the
 * configured api root (TELEGRAM_API_ROOT), with the draft size cap.
 */
import type { Api } from 'grammy';
import type { Document as TgDocument } from 'grammy/types';
import type { Logger } from '../log.js';
import { DRAFT_REFUSAL, type DraftDesk } from './drafts.js';
import { FileTooBig, fetchCapped } from './fetch-file.js';

export const DEFAULT_API_ROOT = 'https://api.telegram.org';

export interface TelegramDraftInput {
  api: Api;
  token: string;
  apiRoot?: string;
  desk: DraftDesk;
  document: TgDocument;
  staff: boolean;
  /** The conversation a later /publish comes from (group id, else user id). */
  key: string;
  user: string;
  log: Logger;
}

/** Returns the reply text (never throws for a bad file). */
export async function telegramDraft(input: TelegramDraftInput): Promise<string> {
  const { desk, document: doc, log } = input;
  const name = doc.file_name ?? 'draft';
  if (!input.staff) {
    log.warn({ user: input.user, file: name }, '非工作人员发送报告文件，已拒绝（未下载）');
    return DRAFT_REFUSAL;
  }
  const pre = desk.precheck(name, doc.file_size);
  if (pre) return pre;
  let data: Uint8Array;
  try {
    const file = await input.api.getFile(doc.file_id);
    if (!file.file_path) throw new Error('getFile returned no file_path');
    const root = (input.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '');
    data = await fetchCapped(`${root}/file/bot${input.token}/${file.file_path}`, desk.maxBytes);
  } catch (err) {
    if (err instanceof FileTooBig) return desk.precheck(name, err.size) ?? '⚠️ 文件超过大小上限，无法核对。';
    log.error({ err, file: name }, 'draft download failed');
    return `⚠️ 无法下载“${name}”，请稍后重新发送。`;
  }
  log.info({ user: input.user, file: name, bytes: data.length }, 'draft received');
  return (await desk.check(input.key, name, data)).text;
}
