/** The one error class of the report pipeline: a file that cannot be read as a report. */
import { basename } from 'node:path';

export class ReportError extends Error {
  /** The file concerned (as given). */
  readonly file: string;
  /** What is wrong, without the file name (Chinese). */
  readonly reason: string;
  /**
   * true when the same file could load another time: a time limit on a busy machine, a file that
   * could not be opened (permissions). Such a refusal is never kept in the cache of parsed reports.
   */
  readonly transient: boolean;

  constructor(file: string, reason: string, options: { transient?: boolean } = {}) {
    super(`${basename(file)}：${reason}`);
    this.name = 'ReportError';
    this.file = file;
    this.reason = reason;
    this.transient = options.transient ?? false;
  }
}
