import { describe, expect, it } from 'vitest';
import { lacksMandatoryValue } from './mandatory.ts';

describe('a mandatory indicator', () => {
  it('has a value when one of the budget year and the two before has a figure', () => {
    expect(lacksMandatoryValue({ mandatory: true, values: [{ year: 2022, value: 3 }] }, 2024)).toBe(false);
    expect(lacksMandatoryValue({ mandatory: true, values: [{ year: 2024, value: 0 }] }, 2024)).toBe(false);
  });

  it('lacks a value when the figures are older, or only "i.u."', () => {
    expect(lacksMandatoryValue({ mandatory: true, values: [{ year: 2021, value: 3 }] }, 2024)).toBe(true);
    expect(lacksMandatoryValue({ mandatory: true, values: [{ year: 2023, value: null }] }, 2024)).toBe(true);
    expect(lacksMandatoryValue({ mandatory: true, values: [] }, 2024)).toBe(true);
  });

  it('is never reported when the indicator is not mandatory', () => {
    expect(lacksMandatoryValue({ mandatory: false, values: [] }, 2024)).toBe(false);
  });
});
