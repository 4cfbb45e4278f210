/**
 * Goals and indicators from SON's internal budget 2024 (public; "Mål och inriktning" and
 * "Strategiska utvecklingsuppdrag"). Goal and indicator names, figures, directions, gender
 * splits, (*) marks and footnoted sources are as printed. Council-goal summaries and assignment
 * titles are short PARAPHRASES written for Styrbord, not quotations. Where the text version of the
 * document does not show which column a lone figure belongs to, the choice is marked ASSUMED.
 */
export type TargetSpec =
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

type Gender = 'T' | 'K' | 'M';

/** The figures printed for 2022 and 2023, full years, for one gender (T = total); a missing 2022 is printed "i.u.". */
const years = (gender: Gender, v2022: number | null, v2023: number): Val[] => [
  v2022 === null ? [2022, null, gender, null, { note: 'i.u.' }] : [2022, null, gender, v2022],
  [2023, null, gender, v2023],
];

/** A staff indicator: [code, name, unit, decimals, 2022, 2023, direction both years]; mandatory unless said otherwise. */
type StaffRow = [
  code: string,
  name: string,
  unit: string,
  decimals: number,
  v2022: number | null,
  v2023: number,
  direction: 'increase' | 'decrease',
];
const staff = ([code, name, unit, decimals, v2022, v2023, direction]: StaffRow, more: Partial<DemoIndicator> = {}): DemoIndicator => ({
  code,
  name,
  unit,
  decimals,
  mandatory: true,
  values: years('T', v2022, v2023),
  targets: both(direction),
  ...more,
});
const ASSUMED_GENDER_COLUMN = 'ANTAGET: ett värde utan kolumn; lagt under 2022 eftersom totalen 2022 (64,4) stämmer med K 64,4 och M 64,0';

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
      staff(['SJUKFRANVARO', 'Total sjukfrånvaro', '%', 1, 5.7, 5.0, 'decrease'], {
        genderSplit: true,
        values: [...years('T', 5.7, 5.0), ...years('M', 4.8, 3.6), ...years('K', 5.8, 5.2)],
        targets: [...both('decrease', 'T'), ...both('maintain', 'M'), ...both('decrease', 'K')],
      }),
      staff(['HELTID', 'Andel heltidsanställningar', '%', 1, 98.0, 98.4, 'increase'], {
        genderSplit: true,
        values: [...years('T', 98.0, 98.4), ...years('M', 93.0, 96.3), ...years('K', 98.7, 98.7)],
        targets: [...both('increase', 'T'), ...both('increase', 'M'), ...both('increase', 'K')],
      }),
      staff(['JAMIX', 'Jämställdhetsindex (JämiX)', 'index', 0, 122, 111, 'increase']),
      staff(['AVI', 'Attraktiv arbetsgivarindex (AVI)', 'index', 0, 97, 119, 'increase']),
    ],
  },
  {
    code: 'MA-LEDARSKAP',
    area: 'MEDARBETARE',
    council: 'KF-MA-1',
    title: 'Hållbart chef- och ledarskap',
    description: 'Omskrivning: varje chef leder och utvecklar sin verksamhet mot målen med mod, engagemang och medmänsklighet.',
    indicators: [
      staff(['HME', 'Hållbart medarbetarengagemang (HME)', 'index', 0, 71, 70, 'increase']),
      staff(['CHEFSINDEX', 'Chefsindex', 'index', 0, null, 58, 'increase']),
    ],
  },
  {
    code: 'MA-KOMPETENS',
    area: 'MEDARBETARE',
    council: 'KF-MA-1',
    title: 'Nya vägar för kompetensförsörjning',
    description: 'Omskrivning: digital kompetens, livslångt lärande och professionsanalyser för rätt använd kompetens.',
    indicators: [
      staff(['AVGANGSALDER', 'Avgångsålder pension', 'år', 1, 64.4, 64.0, 'increase'], {
        genderSplit: true,
        values: [
          ...years('T', 64.4, 64.0),
          [2022, null, 'M', 64.0, { sourceNote: ASSUMED_GENDER_COLUMN }],
          [2022, null, 'K', 64.4, { sourceNote: ASSUMED_GENDER_COLUMN }],
        ],
        targets: [...both('increase', 'T'), ...both('increase', 'M'), ...both('increase', 'K')],
      }),
      staff(['AMPLATSER', 'Antal arbetsmarknadsplatser', 'antal', 1, 0.7, 0.5, 'increase']),
      staff(['PERSONALAVG', 'Personalavgångar externt', '%', 1, 10.8, 10, 'decrease'], { mandatory: false }),
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
export const OWN_ASSIGNMENT = 'Utvärdera och effektivisera rekryteringen av frivilliga resurser tillsammans med överförmyndarnämnden.';

export const R9_MEMBERS: [string, string][] = [
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
