import { readFileSync } from 'node:fs';
import type { Queryable } from '../src/db/connection.ts';
import { queryOne } from '../src/db/rows.ts';
import { required } from '../src/core/required.ts';
import { parseSavedFile } from '../src/modules/kolada/rules/parse.ts';
import { storeKoladaContents } from '../src/modules/kolada/commands.ts';
import { OWN_ASSIGNMENT, R9_MEMBERS, assignments, sonGoals } from './goals-son-data.ts';

const KOLADA_FIXTURES = new URL('../src/modules/kolada/fixtures/v3/', import.meta.url);

/** The source of the goal structure and SON's goals (goals-son-data.ts), as each row's source note. */
const IB2024 = 'Offentlig: Internbudget 2024 för social- och omsorgsnämnden (inkl. kommunövergripande mål)';
const PARAPHRASE = `${IB2024}; sammanfattningen är en omskrivning, inte ett citat`;

export const goalAreas = [
  ['SAMHALLE', 'Samhälle', 'Vad kommunen ska uppnå för närmiljön och Linköping som plats.'],
  ['MEDBORGARE', 'Medborgare', 'Vad kommunen ska uppnå i tjänster och service för medborgarna.'],
  ['EKONOMI', 'Ekonomi', 'Vad kommunen ska uppnå för en stabil och god ekonomi.'],
  ['VERKSAMHET', 'Verksamhet', 'Hur arbetsprocesser och organisation ska utvecklas för goda resultat.'],
  ['MEDARBETARE', 'Medarbetare', 'Hur medarbetarnas resurser ska tas tillvara och utvecklas.'],
] as const;

/** Council goals 2023–2026 with short paraphrased summaries. */
export const councilGoals = [
  [
    'KF-SAM-1',
    'SAMHALLE',
    'Ett tryggt och säkert Linköping',
    'Trygghet i hela kommunen, brottsförebyggande arbete med polis och andra, meningsfull fritid och stark civil beredskap.',
  ],
  [
    'KF-SAM-2',
    'SAMHALLE',
    'Ett Linköping med minskad segregation',
    'Goda livschanser, strukturellt arbete mot rumslig segregation och fler mötesplatser.',
  ],
  [
    'KF-SAM-3',
    'SAMHALLE',
    'Ett Linköping i framkant inom miljö- och klimat',
    'Netto noll växthusgasutsläpp senast 2045, cirkulär ekonomi och klimatanpassning.',
  ],
  [
    'KF-SAM-4',
    'SAMHALLE',
    'Ett växande Linköping med ett starkt näringsliv',
    'Goda villkor för företag, kompetensförsörjning, hög och jämn byggtakt.',
  ],
  [
    'KF-MED-1',
    'MEDBORGARE',
    'Lättillgänglig, god och jämlik välfärd',
    'Nära och likvärdig vård, omsorg och socialtjänst med valfrihet, tidiga och förebyggande insatser.',
  ],
  [
    'KF-MED-2',
    'MEDBORGARE',
    'Skolor med fokus på kunskap och studiero',
    'Trygga skolor med studiero, tidiga insatser och fler elever som når kunskapskraven.',
  ],
  [
    'KF-MED-3',
    'MEDBORGARE',
    'Fler i jobb och egenförsörjning',
    'Kortare väg från bidrag till arbete genom stöd, krav och samarbete med arbetsgivare.',
  ],
  ['KF-EKO-1', 'EKONOMI', 'En hållbar ekonomi', 'Stark och ansvarsfull ekonomi där kärnverksamheten är prioriterad och kostnadseffektiv.'],
  [
    'KF-VER-1',
    'VERKSAMHET',
    'En organisation med hög produktivitet och effektivitet',
    'Resurser till kärnverksamheten, digitalisering, uppföljning av alla utförare och hållbar utveckling.',
  ],
  [
    'KF-MA-1',
    'MEDARBETARE',
    'Linköpings kommun är en attraktiv arbetsgivare med en hållbar kompetensförsörjning',
    'Arbetsglädje, inflytande, kompetensutveckling, goda arbetsvillkor och nya sätt att organisera arbetet.',
  ],
] as const;

