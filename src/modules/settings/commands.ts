import { z, expectedVersion, id, isoDate, shortText, version } from '../../core/validation.ts';
import { msg, type Message } from '../../core/messages.ts';
import { can, ensure } from '../../core/permissions.ts';
import type { Actor } from '../../core/actor.ts';
import type { DecidedVersion } from '../../core/decided-version.ts';
import { defineCommand } from '../../db/command.ts';
import type { Queryable } from '../../db/connection.ts';
import { updateVersioned, upsertVersioned } from '../../db/versioned.ts';
import { ensureSecondPerson, getSettings } from './store.ts';

/** An administrator turns four eyes on or off for a municipality. */
export const setFourEyes = defineCommand({
  name: 'municipality_setting.set_four_eyes',
  input: z.object({
    municipalityCode: z
      .string()
      .trim()
      .regex(/^[0-9]{4}$/, { message: 'Kommunkoden är fyra siffror' }),
    fourEyes: z.boolean(),
    version: expectedVersion,
  }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    await getSettings(tx, input.municipalityCode); // 404 for a municipality that does not exist
    const { before, after } = await upsertVersioned(tx, {
      table: 'municipality_setting',
      key: { municipality_code: input.municipalityCode },
      values: { four_eyes: input.fourEyes },
      expectedVersion: input.version,
      what: msg('thing.settings'),
      read: (db) => getSettings(db, input.municipalityCode),
    });
    return { result: after, audit: [{ entityType: 'municipality_setting', entityId: input.municipalityCode, before, after }] };
  },
});

/**
 * Deciding a budget or an action-plan version: by a writer of its committee and, where four eyes
 * apply, not by one who prepared it. The version's table freezes it from then on; later changes
 * need a revision.
 */
export function decideVersionCommand<T extends DecidedVersion & { id: number }>(spec: {
  kind: 'budget_version' | 'action_plan_version';
  what: Message;
  read: (db: Queryable, id: number) => Promise<T>;
  authorize: (actor: Actor, tx: Queryable, id: number) => Promise<void>;
  /** Refuses a version that cannot be decided: one already decided, or one without rows. */
  ensureDecidable: (tx: Queryable, id: number) => Promise<void>;
}) {
  return defineCommand({
    name: `${spec.kind}.decide`,
    input: z.object({ id, version, decidedOn: isoDate, decisionRef: shortText(100) }),
    async authorize(actor, input, tx) {
      await spec.authorize(actor, tx, input.id);
      await ensureSecondPerson(tx, actor, { kind: spec.kind, id: input.id }, spec.what);
    },
    async run(tx, input) {
      await spec.ensureDecidable(tx, input.id);
      const { before, after } = await updateVersioned(tx, { table: spec.kind, what: spec.what, read: spec.read }, input.id, input.version, {
        status: 'decided',
        decided_on: input.decidedOn,
        decision_ref: input.decisionRef,
      });
      return { result: after, audit: [{ entityType: spec.kind, entityId: after.id, before, after }] };
    },
  });
}
