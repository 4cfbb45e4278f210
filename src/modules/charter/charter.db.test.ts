import { describe, expect, it } from 'vitest';
import { createTestApp, useTestApp } from '../../testing/api.ts';
import { fixedClock } from '../../core/clock.ts';

const t = useTestApp();
const reader = t.client('politiker');
const admin = t.client('admin');

const lookup = async (params: Record<string, string>) =>
  (await reader.get(`/api/charter/lookup?${new URLSearchParams(params)}`)).body.answer;

describe('charter lookup on the demo charter', () => {
  it('gives home care for a 70-year-old in 2023 to Äldrenämnden', async () => {
    const a = await lookup({ law: 'SoL', age: '70', intervention: 'hemtjänst', date: '2023-06-01' });
    expect(a.rule.committeeName).toBe('Äldrenämnden');
  });

  it('gives LSS housing for a 30-year-old in 2023 to Social- och omsorgsnämnden', async () => {
    const a = await lookup({ law: 'LSS', age: '30', intervention: 'bostad med särskild service', date: '2023-06-01' });
    expect(a.rule.committeeName).toBe('Social- och omsorgsnämnden');
  });

  it('gives the 2024 organisation in 2024', async () => {
    expect((await lookup({ law: 'SoL', age: '70', intervention: 'hemtjänst', date: '2024-06-01' })).rule.committeeCode).toBe('VON');
    expect((await lookup({ law: 'LSS', age: '30', date: '2024-06-01' })).rule.committeeCode).toBe('SN');
  });

  it('answers "none" for a law the charter does not name', async () => {
    expect((await lookup({ law: 'Plan- och bygglagen', age: '30', date: '2023-06-01' })).status).toBe('none');
  });

  it('lets an admin add a rule that then decides the lookup, audited', async () => {
    const res = await admin.post('/api/charter/rules', {
      committeeCode: 'SN',
      law: 'SoL',
      intervention: 'kontaktperson',
      validFrom: '2024-01-01',
      description: 'Test',
    });
    expect(res.status).toBe(201);
    expect((await lookup({ law: 'SoL', age: '80', intervention: 'Kontaktperson', date: '2024-03-01' })).rule.id).toBe(res.body.id);
    expect((await reader.post('/api/charter/rules', { committeeCode: 'SN', law: 'SoL', validFrom: '2024-01-01' })).status).toBe(403);
  });

  it('rejects an age band upside down', async () => {
    const res = await admin.post('/api/charter/rules', {
      committeeCode: 'SN',
      law: 'SoL',
      ageMin: 70,
      ageMax: 20,
      validFrom: '2024-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('ageMin');
  });
});

describe('a lookup without a date', () => {
  it('asks about the Swedish today: at 00:30 on 1 January (23:30 UTC) the committee of the new year answers', async () => {
    const newYear = await createTestApp({ clock: fixedClock('2023-12-31T23:30:00Z') });
    try {
      const res = await (
        await newYear.as('politiker')
      ).get(`/api/charter/lookup?${new URLSearchParams({ law: 'SoL', age: '70', intervention: 'hemtjänst' })}`);
      expect(res.body.question.date).toBe('2024-01-01');
      expect(res.body.answer.rule.committeeCode).toBe('VON');
    } finally {
      await newYear.drop();
    }
  });
});
