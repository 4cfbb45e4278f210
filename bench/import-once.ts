/**
 * One timed import with Styrbord's own importer, in a process of its own so that its peak RSS
 * is the importer's: `tsx bench/import-once.ts FILE (--url POSTGRES_URL | --data-dir DIR)`.
 * The database must already be migrated with the demo loaded (bench/run.ts prepares it).
 * Prints one JSON line: rows, seconds (the import call only), rows per second, peak RSS in MB.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../src/db/connection.ts';
import { systemActor } from '../src/core/actor.ts';
import { importLedger } from '../src/modules/ledger/import.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, 'data-dir': { type: 'string' } } });
const file = positionals[0]!;
const db = await connect({ databaseUrl: values.url, dataDir: values['data-dir'] });
try {
  const started = performance.now();
  const result = await importLedger(db, systemActor('bench'), { committeeCode: 'SON', year: 2024, fileName: basename(file), source: createReadStream(file) });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({
    rows: result.rowCount,
    outcomeRows: result.outcomeRows,
    seconds,
    rowsPerSecond: result.rowCount / seconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`);
} finally {
  await db.close();
}
