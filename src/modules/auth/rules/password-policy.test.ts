import { describe, expect, it } from 'vitest';
import { commonPasswords, passwordCore, passwordProblems } from './password-policy.ts';

const common = commonPasswords();
const problems = (password: string, username = 'controller') => passwordProblems(password, username, common);

describe('password policy', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(problems('Säkerhetstest-lösenord-2026')).toEqual([]);
    expect(problems('blå kaffekopp på taket')).toEqual([]);
  });

  it('refuses fewer than 12 characters, counted as characters not bytes', () => {
    expect(problems('Kort!lösen1')).toContain('Lösenordet måste ha minst 12 tecken.');
    expect(problems('åäöåäöxyzqrt')).not.toContain('Lösenordet måste ha minst 12 tecken.');
  });

  it('refuses the username and passwords containing it, whatever the case', () => {
    expect(problems('controller', 'controller')).toContain('Lösenordet får inte innehålla användarnamnet.');
    expect(problems('Mitt-CONTROLLER-konto-77', 'controller')).toContain('Lösenordet får inte innehålla användarnamnet.');
  });

  it('refuses listed passwords and listed words with digits or symbols around them', () => {
    for (const p of [
      'styrbord1234',
      'Styrbord1234',
      'password1234',
      'Sommar2024!!!',
      'Linköping2026!',
      'qwertyuiop123',
      '1q2w3e4r5t6y',
      '123456789012',
    ]) {
      expect(problems(p, 'politiker'), p).toContainEqual(expect.stringContaining('för vanligt'));
    }
  });

  it('refuses a password of too few different characters', () => {
    expect(problems('xyxyxyxyxyxyxyxy', 'admin')).toEqual(['Lösenordet består av för få olika tecken.']);
  });

  it('finds the word inside digits and symbols', () => {
    expect(passwordCore('!!Vinter2025?')).toBe('vinter');
    expect(passwordCore('12345678')).toBe('');
  });
});
