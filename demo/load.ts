import { grantCommittees, hashPassword, insertLocalUser } from '../src/modules/auth/store.ts';
import { insertAdministration, insertCommittee, insertMunicipality } from '../src/modules/organisation/store.ts';
import type { Database, Queryable } from '../src/db/connection.ts';
import { queryOne } from '../src/db/rows.ts';
import { required } from '../src/core/required.ts';
import * as demo from './linkoping.ts';
import type { DemoActivity } from './linkoping.ts';
import { loadSonEconomy } from './load-economy.ts';
import { loadSonLedger } from './ledger-son.ts';
import { loadSonForecasts } from './forecasts-son.ts';
import { loadSonGoals } from './goals-son.ts';
import { loadSonActionPlan2023 } from './action-plan-2023.ts';

export interface DemoLoadResult {
  loaded: boolean;
  message: string;
}

async function insertId(tx: Queryable, sql: string, params: unknown[]): Promise<number> {
  const row = await queryOne<{ id: number }>(tx, `${sql} returning id`, params);
  return row.id;
}

/**
 * Inserts an activity tree for one committee over a validity window. Rows that start after the
 * window ends are left out; a row starts on the later of its first budget year and the window start.
 */
async function insertActivities(
  tx: Queryable,
  committeeId: number,
  rows: DemoActivity[],
  window: { from: string; to: string | null },
  sourceNote: string,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const start = `${row.firstYear}-01-01` > window.from ? `${row.firstYear}-01-01` : window.from;
    if (window.to !== null && start > window.to) continue;
    const parentId = row.parent ? (ids.get(row.parent) ?? null) : null;
    ids.set(
      row.code,
      await insertId(
        tx,
        `insert into activity (committee_id, parent_id, code, name, is_subset, sort_order, valid_from, valid_to, source_note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [committeeId, parentId, row.code, row.name, row.parent !== undefined, (index + 1) * 10, start, window.to, sourceNote],
      ),
    );
  }
  return ids;
}

async function mapSuccessors(tx: Queryable, from: Map<string, number>, to: Map<string, number>, effectiveFrom: string, note: string) {
  for (const [code, fromId] of from) {
    const toId = to.get(code);
    if (toId === undefined) continue;
    await tx.query(
      'insert into activity_mapping (from_activity_id, to_activity_id, share_bp, effective_from, source_note) values ($1, $2, 10000, $3, $4)',
      [fromId, toId, effectiveFrom, note],
    );
  }
}

/** Loads the Linköping demo into an empty database; leaves a database with data untouched. */
export async function loadDemo(db: Database, actorName = 'demo'): Promise<DemoLoadResult> {
  const [existing] = await db.query<{ n: number }>('select count(*)::int as n from municipality');
  if ((existing?.n ?? 0) > 0) return { loaded: false, message: 'Databasen innehåller redan data; demodata lästes inte in.' };

  const passwordHashes = await Promise.all(demo.demoAccounts.map((a) => hashPassword(a.password)));

  await db.transaction(async (tx) => {
    const m = demo.municipality;
    await insertMunicipality(tx, m);

    const adminIds = new Map<string, number>();
    for (const a of demo.administrations) {
      adminIds.set(a.code, (await insertAdministration(tx, { municipalityCode: m.code, ...a })).id);
    }
    const committeeIds = new Map<string, number>();
    for (const c of demo.committees) {
      const administrationId = adminIds.get(c.administration) ?? null;
      committeeIds.set(c.code, (await insertCommittee(tx, { municipalityCode: m.code, ...c, administrationId })).id);
    }
    for (const p of demo.providers) {
      await tx.query(
        'insert into provider (municipality_code, name, kind, administration_id, valid_from, valid_to, source_note) values ($1, $2, $3, $4, $5, $6, $7)',
        [m.code, p.name, p.kind, adminIds.get(p.administration) ?? null, p.validFrom, p.validTo, p.sourceNote],
      );
    }

    const committee = (code: string) => required(committeeIds.get(code), `committee ${code}`);
    const son = await insertActivities(tx, committee('SON'), demo.welfareActivities, { from: '2022-01-01', to: null }, demo.PUBLIC_IB2024);
    const sn = await insertActivities(
      tx,
      committee('SN'),
      demo.welfareActivities,
      { from: '2024-01-01', to: null },
      `${demo.PUBLIC_IB2024}; överförd till Socialnämnden enligt PM 2023`,
    );
    await mapSuccessors(tx, son, sn, '2024-01-01', demo.PUBLIC_PM);
    const elder = await insertActivities(
      tx,
      committee('ÄN'),
      demo.elderCareActivities,
      { from: '2022-01-01', to: '2023-12-31' },
      demo.ASSUMED,
    );
    const von = await insertActivities(tx, committee('VON'), demo.elderCareActivities, { from: '2024-01-01', to: null }, demo.ASSUMED);
    await mapSuccessors(tx, elder, von, '2024-01-01', demo.PUBLIC_PM);

    await loadSonEconomy(tx, committee('SON'));
    await loadSonLedger(tx, committee('SON'), actorName, 2023, 12, true);
    await loadSonLedger(tx, committee('SON'), actorName, 2024, 10, false);
    await loadSonForecasts(tx, committee('SON'), 2023, 12, 12, 'Demo Controller (controller)');
    await loadSonForecasts(tx, committee('SON'), 2024, 10, 9, 'Demo Controller (controller)');
    await loadSonActionPlan2023(tx, committee('SON'), m.code, 'Demo Controller (controller)');
    await loadSonGoals(tx, m.code, committeeIds, actorName);

    const rules = [
      ...demo.charter2023.map((r) => ({ ...r, validFrom: '2023-01-01', validTo: '2023-12-31', note: demo.PUBLIC_CHARTER_2023 })),
      ...demo.charter2024.map((r) => ({ ...r, validFrom: '2024-01-01', validTo: null, note: demo.ASSUMED_2024 })),
    ];
    for (const r of rules) {
      await tx.query(
        `insert into charter_rule (municipality_code, committee_id, law, target_group, intervention, age_min, age_max, description, valid_from, valid_to, source_note)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          m.code,
          committee(r.committee),
          r.law,
          r.targetGroup ?? null,
          r.intervention ?? null,
          r.ageMin ?? null,
          r.ageMax ?? null,
          r.description,
          r.validFrom,
          r.validTo,
          r.note,
        ],
      );
    }

    for (const [i, a] of demo.demoAccounts.entries()) {
      const passwordHash = required(passwordHashes[i], `the password hash of ${a.username}`);
      const userId = await insertLocalUser(tx, { username: a.username, displayName: a.displayName, role: a.role, passwordHash });
      await grantCommittees(tx, userId, (a.committees ?? []).map(committee));
    }
    await tx.query("insert into app_setting (key, value) values ('demo_accounts', $1::jsonb)", [
      JSON.stringify(demo.demoAccounts.map(({ username, password, role, description }) => ({ username, password, role, description }))),
    ]);
    await tx.query(
      `insert into audit_event (actor_name, command, entity_type, entity_id, before, after) values ($1, 'demo.load', 'municipality', $2, null, $3::jsonb)`,
      [
        actorName,
        m.code,
        JSON.stringify({
          municipality: m.name,
          committees: demo.committees.length,
          charterRules: rules.length,
          users: demo.demoAccounts.length,
        }),
      ],
    );
  });
  return { loaded: true, message: `Demodata för ${demo.municipality.name} (${demo.municipality.code}) är inläst.` };
}
