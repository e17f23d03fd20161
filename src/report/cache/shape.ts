/**
 * The shape of a cached outcome, checked field by field before a cache entry is used: an entry
 * written by other code, cut short, or edited by hand is never trusted, only rebuilt.
 */
import type { LoadOutcome } from '../load.js';

type Check = (v: unknown) => boolean;

const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const opt = (c: Check): Check => (v) => v === undefined || c(v);
const nullable = (c: Check): Check => (v) => v === null || c(v);
const arrayOf = (c: Check): Check => (v) => {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!c(x)) return false;
  return true;
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const recordOf = (c: Check): Check => (v) => {
  if (!isObject(v)) return false;
  for (const k in v) if (!c(v[k])) return false;
  return true;
};
const oneOf = (...xs: string[]): Check => (v) => typeof v === 'string' && xs.includes(v);
/**
 * An object whose listed fields pass their checks (others are not allowed: a foreign entry). Plain
 * loops: a thousand cached reports hold a few hundred thousand objects to check at start.
 */
const shape = (fields: Record<string, Check>): Check => {
  const list = Object.entries(fields);
  return (v) => {
    if (!isObject(v)) return false;
    for (const k in v) if (!Object.hasOwn(fields, k)) return false;
    for (const [k, c] of list) if (!c(v[k])) return false;
    return true;
  };
};

const value = shape({ value: nullable(num), derived: opt(bool), by: opt(oneOf('balance')), source: str, invalid: opt(str) });
const passage = shape({ id: str, section: str, heading: opt(str), text: str });
const rawRow = shape({ item: str, label: str, cells: recordOf(str) });
const finding = shape({
  rule: str,
  severity: oneOf('error', 'warning', 'info'),
  message: str,
  row: opt(str),
  column: opt(str),
  numbers: opt(arrayOf(num)),
});
const contact = (v: unknown) =>
  isObject(v) && Object.entries(v).every(([k, x]) => ['department', 'address', 'postcode', 'phone', 'email', 'website', 'download', 'fax', 'person', 'hours'].includes(k) && str(x));

const report = shape({
  id: str,
  office: str,
  aliases: opt(arrayOf(str)),
  year: nullable(num),
  title: str,
  file: str,
  period: opt(str),
  published: opt(str),
  indexNo: opt(str),
  docNo: opt(str),
  pageSource: opt(str),
  contact,
  passages: arrayOf(passage),
  values: recordOf(value),
  table2Raw: arrayOf(rawRow),
  headings: opt(recordOf(str)),
  feeStatement: opt(str),
  findings: arrayOf(finding),
});

/** true when `v` is a LoadOutcome that may be cached: a report, or a lasting refusal with its reason. */
export function isCachedOutcome(v: unknown): v is LoadOutcome {
  if (!isObject(v)) return false;
  if (v.ok === true) return Object.keys(v).length === 2 && report(v.report);
  if (v.ok === false) return Object.keys(v).length === 2 && typeof v.reason === 'string' && v.reason.length > 0;
  return false;
}
