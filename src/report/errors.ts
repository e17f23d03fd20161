/** The one error class of the report pipeline: a file that cannot be read as a report. */
import { basename } from 'node:path';

export class ReportError extends Error {
  /** The file concerned (as given). */
  readonly file: string;
  /** What is wrong, without the file name (Chinese). */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${basename(file)}：${reason}`);
    this.name = 'ReportError';
    this.file = file;
    this.reason = reason;
  }
}
