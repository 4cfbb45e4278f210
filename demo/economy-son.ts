/**
 * SON's operating summary in the internal budget 2024 (public), net cost in whole mnkr per row:
 * outcome 2022, budget 2023, budget 2024 and plan 2025–2029; null where the document prints nothing.
 * The document splits income and cost only for the total; the per-row split below is ASSUMED
 * (the printed income is spread over the main rows in proportion to their net cost).
 */
export const YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029] as const;
type Figures = readonly (number | null)[];
const _ = null;

export const sonNetCostMnkr: Record<string, Figures> = {
  FORV: [206, 196, 202, 206, 206, 206, 206, 206],
  'FORV-RED': [_, _, -4, -4, -4, -4, -4, -4],
  OVR: [42, 36, 40, 41, 41, 42, 42, 42],
  'OVR-PM3': [_, _, 3, 4, 4, 4, 4, 4],
  'IFO-BOU': [356, 400, 431, 435, 427, 427, 427, 427],
  'BOU-DYGN': [254, 266, 265, 262, 253, 253, 253, 253],
  'BOU-HVB': [_, _, 9, 9, 9, 9, 9, 9],
  'BOU-NARA': [_, _, 10, 10, 10, 10, 10, 10],
  'BOU-SKYDD': [_, _, 5, 5, 5, 5, 5, 5],
  'IFO-VUX': [132, 128, 122, 119, 118, 118, 118, 118],
  'VUX-DYGN': [51, 55, 48, 47, 46, 46, 46, 46],
  'VUX-LAGTR': [_, _, 3, 3, 3, 3, 3, 3],
  SOCPSYK: [238, 236, 236, 233, 227, 227, 227, 227],
  'SP-CSB': [_, _, -3, -3, -3, -3, -3, -3],
  FH: [542, 564, 571, 565, 564, 565, 565, 565],
  'FH-DV': [_, _, 3, 3, 3, 3, 3, 3],
  'GB-HARV': [_, _, 2, 6, 6, 6, 6, 6],
  'GB-VIK': [_, _, 3, 6, 6, 6, 6, 6],
  'GB-STOLP': [_, _, _, 6, 6, 6, 6, 6],
  'GB-OSPEC': [_, _, _, _, 13, 26, 40, 46],
  SFB: [71, 72, 87, 87, 87, 87, 87, 87],
  LSS: [83, 84, 87, 87, 87, 87, 87, 87],
  OFORD: [_, _, _, -6, -9, -25, -39, -45],
};

/** The document's printed totals (control totals): net, income (as printed, negative) and cost. */
export const sonPrintedTotalsMnkr = {
  net: [1671, 1716, 1781, 1785, 1780, 1777, 1777, 1777],
  income: [-345, -281, -287, -287, -287, -287, -287, -287],
  cost: [2016, 1997, 2068, 2072, 2067, 2064, 2064, 2064],
} as const;

export const CONTROL_LABEL = 'Driftsammandrag, Summa nämndens internbudget';

/** The document's short economy summary ("Ekonomi", Verksamhetens nettokostnader), budget 2024 and plan 2025–2029. */
export const sonEconomySummaryNetMnkr: Record<number, number> = { 2024: 1781, 2025: 1784, 2026: 1788, 2027: 1775, 2028: 1775, 2029: 1775 };
export const ECONOMY_SUMMARY_LABEL = 'Ekonomi, Verksamhetens nettokostnader';
