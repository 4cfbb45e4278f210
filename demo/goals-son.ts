import { readFileSync } from 'node:fs';
import type { Queryable } from '../src/db/connection.ts';
import { queryOne } from '../src/db/rows.ts';
import { required } from '../src/core/required.ts';
import { parseSavedFile } from '../src/modules/kolada/rules/parse.ts';
import { storeKoladaContents } from '../src/modules/kolada/commands.ts';

/**
 * Goals and indicators from SON's internal budget 2024 (public; "Mål och inriktning" and
 * "Strategiska utvecklingsuppdrag"). Goal and indicator names, figures, directions, gender
 * splits, (*) marks and footnoted sources are as printed. Council-goal summaries and assignment
 * titles are short PARAPHRASES written for Styrbord, not quotations. Where the text version of the
 * document does not show which column a lone figure belongs to, the choice is marked ASSUMED.
 */
const IB2024 = 'Offentlig: Internbudget 2024 för social- och omsorgsnämnden (inkl. kommunövergripande mål)';
const PARAPHRASE = `${IB2024}; sammanfattningen är en omskrivning, inte ett citat`;
const KOLADA_FIXTURES = new URL('../src/modules/kolada/fixtures/v3/', import.meta.url);

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

type TargetSpec =
  | 'increase'
  | 'decrease'
  | 'maintain'
  | { value: number; comparator: 'at_least' | 'at_most' | 'equal' }
  | { benchmark: 'R9'; label: string };
type Val = [
  year: number,
  month: number | null,
  gender: 'T' | 'K' | 'M',
  value: number | null,
  extra?: { note?: string; numerator?: number; denominator?: number; preliminary?: boolean; sourceNote?: string },
];

interface DemoIndicator {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  definition?: string;
  numerator?: string;
  denominator?: string;
  source?: 'manual' | 'kolada';
  sourceDetail?: string;
  kpi?: string;
  mandatory?: boolean;
  genderSplit?: boolean;
  polarity?: 'higher_is_better' | 'lower_is_better';
  footnote?: string;
  values: Val[];
  targets: [year: number, gender: 'T' | 'K' | 'M', spec: TargetSpec, label?: string][];
}

interface DemoGoal {
  code: string;
  area: string;
  council: string;
  title: string;
  description?: string;
  indicators: DemoIndicator[];
}

const both = (spec: TargetSpec, gender: 'T' | 'K' | 'M' = 'T'): DemoIndicator['targets'] => [
  [2024, gender, spec],
  [2025, gender, spec],
];
const ASSUMED_COLUMN = 'ANTAGET: textversionen visar inte om värdet står under 2022 eller 2023; lagt under 2022';
const r9 = (label = 'Samma eller lägre än R9-snitt'): TargetSpec => ({ benchmark: 'R9', label });

