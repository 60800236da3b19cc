import { DOMParser, type Element } from '@xmldom/xmldom';
import { SpoorError } from '../../errors';

/** Characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type Attributes = Record<string, string | number | boolean | undefined>;

/** One element as text; children are already-serialised elements or escaped text. */
export function element(name: string, attributes: Attributes, children: readonly string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** Parses XML, turning any well-formedness error into a `refiqda.invalid` error naming the file. */
export function parseXml(text: string, file: string): Element {
  const problems: string[] = [];
  let root: Element | null = null;
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(text, 'text/xml');
    root = document.documentElement;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (problems.length > 0 || !root) {
    const reason = `${file}: ${problems[0] ?? 'no root element'}`.slice(0, 300);
    throw new SpoorError('refiqda.invalid', reason, { reason });
  }
  return root;
}

/** Direct child elements with a local name. */
export function childElements(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let i = 0; i < parent.childNodes.length; i += 1) {
    const node = parent.childNodes.item(i);
    if (node && node.nodeType === 1 && (node as Element).localName === localName) found.push(node as Element);
  }
  return found;
}

export function firstChild(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

export function textOf(parent: Element, localName: string): string | undefined {
  const child = firstChild(parent, localName);
  return child ? (child.textContent ?? '') : undefined;
}

/** A REFI-QDA GUID, braces and case normalised. */
export function normaliseGuid(raw: string | null): string | undefined {
  const match = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/.exec((raw ?? '').trim());
  return match?.[1]?.toLowerCase();
}

export function requireAttribute(node: Element, name: string, file: string): string {
  const value = node.getAttribute(name);
  if (value === null) {
    const reason = `${file}: <${node.localName}> lacks ${name}`;
    throw new SpoorError('refiqda.invalid', reason, { reason });
  }
  return value;
}

/** REFI-QDA counts text positions in characters (Unicode code points), JavaScript in UTF-16 units. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i += 1;
    count += 1;
  }
  return count;
}

/** The UTF-16 index of a code-point position in `text`. */
export function utf16Index(text: string, codePoints: number): number {
  let index = 0;
  for (let n = 0; n < codePoints && index < text.length; n += 1) {
    const code = text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index;
}
