import { expect, it } from 'vitest';

it('runs in the municipality zone, whatever the machine is set to', () => {
  expect(process.env.TZ).toBe('Europe/Stockholm');
  expect(new Date('2024-01-01T00:30:00+01:00').getHours()).toBe(0);
  expect(new Date('2024-07-01T00:30:00+02:00').getHours()).toBe(0);
});
