/**
 * @internal The stylesheet of a printable report: A4 pages with 2 cm margins, a named
 * landscape page for wide tables, header rows repeated on every page, rows kept whole,
 * headings kept with what follows.
 */
export const PRINT_CSS = `
:root { color: #111; background: #fff; font: 10.5pt/1.4 "Liberation Sans", Arial, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 20pt; margin: 0 0 .25rem; }
.subtitle { font-size: 13pt; color: #444; margin: 0 0 1rem; }
h2 { font-size: 15pt; margin: 1.5rem 0 .5rem; }
h3 { font-size: 12.5pt; margin: 1.2rem 0 .4rem; }
h4 { font-size: 11pt; margin: 1rem 0 .3rem; }
dl.metadata { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1.5rem; }
dl.metadata dt { font-weight: bold; }
dl.metadata dd { margin: 0; }
.table-block { margin: 1rem 0; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 .3rem; }
th, td { border: 1px solid #808080; padding: .2rem .4rem; vertical-align: top; text-align: left; }
thead th { background: #e7e6e6; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td, tr.subtotal td { font-weight: bold; }
.note { font-size: 8.5pt; font-style: italic; color: #333; margin: .2rem 0; }
@page { size: A4 portrait; margin: 2cm; }
@page wide { size: A4 landscape; margin: 1.5cm; }
@media print {
  :root { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  .table-block { overflow: visible; }
  .landscape { page: wide; }
  thead { display: table-header-group; }
  tr, caption { break-inside: avoid; }
  h2, h3, h4, caption { break-after: avoid; }
  .appendix { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;
