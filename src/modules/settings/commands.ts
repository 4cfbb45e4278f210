import { z } from '../../core/validation.ts';
import { staleVersion } from '../../core/errors.ts';
import { can, ensure } from '../../core/permissions.ts';
import { defineCommand } from '../../db/command.ts';
import type { MunicipalitySettings } from './model.ts';
import { getSettings } from './store.ts';

/** An administrator turns four eyes on or off for a municipality. */
export const setFourEyes = defineCommand({
  name: 'municipality_setting.set_four_eyes',
  input: z.object({
    municipalityCode: z.string().trim().regex(/^[0-9]{4}$/, { message: 'Kommunkoden är fyra siffror' }),
    fourEyes: z.boolean(),
    version: z.number().int().min(0),
  }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const before = await getSettings(tx, input.municipalityCode);
    const [locked] = await tx.query<{ version: number }>('select version from municipality_setting where municipality_code = $1 for update', [input.municipalityCode]);
    if ((locked?.version ?? 0) !== input.version) throw staleVersion('inställningarna');
    await tx.query(
      `insert into municipality_setting (municipality_code, four_eyes) values ($1, $2)
       on conflict (municipality_code) do update set four_eyes = $2, version = municipality_setting.version + 1`,
      [input.municipalityCode, input.fourEyes]);
    const after: MunicipalitySettings = await getSettings(tx, input.municipalityCode);
    return { result: after, audit: [{ entityType: 'municipality_setting', entityId: input.municipalityCode, before: before.version === 0 ? null : before, after }] };
  },
});