export const sonGoals: DemoGoal[] = [
  {
    code: 'SAM-VALD',
    area: 'SAMHALLE',
    council: 'KF-SAM-1',
    title: 'En socialtjänst som tidigt upptäcker och förebygger våld',
    indicators: [
      {
        code: 'VALD-FRAGA',
        name: 'Andel vuxna och barn som är aktuella och har fått frågor om våldsutsatthet',
        unit: '%',
        decimals: 1,
        numerator: 'Antal händelser där frågan om våld ställts individuellt',
        denominator: 'Antal nytillkomna ärenden under året (samtliga ärendetyper)',
        footnote:
          'Fotnot 6: händelser "frågan om våld ställts individuellt" delat med nytillkomna ärenden under året, samtliga ärendetyper.',
        values: [[2022, null, 'T', 3.5, { sourceNote: ASSUMED_COLUMN }]],
        targets: both('increase'),
      },
    ],
  },
  {
    code: 'SAM-SEGR',
    area: 'SAMHALLE',
    council: 'KF-SAM-2',
    title: 'Ett Linköping med minskad segregation',
    indicators: [
      {
        code: 'HYRESAVTAL',
        name: 'Andel personer som fått hyresavtal via social- och omsorgsförvaltningen i andra stadsdelar än Skäggetorp, Berga, Ryd',
        unit: '%',
        decimals: 0,
        values: [
          [2022, null, 'T', 44],
          [2023, 8, 'T', 53, { preliminary: true }],
        ],
        targets: both('increase'),
      },
    ],
  },
  {
    code: 'MED-NARA',
    area: 'MEDBORGARE',
    council: 'KF-MED-1',
    title: 'Ett Linköping med en nära socialtjänst',
    indicators: [
      {
        code: 'NARA-OMR',
        name: 'Antalet geografiska områden med nära socialtjänst',
        unit: 'antal',
        decimals: 0,
        polarity: 'higher_is_better',
        values: [
          [2022, null, 'T', 1],
          [2023, null, 'T', 1],
        ],
        targets: [
          [2024, 'T', { value: 1, comparator: 'at_least' }, '1'],
          [2025, 'T', { value: 4, comparator: 'at_least' }, '4'],
        ],
      },
      {
        code: 'UTR-SAMTYCKE',
        name: 'Andelen utredningar barn och unga som avslutas med konstaterat behov av insats men samtycke ej föreligger',
        unit: '%',
        decimals: 0,
        numerator: 'Avslutade utredningar 0–20 år med behov men utan samtycke (ej LVU-skäl och LVU-kriterier uppfyllda)',
        denominator: 'Totalt antal avslutade utredningar',
        sourceDetail: 'Qliksense utredningar',
        footnote:
          'Fotnot 7: Qliksense, utredningar (anmälan, ansökan, annat sätt) 0–20 år med behov utan samtycke, delat med alla avslutade utredningar.',
        values: [
          [2022, null, 'T', (217 / 1457) * 100, { numerator: 217, denominator: 1457, note: 'ca 15 %; varav ca 10 % ej insatser, 5 % LVU' }],
          [2023, null, 'T', 17, { denominator: 838, note: 'ca 17 %; varav ca 10 % ej insatser, ca 7 % LVU', preliminary: true }],
        ],
        targets: both('decrease', 'T').map(([y, g, s]) => [y, g, s, 'Ska minska'] as [number, 'T', TargetSpec, string]),
      },
    ],
  },
  {
    code: 'EKO-HALLBAR',
    area: 'EKONOMI',
    council: 'KF-EKO-1',
    title: 'Hållbar ekonomi',
    indicators: [
      {
        code: 'FAMHEM-KONS',
        name: 'Andelen konsulentstödda familjehem i relation till arvoderade familjehem',
        unit: '%',
        decimals: 0,
        values: [[2022, null, 'T', 39, { sourceNote: ASSUMED_COLUMN }]],
        targets: both('decrease'),
      },
      {
        code: 'KOST-MISSBRUK',
        name: 'Kostnad (kr/inv) för missbruksvård ska vara på samma nivå eller lägre som snittkostnaden för R9',
        unit: 'kr/inv',
        decimals: 0,
        source: 'kolada',
        kpi: 'N35001',
        polarity: 'lower_is_better',
        footnote: 'Fotnot 8: Kolada ID N35001',
        values: [],
        targets: [
          [2024, 'T', r9(), 'Samma eller lägre än R9-snitt (snitt 2022: 1 063 kr/inv)'],
          [2025, 'T', r9()],
        ],
      },
      {
        code: 'KOST-FAMHVB',
        name: 'Kostnad (kr/inv 0-20) för familje- och HVB barn och unga ska vara på samma nivå eller lägre som snittkostnaden för R9',
        unit: 'kr/inv 0-20',
        decimals: 0,
        source: 'kolada',
        kpi: 'N33022',
        polarity: 'lower_is_better',
        footnote: 'Fotnot 9: Kolada ID N33022',
        values: [],
        targets: [
          [2024, 'T', r9(), 'Samma eller lägre än R9-snitt (snitt 2022: 9 260 kr/inv 0-20)'],
          [2025, 'T', r9()],
        ],
      },
      {
        // the document prints only "Snitt R9 2022: 913 kr/inv" in the 2024 column and nothing for 2025
        code: 'KOST-OPPNA',
        name: 'Kostnad (kr/inv) för öppna insatser barn och unga ska vara på samma nivå eller lägre som snittkostnaden för R9',
        unit: 'kr/inv',
        decimals: 0,
        source: 'kolada',
        kpi: 'N33009',
        polarity: 'lower_is_better',
        footnote: 'Fotnot 10: Kolada ID N33009',
        values: [],
        targets: [[2024, 'T', r9(), 'Samma eller lägre än R9-snitt (snitt R9 2022: 913 kr/inv)']],
      },
    ],
  },
  {
    code: 'VER-EFFEKT',
    area: 'VERKSAMHET',
    council: 'KF-VER-1',
    title: 'En organisation med hög produktivitet och effektivitet',
    indicators: ['IFO', 'LSS'].map((part): DemoIndicator => ({
      code: `UTRTID-${part}`,
      name: `Utredningstid barn och unga SoL/LSS, median antal dagar – ${part}`,
      unit: 'dagar',
      decimals: 0,
      definition: 'Median antal dagar för avslutade utredningar (anmälan, ansökan, annat sätt) 0–20 år.',
      footnote: 'Fotnot 11: avslutade utredningar IFO 0–20 år samt LSS, helår 2022 och t.o.m. 4/8 för 2023.',
      values:
        part === 'IFO'
          ? [
              [2022, null, 'T', 120],
              [2023, 8, 'T', 117, { note: 't.o.m. 4/8', preliminary: true }],
            ]
          : [
              [2022, null, 'T', 259],
              [2023, 8, 'T', 205, { note: 't.o.m. 4/8', preliminary: true }],
            ],
      targets: both('decrease'),
    })),
  },
  {
    code: 'VER-BROTT',
    area: 'VERKSAMHET',
    council: 'KF-VER-1',
    title: 'En organisation som upptäcker och förhindrar välfärdsbrott',
    indicators: [
      {
        code: 'VALFARDSBROTT',
        name: 'Antalet anmälda brott',
        unit: 'antal',
        decimals: 0,
        definition: 'Anmälda välfärdsbrott.',
        values: [
          [2022, null, 'T', 0],
          [2023, 8, 'T', 0, { preliminary: true }],
        ],
        targets: both('increase'),
      },
    ],
  },
  {
    code: 'MA-ARBPL',
    area: 'MEDARBETARE',
    council: 'KF-MA-1',
    title: 'Goda arbetsplatser',
    description: 'Omskrivning: medarbetarna känner arbetsglädje och stolthet, har inflytande och kan utvecklas.',
    indicators: [
      {
        code: 'SJUKFRANVARO',
        name: 'Total sjukfrånvaro',
        unit: '%',
        decimals: 1,
        mandatory: true,
        genderSplit: true,
        values: [
          [2022, null, 'T', 5.7],
          [2023, null, 'T', 5.0],
          [2022, null, 'M', 4.8],
          [2023, null, 'M', 3.6],
          [2022, null, 'K', 5.8],
          [2023, null, 'K', 5.2],
        ],
        targets: [...both('decrease', 'T'), ...both('maintain', 'M'), ...both('decrease', 'K')],
      },
      {
        code: 'HELTID',
        name: 'Andel heltidsanställningar',
        unit: '%',
        decimals: 1,
        mandatory: true,
        genderSplit: true,
        values: [
          [2022, null, 'T', 98.0],
          [2023, null, 'T', 98.4],
          [2022, null, 'M', 93.0],
          [2023, null, 'M', 96.3],
          [2022, null, 'K', 98.7],
          [2023, null, 'K', 98.7],
        ],
        targets: [...both('increase', 'T'), ...both('increase', 'M'), ...both('increase', 'K')],
      },
      {
        code: 'JAMIX',
        name: 'Jämställdhetsindex (JämiX)',
        unit: 'index',
        decimals: 0,
        mandatory: true,
        values: [
          [2022, null, 'T', 122],
          [2023, null, 'T', 111],
        ],
        targets: both('increase'),
      },
      {
        code: 'AVI',
        name: 'Attraktiv arbetsgivarindex (AVI)',
        unit: 'index',
        decimals: 0,
        mandatory: true,
        values: [
          [2022, null, 'T', 97],
          [2023, null, 'T', 119],
        ],
        targets: both('increase'),
      },
    ],
  },
  {
    code: 'MA-LEDARSKAP',
    area: 'MEDARBETARE',
    council: 'KF-MA-1',
    title: 'Hållbart chef- och ledarskap',
    description: 'Omskrivning: varje chef leder och utvecklar sin verksamhet mot målen med mod, engagemang och medmänsklighet.',
    indicators: [
      {
        code: 'HME',
        name: 'Hållbart medarbetarengagemang (HME)',
        unit: 'index',
        decimals: 0,
        mandatory: true,
        values: [
          [2022, null, 'T', 71],
          [2023, null, 'T', 70],
        ],
        targets: both('increase'),
      },
      {
        code: 'CHEFSINDEX',
        name: 'Chefsindex',
        unit: 'index',
        decimals: 0,
        mandatory: true,
        values: [
          [2022, null, 'T', null, { note: 'i.u.' }],
          [2023, null, 'T', 58],
        ],
        targets: both('increase'),
      },
    ],
  },
  {
    code: 'MA-KOMPETENS',
    area: 'MEDARBETARE',
    council: 'KF-MA-1',
    title: 'Nya vägar för kompetensförsörjning',
    description: 'Omskrivning: digital kompetens, livslångt lärande och professionsanalyser för rätt använd kompetens.',
    indicators: [
      {
        code: 'AVGANGSALDER',
        name: 'Avgångsålder pension',
        unit: 'år',
        decimals: 1,
        mandatory: true,
        genderSplit: true,
        values: [
          [2022, null, 'T', 64.4],
          [2023, null, 'T', 64.0],
          [
            2022,
            null,
            'M',
            64.0,
            { sourceNote: 'ANTAGET: ett värde utan kolumn; lagt under 2022 eftersom totalen 2022 (64,4) stämmer med K 64,4 och M 64,0' },
          ],
          [
            2022,
            null,
            'K',
            64.4,
            { sourceNote: 'ANTAGET: ett värde utan kolumn; lagt under 2022 eftersom totalen 2022 (64,4) stämmer med K 64,4 och M 64,0' },
          ],
        ],
        targets: [...both('increase', 'T'), ...both('increase', 'M'), ...both('increase', 'K')],
      },
      {
        code: 'AMPLATSER',
        name: 'Antal arbetsmarknadsplatser',
        unit: 'antal',
        decimals: 1,
        mandatory: true,
        values: [
          [2022, null, 'T', 0.7],
          [2023, null, 'T', 0.5],
        ],
        targets: both('increase'),
      },
      {
        code: 'PERSONALAVG',
        name: 'Personalavgångar externt',
        unit: '%',
        decimals: 1,
        values: [
          [2022, null, 'T', 10.8],
          [2023, null, 'T', 10],
        ],
        targets: both('decrease'),
      },
    ],
  },
];

