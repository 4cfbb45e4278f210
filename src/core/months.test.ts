import { describe, expect, it } from 'vitest';
import { monthNames, shortMonthNames } from './months.ts';

describe('month names from Intl', () => {
  it('gives the Swedish and English names the pages showed before', () => {
    expect(monthNames('sv-SE')).toEqual([
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'juni',
      'juli',
      'augusti',
      'september',
      'oktober',
      'november',
      'december',
    ]);
    expect(monthNames('en-GB')).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
  });

  it('shortens to three letters without a period', () => {
    expect(shortMonthNames('sv-SE')).toEqual(['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']);
    expect(shortMonthNames('en-GB')).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });
});
