import type { Actor } from '../core/actor.ts';
import type { Database } from '../db/connection.ts';
import { execute } from '../db/command.ts';
import { getCommitteeByCode } from '../modules/organisation/store.ts';
import { createDocument } from './commands.ts';
import { acknowledgeFinding, decideDocument } from './decide.ts';
import { withdrawPublication } from './withdraw.ts';
import { AppError } from '../core/errors.ts';
import { findingsWithAcknowledgements, getDocument, getFrozenVersion, listAcknowledgements, liveModel } from './store.ts';
import type { StoredDocument } from './model.ts';
import type { PeriodInput } from './period.ts';

/**
 * `styrbord document decide`: the period's draft (created from the template when there is none)
 * is decided through the same commands as in the web UI; with a reason, each open finding is
 * acknowledged first, one audited acknowledgement per finding.
 */
export async function decideForPeriod(
  db: Database,
  actor: Actor,
  input: PeriodInput & { decidedOn: string; decisionRef: string; acknowledge: string | null },
) {
  const committee = await getCommitteeByCode(db, input.committeeCode);
  const month = input.type === 'delarsrapport' || input.type === 'manadsrapport' ? input.month : null;
  const [draft] = await db.query<{ id: number }>(
    `select id from document where committee_id = $1 and type = $2 and year = $3 and coalesce(month, 0) = $4 and status = 'draft'`,
    [committee.id, input.type, input.year, month ?? 0],
  );
  const id =
    draft?.id ??
    (await execute(db, actor, createDocument, { committeeCode: committee.code, type: input.type, year: input.year, month })).id;
  let acknowledged = 0;
  if (input.acknowledge !== null) {
    const doc = await getDocument(db, id);
    const open = findingsWithAcknowledgements((await liveModel(db, doc)).findings, await listAcknowledgements(db, id)).filter(
      (f) => f.acknowledgement === null,
    );
    for (const f of open) {
      await execute(db, actor, acknowledgeFinding, { id, findingKey: f.key, reason: input.acknowledge });
      acknowledged++;
    }
  }
  const doc: StoredDocument = await getDocument(db, id);
  const decided = await decideDocument(db, actor, { id, version: doc.version, decidedOn: input.decidedOn, decisionRef: input.decisionRef });
  return { document: decided, acknowledged, hashes: (await getFrozenVersion(db, id)).hashes };
}

/** `styrbord document withdraw`: the period's latest published edition that is not withdrawn yet. */
export async function withdrawForPeriod(db: Database, actor: Actor, input: PeriodInput & { reason: string }): Promise<StoredDocument> {
  const committee = await getCommitteeByCode(db, input.committeeCode);
  const month = input.type === 'delarsrapport' || input.type === 'manadsrapport' ? input.month : null;
  const [published] = await db.query<{ id: number }>(
    `select d.id from document d join document_version v on v.document_id = d.id join document_publication p on p.document_version_id = v.id
     left join document_withdrawal w on w.document_publication_id = p.id
     where d.committee_id = $1 and d.type = $2 and d.year = $3 and coalesce(d.month, 0) = $4 and w.id is null order by d.number desc limit 1`,
    [committee.id, input.type, input.year, month ?? 0],
  );
  if (!published)
    throw new AppError('validation', `${committee.code} har ingen publicerad handling av typen ${input.type} för perioden att återkalla.`);
  return execute(db, actor, withdrawPublication, { id: published.id, reason: input.reason });
}
