import { readFileSync } from 'node:fs';
import { AppError } from '../../../core/errors.ts';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * The word inside a password: digits and symbols at either end removed, so "Sommar2024!" and
 * "!!Linköping99" count as the listed words "sommar" and "linköping".
 */
export function passwordCore(password: string): string {
  return password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** Why a new password is refused, in Swedish; empty when it is accepted. Pure: the list is passed in. */
export function passwordProblems(password: string, username: string, common: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push(`Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken.`);
  if (name.length > 0 && lower.includes(name)) problems.push('Lösenordet får inte innehålla användarnamnet.');
  if (common.has(lower) || common.has(passwordCore(password))) {
    problems.push('Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna en mening med flera ord.');
  } else if (new Set(lower).size < 4) {
    problems.push('Lösenordet består av för få olika tecken.');
  }
  return problems;
}

let cached: ReadonlySet<string> | undefined;

/** The list shipped with Styrbord (common-passwords.txt, lower case, one a line). */
export function commonPasswords(): ReadonlySet<string> {
  cached ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return cached;
}

/** Throws a 400 naming every problem, with the field the form shows it on. */
export function ensurePasswordAcceptable(password: string, username: string, field = 'newPassword'): void {
  const problems = passwordProblems(password, username, commonPasswords());
  if (problems.length > 0) {
    throw new AppError('validation', problems.join(' '), { fields: problems.map((message) => ({ field, message })) });
  }
}
