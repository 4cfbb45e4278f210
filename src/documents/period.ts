import type { Queryable } from '../db/connection.ts';
import { getCommitteeByCode } from '../modules/organisation/store.ts';
import { assembleDocument } from './assemble.ts';
import type { DocumentType, RenderModel } from './model.ts';
import { getDocument, liveModel, templateFor } from './store.ts';

export interface PeriodInput {
  type: DocumentType;
  committeeCode: string;
  year: number;
  month: number | null;
}

/**
 * What `document render` prints for a committee, type and period: the stored draft if there is
 * one, else the template over the data as it is now.
 */
export async function modelForPeriod(
  db: Queryable,
  input: PeriodInput,
): Promise<{ model: RenderModel; source: { kind: 'draft' | 'template'; label: string } }> {
  const committee = await getCommitteeByCode(db, input.committeeCode);
  const month = input.type === 'delarsrapport' || input.type === 'manadsrapport' ? input.month : null;
  const [draft] = await db.query<{ id: number }>(
    `select id from document where committee_id = $1 and type = $2 and year = $3 and coalesce(month, 0) = $4 and status = 'draft'`,
    [committee.id, input.type, input.year, month ?? 0],
  );
  if (draft) {
    const doc = await getDocument(db, draft.id);
    return { model: await liveModel(db, doc), source: { kind: 'draft', label: `utkastet v${doc.number}` } };
  }
  const { sections, custom } = await templateFor(db, input.type);
  return {
    model: await assembleDocument(db, { ...input, sections }),
    source: { kind: 'template', label: custom ? 'kommunens mall' : 'standardmallen' },
  };
}
