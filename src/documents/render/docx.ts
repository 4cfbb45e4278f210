import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Resvg } from '@resvg/resvg-js';
import type { RenderBlock, RenderModel, RenderTable } from '../model.ts';
import { chartSvg } from './chart-svg.ts';
import { required } from '../../core/required.ts';

const FONT = 'Arial';

/** A4 text width in twentieths of a point, with Word's default margins. */
const TEXT_WIDTH = 9_000;

/** The label column gets the room it needs; figures share the rest. */
function columnWidths(t: RenderTable): number[] {
  const numeric = t.columns.filter((c) => c.numeric).length;
  const text = t.columns.length - numeric;
  const numericWidth = numeric === 0 ? 0 : Math.min(1_100, Math.floor((TEXT_WIDTH * 0.62) / numeric));
  const textWidth = text === 0 ? 0 : Math.floor((TEXT_WIDTH - numericWidth * numeric) / text);
  return t.columns.map((c) => (c.numeric ? numericWidth : textWidth));
}

function tableOf(t: RenderTable): (Paragraph | Table)[] {
  const widths = columnWidths(t);
  const width = (i: number) => ({ size: required(widths[i], `bredden för kolumn ${i}`), type: WidthType.DXA });
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map(
      (c, i) =>
        new TableCell({
          width: width(i),
          children: [
            new Paragraph({
              alignment: c.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [new TextRun({ text: c.label, bold: true, font: FONT, size: 16 })],
            }),
          ],
        }),
    ),
  });
  const rows = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.cells.map(
          (cell, i) =>
            new TableCell({
              width: width(i),
              children: [
                new Paragraph({
                  alignment: t.columns[i]?.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  indent: i === 0 && r.level > 0 ? { left: 240 * r.level } : undefined,
                  children: [
                    new TextRun({
                      text: cell.text,
                      bold: r.kind === 'total',
                      italics: i === 0 && r.kind === 'subset',
                      font: FONT,
                      size: 16,
                    }),
                  ],
                }),
              ],
            }),
        ),
      }),
  );
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: t.caption, bold: true, font: FONT, size: 20 })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [header, ...rows],
    }),
    ...[t.unitNote, t.source ? `Källa: ${t.source}` : '']
      .filter(Boolean)
      .map((n) => new Paragraph({ children: [new TextRun({ text: n, italics: true, font: FONT, size: 16 })] })),
    new Paragraph({ children: [] }),
  ];
}

function blockOf(b: RenderBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: [new TextRun({ text: b.text, font: FONT })],
        }),
      ];
    case 'text':
      return b.paragraphs.map(
        (p) =>
          new Paragraph({
            bullet: p.type === 'li' ? { level: 0 } : undefined,
            children: [new TextRun({ text: p.text, font: FONT, size: 21 })],
          }),
      );
    case 'table':
      return tableOf(b.table);
    case 'chart': {
      const svg = chartSvg(b.chart);
      const png = new Resvg(svg, {
        fitTo: { mode: 'width', value: 1360 },
        font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
      })
        .render()
        .asPng();
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(svg),
              fallback: { type: 'png', data: png },
              transformation: { width: 600, height: 265 },
              altText: { name: b.chart.caption, title: b.chart.caption, description: b.chart.summary },
            }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: `${b.chart.caption}. ${b.chart.summary}`, italics: true, font: FONT, size: 16 })] }),
      ];
    }
  }
}

/** A Word document with real headings, tables with repeating header rows, and charts as images. */
export async function renderDocx(model: RenderModel): Promise<Buffer> {
  const decision = model.decision ? `Beslutad ${model.decision.decidedOn}, ${model.decision.reference}` : 'Utkast – inte beslutat';
  const doc = new Document({
    creator: 'Styrbord',
    title: `${model.title} – ${model.committee.name}`,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'], font: FONT, size: 16 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: model.municipality, bold: true, font: FONT })] }),
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: `${model.title} – ${model.committee.name}`, font: FONT })],
          }),
          new Paragraph({ children: [new TextRun({ text: decision, italics: true, font: FONT })] }),
          ...model.sections.flatMap((s) => [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: s.title, font: FONT })] }),
            ...s.blocks.flatMap(blockOf),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
