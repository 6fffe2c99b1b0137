import { child, childrenNamed, onOff, path, type XmlElement } from '../xml.js';

/** What a Word style gives the paragraphs or runs that use it, after its basedOn chain. */
export interface WordStyle {
  readonly name: string;
  readonly headingLevel?: number;
  readonly list: boolean;
  readonly caption: boolean;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

interface RawStyle {
  readonly name: string;
  readonly basedOn: string | undefined;
  readonly outline: number | undefined;
  readonly list: boolean;
  readonly bold: boolean | undefined;
  readonly italic: boolean | undefined;
}

/** The styles of a document by id, plus the id of the default paragraph style. */
export interface WordStyles {
  readonly byId: ReadonlyMap<string, WordStyle>;
  readonly defaultParagraph: string | undefined;
}

// Word names its heading styles "heading 1"; localised Word writes "Rubrik 1" and the like.
const HEADING_NAME = /^(?:heading|rubrik|überschrift|titre)\s*(\d)$/i;
// The caption style is "caption" in English Word, "Beskrivning" in Swedish Word.
const CAPTION_NAME = /^(?:caption|beskrivning|bildtext|figure|table)$/i;
const LIST_NAME = /^(?:list|punktlista|numrerad lista|liststycke)/i;

function outlineLevel(style: XmlElement): number | undefined {
  const v = path(style, 'pPr', 'outlineLvl')?.attrs['val'];
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  // Level 9 means body text.
  return Number.isInteger(n) && n >= 0 && n < 9 ? n + 1 : undefined;
}

/**
 * Reads styles.xml: heading levels (from the style name or its outline level), list styles,
 * caption styles and bold or italic set on the style, each resolved through basedOn.
 */
export function readWordStyles(root: XmlElement | undefined): WordStyles {
  const raw = new Map<string, RawStyle>();
  let defaultParagraph: string | undefined;
  for (const style of childrenNamed(root, 'style')) {
    const id = style.attrs['styleId'];
    if (id === undefined) continue;
    if (style.attrs['type'] === 'paragraph' && style.attrs['default'] === '1') {
      defaultParagraph = id;
    }
    const rPr = child(style, 'rPr');
    raw.set(id, {
      name: child(style, 'name')?.attrs['val'] ?? id,
      basedOn: child(style, 'basedOn')?.attrs['val'],
      outline: outlineLevel(style),
      list: path(style, 'pPr', 'numPr') !== undefined,
      bold: onOff(child(rPr, 'b')),
      italic: onOff(child(rPr, 'i')),
    });
  }
  const byId = new Map<string, WordStyle>();
  for (const id of raw.keys()) byId.set(id, resolve(raw, id));
  return { byId, defaultParagraph };
}

function resolve(raw: ReadonlyMap<string, RawStyle>, id: string): WordStyle {
  const chain: RawStyle[] = [];
  const seen = new Set<string>();
  // basedOn can loop in a damaged file: stop at the first repeat.
  for (let at: string | undefined = id; at !== undefined && !seen.has(at);) {
    seen.add(at);
    const style = raw.get(at);
    if (style === undefined) break;
    chain.push(style);
    at = style.basedOn;
  }
  const first = <T>(pick: (s: RawStyle) => T | undefined): T | undefined =>
    chain.map(pick).find((v) => v !== undefined);
  const names = chain.map((s) => s.name);
  const named = names.map((n) => HEADING_NAME.exec(n)?.[1]).find((v) => v !== undefined);
  const headingLevel = named === undefined ? first((s) => s.outline) : Number(named);
  const bold = first((s) => s.bold);
  const italic = first((s) => s.italic);
  return {
    name: names[0] ?? id,
    ...(headingLevel === undefined ? {} : { headingLevel }),
    list: chain.some((s) => s.list) || names.some((n) => LIST_NAME.test(n)),
    caption: names.some((n) => CAPTION_NAME.test(n)),
    ...(bold === undefined ? {} : { bold }),
    ...(italic === undefined ? {} : { italic }),
  };
}
