import type { Queryable } from '../src/db/connection.ts';
import { queryOne } from '../src/db/rows.ts';
import { DEFAULT_VOCABULARY, type Qualitative } from '../src/modules/action-plans/model.ts';

/**
 * SON's action plan 2023 (public): its areas, the measures it describes and its table of cost
 * reductions (full-year and effect per year 2023–2026, mnkr with two decimals) with the printed
 * totals as control totals; and the same table as the internal budget 2024 quotes it (one
 * decimal). The plan's table gives amounts per AREA only: the whole area amount is put on the
 * area's first measure and the other measures say that their effect is included there.
 * Descriptions are Styrbord's own short summaries, not the document's text.
 */
export const PUBLIC_PLAN = 'Offentlig: Åtgärdsplan 2023, social- och omsorgsnämnden (tabellen Beräkning kostnadsreducering)';
export const PUBLIC_IB = 'Offentlig: Internbudget 2024 för social- och omsorgsnämnden, tabellen Beslutad åtgärdsplan 2023–2026';
const AREA_AMOUNT = `${PUBLIC_PLAN}; tabellen redovisar bara per område, så hela områdets belopp ligger på denna åtgärd (antagande)`;
const ASSUMED = 'Antagande: status, målgrupp, ansvar och verksamheter är tolkade ur texten; finns inte som uppgift i dokumentet';
const PARTIAL = 'Antagande: delårseffekt, eftersom planen beslutades i augusti 2023';
const INCLUDED = 'Ingår i områdets belopp i planens tabell (tabellen fördelar inte per åtgärd)';
export const SYNTHETIC = 'Syntetiskt (påhittat) utfall för demonstration, inte Linköpings verkliga uppföljning';

const M = 1_000_000;
const mnkr = (value: number) => Math.round(value * M);

interface DemoEffect {
  year: number;
  amount?: number;
  partial?: boolean;
  qualitative?: Qualitative;
  note?: string;
  sourceNote?: string;
}
interface DemoMeasure {
  code: string;
  title: string;
  description: string;
  area: string;
  targetGroup: string;
  activities: string[];
  owner: string;
  status: string;
  citizen: string;
  operations: string;
  child: string;
  fullYear: number | null;
  effects: DemoEffect[];
  sourceNote: string;
}

const areaEffects = (values: (number | null)[]): DemoEffect[] =>
  values.flatMap((v, i) => (v === null ? [] : [{ year: 2023 + i, amount: mnkr(v), ...(i === 0 ? { partial: true, note: PARTIAL } : {}) }]));

