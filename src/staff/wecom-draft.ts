/**
 * A file sent to the WeCom app (MsgType file): staff get the draft check; anyone else is refused
 * BEFORE the file is fetched (never kept). The file comes from media/get with the app's access token;
 * its name from the content-disposition header. Size cap as for every draft.
 */
import type { Logger } from '../log.js';
import { DRAFT_REFUSAL, type DraftDesk } from './drafts.js';
import { FileTooBig, dispositionName, fetchFile } from './fetch-file.js';

export interface WecomDraftInput {
  accessToken: () => Promise<string>;
  apiRoot: string;
  mediaId: string;
  desk: DraftDesk;
  staff: boolean;
  /** The conversation a later /publish comes from (group chat id, else user id). */
  key: string;
  user: string;
  log: Logger;
}

export async function wecomDraft(input: WecomDraftInput): Promise<string> {
  const { desk, log } = input;
  if (!input.staff) {
    log.warn({ user: input.user }, '非工作人员发送文件，已拒绝（未下载）');
    return DRAFT_REFUSAL;
  }
  let data: Uint8Array;
  let name: string;
  try {
    const token = await input.accessToken();
    const url = `${input.apiRoot.replace(/\/+$/, '')}/cgi-bin/media/get?access_token=${encodeURIComponent(token)}&media_id=${encodeURIComponent(input.mediaId)}`;
    const r = await fetchFile(url, desk.maxBytes);
    // an error comes back as JSON {errcode, errmsg}
    if (/json/.test(r.headers.get('content-type') ?? '')) throw new Error(`media/get: ${new TextDecoder().decode(r.data).slice(0, 200)}`);
    data = r.data;
    name = dispositionName(r.headers.get('content-disposition')) ?? 'draft';
  } catch (err) {
    if (err instanceof FileTooBig) return desk.precheck('draft.pdf', err.size) ?? '⚠️ 文件超过大小上限，无法核对。';
    log.error({ err }, 'wecom draft download failed');
    return '⚠️ 无法下载该文件，请稍后重新发送。';
  }
  const pre = desk.precheck(name, data.length);
  if (pre) return pre;
  log.info({ user: input.user, file: name, bytes: data.length }, 'draft received');
  return (await desk.check(input.key, name, data)).text;
}
