import { type Coverage, type ReconciliationInput, type ReconciliationRow } from '../model.ts';

/** Reconciliation of a plan's effects with the budget gap. */

export function reconcile(input: ReconciliationInput): ReconciliationRow {
  const toClose = Math.max(0, input.forecastDeficit ?? 0) + Math.max(0, input.unallocatedReductions ?? 0);
  const coverage: Coverage =
    toClose === 0
      ? 'no_gap'
      : input.realised >= toClose
        ? 'realised'
        : input.implemented >= toClose
          ? 'implemented'
          : input.decided >= toClose
            ? 'decided'
            : 'not_covered';
  return { ...input, toClose, uncovered: Math.max(0, toClose - input.decided), coverage };
}

export const COVERAGE_LABEL: Record<Coverage, string> = {
  no_gap: 'Inget underskott att täcka',
  realised: 'Täckt av realiserade effekter',
  implemented: 'Täckt av genomförda åtgärder',
  decided: 'Täckt av beslutade åtgärder (ännu inte genomförda)',
  not_covered: 'Inte täckt',
};