export const measures2023: DemoMeasure[] = [
  {
    code: 'R1',
    title: 'Riktlinjer för beslut om insatser enligt SoL och LSS',
    area: 'riktlinjer',
    targetGroup: 'generell',
    description: 'Gemensamma riktlinjer för bedömning, tydliga mål med varje insats och tätare uppföljning och omprövning av beslut.',
    activities: ['IFO-BOU', 'IFO-VUX', 'SOCPSYK', 'FH', 'LSS'],
    owner: 'Social- och omsorgsförvaltningen',
    status: 'pagaende',
    citizen: 'Likvärdig och rättssäker handläggning med tydligare förväntningar på insatsen; individuell prövning finns kvar.',
    operations: 'Tydligare handläggning; fler uppföljningar kan inledningsvis öka arbetsbördan.',
    child: '',
    fullYear: mnkr(8),
    effects: areaEffects([0.5, 8, 8, 8]),
    sourceNote: AREA_AMOUNT,
  },
  {
    code: 'B1',
    title: 'Översyn av bostad med särskild service (LSS och SoL)',
    area: 'boende',
    targetGroup: 'vuxna',
    description:
      'Kartläggning av alla särskilda boenden; personer som klarar sig med boendestöd, träningsboende eller motivationsboende erbjuds det. Centrum stödboende avvecklas och ersätts av boendestöd.',
    activities: ['SOCPSYK', 'FH'],
    owner: 'Social- och omsorgsförvaltningen och Leanlink',
    status: 'pagaende',
    citizen: 'Stöd efter individens behov och egen förmåga.',
    operations: 'Färre inlåsningseffekter, kortare väntan på bostad med särskild service och bättre underlag för nybyggnation.',
    child: '',
    fullYear: mnkr(36.98),
    effects: areaEffects([0.8, 16, 31.09, 36.98]),
    sourceNote: AREA_AMOUNT,
  },
  {
    code: 'B2',
    title: 'Skyddat boende på hemmaplan för våldsutsatta kvinnor med barn',
    area: 'boende',
    targetGroup: 'barn-unga',
    description:
      'Akut placering i lägenhet med skalskydd och intensivt stöd under en kort utredning på hemmaplan i stället för extern placering.',
    activities: ['IFO-BOU'],
    owner: 'Social- och omsorgsförvaltningen',
    status: 'nytt-forslag',
    citizen: 'Skydd och stöd på hemmaplan; positiva relationer kan behållas.',
    operations: 'Mer kostnadseffektivt när stöd och utredning sker samtidigt på hemmaplan.',
    child: 'Barnet kan gå kvar i förskola eller skola och behålla kamraterna.',
    fullYear: null,
    effects: [2024, 2025, 2026].map((year) => ({ year, qualitative: 'other' as const, note: INCLUDED })),
    sourceNote: ASSUMED,
  },
  {
    code: 'I1',
    title: 'Översyn av idéburet offentligt partnerskap (IOP)',
    area: 'icke-lagstadgad',
    targetGroup: 'vuxna',
    description: 'Två IOP avslutas (beslut maj 2023) och RSMH Fyren i februari 2024; nämnden prövar vilka IOP som hör till dess ansvar.',
    activities: ['SOCPSYK', 'IFO-VUX'],
    owner: 'Social- och omsorgsförvaltningen',
    status: 'pagaende',
    citizen: 'Civilsamhället är ett viktigt komplement; utbudet minskar något.',
    operations: 'Kommunens egna insatser och civilsamhällets prioriteras efter effekt och kostnad.',
    child: '',
    fullYear: mnkr(8.88),
    effects: areaEffects([null, 5.38, 8.28, 8.28]),
    sourceNote: AREA_AMOUNT,
  },
  {
    code: 'I2',
    title: 'Kultur och fritid enligt LSS',
    area: 'icke-lagstadgad',
    targetGroup: 'generell',
    description:
      'Lägre ersättning till föreningar, fler dagsutflykter i stället för övernattningar, ordinarie personal i stället för timanställda, översyn av egenavgifter. Enligt texten sparades redan 1,1 mnkr 2023, före planen (planens tabell har inget belopp för området 2023).',
    activities: ['FH'],
    owner: 'Leanlink',
    status: 'pagaende',
    citizen: 'Något mindre utbud när stödet till vissa föreningar upphör.',
    operations: 'Aktiviteter som når få och kostar mycket ersätts med billigare alternativ.',
    child: '',
    fullYear: null,
    effects: [{ year: 2025, qualitative: 'other', note: `Texten anger 2,5–3 mnkr per år till 2025. ${INCLUDED}` }],
    sourceNote: ASSUMED,
  },
  {
    code: 'I3',
    title: 'Områdesteam in i nära socialtjänst',
    area: 'icke-lagstadgad',
    targetGroup: 'barn-unga',
    description: 'Områdesteamen i Skäggetorp, Berga och Ryd blir en del av den nära socialtjänsten under gemensam ledning.',
    activities: ['IFO-BOU'],
    owner: 'Social- och omsorgsförvaltningen och Leanlink',
    status: 'utreds',
    citizen: 'Tydligare vilka som representerar socialtjänsten i området.',
    operations: 'Mindre dubbelarbete när alla i området hör till samma enhet.',
    child: '',
    fullYear: null,
    effects: [{ year: 2024, qualitative: 'other', note: `Synergier väntas men är inte beräknade. ${INCLUDED}` }],
    sourceNote: ASSUMED,
  },
  {
    code: 'I4',
    title: 'Ingen ny upphandling av öppen verksamhet Ådala',
    area: 'icke-lagstadgad',
    targetGroup: 'vuxna',
    description: 'Avtalet med Stadsmissionen löper ut 2024-12-31 och upphandlas inte igen; verksamheten ställs om inför reformen 2026.',
    activities: ['IFO-VUX'],
    owner: 'Social- och omsorgsförvaltningen',
    status: 'nytt-forslag',
    citizen: 'Något mindre utbud; andra öppna verksamheter finns.',
    operations: 'Förberedelse för ökat ansvar för personer med skadligt bruk eller beroende från 2026.',
    child: '',
    fullYear: null,
    effects: [{ year: 2025, qualitative: 'other', note: `Verksamhetens budget är 3,7 mnkr per år. ${INCLUDED}` }],
    sourceNote: ASSUMED,
  },
  {
    code: 'U1',
    title: 'Färre enskilda avtal i öppenvården för barn och unga',
    area: 'upphandling',
    targetGroup: 'barn-unga',
    description:
      'Kartläggning av insatser via enskilda avtal; de som kan avslutas eller föras över till egen regi eller upphandlad verksamhet.',
    activities: ['IFO-BOU'],
    owner: 'Social- och omsorgsförvaltningen',
    status: 'utreds',
    citizen: 'Behoven tillgodoses i första hand genom egen regi eller upphandlad verksamhet.',
    operations: 'Kräver löpande analys av målgruppen och mandat att ställa om.',
    child: '',
    fullYear: mnkr(1.5),
    effects: areaEffects([0.3, 1.5, 1.5, 1.5]),
    sourceNote: AREA_AMOUNT,
  },
];

