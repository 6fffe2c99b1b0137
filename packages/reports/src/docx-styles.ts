import type { NumberLocale } from '@styrkit/core';
import { LineRuleType, TextRun, type IRunOptions, type IStylesOptions } from 'docx';

/**
 * @internal A text run from typed options (`new TextRun` also takes a string, which makes
 * linters read `bold` as the deprecated `String.prototype.bold`).
 */
export function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

/** @internal A4 in twentieths of a point, and the margins every page uses (2 cm). */
export const A4 = { width: 11906, height: 16838, margin: 1134 } as const;

/** @internal Text width of a page in twips, portrait or landscape. */
export function textWidth(landscape: boolean): number {
  return (landscape ? A4.height : A4.width) - 2 * A4.margin;
}

const FONT = 'Liberation Sans';

/**
 * @internal Word styles of a report: Normal in the locale's language, the built-in Title and
 * Heading 1–3 (so Word's navigation pane and table of contents see them), and three of our
 * own: Subtitle, TableCaption (keeps with its table) and TableNote.
 */
export function reportStyles(locale: NumberLocale): IStylesOptions {
  const language = { value: locale === 'sv' ? 'sv-SE' : 'en-GB' };
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, language },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: 40, bold: true },
        paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font: FONT, size: 30, bold: true },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
      heading2: {
        run: { font: FONT, size: 25, bold: true },
        paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 26, color: '444444' },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'TableCaption',
        name: 'Table Caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, size: 20 },
        paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
      },
      {
        id: 'TableNote',
        name: 'Table Note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 17, italics: true, color: '333333' },
        paragraph: { spacing: { before: 40, after: 40 } },
      },
    ],
  };
}
