/**
 * The offices of a list of reports, their reports and their names (officeNames: 南岗区, 南岗区政府 …) by the
 * first code unit of the name, built once per list: which offices a question names is read from the
 * names starting at its own characters, not from every office's names rebuilt and tried — the cost
 * depends on the question, not on the number of reports loaded (1,000 in the scale bench).
 * The list must not change after its first look-up (the Knowledge's reports never do).
 */
import type { Report } from '../report/types.js';
import { officeNames } from '../understand/office-names.js';

interface OfficeName {
  name: string;
  /** Index of the office in `offices` (first-seen order of the list). */
  office: number;
}

interface OfficeIndex {
  offices: string[];
  byOffice: Map<string, Report[]>;
  namesByFirst: Map<number, OfficeName[]>;
}

const indexes = new WeakMap<readonly Report[], OfficeIndex>();

function officeIndex(reports: readonly Report[]): OfficeIndex {
  let idx = indexes.get(reports);
  if (idx) return idx;
  idx = { offices: [], byOffice: new Map(), namesByFirst: new Map() };
  for (const r of reports) {
    const mine = idx.byOffice.get(r.office);
    if (mine) {
      mine.push(r);
      continue;
    }
    idx.byOffice.set(r.office, [r]);
    const office = idx.offices.push(r.office) - 1;
    for (const name of officeNames(r.office)) {
      const first = name.charCodeAt(0);
      const list = idx.namesByFirst.get(first);
      if (list) list.push({ name, office });
      else idx.namesByFirst.set(first, [{ name, office }]);
    }
  }
  indexes.set(reports, idx);
  return idx;
}

/** The reports of one office, in the list's order. */
export function reportsOfOffice(reports: readonly Report[], office: string): readonly Report[] {
  return officeIndex(reports).byOffice.get(office) ?? [];
}

/**
 * The offices some name of which occurs in `q` (in the list's order, each once), and the office of the
 * longest such name (the first office in the list's order on a tie): what a scan of every office's names
 * in order, keeping a strictly longer name, gives.
 */
export function officesNamedIn(q: string, reports: readonly Report[]): { named: string[]; longest: string | undefined } {
  const idx = officeIndex(reports);
  const hit = new Set<number>();
  let best = -1;
  let bestLen = 0;
  const seen = new Set<number>();
  for (let i = 0; i < q.length; i++) {
    const c = q.charCodeAt(i);
    if (seen.has(c)) continue;
    seen.add(c);
    for (const n of idx.namesByFirst.get(c) ?? []) {
      if (!q.includes(n.name)) continue;
      hit.add(n.office);
      if (n.name.length > bestLen || (n.name.length === bestLen && n.office < best)) {
        best = n.office;
        bestLen = n.name.length;
      }
    }
  }
  return { named: [...hit].sort((a, b) => a - b).map((k) => idx.offices[k]!), longest: best >= 0 ? idx.offices[best] : undefined };
}
