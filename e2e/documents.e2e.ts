import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { must } from '../src/testing/must.ts';

// Real files opened by real programs: Chromium prints the PDF, LibreOffice opens the Word file.
const dir = mkdtempSync(join(tmpdir(), 'styrbord-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function render(type: string, format: string, extra: string[] = []): string {
  const out = join(dir, `${type}.${format}`);
  const env: NodeJS.ProcessEnv = { ...process.env, STYRBORD_DATA_DIR: join(dir, 'data') };
  delete env.DATABASE_URL;
  const res = spawnSync(
    process.execPath,
    ['bin/styrbord.mjs', 'document', 'render', type, '--committee', 'SON', '--year', '2024', ...extra, '--format', format, '--out', out],
    { env, encoding: 'utf8', timeout: 120_000 },
  );
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  return out;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('committee documents as files', () => {
  it('prints the internal budget to a PDF with Swedish page numbers and the reference figures', () => {
    const text = pdfText(render('internbudget', 'pdf'));
    expect(text).toMatch(/Driftsammandrag/);
    expect(text).toMatch(/Summa nämndens\s+1 670\s+1 716\s+1 781/);
    expect(text).toMatch(/Boende och boendeformer/);
    const info = execFileSync('pdfinfo', [join(dir, 'internbudget.pdf')], { encoding: 'utf8' });
    const pages = Number(must(/Pages:\s+(\d+)/.exec(info)?.[1], 'the page count pdfinfo prints'));
    expect(text).toContain(`1 (${pages})`);
  });

  it('writes a Word file that LibreOffice converts without error', () => {
    const docx = render('internbudget', 'docx');
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    const converted = join(dir, 'internbudget.pdf');
    expect(existsSync(converted)).toBe(true);
    const text = pdfText(converted);
    expect(text).toMatch(/Driftsammandrag/);
    expect(text).toMatch(/Förändring av\s+riktlinjer/);
  });

  it('prints an interim report with charts', () => {
    const text = pdfText(render('delarsrapport', 'pdf', ['--month', '8']));
    expect(text).toMatch(/Delårsrapport augusti 2024/);
    expect(text).toMatch(/Ackumulerat utfall mot periodiserad budget/);
  });
});
