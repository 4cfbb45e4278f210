import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z, parseInput, month, year } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { goalTree } from '../modules/goals/queries.ts';
import { goalsTable, renderMixed } from '../modules/goals/files/exports.ts';
import { exportIndicatorData } from '../modules/goals/files/indicator-export.ts';
import { importIndicatorFile } from '../modules/goals/files/indicator-import.ts';
import { fetchFromKolada, importKoladaFile } from '../modules/kolada/commands.ts';
import { benchmarkSeries } from '../modules/kolada/queries.ts';
import { getBenchmarkGroup } from '../modules/kolada/store.ts';
import { getMunicipality } from '../modules/organisation/store.ts';
import { cliActor, print, withDatabase } from './db.ts';
import { exportFileFields, tableExport, writeExport } from './export.ts';

const committee = z.string().trim().min(1).max(12);
const csvList = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new AppError('validation', msg('cli.file_unreadable', { file: path }));
  }
}

/** `styrbord export goals`, `styrbord goals …` and `styrbord kolada …`. */
export function registerGoalCommands(program: Command): void {
  tableExport(
    program,
    'goals',
    'Nämndmål och indikatorer: målområde, KF-mål, nämndmål, värden, riktningar för året och nästa år, jämförelsevärde',
  )
    .requiredOption('--committee <code>', 'nämndens kod, t.ex. SON')
    .requiredOption('--year <year>', 'budgetår, t.ex. 2024')
    .option('--month <month>', 'brytmånad för uppföljning (1–12)')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(z.object({ committee, year, month: month.optional(), ...exportFileFields }), raw);
      const tree = await withDatabase((db) => goalTree(db, opts.committee, opts.year, opts.month ?? null));
      const body = await renderMixed(goalsTable(tree), opts.format);
      writeExport(body, opts.out, opts.format);
    });

  const goals = program.command('goals').description('Indikatorvärden och mål: export och import (xlsx, csv, json)');
  goals
    .command('export-data')
    .description('Exportera nämndens indikatorvärden och mål (xlsx: bladen Värden och Mål; csv: en tabell; json: båda)')
    .requiredOption('--committee <code>', 'nämndens kod')
    .option('--format <format>', 'xlsx, csv eller json', 'xlsx')
    .option('--table <table>', 'för csv: values eller targets', 'values')
    .requiredOption('--out <file>', 'filen som ska skrivas')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(
        z.object({ committee, format: z.enum(['xlsx', 'csv', 'json']), table: z.enum(['values', 'targets']), out: z.string().min(1) }),
        raw,
      );
      const file = await withDatabase((db) => exportIndicatorData(db, opts.committee, opts.format, opts.table));
      writeFileSync(opts.out, file.body);
      print(`Skrev ${opts.out} (${file.body.length} byte).`);
    });
  goals
    .command('import <file>')
    .description('Läs in indikatorvärden och mål ur en xlsx-, csv- eller json-fil; allt eller inget')
    .requiredOption('--committee <code>', 'nämndens kod')
    .action(async (path: string, raw: Record<string, string>) => {
      const opts = parseInput(z.object({ committee }), raw);
      const bytes = readFile(path);
      const s = await withDatabase((db) => importIndicatorFile(db, cliActor(), opts.committee, basename(path), bytes));
      print(
        `Importen av ${basename(path)} är klar: ${s.values} värden och ${s.targets} mål sparade, ${s.unchangedTargets} mål oförändrade.`,
      );
    });

  const kolada = program.command('kolada').description('Kolada (api.kolada.se/v3): hämta, läs in sparade filer, visa jämförelser');
  kolada
    .command('fetch')
    .description('Hämta värden från Kolada v3 till Styrbords cache (kräver nätverk)')
    .requiredOption('--kpi <ids>', 'nyckeltal, t.ex. N35001 eller N35001,N33022')
    .option('--municipality <codes>', 'kommunkoder, t.ex. 0580 eller 0580,0581')
    .option('--group <code>', 'jämförelsegrupp i Styrbord, t.ex. R9 (hämtar alla medlemmar)')
    .requiredOption('--year <years>', 'år, t.ex. 2022 eller 2021,2022')
    .option('--save <file>', 'spara de mottagna svaren som JSON (kan läsas in med kolada import)')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(
        z.object({
          kpi: csvList,
          municipality: csvList.optional(),
          group: z.string().optional(),
          year: csvList,
          save: z.string().optional(),
        }),
        raw,
      );
      const { summary, pages } = await withDatabase((db) =>
        fetchFromKolada(db, cliActor(), {
          kpis: opts.kpi,
          municipalities: opts.municipality ?? [],
          benchmarkGroup: opts.group,
          years: opts.year,
        }),
      );
      if (opts.save) writeFileSync(opts.save, `${JSON.stringify(pages, null, 1)}\n`);
      print(
        `Hämtade ${summary.values} värden (${summary.missingValues} saknas i Kolada) från ${summary.pages} sidor.${opts.save ? ` Svaren sparade i ${opts.save}.` : ''}`,
      );
    });
  kolada
    .command('import <file>')
    .description('Läs in en sparad Kolada-fil (JSON, v3 eller v2) till Styrbords cache')
    .action(async (path: string) => {
      const text = readFile(path).toString('utf8');
      const s = await withDatabase((db) => importKoladaFile(db, cliActor(), basename(path), text));
      print(
        `Importen av ${basename(path)} är klar: ${s.values} värden (${s.missingValues} saknade), ${s.kpis} nyckeltal, ${s.municipalities} kommuner` +
          `${s.groupsUpdated.length > 0 ? `, grupper uppdaterade: ${s.groupsUpdated.join(', ')}` : ''}.`,
      );
    });
  kolada
    .command('benchmark')
    .description('Visa egen kommuns värde och gruppens snitt och median per år för ett nyckeltal')
    .requiredOption('--kpi <id>', 'nyckeltal, t.ex. N35001')
    .option('--group <code>', 'jämförelsegrupp', 'R9')
    .option('--json', 'skriv JSON')
    .action(async (raw: { kpi: string; group: string; json?: boolean }) => {
      const { series, group, tenant } = await withDatabase(async (db) => {
        const g = await getBenchmarkGroup(db, raw.group);
        const t = (await getMunicipality(db)).code;
        return { group: g, tenant: t, series: await benchmarkSeries(db, g, raw.kpi.toUpperCase(), t) };
      });
      if (raw.json) return print(JSON.stringify({ group: group.code, kpi: raw.kpi.toUpperCase(), series }, null, 2));
      if (series.length === 0) return print(`Inga värden för ${raw.kpi} i cachen; kör kolada fetch eller kolada import först.`);
      for (const s of series) {
        print(
          `${s.year}: ${tenant} ${s.own ?? 'saknas'}; ${group.code}-snitt ${s.average ?? 'saknas'}, median ${s.median ?? 'saknas'} ` +
            `(${s.membersWithValue} av ${s.memberCount} medlemmar med värde${s.missing.length > 0 ? `; saknas: ${s.missing.join(', ')}` : ''})`,
        );
      }
    });
}
