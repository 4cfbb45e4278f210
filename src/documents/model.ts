/**
 * The render model: one document as plain data, produced from stored facts and written text,
 * and consumed by every renderer (HTML, PDF, DOCX, XLSX, JSON). Nothing here is formatted twice:
 * a cell carries both the exact value and the text the document prints.
 */
import type { Finding } from '../core/finding.ts';
import type { Paragraph } from './text.ts';

export type DocumentType = 'internbudget' | 'delarsrapport' | 'manadsrapport' | 'atgardsplan';

export const documentTypeNames: Record<DocumentType, string> = {
  internbudget: 'Internbudget',
  delarsrapport: 'Delårsrapport',
  manadsrapport: 'Månadsrapport',
  atgardsplan: 'Åtgärdsplan',
};

export interface RenderCell {
  text: string;
  /** exact value (kronor, count, share) for spreadsheets and checks; null for text cells */
  value: number | null;
}

export interface RenderTable {
  id: string;
  caption: string;
  unitNote: string;
  columns: { label: string; numeric: boolean }[];
  rows: { cells: RenderCell[]; level: number; kind: 'row' | 'subset' | 'total' }[];
  /** where the figures come from, printed under the table */
  source?: string;
}

export interface RenderChart {
  id: string;
  caption: string;
  kind: 'line' | 'bar';
  unit: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** a sentence with the key figures, for readers who cannot see the chart */
  summary: string;
}

export type RenderBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'text'; paragraphs: { type: 'p' | 'li'; text: string }[] }
  | { kind: 'table'; table: RenderTable }
  | { kind: 'chart'; chart: RenderChart };

export interface RenderSection {
  id: string;
  title: string;
  blocks: RenderBlock[];
}

/** A finding in a document, known by the section it is in; stored with the decision as it is. */
export interface DocumentFinding extends Pick<Finding, 'kind' | 'message'> {
  sectionId: string;
}

export interface RenderModel {
  type: DocumentType;
  title: string;
  municipality: string;
  committee: { code: string; name: string };
  period: { year: number; month: number | null };
  /** decided documents carry their decision */
  decision: { decidedOn: string; reference: string } | null;
  sections: RenderSection[];
  findings: DocumentFinding[];
}

/** A document as stored, with its committee, its decision and its publication. */
/** A publication's withdrawal: when, and why. */
export interface Withdrawal {
  withdrawnAt: string | Date;
  reason: string;
}

export interface StoredDocument {
  id: number;
  committeeId: number;
  committeeCode: string;
  committeeName: string;
  type: DocumentType;
  year: number;
  month: number | null;
  title: string;
  status: 'draft' | 'decided';
  number: number;
  previousId: number | null;
  createdAt: string;
  createdBy: string;
  version: number;
  decidedOn: string | null;
  decisionRef: string | null;
  versionId: number | null;
  publishedSlug: string | null;
  /** Set once the publication is withdrawn: when, by whom and why. */
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
}

export interface StoredSection {
  id: number;
  documentId: number;
  position: number;
  sectionId: string;
  title: string;
  kind: 'text' | 'block';
  blockTypes: string[];
  prompt: string | null;
  paragraphs: Paragraph[];
  author: string | null;
  status: 'draft' | 'done';
  note: string | null;
  version: number;
}