/** Strategic assignments in the internal budget 2024: [number, short paraphrased title, recipients (empty = all)]. */
export const assignments: [number, string, string[]][] = [
  [1, 'Fortsätta arbetet med civil beredskap (totalförsvarsplanering och krigsorganisation).', []],
  [2, 'Motverka strukturella orsaker till segregation inom basuppdraget.', []],
  [3, 'Bidra till samordningen av trygghetsskapande och brottsförebyggande åtgärder.', []],
  [4, 'Prioritera och genomföra åtgärder för ekologisk hållbarhet.', []],
  [5, 'Genomföra åtgärder enligt arbetsmarknadsprogrammet med handlingsplan.', []],
  [6, 'Genomföra åtgärder enligt näringslivsprogrammets fokusområden.', []],
  [12, 'Ställa sysselsättningskrav i upphandlingar där det är möjligt.', []],
  [13, 'Tillsammans med KS och arbetsmarknadsnämnden införa 500 nya arbetsmarknadsplatser i kommunkoncernen.', []],
  [14, 'Finansiera mer verksamhetsutveckling med extern finansiering, t.ex. EU-medel.', []],
  [38, 'Prioritera avtalsuppföljning efter risk och väsentlighet, bl.a. mot välfärdsbrottslighet.', []],
  [39, 'Använda digitaliseringens möjligheter för bättre service och effektivisering.', []],
  [42, 'Stärka chefers förutsättningar, minska personalomsättning och sjukfrånvaro utifrån friskfaktorer.', []],
  [18, 'Öka genomströmningen i respektive verksamhet (för SON: LSS).', ['AMN', 'Bildningsnämnden', 'SON']],
  [23, 'Säkerställa att medarbetare har nödvändiga språkkunskaper.', ['Barn- och ungdomsnämnden', 'SON', 'ÄN']],
  [29, 'På sikt införa undersköterska som lägsta utbildningsnivå i vård- och omsorgsnära arbete.', ['SON', 'ÄN']],
  [30, 'Åtgärda långa handläggningstider, särskilt för barn och unga samt LSS.', ['SON']],
  [31, 'Utveckla familjeprogram och föräldrastödskurser, med fokus även på nyanlända.', ['SON']],
  [32, 'Säkerställa insatser mot att barn och unga hamnar i kriminalitet och en behovsanpassad avhopparverksamhet.', ['SON']],
  [33, 'Göra en översyn av daglig verksamhet så att insatser och utbud motsvarar behovet.', ['SON']],
  [34, 'Utveckla samarbetet med krögare för en narkotikafri krogmiljö.', ['SON']],
];
const OWN_ASSIGNMENT = 'Utvärdera och effektivisera rekryteringen av frivilliga resurser tillsammans med överförmyndarnämnden.';

const R9_MEMBERS: [string, string][] = [
  ['0181', 'Södertälje'],
  ['0380', 'Uppsala'],
  ['0484', 'Eskilstuna'],
  ['0580', 'Linköping'],
  ['0581', 'Norrköping'],
  ['0680', 'Jönköping'],
  ['1880', 'Örebro'],
  ['1980', 'Västerås'],
  ['2180', 'Gävle'],
];

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
