import { z, isoDate, shortText, version, id, committeeCode } from '../../core/validation.ts';
import { msg, schemaText } from '../../core/messages.ts';
import { can, ensure } from '../../core/permissions.ts';
import { defineCommand } from '../../db/command.ts';
import { queryOne } from '../../db/rows.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { getMunicipality, getCommitteeByCode } from '../organisation/store.ts';
import { getCharterRule } from './store.ts';

const age = z.number().int().min(0).max(150).nullable().default(null);
const optionalText = z
  .string()
  .trim()
  .max(200)
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .default(null);

const ruleFields = z
  .object({
    committeeCode,
    law: shortText(100),
    targetGroup: optionalText,
    intervention: optionalText,
    ageMin: age,
    ageMax: age,
    description: z.string().trim().max(1000).default(''),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
    sourceNote: z.string().trim().max(500).nullable().default(null),
  })
  .refine((r) => r.ageMin === null || r.ageMax === null || r.ageMin <= r.ageMax, {
    message: schemaText('charter.age_min_above_max'),
    path: ['ageMin'],
  })
  .refine((r) => r.validTo === null || r.validTo >= r.validFrom, {
    message: schemaText('charter.valid_to_before_from'),
    path: ['validTo'],
  });

export const createCharterRule = defineCommand({
  name: 'charter_rule.create',
  input: ruleFields,
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const municipality = await getMunicipality(tx);
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const row = await queryOne<{ id: number }>(
      tx,
      `insert into charter_rule (municipality_code, committee_id, law, target_group, intervention, age_min, age_max, description, valid_from, valid_to, source_note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
      [
        municipality.code,
        committee.id,
        input.law,
        input.targetGroup,
        input.intervention,
        input.ageMin,
        input.ageMax,
        input.description,
        input.validFrom,
        input.validTo,
        input.sourceNote,
      ],
    );
    const after = await getCharterRule(tx, row.id);
    return { result: after, audit: [{ entityType: 'charter_rule', entityId: after.id, before: null, after }] };
  },
});

export const endCharterRule = defineCommand({
  name: 'charter_rule.end',
  input: z.object({ id, version, validTo: isoDate }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const { before, after } = await updateVersioned(
      tx,
      { table: 'charter_rule', what: msg('thing.charter_rule'), read: getCharterRule },
      input.id,
      input.version,
      { valid_to: input.validTo },
    );
    return { result: after, audit: [{ entityType: 'charter_rule', entityId: after.id, before, after }] };
  },
});
