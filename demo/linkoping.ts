import type { Role } from '../src/core/actor.ts';

/**
 * Demo municipality: Linköping (0580). Figures and facts come from the public documents in
 * shared/reference (internal budget 2024 for SON, PM on the 2024 organisation with the
 * January 2023 charter as appendix). Every row says where it comes from: PUBLIC rows are
 * taken from those documents; ASSUMED rows fill gaps the documents leave open.
 */
export const PUBLIC_IB2024 = 'Offentlig: Internbudget 2024 för social- och omsorgsnämnden, driftsammandraget';
export const PUBLIC_PM = 'Offentlig: PM Ny organisation sektor välfärd och socialpolitik (2023)';
export const PUBLIC_CHARTER_2023 = 'Offentlig: Linköpings kommuns reglemente januari 2023 (bilaga till PM 2023)';
export const ASSUMED_2024 = 'Antagande: 2024 års ansvar enligt förslaget i PM 2023; slutligt reglemente finns inte i underlaget';
export const ASSUMED = 'Antagande: illustrativ uppgift, finns inte i referensdokumenten';

export const municipality = { code: '0580', name: 'Linköpings kommun' };

export const administrations = [
  { code: 'SOF', name: 'Social- och omsorgsförvaltningen', validFrom: '2019-01-01', validTo: '2023-12-31', sourceNote: PUBLIC_PM },
  { code: 'LL', name: 'Leanlink', validFrom: '2019-01-01', validTo: '2023-12-31', sourceNote: `${PUBLIC_PM}; startdatum antaget` },
  { code: 'IAF', name: 'Integrations- och arbetsmarknadsförvaltningen', validFrom: '2022-01-01', validTo: null, sourceNote: PUBLIC_PM },
  { code: 'SOCF', name: 'Socialförvaltningen', validFrom: '2024-01-01', validTo: null, sourceNote: PUBLIC_PM },
  { code: 'VOF', name: 'Vård- och omsorgsförvaltningen', validFrom: '2024-01-01', validTo: null, sourceNote: PUBLIC_PM },
];

export const committees = [
  {
    code: 'SON',
    name: 'Social- och omsorgsnämnden',
    administration: 'SOF',
    validFrom: '2019-01-01',
    validTo: '2023-12-31',
    sourceNote: PUBLIC_PM,
  },
  { code: 'ÄN', name: 'Äldrenämnden', administration: 'SOF', validFrom: '2019-01-01', validTo: '2023-12-31', sourceNote: PUBLIC_PM },
  {
    code: 'AMN',
    name: 'Arbetsmarknadsnämnden',
    administration: 'IAF',
    validFrom: '2019-01-01',
    validTo: null,
    sourceNote: `${PUBLIC_PM}; startdatum antaget`,
  },
  { code: 'SN', name: 'Socialnämnden', administration: 'SOCF', validFrom: '2024-01-01', validTo: null, sourceNote: PUBLIC_PM },
  { code: 'VON', name: 'Vård- och omsorgsnämnden', administration: 'VOF', validFrom: '2024-01-01', validTo: null, sourceNote: PUBLIC_PM },
];

export const providers = [
  {
    name: 'Leanlink',
    kind: 'in_house' as const,
    administration: 'LL',
    validFrom: '2019-01-01',
    validTo: '2023-12-31',
    sourceNote: PUBLIC_PM,
  },
  {
    name: 'Vård- och omsorgsförvaltningen, egen regi',
    kind: 'in_house' as const,
    administration: 'VOF',
    validFrom: '2024-01-01',
    validTo: null,
    sourceNote: PUBLIC_PM,
  },
  {
    name: 'Socialförvaltningen, egen regi (Råd & stöd)',
    kind: 'in_house' as const,
    administration: 'SOCF',
    validFrom: '2024-01-01',
    validTo: null,
    sourceNote: PUBLIC_PM,
  },
];

export interface DemoActivity {
  code: string;
  name: string;
  parent?: string;
  /** First year the row carries a figure in the internal budget's table. */
  firstYear: number;
}

