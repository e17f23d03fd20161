/**
 * Files of the reports folder stay in the folder: a symlink (or a path) that resolves outside it is
 * refused, so dropping a link to /etc/shadow or another office's share into data/reports reads nothing.
 */
import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { ReportError } from '../errors.js';

/** Throws ReportError when `file` (inside `dir` by name) resolves to a place outside `dir`. */
export async function confineToFolder(dir: string, file: string): Promise<void> {
  let root: string;
  let real: string;
  try {
    [root, real] = await Promise.all([realpath(dir), realpath(file)]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReportError(file, '链接指向的文件不存在');
    if (code === 'ELOOP') throw new ReportError(file, '链接循环，无法读取');
    throw new ReportError(file, `无法读取文件（${code ?? String(err)}）`);
  }
  if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) {
    throw new ReportError(file, '是指向报告文件夹以外的链接，出于安全考虑不读取；请把报告文件本身放进报告文件夹');
  }
}
