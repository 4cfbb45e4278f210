import { describe, expect, it } from 'vitest';
import { accountClass, OPERATING_COSTS, sqlAccountClass } from './account-classes.ts';

describe('Kommun-Bas account classes', () => {
  it('keeps depreciation apart from the other costs and the financial items outside operations', () => {
    expect(accountClass('3100')).toBe('income');
    for (const a of ['4610', '5110', '6110', '7010', '7990']) expect(accountClass(a)).toBe('cost');
    expect(accountClass('7810')).toBe('depreciation');
    expect(accountClass('8410')).toBe('financial');
    for (const a of ['1930', '2440', '9999', '0100']) expect(accountClass(a)).toBeNull();
  });

  it('writes the same definition as SQL conditions', () => {
    expect(sqlAccountClass('cost', 'account')).toBe("(substr(account, 1, 1) in ('4', '5', '6', '7') and account not like '78%')");
    expect(sqlAccountClass('income', 'l.account')).toBe("substr(l.account, 1, 1) in ('3')");
    expect(sqlAccountClass(OPERATING_COSTS, 'a')).toBe("((substr(a, 1, 1) in ('4', '5', '6', '7') and a not like '78%') or a like '78%')");
    expect(() => sqlAccountClass('cost', "account'; drop table x")).toThrow(/column/);
  });
});
