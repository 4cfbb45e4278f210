import { mnkrInput, parseMnkr } from './amounts.ts';
import type { Effect, MeasureView } from './api.ts';

export type Kind = Effect['kind'];
export const kinds = ['reduction', 'implementation_cost'] as const satisfies readonly Kind[];

/** What the editor's inputs hold for one effect: texts as typed, before they are parsed. */
export interface EffectEntry {
  min: string;
  max: string;
  partial: boolean;
  qualitative: string;
  note: string;
}

export const emptyEntry: EffectEntry = { min: '', max: '', partial: false, qualitative: '', note: '' };

export const effectOf = (m: MeasureView, year: number, kind: Kind) => m.effects.find((e) => e.year === year && e.kind === kind);

/** The entry an input starts with; an exact amount leaves max empty. */
export const entryOf = (e: Effect | undefined): EffectEntry =>
  e
    ? {
        min: mnkrInput(e.amountMin),
        max: e.amountMax !== null && e.amountMax !== e.amountMin ? mnkrInput(e.amountMax) : '',
        partial: e.isPartialYear,
        qualitative: e.qualitative ?? '',
        note: e.note,
      }
    : emptyEntry;

/** A typed range in kronor: an empty max means exact; both empty is null; undefined when it cannot be saved. */
export function amountRange(minText: string, maxText: string): { min: number | null; max: number | null } | undefined {
  const min = parseMnkr(minText);
  const max = maxText.trim() === '' ? min : parseMnkr(maxText);
  if (min === undefined || max === undefined || (min === null) !== (max === null)) return undefined;
  if (min !== null && max !== null && (min < 0 || max < min)) return undefined;
  return { min, max };
}

/** An effect as the API takes it (the assessment as typed, checked by the API). */
export interface EffectBody {
  amountMin: number | null;
  amountMax: number | null;
  isPartialYear: boolean;
  qualitative: string | null;
  note: string;
}

/**
 * What an effect is saved as, or null when it is empty (no amount and no assessment). Only a
 * reduction has a partial year, an assessment and a note in the editor; a cost keeps its note.
 */
export function effectBody(
  kind: Kind,
  entry: EffectEntry,
  range: { min: number | null; max: number | null },
  before: Effect | undefined,
): EffectBody | null {
  const qualitative = kind === 'reduction' && entry.qualitative ? entry.qualitative : null;
  if (range.min === null && qualitative === null) return null;
  return {
    amountMin: range.min,
    amountMax: range.max,
    isPartialYear: kind === 'reduction' && entry.partial,
    qualitative,
    note: kind === 'reduction' ? entry.note.trim() : (before?.note ?? ''),
  };
}

export const sameEffect = (before: Effect, next: EffectBody) =>
  (['amountMin', 'amountMax', 'isPartialYear', 'qualitative', 'note'] as const).every((k) => before[k] === next[k]);
