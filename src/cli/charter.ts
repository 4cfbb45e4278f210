import type { Command } from 'commander';
import { parseInput } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { lookupQuery } from '../modules/charter/model.ts';
import { charterLookup } from '../modules/charter/queries.ts';
import { print, withDatabase } from './db.ts';

export function registerCharterCommands(program: Command): void {
  program
    .command('charter')
    .description('Reglementet')
    .command('lookup')
    .description('Vilken nämnd ansvarar för en insats för en person i en viss ålder en viss dag?')
    .requiredOption('--law <law>', 'lag, t.ex. SoL, LSS, HSL')
    .option('--age <age>', 'personens ålder')
    .option('--intervention <intervention>', 'insats, t.ex. hemtjänst')
    .option('--target-group <group>', 'målgrupp, t.ex. socialpsykiatri')
    .option('--date <date>', 'datum (ÅÅÅÅ-MM-DD), standard idag')
    .option('--json', 'svara med JSON')
    .action(async (opts: { law: string; age?: string; intervention?: string; targetGroup?: string; date?: string; json?: boolean }) => {
      const q = parseInput(lookupQuery, {
        law: opts.law,
        age: opts.age,
        intervention: opts.intervention,
        targetGroup: opts.targetGroup,
        date: opts.date,
      });
      const { question, answer } = await withDatabase((db) => charterLookup(db, q));
      const date = question.date;
      if (opts.json) {
        print(JSON.stringify({ question, answer }, null, 2));
        return;
      }
      if (answer.status === 'none') throw new AppError('not_found', msg('charter.no_rule', { law: q.law, date }));
      if (answer.status === 'ambiguous') {
        throw new AppError('conflict', msg('charter.ambiguous', { committees: answer.candidates.map((c) => c.committeeName).join(', ') }));
      }
      print(`${answer.rule.committeeName} (${answer.rule.committeeCode})`);
      print(`  Regel: ${answer.rule.description} [${answer.rule.law}${answer.rule.intervention ? `, ${answer.rule.intervention}` : ''}]`);
      print(`  Giltig ${answer.rule.validFrom} – ${answer.rule.validTo ?? 'tills vidare'}; källa: ${answer.rule.sourceNote ?? 'okänd'}`);
    });
}
