import { SaxesParser } from 'saxes';

/**
 * An XML element with names stripped of their namespace prefix: Office files are written with
 * conventional prefixes (w:, x:, none) that differ between programs, and the local names are
 * unambiguous within each part we read.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** An element or a run of text. */
export type XmlNode = XmlElement | string;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Parses XML into a small tree. saxes reads no DTD: external entities are never fetched and
 * entity declarations are never expanded (no "billion laughs"); an undefined entity is an
 * error. Throws on malformed XML; callers turn that into a finding.
 *
 * @example
 * ```ts
 * const a = parseXml('<a x="1"><w:b>t</w:b></a>');
 * a.attrs; // { x: '1' }
 * a.children; // [{ name: 'b', attrs: {}, children: ['t'] }]
 * ```
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: { name: string; attrs: Record<string, string>; children: XmlNode[] } = {
    name: '#document',
    attrs: {},
    children: [],
  };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      attrs[localName(key)] = value;
    }
    const element = { name: localName(tag.name), attrs, children: [] as XmlNode[] };
    stack[stack.length - 1]?.children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => stack[stack.length - 1]?.children.push(text));
  parser.on('cdata', (text) => stack[stack.length - 1]?.children.push(text));
  parser.write(text).close();
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (top === undefined) throw new Error('no root element');
  return top;
}

/** The child elements named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (element === undefined) return [];
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0];
}

/** Follows a path of child names. */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = element;
  for (const name of names) at = child(at, name);
  return at;
}

/** All text below an element, in document order. */
export function textOf(element: XmlElement | undefined): string {
  if (element === undefined) return '';
  let out = '';
  for (const c of element.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

/**
 * An OOXML on/off property (`<w:b/>`, `<w:b w:val="0"/>`, `<b val="false"/>`): present means
 * on unless its value says off; absent is undefined so styles can supply it.
 */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (element === undefined) return undefined;
  const v = element.attrs['val'];
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}