async function insertId(tx: Queryable, sql: string, params: unknown[]): Promise<number> {
  const row = await queryOne<{ id: number }>(tx, `${sql} returning id`, params);
  return row.id;
}

/** Loads goal areas, council goals, R9, the Kolada fixtures, SON's goals 2024 and the assignments; freezes the 2024 set. */
export async function loadSonGoals(
  tx: Queryable,
  municipalityCode: string,
  committeeIds: Map<string, number>,
  actorName: string,
): Promise<void> {
  const sonId = required(committeeIds.get('SON'), 'committee SON');
  const areaIds = new Map<string, number>();
  for (const [i, [code, name, description]] of goalAreas.entries()) {
    areaIds.set(
      code,
      await insertId(tx, 'insert into goal_area (municipality_code, code, name, description, sort_order) values ($1, $2, $3, $4, $5)', [
        municipalityCode,
        code,
        name,
        `${description} (omskrivning)`,
        (i + 1) * 10,
      ]),
    );
  }
  const councilIds = new Map<string, number>();
  for (const [i, [code, area, title, summary]] of councilGoals.entries()) {
    councilIds.set(
      code,
      await insertId(
        tx,
        'insert into council_goal (municipality_code, goal_area_id, code, title, summary, term_from, term_to, sort_order, source_note) values ($1, $2, $3, $4, $5, 2023, 2026, $6, $7)',
        [municipalityCode, areaIds.get(area), code, title, summary, (i + 1) * 10, PARAPHRASE],
      ),
    );
  }

  const r9Id = await insertId(
    tx,
    'insert into benchmark_group (municipality_code, code, name, kolada_group_id, include_self, source_note) values ($1, $2, $3, $4, true, $5)',
    [
      municipalityCode,
      'R9',
      'Resultatnätverket R9',
      'G96092',
      'Kolada-gruppen G96092 "Resultatnätverket R9 (ovägt medel)"; snittet beräknas av Styrbord med Linköping medräknad (som Koladas ovägda medel)',
    ],
  );
  for (const [code, name] of R9_MEMBERS)
    await tx.query('insert into benchmark_group_member (benchmark_group_id, member_code, member_name) values ($1, $2, $3)', [
      r9Id,
      code,
      name,
    ]);

  // the recorded-format Kolada files go through the same parser as any saved file
  for (const file of ['kpi-son.json', 'municipality-r9.json', 'municipality_groups-G96092.json', 'data-son-r9-2022.json']) {
    const json: unknown = JSON.parse(readFileSync(new URL(file, KOLADA_FIXTURES), 'utf8'));
    await storeKoladaContents(tx, parseSavedFile(json, file), `demo: fixtures/v3/${file}`, 'demo', actorName);
  }

  for (const [gi, goal] of sonGoals.entries()) {
    const goalId = await insertId(
      tx,
      `insert into committee_goal (committee_id, goal_area_id, council_goal_id, code, title, description, from_year, to_year, rollup_rule, sort_order, source_note)
       values ($1, $2, $3, $4, $5, $6, 2024, null, 'worst', $7, $8)`,
      [sonId, areaIds.get(goal.area), councilIds.get(goal.council), goal.code, goal.title, goal.description ?? '', (gi + 1) * 10, IB2024],
    );
    for (const [ii, ind] of goal.indicators.entries()) {
      const indicatorId = await insertId(
        tx,
        `insert into indicator (committee_id, committee_goal_id, code, name, definition, numerator, denominator, unit, decimals, source, source_detail, kolada_kpi,
           gender_split, mandatory, polarity, benchmark_group_id, footnote, sort_order, expected_note)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
        [
          sonId,
          goalId,
          ind.code,
          ind.name,
          ind.definition ?? '',
          ind.numerator ?? null,
          ind.denominator ?? null,
          ind.unit,
          ind.decimals,
          ind.source ?? 'manual',
          ind.sourceDetail ?? '',
          ind.kpi ?? null,
          ind.genderSplit ?? false,
          ind.mandatory ?? false,
          ind.polarity ?? null,
          ind.kpi ? r9Id : null,
          ind.footnote ?? '',
          (gi + 1) * 100 + ii,
          ind.kpi ? 'Kolada publicerar kostnadsnyckeltal preliminärt i mars och slutligt i augusti året efter' : '',
        ],
      );
      for (const [year, month, gender, value, extra] of ind.values) {
        await tx.query(
          `insert into indicator_value (indicator_id, year, month, gender, value, numerator, denominator, preliminary, note, source_note, updated_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            indicatorId,
            year,
            month ?? 0,
            gender,
            value,
            extra?.numerator ?? null,
            extra?.denominator ?? null,
            extra?.preliminary ?? false,
            extra?.note ?? '',
            extra?.sourceNote ?? IB2024,
            actorName,
          ],
        );
      }
      for (const [year, gender, spec, label] of ind.targets) {
        const row =
          typeof spec === 'string'
            ? { kind: 'direction', direction: spec, comparator: null, value: null, group: null, statistic: null, label: label ?? '' }
            : 'value' in spec
              ? {
                  kind: 'value',
                  direction: null,
                  comparator: spec.comparator,
                  value: spec.value,
                  group: null,
                  statistic: null,
                  label: label ?? '',
                }
              : {
                  kind: 'benchmark',
                  direction: null,
                  comparator: 'at_most',
                  value: null,
                  group: r9Id,
                  statistic: 'average',
                  label: label ?? spec.label,
                };
        await tx.query(
          `insert into indicator_target (indicator_id, year, gender, kind, direction, comparator, target_value, benchmark_group_id, statistic, label)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [indicatorId, year, gender, row.kind, row.direction, row.comparator, row.value, row.group, row.statistic, row.label],
        );
      }
    }
  }

  for (const [number, title, recipients] of assignments) {
    const id = await insertId(
      tx,
      `insert into strategic_assignment (municipality_code, issuer, number, scope, title, term_from, term_to, source_note) values ($1, 'council', $2, $3, $4, 2024, 2024, $5)`,
      [municipalityCode, number, recipients.length === 0 ? 'all' : 'named', title, `${IB2024}; titeln är en omskrivning`],
    );
    for (const r of recipients) {
      const committeeId = committeeIds.get(r) ?? null;
      const [c] = committeeId === null ? [] : await tx.query<{ name: string }>('select name from committee where id = $1', [committeeId]);
      await tx.query('insert into strategic_assignment_recipient (assignment_id, committee_id, committee_name) values ($1, $2, $3)', [
        id,
        committeeId,
        c?.name ?? r,
      ]);
    }
  }
  await tx.query(
    `insert into strategic_assignment (municipality_code, issuer, issuer_committee_id, number, scope, title, term_from, term_to, source_note) values ($1, 'committee', $2, null, 'own', $3, 2024, 2024, $4)`,
    [municipalityCode, sonId, OWN_ASSIGNMENT, `${IB2024}; titeln är en omskrivning`],
  );

  // the internal budget 2024 was decided before the goals were loaded: freeze the 2024 goal set with it
  const [ib] = await tx.query<{ id: number; decidedOn: string }>(
    `select id, decided_on as "decidedOn" from budget_version where committee_id = $1 and budget_year = 2024 and status = 'decided' order by id desc limit 1`,
    [sonId],
  );
  await tx.query('select goal_set_freeze($1, 2024, $2, $3::date, $4)', [
    sonId,
    ib?.id ?? null,
    ib?.decidedOn ?? null,
    'Internbudget 2024 beslutad (demodata)',
  ]);
}
