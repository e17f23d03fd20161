/**
 * Table text that lost its cell breaks: labels followed by runs of digits, "规章000行政规范性文件8855698",
 * "1.属于国家秘密00000002.其他法律行政法规禁止公开 0000000". Cut into (label, run) pairs.
 *
 * A run is digits, possibly with single numbers between spaces ("0 1 1 0 2") and decimals
 * ("9116.36"). Digits right before "." or "、" and a label ("…00000002.其他法律…") end in the next
 * label's number: the number the catalogue gives that label is taken off the run ("2"; one digit
 * when the label is unknown). Digits followed by a unit or a date word ("698件", "2022年") or after
 * 第 are prose, not a run.
 */

export interface LabelledRun {
  /** The text before the run, back to the previous run (trimmed). */
  label: string;
  /** The run's pieces between spaces: ["713000074"], ["0", "1", "1"]. */
  tokens: string[];
}

const RUN = /\d+(?:\.\d+)?(?:[ \t\u00a0\u3000]+\d+(?:\.\d+)?)*/g;
/** After a number: it is a count or a date in prose, not table cells. */
const PROSE_AFTER = /^\s*(?:件|条|个|项|次|人|万元|元|年|月|日|号|%|％|‰)/;
/** After a number: a label's numbering ("2.其他…", "3、危及…"). */
const NUMBERING_AFTER = /^[.．、](?=[^\d\s])/;
/** Runs of digits in `label`: the next label's text ends where the next digit starts. */
const NEXT_DIGIT = /\d/;

/**
 * The (label, run) pairs of `text`. `numberOf(label)` gives the number the catalogue prints before a
 * label ("2" for 其他法律行政法规禁止公开), or null when it does not know the label.
 */
export function labelledRuns(text: string, numberOf: (label: string) => string | null = () => null): LabelledRun[] {
  const out: LabelledRun[] = [];
  let labelStart = 0;
  for (const m of text.matchAll(RUN)) {
    let run = m[0];
    const after = text.slice(m.index + run.length);
    const before = text.slice(0, m.index);
    if (PROSE_AFTER.test(after) || /第\s*$/.test(before)) continue;
    if (NUMBERING_AFTER.test(after)) {
      const rest = after.slice(1);
      const next = rest.slice(0, Math.max(0, rest.search(NEXT_DIGIT)) || rest.length);
      const num = numberOf(next.trim());
      const compact = run.replace(/\s+$/, '');
      const peel = num && compact.endsWith(num) ? num.length : 1;
      run = compact.slice(0, compact.length - peel).trimEnd();
      if (!run) continue; // the whole run was the label's number: it stays in the label text
    }
    const tokens = run.trim().split(/\s+/);
    out.push({ label: text.slice(labelStart, m.index).trim(), tokens });
    labelStart = m.index + run.length;
  }
  return out;
}
