import { child, childrenNamed, onOff, type XmlElement } from '../xml.js';

/** What a cell style index (the `s` attribute) means for reading. */
export interface CellStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly format: string;
}

// The built-in number formats a committee table uses (ECMA-376 §18.8.30); others that are
// built in are dates and times, shown raw.
const BUILT_IN: Readonly<Record<string, string>> = {
  '0': 'General',
  '1': '0',
  '2': '0.00',
  '3': '#,##0',
  '4': '#,##0.00',
  '9': '0%',
  '10': '0.00%',
  '37': '#,##0 ;(#,##0)',
  '38': '#,##0 ;[Red](#,##0)',
  '39': '#,##0.00;(#,##0.00)',
  '40': '#,##0.00;[Red](#,##0.00)',
  '49': '@',
};

/**
 * Reads styles.xml into one entry per cell style: bold and italic from its font, and its
 * number format code (custom or built in).
 */
export function readCellStyles(root: XmlElement | undefined): CellStyle[] {
  const formats = new Map<string, string>();
  for (const f of childrenNamed(child(root, 'numFmts'), 'numFmt')) {
    const id = f.attrs['numFmtId'];
    const code = f.attrs['formatCode'];
    if (id !== undefined && code !== undefined) formats.set(id, code);
  }
  const fonts = childrenNamed(child(root, 'fonts'), 'font').map((font) => ({
    bold: onOff(child(font, 'b')) ?? false,
    italic: onOff(child(font, 'i')) ?? false,
  }));
  return childrenNamed(child(root, 'cellXfs'), 'xf').map((xf) => {
    const font = fonts[Number.parseInt(xf.attrs['fontId'] ?? '0', 10)];
    const id = xf.attrs['numFmtId'] ?? '0';
    return {
      bold: font?.bold ?? false,
      italic: font?.italic ?? false,
      format: formats.get(id) ?? BUILT_IN[id] ?? 'General',
    };
  });
}
