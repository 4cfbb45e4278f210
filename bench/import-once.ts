/**
 * One timed import with Styrbord's own importer, in a process of its own so that its peak RSS
 * is the importer's: `tsx bench/import-once.ts FILE (--url POSTGRES_URL | --data-dir DIR) [--baseline]`.
 * The database must already be migrated with the demo loaded (bench/run.ts prepares it).
 * Prints one JSON line: rows, seconds (the import call only), CPU seconds of the process, rows
 * per second, peak RSS in MB. With --baseline the process loads the same modules and connects,
 * but imports nothing: its peak RSS is what the import's peak is compared with.
 *
 * Peak RSS is the kernel's high-water mark of this process's memory (VmHWM in
 * /proc/self/status). process.resourceUsage().maxRSS is not used: on Linux it carries over the
 * resident size of the parent at fork time, so a child spawned by a 400 MB bench runner reported
 * 400 MB whatever it did itself.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../src/db/connection.ts';
import { systemActor } from '../src/core/actor.ts';
import { importLedger } from '../src/modules/ledger/files/ledger-import.ts';

export function peakRssMB(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS / 1024;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, 'data-dir': { type: 'string' }, baseline: { type: 'boolean', default: false } },
});
const [file] = positionals;
if (!file) throw new Error('Ange filen: tsx bench/import-once.ts FIL (--url POSTGRES_URL | --data-dir KATALOG) [--baseline]');
const db = await connect({ databaseUrl: values.url, dataDir: values['data-dir'] });
try {
  if (values.baseline) {
    await db.query('select 1');
    process.stdout.write(`${JSON.stringify({ rows: 0, seconds: 0, cpuSeconds: process.cpuUsage().user / 1e6, maxRssMB: peakRssMB() })}\n`);
  } else {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await importLedger(db, systemActor('bench'), {
      committeeCode: 'SON',
      year: 2024,
      fileName: basename(file),
      source: createReadStream(file),
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    process.stdout.write(
      `${JSON.stringify({
        rows: result.rowCount,
        outcomeRows: result.outcomeRows,
        seconds,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        rowsPerSecond: result.rowCount / seconds,
        maxRssMB: peakRssMB(),
      })}\n`,
    );
  }
} finally {
  await db.close();
}
