/**
 * The XML of WeChat / WeCom pushes and passive replies (fast-xml-parser). Every value is read as a
 * string (MsgId exceeds 2^53); entities and DOCTYPEs are not processed.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const parser = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: true,
  processEntities: false,
  trimValues: true,
  ignoreDeclaration: true,
});

/** The fields of the root <xml> element, all as strings (nested elements are dropped). */
export function parseXml(text: string): Record<string, string> {
  if (!text.trim()) throw new XmlError('empty body');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlError('DOCTYPE not allowed');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlError(`invalid XML: ${valid.err.msg}`);
  const doc = parser.parse(text) as Record<string, unknown>;
  const root = doc.xml;
  if (!root || typeof root !== 'object') throw new XmlError('no <xml> root');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(root as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  }
  return out;
}

const builder = new XMLBuilder({ cdataPropName: '__cdata', format: false });

/** Builds <xml>…</xml>: strings become CDATA, numbers plain text. */
export function buildXml(fields: Record<string, string | number>): string {
  const root: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    root[k] = typeof v === 'number' ? v : { __cdata: v.replace(/]]>/g, ']]]]><![CDATA[>') };
  }
  return builder.build({ xml: root }) as string;
}
