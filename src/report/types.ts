/** Shared types of the report pipeline: file → Document → Report. */

/** One block of a document, whatever the file form was. */
export type Block =
  | { kind: 'heading'; text: string; level?: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] };

/** The common shape every extractor (text, html, docx, pdf) produces. */
export interface Document {
  file: string;
  blocks: Block[];
}

export type ContactField = 'department' | 'address' | 'postcode' | 'phone' | 'email' | 'website' | 'download' | 'fax' | 'person' | 'hours';
export type Contact = Partial<Record<ContactField, string>>;

/** A sentence-sized piece of narrative text, for citation and retrieval. */
export interface Passage {
  /** Stable id, e.g. "一.(二).3" — section, sub-item, sentence number. */
  id: string;
  /** Top-level section numeral: 前言 | 一 … 六 */
  section: string;
  /** Sub-item heading text if any, e.g. "（二）依申请公开情况" */
  heading?: string;
  text: string;
}

/** A figure of the report: a table cell, a derived subtotal, or "not reported". */
export interface Value {
  /** null = the report does not give this figure ("not reported"). */
  value: number | null;
  /** true when computed from other cells (subtotals, a blank 总计 cell). */
  derived?: boolean;
  /**
   * 'balance': computed from the table's own balance (R2: the 总计 row less the other results) because
   * a row of it could not be read; answers say so ("根据表内合计推算").
   */
  by?: 'balance';
  /** Where it comes from, for citations: e.g. "三、收到和处理政府信息公开申请情况". */
  source: string;
  /** Set when the value is impossible (negative, fractional count, absurd): why, in Chinese. Never stated to citizens (sanity.ts). */
  invalid?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A consistency finding (勾稽关系) — never fatal. */
export interface Finding {
  rule: string;          // R1 | R2 | R3 | R4 | year | prose | missing-table | …
  severity: Severity;
  message: string;       // Chinese, for staff
  row?: string;
  column?: string;
  numbers?: number[];
}

/** A raw table-二 row as printed (kept to show old-format columns too). */
export interface RawRow {
  item: string;          // e.g. "第二十条第（一）项"
  label: string;         // e.g. "行政规范性文件"
  cells: Record<string, string>; // column header → printed value
}

export interface Report {
  /** e.g. "南岗区人民政府办公室-2022" */
  id: string;
  office: string;
  /** Other spellings of the office (file name, signature) when they differ from the title's, e.g. an OCR typo. */
  aliases?: string[];
  year: number | null;
  title: string;
  file: string;
  /** Statistics period as printed, if found. */
  period?: string;
  /** The date the report is signed with at its end ("2026年1月23日"), if printed. */
  published?: string;
  /** The page's index number (索引号) in a site's metadata table above the report, as sites print it ("620702081/2026-00007"). */
  indexNo?: string;
  /** The report's document number (文号) in a site's metadata above it, as printed ("永石政〔2024〕1号"). */
  docNo?: string;
  /** The body a site's metadata names as the page's source ("来源:天津市人民政府办公厅"), if printed. */
  pageSource?: string;
  contact: Contact;
  passages: Passage[];
  /** MetricId (see format.ts) → Value. */
  values: Record<string, Value>;
  /** Table 二 rows as printed. */
  table2Raw: RawRow[];
  /** The headings of sections 一–六 as printed ("四、政务信息公开行政复议、行政诉讼情况"), by section numeral. */
  headings?: Record<string, string>;
  /** Section 六 statement about 信息处理费, if found. */
  feeStatement?: string;
  findings: Finding[];
}

/** A file that could not be loaded. */
export interface LoadError {
  file: string;
  message: string; // Chinese, names what is wrong
}
