import type { Actor } from '../core/actor.ts';
import type { Database } from '../db/connection.ts';
import { execute } from '../db/command.ts';
import { getCommitteeByCode } from '../modules/organisation/store.ts';
import { createDocument } from './commands.ts';
import { acknowledgeFinding, decideDocument } from './decide.ts';
import { findingsWithAcknowledgements, getDocument, getFrozenVersion, listAcknowledgements, liveModel, type StoredDocument } from './store.ts';
import type { PeriodInput } from './period.ts';

/**
 * `styrbord document decide`: the period's draft (created from the template when there is none)
 * is decided through the same commands as in the web UI; with a reason, each open finding is
 * acknowledged first, one audited acknowledgement per finding.
 */
export async function decideForPeriod(db: Database, actor: Actor, input: PeriodInput & { decidedOn: string; decisionRef: string; acknowledge: string | null }) {
  const committee = await getCommitteeByCode(db, input.committeeCode);
  const month = input.type === 'delarsrapport' || input.type === 'manadsrapport' ? input.month : null;
  const [draft] = await db.query<{ id: number }>(
    `select id from document where committee_id = $1 and type = $2 and year = $3 and coalesce(month, 0) = $4 and status = 'draft'`,
    [committee.id, input.type, input.year, month ?? 0]);
  const id = draft?.id ?? (await execute(db, actor, createDocument, { committeeCode: committee.code, type: input.type, year: input.year, month })).id;
  let acknowledged = 0;
  if (input.acknowledge !== null) {
    const doc = await getDocument(db, id);
    const open = findingsWithAcknowledgements((await liveModel(db, doc)).findings, await listAcknowledgements(db, id)).filter((f) => f.acknowledgement === null);
    for (const f of open) {
      await execute(db, actor, acknowledgeFinding, { id, findingKey: f.key, reason: input.acknowledge });
      acknowledged++;
    }
  }
  const doc: StoredDocument = await getDocument(db, id);
  const decided = await execute(db, actor, decideDocument, { id, version: doc.version, decidedOn: input.decidedOn, decisionRef: input.decisionRef });
  return { document: decided, acknowledged, hashes: (await getFrozenVersion(db, id)).hashes };
}
