import { z, expectedVersion } from '../../core/validation.ts';
import { msg } from '../../core/messages.ts';
import { can, ensure } from '../../core/permissions.ts';
import { defineCommand } from '../../db/command.ts';
import { upsertVersioned } from '../../db/versioned.ts';
import { getSettings } from './store.ts';

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