/** Printed totals: the plan's own Summa row (0,01 mnkr) and the internal budget's table (0,1 mnkr). */
export const planTotalsMnkr = { fullYear: 54.76, years: [1.6, 30.88, 48.87, 54.76] };
export const internalBudgetRowsMnkr: Record<string, [number, number, number, number, number]> = {
  riktlinjer: [8.0, 0.5, 8.0, 8.0, 8.0],
  boende: [37.0, 0.8, 16.0, 31.1, 37.0],
  'icke-lagstadgad': [8.9, 0.0, 5.4, 8.3, 8.3],
  upphandling: [1.5, 0.3, 1.5, 1.5, 1.5],
  total: [54.8, 1.6, 30.9, 48.9, 54.8],
};

/** Realised effects 2023, SYNTHETIC, so delivery has data. */
const outcomes2023: { code: string; amount: number; comment: string; sourceNote: string }[] = [
  { code: 'R1', amount: 200_000, comment: 'Riktlinjerna började gälla under hösten', sourceNote: SYNTHETIC },
  { code: 'B1', amount: 300_000, comment: 'Centrum stödboende avvecklat senare än planerat', sourceNote: SYNTHETIC },
  { code: 'U1', amount: 300_000, comment: 'Tre enskilda avtal avslutade', sourceNote: SYNTHETIC },
];

export async function loadVocabulary(tx: Queryable, municipalityCode: string): Promise<void> {
  for (const [i, t] of DEFAULT_VOCABULARY.entries()) {
    await tx.query(
      'insert into action_plan_term (municipality_code, kind, code, label, meaning, sort_order) values ($1, $2, $3, $4, $5, $6)',
      [municipalityCode, t.kind, t.code, t.label, t.meaning, (i + 1) * 10],
    );
  }
}

