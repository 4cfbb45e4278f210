import { useQuery } from '@tanstack/react-query';
import type { StoredDocument, StoredSection } from '../../../documents/model.ts';
import type { Comparison } from '../../../documents/compare.ts';
import { api } from '../../api.ts';
import { committeeKeys, documentKeys } from '../../query-keys.ts';

export type { StoredDocument, StoredSection, Comparison };
export type DocType = StoredDocument['type'];
export const docTypes: DocType[] = ['internbudget', 'delarsrapport', 'manadsrapport', 'atgardsplan'];
export const needsMonth = (type: DocType) => type === 'delarsrapport' || type === 'manadsrapport';
export const formats = ['pdf', 'docx', 'xlsx', 'html', 'json'] as const;

export interface Finding {
  key: string;
  sectionId: string;
  kind: string;
  message: string;
  acknowledgement: { reason: string; actorName: string; acknowledgedAt: string } | null;
}

export interface DocumentDetail {
  document: StoredDocument;
  sections: (StoredSection & { previewHtml: string | null })[];
  findings: Finding[];
  editions: StoredDocument[];
  frozen: {
    number: number;
    decidedOn: string;
    decisionRef: string;
    decidedBy: string;
    hashes: Record<string, string>;
    createdAt: string;
  } | null;
  publication: { url: string; pdfUrl: string; withdrawal: { at: string; by: string; reason: string } | null } | null;
}

export const documentsPath = (code: string) => `/namnd/${encodeURIComponent(code)}/handlingar`;
export const documentPath = (code: string, id: number) => `${documentsPath(code)}/${id}`;

export function useDocumentList(code: string) {
  return useQuery({
    queryKey: documentKeys.list(code),
    queryFn: () => api.get<StoredDocument[]>(`/api/committees/${encodeURIComponent(code)}/documents`),
  });
}

export function useDocument(id: number) {
  return useQuery({ queryKey: documentKeys.detail(id), queryFn: () => api.get<DocumentDetail>(`/api/documents/${id}`) });
}

/** The committee's name and whether the actor may write for it, from the committee list. */
export function useCommittee(code: string) {
  return useQuery({
    queryKey: committeeKeys.list,
    queryFn: () => api.get<{ id: number; code: string; name: string }[]>('/api/committees'),
    select: (cs) => cs.find((c) => c.code === code) ?? null,
  });
}