/**
 * The rows of SON's operating summary in the internal budget 2024, in the document's order.
 * SON adopted that budget for 2024 with plan years to 2029, so SON keeps every row (dated by
 * its first budget year) even though the committee itself ends on 2023-12-31 per the PM; each
 * row maps onto its twin under Socialnämnden from 2024-01-01.
 */
export const welfareActivities: DemoActivity[] = [
  { code: 'FORV', name: 'Förvaltning', firstYear: 2022 },
  { code: 'FORV-RED', name: 'varav reduktion admin/stab', parent: 'FORV', firstYear: 2024 },
  { code: 'OVR', name: 'Övergripande verksamhet inkl nämnd', firstYear: 2022 },
  { code: 'OVR-PM3', name: 'varav PM3/digitalisering', parent: 'OVR', firstYear: 2024 },
  { code: 'IFO-BOU', name: 'Individ- och familjeomsorg BoU', firstYear: 2022 },
  { code: 'BOU-DYGN', name: 'varav dygnsplaceringar', parent: 'IFO-BOU', firstYear: 2022 },
  { code: 'BOU-HVB', name: 'varav HVB-egen regi/HVB-placeringar', parent: 'IFO-BOU', firstYear: 2024 },
  { code: 'BOU-NARA', name: 'varav Nära socialtjänst', parent: 'IFO-BOU', firstYear: 2024 },
  { code: 'BOU-SKYDD', name: 'varav skyddat boende för våldsutsatta barn och unga', parent: 'IFO-BOU', firstYear: 2024 },
  { code: 'IFO-VUX', name: 'Individ- och familjeomsorg Vuxna', firstYear: 2022 },
  { code: 'VUX-DYGN', name: 'varav dygnsplaceringar', parent: 'IFO-VUX', firstYear: 2022 },
  { code: 'VUX-LAGTR', name: 'varav uppstart av lågtröskelboende', parent: 'IFO-VUX', firstYear: 2024 },
  { code: 'SOCPSYK', name: 'Socialpsykiatri', firstYear: 2022 },
  { code: 'SP-CSB', name: 'varav Centrum stödboende', parent: 'SOCPSYK', firstYear: 2024 },
  { code: 'FH', name: 'Insatser för personer med funktionshinder', firstYear: 2022 },
  { code: 'FH-DV', name: 'varav utökning av daglig verksamhet', parent: 'FH', firstYear: 2024 },
  { code: 'GB-HARV', name: 'Ny gruppbostad Harvestad', firstYear: 2024 },
  { code: 'GB-VIK', name: 'Ny gruppbostad Vikingstad', firstYear: 2024 },
  { code: 'GB-STOLP', name: 'Ny gruppbostad Stolplyckan', firstYear: 2025 },
  { code: 'GB-OSPEC', name: 'Nya gruppbostäder, ospecificerade', firstYear: 2026 },
  { code: 'SFB', name: 'Funktionshindrade (Socialförsäkringsbalken)', firstYear: 2022 },
  { code: 'LSS', name: 'Funktionshindrade (enl LSS)', firstYear: 2022 },
  { code: 'OFORD', name: 'Ofördelade kostnadsreduceringar', firstYear: 2025 },
];

/** ÄN's budget rows are not in the reference documents; these illustrate the ÄN → VON mapping. */
export const elderCareActivities: DemoActivity[] = [
  { code: 'AO-FORV', name: 'Förvaltning äldreomsorg', firstYear: 2022 },
  { code: 'AO-HT', name: 'Hemtjänst', firstYear: 2022 },
  { code: 'AO-HSV', name: 'Hemsjukvård', firstYear: 2022 },
  { code: 'AO-SABO', name: 'Särskilt boende', firstYear: 2022 },
];

interface DemoRule {
  committee: string;
  law: string;
  targetGroup?: string;
  intervention?: string;
  ageMin?: number;
  ageMax?: number;
  description: string;
}

const rulesFor = (committee: string, laws: [string, string][]): DemoRule[] =>
  laws.map(([law, description]) => ({ committee, law, description }));

