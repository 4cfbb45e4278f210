/**
 * Writes a deterministic synthetic ledger CSV (Swedish Excel style: `;`, decimal comma, space
 * thousands separators) for benchmarks: `tsx bench/generate-ledger.ts [rows] [out] [year] [seed]`.
 * The activity codes are SON's main activities in the demo, so the demo's mapping rules cover
 * every row.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { required } from '../src/core/required.ts';
import { formatOre } from '../src/modules/ledger/rules/format.ts';
import { prng } from '../demo/prng.ts';

export const ACTIVITY_CODES = ['FORV', 'OVR', 'IFO-BOU', 'IFO-VUX', 'SOCPSYK', 'FH', 'GB-HARV', 'GB-VIK', 'SFB', 'LSS'];
const COST_CENTRES = Array.from({ length: 200 }, (_, i) => String(61000 + i * 7));
const ACCOUNTS = [
  ...Array.from({ length: 6 }, (_, i) => String(3100 + i * 50)),
  ...Array.from({ length: 54 }, (_, i) => String(4000 + i * 70)),
];

export async function generateLedger(rows: number, out: string, year = 2024, seed = 42): Promise<void> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => required(items[Math.floor(random() * items.length)], 'ett val ur listan');
  const file = createWriteStream(out);
  let buffer = 'Månad;Ansvar;Verksamhet;Konto;Belopp;Text\r\n';
  for (let i = 0; i < rows; i++) {
    const month = 1 + (i % 12);
    const account = pick(ACCOUNTS);
    const size = Math.floor(random() * 5_000_000); // up to 50 000 kr in öre
    const ore = account.startsWith('3') ? -size : random() < 0.05 ? -size : size;
    buffer += `${year}-${String(month).padStart(2, '0')};${pick(COST_CENTRES)};${pick(ACTIVITY_CODES)};${account};${formatOre(ore)};Ver ${i}\r\n`;
    if (buffer.length > 1 << 16) {
      if (!file.write(buffer)) await once(file, 'drain');
      buffer = '';
    }
  }
  file.end(buffer);
  await once(file, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const out = process.argv[3] ?? 'bench/data/ledger-1m.csv';
  await generateLedger(rows, out, Number(process.argv[4] ?? 2024), Number(process.argv[5] ?? 42));
  process.stdout.write(`Skrev ${rows} rader till ${out}\n`);
}
