/** Print and screen styles of a committee document: A4, tables that repeat their header row. */
export const documentCss = `
@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
:root { color: #1a1a1a; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem; }
@media print { body { max-width: none; padding: 0; } .toc { break-after: page; } a { color: inherit; text-decoration: none; } }
h1 { font-size: 20pt; margin: 0.2em 0; color: #10325a; }
h2 { font-size: 14pt; color: #10325a; margin: 1.4em 0 0.4em; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1.2em 0 0.3em; break-after: avoid; }
.cover { border-bottom: 2px solid #10325a; margin-bottom: 1em; }
.municipality { font-weight: bold; margin: 0; }
.decision { color: #333; }
.decision.draft { color: #8a1c1c; font-weight: bold; }
.table-wrap { margin: 0.6em 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding: 0.2em 0; caption-side: top; }
th, td { padding: 0.25em 0.4em; border-bottom: 1px solid #c8c8c8; vertical-align: top; }
thead th { border-bottom: 1.5px solid #1a1a1a; text-align: left; background: #eef2f7; }
th[scope="row"] { text-align: left; font-weight: normal; min-width: 13em; }
.missing { color: #8a1c1c; font-style: italic; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.subset th[scope="row"] { font-style: italic; padding-left: 1.4em; }
tr.total th, tr.total td { font-weight: bold; border-top: 1.5px solid #1a1a1a; }
.table-note { font-size: 8.5pt; color: #444; margin: 0.2em 0 0; }
figure.chart { margin: 1em 0; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #333; }
`;