const socialLaws: [string, string][] = [
  ['LSS', 'Lag om stöd och service till vissa funktionshindrade'],
  ['SFB', 'Socialförsäkringsbalken'],
  ['LVU', 'Lag med särskilda bestämmelser om vård av unga'],
  ['LVM', 'Lag om vård av missbrukare i vissa fall'],
  ['LMA', 'Lag om mottagande av asylsökande'],
  ['FB', 'Föräldrabalken'],
  ['Alkohollagen', 'Alkohollagen'],
  ['Lotterilagen', 'Lotterilagen'],
];

/** Charter of January 2023 (public), valid through 2023. */
export const charter2023: DemoRule[] = [
  {
    committee: 'SON',
    law: 'SoL',
    ageMax: 64,
    description: 'Socialtjänstlagen för personer under 65 år (t.ex. boendeformer och anhörigstöd)',
  },
  { committee: 'SON', law: 'SoL', targetGroup: 'socialpsykiatri', description: 'Socialpsykiatri oavsett ålder' },
  { committee: 'SON', law: 'SoL', targetGroup: 'missbruksvård', description: 'Missbruksvård oavsett ålder' },
  ...rulesFor('SON', socialLaws),
  { committee: 'SON', law: 'HSL', ageMax: 64, description: 'Kommunal hälso- och sjukvård för personer under 65 år' },
  {
    committee: 'ÄN',
    law: 'SoL',
    ageMin: 65,
    description: 'Socialtjänstlagen för personer 65 år och äldre (t.ex. boendeformer och anhörigstöd)',
  },
  { committee: 'ÄN', law: 'SoL', intervention: 'hemtjänst', description: 'Hemtjänst oavsett ålder' },
  { committee: 'ÄN', law: 'HSL', ageMin: 65, description: 'Kommunal hälso- och sjukvård för personer 65 år och äldre' },
  { committee: 'ÄN', law: 'HSL', intervention: 'hemsjukvård', description: 'Hemsjukvård oavsett ålder' },
  {
    committee: 'AMN',
    law: 'SoL',
    intervention: 'försörjningsstöd',
    description: 'Försörjningsstöd (ingår inte i sektor välfärd och socialpolitik)',
  },
];

/** Responsibility from 2024 as the PM proposes it (assumed until the new charter is available). */
export const charter2024: DemoRule[] = [
  { committee: 'SN', law: 'SoL', ageMax: 64, description: 'Individ- och familjeomsorg för personer under 65 år' },
  {
    committee: 'SN',
    law: 'SoL',
    targetGroup: 'socialpsykiatri',
    description: 'Socialpsykiatri oavsett ålder (ingen ändring före riksdagsbeslut)',
  },
  { committee: 'SN', law: 'SoL', targetGroup: 'missbruksvård', description: 'Missbruksvård oavsett ålder' },
  ...rulesFor('SN', socialLaws),
  { committee: 'VON', law: 'SoL', ageMin: 65, description: 'Omsorg för personer 65 år och äldre' },
  { committee: 'VON', law: 'SoL', intervention: 'hemtjänst', description: 'Hemtjänst oavsett ålder' },
  { committee: 'VON', law: 'HSL', description: 'Kommunens hälso- och sjukvård oavsett ålder' },
  { committee: 'AMN', law: 'SoL', intervention: 'försörjningsstöd', description: 'Försörjningsstöd' },
];

interface DemoUser {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  description: string;
  committees?: string[];
}

export const demoAccounts = [
  {
    username: 'admin',
    password: 'styrbord',
    role: 'admin',
    displayName: 'Demo Administratör',
    description: 'Administratör – får ändra allt',
  },
  {
    username: 'controller',
    password: 'styrbord',
    role: 'controller',
    displayName: 'Demo Controller',
    description: 'Controller – skriver för SON och Socialnämnden',
    committees: ['SON', 'SN'],
  },
  {
    username: 'politiker',
    password: 'styrbord',
    role: 'reader',
    displayName: 'Demo Politiker',
    description: 'Läsare (nämndledamot) – läser, ändrar inget',
  },
  {
    username: 'revisor',
    password: 'styrbord',
    role: 'auditor',
    displayName: 'Demo Revisor',
    description: 'Revisor – läser allt, även ändringsloggen',
  },
] satisfies DemoUser[];
