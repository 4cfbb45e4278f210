import type { Command } from 'commander';
import { schemaText } from '../core/messages.ts';
import { z, parseInput } from '../core/validation.ts';
import { execute } from '../db/command.ts';
import { setFourEyes } from '../modules/settings/commands.ts';
import { getSettings } from '../modules/settings/store.ts';
import { getMunicipality } from '../modules/organisation/store.ts';
import { cliActor, print, withDatabase } from './db.ts';

const fourEyesOptions = z.object({
  value: z.enum(['on', 'off'], { message: schemaText('settings.on_or_off') }),
  municipality: z
    .string()
    .trim()
    .regex(/^[0-9]{4}$/, { message: schemaText('settings.municipality_code_format') })
    .optional(),
});

export function registerSettingsCommands(program: Command): void {
  const settings = program.command('settings').description('Kommunens inställningar');
  settings
    .command('show')
    .description('Visa kommunens inställningar')
    .option('--municipality <code>', 'kommunkod, t.ex. 0580 (standard: databasens kommun)')
    .action(async (raw: { municipality?: string }) => {
      const s = await withDatabase(async (db) => getSettings(db, raw.municipality ?? (await getMunicipality(db)).code));
      print(`Kommun ${s.municipalityCode}: fyra ögon ${s.fourEyes ? 'på' : 'av'}.`);
    });
  settings
    .command('set <setting> <value>')
    .description('Ändra en inställning: four-eyes on|off (beslut och publicering kräver en andra person)')
    .option('--municipality <code>', 'kommunkod, t.ex. 0580 (standard: databasens kommun)')
    .action(async (setting: string, value: string, raw: { municipality?: string }) => {
      parseInput(z.object({ setting: z.literal('four-eyes', { message: schemaText('settings.unknown_setting') }) }), { setting });
      const opts = parseInput(fourEyesOptions, { value, municipality: raw.municipality });
      const s = await withDatabase(async (db) => {
        const code = opts.municipality ?? (await getMunicipality(db)).code;
        const current = await getSettings(db, code);
        return execute(db, cliActor(), setFourEyes, { municipalityCode: code, fourEyes: opts.value === 'on', version: current.version });
      });
      print(
        `Kommun ${s.municipalityCode}: fyra ögon ${s.fourEyes ? 'på – den som har förberett ett utkast kan inte själv besluta eller publicera det' : 'av'}.`,
      );
    });
}
