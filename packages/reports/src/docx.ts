import type { NumberLocale } from '@styrkit/core';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import { A4, reportStyles, run } from './docx-styles.js';
import { docxTable } from './docx-table.js';
import { findingsTable } from './findings-table.js';
import { reportLabels } from './labels.js';
import { textIn, type RenderOptions, type Report, type ReportSection } from './model.js';
import { needsLandscape } from './table-layout.js';

/** One element of the body and the page orientation it needs ('follow': the next one's). */
interface Placed {
  readonly element: Paragraph | Table;
  readonly page: 'portrait' | 'landscape' | 'follow';
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

function sectionElements(section: ReportSection, depth: number, locale: NumberLocale): Placed[] {
  const out: Placed[] = [
    {
      element: new Paragraph({
        heading: headingLevels[Math.min(depth, headingLevels.length - 1)] ?? HeadingLevel.HEADING_3,
        text: textIn(section.heading, locale),
      }),
      page: 'follow',
    },
  ];
  for (const block of section.blocks) {
    if (block.type === 'paragraph') {
      out.push({ element: new Paragraph({ text: textIn(block.text, locale) }), page: 'portrait' });
    } else if (block.type === 'note') {
      out.push({
        element: new Paragraph({ style: 'TableNote', text: textIn(block.text, locale) }),
        page: 'portrait',
      });
    } else if (block.type === 'list') {
      for (const item of block.items) {
        out.push({
          element: new Paragraph({ text: textIn(item, locale), bullet: { level: 0 } }),
          page: 'portrait',
        });
      }
    } else {
      const landscape = block.landscape ?? needsLandscape(block.table, locale);
      const page = landscape ? 'landscape' : 'portrait';
      out.push({
        element: new Paragraph({ style: 'TableCaption', text: block.table.title[locale] }),
        page: 'follow',
      });
      out.push({ element: docxTable(block.table, locale, landscape), page });
      for (const note of block.table.notes ?? []) {
        out.push({
          element: new Paragraph({ style: 'TableNote', text: note[locale] }),
          page,
        });
      }
    }
  }
  for (const sub of section.sections ?? []) out.push(...sectionElements(sub, depth + 1, locale));
  return out;
}

/** Consecutive elements on pages of one orientation; a heading or caption goes with what follows. */
function groupByPage(
  placed: readonly Placed[],
): { landscape: boolean; children: (Paragraph | Table)[] }[] {
  const resolved = placed.map((p, i) => {
    if (p.page !== 'follow') return p.page;
    const next = placed.slice(i + 1).find((q) => q.page !== 'follow');
    return next?.page ?? 'portrait';
  });
  const groups: { landscape: boolean; children: (Paragraph | Table)[] }[] = [];
  placed.forEach((p, i) => {
    const landscape = resolved[i] === 'landscape';
    const last = groups.at(-1);
    if (last?.landscape === landscape) last.children.push(p.element);
    else groups.push({ landscape, children: [p.element] });
  });
  return groups;
}

function frontMatter(report: Report, locale: NumberLocale): Placed[] {
  const out: Placed[] = [
    {
      element: new Paragraph({ heading: HeadingLevel.TITLE, text: textIn(report.title, locale) }),
      page: 'portrait',
    },
  ];
  if (report.subtitle !== undefined) {
    out.push({
      element: new Paragraph({ style: 'Subtitle', text: textIn(report.subtitle, locale) }),
      page: 'portrait',
    });
  }
  for (const row of report.metadata ?? []) {
    out.push({
      element: new Paragraph({
        spacing: { after: 40 },
        children: [
          run({ text: `${textIn(row.label, locale)}: `, bold: true }),
          new TextRun({ text: textIn(row.value, locale) }),
        ],
      }),
      page: 'portrait',
    });
  }
  return out;
}

function appendix(report: Report, locale: NumberLocale): Placed[] {
  if (report.findings === undefined) return [];
  const heading: Placed = {
    element: new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      text: reportLabels.appendix[locale],
    }),
    page: 'follow',
  };
  if (report.findings.length === 0) {
    return [
      heading,
      { element: new Paragraph({ text: reportLabels.noFindings[locale] }), page: 'portrait' },
    ];
  }
  const body = sectionElements(
    { heading: '', blocks: [{ type: 'table', table: findingsTable(report.findings) }] },
    0,
    locale,
  ).slice(1);
  return [heading, ...body];
}

function pageSetup(
  landscape: boolean,
  title: string,
  locale: NumberLocale,
): Omit<ISectionOptions, 'children'> {
  return {
    properties: {
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: title, size: 16, color: '555555' })],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                size: 16,
                children: [
                  `${reportLabels.page[locale]} `,
                  PageNumber.CURRENT,
                  ` ${reportLabels.of[locale]} `,
                  PageNumber.TOTAL_PAGES,
                ],
              }),
            ],
          }),
        ],
      }),
    },
  };
}

/**
 * @internal The renderer behind {@link reportToDocx} (docx-export.ts), which loads this
 * module and the `docx` library only when a document is written.
 */
export async function renderDocx(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? 'sv';
  const title = textIn(report.title, locale);
  const placed = [
    ...frontMatter(report, locale),
    ...report.sections.flatMap((s) => sectionElements(s, 0, locale)),
    ...appendix(report, locale),
  ];
  const document = new Document({
    title,
    creator: 'styrkit',
    styles: reportStyles(locale),
    sections: groupByPage(placed).map((group) => ({
      ...pageSetup(group.landscape, title, locale),
      children: group.children,
    })),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
