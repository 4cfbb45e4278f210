import type { Readable } from 'node:stream';
import type { ImportIssue } from '../../../core/errors.ts';
import { LedgerAggregator, type AggregateResult } from '../rules/aggregate.ts';
import type { MappingRule } from '../model.ts';
import { readLedgerInto, type LedgerFileFormat } from './ledger-reader.ts';

/**
 * Reads a ledger file and sums it against the committee's mapping rules; runs in the parse worker
 * (import.ts sends it there), so only the sums or the issues come back to the server's thread.
 */
export async function aggregateLedgerFile(
  fileName: string,
  year: number,
  rules: MappingRule[],
  format: LedgerFileFormat | undefined,
  source: Readable,
): Promise<{ issues: ImportIssue[]; result: AggregateResult | null }> {
  const aggregator = new LedgerAggregator(fileName, year, rules);
  await readLedgerInto(source, fileName, aggregator, format);
  aggregator.finish();
  return aggregator.issues.length > 0 ? { issues: aggregator.issues, result: null } : { issues: [], result: aggregator.result() };
}