export async function loadSonActionPlan2023(tx: Queryable, sonId: number, municipalityCode: string, author: string): Promise<void> {
  await loadVocabulary(tx, municipalityCode);
  const activities = new Map(
    (await tx.query<{ id: number; code: string }>('select id, code from activity where committee_id = $1', [sonId])).map((a) => [
      a.code,
      a.id,
    ]),
  );
  const plan = await queryOne<{ id: number }>(
    tx,
    `insert into action_plan (committee_id, title, first_year, last_year, source_note) values ($1, 'Åtgärdsplan 2023', 2023, 2026, $2) returning id`,
    [sonId, PUBLIC_PLAN],
  );
  const version = await queryOne<{ id: number }>(
    tx,
    `insert into action_plan_version (plan_id, number, title, source_note) values ($1, 1, 'Åtgärdsplan 2023 och framåt', $2) returning id`,
    [
      plan.id,
      `${PUBLIC_PLAN}. Beslutad av nämnden i augusti 2023 enligt internbudget 2024; dag och paragraf saknas i underlaget (antagna)`,
    ],
  );

  for (const [i, m] of measures2023.entries()) {
    const row = await queryOne<{ id: number }>(
      tx,
      `insert into measure (plan_version_id, code, title, description, area_code, target_group_code, owner, status_code, consequence_citizen,
         consequence_operations, consequence_child, full_year_min, full_year_max, sort_order, source_note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14) returning id`,
      [
        version.id,
        m.code,
        m.title,
        m.description,
        m.area,
        m.targetGroup,
        m.owner,
        m.status,
        m.citizen,
        m.operations,
        m.child,
        m.fullYear,
        (i + 1) * 10,
        m.sourceNote,
      ],
    );
    for (const code of m.activities)
      await tx.query('insert into measure_activity (measure_id, activity_id) values ($1, $2)', [row.id, activities.get(code)]);
    for (const e of m.effects) {
      await tx.query(
        `insert into measure_effect (measure_id, year, kind, amount_min, amount_max, is_partial_year, qualitative, note, source_note)
         values ($1, $2, 'reduction', $3, $3, $4, $5, $6, $7)`,
        [
          row.id,
          e.year,
          e.amount ?? null,
          e.partial ?? false,
          e.qualitative ?? null,
          e.note ?? '',
          e.amount === undefined ? ASSUMED : PUBLIC_PLAN,
        ],
      );
    }
  }

  const control = (source: string, rowCode: string, year: number | null, amount: number, precision: number) =>
    tx.query(
      'insert into action_plan_control_total (plan_version_id, source, group_by, row_code, year, amount, precision) values ($1, $2, $3, $4, $5, $6, $7)',
      [version.id, source, 'area', rowCode, year, mnkr(amount), precision],
    );
  const planSource = 'Åtgärdsplan 2023, Beräkning kostnadsreducering';
  await control(planSource, 'total', null, planTotalsMnkr.fullYear, 10_000);
  for (const [i, value] of planTotalsMnkr.years.entries()) await control(planSource, 'total', 2023 + i, value, 10_000);
  const ibSource = 'Internbudget 2024, Beslutad åtgärdsplan 2023–2026';
  for (const [rowCode, [fullYear, ...years]] of Object.entries(internalBudgetRowsMnkr)) {
    await control(ibSource, rowCode, null, fullYear, 100_000);
    for (const [i, value] of years.entries()) await control(ibSource, rowCode, 2023 + i, value, 100_000);
  }
  await tx.query(
    `update action_plan_version set status = 'decided', decided_on = '2023-08-31', decision_ref = 'uppgift saknas' where id = $1`,
    [version.id],
  );

  for (const o of outcomes2023) {
    await tx.query(
      'insert into measure_outcome (plan_id, measure_code, year, amount, comment, author, source_note) values ($1, $2, 2023, $3, $4, $5, $6)',
      [plan.id, o.code, o.amount, o.comment, author, o.sourceNote],
    );
  }
  await tx.query('insert into measure_follow_up (plan_id, measure_code, status_code, comment, author) values ($1, $2, $3, $4, $5)', [
    plan.id,
    'U1',
    'genomford',
    `Kartläggningen klar och avtalen omförhandlade. ${SYNTHETIC}`,
    author,
  ]);
  await tx.query(
    `insert into audit_event (actor_name, command, entity_type, entity_id, before, after) values ($1, 'demo.action_plan', 'action_plan', $2, null, $3::jsonb)`,
    [
      author,
      String(plan.id),
      JSON.stringify({ plan: 'Åtgärdsplan 2023', measures: measures2023.length, outcomes: outcomes2023.length, note: PUBLIC_PLAN }),
    ],
  );
}
